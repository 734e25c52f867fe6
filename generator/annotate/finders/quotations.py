"""Automatic quotation annotations, with the speaker where the text says.

A quotation is a passage of two or more words in double quotation marks of
any language the dossier holds ("…", “…”, «…», „…“), within one paragraph
(a single quoted word is a term or a name, not a quote). Its speaker comes
from the words around it, in the source's language (`speakers.py`); in a
language the machine does not read, a quotation has no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ...model import datelines
from ...model.annotations import Mention, Quotation
from ...model.content import Source
from ...model.text import DOUBLE_OPENERS, UP, closes, paragraphs, sentence_ends
from ...model.vocabulary import language_of
from . import demonyms
from .roles import Roles
from .sentences import Sentences
from .speakers import Attribution
from .speech import Person, speech

# '…relationship." The State Department …': the quotation ended its sentence.
_ENDS_A_SENTENCE = re.compile(rf"[.!?]\S\s+[{UP}]")


@dataclass(frozen=True)
class _Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark


def find(source: Source, mentions: list[Mention], kinds: Mapping[str, str],
         people: Mapping[str, Person] | None = None,
         demonym_words: demonyms.Table | None = None) -> list[Quotation]:
    """Quotations in `source`; `mentions` are its actor mentions, `kinds` the
    actors' kinds, `people` what the actor files say of each person,
    `demonym_words` the adjectives of each state's people."""
    body = source.body
    quotes = _quotes(body)
    speaker = _attribution(source, quotes, sorted(mentions, key=lambda m: m.start), kinds,
                           people or {}, demonym_words or {})
    found = []
    for quote in quotes:
        by, how = speaker.speaker(quote.start, quote.end) if speaker else ("", "")
        found.append(Quotation(
            source=source.id, start=quote.start, end=quote.end, quote=body[quote.start:quote.end],
            origin="auto", anchor=f"a-q-{quote.start}", by=by,
            why=f"a quotation; speaker from {how}" if by else "a quotation; no speaker named"))
    return found


def _attribution(source: Source, quotes: list[_Quote], mentions: list[Mention],
                 kinds: Mapping[str, str], people: Mapping[str, Person],
                 demonym_words: demonyms.Table) -> Attribution | None:
    language = language_of(source.language)
    if language is None:
        return None
    words = speech(language)
    masked = list(source.body)
    for quote in quotes:  # a full stop inside a quotation ends no sentence…
        masked[quote.start:quote.end] = "x" * (quote.end - quote.start)
        if _ENDS_A_SENTENCE.match(source.body, quote.end - 2):  # …but its last may
            masked[quote.end - 1] = "."
    text = Sentences(source.body, sentence_ends("".join(masked)), paragraphs(source.body))
    spans = [(q.start, q.end) for q in quotes]
    # A demonym qualifies a role as a state's name does: "the Russian president".
    found = demonyms.find(source.id, source.body, demonym_words.get(language, ()), mentions, words)
    roles = Roles(source.body, mentions + found, kinds, words, people, spans,
                  text.paragraph_starts)
    return Attribution(text, mentions, kinds, words, roles, datelines.span(source.body), spans)


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
