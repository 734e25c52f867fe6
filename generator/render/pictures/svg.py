"""The parts every picture is drawn with: a time scale, labels, frames and bars.

Pictures are plain SVG drawn at build time, no script: colours come from CSS
classes (so both palettes work), every mark is a link with a `<title>`, and
each picture has a caption and a table or list beside it on the page as its
text alternative. Text goes through `html` like any other value from content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from markupsafe import Markup

from ...model.edtf import Edtf
from ..escape import html as escape

Link = Callable[[str], str]  # target -> href relative to the page
ROW = 22
WIDTH = 720  # about the width of the text column, so that 12px text stays 12px
LABEL = 270  # width of the label column
QUARTERS = {1: "Jan", 4: "Apr", 7: "Jul", 10: "Oct"}  # the months an axis names


class Scale:
    """Days since `first` as x, from `left` to `right`."""

    def __init__(self, dates: list[Edtf], left: float, right: float):
        self.first = dt.date(min(d.start.first.year for d in dates), 1, 1)
        # The first day after the last year; past the calendar's end, its last day.
        last_year = max(d.end.last.year for d in dates)
        self.last = dt.date(last_year + 1, 1, 1) if last_year < dt.MAXYEAR else dt.date.max
        self.left, self.right = left, right

    def x(self, day: dt.date) -> float:
        span = (self.last - self.first).days
        return self.left + (self.right - self.left) * (day - self.first).days / span

    def years(self) -> range:
        """The years the axis marks: every one, or every few on a long span,
        so that a picture stays the same size whatever dates it holds."""
        step = -(-(self.last.year - self.first.year) // 12) or 1
        return range(self.first.year, self.last.year + 1, step)

    def months(self) -> bool:
        """Whether the span is short enough for month ticks to help."""
        return self.last.year - self.first.year <= 2


def text(x: float, y: float, words: str, cls: str, anchor: str = "start") -> str:
    # "start" is SVG's own default: left out, for pictures of many labels.
    align = f' text-anchor="{anchor}"' if anchor != "start" else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" class="{cls}"{align}>{escape(words)}</text>'


def short(words: str, n: int) -> str:
    return words if len(words) <= n else words[: n - 1].rstrip() + "…"


def frame(cls: str, width: int, height: int, title: str, desc: str, body: list[str]) -> Markup:
    label = escape(title)
    return Markup(f'<svg class="picture {cls}" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" xmlns="http://www.w3.org/2000/svg" aria-label="{label}" '
            # Left out of search: the list or table beside it says the same.
            'data-search-exclude>'
            f"<title>{label}</title><desc>{escape(desc)}</desc>{''.join(body)}</svg>")


def axis(scale: Scale, top: float, bottom: float) -> list[str]:
    """Year lines and labels; on a short span, month ticks too (Jan, Apr, Jul, Oct
    named), with the years above them."""
    marks = []
    months = scale.months()
    for year in scale.years():
        x = scale.x(dt.date(year, 1, 1))
        marks.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" class="grid"/>')
        if year == scale.last.year:
            continue
        marks.append(text(scale.x(dt.date(year, 7, 1)), top - (20 if months else 6),
                           str(year), "axis", "middle"))
        for month in range(1, 13) if months else ():
            x = scale.x(dt.date(year, month, 1))
            if month > 1:  # January has the year's line
                marks.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{top}" '
                             'class="grid"/>')
            if month in QUARTERS:
                marks.append(text(x, top - 7, QUARTERS[month], "axis tick", "middle"))
    return marks


def span(scale: Scale, date: Edtf, y: float, height: float, cls: str, title: str,
          href: str) -> str:
    """A date as a bar over every day it may mean; approximate ones look it."""
    x1 = scale.x(date.start.first)
    after = date.end.last + dt.timedelta(days=1) if date.end.last < dt.date.max else dt.date.max
    x2 = max(scale.x(after), x1 + 4)
    qualities = f" {date.precision}" + (" approximate" if date.approximate else "")
    return (f'<a href="{href}"><title>{escape(title)}</title>'
            f'<rect x="{x1:.1f}" y="{y:.1f}" width="{x2 - x1:.1f}" height="{height}" '
            f'rx="2" class="{cls}{qualities}"/></a>')


