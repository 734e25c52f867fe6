"""What stage 3 hands to rendering: the whole page graph, built in one piece."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from .annotations import Annotation, EventReport, Mention, Statement
from .content import Actor, Claim, Event, Home, Source
from .edtf import Edtf
from .vocabulary import RELATION_WORDS, STANCES, RelationKind, Stance, TieKind


@dataclass(frozen=True)
class Related:
    """A relation between two claims, seen from one of them."""

    kind: RelationKind
    other: str  # the other claim's id
    note: str
    named_here: bool  # written in this claim's file; else in the other's

    @property
    def words(self) -> str:
        """ "contradicts" from the claim that says so, "contradicted by" from the other."""
        return RELATION_WORDS[self.kind][0 if self.named_here else 1]


End = Literal["actor", "claim", "event"]


@dataclass(frozen=True, order=True)
class Tie:
    """A line of the network: an actor tied to a claim, an event or another actor."""

    kind: TieKind
    actor: str
    other: str  # stance: a claim; event: an event; affiliation: the actor it belongs to;
    # carried: the actor whose words it carried, or the claim when the report spoke itself
    to: End  # what `other` is
    stance: Stance | None = None  # of a stance tie
    passages: int = 1  # how many passages make it: for stance and carried ties


@dataclass(frozen=True, kw_only=True)
class Dossier:
    """Every entity, every annotation, and every link between them."""

    sources: Mapping[str, Source]
    actors: Mapping[str, Actor]
    claims: Mapping[str, Claim]
    events: Mapping[str, Event]
    home: Home
    annotations: Mapping[str, tuple[Annotation, ...]]  # source id -> spans in body order
    mentions_of: Mapping[str, tuple[Mention, ...]]  # actor id -> its mentions
    stances_by: Mapping[str, tuple[Statement, ...]]  # actor id -> its statements, by date
    stances_on: Mapping[str, tuple[Statement, ...]]  # claim id -> statements on it, by date
    reports_of: Mapping[str, tuple[EventReport, ...]]  # event id -> its reports, by date
    events_of: Mapping[str, tuple[str, ...]]  # actor id -> event ids, by date
    members: Mapping[str, tuple[str, ...]]  # actor id -> actors affiliated to it
    # (source id, anchor) -> the same words in every report that carries them,
    # earliest report first; only words carried by two reports or more
    republications: Mapping[tuple[str, str], tuple[Statement, ...]]
    relations_of: Mapping[str, tuple[Related, ...]]  # claim id -> its relations, both ways
    ties: tuple[Tie, ...]  # the whole network, sorted
    ties_of: Mapping[str, tuple[Tie, ...]]  # actor, claim or event id -> the ties it is in

    def is_contested(self, claim: str) -> bool:
        stances = {a.stance for a in self.stances_on.get(claim, ())}
        return {"asserts", "denies"} <= stances

    def speakers(self, claim: str) -> dict[Stance, int]:
        """How many speakers took each stance on a claim, in STANCES order. Who,
        not how many passages: an official quoted twice is one denial, and a
        report speaking for itself counts once."""
        said = {(a.stance, a.speaker) for a in self.stances_on.get(claim, ())}
        counts = {k: sum(stance == k for stance, _ in said) for k in STANCES}
        return {k: n for k, n in counts.items() if n}

    def reporting(self, event: str) -> int:
        """How many sources report an event (not how many passages)."""
        return len({r.source for r in self.reports_of.get(event, ())})

    def said(self, a: Statement) -> Edtf:
        """When a stance was taken: as the report says, else by its publication."""
        return a.said or self.sources[a.source].published

    def all_annotations(self) -> list[Annotation]:
        return [a for source in sorted(self.annotations) for a in self.annotations[source]]
