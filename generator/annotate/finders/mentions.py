"""Automatic actor mentions: every name and alias, found in one pass.

Text and aliases are compared in a normal form that ignores case and accents
and knows the Turkish dotted and dotless i, so "ERDOĞAN", "Erdogan" and
"Erdoğan’s" all find one actor. An Aho-Corasick automaton finds every alias
in a single scan however many there are; whole words only, longest first.
A name registered only in capitals (an acronym such as "US" or "TASS")
matches only capitals, so that the pronoun "us" is not the United States;
registering "Nato" beside "NATO" lets either case match.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

import ahocorasick

from ...model.text import fold_name
from ...model.vocabulary import language_of
from .spelling import alias_keys, keyed

# Words a name should not be on its own: each would match ordinary prose.
COMMON_WORDS = frozenset({
    "a", "an", "and", "any", "are", "as", "at", "be", "by", "can", "day", "did", "do",
    "for", "from", "had", "has", "have", "he", "her", "him", "his", "i", "if", "in", "is",
    "it", "its", "may", "march", "mark", "me", "more", "most", "new", "no", "not", "now",
    "of", "on", "one", "or", "our", "out", "over", "said", "say", "says", "she", "so",
    "some", "state", "than", "that", "the", "their", "them", "then", "there", "they",
    "this", "those", "time", "times", "to", "two", "under", "up", "us", "was", "we", "were",
    "what", "when", "which", "who", "will", "with", "would", "year", "you", "bill", "rose",
    "grant", "cast", "house", "party", "post", "office", "court", "army", "sun", "news",
    "mission",
})


def risk_of(alias: str) -> str:
    """Why `alias` would mislead the matcher, or "" when it is fine."""
    letters = sum(c.isalpha() for c in alias)
    if is_acronym(alias):  # two capitals or more: matched in capitals only
        return ""
    if letters < 3:
        return f"'{alias}' is so short that it matches parts of ordinary text"
    if fold_name(alias) in COMMON_WORDS:
        return f"'{alias}' is also a common word and will match it in any case"
    return ""


def is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    actor: str
    alias: str


@dataclass(frozen=True)
class _Entry:
    length: int  # of the key
    actor: str
    alias: str  # the first spelling, for the reader
    exact: frozenset[str]  # every spelling folded: a hit that is none of them was inflected
    capitals: bool  # every spelling is an acronym: the text must write capitals
    capitalised: bool  # the spellings start with a capital


class MentionFinder:
    """Finds mentions of many actors' names in one pass over a text."""

    def __init__(self, names: Iterable[tuple[str, str]],
                 across_scripts: Collection[str] = ()):
        """`names`: (actor id, name or alias) pairs; `across_scripts`: the
        actors whose names are also found written in the other script. An
        alias of two actors is ambiguous and left to the hand; see `ambiguous`."""
        owners: dict[str, set[str]] = {}
        spellings: dict[str, list[str]] = {}
        for actor, alias in names:
            for key in alias_keys(alias.strip(), actor in across_scripts):
                owners.setdefault(key, set()).add(actor)
                spellings.setdefault(key, []).append(alias.strip())
        self.ambiguous = {spellings[k][0]: sorted(v) for k, v in owners.items() if len(v) > 1}
        self._automaton = ahocorasick.Automaton()
        for key, actors in owners.items():
            if len(actors) == 1:
                written = spellings[key]
                self._automaton.add_word(key, _Entry(
                    len(key), next(iter(actors)), written[0], frozenset(map(fold_name, written)),
                    all(map(is_acronym, written)), written[0][:1].isupper()))
        self._empty = not owners
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, language: str = "en") -> list[Hit]:
        """Every name in `text`. In Turkish and Russian, where "demir" and
        "путина" are words, a name counts only when it starts with a capital."""
        if self._empty:
            return []
        lang = language_of(language)
        keys = keyed(text, inflected=lang == "ru")
        candidates = []
        for last, entry in self._automaton.iter(keys.text):
            first = last - entry.length + 1
            if not _whole_word(keys.text, first, last + 1):
                continue
            start, end = keys.span(first, last + 1)
            if _case_fits(text[start:end], entry, strict=lang in ("tr", "ru")):
                candidates.append(Hit(start, end, entry.actor, entry.alias))
        return _longest_first(candidates, len(text))


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _case_fits(found: str, entry: _Entry, strict: bool) -> bool:
    """An acronym must be written in capitals ("us" is not the US); a name
    found by another form than its own (inflected, transliterated) must start
    with a capital, as names do, and so must any name where `strict`."""
    if entry.capitals:
        return all(c.isupper() for c in found if c.isalpha())
    if entry.capitalised and (strict or fold_name(found) not in entry.exact):
        return found[:1].isupper()
    return True


def _longest_first(hits: list[Hit], size: int) -> list[Hit]:
    """The longest of overlapping hits. Each hit checks only its own
    characters, so the work grows with the text, not with the hits squared."""
    taken = bytearray(size)
    kept = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(taken[hit.start:hit.end]):
            taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
