"""Automatic quotation annotations, with the speaker where the sentence says.

A quotation is a passage of two or more words in double quotes, straight or
curly, within one paragraph (a single quoted word is a term, not a quote).
Its speaker comes from the words around it: `…,” said Shugaev.`,
`…,” Demir told broadcaster NTV.`, `Pahon said, “…”`, `cited X as saying:`,
`according to X, “…”`, `…,” the official said.` (given a mention of the
official); `he said` takes the speaker of the quotation before it. Where the
sentence does not tell, the quotation has no speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...model.annotations import Mention, Quotation
from ...model.content import Source
from ...model.text import DOUBLE_OPENERS, closes, paragraphs
from ...model.vocabulary import PEOPLE, ActorKind

_VERBS = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|"
                    r"asked|explained|confirmed|mentioned|announced|warned|insisted|"
                    r"underlined|stressed|replied|answered|quoted as saying|as saying)\b",
                    re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(frozen=True)
class _Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark


@dataclass
class _Text:
    """A body with its sentence boundaries found once, quotations masked."""

    body: str
    mentions: list[Mention]
    kinds: dict[str, ActorKind]
    quotes: list[_Quote]
    ends: list[int] = field(default_factory=list)  # where sentences end (after the mark)
    paragraphs: list[int] = field(default_factory=list)  # where paragraphs start

    def __post_init__(self) -> None:
        masked = list(self.body)
        for quote in self.quotes:  # a full stop inside a quotation ends no sentence
            masked[quote.start:quote.end] = "x" * (quote.end - quote.start)
        ends = {m.end() for m in _SENTENCE_END.finditer("".join(masked))}
        ends |= {i for i, char in enumerate(self.body) if char == "\n"}
        self.ends = sorted(ends)
        self.paragraphs = [start for start, _ in paragraphs(self.body)][1:]

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraphs, offset)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around body[start:end]; a quotation counts as one word."""
        i = bisect.bisect_right(self.ends, start) - 1
        j = bisect.bisect_left(self.ends, end)
        first = self.ends[i] if i >= 0 else 0
        last = self.ends[j] if j < len(self.ends) else len(self.body)
        return first, last


def find(source: Source, mentions: list[Mention], kinds: dict[str, ActorKind]
         ) -> list[Quotation]:
    """Quotations in `source`; `mentions` are its actor mentions, `kinds` actor kinds."""
    body = source.body
    text = _Text(body, sorted(mentions, key=lambda m: m.start), kinds, _quotes(body))
    found: list[Quotation] = []
    last_speaker, last_paragraph = "", -1
    for quote in text.quotes:
        paragraph = text.paragraph(quote.start)
        if paragraph - last_paragraph > 1:
            last_speaker = ""  # "he said" reaches back one paragraph at most
        speaker, how = _speaker(text, quote)
        if how == "pronoun":
            speaker, how = _antecedent(text, quote, last_speaker)
        if speaker:
            last_speaker, last_paragraph = speaker, paragraph
        found.append(Quotation(
            source=source.id, start=quote.start, end=quote.end, quote=body[quote.start:quote.end],
            origin="auto", anchor=f"a-q-{quote.start}", by=speaker,
            why=f"a quotation; speaker from {how}" if speaker else "a quotation; no speaker named"))
    return found


def _quotes(body: str) -> list[_Quote]:
    """Passages of two or more words in double quotation marks, each within
    one paragraph. Another kind of mark inside is an inner quotation; the
    same opening mark again means the first was never closed."""
    quotes = []
    for start, end in paragraphs(body):
        opened, at = "", 0
        for index in range(start, end):
            char = body[index]
            if opened and closes(opened, char):
                if len(body[at + 1:index].split()) >= 2:
                    quotes.append(_Quote(at, index + 1))
                opened = ""
            elif char in DOUBLE_OPENERS and (not opened or char == opened):
                opened, at = char, index
    return quotes


def _antecedent(text: _Text, quote: _Quote, last_speaker: str) -> tuple[str, str]:
    """Who "he" is: the one person the sentence before names, or else the
    speaker of the quotation before."""
    start, _ = text.sentence(quote.start, quote.end)
    end = start - 1
    while end > 0 and text.body[end].isspace():
        end -= 1
    if end > 0:
        before = text.sentence(end, end)
        people = {m.actor for m in _within(text.mentions, *before)
                  if text.kinds.get(m.actor) in PEOPLE}
        if len(people) == 1:
            person = people.pop()
            return person, f"'he said' after a sentence naming {person}"
    if last_speaker:
        return last_speaker, f"'he said' after a quotation of {last_speaker}"
    return "", ""


def _speaker(text: _Text, quote: _Quote) -> tuple[str, str]:
    body, mentions, kinds = text.body, text.mentions, text.kinds
    start, end = text.sentence(quote.start, quote.end)
    after = body[quote.end:end]
    verb = _VERBS.search(after)
    if verb and verb.start() < 40:
        at = quote.end + verb.start()
        before_verb = _within(mentions, quote.end, at)
        if before_verb:
            return before_verb[-1].actor, f"'{after.strip()}'"
        if _PRONOUN.search(after, 0, verb.start()):
            return "", "pronoun"
        following = _within(mentions, at, end)
        if following:  # "said Turkey's minister Ismail Demir": the person, not the state
            people = [m for m in following if kinds.get(m.actor) in PEOPLE]
            return (people or following)[0].actor, f"'{after.strip()}'"
    before = body[start:quote.start]
    according = _ACCORDING.search(before)
    if according:
        named = _within(mentions, start + according.end(), quote.start)
        if named:  # the head of "according to pro-AKP Aksam Newspaper" is last
            return named[-1].actor, "'according to'"
    verbs = list(_VERBS.finditer(before))
    if verbs:
        at = start + verbs[-1].start()
        named = _within(mentions, start, at)
        if named:
            return _pick(named, kinds), f"'{verbs[-1].group()}' before it"
    return "", ""


def _within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return sorted((m for m in mentions if start <= m.start and m.end <= end and m.actor),
                  key=lambda m: m.start)


def _pick(candidates: list[Mention], kinds: dict[str, ActorKind]) -> str:
    """The last person among the candidates, or the last of any kind."""
    people = [m for m in candidates if kinds.get(m.actor) in PEOPLE]
    return (people or candidates)[-1].actor
