"""Where words travelled before they reached a report: the chain of outlets
each statement names, checked, and the same words found in several reports
(republications), earliest report first.

Republications are found by grouping statements by speaker and normalised
words, so the cost grows with the number of statements, not of their pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from ..model.annotations import Statement
from ..model.content import Corpus, Place, Source, StatementSpec
from ..model.diagnostics import Diagnostic

# Fewer words are too common to show that one report took them from another.
MIN_WORDS = 3


def check_chains(c: Corpus) -> list[Diagnostic]:
    """A chain lists the outlets after the speaker, each once."""
    problems = []
    for source in c.sources.values():
        for spec in source.annotations:
            if isinstance(spec, StatementSpec):
                problems += _chain_problems(source.at, spec)
    return problems


def _chain_problems(at: Place, spec: StatementSpec) -> list[Diagnostic]:
    problems, seen = [], set()
    for n, hop in enumerate(spec.via):
        here = ("annotations", spec.index, "via", n, "outlet")
        if hop.outlet == spec.by:
            problems.append(at.error(here, f"'{hop.outlet}' is the speaker, not an outlet that "
                                     "carried the words",
                                     "start `via` with the first outlet after the speaker"))
        elif hop.outlet in seen:
            problems.append(at.error(here, f"'{hop.outlet}' is in the chain twice",
                                     "name each outlet once, where the words reached it"))
        seen.add(hop.outlet)
    return problems


def words_of(quote: str) -> str:
    """A passage's words, folded: quotation marks, punctuation and case aside."""
    return " ".join(re.findall(r"\w+", quote.casefold()))


def may_be_one_day(sources: Mapping[str, Source], a: Statement, b: Statement) -> bool:
    """Whether two stances may have been taken on the same day: undated words
    may be from any day up to their report's publication."""
    if a.said and b.said:
        return a.said.overlaps(b.said)
    dated, undated = (a, b) if a.said else (b, a)
    if not dated.said:
        return True
    return dated.said.start.first <= sources[undated.source].published.end.last


def republications(sources: Mapping[str, Source], statements: Iterable[Statement]
                   ) -> Mapping[tuple[str, str], tuple[Statement, ...]]:
    """(source, anchor) -> every copy of the same words by the same speaker,
    earliest report first, where two reports or more carry them. Words said
    again on another day are another saying, not a copy."""
    groups: dict[tuple[str, str], list[Statement]] = {}
    for s in statements:
        words = words_of(s.quote)
        if len(words.split()) >= MIN_WORDS:
            groups.setdefault((s.by, words), []).append(s)
    found: dict[tuple[str, str], tuple[Statement, ...]] = {}
    for group in groups.values():
        for saying in _sayings(sources, group):
            if len({s.source for s in saying}) > 1:
                copies = tuple(sorted(saying, key=lambda s: _earliest(sources, s)))
                found.update(((s.source, s.anchor), copies) for s in copies)
    return MappingProxyType(found)


def _sayings(sources: Mapping[str, Source], group: list[Statement]) -> list[list[Statement]]:
    """The same words split by the occasion they were said on: each joins the
    first saying whose first copy may be of the same day."""
    sayings: list[list[Statement]] = []
    for s in sorted(group, key=lambda s: _earliest(sources, s)):
        same = next((saying for saying in sayings if may_be_one_day(sources, saying[0], s)),
                    None)
        if same is None:
            sayings.append([s])
        else:
            same.append(s)
    return sayings


def _earliest(sources: Mapping[str, Source], s: Statement) -> tuple[object, ...]:
    return (sources[s.source].published.sort_key, s.source, s.start)
