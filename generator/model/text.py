"""Text rules, each in one place: paragraph breaks, quotation marks of every
language the dossier holds, and the folds that make two spellings compare
equal, each named for what it folds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import iuliia

# Capital and small letters of the dossier's languages, for character classes,
# and of the names its reports print from Central and South-Eastern Europe
# ("Radosavljević", "Łukasz", "Dvořák").
UP = "A-ZÀ-ÖØ-ÞĞİŞА-ЯЁĆČĐŠŽŁŃŚŹŻŘĚŮŇŤĎĽŐŰĂȘȚ"
LOW = "a-zß-öø-ÿğışа-яёćčđšžłńśźżřěůňťďľőűășț"

# A blank line ends a paragraph, spaces on it or not.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph, blank lines between them excluded."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body.rstrip())))
    return [(s, e) for s, e in spans if e > s]


# A full stop after these ends no sentence: "on Oct. 16", "Mr. Demir", "2017 г.".
ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "st", "no", "vs", "u.s", "u.k", "г", "гг",
    "им", "т.е", "т.д"})
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_LAST_WORD = re.compile(r"[\w.]+$")


def sentence_ends(text: str) -> list[int]:
    """Where each sentence of `text` ends (just after its mark), and each line."""
    ends = {i for i, char in enumerate(text) if char == "\n"}
    for mark in _SENTENCE_END.finditer(text):
        word = _LAST_WORD.search(text, max(0, mark.start() - 12), mark.start())
        if mark.group() == "." and word and word.group().lower() in ABBREVIATIONS:
            continue
        ends.add(mark.end())
    return sorted(ends)


def paragraph_start(body: str, offset: int) -> int:
    """Where the paragraph holding `offset` starts."""
    return max((m.end() for m in PARAGRAPH_BREAK.finditer(body, 0, offset)), default=0)


# Each opening quotation mark and the marks that close it: English curly,
# French and Russian guillemets, German and Russian low-high, straight; then
# the single marks, which also serve as apostrophes and inner quotations.
# Scraped text mixes curly and straight double marks, so each closes the other.
QUOTE_PAIRS: dict[str, str] = {"“": "”\"", "«": "»", "„": "“”", '"': '"”',
                               "‘": "’", "‹": "›", "‚": "‘’"}
SINGLE_MARKS = frozenset("‘’‹›‚'")
# Marks that also stand inside words: they open a quotation only after a space.
LOOSE_MARKS = frozenset('"‘')
QUOTE_MARKS = frozenset("".join(QUOTE_PAIRS) + "".join(QUOTE_PAIRS.values()) + "'")
DOUBLE_OPENERS = frozenset("“«„\"")


def closes(opener: str, char: str) -> bool:
    return char in QUOTE_PAIRS.get(opener, "")


_SPACE = re.compile(r"\s+")


def fold_space(text: str) -> str:
    """Every run of white space as one space."""
    return _SPACE.sub(" ", text)


@dataclass(frozen=True)
class Folded:
    """A text with every run of white space folded to one space.

    `index[i]` is the offset in the original text of folded character i, so a
    match in the folded text maps back to exact original offsets.
    """

    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of folded[start:end] (end excluded)."""
        if end <= start:
            at = self.index[start] if start < len(self.index) else len(self.index)
            return at, at
        return self.index[start], self.index[end - 1] + 1


def fold_space_keeping_offsets(text: str) -> Folded:
    chars: list[str] = []
    index: list[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        if match.group().isspace():
            chars.append(" ")
            index.append(match.start())
        else:
            chars.append(match.group())
            index.extend(range(match.start(), match.end()))
    return Folded("".join(chars), tuple(index))


# Characters a keyboard types plainly that the press prints curly or long.
_LOOKALIKES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                             "\u00a0": " "})


def fold_lookalikes(text: str) -> str:
    """Curly quotes, apostrophes and long dashes as a keyboard types them."""
    return text.translate(_LOOKALIKES)


_TURKISH_I = {"İ": "i", "I": "i", "ı": "i"}
_APOSTROPHES = {"’": "'", "‘": "'", "ʼ": "'"}


@cache  # the same few hundred characters, over and over
def _fold_letter(ch: str, keep_case: bool) -> str:
    if not keep_case and ch in _TURKISH_I:
        return _TURKISH_I[ch]
    if ch in _APOSTROPHES:
        return "'"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if keep_case else base.lower()


def fold_name(text: str, keep_case: bool = False) -> str:
    """A name as the matcher compares it: no accents, no case (unless kept),
    the Turkish dotted and dotless i as i, one apostrophe. One character in,
    one character out, so that offsets survive."""
    return "".join(_fold_letter(ch, keep_case) for ch in text)


# Spellings of one name that transliteration gives in different ways:
# Mikheyev/Mikheev/Miheyev, Shugayev/Şugayev, Dmitry/Dmitriy/Dmitrii,
# Interfax/Interfaks, Shoigu/Shoygu, Kozhin/Kojin (Turkish writes ж as j).
# Applied after `fold_name`, in this order.
_SPELLING_STEPS = (("x", "ks"), ("kh", "h"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("j", "z"),
                   ("ye", "e"), ("y", "i"), ("ii", "i"))


def fold_spelling(word: str) -> str:
    """A Latin word as its transliterations compare: `fold_name`, then the
    digraphs and y/i that schemes write differently made one. Not one
    character for one: the caller maps whole words back."""
    word = fold_name(word)
    for written, common in _SPELLING_STEPS:
        word = word.replace(written, common)
    return word


def is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


@cache
def in_latin(word: str) -> str:
    """A Cyrillic word in Latin letters, in small letters, as the English
    press spells Russian names (iuliia's Wikipedia scheme): "Песков" -> "peskov"."""
    return iuliia.WIKIPEDIA.translate(word.lower())
