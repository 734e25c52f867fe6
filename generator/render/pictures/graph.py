"""The whole network as the picture draws it: every tied actor, claim and
event as a node, every tie as a line, or, past what a reader can follow,
nodes grouped and their ties added up.

Actors are drawn one by one up to MAX_ACTORS (and MAX_ARCS ties between
them); past that, one node per kind ("People · 212"). Claims and events are
drawn one by one up to MAX_RIGHT, while the lines across stay under
MAX_EDGES; past that, claims are grouped by verdict and events counted in
one node. So the picture stays a few dozen nodes and at most a few hundred
lines at any size, and a group's node leads to the list of its members.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from ...model import paths
from ...model.dossier import Dossier
from ...model.vocabulary import KIND_LABELS, VERDICT_LABELS, TieKind, most_taken
from ..headings import slug

MAX_ACTORS, MAX_ARCS = 60, 150
MAX_RIGHT, MAX_EDGES = 60, 300
Column = Literal["actors", "claims", "events"]


@dataclass(frozen=True)
class Node:
    key: str  # an id, or "kind:person", "verdict:disputed", "events" for a group
    label: str
    target: str  # the page it leads to
    cls: str  # an actor's kind, "claim" or "event"
    column: Column
    members: int = 1  # more than one for a group


@dataclass
class Edge:
    """The ties between two nodes, of one kind, added up."""

    a: str  # an actor's node
    b: str
    kind: TieKind
    passages: int = 0
    stances: Counter[str] = field(default_factory=Counter)

    @property
    def stance(self) -> str:
        """The stance most of its passages take (the first in STANCES on a tie)."""
        return most_taken(self.stances)


@dataclass(frozen=True)
class Graph:
    nodes: dict[str, Node]
    edges: list[Edge]  # from the actors' column to the claims' and events'
    arcs: list[Edge]  # between actors
    tied: int  # actors with a tie, drawn or grouped
    grouped: tuple[bool, bool]  # actors by kind; claims by verdict and events together

    def column(self, name: Column) -> list[str]:
        return [k for k, n in self.nodes.items() if n.column == name]


def whole(d: Dossier) -> Graph:
    actors = sorted({t.actor for t in d.ties} | {t.other for t in d.ties if t.to == "actor"})
    pairs = {(t.actor, t.other) for t in d.ties if t.to == "actor"}
    by_kind = len(actors) > MAX_ACTORS or len(pairs) > MAX_ARCS
    left = (lambda a: _kind(d, a)) if by_kind else (lambda a: _actor(d, a))
    graph = _added_up(d, left, lambda id, to: _one(d, id, to))
    grouped = len(graph.column("claims") + graph.column("events")) > MAX_RIGHT \
        or len(graph.edges) > MAX_EDGES
    if grouped:
        graph = _added_up(d, left, lambda id, to: _grouped(d, id, to))
    return Graph(graph.nodes, graph.edges, graph.arcs, len(actors), (by_kind, grouped))


NodeOf = Callable[[str], Node]


def _added_up(d: Dossier, left: NodeOf, right: Callable[[str, str], Node]) -> Graph:
    nodes: dict[str, Node] = {}
    lines: dict[tuple[str, str, str], Edge] = {}
    for t in d.ties:
        a = left(t.actor)
        b = left(t.other) if t.to == "actor" else right(t.other, t.to)
        if a.key == b.key:
            continue  # a tie inside a group
        nodes.setdefault(a.key, a)
        nodes.setdefault(b.key, b)
        edge = lines.setdefault((a.key, b.key, t.kind), Edge(a.key, b.key, t.kind))
        edge.passages += t.passages
        if t.stance:
            edge.stances[t.stance] += t.passages
    edges = [e for e in lines.values() if nodes[e.b].column != "actors"]
    arcs = [e for e in lines.values() if nodes[e.b].column == "actors"]
    return Graph(nodes, edges, arcs, 0, (False, False))


def _actor(d: Dossier, id: str) -> Node:
    a = d.actors[id]
    return Node(id, a.name, paths.actor(id), a.kind, "actors")


def _kind(d: Dossier, id: str) -> Node:
    kind = d.actors[id].kind
    members = sum(a.kind == kind for a in d.actors.values())
    label = KIND_LABELS[kind]
    return Node(f"kind:{kind}", f"{label} · {members}",
                f"{paths.NETWORK}#{slug(label)}", kind, "actors", members)


def _one(d: Dossier, id: str, to: str) -> Node:
    if to == "claim":
        return Node(id, d.claims[id].statement, paths.claim(id), "claim", "claims")
    return Node(id, d.events[id].title, paths.event(id), "event", "events")


def _grouped(d: Dossier, id: str, to: str) -> Node:
    if to == "event":
        return Node("events", f"Events · {len(d.events)}", paths.index("events"), "event",
                    "events", len(d.events))
    verdict = d.claims[id].verdict
    label = f"{VERDICT_LABELS[verdict]} claims"
    members = sum(c.verdict == verdict for c in d.claims.values())
    return Node(f"verdict:{verdict}", f"{label} · {members}",
                f"{paths.index('claims')}#{slug(VERDICT_LABELS[verdict])}", "claim",
                "claims", members)
