"""The people a quotation's words may refer to, and where they are."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Referent:
    """A name, a description or a pronoun in the text: someone who may speak."""

    start: int
    end: int
    actor: str  # "" when the words name no one we know; for a pronoun, resolved later
    person: bool
    pronoun: bool = False


class Spans:
    """Whether a span overlaps any of a set, by bisection: a long report
    costs its length, not its length squared."""

    def __init__(self, spans: list[Referent]) -> None:
        ordered = sorted(spans, key=lambda r: r.start)
        self.starts = [r.start for r in ordered]
        self.reach = list(itertools.accumulate((r.end for r in ordered), max))

    def overlaps(self, r: Referent) -> bool:
        before = bisect.bisect_left(self.starts, r.end)  # those that start before it ends
        return before > 0 and self.reach[before - 1] > r.start
