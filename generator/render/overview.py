"""Contexts of the pages that look across the dossier: home, sections, timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..model import paths
from ..model.dossier import Dossier
from ..model.notes import note_html
from ..model.vocabulary import (
    Stance,
)
from .lists import Listing, Pages, listing
from .pictures import network, timeline
from .rows import Quote, Ref, actor_ref, statement_row


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
    years: list[tuple[int, Listing[TimelineEntry]]]


@dataclass
class NetworkPage:
    """Actors joined by the claims they took a stance on, and its text form."""

    TEMPLATE: ClassVar[str] = "network.md.j2"
    picture: str  # inline SVG
    # actor, (stance, claim) pairs, how many more the actor's page has
    actors: Listing[tuple[Ref, list[tuple[Stance, Ref]], int]]


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


def timeline_page(d: Dossier) -> tuple[TimelinePage, Pages]:
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
    owner, made, listed = Ref("Timeline", paths.TIMELINE), [], []
    for year, rows in sorted(years.items()):
        # A year's latest ten: every year of a large dossier fits on one page.
        shown, parts = listing(rows, owner, str(year), str(year), "timeline", preview=10)
        listed.append((year, shown))
        made += parts
    return TimelinePage(timeline(d, lambda target: paths.link(paths.TIMELINE, target)),
                        listed), made


PAIRS = 6  # of an actor's stances, those the network's words name; the actor's page has all


def network_page(d: Dossier) -> tuple[NetworkPage, Pages]:
    rows = []
    for id in sorted(d.stances_by, key=lambda a: d.actors[a].name):
        pairs = sorted({(s.stance, s.claim) for s in d.stances_by[id]})
        more = len(pairs) - PAIRS
        rows.append((actor_ref(d, id), [(stance, Ref(d.claims[c].statement, paths.claim(c)))
                                        for stance, c in pairs[:PAIRS]], max(more, 0)))
    shown, parts = listing(rows, Ref("Network", paths.NETWORK), "actors", "actors", "network")
    return NetworkPage(network(d, lambda target: paths.link(paths.NETWORK, target)),
                       shown), parts
