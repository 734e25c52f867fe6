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

import re
from dataclasses import dataclass

from .model import Annotation, Source

_OPEN, _CLOSE, _BOTH = "“", "”", '"'
_VERBS = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|"
                    r"asked|explained|confirmed|mentioned|announced|warned|insisted|"
                    r"underlined|stressed|replied|answered|quoted as saying|as saying)\b",
                    re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
PEOPLE = ("person", "anonymous")


@dataclass(frozen=True)
class _Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark


def find(source: Source, mentions: list[Annotation], kinds: dict[str, str]) -> list[Annotation]:
    """Quotations in `source`; `mentions` are its actor mentions, `kinds` actor kinds."""
    body = source.body
    found: list[Annotation] = []
    last_speaker, last_paragraph = "", -1
    for quote in _quotes(body):
        paragraph = body.count("\n\n", 0, quote.start)
        if paragraph - last_paragraph > 1:
            last_speaker = ""  # "he said" reaches back one paragraph at most
        speaker, how = _speaker(body, quote, mentions, kinds)
        if how == "pronoun":
            speaker, how = _antecedent(body, quote, mentions, kinds, last_speaker)
        if speaker:
            last_speaker, last_paragraph = speaker, paragraph
        found.append(Annotation(
            source=source.id, start=quote.start, end=quote.end, quote=body[quote.start:quote.end],
            origin="auto", kind="quotation", anchor=f"a-{quote.start}", by=speaker,
            why=f"a quotation; speaker from {how}" if speaker else "a quotation; no speaker named"))
    return found


def _quotes(body: str) -> list[_Quote]:
    quotes, opened = [], None
    for index, char in enumerate(body):
        if body.startswith("\n\n", index):
            opened = None
        if opened is None and char in (_OPEN, _BOTH):
            opened = index
        elif opened is not None and char in (_CLOSE, _BOTH):
            if len(body[opened + 1:index].split()) >= 2:
                quotes.append(_Quote(opened, index + 1))
            opened = None
        elif opened is not None and char == _OPEN:
            opened = index  # an unclosed quote: start again here
    return quotes


def _antecedent(body: str, quote: _Quote, mentions: list[Annotation], kinds: dict[str, str],
                last_speaker: str) -> tuple[str, str]:
    """Who "he" is: the one person the sentence before names, or else the
    speaker of the quotation before."""
    start, _ = _sentence(body, quote)
    end = start - 1
    while end > 0 and body[end].isspace():
        end -= 1
    if end > 0:
        before = _sentence(body, _Quote(end, end))
        people = {m.actor for m in _within(mentions, *before) if kinds.get(m.actor) in PEOPLE}
        if len(people) == 1:
            person = people.pop()
            return person, f"'he said' after a sentence naming {person}"
    if last_speaker:
        return last_speaker, f"'he said' after a quotation of {last_speaker}"
    return "", ""


def _sentence(body: str, quote: _Quote) -> tuple[int, int]:
    """Start and end of the sentence around a quotation, quotes masked."""
    masked = re.sub(r"“[^”\n]*”|\"[^\"\n]*\"", lambda m: "x" * len(m.group()), body)
    start = max(body.rfind("\n", 0, quote.start) + 1,
                max((m.end() for m in _SENTENCE_END.finditer(masked, 0, quote.start)),
                    default=0))
    after = _SENTENCE_END.search(masked, quote.end)
    line_end = body.find("\n", quote.end)
    end = min(after.end() if after else len(body), line_end if line_end != -1 else len(body))
    return start, end


def _speaker(body: str, quote: _Quote, mentions: list[Annotation],
             kinds: dict[str, str]) -> tuple[str, str]:
    start, end = _sentence(body, quote)
    after = body[quote.end:end]
    verb = _VERBS.search(after)
    if verb and verb.start() < 40:
        at = quote.end + verb.start()
        before_verb = _within(mentions, quote.end, at)
        if before_verb:
            return _pick(before_verb[-1:], kinds), f"'{after.strip()}'"
        if _PRONOUN.search(after, 0, verb.start()):
            return "", "pronoun"
        following = _within(mentions, at, end)
        if following:
            return _pick(following[:1], kinds), f"'{after.strip()}'"
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


def _within(mentions: list[Annotation], start: int, end: int) -> list[Annotation]:
    return sorted((m for m in mentions if start <= m.start and m.end <= end and m.actor),
                  key=lambda m: m.start)


def _pick(candidates: list[Annotation], kinds: dict[str, str]) -> str:
    """The last person among the candidates, or the last of any kind."""
    people = [m for m in candidates if kinds.get(m.actor) in PEOPLE]
    return (people or candidates)[-1].actor
