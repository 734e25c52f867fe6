"""What `roles.py` finds in a report: ties of names to roles, and
descriptions of people by their roles."""

from __future__ import annotations

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
