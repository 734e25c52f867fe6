"""Counting on the calendar from a date: a date counted from another is no
more precise than the words and as sure as the date it counts from."""

from __future__ import annotations

import datetime as dt

from ...model import edtf


def qualified(text: str, reference: edtf.Edtf) -> edtf.Edtf:
    """A date counted from the report's date is as sure as that date."""
    point = reference.start
    mark = "%" if point.approximate and point.uncertain else \
        "~" if point.approximate else "?" if point.uncertain else ""
    return edtf.parse("/".join(part + mark for part in text.split("/")))


# How many days after the report's a day named without its year may fall and
# still be the one to come, in any tense: nearly a year back, the year is given.
SOON = 31


def year_of_month(reference: edtf.Edtf, month: int, day: int = 0, ahead: bool = False) -> int:
    """The year of the latest such month (or day) on or before the report's,
    or with `ahead` (or for a day within `SOON` days after it) the first on or
    after it. (Not qualified: the month is named; only near a new year could
    the report's own uncertainty change the year.)"""
    point = reference.start
    if point.month is None:
        return point.year
    if ahead or _soon(point, month, day):  # a month alone: this one is still to come
        return point.year if (month, day or 32) >= (point.month, point.day or 0) else point.year + 1
    return point.year if month <= point.month else point.year - 1


def _soon(point: edtf.Point, month: int, day: int) -> bool:
    """Whether a day named without its year comes within `SOON` days after
    the report's ("Americans vote on November 3" in late October)."""
    if not (day and point.day):
        return False
    try:
        ahead = dt.date(point.year + ((month, day) < (point.month, point.day)), month, day)
    except ValueError:  # 29 February of a common year, or past the calendar's end
        return False
    return (ahead - point.first).days <= SOON


def relative(step: int, unit: str, reference: edtf.Edtf) -> edtf.Edtf | None:
    point = reference.start
    if unit == "year":
        return qualified(f"{point.year + step}", reference)
    if unit.startswith("month") and point.month:  # "month", "month-of-the"
        year, month = divmod(point.year * 12 + point.month - 1 + step, 12)
        return qualified(f"{year}-{month + 1:02d}", reference)
    if unit.startswith("week") and point.day:
        monday = point.first - dt.timedelta(days=point.first.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        if unit == "week-earlier":  # "earlier this week": Monday to the day before the report's
            sunday = point.first - dt.timedelta(days=1)
        elif unit == "week-later":  # "later this week": the day after it to Sunday
            monday = point.first + dt.timedelta(days=1)
        if monday > sunday:  # on a Monday nothing came earlier, on a Sunday nothing later
            return None
        first, last = monday.isoformat(), sunday.isoformat()
        return qualified(first if first == last else f"{first}/{last}", reference)
    return None


def season(year: int, first: int, last: int) -> str:
    """A season as the months it spans: "2019-06/2019-08"."""
    return f"{year}-{first:02d}/{year}-{last:02d}"


def weekend(reference: edtf.Edtf) -> edtf.Edtf | None:
    """The Saturday and Sunday on or before the report's day."""
    if not reference.start.day:
        return None
    day = reference.start.first
    sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7)
    if day.weekday() == 5:  # a Saturday's report: this weekend, under way
        sunday = day + dt.timedelta(days=1)
    saturday = sunday - dt.timedelta(days=1)
    return qualified(f"{saturday.isoformat()}/{sunday.isoformat()}", reference)


def days_from(reference: edtf.Edtf, shift: int) -> edtf.Edtf | None:
    if not reference.start.day:
        return None
    return qualified((reference.start.first + dt.timedelta(days=shift)).isoformat(), reference)


def next_weekday(reference: edtf.Edtf, weekday: int) -> edtf.Edtf | None:
    """ "is due to meet on Wednesday": the first such day on or after the report's."""
    if not reference.start.day:
        return None
    day = reference.start.first
    return qualified((day + dt.timedelta(days=(weekday - day.weekday()) % 7)).isoformat(),
                      reference)


def last_weekday(reference: edtf.Edtf, weekday: int, before: bool = False) -> edtf.Edtf | None:
    """News style: "on Monday" in a Monday's report is that day; "last
    Monday" (`before`) is the one before it."""
    if not reference.start.day:
        return None
    day = reference.start.first - dt.timedelta(days=1 if before else 0)
    shift = -((day.weekday() - weekday) % 7)
    return qualified((day + dt.timedelta(days=shift)).isoformat(), reference)


def after(date: edtf.Edtf, reference: edtf.Edtf) -> bool:
    """Whether `date` begins after the report's date, as far as both say."""
    one, other = date.start, reference.start
    return (one.year, one.month or 0, one.day or 0) > (other.year, other.month or 13,
                                                       other.day or 32)


def past_its_period(date: edtf.Edtf, reference: edtf.Edtf) -> bool:
    """Whether a day falls after the report's week (Monday to Sunday), or a
    month in a later year than the report's."""
    point = date.start
    if point.day and reference.start.day:
        sunday = reference.start.first + dt.timedelta(days=6 - reference.start.first.weekday())
        return point.first > sunday
    return point.year > reference.start.year
