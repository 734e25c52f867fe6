"""How the name matcher spells a text: each word as a key that every form of
a name shares, so that one Aho-Corasick pass finds them all.

- Latin words: case, accents and the Turkish i folded, then the spellings
  that transliteration varies made one (`fold_spelling`: Mikheyev, Mikheev
  and Miheyev; Şugayev and Shugayev; Dmitry and Dmitriy). A Turkish suffix
  comes after an apostrophe ("Rusya'nın", "ABD'nin"), which ends the word.
- Cyrillic words: in a Russian text, the case ending is cut off (our table
  below: "Турции", "Турцию", "Турцией" -> "турц"), then the stem is
  transliterated (iuliia's Wikipedia scheme, the one closest to the English
  press) and folded the same way. Cyrillic keys are written in capitals and
  Latin ones in small letters, so that a Cyrillic alias of a state or an
  organisation ("Россия" -> ROSS) never meets a Latin word ("Ross"); only
  the names of people and media are entered in both, which is how "Михеева"
  finds Mikheev and "ТАСС" finds TASS without anyone typing them.

Why a table and not a library: on the dev set's Russian names, pymorphy3's
lemmas send "Шугаев" to "шугай" and "Песков" to "песок", and the Snowball
stemmer cuts "Михеев" to "михе" but "Михеева" to "михеев"; surnames in -ов
and -ев are where names and words part. Cutting only case endings from a
closed list (never -ов/-ев) keeps every form of a name on one stem, and a
stem is short only when the word is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...model.text import fold_name, fold_spelling, in_latin, is_cyrillic

# Russian case endings of nouns and adjectives, longest first. Not -ов, -ев,
# -ин: they end surnames in the nominative (Песков, Михеев, Путин).
RUSSIAN_ENDINGS = tuple(sorted(
    ("иями", "ями", "ами", "ией", "иях", "ого", "его", "ому", "ему", "ыми", "ими",
     "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ым", "им", "ом", "ем",
     "ах", "ях", "ых", "их", "ые", "ие", "ия", "ию", "ии", "ье", "ья", "ью", "а", "я", "у",
     "ю", "о", "е", "ы", "и", "ь", "й"), key=len, reverse=True))
MIN_STEM = 3  # letters left after an ending is cut: "Ким" keeps its "м"
_WORD = re.compile(r"\w+")
_VOWELS = "aeiou"
# The open vowels Russian writes as an English name sounds (Trump/Трамп,
# Mattis/Мэттис): one in a key. Not o and i, which it keeps (Kalin is no
# "колонии"), nor in a short key ("МИД", "мод").
_OPEN_VOWELS = re.compile("[aeu]+")
_FOLDED_FROM = 5  # letters


def russian_stem(word: str) -> str:
    """A Russian word without its case ending, in small letters."""
    lower = word.lower().replace("ё", "е")
    for ending in RUSSIAN_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
            return lower[: -len(ending)]
    return lower


def latin_key(word: str) -> str:
    return fold_spelling(word)


def cyrillic_key(word: str, inflected: bool) -> str:
    """A Cyrillic word's key, in capitals. `inflected`: cut its case ending."""
    base = russian_stem(word) if inflected else word.lower()
    return across(fold_spelling(in_latin(base)))


def across(key: str) -> str:
    """A Latin key as a Cyrillic word's key reads: without the final vowels
    that a Russian ending replaces (Dmitri/Дмитрий, Shoigu/Шойгу), its open
    vowels one (above), in capitals."""
    bare = (key.rstrip(_VOWELS) if len(key) > 3 else key) or key
    return (_OPEN_VOWELS.sub("a", bare) if len(bare) >= _FOLDED_FROM else bare).upper()


def latin_of_cyrillic(word: str) -> str:
    """A Cyrillic name as a Latin word's key: "Путин" -> "putin"."""
    return fold_spelling(in_latin(word))


@dataclass(frozen=True)
class Keyed:
    """A text spelled as keys. Key character i stands for text[starts[i]:ends[i]]:
    a whole word for a word's characters, itself for the rest."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def words(text: str) -> Iterator[tuple[int, int]]:
    return (m.span() for m in _WORD.finditer(text))


def keyed(text: str, inflected: bool) -> Keyed:
    """`text` spelled as keys, each word by its script; between words, the
    characters folded one for one (white space as a space)."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end in [*words(text), (len(text), len(text))]:
        gap = "".join(" " if c.isspace() else c for c in fold_name(text[at:start]))
        parts.append(gap)
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        word = text[start:end]
        key = (cyrillic_key(word, inflected) if is_cyrillic(word) else latin_key(word)) \
            if word else ""
        parts.append(key)
        starts.extend([start] * len(key))
        ends.extend([end] * len(key))
        at = end
    return Keyed("".join(parts), tuple(starts), tuple(ends))


def alias_keys(alias: str, across_scripts: bool) -> set[str]:
    """Every key an alias is found by: as written and, for Cyrillic words, by
    its stem; for the names of people and media, in the other script too."""
    keys = {keyed(alias, inflected).text for inflected in (False, True)}
    if across_scripts:
        keys |= {_other_script(alias, inflected) for inflected in (False, True)}
    return {k for k in keys if k.strip()}


def _other_script(alias: str, inflected: bool) -> str:
    """The alias's key as the other script's words read: a Latin name as a
    Cyrillic text spells it, a Cyrillic one as a Latin text does."""
    parts, at = [], 0
    for start, end in words(alias):
        parts.append(fold_name(alias[at:start]))
        word = alias[start:end]
        parts.append(latin_of_cyrillic(russian_stem(word) if inflected else word)
                     if is_cyrillic(word) else across(latin_key(word)))
        at = end
    parts.append(fold_name(alias[at:]))
    return "".join(parts)
