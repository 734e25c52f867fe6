"""The timeline: events as bars, and the statements on each claim as marks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from markupsafe import Markup

from ...model import paths
from ...model.dossier import Dossier
from ...model.vocabulary import STANCES
from .svg import LABEL, ROW, WIDTH, Link, Scale, axis, frame, short, span, text
from .tally import MARKS, tallied, tally_bar
from .words import place, who_when

ROWS = 25  # events, and claims, a picture shows at most: the most reported


def timeline(d: Dossier, link: Link) -> Markup:
    """Events as bars and statements on each claim as marks, by date; on a
    large dossier the most reported events and claims, their marks tallied."""
    events = _most(sorted(d.events.items(), key=lambda p: (p[1].date.sort_key, p[0])),
                   lambda id: d.reporting(id))
    claims = _most([(id, d.stances_on[id]) for id in sorted(d.stances_on)],
                   lambda id: len(d.stances_on[id]))
    dates = [e.date for _, e in events] + [d.said(s) for _, ss in claims for s in ss]
    if not dates:
        return Markup("")
    width, top = WIDTH, 34
    height = top + ROW * (len(events) + len(claims) + 1) + 10
    scale = Scale(dates, LABEL + 10, width - 10)
    body = axis(scale, top, height - 6)
    y = top
    for id, e in events:
        href = link(paths.event(id))
        label = text(LABEL, y + 14, short(e.title, 40), "label", "end")
        body.append(f'<a href="{href}">{label}</a>')
        body.append(span(scale, e.date, y + 4, 12, "event", f"{e.title}: {e.date.label()}", href))
        y += ROW
    y += ROW
    body.append(text(LABEL, y - 6, "Statements on each claim", "heading", "end"))
    tally = sum(len(ss) for _, ss in claims) > MARKS
    for id, stances in claims:
        statement = d.claims[id].statement
        body.append(f'<a href="{link(paths.claim(id))}">'
                    f'{text(LABEL, y + 14, short(statement, 40), "label", "end")}</a>')
        if tally:
            body += [tally_bar(scale, t, y + 3, 14, f"on “{short(statement, 60)}”")
                     for t in tallied(d, stances, scale)]
        for s in () if tally else stances:
            # Each stance its own lane in the row: a denial never hides an assertion.
            lane = y + 3 + 4 * STANCES.index(s.stance) if s.stance in STANCES else y + 6
            body.append(span(scale, d.said(s), lane, 4, f"stance {s.stance}",
                              f"{who_when(d, s)}: {statement}",
                              link(place(s))))
        y += ROW
    desc = f"{len(events)} events and the statements on {len(claims)} claims, by date. A bar " \
        "covers every day a date may mean; dashed bars are approximate."
    if (len(events), len(claims)) != (len(d.events), len(d.stances_on)):
        desc += " Only the events most reported and the claims most spoken of are drawn; " \
            "the tables below list every one."
    if tally:
        desc += " Statements are tallied by stretch of time, each bar in the colour of the " \
            "stance most of them take."
    return frame("timeline-picture", width, height, "Timeline of events and statements", desc,
                 body)


T = TypeVar("T")


def _most(items: list[tuple[str, T]], weight: Callable[[str], int]) -> list[tuple[str, T]]:
    """At most ROWS of the items, the weightiest, in their own order."""
    if len(items) <= ROWS:
        return items
    kept = {id for id, _ in sorted(items, key=lambda p: (-weight(p[0]), p[0]))[:ROWS]}
    return [p for p in items if p[0] in kept]
