"""EDTF (ISO 8601-2) dates, level 0 and the level 1 qualifiers and intervals.

A date keeps the precision its text gives: "2019-07" is the whole of July,
"2017-03~" is about March 2017. Nothing here invents a day or a month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[?~%])?$")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

FORMS = "YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~ (approximate) or ? " \
    "(uncertain), or an interval A/B of two such dates"


class EdtfError(ValueError):
    """A text that is not an EDTF date this project understands."""


@dataclass(frozen=True)
class Point:
    """One calendar date at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> dt.date:
        if self.day:
            return self.first
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def label(self, with_year: bool = True) -> str:
        parts = [str(self.day)] if self.day else []
        if self.month:
            parts.append(_MONTHS[self.month - 1])
        if with_year:
            parts.append(str(self.year))
        text = " ".join(parts)
        if self.approximate:
            text = "c. " + text
        return text + "?" if self.uncertain else text


@dataclass(frozen=True)
class Edtf:
    """A parsed date or interval; `text` is the EDTF as written."""

    text: str
    start: Point
    end: Point

    @property
    def is_interval(self) -> bool:
        return self.start != self.end

    @property
    def precision(self) -> str:
        if self.is_interval:
            return "interval"
        return "day" if self.start.day else "month" if self.start.month else "year"

    @property
    def approximate(self) -> bool:
        return self.start.approximate or self.end.approximate

    @property
    def sort_key(self) -> tuple[dt.date, dt.date]:
        return (self.start.first, self.end.last)

    def overlaps(self, other: Edtf) -> bool:
        return self.start.first <= other.end.last and other.start.first <= self.end.last

    def label(self) -> str:
        """A reader's rendering: "Jul 2019", "c. Mar 2017", "5–7 Dec 2019"."""
        if not self.is_interval:
            return self.start.label()
        a, b = self.start, self.end
        plain = not (a.approximate or a.uncertain or b.approximate or b.uncertain)
        if plain and a.year == b.year and a.month == b.month and a.day and b.day:
            return f"{a.day}–{b.label()}"
        # "Jul – 4 Nov 2019", but a year alone keeps its number: "2019 – Nov 2019".
        short = a.year == b.year and a.month is not None and plain
        return f"{a.label(with_year=not short)} – {b.label()}"


def _point(text: str) -> Point:
    match = _DATE.match(text)
    if not match:
        raise EdtfError(f"'{text}' is not an EDTF date")
    year, month, day = (int(v) if v else None for v in match.group("y", "m", "d"))
    assert year is not None
    if year == 0:
        raise EdtfError(f"'{text}': there is no year 0000")
    if month is not None and not 1 <= month <= 12:
        raise EdtfError(f"'{text}' has no month {month:02d}")
    if day is not None:
        try:
            dt.date(year, month or 1, day)
        except ValueError:
            last = calendar.monthrange(year, month or 1)[1]
            raise EdtfError(f"'{text}' is not a day of the calendar: "
                            f"{calendar.month_name[month or 1]} {year} has {last} days") from None
    q = match.group("q")
    return Point(year, month, day, approximate=q in ("~", "%"), uncertain=q in ("?", "%"))


def parse(text: str) -> Edtf:
    """Parse `text`, raising EdtfError with a message fit for a contributor."""
    text = str(text).strip()
    if "/" in text:
        left, _, right = text.partition("/")
        start, end = _point(left), _point(right)
        if start.first > end.last:
            raise EdtfError(f"interval '{text}' ends before it starts")
        return Edtf(text, start, end)
    point = _point(text)
    return Edtf(text, point, point)
