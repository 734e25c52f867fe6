"""Stage 3, resolve: check every reference and link everything both ways."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, error
from .edtf import Edtf
from .frontmatter_yaml import Document
from .model import STANCES, Actor, AnnotatedCorpus, Annotation, Claim, Event, Source


@dataclass
class Dossier:
    """The whole page graph: every entity and every link between them."""

    sources: dict[str, Source]
    actors: dict[str, Actor]
    claims: dict[str, Claim]
    events: dict[str, Event]
    annotations: dict[str, list[Annotation]]  # source id -> spans in body order
    home: str = ""
    home_title: str = ""
    mentions_of: dict[str, list[Annotation]] = field(default_factory=dict)
    stances_by: dict[str, list[Annotation]] = field(default_factory=dict)
    stances_on: dict[str, list[Annotation]] = field(default_factory=dict)
    reports_of: dict[str, list[Annotation]] = field(default_factory=dict)
    events_of: dict[str, list[str]] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)

    def is_contested(self, claim: str) -> bool:
        stances = {a.stance for a in self.stances_on.get(claim, [])}
        return {"asserts", "denies"} <= stances

    def speakers(self, claim: str) -> dict[str, int]:
        """How many speakers took each stance on a claim, in STANCES order. Who,
        not how many passages: an official quoted twice is one denial, and a
        report speaking for itself counts once."""
        said = {(a.stance, a.speaker) for a in self.stances_on.get(claim, [])}
        counts = {k: sum(stance == k for stance, _ in said) for k in STANCES}
        return {k: n for k, n in counts.items() if n}

    def reporting(self, event: str) -> int:
        """How many sources report an event (not how many passages)."""
        return len({r.source for r in self.reports_of.get(event, [])})

    def said(self, a: Annotation) -> Edtf:
        """When a stance was taken: as the report says, else by its publication."""
        return a.said or self.sources[a.source].published

    def all_annotations(self) -> list[Annotation]:
        return [a for source in sorted(self.annotations) for a in self.annotations[source]]


def resolve(annotated: AnnotatedCorpus) -> tuple[Dossier, list[Diagnostic]]:
    c = annotated.corpus
    dossier = Dossier(c.sources, c.actors, c.claims, c.events, annotated.annotations, c.home,
                      c.home_title)
    problems = _check_references(dossier) + _check_dates(dossier)
    _link(dossier)
    return dossier, problems


def _check_references(d: Dossier) -> list[Diagnostic]:
    tables = {"actor": d.actors, "claim": d.claims, "event": d.events}
    problems = []

    def check(doc: Document, kind: str, value: str, *path: object) -> None:
        if value and value not in tables[kind]:
            problems.append(_unknown(doc, kind, value, list(tables[kind]), path))

    for actor in d.actors.values():
        for i, other in enumerate(actor.affiliations):
            check(actor.doc, "actor", other, "affiliations", i)
    for event in d.events.values():
        for i, other in enumerate(event.actors):
            check(event.doc, "actor", other, "actors", i)
    for source in d.sources.values():
        for spec in source.annotations:
            for key, kind in (("actor", "actor"), ("by", "actor"), ("via", "actor"),
                              ("claim", "claim"), ("event", "event")):
                value = spec.get(key)
                if isinstance(value, str):
                    check(source.doc, kind, value, "annotations", spec.index, key)
    return problems


def _check_dates(d: Dossier) -> list[Diagnostic]:
    """A report cannot tell of what happened after it, nor quote words not yet said."""
    problems = []
    today = dt.date.today()
    for source in d.sources.values():
        published = source.published
        if published.start.first > today:
            line, col = source.doc.where("published")
            problems.append(error(source.doc.path, line, col,
                                  f"published {published.label()}, which is in the future",
                                  "check the year"))
        for spec in source.annotations:
            event = d.events.get(spec.get("event") or "")
            said = spec.get("said")
            if event and event.date.start.first > published.end.last:
                line, col = source.doc.where("annotations", spec.index, "event")
                problems.append(error(
                    source.doc.path, line, col,
                    f"event '{event.id}' is dated {event.date.label()}, after this report "
                    f"({published.label()})",
                    "check the event's date, the report's `published`, or the event id"))
            date = spec.get("date")
            if event and isinstance(date, Edtf) and date.start.first > published.end.last:
                line, col = source.doc.where("annotations", spec.index, "date")
                problems.append(error(
                    source.doc.path, line, col,
                    f"the report dates the event {date.label()}, after the report itself "
                    f"({published.label()})", "check the date, or the report's `published`"))
            if isinstance(said, Edtf) and said.start.first > published.end.last:
                line, col = source.doc.where("annotations", spec.index, "said")
                problems.append(error(
                    source.doc.path, line, col,
                    f"said {said.label()}, after this report ({published.label()})",
                    "a report quotes what was said before it was published"))
    return problems


def _unknown(doc: Document, kind: str, value: str, known: list[str],
             path: tuple[object, ...]) -> Diagnostic:
    line, col = doc.where(*path)
    close = difflib.get_close_matches(value, known, n=3, cutoff=0.6)
    if close:
        hint = "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
    elif not known:
        hint = f"there are no {kind}s yet: add content/{kind}s/{value}.md"
    else:
        more = " ..." if len(known) > 12 else ""
        hint = f"known {kind}s: " + ", ".join(sorted(known)[:12]) + more
    return error(doc.path, line, col, f"unknown {kind} '{value}'", hint)


def _link(d: Dossier) -> None:
    mentions, by, on, reports = (defaultdict(list) for _ in range(4))
    for a in d.all_annotations():
        if a.kind == "mention" and a.actor in d.actors:
            mentions[a.actor].append(a)
        elif a.kind == "stance" and a.claim in d.claims:
            on[a.claim].append(a)
            if a.by in d.actors:
                by[a.by].append(a)
        elif a.kind == "event" and a.event in d.events:
            reports[a.event].append(a)

    def when(a: Annotation) -> tuple[object, ...]:
        said = d.said(a)
        return (said.sort_key, d.sources[a.source].published.sort_key, a.source, a.start)

    d.mentions_of = dict(mentions)
    d.stances_by = {k: sorted(v, key=when) for k, v in by.items()}
    d.stances_on = {k: sorted(v, key=when) for k, v in on.items()}
    d.reports_of = {k: sorted(v, key=when) for k, v in reports.items()}
    events_of = defaultdict(list)
    for event in sorted(d.events.values(), key=lambda e: (e.date.sort_key, e.id)):
        for actor in event.actors:
            events_of[actor].append(event.id)
    d.events_of = dict(events_of)
    members = defaultdict(list)
    for actor in sorted(d.actors):
        for other in d.actors[actor].affiliations:
            members[other].append(actor)
    d.members = dict(members)
