"""How claims bear on each other. A relation names a known claim other than
its own, `supersedes` never goes round in a circle, and each relation is
seen from both of its claims ("contradicts" on one, "contradicted by" on
the other)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..model.content import Claim, Corpus, Relation
from ..model.diagnostics import Diagnostic
from ..model.dossier import Related
from .references import unknown


def check_relations(c: Corpus) -> list[Diagnostic]:
    problems = []
    for claim in c.claims.values():
        for r in claim.relations:
            here = ("relations", r.index, "claim")
            if r.claim == claim.id:
                problems.append(claim.at.error(here, f"claim '{claim.id}' is related to itself",
                                               "name another claim, or remove the relation"))
            elif r.claim not in c.claims:
                problems.append(unknown(claim.at, "claim", r.claim, list(c.claims), here))
    return problems + _circles(c.claims)


def _circles(claims: Mapping[str, Claim]) -> list[Diagnostic]:
    """One error for each circle of `supersedes`, at the relation that closes
    it: a walk along `supersedes` that comes back to a claim on its path."""
    later = {id: [r for r in claim.relations
                  if r.kind == "supersedes" and r.claim in claims and r.claim != id]
             for id, claim in claims.items()}
    done: set[str] = set()
    problems: list[Diagnostic] = []
    for start in sorted(later):
        if start in done:
            continue
        path, todo = [start], [iter(later[start])]
        while todo:
            r = next(todo[-1], None)
            if r is None:
                done.add(path.pop())
                todo.pop()
            elif r.claim in path:
                problems.append(_circle(claims[path[-1]], r, path[path.index(r.claim):]))
            elif r.claim not in done:
                path.append(r.claim)
                todo.append(iter(later[r.claim]))
    return problems


def _circle(closing: Claim, r: Relation, circle: list[str]) -> Diagnostic:
    walk = " → ".join([*circle, circle[0]])
    return closing.at.error(("relations", r.index, "kind"),
                            f"claims supersede each other in a circle: {walk}",
                            "a claim cannot supersede one that supersedes it: remove one of "
                            "these relations")


def relations_of(claims: Mapping[str, Claim]) -> Mapping[str, tuple[Related, ...]]:
    """Claim id -> its relations, both those its file names and those naming it."""
    found: dict[str, list[Related]] = {}
    for claim in claims.values():
        for r in claim.relations:
            if r.claim in claims and r.claim != claim.id:
                found.setdefault(claim.id, []).append(Related(r.kind, r.claim, r.note, True))
                found.setdefault(r.claim, []).append(Related(r.kind, claim.id, r.note, False))
    return MappingProxyType({id: tuple(sorted(items, key=lambda x: (x.words, x.other)))
                             for id, items in sorted(found.items())})
