"""Every id a file names must name something: actors, claims, events.
(The claims that a claim's `relations:` name are checked with the relations,
in relations.py, by the same `unknown`.)"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from ..model.content import (
    Corpus,
    EventSpec,
    KeyPath,
    MentionSpec,
    Place,
    QuotationSpec,
    StatementSpec,
)
from ..model.diagnostics import Diagnostic

Kind = str  # "actor", "claim" or "event"


def check_references(c: Corpus) -> list[Diagnostic]:
    tables: dict[Kind, Mapping[str, object]] = {"actor": c.actors, "claim": c.claims,
                                                 "event": c.events}
    problems: list[Diagnostic] = []

    def check(at: Place, kind: Kind, value: str, *path: object) -> None:
        if value and value not in tables[kind]:
            problems.append(unknown(at, kind, value, list(tables[kind]), path))

    for actor in c.actors.values():
        for i, other in enumerate(actor.affiliations):
            check(actor.at, "actor", other, "affiliations", i)
    for event in c.events.values():
        for i, other in enumerate(event.actors):
            check(event.at, "actor", other, "actors", i)
    for claim in c.claims.values():
        for i, event_id in enumerate(claim.settled_by):
            check(claim.at, "event", event_id, "settled_by", i)
    for source in c.sources.values():
        for spec in source.annotations:
            for key, kind, value in _named(spec):
                check(source.at, kind, value, "annotations", spec.index, *key)
    return problems


def _named(spec: object) -> list[tuple[tuple[object, ...], Kind, str]]:
    """(key path, kind, id) of every id a hand annotation names."""
    match spec:
        case MentionSpec(actor=actor):
            return [(("actor",), "actor", actor)]
        case StatementSpec(claim=claim, by=by, via=via):
            return [(("claim",), "claim", claim), (("by",), "actor", by),
                    *((("via", n, "outlet"), "actor", hop.outlet) for n, hop in enumerate(via))]
        case EventSpec(event=event):
            return [(("event",), "event", event)]
        case QuotationSpec(by=by):
            return [(("by",), "actor", by)]
    return []


def unknown(at: Place, kind: Kind, value: str, known: list[str], path: KeyPath) -> Diagnostic:
    close = difflib.get_close_matches(value, known)  # at most three, 0.6 alike
    if close:
        hint = "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
    elif not known:
        hint = f"there are no {kind}s yet: add content/{kind}s/{value}.md"
    else:
        more = " ..." if len(known) > 12 else ""
        hint = f"known {kind}s: " + ", ".join(sorted(known)[:12]) + more
    return at.error(path, f"unknown {kind} '{value}'", hint)
