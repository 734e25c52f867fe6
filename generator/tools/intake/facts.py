"""What a page says about its report, read from the lines layout.py placed:
when it was published (and how sure that is), who wrote it, who published
it. Each fact comes from the line that states it; nothing is guessed
beyond what the page prints.
"""

from __future__ import annotations

from collections.abc import Sequence

from .bylines import copyright_holder
from .datelines import Dateline, agency_name
from .dates import PageDate, years_in
from .layout import Placed
from .lines import AGENCY_AT_END, Reading

_Meta = list[tuple[int, Reading]]  # meta lines with their places


def first_dateline(placed: Sequence[Placed]) -> Dateline | None:
    """The dateline of one of the first paragraphs (AA puts a standfirst first)."""
    body = [p for p in placed if p.role == "body"][:3]
    return next((p.reading.dateline for p in body if p.reading.dateline), None)


def byline(placed: Sequence[Placed], dateline: Dateline | None, outlet: str = "") -> str:
    """The writers as printed ("By X" before names that are a byline only by
    standing beside the date), not the outlet printed under them ("Kristen
    Example / USA TODAY"); else the agency that a credit or the dateline
    names. Those between the headline and the text first (see `_tiers`);
    those over the headline only after the dateline's agency: they are
    likeliest the site's own ("BERNAMA / Malaysian National News Agency")."""
    under, over, foot = _tiers(placed)
    told = agency_name(dateline.agency) if dateline and dateline.agency else ""
    text = [p.line.plain for p in placed if p.role == "body"]
    tag = AGENCY_AT_END.search(text[-1]) if text else None  # "… demişti. (İLKHA)"
    return _credited(under, placed, outlet) or _credited(foot, placed, outlet) or told or \
        _credited(over, placed, outlet) or (agency_name(tag.group("tag")) if tag else "")


def _credited(meta: _Meta, placed: Sequence[Placed], outlet: str) -> str:
    """The byline one tier of meta lines gives, or the agency a credit there names."""
    for kind, by_place in (("byline", False), ("date line", False), ("byline", True),
                           ("credits", False)):
        found = [(i, r.byline) for i, r in meta
                 if r.meta == kind and r.byline and r.by_place == by_place]
        if found:  # names on lines of their own, one under the other, are one byline
            return ", ".join(_not_the_outlet(_one_under_the_other(found, placed), outlet)) \
                if kind == "byline" else found[0][1]
    return next((r.agency for _, r in meta if r.agency), "")


def publisher(notices: Sequence[str]) -> str:
    """The holder of the page's copyright, the one line where an outlet names itself."""
    return next((h for h in map(copyright_holder, notices) if h), "")


def address(placed: Sequence[Placed]) -> str:
    return next((p.reading.url for p in placed if p.reading.url), "")


def _tiers(placed: Sequence[Placed]) -> tuple[_Meta, _Meta, _Meta]:
    """The meta lines with their places: between the headline and the text,
    over the headline, and under the text's first paragraph. Over the
    headline a site's name and date may be the site's own and its today
    ("YENİ BİRLİK / 26 Ekim 2018 Cuma" over "Haber Merkezi / 25.10.2018 -
    10:32"); under the text come the foot's ("Kaynak: DHA", "Printed edition:")."""
    meta = [(i, p.reading) for i, p in enumerate(placed) if p.role == "meta"]
    title = next((i for i, p in enumerate(placed) if p.role == "title"), None)
    if title is None:
        return meta, [], []
    text = next((i for i, p in enumerate(placed) if p.role == "body" and i > title), len(placed))
    return ([(i, r) for i, r in meta if title < i < text],
            [(i, r) for i, r in meta if i < title], [(i, r) for i, r in meta if i > text])


def _one_under_the_other(found: list[tuple[int, str]], placed: Sequence[Placed]) -> list[str]:
    """The first of the names found and those on the lines right under it,
    past the writers' posts between them ("Анна Лесная / Обозреватель / Игорь Панов")."""
    run = found[:1]
    for i, name in found[1:]:
        if i < run[-1][0] or any(p.reading.meta != "writer's post"
                                 for p in placed[run[-1][0] + 1:i]):
            break
        run.append((i, name))
    return [name for _, name in run]


def _not_the_outlet(names: list[str], outlet: str) -> list[str]:
    writers = [name for name in names if name.casefold() != outlet.casefold()]
    return writers or names  # the outlet alone credits the outlet


def stamped_dates(placed: Sequence[Placed]) -> list[PageDate]:
    """The dates of the page's meta lines, those under the headline first."""
    under, over, foot = _tiers(placed)
    return [d for meta in (under, over, foot) for _, r in meta for d in r.dates]


def copyright_notices(placed: Sequence[Placed]) -> list[str]:
    return [p.line.plain for p in placed if p.why == "copyright notice"]


def publication_date(stamped: Sequence[PageDate], dateline: Dateline | None,
                     notices: Sequence[str]) -> tuple[str, str]:
    """EDTF and, when the date had to be chosen or completed, a note saying how:
    the page's date stamp (one labelled as the publication's first); else the
    dateline's day; a day without a year completed from another date of the
    page or its copyright line."""
    first = next((d for d in stamped if d.year and d.published), None) or \
        next((d for d in stamped if d.year and not d.updated), None)
    told = dateline.date if dateline else None
    if first:
        return first.edtf, _disagreement(first, told)
    if told and told.year:
        return told.edtf, ""
    yearless = told or next((d for d in stamped if d.year is None), None)
    if yearless:
        return _completed(yearless, stamped, notices)
    revised = next((d for d in stamped if d.year), None)
    if revised:
        return revised.edtf, (f"The page gives only the time of its last update, "
                              f"“{revised.text}”, taken as the publication date.")
    return "", ""


def _disagreement(stamp: PageDate, told: PageDate | None) -> str:
    if not told or not stamp.day or (told.month, told.day) == (stamp.month, stamp.day):
        return ""
    return (f"The page stamp “{stamp.text}” is taken as the publication date; the "
            f"dateline “{told.text}” gives the day the news was filed.")


def _completed(yearless: PageDate, stamped: Sequence[PageDate],
               notices: Sequence[str]) -> tuple[str, str]:
    """A day without a year ("25 августа", "August 23"), its year taken from
    another date of the page or from the copyright line."""
    dated = next((d for d in stamped if d.year), None)
    if dated and dated.year:
        return yearless.in_year(dated.year).edtf, (
            f"The page gives “{yearless.text}” without a year; the year is from "
            f"“{dated.text}” on the same page.")
    years = [y for notice in notices for y in years_in(notice)]
    if years:
        return yearless.in_year(max(years)).edtf, (
            f"The page gives “{yearless.text}” without a year; the year {max(years)} is "
            f"the last of its copyright line (“{notices[0]}”): check it against the text.")
    return "", (f"The page gives “{yearless.text}” without a year and no other date: "
                "infer the year from the text.")
