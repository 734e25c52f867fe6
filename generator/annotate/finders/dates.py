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

from ...model import edtf
from ...model.annotations import DateMark
from ...model.content import Source
from ...model.text import fold_name
from ...model.vocabulary import language_of
from . import date_counting as count
from .date_grammar import Grammar, grammar
from .date_words import OF_THE_MONTH, SEASON_STEPS, TURKISH_WEEKDAY_WORDS

# Month names that are also words or names ("may", "March", Theresa May) are
# dates only when capitalised and given a day, a year or a word like "in".
_AMBIGUOUS = {"may", "march", "jan", "mar", "jun", "aug", "sep", "oct", "nov", "dec"}
_YEAR_NEXT = re.compile(r"\s+\d{4}")
_LEAD_IN = re.compile(r"\b(?:in|since|until|by|of|from|early|mid|late)[\s-]+$", re.IGNORECASE)
_CLAUSE_REACH = 300  # characters: no clause of a news report is longer
# "Army-2021", "«Армия-2022»": a year in a name is not a date.
_NAMED_YEAR = re.compile(r"[A-ZА-ЯЁ]\w*-$")
# The groups of a date that name its month and its year ("that year" may then mean it).
_NAMES_A_MONTH = ("m1", "m2", "m3", "m4", "m5", "m8", "mr", "mr2", "mt", "mhm")
_NAMES_A_YEAR = ("yy", "y1", "y2", "y3", "y4", "y6", "y7", "y8", "sy", "qy", "hy", "mhy")
# After a comma, the date alone ("…, on Thursday"); between commas, a place's
# name alone ("…, Texas, on"): no clause of their own ("…, Shugaev on Thursday told").
_DATE_ALONE = re.compile(r"\s*+(?:(?:on|in|at|by)\s+)?$")
_PLACE_ALONE = re.compile(r"\s*+(?:[A-Z][\w’'.-]*+\s*+)++$")
_PRAYERS = re.compile(r"\s+prayers?\b", re.IGNORECASE)
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
        if _not_a_date(match, source.body, words):
            continue
        ahead = _ahead(source.body, match.start(), words)
        together = before and not _SENTENCE_BREAK.search(source.body, before_end, match.start())
        # "in July 2019 … signed in 2017 … later that month": July's month
        since = month_named if match.group("samemonth") and before and not before.start.month \
            else before
        apart = before is not None and source.body.find("\n", before_end, match.start()) != -1
        date = read(match, reference, words, ahead=ahead, that_year=named, before=since,
                    lead=lead if apart else None)
        if date is None:
            continue
        if before and together and before_month and not ahead and _of_the_month(match, words):
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
            if (g.get("sameday") or g.get("latday")) and not (before and before.start.day):
                before = reference if before is None and g.get("sameday") else lead
            elif ahead and g.get("latu"):
                before = reference  # the report's own day; "встреча пройдёт через неделю"
            return None if before is None or before.is_interval else \
                _from_before(g, before, words)
        return _read(match, reference, words, ahead)
    except (edtf.EdtfError, OverflowError, ValueError, KeyError):
        return None  # past the calendar's ends: year 1 "yesterday", year 9999 "next year"


def _ahead(text: str, at: int, words: Grammar) -> bool:
    """Whether the date at `at` is spoken of as to come: in English by words
    before it in its clause ("is due to meet … on Wednesday", "until 31 July";
    not "will act if…, Akar said on Tuesday"), in Turkish and Russian by the
    verb of its sentence ("… bir araya gelmesi bekleniyor", "состоится"), not
    of a clause it reports ("В сентябре он заявил, что … будет")."""
    if words.future_after is not None:  # the verb, in the date's sentence
        back = max(0, at - _CLAUSE_REACH)
        start = max(back, *(text.rfind(mark, back, at) + 1 for mark in ".!?\n"))
        # A quotation's close ends its sentence: `"…nisanda görevde olacak" diyen Akar`.
        ends = [i for mark in '.!?\n"”»' if (i := text.find(mark, at, at + _CLAUSE_REACH)) != -1]
        end = min(ends, default=min(len(text), at + _CLAUSE_REACH))
        if words.reported is not None and (clause := words.reported.search(text, at, end)):
            end = clause.start()
        return bool(words.future_after.search(text[start:end])) or \
            bool(words.future and words.future.search(text, start, at))
    if words.future is None:
        return False
    back = max(0, at - _CLAUSE_REACH)  # a bounded look back: a long report costs its length
    start, alone = at, _DATE_ALONE
    while True:  # back over commas that set off only a place: "in Fort Worth, Texas, on"
        end, start = start, max(back, *(text.rfind(mark, back, start) + 1 for mark in ".!?\n,;:—–"))
        if start <= back or text[start - 1] != "," or not alone.match(text, start, end):
            return bool(words.future.search(text, start, at))
        start, alone = start - 1, _PLACE_ALONE


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
                        g.get("m5") or g["m8"])
    year_text = g.get("y1") or g.get("y2") or g.get("y3") or g.get("y7") or g.get("y8")
    day, last_day = g.get("d1") or g.get("d2") or g.get("d8"), g.get("d2b") or g.get("d8b")
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
        return count.qualified(f"{reference.start.year + step}-{month:02d}", reference)
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
        shift = {"last": -int(month <= last), "next": int(month >= first), "this": 0}
        year = reference.start.year + shift[g["srel4"].lower()]
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
        words.later(g.get("latn"), g["latu"] or "", (g.get("latd") or "").lower() == "earlier")
    if unit in ("day", "week"):
        return count.days_from(before, step * (7 if unit == "week" else 1))
    return count.relative(step, unit, before)


def _of_the_month(match: re.Match[str], words: Grammar) -> bool:
    """ "the end of the month", "ayın sonunda", "в конце месяца": no word counts the
    month, so after one its sentence named it is that one ("signed in March and
    delivered by the end of the month"), but in a sentence of what is to come."""
    return bool(match.group("rel")) and words.step(match.group("rel"))[0] == OF_THE_MONTH


def _not_a_date(match: re.Match[str], text: str, words: Grammar) -> bool:
    if match.group("y6") and _NAMED_YEAR.search(text, max(0, match.start() - 20),
                                                 match.start()):
        return True
    if words.language == "tr" and match.group("weekday"):  # "Cuma" is also Friday prayers
        return fold_name(match.group("weekday")) in TURKISH_WEEKDAY_WORDS and \
            not match.group("day_word")
    if words.language == "en" and match.group("weekday") and _PRAYERS.match(text, match.end()):
        return True  # "after Friday prayers": the service, not the day
    return words.language == "en" and _not_a_month(match, text)


def _not_a_month(match: re.Match[str], text: str) -> bool:
    """Month names are capitalised; "may" and "march" are words, "May" and
    "Jan" alone may be names, and "March 2019-2020" does not say which year."""
    word = match.group("m1") or match.group("m2") or match.group("m3") or match.group("mr")
    if not word:
        return False
    if word[0].islower():
        return True
    if match.group("m3") and not match.group("y3"):
        if _YEAR_NEXT.match(text, match.end()):
            return True
        if len(word.rstrip(".")) <= 4 and word.lower() not in ("may", "june", "july"):
            return True  # "Jan", "Sept" alone: an abbreviation wants a day or a year
        if word.lower() in _AMBIGUOUS and not match.group("part"):
            return not _LEAD_IN.search(text[: match.start()])
    return False
