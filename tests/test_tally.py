"""Tallies: past MARKS statements a picture draws one bar per row and stretch
of time (a month, a quarter or a year, whichever keeps a row to two dozen
bars), in the stance most of its statements take, saying how many it holds."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import edtf
from generator.model.annotations import Statement
from generator.render.pictures.svg import Scale
from generator.render.pictures.tally import Tally, tallied, tally_bar


class _Said:
    """The one thing tallies ask of a dossier: when a statement was said."""

    def said(self, s: Statement) -> edtf.Edtf:
        assert s.said is not None
        return s.said


def said(date: str, stance: str = "asserts") -> Statement:
    return Statement(source="r", start=0, end=1, quote="x", origin="hand", anchor="h-1",
                     claim="c", by="a", stance=stance, said=edtf.parse(date))  # type: ignore[arg-type]


def scale(first: str, last: str) -> Scale:
    return Scale([edtf.parse(first), edtf.parse(last)], 0, 1000)


@pytest.mark.parametrize(("first", "last", "labels"), [
    ("2019", "2019", ["Feb 2019", "Mar 2019"]),  # one year: a bar a month
    ("2019", "2020", ["Feb 2019", "Mar 2019"]),  # two years: 24 bars, still months
    ("2017", "2021", ["Q1 2019", "Q2 2019"]),  # five years: a quarter (20 bars)
    ("2010", "2021", ["2019"]),  # twelve years: a year
])
def test_a_bar_covers_a_month_a_quarter_or_a_year(first: str, last: str,
                                                  labels: list[str]) -> None:
    statements = [said("2019-02-27"), said("2019-03-01"), said("2019-04-02")]
    found = tallied(_Said(), statements, scale(first, last))  # type: ignore[arg-type]
    assert [t.label for t in found][:len(labels)] == labels
    assert sum(len(t.statements) for t in found) == 3


def test_a_bar_runs_from_the_first_to_the_last_day_of_its_stretch() -> None:
    [feb] = tallied(_Said(), [said("2020-02-10")], scale("2020", "2020"))  # type: ignore[arg-type]
    assert (feb.first, feb.last) == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    [q4] = tallied(_Said(), [said("2019-11-10")], scale("2016", "2020"))  # type: ignore[arg-type]
    assert (q4.first, q4.last, q4.label) == (dt.date(2019, 10, 1), dt.date(2019, 12, 31),
                                             "Q4 2019")
    [year] = tallied(_Said(), [said("2019-06")], scale("2008", "2020"))  # type: ignore[arg-type]
    assert (year.first, year.last) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_bar_takes_the_stance_most_of_its_statements_take() -> None:
    day = dt.date(2019, 3, 1)
    many = Tally(day, day, "Mar 2019", (said("2019-03", "denies"), said("2019-03", "denies"),
                                        said("2019-03", "asserts")))
    assert many.stance == "denies"
    tie = Tally(day, day, "Mar 2019", (said("2019-03", "denies"), said("2019-03", "asserts")))
    assert tie.stance == "asserts"  # the first in STANCES on a tie


def test_a_bar_says_what_it_holds() -> None:
    s = scale("2019", "2019")
    [bar] = tallied(_Said(), [said("2019-03-02", "denies")] * 3, s)  # type: ignore[arg-type]
    svg = tally_bar(s, bar, 10, 8, "on <b>it</b>")
    assert 'class="stance denies tally"' in svg
    assert "<title>3 statements on &lt;b&gt;it&lt;/b&gt;, Mar 2019</title>" in svg
    one = tally_bar(s, tallied(_Said(), [said("2019-03-02")], s)[0], 10, 8, "x")  # type: ignore[arg-type]
    assert "<title>1 statement x, Mar 2019</title>" in one
    x = float(svg.split('x="')[1].split('"')[0])
    assert x == pytest.approx(s.x(dt.date(2019, 3, 1)), abs=0.1)
    width = float(svg.split('width="')[1].split('"')[0])
    assert width == pytest.approx(s.x(dt.date(2019, 4, 1)) - x, abs=0.1)
    day = dt.date(2019, 3, 2)
    narrow = tally_bar(s, Tally(day, day, "2 Mar", (said("2019-03-02"),)), 10, 8, "x")
    assert 'width="4.0"' in narrow  # a day is too thin to see: four units at least
