"""The sections' own pages: every source, actor, claim and event, in groups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

from ..model import paths
from ..model.dossier import Dossier
from ..model.vocabulary import (
    ACTOR_KINDS,
    KIND_LABELS,
    VERDICT_LABELS,
    VERDICT_MEANINGS,
    VERDICTS,
    Stance,
)
from .lists import Listing, Pages, listing
from .rows import Ref


class Group(NamedTuple):
    """Rows of a section's index under one heading: a link and its details."""

    heading: str  # "" for none
    about: str  # what the heading means, or ""
    rows: Listing[tuple[Ref, str]]


@dataclass
class SectionPage:
    """A section's index: its entities in groups."""

    TEMPLATE: ClassVar[str] = "section.md.j2"
    title: str
    intro: str
    columns: tuple[str, str]  # the headers over the links and the details
    groups: list[Group] = field(default_factory=list)


def _who_says(speakers: Mapping[Stance, int]) -> str:
    return ", ".join(f"{n} {stance}" for stance, n in speakers.items()) or "no statement yet"


Rows = list[tuple[Ref, str]]


def section_pages(d: Dossier) -> tuple[dict[paths.Section, SectionPage], Pages]:
    """Each section's page, and the pages of its long groups."""
    made: Pages = []

    def page(section: paths.Section, intro: str, columns: tuple[str, str],
             groups: list[tuple[str, str, Rows]], newest_first: bool = False) -> SectionPage:
        title = section.capitalize()
        owner = Ref(title, paths.index(section))
        page = SectionPage(title, intro, columns)
        for heading, about, rows in groups:
            if rows:
                name = heading.lower().replace(" ", "-") or "all"
                shown, parts = listing(rows, owner, name, heading.lower() or "all", "index",
                                       columns, newest_first)
                page.groups.append(Group(heading, about, shown))
                made.extend(parts)
        return page

    return {"sources": page("sources", "Every report in the dossier, newest first.",
                            ("Report", "Published · publisher"), [("", "", _sources(d))],
                            newest_first=True),
            "actors": page("actors", "People, organisations, states and outlets, by kind.",
                           ("Name", "Role"), _actors(d)),
            "claims": page("claims", "What the reports put forward or dispute, by verdict.",
                           ("Claim", "Speakers by stance"), _claims(d)),
            "events": page("events", "What happened, oldest first.", ("Event", "Date"),
                           [("", "", _events(d))])}, made


def _sources(d: Dossier) -> Rows:
    by_date = sorted(d.sources.items(), key=lambda p: (p[1].published.sort_key, p[0]), reverse=True)
    return [(Ref(s.title, paths.source(id)),
             f"{s.published.label()} · {s.publisher or 'publisher not named'}")
            for id, s in by_date]


def _actors(d: Dossier) -> list[tuple[str, str, Rows]]:
    by_name = sorted(d.actors.items(), key=lambda p: p[1].name)
    return [(KIND_LABELS[kind], "", [(Ref(a.name, paths.actor(id)), a.role)
                                     for id, a in by_name if a.kind == kind])
            for kind in ACTOR_KINDS]


def _claims(d: Dossier) -> list[tuple[str, str, Rows]]:
    return [(VERDICT_LABELS[verdict], VERDICT_MEANINGS[verdict],
             [(Ref(c.statement, paths.claim(id)), _who_says(d.speakers(id))
               + (" · contested" if d.is_contested(id) else ""))
              for id, c in sorted(d.claims.items()) if c.verdict == verdict])
            for verdict in VERDICTS]


def _events(d: Dossier) -> Rows:
    by_day = sorted(d.events.items(), key=lambda p: (p[1].date.sort_key, p[0]))
    return [(Ref(e.title, paths.event(id)), e.date.label()) for id, e in by_day]
