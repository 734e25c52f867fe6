"""One documented context per template, built from the resolved dossier.

Each `*Page` dataclass is everything its template (named in `TEMPLATE`) may
use; `tests/test_templates.py` holds the two together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from ..model import evidence, paths
from ..model.annotations import EventReport, Mention, Statement
from ..model.dossier import Dossier
from ..model.notes import note_html
from ..model.vocabulary import STANCE_HEADINGS, STANCES, VERDICT_MEANINGS, Stance
from .body import render_body
from .decorate import decorate
from .lists import Listing, Pages, Row, listing
from .neighbours import Neighbourhood, actor_neighbours, claim_neighbours
from .pictures import claim_chart, neighbourhood
from .rows import (
    MentionRow,
    Ref,
    ReportRow,
    StatementRow,
    actor_ref,
    mention_row,
    report_row,
    statement_rows,
)


@dataclass
class SourcePage:
    """A report: its card, its annotated text, and what it touches."""

    TEMPLATE: ClassVar[str] = "source.md.j2"
    title: str
    publisher: str
    byline: str
    published: str
    published_note: str
    url: str
    retrieved: str
    sha256: str  # as recorded when collected, or ""
    sha256_matches: bool  # the body below still hashes to it
    archive: str  # a web archive address or a WACZ file name, or ""
    text_file: str  # the body alone, as hashed
    note: str
    body: str  # HTML, annotations already drawn
    body_headings: tuple[tuple[str, str], ...]  # the report's subheadings: id, words
    hand: int
    auto: int
    checked: bool  # an editor reviewed the automatic annotations
    claims: list[Ref]
    events: list[Ref]
    actors: list[tuple[Ref, int]]  # actor and how often it is mentioned


@dataclass
class ActorPage:
    """An actor: who they are, what they said, where they are mentioned."""

    TEMPLATE: ClassVar[str] = "actor.md.j2"
    name: str
    kind: str
    role: str
    aliases: list[str]
    wikidata: str
    note: str  # clean HTML
    affiliations: list[Ref]
    members: list[Ref]
    statements: dict[Stance, Listing[StatementRow]]  # stance -> rows, in date order
    carried: Listing[StatementRow]  # statements whose `via` chain names this actor
    mentions: Listing[MentionRow]
    sources: Listing[tuple[Ref, int]]  # a report, and how many annotations it has here
    events: Listing[tuple[str, Ref]]  # date label, event
    related: Listing[tuple[Ref, str]]  # actor, why
    around: str  # inline SVG: its ties one step out
    neighbours: Neighbourhood  # the same in words


@dataclass
class ClaimPage:
    """A claim: statement, verdict and who says what, in date order."""

    TEMPLATE: ClassVar[str] = "claim.md.j2"
    statement: str
    chart: str  # inline SVG: statements over time
    verdict: str
    verdict_meaning: str  # the same for every claim with this verdict
    verdict_note: str  # why this claim has it
    contested: bool
    note: str
    speakers: dict[Stance, int]  # stance -> how many took it (Dossier.speakers)
    passages: int  # the chart's marks; fewer rows when two reports carry the same words
    rows: Listing[StatementRow]
    feed: str  # the Atom feed of its statements
    relations: list[tuple[str, Ref, str]]  # how it relates ("contradicted by"), claim, note
    settled_by: list[tuple[str, Ref]]  # events whose reports settle it: date label, event
    around: str  # inline SVG: its ties one step out
    neighbours: Neighbourhood  # the same in words


@dataclass
class EventPage:
    """An event: its date, its actors, and every report of it."""

    TEMPLATE: ClassVar[str] = "event.md.j2"
    title: str
    date: str
    date_text: str
    approximate: bool
    actors: list[Ref]
    note: str
    reports: Listing[ReportRow]  # one per passage
    reporting: int  # how many sources report it
    disagreements: Listing[ReportRow]


def source_page(d: Dossier, id: str) -> SourcePage:
    s = d.sources[id]
    spans = d.annotations[id]
    mentioned = Counter(a.actor for a in spans if isinstance(a, Mention) and a.actor in d.actors)
    speakers = {by for a in spans if (by := getattr(a, "by", "")) in d.actors} - set(mentioned)
    actors = [(actor_ref(d, a), n) for a, n in sorted(mentioned.items())]
    actors += [(actor_ref(d, a), 0) for a in sorted(speakers)]
    claims = sorted({a.claim for a in spans if isinstance(a, Statement) and a.claim in d.claims})
    events = sorted({a.event for a in spans if isinstance(a, EventReport) and a.event in d.events})
    return SourcePage(
        title=s.title, publisher=s.publisher, byline=s.byline, published=s.published.label(),
        published_note=s.published_note, url=s.url,
        retrieved=s.retrieved.label() if s.retrieved else "", sha256=s.sha256,
        sha256_matches=s.sha256 == evidence.body_sha256(s.body), archive=s.archive,
        text_file=paths.text(id), note=s.note,
        body=(rendered := render_body(s.body, spans, lambda a: decorate(d, a))).html,
        body_headings=rendered.headings,
        hand=sum(a.origin == "hand" for a in spans), auto=sum(a.origin == "auto" for a in spans),
        checked=s.checked,
        claims=[Ref(d.claims[c].statement, paths.claim(c)) for c in claims],
        events=[Ref(d.events[e].title, paths.event(e)) for e in events],
        actors=sorted(actors, key=lambda pair: (-pair[1], pair[0].text)),
    )


Made = tuple[Any, Pages]  # a page's context, and the pages of its long lists


def actor_page(d: Dossier, id: str) -> Made:
    a = d.actors[id]
    me = Ref(a.name, paths.actor(id))
    by_stance: dict[Stance, list[Statement]] = {}
    for s in d.stances_by.get(id, ()):
        by_stance.setdefault(s.stance, []).append(s)
    mentions = sorted(d.mentions_of.get(id, ()),
                      key=lambda m: (d.sources[m.source].published.sort_key, m.source, m.start))
    per_source = Counter(m.source for m in mentions)
    per_source.update(s.source for s in d.stances_by.get(id, ()))
    carried = [s for c in d.stances_on.values() for s in c if id in s.carriers]
    made: Pages = []

    def cut(rows: Sequence[Row], name: str, label: str, kind: str,
            columns: tuple[str, ...] = ()) -> Listing[Row]:
        shown, pages = listing(rows, me, name, label, kind, columns)
        made.extend(pages)
        return shown

    page = ActorPage(
        name=a.name, kind=a.kind, role=a.role, aliases=list(a.aliases), wikidata=a.wikidata,
        note=note_html(a.note),
        affiliations=[actor_ref(d, x) for x in a.affiliations],
        members=[actor_ref(d, x) for x in d.members.get(id, ())],
        statements={k: cut(statement_rows(d, by_stance[k]), k, STANCE_HEADINGS[k].lower(),
                           "statements", ("claim",))
                    for k in STANCES if k in by_stance},
        carried=cut(statement_rows(d, carried), "carried", "statements it carried",
                    "statements", ("actor", "claim")),
        mentions=cut([mention_row(d, m) for m in mentions], "mentions", "mentions", "mentions"),
        sources=cut([(Ref(d.sources[s].title, paths.source(s)), n)
                     for s, n in sorted(per_source.items(),
                                        key=lambda p: d.sources[p[0]].published.sort_key)],
                    "sources", "sources", "sources"),
        events=cut([(d.events[e].date.label(), Ref(d.events[e].title, paths.event(e)))
                    for e in d.events_of.get(id, ())], "events", "events", "events"),
        related=cut(related_actors(d, id), "related", "related actors", "related"),
        around=neighbourhood(near := actor_neighbours(d, id), a.kind, _link_from(me.href)),
        neighbours=near,
    )
    return page, made


def related_actors(d: Dossier, id: str) -> list[tuple[Ref, str]]:
    """Actors who took a stance on the same claims, with how they stood."""
    mine = {s.claim: s.stance for s in d.stances_by.get(id, ())}
    why: dict[str, set[str]] = {}
    for claim, stance in mine.items():
        for other in d.stances_on.get(claim, ()):
            if other.by and other.by != id and other.by in d.actors:
                agree = "agrees" if other.stance == stance else "differs"
                why.setdefault(other.by, set()).add(f"{agree} on “{d.claims[claim].statement}”")
    return [(actor_ref(d, o), _some(sorted(w), "claims")) for o, w in sorted(why.items())]


def _some(reasons: list[str], what: str, most: int = 2) -> str:
    """A few reasons, and how many more there are."""
    shown = "; ".join(reasons[:most])
    return shown + (f"; and {len(reasons) - most} more {what}" if len(reasons) > most else "")


def claim_page(d: Dossier, id: str) -> Made:
    c = d.claims[id]
    stances = d.stances_on.get(id, ())
    rows, pages = listing(statement_rows(d, stances), Ref(c.statement, paths.claim(id)),
                          "statements", "statements", "statements", ("actor",))
    return ClaimPage(
        statement=c.statement,
        chart=claim_chart(d, id, _link_from(paths.claim(id))),
        verdict=c.verdict, verdict_meaning=VERDICT_MEANINGS[c.verdict],
        verdict_note=c.verdict_note, contested=d.is_contested(id), note=note_html(c.note),
        speakers=d.speakers(id), passages=len(stances), rows=rows, feed=paths.claim_feed(id),
        relations=[(r.words, Ref(d.claims[r.other].statement, paths.claim(r.other)), r.note)
                   for r in d.relations_of.get(id, ())],
        settled_by=[(d.events[e].date.label(), Ref(d.events[e].title, paths.event(e)))
                    for e in dict.fromkeys(c.settled_by) if e in d.events],
        around=neighbourhood(near := claim_neighbours(d, id), "claim", _link_from(paths.claim(id))),
        neighbours=near,
    ), pages


def _link_from(page: str) -> Callable[[str], str]:
    """Relative addresses from `page`, for a picture drawn on it."""
    return lambda target: paths.link(page, target)


def event_page(d: Dossier, id: str) -> Made:
    e = d.events[id]
    me = Ref(e.title, paths.event(id))
    every = [report_row(d, r) for r in d.reports_of.get(id, ())]
    reports, pages = listing(every, me, "reports", "reports", "reports")
    disagreements, more = listing([r for r in every if not r.agrees], me, "disagreements",
                                  "where reports disagree", "reports")
    return EventPage(
        title=e.title, date=e.date.label(), date_text=e.date.text,
        approximate=e.date.approximate,
        actors=[actor_ref(d, a) for a in e.actors], note=note_html(e.note),
        reports=reports, reporting=d.reporting(id), disagreements=disagreements,
    ), pages + more
