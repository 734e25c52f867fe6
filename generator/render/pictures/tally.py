"""When a picture would hold more marks than a reader can see, marks are
tallied: one bar for all the statements of a row in a month, a quarter or a
year (whichever keeps a row to two dozen bars), coloured by the stance most
of them take, and saying how many it holds. Below that, every statement is
its own mark, as the dates say."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import escape

from ...model.annotations import Statement
from ...model.dossier import Dossier
from ...model.vocabulary import most_taken
from .svg import Scale

MARKS = 200  # at most this many statement marks in one picture, drawn one by one
BARS_A_ROW = 24


@dataclass(frozen=True)
class Tally:
    """The statements of one row that fall in one stretch of time."""

    first: dt.date
    last: dt.date
    label: str  # "Mar 2019", "Q2 2019", "2019"
    statements: tuple[Statement, ...]

    @property
    def stance(self) -> str:
        """The stance most of them take (the first in STANCES on a tie)."""
        counts: Counter[str] = Counter(s.stance for s in self.statements)
        return most_taken(counts)


def tallied(d: Dossier, statements: Sequence[Statement], scale: Scale) -> list[Tally]:
    """The statements of a row, tallied by stretch of time, in date order."""
    months = _stretch(scale)
    groups: dict[tuple[int, int], list[Statement]] = {}
    for s in statements:
        day = d.said(s).start.first
        groups.setdefault((day.year, (day.month - 1) // months), []).append(s)
    return [_tally(year, part, months, tuple(found))
            for (year, part), found in sorted(groups.items())]


def _stretch(scale: Scale) -> int:
    """Months a bar covers: one, three or twelve, so that a row has at most
    BARS_A_ROW of them."""
    months = (scale.last.year - scale.first.year) * 12
    return next(m for m in (1, 3, 12) if months / m <= BARS_A_ROW or m == 12)


def _tally(year: int, part: int, months: int, statements: tuple[Statement, ...]) -> Tally:
    first = dt.date(year, part * months + 1, 1)
    end_month = part * months + months
    last = dt.date(year, 12, 31) if end_month == 12 else \
        dt.date(year, end_month + 1, 1) - dt.timedelta(days=1)
    label = {1: first.strftime("%b %Y"), 3: f"Q{part + 1} {year}", 12: str(year)}[months]
    return Tally(first, last, label, statements)


def tally_bar(scale: Scale, tally: Tally, y: float, height: float, what: str) -> str:
    """One bar for a tally, with what it holds for a tooltip."""
    x1 = scale.x(tally.first)
    x2 = max(scale.x(tally.last + dt.timedelta(days=1)), x1 + 4)
    count = len(tally.statements)
    title = f"{count} statement{'s' if count != 1 else ''} {what}, {tally.label}"
    return (f'<rect x="{x1:.1f}" y="{y:.1f}" width="{x2 - x1:.1f}" height="{height}" rx="1" '
            f'class="stance {tally.stance} tally"><title>{escape(title)}</title></rect>')
