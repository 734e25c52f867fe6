"""The timeline: events as bars, and the statements on each claim as marks."""

from __future__ import annotations

from markupsafe import Markup

from ...model import paths
from ...model.dossier import Dossier
from ...model.vocabulary import STANCES
from .svg import LABEL, ROW, WIDTH, Link, Scale, axis, frame, short, span, text
from .words import place, who_when


def timeline(d: Dossier, link: Link) -> Markup:
    """Events as bars and statements on each claim as marks, by date."""
    events = sorted(d.events.items(), key=lambda p: (p[1].date.sort_key, p[0]))
    claims = [(id, d.stances_on[id]) for id in sorted(d.stances_on)]
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
    for id, stances in claims:
        statement = d.claims[id].statement
        body.append(f'<a href="{link(paths.claim(id))}">'
                    f'{text(LABEL, y + 14, short(statement, 40), "label", "end")}</a>')
        for s in stances:
            # Each stance its own lane in the row: a denial never hides an assertion.
            lane = y + 3 + 4 * STANCES.index(s.stance) if s.stance in STANCES else y + 6
            body.append(span(scale, d.said(s), lane, 4, f"stance {s.stance}",
                              f"{who_when(d, s)}: {statement}",
                              link(place(s))))
        y += ROW
    return frame("timeline-picture", width, height, "Timeline of events and statements",
                  f"{len(events)} events and the statements on {len(claims)} claims, by date. "
                  "A bar covers every day a date may mean; dashed bars are approximate.", body)


