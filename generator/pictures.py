"""Pictures drawn at build time as inline SVG: the timeline, the network of
actors and claims, and each claim's statements over time.

Plain SVG, no script: colours come from CSS classes (so both palettes work),
every mark is a link with a `<title>`, and each picture has a caption and a
table or list beside it on the page as its text alternative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from .edtf import Edtf
from .model import STANCES, Annotation
from .resolve import Dossier
from .rows import when_said

Link = Callable[[str], str]  # site-root path -> href relative to the page
ROW = 22
WIDTH = 720  # about the width of the text column, so that 12px text stays 12px
LABEL = 270  # width of the label column
QUARTERS = {1: "Jan", 4: "Apr", 7: "Jul", 10: "Oct"}  # the months an axis names
CLAIM_WIDTH, CLAIM_ROW = 440, 32  # a claim's chart: a name above each row


class Scale:
    """Days since `first` as x, from `left` to `right`."""

    def __init__(self, dates: list[Edtf], left: float, right: float):
        self.first = dt.date(min(d.start.first.year for d in dates), 1, 1)
        self.last = dt.date(max(d.end.last.year for d in dates) + 1, 1, 1)
        self.left, self.right = left, right

    def x(self, day: dt.date) -> float:
        span = (self.last - self.first).days
        return self.left + (self.right - self.left) * (day - self.first).days / span

    def years(self) -> range:
        return range(self.first.year, self.last.year + 1)

    def months(self) -> bool:
        """Whether the span is short enough for month ticks to help."""
        return self.last.year - self.first.year <= 2


def _text(x: float, y: float, text: str, cls: str, anchor: str = "start") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" class="{cls}" text-anchor="{anchor}">'
            f"{escape(text)}</text>")


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _frame(cls: str, width: int, height: int, title: str, desc: str, body: list[str]) -> str:
    label = escape(title)
    return (f'<svg class="picture {cls}" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" xmlns="http://www.w3.org/2000/svg" aria-label="{label}" '
            # Left out of search: the list or table beside it says the same.
            'data-search-exclude>'
            f"<title>{label}</title><desc>{escape(desc)}</desc>{''.join(body)}</svg>")


def _axis(scale: Scale, top: float, bottom: float) -> list[str]:
    """Year lines and labels; on a short span, month ticks too (Jan, Apr, Jul, Oct
    named), with the years above them."""
    marks = []
    months = scale.months()
    for year in scale.years():
        x = scale.x(dt.date(year, 1, 1))
        marks.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" class="grid"/>')
        if year == scale.last.year:
            continue
        marks.append(_text(scale.x(dt.date(year, 7, 1)), top - (20 if months else 6),
                           str(year), "axis", "middle"))
        for month in range(1, 13) if months else ():
            x = scale.x(dt.date(year, month, 1))
            if month > 1:  # January has the year's line
                marks.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{top}" '
                             'class="grid"/>')
            if month in QUARTERS:
                marks.append(_text(x, top - 7, QUARTERS[month], "axis tick", "middle"))
    return marks


def _span(scale: Scale, date: Edtf, y: float, height: float, cls: str, title: str,
          href: str) -> str:
    """A date as a bar over every day it may mean; approximate ones look it."""
    x1 = scale.x(date.start.first)
    x2 = max(scale.x(date.end.last + dt.timedelta(days=1)), x1 + 4)
    qualities = f" {date.precision}" + (" approximate" if date.approximate else "")
    return (f'<a href="{href}"><title>{escape(title)}</title>'
            f'<rect x="{x1:.1f}" y="{y:.1f}" width="{x2 - x1:.1f}" height="{height}" '
            f'rx="2" class="{cls}{qualities}"/></a>')


def timeline(d: Dossier, link: Link) -> str:
    """Events as bars and statements on each claim as marks, by date."""
    events = sorted(d.events.items(), key=lambda p: (p[1].date.sort_key, p[0]))
    claims = [(id, d.stances_on[id]) for id in sorted(d.stances_on)]
    dates = [e.date for _, e in events] + [d.said(s) for _, ss in claims for s in ss]
    if not dates:
        return ""
    width, top = WIDTH, 34
    height = top + ROW * (len(events) + len(claims) + 1) + 10
    scale = Scale(dates, LABEL + 10, width - 10)
    body = _axis(scale, top, height - 6)
    y = top
    for id, e in events:
        href = link(f"events/{id}.md")
        label = _text(LABEL, y + 14, _short(e.title, 40), "label", "end")
        body.append(f'<a href="{href}">{label}</a>')
        body.append(_span(scale, e.date, y + 4, 12, "event", f"{e.title}: {e.date.label()}", href))
        y += ROW
    y += ROW
    body.append(_text(LABEL, y - 6, "Statements on each claim", "heading", "end"))
    for id, stances in claims:
        statement = d.claims[id].statement
        body.append(f'<a href="{link(f"claims/{id}.md")}">'
                    f'{_text(LABEL, y + 14, _short(statement, 40), "label", "end")}</a>')
        for s in stances:
            # Each stance its own lane in the row: a denial never hides an assertion.
            lane = y + 3 + 4 * STANCES.index(s.stance) if s.stance in STANCES else y + 6
            body.append(_span(scale, d.said(s), lane, 4, f"stance {s.stance}",
                              f"{_who_when(d, s)}: {statement}",
                              link(_place(s))))
        y += ROW
    return _frame("timeline-picture", width, height, "Timeline of events and statements",
                  f"{len(events)} events and the statements on {len(claims)} claims, by date. "
                  "A bar covers every day a date may mean; dashed bars are approximate.", body)


def claim_chart(d: Dossier, claim: str, link: Link) -> str:
    """Who asserted and who denied a claim, over time: a row per speaker and
    stance, a mark per passage."""
    stances = d.stances_on.get(claim, [])
    if not stances:
        return ""
    rows: dict[tuple[tuple[str, str], str], list[Annotation]] = {}
    for s in stances:  # in date order, so the rows are too
        rows.setdefault((s.speaker, s.stance), []).append(s)
    # Names above their rows, so that the whole width is time and the chart
    # fits a phone's screen without scrolling (its text scaled to about 10px).
    scale = Scale([d.said(s) for s in stances], 10, CLAIM_WIDTH - 10)
    top = 40 if scale.months() else 26
    height = top + CLAIM_ROW * len(rows) + 4
    body = _axis(scale, top, height - 4)
    for row, ((_, stance), passages) in enumerate(rows.items()):
        y = top + CLAIM_ROW * row
        who = _speaker(d, passages[0])
        text = _text(10, y + 14, f"{_short(who, 58 - len(stance))} {stance}", "label")
        body.append(f'<a href="{link(_place(passages[0]))}">{text}</a>')
        for s in passages:
            body.append(_span(scale, d.said(s), y + 19, 10, f"stance {stance}",
                              _who_when(d, s), link(_place(s))))
    counts = ", ".join(f"{n} {k}" for k, n in d.speakers(claim).items())
    return _frame("claim-chart", CLAIM_WIDTH, height, "Statements on this claim over time",
                  f"Stances: {counts}; the table below quotes each passage.", body)


def _speaker(d: Dossier, s: Annotation) -> str:
    """The speaker's name, or the report's when it speaks for itself."""
    if s.by in d.actors:
        return d.actors[s.by].name
    source = d.sources[s.source]
    return f"{source.publisher or 'The report'} of {source.published.label()}"


def _who_when(d: Dossier, s: Annotation) -> str:
    """A mark's tip: who took which stance, and when, unless the name says it."""
    when = f" ({when_said(d, s)})" if s.by in d.actors else ""
    return f"{_speaker(d, s)} {s.stance}{when}"


def _place(s: Annotation) -> str:
    return f"sources/{s.source}.md#{s.anchor}"


def network(d: Dossier, link: Link) -> str:
    """Actors joined to the claims they took a stance on, and to their affiliations."""
    edges = sorted({(s.by, s.claim, s.stance) for ss in d.stances_on.values() for s in ss
                    if s.by in d.actors})
    speakers = {a for a, _, _ in edges}
    linked = speakers | {o for a in speakers for o in d.actors[a].affiliations if o in d.actors}
    if not edges:
        return ""
    affiliated = {a: [o for o in d.actors[a].affiliations if o in linked] for a in linked}
    rows = max(len(linked), len({c for _, c, _ in edges}))
    width, top = WIDTH, 30
    height = top + ROW * rows + 10
    ax, cx = 230, 420
    ay, cy = _layers(sorted(linked, key=lambda a: d.actors[a].name),
                     [(a, c) for a, c, _ in edges], affiliated, rows)
    ay = {a: top + ROW * y + 10 for a, y in ay.items()}
    cy = {c: top + ROW * y + 10 for c, y in cy.items()}
    actors, claims = list(ay), list(cy)
    body = [_text(ax, 16, "Actors", "heading", "end"), _text(cx, 16, "Claims", "heading")]
    for a in actors:
        for other in d.actors[a].affiliations:
            if other in ay:
                bend = ax + 20 + abs(ay[a] - ay[other]) / 5
                body.append(f'<path d="M{ax} {ay[a]} C{bend:.0f} {ay[a]} {bend:.0f} {ay[other]} '
                            f'{ax} {ay[other]}" class="edge affiliation"/>')
    for a, c, stance in edges:
        mid = (ax + cx) / 2
        body.append(f'<path d="M{ax} {ay[a]} C{mid} {ay[a]} {mid} {cy[c]} {cx} {cy[c]}" '
                    f'class="edge stance {stance}"><title>{escape(d.actors[a].name)} {stance}: '
                    f"{escape(d.claims[c].statement)}</title></path>")
    for a in actors:
        name = d.actors[a].name
        body.append(f'<a href="{link(f"actors/{a}.md")}"><title>{escape(name)}</title>'
                    f'<circle cx="{ax}" cy="{ay[a]}" r="5" class="node {d.actors[a].kind}"/>'
                    f'{_text(ax - 10, ay[a] + 4, _short(name, 30), "label", "end")}</a>')
    for c in claims:
        statement = d.claims[c].statement
        text = _text(cx + 10, cy[c] + 4, _short(statement, 42), "label")
        body.append(f'<a href="{link(f"claims/{c}.md")}"><title>{escape(statement)}</title>'
                    f'<rect x="{cx - 5}" y="{cy[c] - 5}" width="10" height="10" '
                    f'class="node claim"/>{text}</a>')
    return _frame("network-picture", width, height, "Network of actors and claims",
                  f"{len(actors)} actors joined to the {len(claims)} claims they asserted, "
                  "denied, doubted or reported (solid green asserts, dashed red denies), and "
                  "to the actors they are affiliated with (grey arcs).", body)


def _layers(actors: list[str], edges: list[tuple[str, str]], affiliated: dict[str, list[str]],
            rows: int) -> tuple[dict[str, float], dict[str, float]]:
    """Rows for actors and claims with few crossings (the barycentre method):
    each side sorts by the mean row of its neighbours, a few times over, and
    spreads evenly over the same height, so edges stay short at any size."""
    claims = sorted({c for _, c in edges})
    neighbours: dict[str, list[str]] = {x: [] for x in actors + claims}
    for a, c in edges:
        neighbours[a].append(c)
        neighbours[c].append(a)
    for a, others in affiliated.items():
        if not neighbours[a]:  # affiliated only: sit beside those it is tied to
            neighbours[a] = [o for o in others if neighbours[o]]

    def spread(items: list[str]) -> dict[str, float]:
        step = (rows - 1) / max(len(items) - 1, 1)
        return {x: i * step for i, x in enumerate(items)}

    ay, cy = spread(actors), spread(claims)
    for _ in range(6):
        cy = spread(sorted(claims, key=lambda c: (_mean(neighbours[c], ay), c)))
        ay = spread(sorted(actors, key=lambda a: (_mean(neighbours[a], cy | ay), a)))
    return ay, cy


def _mean(items: list[str], rows: dict[str, float]) -> float:
    values = [rows[x] for x in items if x in rows]
    return sum(values) / len(values) if values else 0.0
