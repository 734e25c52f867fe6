"""A claim's statements over time: a row per speaker and stance, a mark per passage."""

from __future__ import annotations

from markupsafe import Markup

from ...model.annotations import Statement
from ...model.dossier import Dossier
from .svg import Link, Scale, axis, frame, short, span, text
from .words import place, speaker, who_when

CLAIM_WIDTH, CLAIM_ROW = 440, 32  # a name above each row


def claim_chart(d: Dossier, claim: str, link: Link) -> Markup:
    """Who asserted and who denied a claim, over time: a row per speaker and
    stance, a mark per passage."""
    stances = d.stances_on.get(claim, ())
    if not stances:
        return Markup("")
    rows: dict[tuple[tuple[str, str], str], list[Statement]] = {}
    for s in stances:  # in date order, so the rows are too
        rows.setdefault((s.speaker, s.stance), []).append(s)
    # Names above their rows, so that the whole width is time and the chart
    # fits a phone's screen without scrolling (its text scaled to about 10px).
    scale = Scale([d.said(s) for s in stances], 10, CLAIM_WIDTH - 10)
    top = 40 if scale.months() else 26
    height = top + CLAIM_ROW * len(rows) + 4
    body = axis(scale, top, height - 4)
    for row, ((_, stance), passages) in enumerate(rows.items()):
        y = top + CLAIM_ROW * row
        who = speaker(d, passages[0])
        label = text(10, y + 14, f"{short(who, 58 - len(stance))} {stance}", "label")
        body.append(f'<a href="{link(place(passages[0]))}">{label}</a>')
        for s in passages:
            body.append(span(scale, d.said(s), y + 19, 10, f"stance {stance}",
                              who_when(d, s), link(place(s))))
    counts = ", ".join(f"{n} {k}" for k, n in d.speakers(claim).items())
    return frame("claim-chart", CLAIM_WIDTH, height, "Statements on this claim over time",
                  f"Stances: {counts}; the table below quotes each passage.", body)


