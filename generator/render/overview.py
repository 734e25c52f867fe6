"""Contexts of the pages that look across the dossier: home, sections, timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..model import paths
from ..model.dossier import Dossier
from ..model.notes import note_html
from ..model.vocabulary import ACTOR_KINDS, KIND_LABELS
from .lists import Listing, Pages, listing
from .neighbours import actor_neighbours, claim_neighbours
from .pictures import network, timeline, whole
from .rows import Quote, Ref, statement_row


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


@dataclass(frozen=True)
class NetworkRow:
    """An actor in words: some of its ties, and how many more its page has."""

    actor: Ref
    ties: tuple[tuple[str, Ref, str], ...]  # words before, what it is tied to, words after
    more: int


@dataclass
class NetworkPage:
    """Every actor with a tie, drawn (or grouped) and said in words, with the
    way to one actor's or one claim's own ties."""

    TEMPLATE: ClassVar[str] = "network.md.j2"
    picture: str  # inline SVG
    tied: int  # actors with a tie
    grouped: tuple[bool, bool]  # actors by kind; claims by verdict (pictures/graph.py)
    kinds: list[tuple[str, Listing[NetworkRow]]]  # kind's heading, its tied actors in words
    claims: Listing[tuple[Ref, str]]  # each claim with a tie, and who is tied to it


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
                "events": len(d.events), "annotations": sum(map(len, d.annotations.values()))},
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


PAIRS = 6  # of an actor's ties, those the network's words name; the actor's page has all
AROUND = "#ties-one-step-out"  # the section of an actor's or claim's page that draws them


def network_page(d: Dossier) -> tuple[NetworkPage, Pages]:
    owner, made = Ref("Network", paths.NETWORK), []
    kinds = []
    for kind in ACTOR_KINDS:
        tied = sorted((id for id, a in d.actors.items() if a.kind == kind and id in d.ties_of),
                      key=lambda id: (d.actors[id].name, id))
        if tied:
            shown, parts = listing([_in_words(d, id) for id in tied], owner, kind,
                                   KIND_LABELS[kind].lower(), "network")
            kinds.append((KIND_LABELS[kind], shown))
            made += parts
    claims = []
    for id, c in sorted(d.claims.items()):
        actors, related = claim_neighbours(d, id).sides
        if actors or related:
            claims.append((Ref(c.statement, paths.claim(id) + AROUND),
                           _count(actors, "actor") + (f", {_count(related, 'claim')}"
                                                      if related else "")))
    shown_claims, parts = listing(claims, owner, "claims", "claims", "index",
                                  ("Claim", "Tied to"))
    graph = whole(d)
    picture = network(graph, lambda target: paths.link(paths.NETWORK, target))
    return NetworkPage(picture, graph.tied, graph.grouped, kinds, shown_claims), made + parts


def _in_words(d: Dossier, id: str) -> NetworkRow:
    """Its stances first, then whose words it carried, its affiliations, its events."""
    near = actor_neighbours(d, id)
    ties = tuple((n.before, n.ref, n.after) for n in near.near[:PAIRS])
    return NetworkRow(Ref(d.actors[id].name, paths.actor(id) + AROUND), ties,
                      len(near.near) - len(ties) + near.more)


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'s' if n != 1 else ''}"
