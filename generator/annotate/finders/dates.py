"""Automatic date annotations: dates in a report's words, read against the
date the report was published, with only the precision the words carry.

"in July" in a report of 4 November 2019 is 2019-07; "on Monday" is the last
Monday on or before it; "next year" is 2020; "in early November" is 2019-11.
Words that do not settle a date ("on Tuesday" in a report dated only to a
month) are left out rather than guessed.
"""

from __future__ import annotations

import calendar
import re
from functools import partial

from ...model import edtf
from ...model.annotations import DateMark
from ...model.content import Source
from ...model.vocabulary import language_of
from . import date_counting as count
from .date_context import AHEAD, PLANNED, not_a_date, tense
from .date_grammar import Grammar, grammar
from .date_words import BESIDE, COUNTS_BACK, OF_THE_MONTH, SEASON_STEPS

# The groups of a date that name its month and its year ("that year" may then mean it).
_NAMES_A_MONTH = ("m1", "m2", "m3", "m4", "m5", "m6", "m8", "mr", "mr2", "mt", "mhm")
_NAMES_A_YEAR = ("yy", "y1", "y2", "y3", "y4", "y6", "y7", "y8", "y9", "sy", "qy", "hy", "mhy")
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")


def find(source: Source) -> list[DateMark]:
    """Dates in the source's language (English when it is none the machine
    reads: its numbers and English words are all it can tell)."""
    words = grammar(language_of(source.language) or "en")
    found: list[DateMark] = []
    reference = source.published if source.dated else None
    against = f"read against the publication date, {reference.label()}" if reference \
        else "read without a publication date"
    named = None  # the last year the words named: the one "that year" is
    before: edtf.Edtf | None = None  # the last date found: "three days later" counts from it
    before_end, before_month = 0, False  # where its words end; whether they name a month
    lead = None  # the first that names a day: the story's ("the same day" after a month)
    month_named: edtf.Edtf | None = None  # the last naming a month: "later that month"
    for match in words.pattern.finditer(source.body):
        if not_a_date(match, source.body, words):
            continue
        when = tense(source.body, match.span(), words)
        together = before and not _SENTENCE_BREAK.search(source.body, before_end, match.start())
        apart = before is not None and source.body.find("\n", before_end, match.start()) != -1
        reading = partial(read, match, reference, words, that_year=named,
                          before=_counted_from(match, before, month_named, bool(together)),
                          lead=lead if apart else None)
        date = reading(ahead=when in (AHEAD, PLANNED))
        if when == PLANNED and date and reference and count.past_its_period(date, reference):
            date = reading(ahead=False)  # "were due to resume in March": this year's March
        if date is None:
            continue
        if before and together and before_month and not when and _of_the_month(match, words):
            date = edtf.parse(f"{before.start.year}-{before.start.month:02d}")
        if not date.is_interval:  # "three days later" counts from a day or a month, not a stretch
            before, before_end = date, match.end()
            before_month = any(match.groupdict().get(k) for k in _NAMES_A_MONTH)
            lead = lead or (date if date.start.day else None)
            month_named = date if date.start.month else month_named
        if any(match.groupdict().get(k) for k in _NAMES_A_YEAR):
            named = date.start.year
        (start, end), text = match.span(), match.group()
        found.append(DateMark(source=source.id, start=start, end=end, quote=text, origin="auto",
                              anchor=f"a-d-{start}", date=date, why=f"'{text}' {against}"))
    return found


def _counted_from(match: re.Match[str], before: edtf.Edtf | None,
                  month_named: edtf.Edtf | None, together: bool) -> edtf.Edtf | None:
    """The date a count goes from: the last found; after a year, "later that
    month" from the month named before it ("in July 2019 … signed in 2017 …
    later that month"); "…, a day after X" only from its own sentence's."""
    if match.group("samemonth") and before and not before.start.month:
        return month_named
    if (match.groupdict().get("latd") or "").lower() in BESIDE and not together:
        return None
    return before


def read(match: re.Match[str], reference: edtf.Edtf | None,
         words: Grammar | None = None, ahead: bool = False,
         that_year: int | None = None, before: edtf.Edtf | None = None,
         lead: edtf.Edtf | None = None) -> edtf.Edtf | None:
    """The date the words mean, read against `reference` (the report's date),
    or None when they do not settle one (without a reference, only dates
    that name their year). `ahead`: the sentence speaks of what is to come
    ("on Wednesday" is the next one). `that_year`: the year "July of that
    year" means; `before`: the date "three days later" counts from; `lead`:
    the first that named a day, the story's, which "the same day" and "the
    next day" count from after a date without a day in another paragraph
    ("dün … ¶ Aralık 2018'de … ¶ aynı gün"); given only then."""
    words = words or grammar("en")
    try:
        g = match.groupdict()
        if g.get("mt") or g.get("ty"):
            month = f"-{words.month(g['mt']):02d}" if g.get("mt") else ""
            return None if that_year is None else edtf.parse(f"{that_year}{month}")
        if g.get("latu") or g.get("latday") or g.get("samemonth") or g.get("sameday"):
            since = _since(g, reference, words, ahead, before, lead)
            return None if since is None or since.is_interval else _from_before(g, since, words)
        return _read(match, reference, words, ahead)
    except (edtf.EdtfError, OverflowError, ValueError, KeyError):
        return None  # past the calendar's ends: year 1 "yesterday", year 9999 "next year"

def _since(g: dict[str, str | None], reference: edtf.Edtf | None, words: Grammar, ahead: bool,
           before: edtf.Edtf | None, lead: edtf.Edtf | None) -> edtf.Edtf | None:
    """The date "the same day", "the next day" or "three days later" count
    from: the one before, when it is a day; else the story's first day (or,
    for "the same day" with none before, the report's). A count of days or
    weeks after a month goes from the story's day only when that month is
    still to come ("due in March 2020 … confirmed a day later"). Ahead, a
    count goes from the report's day ("встреча пройдёт через неделю")."""
    if (g.get("latd") or "").lower() in BESIDE:
        return before  # "…, a day after Washington imposed": its sentence's date
    if g.get("sameday") or g.get("latday"):
        if before and before.start.day:
            return before
        return reference if before is None and g.get("sameday") else lead
    if ahead and g.get("latu"):
        return reference
    unit = g.get("latu")
    if unit and words.ago(None, unit)[0] in ("day", "week") and before and not before.start.day:
        return lead if reference and count.after(before, reference) else None
    return before


def _read(match: re.Match[str], reference: edtf.Edtf | None,
          words: Grammar, ahead: bool = False) -> edtf.Edtf | None:
    g = {k: v for k, v in match.groupdict().items() if v}
    if "dd" in g:
        return edtf.parse(f"{g['yy']}-{g['mm']}-{int(g['dd']):02d}")
    if "y4" in g:
        return edtf.parse(f"{g['y4']}/{g['y5']}") if g["y4"] < g["y5"] else None
    if "y6" in g:
        return edtf.parse(g["y6"])
    if "season" in g:
        return edtf.parse(count.season(int(g["sy"]), *words.season(g["season"])))
    if "mgy" in g:  # "July-September 2019" (not "December-January 2019": no interval)
        return edtf.parse(count.season(int(g["mgy"]), words.month(g["mg1"]),
                                       words.month(g["mg2"])))
    if "dec" in g:
        return edtf.parse(f"{g['dec']}0/{g['dec']}9")
    if "qn" in g:
        first = 3 * words.quarter(g["qn"]) - 2
        return edtf.parse(count.season(int(g["qy"]), first, first + 2))
    if "hy" in g:
        return edtf.parse(_half(int(g["hy"]), words.half(g["hn"])))
    if "mhn" in g:
        return _half_of_month(g, reference, words, ahead)
    if {"rel", "near", "today", "weekday", "ry", "ry2", "agou", "lastwd", "yend", "season2",
            "season3", "season4", "wkend", "hn"} & set(g):
        return None if reference is None else _counted(g, reference, words, ahead)
    month = words.month(g.get("m1") or g.get("m2") or g.get("m3") or g.get("m4") or
                        g.get("m5") or g.get("m6") or g["m8"])
    year_text = g.get("y1") or g.get("y2") or g.get("y3") or g.get("y7") or g.get("y8") or \
        g.get("y9")
    day = g.get("d1") or g.get("d2") or g.get("d8") or g.get("d9")
    last_day = g.get("d2b") or g.get("d8b")
    if year_text:
        year = int(year_text)
    elif reference:
        year = count.year_of_month(reference, month, int(day or 0), ahead)
    else:
        return None
    if day and last_day:
        return edtf.parse(f"{year}-{month:02d}-{int(day):02d}/{year}-{month:02d}-"
                          f"{int(last_day):02d}")
    return edtf.parse(f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else ""))


def _counted(g: dict[str, str], reference: edtf.Edtf, words: Grammar,
             ahead: bool = False) -> edtf.Edtf | None:
    """ "next year", "yesterday", "on Monday", "July last year": counted from
    the report's date."""
    if "ry" in g or "ry2" in g:  # "July last year", "geçen yıl Aralık ayında"
        step = words.year_step(g.get("ry") or g["ry2"])
        month = words.month(g.get("mr") or g["mr2"])
        day = g.get("dr") or g.get("dr2")  # "December 14 last year"
        return count.qualified(f"{reference.start.year + step}-{month:02d}" +
                               (f"-{int(day):02d}" if day else ""), reference)
    if "rel" in g:
        unit, step = words.step(g["rel"])
        return count.relative(step, unit, reference)
    if "yend" in g:
        return count.relative(words.year_end(g["yend"]), "year", reference)
    if "season2" in g:
        year = reference.start.year + SEASON_STEPS[g["srel"].lower()]
        return count.qualified(count.season(year, *words.season(g["season2"])), reference)
    if "wkend" in g:
        return count.weekend(reference)
    if "season3" in g:
        first, last = words.season(g["season3"])
        return count.qualified(count.season(_latest(reference, first, last, ahead), first, last),
                               reference)
    if "hn" in g:  # "the first half of next year"; "в первом полугодии" as a season alone
        half = words.half(g["hn"])
        year = reference.start.year + words.year_step(g["hrel"]) if "hrel" in g else \
            _latest(reference, 6 * half - 5, 6 * half, ahead)
        return count.qualified(_half(year, half), reference)
    if "season4" in g:  # "last autumn": the last that has ended; "next spring": the next to begin
        first, last = words.season(g["season4"])
        month = reference.start.month or 12
        shift = {-1: -int(month <= last), 1: int(month >= first), 0: 0}
        year = reference.start.year + shift[SEASON_STEPS[g["srel4"].lower()]]
        return count.qualified(count.season(year, first, last), reference)
    if "agou" in g:
        unit, step = words.ago(g.get("agon"), g["agou"])
        return count.days_from(reference, step) if unit == "day" else \
            count.relative(step, unit, reference)
    if "near" in g or "today" in g:
        return count.days_from(reference, -1 if "near" in g else 0)
    if "lastwd" in g:
        return count.last_weekday(reference, words.weekday(g["lastwd"]), before=True)
    if ahead:
        return count.next_weekday(reference, words.weekday(g["weekday"]))
    return count.last_weekday(reference, words.weekday(g["weekday"]))


def _latest(reference: edtf.Edtf, first: int, last: int, ahead: bool) -> int:
    """The year of the latest stretch of months `first` to `last` (this
    year's once begun); `ahead`, of the next one not yet over."""
    month = reference.start.month or 12
    return reference.start.year + (int(month > last) if ahead else -int(month < first))


def _half_of_month(g: dict[str, str], reference: edtf.Edtf | None, words: Grammar,
                   ahead: bool) -> edtf.Edtf | None:
    """ "the first half of July": the 1st to the 15th; the second, the 16th to its end."""
    month = words.month(g["mhm"])
    year = int(g["mhy"]) if "mhy" in g else \
        count.year_of_month(reference, month, 0, ahead) if reference else None
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    first, end = (1, 15) if words.half(g["mhn"]) == 1 else (16, last)
    return edtf.parse(f"{year}-{month:02d}-{first:02d}/{year}-{month:02d}-{end:02d}")


def _half(year: int, half: int) -> str:  # a half of a year as the months it spans
    return count.season(year, 6 * half - 5, 6 * half)


def _from_before(g: dict[str, str | None], before: edtf.Edtf, words: Grammar) -> edtf.Edtf | None:
    """ "three days later", "that same month": from the date before, as sure as it is."""
    if g.get("samemonth"):
        return count.relative(0, "month", before)
    if g.get("sameday"):
        return count.days_from(before, 0)
    unit, step = ("day", 1) if g.get("latday") else \
        words.later(g.get("latn"), g["latu"] or "", (g.get("latd") or "").lower() in COUNTS_BACK)
    if unit in ("day", "week"):
        return count.days_from(before, step * (7 if unit == "week" else 1))
    return count.relative(step, unit, before)


def _of_the_month(match: re.Match[str], words: Grammar) -> bool:
    """ "the end of the month", "ayın sonunda", "в конце месяца": no word counts the
    month, so after one its sentence named it is that one ("signed in March and
    delivered by the end of the month"), but in a sentence of what is to come."""
    return bool(match.group("rel")) and words.step(match.group("rel"))[0] == OF_THE_MONTH
