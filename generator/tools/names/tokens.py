"""The words of a body, each with its place, whether a sentence starts with
it, and its bare form: a possessive "'s" or a Turkish suffix after an
apostrophe ("Rosoboronexport'un", "Moskova'dan") is not part of a name.
Runs of capitalised words are the candidates for names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import CONNECTORS

_WORD = re.compile(r"\w(?:[\w'’.-]*\w)?")
# A possessive, or a Turkish case suffix after an apostrophe (lowercase letters only,
# so the O' of "O'Neil" stays).
_SUFFIX = re.compile(r"['’](?:s|[a-zçğıöşü]{1,7})$")
_TURKISH_SUFFIX = re.compile(r"['’](?!s$)[a-zçğıöşü]{1,7}$")
_SENTENCE_END = re.compile(r"[.!?…:;]|\n\s*\n|—\s*$|^\s*[-–—]\s")
_OPENING_QUOTE = re.compile(r"[«“„\"]\s*$")  # a quotation starts a sentence of its own


@dataclass(frozen=True)
class Token:
    text: str  # the bare form
    start: int  # of the bare form in the body
    end: int
    initial: bool  # a sentence (or a paragraph, or a quotation) starts with it
    joined: bool  # only a space (or a non-breaking one) stands before it
    before: str  # the text between the previous word and this one
    suffixed: bool = False  # written with a Turkish case suffix: a name ends with it

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def folded(self) -> str:
        return self.text.casefold()


def tokens(body: str) -> list[Token]:
    out: list[Token] = []
    previous_end = 0
    for match in _WORD.finditer(body):
        text = _SUFFIX.sub("", match.group())
        between = body[previous_end:match.start()]
        initial = not out or bool(_SENTENCE_END.search(between) or _OPENING_QUOTE.search(between))
        joined = between in (" ", "\u00a0") and not (out and out[-1].suffixed)
        out.append(Token(text, match.start(), match.start() + len(text), initial, joined,
                         between, suffixed=_TURKISH_SUFFIX.search(match.group()) is not None))
        previous_end = match.end()
    return out


def runs(words: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words standing next to each other (joined by a
    space, or by one connector: "Presidency of Defense Industries")."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for i, word in enumerate(words):
        capital = word.capital and (not current or word.joined) and not _has_digit(word)
        connector = bool(current) and word.folded in CONNECTORS and word.joined and (
            current[-1].folded not in CONNECTORS and i + 1 < len(words)
            and words[i + 1].capital and words[i + 1].joined)
        if capital or connector:
            current.append(word)
        else:
            if current:
                found.append(current)
            current = [word] if word.capital and not _has_digit(word) else []
    if current:
        found.append(current)
    return found


def _has_digit(word: Token) -> bool:
    return any(ch.isdigit() for ch in word.text)
