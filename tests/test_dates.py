import dataclasses

import pytest

from generator.annotate.finders import dates
from generator.annotate.finders.date_grammar import grammar
from generator.model.edtf import parse

from .conftest import plain_source


def found(body: str, published: str) -> list[tuple[str, str]]:
    source = plain_source(body, published)
    return [(a.quote, a.date.text) for a in dates.find(source)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("deliveries began in July.", "2019-11-04", [("July", "2019-07")]),
    ("in February", "2022-08", [("February", "2022-02")]),  # a month this year
    ("in December", "2022-08", [("December", "2021-12")]),  # a month after it: last year
    ("Demir said on Monday", "2021-08-25", [("Monday", "2021-08-23")]),  # a Wednesday
    ("Demir said on Monday", "2019-11-04", [("Monday", "2019-11-04")]),  # that Monday
    ("a timeline for next year", "2019-11-04", [("next year", "2020")]),
    ("In early November, Demir said", "2019-12~", [("early November", "2019-11")]),
    ("in late November", "2019-12-10", [("late November", "2019-11")]),
    ("an agreement last month", "2022-08", [("last month", "2022-07")]),
    ("from December 5th – 7th", "2019-12~", [("December 5th – 7th", "2019-12-05/2019-12-07")]),
    ("On October 23rd,", "2019-12~", [("October 23rd", "2019-10-23")]),
    ("in December 2017", "2022-08", [("December 2017", "2017-12")]),
    ("November 04, 2019", "2020", [("November 04, 2019", "2019-11-04")]),
    ("23 October 2019", "2020", [("23 October 2019", "2019-10-23")]),
    ("a planned 2020 timeline", "2019-11-04", [("2020", "2020")]),
])
def test_dates_are_read_against_publication(text: str, published: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(("text", "published"), [
    ("said on Tuesday", "2022-08"),  # which Tuesday of August? not settled
    ("last week", "2017-03~"),
    ("last month", "2019"),
    ("it may happen; we march on", "2019-11-04"),  # words, not months
    ("May said so.", "2019-11-04"),  # a name, not a month
    ("the 5th MED 2019-Mediterranean Forum", "2019-12"),  # part of a name
    ("we are buying tomorrow", "2019-11-04"),  # a figure of speech
])
def test_words_that_do_not_settle_a_date_are_left_out(text: str, published: str) -> None:
    assert found(text, published) == []


def test_a_date_relative_to_an_approximate_one_is_approximate() -> None:
    assert found("next year", "2019-12~") == [("next year", "2020~")]
    assert found("In May the talks went on.", "2019-11-04") == [("May", "2019-05")]


@pytest.mark.parametrize(("text", "published"), [
    ("Turkey bought 2 may be more", "2019-11-04"),  # "may", lower case
    ("a letter by Jan Smith", "2019-11-04"),  # an abbreviation alone
    ("since March 2019-2020", "2021"),  # which year?
])
def test_month_words_that_are_not_months(text: str, published: str) -> None:
    assert [q for q, _ in found(text, published) if "2019" not in q] == []


def test_a_date_counted_from_an_uncertain_one_is_uncertain() -> None:
    assert found("on Monday", "2019-11-06?") == [("Monday", "2019-11-04?")]
    assert found("last week", "2019-11-06~") == [("last week", "2019-10-28~/2019-11-03~")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("between 2019-2020", "2021", [("2019-2020", "2019/2020")]),
    ("2020-2019", "2021", []),  # backwards: not a span of years
    ("2019-2019", "2021", []),
    ("as it did yesterday", "2019-11-04", [("yesterday", "2019-11-03")]),
    ("yesterday", "2019-11", []),  # which day? not settled
    ("yesterday", "2019-11-04~", [("yesterday", "2019-11-03~")]),
    ("this year", "2019-11-04", [("this year", "2019")]),
    ("this month", "2019-11-04", [("this month", "2019-11")]),
    ("next month", "2019-12-04", [("next month", "2020-01")]),
    ("on Sunday", "2019-11-04", [("Sunday", "2019-11-03")]),  # the day before a Monday
    ("on Saturday", "2019-11-08", [("Saturday", "2019-11-02")]),  # a Friday's report
    ("on Friday", "2019-11-08", [("Friday", "2019-11-08")]),
    ("last week", "2019-11-04%", [("last week", "2019-10-28%/2019-11-03%")]),
    ("in June", "2019-11-04", [("June", "2019-06")]),  # a short name, not an abbreviation
    ("in Sept", "2019-11-04", []),
    ("Sept 5", "2019-11-04", [("Sept 5", "2019-09-05")]),
    ("in mid-March", "2019-11-04", [("mid-March", "2019-03")]),
    ("March", "2019-11-04", []),  # capitalised, but no "in": perhaps a name
])
def test_more_words_read_against_publication(text: str, published: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


def test_without_a_publication_date_only_dates_that_name_their_year_are_read() -> None:
    from generator.model import edtf

    source = dataclasses.replace(plain_source("In July 2019 and next year, on Monday."),
                                 dated=False, published=edtf.parse("0001"))
    assert [(a.quote, a.date.text) for a in dates.find(source)] == [("July 2019", "2019-07")]


@pytest.mark.parametrize(("text", "published"), [
    ("next year", "9999"), ("yesterday", "0001-01-01"), ("last month", "0001-01"),
    ("next week", "9999-12-31"),
])
def test_past_the_ends_of_the_calendar_no_date_is_read(text: str, published: str) -> None:
    assert found(text, published) == []


def test_a_word_that_is_not_a_date_is_passed_over_not_the_end_of_the_search() -> None:
    assert found("They may wait; the talks resume in July 2020.", "2020-01-05") == [
        ("July 2020", "2020-07")]


def test_each_date_says_what_it_was_read_against() -> None:
    dated = dates.find(plain_source("The deal came in July 2019.", "2019-11-04"))
    assert [d.why for d in dated] == [
        "'July 2019' read against the publication date, 4 Nov 2019"]
    undated = dataclasses.replace(plain_source("The deal came in July 2019."), dated=False)
    assert [d.why for d in dates.find(undated)] == ["'July 2019' read without a publication date"]


def test_read_alone_is_english_and_looks_back() -> None:
    match = grammar("en").pattern.search("They met on Monday.")
    assert match is not None
    assert dates.read(match, parse("2021-08-25")) == parse("2021-08-23")  # 25 Aug: a Wednesday
    assert dates.read(match, parse("2021-08-25"), ahead=True) == parse("2021-08-30")
