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
