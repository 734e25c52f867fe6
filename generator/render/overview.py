"""Contexts of the pages that look across the dossier: home, sections, timeline."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

from ..model import paths
from ..model.dossier import Dossier
from ..model.notes import note_html
from ..model.vocabulary import (
    ACTOR_KINDS,
    KIND_LABELS,
    VERDICT_LABELS,
    VERDICT_MEANINGS,
    VERDICTS,
    Stance,
)
from .pictures import network, timeline
from .rows import Quote, Ref, actor_ref, statement_row


class Group(NamedTuple):
    """Rows of a section's index under one heading: a link and its details."""

    heading: str  # "" for none
    about: str  # what the heading means, or ""
    rows: list[tuple[Ref, str]]


@dataclass
class SectionPage:
    """A section's index: its entities in groups."""

    TEMPLATE: ClassVar[str] = "section.md.j2"
    title: str
    intro: str
    columns: tuple[str, str]  # the headers over the links and the details
    groups: list[Group] = field(default_factory=list)


@dataclass
class HomePage:
    """The front page: the editors' introduction, the numbers, what is hot."""

    TEMPLATE: ClassVar[str] = "home.md.j2"
    title: str
    intro: str  # Markdown from content/index.md, sanitised
    counts: dict[str, int]
    contested: list[tuple[Ref, int, int]]  # claim, how many assert it, how many deny it
    newest: list[tuple[str, Ref]]  # published label, source


@dataclass
class DataPage:
    """How to use dossier.json: its schema and an excerpt of the real data."""

    TEMPLATE: ClassVar[str] = "data.md.j2"
    schema: str
    example: str


@dataclass
class TimelineEntry:
    """An event, or one statement on a claim, at the date it happened."""

    date: str  # label, precision kept: "Jul 2019", "c. Mar 2017"
    start: str  # first day the date can mean, ISO, for machines and tests
    precision: str  # year | month | day | interval
    approximate: bool
    kind: str  # event | statement
    actor: Ref | None  # who made the statement
    stance: str
    subject: Ref  # the event or the claim
    quote: Quote | None  # the statement's words, linked to their place
    source: Ref | None
    detail: str


@dataclass
class TimelinePage:
    """Events and statements in date order, grouped by year."""

    TEMPLATE: ClassVar[str] = "timeline.md.j2"
    picture: str  # inline SVG
    years: list[tuple[int, list[TimelineEntry]]]


@dataclass
class NetworkPage:
    """Actors joined by the claims they took a stance on, and its text form."""

    TEMPLATE: ClassVar[str] = "network.md.j2"
    picture: str  # inline SVG
    actors: list[tuple[Ref, list[tuple[Stance, Ref]]]]  # actor, (stance, claim) pairs


def home_page(d: Dossier) -> HomePage:
    contested = []
    for id, claim in d.claims.items():
        if d.is_contested(id):
            speakers = d.speakers(id)
            contested.append((Ref(claim.statement, paths.claim(id)),
                              speakers["asserts"], speakers["denies"]))
    contested.sort(key=lambda c: (-(c[1] + c[2]), c[0].text))
    newest = sorted(d.sources.values(), key=lambda s: (s.published.sort_key, s.id), reverse=True)
    return HomePage(
        title=d.home.title,
        intro=note_html(d.home.text),
        counts={"sources": len(d.sources), "actors": len(d.actors), "claims": len(d.claims),
                "events": len(d.events), "annotations": len(d.all_annotations())},
        contested=contested[:5],
        newest=[(s.published.label(), Ref(s.title, paths.source(s.id))) for s in newest[:5]],
    )


def timeline_page(d: Dossier) -> TimelinePage:
    entries = []
    for id, e in d.events.items():
        reports = d.reporting(id)
        entries.append((e.date, TimelineEntry(
            e.date.label(), e.date.start.first.isoformat(), e.date.precision,
            e.date.approximate, "event", None, "", Ref(e.title, paths.event(id)),
            None, None, f"{reports} report{'s' if reports != 1 else ''}")))
    for stances in d.stances_on.values():
        for s in stances:
            row = statement_row(d, s)
            said = d.said(s)
            entries.append((said, TimelineEntry(
                row.date, said.start.first.isoformat(), said.precision, said.approximate,
                "statement", row.actor, s.stance, row.claim, row.quote, row.source, "")))
    entries.sort(key=lambda p: (p[0].sort_key, p[1].kind, p[1].subject.text,
                                 p[1].quote.href if p[1].quote else ""))
    years: dict[int, list[TimelineEntry]] = {}
    for date, entry in entries:
        years.setdefault(date.start.year, []).append(entry)
    return TimelinePage(timeline(d, lambda target: paths.link(paths.TIMELINE, target)),
                        sorted(years.items()))


def network_page(d: Dossier) -> NetworkPage:
    rows = []
    for id in sorted(d.stances_by, key=lambda a: d.actors[a].name):
        pairs = sorted({(s.stance, s.claim) for s in d.stances_by[id]})
        rows.append((actor_ref(d, id), [(stance, Ref(d.claims[c].statement, paths.claim(c)))
                                        for stance, c in pairs]))
    return NetworkPage(network(d, lambda target: paths.link(paths.NETWORK, target)), rows)


def _who_says(speakers: Mapping[Stance, int]) -> str:
    return ", ".join(f"{n} {stance}" for stance, n in speakers.items()) or "no statement yet"


def section_pages(d: Dossier) -> dict[paths.Section, SectionPage]:
    by_date = sorted(d.sources.items(), key=lambda p: (p[1].published.sort_key, p[0]), reverse=True)
    sources = SectionPage("Sources", "Every report in the dossier, newest first.",
                          ("Report", "Published · publisher"), [Group("", "", [
                              (Ref(s.title, paths.source(id)),
                               f"{s.published.label()} · {s.publisher or 'publisher not named'}")
                              for id, s in by_date])])
    actors = SectionPage("Actors", "People, organisations, states and outlets, by kind.",
                         ("Name", "Role"))
    for kind in ACTOR_KINDS:
        label = KIND_LABELS[kind]
        rows = [(Ref(a.name, paths.actor(id)), a.role)
                for id, a in sorted(d.actors.items(), key=lambda p: p[1].name)
                if a.kind == kind]
        if rows:
            actors.groups.append(Group(label, "", rows))
    claims = SectionPage("Claims", "What the reports put forward or dispute, by verdict.",
                         ("Claim", "Speakers by stance"))
    for verdict in VERDICTS:
        label = VERDICT_LABELS[verdict]
        rows = [(Ref(c.statement, paths.claim(id)), _who_says(d.speakers(id))
                 + (" · contested" if d.is_contested(id) else ""))
                for id, c in sorted(d.claims.items()) if c.verdict == verdict]
        if rows:
            claims.groups.append(Group(label, VERDICT_MEANINGS[verdict], rows))
    by_day = sorted(d.events.items(), key=lambda p: (p[1].date.sort_key, p[0]))
    events = SectionPage("Events", "What happened, oldest first.", ("Event", "Date"), [Group(
        "", "", [(Ref(e.title, paths.event(id)), e.date.label()) for id, e in by_day])])
    return {"sources": sources, "actors": actors, "claims": claims, "events": events}
