import datetime as dt

import pytest

from generator.model.edtf import EdtfError, parse


@pytest.mark.parametrize(("text", "label", "precision"), [
    ("2019", "2019", "year"),
    ("2019-07", "Jul 2019", "month"),
    ("2019-11-04", "4 Nov 2019", "day"),
    ("2017-03~", "c. Mar 2017", "month"),
    ("2019?", "2019?", "year"),
    ("2019-12-05/2019-12-07", "5–7 Dec 2019", "interval"),
    ("2019-07/2019-11-04", "Jul – 4 Nov 2019", "interval"),
    ("2018-12/2019-02", "Dec 2018 – Feb 2019", "interval"),
    ("2019/2019-11", "2019 – Nov 2019", "interval"),
    ("2019-12-05/2019-12-07~", "5 Dec 2019 – c. 7 Dec 2019", "interval"),
])
def test_labels_keep_precision(text: str, label: str, precision: str) -> None:
    date = parse(text)
    assert date.label() == label
    assert date.precision == precision
    assert date.text == text


def test_month_spans_its_month() -> None:
    start, end = parse("2019-02").sort_key
    assert (start.isoformat(), end.isoformat()) == ("2019-02-01", "2019-02-28")


def test_overlap_decides_agreement() -> None:
    assert parse("2019-07").overlaps(parse("2019-07-12"))
    assert parse("2019").overlaps(parse("2019-07"))
    assert not parse("2020").overlaps(parse("2019-07"))


@pytest.mark.parametrize(("text", "message"), [
    ("2019-13", "'2019-13' has no month 13"),
    ("2019-02-30", "'2019-02-30' is not a day of the calendar: February 2019 has 28 days"),
    ("July 2019", "'July 2019' is not an EDTF date"),
    ("2020/2019", "interval '2020/2019' ends before it starts"),
    ("19-07", "'19-07' is not an EDTF date"),
])
def test_bad_dates_explain_themselves(text: str, message: str) -> None:
    with pytest.raises(EdtfError) as caught:
        parse(text)
    assert str(caught.value) == message


# The `edtf` package (the Library of Congress grammar, levels 0 to 2) is the
# oracle: what we accept it accepts, with the same first and last day, and what
# it refuses we refuse. We keep our own reader for a contributor's messages
# ("February 2019 has 28 days") and for refusing what no report needs
# (year 0, reversed intervals, unspecified digits).
ORACLE_CASES = [
    "2019", "2019-11", "2019-11-04", "2017-03~", "2019?", "2019-12%", "2019-12-05/2019-12-07",
    "2019-11/2020", "2016-02-29", "1999-12-31", "2019-02-30", "2019-13", "2019-00", "2019-1",
    "19", "2019-11-04T10:00", "2019-XX", "-2019", "0000", "2019/2018", "2019-11-31", "",
    "2019-12~/2020-01", "2019 ", "2019-W01", "2019-21",
]


@pytest.mark.parametrize("text", ORACLE_CASES)
def test_the_edtf_package_agrees(text: str) -> None:
    import edtf as oracle

    try:
        theirs = oracle.parse_edtf(text)
    except oracle.EDTFParseException:
        theirs = None
    try:
        ours = parse(text)
    except EdtfError:
        ours = None
    if ours is None:
        return  # we may refuse more than the grammar does
    assert theirs is not None, f"{text!r}: we accept what EDTF refuses"
    low, high = theirs.lower_strict(), theirs.upper_strict()
    first, last = (dt.date(t.tm_year, t.tm_mon, t.tm_mday) for t in (low, high))
    assert (ours.start.first, ours.end.last) == (first, last), text
