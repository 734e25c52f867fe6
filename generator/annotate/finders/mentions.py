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

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from ...model.text import fold_name

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
    if is_acronym(alias):
        return "" if letters >= 2 else "a one-letter name matches too much"
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


class MentionFinder:
    """Finds mentions of many actors' names in one pass over a text."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        """`names`: (actor id, name or alias) pairs. An alias of two actors
        is ambiguous and left to the hand; see `ambiguous`."""
        owners: dict[str, set[str]] = {}
        spellings: dict[str, list[str]] = {}
        for actor, alias in names:
            key = fold_name(alias.strip())
            if key:
                owners.setdefault(key, set()).add(actor)
                spellings.setdefault(key, []).append(alias.strip())
        self.ambiguous = {spellings[k][0]: sorted(v) for k, v in owners.items() if len(v) > 1}
        self._automaton = ahocorasick.Automaton()
        for key, actors in owners.items():
            if len(actors) == 1:
                # Capitals are required only when every spelling is an acronym.
                capitals = tuple(spellings[key]) if all(map(is_acronym, spellings[key])) else ()
                self._automaton.add_word(key, (len(key), next(iter(actors)),
                                               spellings[key][0], capitals))
        self._empty = not owners
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        if self._empty:
            return []
        folded = fold_name(text)
        candidates = []
        for last, (length, actor, alias, capitals) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if _whole_word(folded, start, end) and _case_fits(text[start:end], capitals):
                candidates.append(Hit(start, end, actor, alias))
        return _longest_first(candidates, len(text))


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _case_fits(found: str, capitals: tuple[str, ...]) -> bool:
    """True unless the name is an acronym and `found` is not written as one."""
    if not capitals:
        return True
    return any(fold_name(found, keep_case=True) == fold_name(c, keep_case=True) for c in capitals)


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
