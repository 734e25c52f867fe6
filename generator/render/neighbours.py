"""An actor's or a claim's neighbourhood: what it is tied to, one step out.

An actor's: the claims it took a stance on, the events it took part in, the
actors it is affiliated with or that are affiliated to it, and whose words it
carried or who carried its words. A claim's: who took a stance on it, the
outlets that carried words on it, and the claims it is related to. Each page
draws them (pictures/neighbourhood.py) and says the same in words beside.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..model import paths
from ..model.dossier import Dossier, Tie
from ..model.vocabulary import STANCES, most_taken
from .rows import Ref, actor_ref

NEAR = 10  # neighbours a page draws on each side, the strongest; its sections list every one
HOW = ("stance", "carried", "affiliation", "event", "relation")  # the order of the groups
Side = Literal["left", "right"]  # actors left, claims and events right


@dataclass(frozen=True)
class Neighbour:
    """One thing tied to the page's own, and how, from the page's side."""

    ref: Ref
    node: str  # what it is, as a class: an actor's kind, "claim" or "event"
    side: Side
    tie: str  # the tie's classes: "stance asserts", "carried", "relation contradicts", ...
    before: str  # the words before its name, said of the page's own: "asserts"
    after: str  # the words after it: "asserts it"
    passages: int = 1

    @property
    def how(self) -> str:
        """How it is tied, one of HOW: the first word of `tie`."""
        return self.tie.split()[0]


@dataclass(frozen=True)
class Neighbourhood:
    """What a page draws around its own: the nearest on each side, and how
    many more its sections list."""

    centre: str  # the page's own name
    near: tuple[Neighbour, ...]
    more: int
    sides: tuple[int, int]  # how many in all on each side: actors; claims and events


def actor_neighbours(d: Dossier, id: str) -> Neighbourhood:
    ties = d.ties_of.get(id, ())
    found = [_from_actor(d, id, tie) for tie in ties if tie.kind != "stance"]
    found += [Neighbour(_claim(d, claim), "claim", "right", f"stance {most_taken(stances)}",
                        ", ".join(stances), "", sum(stances.values()))
              for claim, stances in _stances(ties, lambda t: t.other).items()]
    return _nearest(d.actors[id].name, found)


def _stances(ties: tuple[Tie, ...], other: Callable[[Tie], str]) -> dict[str, Counter[str]]:
    """The stance ties, one for each thing at their other end: how many
    passages of each stance, in the order of STANCES."""
    found: dict[str, Counter[str]] = {}
    for t in sorted((t for t in ties if t.kind == "stance"),
                    key=lambda t: STANCES.index(t.stance or "reports")):
        found.setdefault(other(t), Counter())[str(t.stance)] += t.passages
    return found


def _from_actor(d: Dossier, id: str, t: Tie) -> Neighbour:
    other = t.other if t.actor == id else t.actor
    if t.kind == "event":
        return Neighbour(Ref(d.events[other].title, paths.event(other)), "event", "right",
                         "event", "took part in", "")
    if t.to == "claim":  # it carried words the report spoke itself
        return Neighbour(_claim(d, other), "claim", "right", "carried", "carried words on", "",
                         t.passages)
    ref, node = actor_ref(d, other), d.actors[other].kind
    if t.kind == "affiliation":
        mine = t.actor == id
        return Neighbour(ref, node, "left", "affiliation", "affiliated with" if mine else "",
                         "" if mine else "is affiliated to it")
    if t.actor == id:
        return Neighbour(ref, node, "left", "carried", "carried the words of", "", t.passages)
    return Neighbour(ref, node, "left", "carried", "", "carried its words", t.passages)


def claim_neighbours(d: Dossier, id: str) -> Neighbourhood:
    found = [Neighbour(actor_ref(d, actor), d.actors[actor].kind, "left",
                       f"stance {most_taken(stances)}", "", " and ".join(stances) + " it",
                       sum(stances.values()))
             for actor, stances in _stances(d.ties_of.get(id, ()), lambda t: t.actor).items()]
    carriers: dict[str, int] = {}
    for s in d.stances_on.get(id, ()):
        for outlet in dict.fromkeys(s.carriers):
            carriers[outlet] = carriers.get(outlet, 0) + 1
    found += [Neighbour(actor_ref(d, o), d.actors[o].kind, "left", "carried", "",
                        "carried words on it", n) for o, n in carriers.items() if o in d.actors]
    found += [Neighbour(_claim(d, r.other), "claim", "right", f"relation {r.kind}", r.words, "")
              for r in d.relations_of.get(id, ())]
    return _nearest(d.claims[id].statement, found)


def _claim(d: Dossier, id: str) -> Ref:
    return Ref(d.claims[id].statement, paths.claim(id))


def _nearest(centre: str, found: list[Neighbour]) -> Neighbourhood:
    """The NEAR strongest ties of each side (most passages, then by name), in
    the order the picture and the list show them: by how they are tied."""
    near, sides = [], []
    for side in ("left", "right"):
        here = sorted((n for n in found if n.side == side),
                      key=lambda n: (-n.passages, n.ref.text, n.tie))
        near += here[:NEAR]
        sides.append(len(here))
    near.sort(key=lambda n: HOW.index(n.how))  # stable: the strongest first within each
    return Neighbourhood(centre, tuple(near), len(found) - len(near), (sides[0], sides[1]))
