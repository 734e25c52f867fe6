"""What `roles.py` finds in a report: ties of names to roles, and
descriptions of people by their roles; and where its paragraphs start."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class Tie:
    start: int  # where the role word is
    at: int  # where the name is
    role: str
    person: str
    qualifiers: frozenset[str]  # organisations and states named in the role
    portfolio: str  # "defence", "foreign": see `speech.PORTFOLIOS`


@dataclass(frozen=True)
class Description:
    start: int
    end: int
    role: str
    qualifiers: frozenset[str]
    portfolio: str
    stranger: bool = False  # names someone with no actor file: "spokesman Jonathan Hoffman"


class Paragraphs:
    """Where a report's paragraphs start (as `Sentences` holds them), found by bisection."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts or [0]

    def start(self, at: int, back: int = 0) -> int:
        """Where the paragraph holding `at` starts, or the one `back` before it."""
        return self.starts[max(0, bisect.bisect_right(self.starts, at) - 1 - back)]
