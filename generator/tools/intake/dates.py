"""Dates as news pages print them, in English, Turkish and Russian: "23 AUG
2021, 14:05", "Nov. 4, 2019", "Sun 23rd August 2020", "23.08.2022 14:30",
"2019-11-05 03:41:12", "23 Ağustos 2021", "23 августа", "Oct 23", "7/12/19". Each
keeps only the precision it was printed with: no year, no day, is no year,
no day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .words import (
    LABEL_WORDS,
    MONTH,
    PUBLISHED_LABEL,
    TIME_ZONES,
    UPDATE_LABEL,
    WEEKDAY,
    month_number,
)

_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_SHAPES = (
    r"\b(?P<y>(?:19|20)\d\d)-(?P<n>\d\d)-(?P<d>\d\d)(?:\b|(?=T\d))",  # ISO, a time or not
    r"\b(?P<y>(?:19|20)\d\d)[./](?P<n>\d\d)[./](?P<d>\d\d)\b",  # 2021/11/15, 2021.11.15
    rf"\b(?P<d>\d{{1,2}})[./-](?P<n>\d{{1,2}})[./-]{_YEAR}\b",  # 15.11.2021, 15-11-2021
    # 7/12/19: month, day and a two-digit year, as American sites print it;
    # 20.03.22: day first with full stops, as European sites do
    r"\b(?P<n>\d{1,2})/(?P<d>\d{1,2})/(?P<yy>\d\d)\b(?![/.]\d)",
    r"\b(?P<d>\d{1,2})\.(?P<n>\d{1,2})\.(?P<yy>\d\d)\b(?![/.]\d)",
    rf"\b(?P<d>\d{{1,2}}){_ORDINAL}\.?\s+(?P<m>{MONTH})\b\.?(?:,?\s+{_YEAR}\b)?",
    rf"\b(?P<m>{MONTH})\b\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}\b(?:,?\s+{_YEAR}\b)?",
    # "January/February 2021": a magazine's double issue, out in its first month
    rf"\b(?P<m>{MONTH})\b\.?(?:\s*[/–-]\s*(?:{MONTH})\b\.?)?,?\s+{_YEAR}\b",
)
# All shapes in one pattern to scan a line; each shape alone to read a match.
_DATE = re.compile("|".join(re.sub(r"\(\?P<\w+>", "(?:", shape) for shape in _SHAPES),
                   re.IGNORECASE)
_SHAPE_PATTERNS = tuple(re.compile(shape, re.IGNORECASE) for shape in _SHAPES)
_TIME = re.compile(r"\b(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}\.\d\d\s*[ap]\.?m\.?)"
                   rf"(?:\s*{TIME_ZONES}(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?)?", re.I)
_WEEKDAY = re.compile(WEEKDAY, re.I)
_FILLER = re.compile(r"[\s|•·,;:()\[\]—–/-]+|\b\d+\b|№\s*\d+|\bстр\.?|\bp\.")


@dataclass(frozen=True)
class PageDate:
    """A date printed on a page, at the precision it was printed with."""

    year: int | None
    month: int
    day: int | None
    text: str  # as printed
    updated: bool = False  # labelled as a revision ("Updated", "Güncelleme", "обновлено")
    published: bool = False  # labelled as the publication ("Published", "Giriş Tarihi")

    @property
    def edtf(self) -> str:
        """EDTF of what was printed; "" when the year is missing."""
        if self.year is None:
            return ""
        return f"{self.year}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    def in_year(self, year: int) -> PageDate:
        return replace(self, year=year)


def dates_in(text: str) -> list[tuple[PageDate, int, int]]:
    """Every date in `text`, with where it starts and ends, and whether the
    words before it label it a revision or the publication."""
    found, previous_end = [], 0
    for match in _DATE.finditer(text):
        date = _read(match.group())
        if date is None:
            continue
        label = text[previous_end:match.start()]
        date = replace(date, updated=bool(UPDATE_LABEL.search(label)),
                       published=bool(PUBLISHED_LABEL.search(label)))
        found.append((date, match.start(), match.end()))
        previous_end = match.end()
    return found


def _read(text: str) -> PageDate | None:
    """One matched date: which shape, and is it a day of the calendar."""
    for shape in _SHAPE_PATTERNS:
        match = shape.fullmatch(text.strip())
        if match:
            return _checked(match.groupdict(), text)
    return None


def _checked(parts: dict[str, str | None], text: str) -> PageDate | None:
    def number(name: str) -> int | None:
        value = parts.get(name)
        return int(value) if value else None

    numeric_month = number("n")
    month = numeric_month or month_number(parts.get("m") or "")
    day, year = number("d"), number("y")
    if parts.get("yy"):
        short = number("yy") or 0
        year = (2000 if short < 70 else 1900) + short
    if numeric_month and month > 12 and day and day <= 12:
        month, day = day, month  # 10/23/2020: the American order
    try:
        dt.date(year or 2000, month, day or 1)  # 2000: a leap year, so 29 February stands
    except ValueError:
        return None
    return PageDate(year, month, day, text.strip().rstrip(".,"))


def leftover_words(text: str) -> list[str]:
    """The words of a line besides its dates, times, weekdays, labels and
    separators: what a date line may carry besides its date (a name, an
    outlet)."""
    rest = _DATE.sub(" ", text)
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    words = _FILLER.sub(" ", rest).split()
    return [w for w in words if any(c.isalpha() for c in w)
            and w.lower().strip(".:«»\"") not in LABEL_WORDS]


def years_in(text: str) -> Iterator[int]:
    for match in re.finditer(r"\b(?:19|20)\d\d\b", text):
        yield int(match.group())
