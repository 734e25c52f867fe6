"""A claim's statements over time: a row per speaker and stance, a mark per passage."""

from __future__ import annotations

from markupsafe import Markup

from ...model.annotations import Statement
from ...model.dossier import Dossier
from .svg import Link, Scale, axis, frame, short, span, text
from .tally import MARKS, tallied, tally_bar
from .words import place, speaker, who_when

CLAIM_WIDTH, CLAIM_ROW = 440, 32  # a name above each row


ROWS = 20  # speakers and stances a chart shows at most: those with most passages


def claim_chart(d: Dossier, claim: str, link: Link) -> Markup:
    """Who asserted and who denied a claim, over time: a row per speaker and
    stance, a mark per passage (tallied when they are many)."""
    stances = d.stances_on.get(claim, ())
    if not stances:
        return Markup("")
    rows: dict[tuple[tuple[str, str], str], list[Statement]] = {}
    for s in stances:  # in date order, so the rows are too
        rows.setdefault((s.speaker, s.stance), []).append(s)
    if len(rows) > ROWS:
        kept = sorted(rows, key=lambda k: -len(rows[k]))[:ROWS]
        rows = {k: v for k, v in rows.items() if k in kept}
    # Names above their rows, so that the whole width is time and the chart
    # fits a phone's screen without scrolling (its text scaled to about 10px).
    scale = Scale([d.said(s) for s in stances], 10, CLAIM_WIDTH - 10)
    tally = sum(len(v) for v in rows.values()) > MARKS
    top = 40 if scale.months() else 26
    height = top + CLAIM_ROW * len(rows) + 4
    body = axis(scale, top, height - 4)
    for row, ((_, stance), passages) in enumerate(rows.items()):
        y = top + CLAIM_ROW * row
        who = speaker(d, passages[0])
        label = text(10, y + 14, f"{short(who, 58 - len(stance))} {stance}", "label")
        body.append(f'<a href="{link(place(passages[0]))}">{label}</a>')
        if tally:
            body += [tally_bar(scale, t, y + 19, 10, f"of {who}") for t in
                     tallied(d, passages, scale)]
        for s in () if tally else passages:
            body.append(span(scale, d.said(s), y + 19, 10, f"stance {stance}",
                              who_when(d, s), link(place(s))))
    counts = ", ".join(f"{n} {k}" for k, n in d.speakers(claim).items())
    more = f" The {ROWS} speakers and stances with the most passages are drawn." \
        if len(rows) < len({(s.speaker, s.stance) for s in stances}) else ""
    return frame("claim-chart", CLAIM_WIDTH, height, "Statements on this claim over time",
                  f"Stances: {counts}; the table below quotes each passage.{more}", body)
