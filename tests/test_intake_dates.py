"""Dates as pages print them, datelines, and the publication date a page
gives: only as precise as printed, completed (and said so) when a year is
missing."""

from pathlib import Path

import pytest

from generator.tools.intake.datelines import agency_name, dateline
from generator.tools.intake.dates import dates_in
from generator.tools.intake.lines import Line, read
from generator.tools.intake.text import read_text

FIXTURES = Path(__file__).parent / "fixtures" / "intake"


@pytest.mark.parametrize(("line", "edtf"), [
    ("23 AUG 2020, 14:05", "2020-08-23"),
    ("Nov. 4, 2019", "2019-11-04"),
    ("September 26, 2021 4:12 PM GMT+3", "2021-09-26"),
    ("23.08.2022 14:30", "2022-08-23"),
    ("Sun 23rd August 2020 | 03:10 PM", "2020-08-23"),
    ("Source: Xinhua| 2019-11-05 03:41:12|Editor: huaxia", "2019-11-05"),
    ("Published 11:42 AM GMT+3, July 12, 2019", "2019-07-12"),
    ("Oluşturulma Tarihi: 23 Ağustos 2021 14:05", "2021-08-23"),
    ("Giriş: 30.09.2021 09:42", "2021-09-30"),
    ("NİSAN 2020", "2020-04"),
    ("23 августа 2021, 14:05", "2021-08-23"),
    ("Газета «Коммерсантъ» №153 от 24.08.2022, стр. 6", "2022-08-24"),
    ("August 2020", "2020-08"),
    ("13:05, 20.03.22", "2022-03-20"),  # day first with full stops and two digits
    ("Posted On: 15-11-2021 11:30", "2021-11-15"),  # day first with dashes
    ("First Published: Nov 15 2021 | 8:40 PM IST", "2021-11-15"),
    ("2021/11/15", "2021-11-15"), ("2021.11.15", "2021-11-15"),  # year first
    ("January/February 2021", "2021-01"),  # a double issue: out in its first month
    ("Nov.-Dec. 2019", "2019-11"),
    ("10/23/2020", "2020-10-23"),
    ("2021-08-23T14:05:00+03:00", "2021-08-23"),
])
def test_header_dates_in_their_common_shapes(line: str, edtf: str) -> None:
    reading = read(Line(1, line, True))
    assert reading.meta == "date line"
    assert [d.edtf for d in reading.dates] == [edtf]


@pytest.mark.parametrize(("line", "updated"), [
    ("Güncelleme Tarihi: 23 Ağustos 2021 14:35", [True]),
    ("обновлено 23 августа 2021, 14:38", [True]),
    ("Selin Karaca |26.11.2019 - Güncelleme : 26.11.2019", [False, True]),
])
def test_a_date_labelled_as_a_revision_is_marked_so(line: str, updated: list[bool]) -> None:
    assert [d.updated for d, _, _ in dates_in(line)] == updated


@pytest.mark.parametrize("line", ["Updated 4 years ago", "Published 2 hours ago",
                                  "Güncelleme 3 saat önce"])
def test_a_stamp_with_no_date_is_meta_and_gives_no_date(line: str) -> None:
    reading = read(Line(1, line, True))
    assert (reading.meta, reading.dates) == ("update time", ())


def test_a_day_without_a_year_has_no_edtf_and_impossible_days_are_no_dates() -> None:
    (date, _, _), = dates_in("25 августа 14:40")
    assert (date.month, date.day, date.year, date.edtf) == (8, 25, None, "")
    assert date.in_year(2021).edtf == "2021-08-25"
    assert dates_in("31 June 2020") == []
    assert dates_in("in May the president") == []


@pytest.mark.parametrize(("paragraph", "day", "agency"), [
    ("MOSCOW, August 23. /TASS/. Russia said", (8, 23, None), "TASS"),
    ("ANKARA, Sept 26 (Reuters) - Turkey said", (9, 26, None), "Reuters"),
    ("ISTANBUL (AP) — Turkey said", None, "AP"),
    ("NEW DELHI — October 5, 2018 — India said", (10, 5, 2018), ""),
    ("ANKARA (AA) - Milli Savunma Bakanı", None, "AA"),
    ("МОСКВА, 23 августа. /ТАСС/. Консультации", (8, 23, None), "ТАСС"),
    ("КУБИНКА /Московская область/, 23 августа. /ТАСС/. Консультации", (8, 23, None), "ТАСС"),
    ("Москва. 25 августа. INTERFAX.RU - В Кремле", (8, 25, None), "INTERFAX.RU"),
    ("МОСКВА, 23 окт — РИА Новости. Россия", (10, 23, None), "РИА Новости"),
    ("MOSCOW (UrduPoint News / Sputnik - 23rd August, 2020) Russia", (8, 23, 2020),
     "UrduPoint News / Sputnik"),
    ("Washington (CNN) — The United States", None, "CNN"),  # a place in small letters
    ("Москва, 12 июля 2019, 12:34 — REGNUM Первый самолет", (7, 12, 2019), "REGNUM"),
    ("ANKARA: Turkey has not given up", None, ""),  # Arab News's, with a colon
    ("YEREVAN, NOVEMBER 15, ARMENPRESS. Moscow said", (11, 15, None), "ARMENPRESS"),
    ("Tehran, IRNA – The spokesman said", None, "IRNA"),  # the agency after a comma
    ("Bakü, 30 Eylül (AZERTAC). Türkiye Cumhurbaşkanı", (9, 30, None), "AZERTAC"),
])
def test_datelines_with_and_without_a_year_and_with_agency_tags(paragraph, day, agency) -> None:
    found = dateline(paragraph)
    assert found is not None and paragraph.startswith(found.text)
    assert (found.date.month, found.date.day, found.date.year) == day if day else not found.date
    assert found.agency == agency


@pytest.mark.parametrize("paragraph", [
    "NATO said on Monday that it would not comment.",
    "S-400 systems in Turkey",
    "Russia and Turkey have signed a contract.",
    "TASS: the deal is done.",
    "Turkey, 12 nations said no.",
    "ANKARA. NATO allies said no.",
    "Turkey, NATO said, is a partner.",
    "Meanwhile, NATO – the alliance Turkey joined in 1952 – said nothing.",
    "However, US – Turkish relations soured.",
    "ABD'nin S-400 alımı gerekçesiyle dün Savunma Sanayii Başkanlığı'na (SSB) uyguladığı",
])
def test_a_sentence_is_no_dateline(paragraph: str) -> None:
    assert dateline(paragraph) is None


def test_the_agency_of_a_chain_of_credits_is_the_wire_it_came_from() -> None:
    assert agency_name("UrduPoint News / Sputnik") == "Sputnik"
    assert agency_name("Reuters") == "Reuters"


def test_a_yearless_dateline_takes_its_year_from_the_copyright_line_and_says_so() -> None:
    article = read_text((FIXTURES / "yearless.txt").read_text())
    assert article.published == "2021-08-23"
    assert "“August 23” without a year" in article.published_note
    assert "© TASS 2021" in article.published_note


def test_a_yearless_dateline_with_no_other_date_leaves_the_date_blank_and_says_why() -> None:
    article = read_text((FIXTURES / "yearless-undated.txt").read_text())
    assert article.published == ""
    assert "without a year and no other date" in article.published_note


def test_a_yearless_header_date_takes_its_year_from_another_date_of_the_page() -> None:
    article = read_text("Radar news today\n25 августа 14:40\nMOSCOW (TASS) - Deliveries of the "
                        "radars began, the company said.\nUpdated: 26 August 2021\n")
    assert article.published == "2021-08-25"
    assert "“26 August 2021” on the same page" in article.published_note


def test_the_stamp_wins_over_the_dateline_and_the_note_says_they_differ() -> None:
    article = read_text("Turkey says second radar batch may slip\n"
                        "Source: Xinhua| 2019-11-05 03:41:12|Editor: huaxia\n"
                        "ANKARA, Nov. 4 (Xinhua) -- The delivery could slip, an official said.\n")
    assert article.published == "2019-11-05"
    assert "“Nov. 4”" in article.published_note and "“2019-11-05”" in article.published_note


def test_only_a_revision_date_is_taken_and_said_to_be_one() -> None:
    article = read_text("Radar tender draws three bids as the deadline nears\n"
                        "Son Güncelleme: 04.11.2019 - 10:12\n"
                        "Three companies have bid to build a new coastal radar network.\n")
    assert article.published == "2019-11-04"
    assert "last update" in article.published_note


def test_a_date_among_the_tags_after_the_article_is_not_its_date() -> None:
    article = read_text("Radar tender draws three bids as the deadline nears\n"
                        "Three companies have bid to build a new coastal radar network.\n"
                        "Topics:\nAugust 2020\n")
    assert article.published == ""


@pytest.mark.parametrize(("line", "published"), [
    ("Giriş Tarihi: 29.12.2017 15:48", [True]),
    ("Опубликовано 23 августа 2021, 14:38", [True]),
    ("Published: 12 July 2019 - Updated: 13 July 2019", [True, False]),
    ("2 Ocak 2018 Salı", [False]),
])
def test_a_date_labelled_as_the_publication_is_marked_so(line: str, published: list[bool]) -> None:
    assert [d.published for d, _, _ in dates_in(line)] == published


def test_a_date_labelled_as_the_publication_wins_over_a_site_banners() -> None:
    article = read_text("EXAMPLE HAKİMİYET\n2 Ocak 2018 Salı\nGündem\n\n"
                        "S-400'lerde finansman meselesi çözüldü\nGiriş Tarihi: 29.12.2017 15:48\n\n"
                        "Savunma Sanayii Müsteşarı İsmail Demir, kredi anlaşmasının "
                        "tamamlandığını açıkladı.\n")
    assert article.published == "2017-12-29"
