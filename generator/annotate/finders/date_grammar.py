"""The grammar of dates in each language the machine reads: the pattern that
finds them, built from the tables of `date_words.py` and CLDR's month and
weekday names, and what each word means.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale

from ...model.text import fold_name
from ...model.vocabulary import Language
from .date_words import (
    AGO,
    AGO_COUNTS,
    AGO_UNITS,
    DAY_RANGE,
    DECADE,
    HALF,
    HALVES,
    LAST_WEEKDAY,
    LATER,
    MONTH_ALONE,
    MONTH_HALF,
    MONTH_RANGE,
    QUARTER,
    QUARTERS,
    RELATIVE,
    SAME_DAY,
    SAME_MONTH,
    SEASON,
    SEASON_ALONE,
    SEASON_OF,
    SEASONS,
    THAT_YEAR,
    TODAY,
    WEEKDAY_AFTER,
    WEEKDAY_BEFORE,
    WEEKEND,
    YEAR_AFTER_MONTH,
    YEAR_BEFORE_MONTH,
    YEAR_END,
    YEAR_WORDS,
    YESTERDAY,
    Step,
)
from .tense_words import FUTURE, FUTURE_AFTER, FUTURE_NEXT, PAST_CLAUSE, PLANNED, REPORTED_CLAUSE


@dataclass(frozen=True)
class Grammar:
    """How one language writes dates: the pattern, and what its words mean."""

    language: Language
    pattern: re.Pattern[str]
    months: dict[str, int]  # folded name or abbreviation -> 1..12
    weekdays: dict[str, int]  # folded name -> 0 (Monday) .. 6
    relative: dict[str, Step]
    year_after_month: dict[str, int]
    future: re.Pattern[str] | None  # words before a date that put it in the future
    future_after: re.Pattern[str] | None  # words after it, to the sentence's end
    reported: re.Pattern[str] | None  # where a reported clause after it begins
    planned: re.Pattern[str] | None  # a plan told in the past (Turkish: after the date)
    past_clause: re.Pattern[str] | None  # a past clause of its own after those words
    future_next: re.Pattern[str] | None  # words right after a date that put it ahead

    def season(self, word: str) -> tuple[int, int]:
        """The first and last month of a season's name."""
        return _FOLDED_SEASONS[self.language][fold_name(word)]

    def year_end(self, phrase: str) -> int:
        """How many years from the report's "the end of the year" is."""
        return _FOLDED_YEAR_END[self.language][fold_name(" ".join(phrase.split()))]

    def quarter(self, word: str) -> int:
        """1 to 4 for "first" to "fourth", "ilk", "четвёртом"."""
        return _FOLDED_QUARTERS[fold_name(word)]

    def half(self, word: str) -> int:
        """1 or 2 for "first" or "second", "ilk", "втором"."""
        return _FOLDED_HALVES[fold_name(word)]

    def month(self, word: str) -> int:
        return self.months[fold_name(word.rstrip("."))]

    def weekday(self, word: str) -> int:
        return self.weekdays[fold_name(word)]

    def year_step(self, phrase: str) -> int:
        """How many years from the report's a counted year is, either order."""
        phrase = " ".join(phrase.lower().split())
        before = _FOLDED_YEAR_BEFORE.get(self.language, {})
        return self.year_after_month.get(phrase, before.get(fold_name(phrase), 0))

    def step(self, phrase: str) -> Step:
        return self.relative[fold_name(" ".join(phrase.split()))]

    def later(self, count: str | None, unit: str, earlier: bool) -> Step:
        """("day", 3) for "three days later", ("day", -3) for "three days earlier"."""
        unit, step = self.ago(count, unit)
        return unit, step if earlier else -step

    def ago(self, count: str | None, unit: str) -> Step:
        """("year", -3) for "three years ago"; no count is one ("год назад")."""
        counts, units = _FOLDED_COUNTS[self.language], _FOLDED_UNITS[self.language]
        n = 1 if count is None else int(count) if count.isdigit() else counts[fold_name(count)]
        return units[fold_name(unit)], -n


def _folded(table: dict[Language, dict[str, Any]]) -> dict[Language, dict[str, Any]]:
    return {language: {fold_name(k): v for k, v in words.items()}
            for language, words in table.items()}


# The tables as the methods above look their words up.
_FOLDED_COUNTS, _FOLDED_UNITS = _folded(AGO_COUNTS), _folded(AGO_UNITS)
_FOLDED_YEAR_BEFORE = _folded(YEAR_BEFORE_MONTH)
_FOLDED_SEASONS, _FOLDED_YEAR_END = _folded(SEASONS), _folded(YEAR_END)
_FOLDED_QUARTERS = {fold_name(word): n for word, n in QUARTERS.items()}
_FOLDED_HALVES = {fold_name(word): n for word, n in HALVES.items()}


def _cldr_months(language: Language) -> tuple[dict[str, int], dict[str, int]]:
    """(full names, abbreviations), each form folded -> month number."""
    if language == "en":
        full = {n.lower(): i for i, n in enumerate(calendar.month_name) if n}
        short = {n.lower(): i for i, n in enumerate(calendar.month_abbr) if n} | {"sept": 9}
        return full, short
    months = Locale(language).months
    full = {n: i for ctx in ("format", "stand-alone") for i, n in months[ctx]["wide"].items()}
    short = {n.rstrip("."): i for ctx in ("format", "stand-alone") for i, n in
             months[ctx]["abbreviated"].items()}
    if language == "ru":  # в декабре, к декабрю, к марту: the prepositional and dative, by rule
        full |= {_ending(n, e): i for i, n in months["stand-alone"]["wide"].items()
                 for e in ("е", "ю" if n[-1] in "ьй" else "у")}
    return _folded_too(full), _folded_too(short)


def _cldr_weekdays(language: Language) -> dict[str, int]:
    if language == "en":
        return {n.lower(): i for i, n in enumerate(calendar.day_name)}
    days = Locale(language).days["format"]["wide"]
    names = {n: i for i, n in days.items()}
    if language == "ru":  # в среду, в пятницу: the accusative, by rule
        names |= {n[:-1] + "у": i for i, n in days.items() if n.endswith("а")}
    return _folded_too(names)


def _folded_too(words: dict[str, int]) -> dict[str, int]:
    """Each word in small letters, and as `fold_name` spells it for lookups."""
    return {form: i for word, i in words.items() for form in (word.lower(), fold_name(word))}


def _ending(nominative: str, ending: str) -> str:
    """A Russian month's form with `ending` for its last soft sign or й."""
    stem = nominative[:-1] if nominative[-1] in "ьй" else nominative
    return stem + ending


def _alternation(words: Iterable[str]) -> str:
    """A regex of the words, longest first; each also as written with accents
    folded away ("Aralik" for "Aralık")."""
    forms = {w for w in words} | {fold_name(w) for w in words}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                    sorted(forms, key=len, reverse=True))


@cache
def grammar(language: Language) -> Grammar:
    full, short = _cldr_months(language)
    weekdays = _cldr_weekdays(language)
    relative = {form: v for k, v in RELATIVE[language].items() for form in (k, fold_name(k))}
    after_month = {form: v for k, v in YEAR_AFTER_MONTH[language].items()
                   for form in (k, fold_name(k))}
    tense = (re.compile(table[language], re.IGNORECASE) if language in table else None
             for table in (FUTURE, FUTURE_AFTER, REPORTED_CLAUSE, PLANNED, PAST_CLAUSE,
                           FUTURE_NEXT))
    return Grammar(language, _pattern(language, full, short, weekdays, relative, after_month),
                   full | short, weekdays, relative, after_month, *tense)


def _ago(language: Language) -> str:
    count = rf"(?P<agon>\d{{1,2}}|{_alternation(AGO_COUNTS[language])})"
    unit = rf"(?P<agou>{_alternation(AGO_UNITS[language])})"
    return rf"(?<!\w){AGO[language].format(count=count, unit=unit)}(?!\w)"


def _from_before(language: Language) -> list[str]:
    """ "three days later", "that same month", "later that day": dates counted
    from the one before."""
    count = rf"(?P<latn>\d{{1,2}}|{_alternation(AGO_COUNTS[language])})"
    unit = rf"(?P<latu>{_alternation(AGO_UNITS[language])})"
    return [LATER[language].format(count=count, unit=unit),
            rf"(?P<samemonth>{SAME_MONTH[language]})", rf"(?P<sameday>{SAME_DAY[language]})"]


def _last_weekday(language: Language, weekdays: dict[str, int]) -> str:
    return rf"(?<!\w){LAST_WEEKDAY[language]}(?P<lastwd>{_alternation(weekdays)})" \
        rf"{WEEKDAY_AFTER.get(language, '')}(?!\w)"


def _pattern(language: Language, full: dict[str, int], short: dict[str, int],
             weekdays: dict[str, int], relative: dict[str, Step],
             after_month: dict[str, int]) -> re.Pattern[str]:
    if language == "en":
        return _english(_alternation(full | short), _alternation(weekdays),
                        _alternation(after_month), [*_from_before(language), _ago(language),
                                                    _last_weekday(language, weekdays)])
    year = r"(?P<{0}>(?:19|20)\d\d)(?!\d)" + YEAR_WORDS[language]
    month, any_month = _alternation(full), _alternation(full | short)
    rel_year = _alternation(after_month) if after_month else "(?!)"
    return re.compile("|".join([
        r"\b(?P<dd>[0-3]?\d)\.(?P<mm>[01]\d)\.(?P<yy>(?:19|20)\d\d)\b",  # 23.08.2021
        THAT_YEAR[language].format(month=month),
        *_stretches(language, any_month, year),
        rf"\b(?P<d1>[0-3]?\d)\s+(?P<m1>{any_month})(?:\s+{year.format('y1')})?(?!\w)",
        rf"\b(?:(?:в|во)\s+)?(?P<mr>{month})\s+(?P<ry>{rel_year})\b",
        MONTH_ALONE[language].format(month=month, any_month=any_month, year=year.format('y3'),
                                     year5=year.format('y7')),
        rf"(?<!\w)(?P<yend>{_alternation(YEAR_END[language])})(?!\w)",
        *([rf"(?<!\w)(?P<ry2>{_alternation(YEAR_BEFORE_MONTH[language])})\s+(?P<mr2>{month})"
            r"(?:\s+ay(?:ında|ı|ının))?(?!\w)"] if language in YEAR_BEFORE_MONTH else []),
        rf"(?<!\w)(?P<rel>{_alternation(relative)})\w*",
        rf"(?<!\w)(?P<near>{YESTERDAY[language]})(?!\w)",
        *([rf"(?<!\w)(?P<today>{TODAY[language]})(?!\w)"] if language in TODAY else []),
        *_from_before(language), _ago(language), _last_weekday(language, weekdays),
        rf"(?<!\w){WEEKDAY_BEFORE.get(language, '')}(?P<weekday>{_alternation(weekdays)})"
        rf"(?P<day_word>{WEEKDAY_AFTER.get(language, '')})(?!\w)",
        r"\b(?P<y4>(?:19|20)\d\d)\s*[–-]\s*(?P<y5>(?:19|20)\d\d)\b",
        rf"\b{year.format('y6')}(?!\w)",
    ]), re.IGNORECASE)


def _stretches(language: Language, month: str, year: str) -> list[str]:
    """Dates that span days, months or years: a season, a range of days, a
    quarter, a half, a decade, a weekend. `year` is a pattern with a slot for its group's name."""
    seasons = _alternation(SEASONS[language])
    return [SEASON[language].format(seasons=seasons, year=year.format("sy")),
            *([SEASON_OF[language].format(seasons=seasons)] if language in SEASON_OF else []),
            *([SEASON_ALONE[language].format(seasons=seasons)] if language in SEASON_ALONE
              else []),
            DAY_RANGE[language].format(month=month, year=year.format("y8")),
            MONTH_RANGE[language].format(month=month, year=year.format("mgy")),
            QUARTER[language].format(quarters=_alternation(QUARTERS), year=year.format("qy")),
            HALF[language].format(halves=_alternation(HALVES), year=year.format("hy")),
            MONTH_HALF[language].format(month=month, year=year.format("mhy")),
            DECADE[language], rf"(?P<wkend>{WEEKEND[language]})"]


def _english(months: str, weekdays: str, after_month: str,
             counted: list[str]) -> re.Pattern[str]:
    month = r"(?P<{0}>" + months + r")\.?"
    day = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<{0}>(?:19|20)\d\d)(?![\d-]\w)"
    return re.compile("|".join([
        r"\b(?P<dd>[0-3]?\d)\.(?P<mm>[01]\d)\.(?P<yy>(?:19|20)\d\d)\b",  # 23.08.2021
        THAT_YEAR["en"].format(month=months),
        *_stretches("en", months, year),
        # July last year, December 14 last year, 14 December next year
        rf"\b(?:{day.format('dr')}\s+(?:of\s+)?)?{month.format('mr')}"
        rf"(?:\s+{day.format('dr2')})?,?\s+(?P<ry>{after_month})\b",
        # 23 October 2019, 5th of December
        rf"\b{day.format('d1')}\s+(?:of\s+)?{month.format('m1')}(?:,?\s+{year.format('y1')})?\b",
        # October 23rd, December 5th – 7th, November 04, 2019
        rf"\b{month.format('m2')}\s+{day.format('d2')}(?:\s*[–—-]\s*{day.format('d2b')})?"
        rf"(?:,?\s+{year.format('y2')})?\b",
        # in early November, July 2019, in February
        rf"\b(?:(?P<part>early|mid|late)[\s-]+)?{month.format('m3')}(?:,?\s+{year.format('y3')})?\b",
        # next year, earlier in the month; not "the month-long exercise"
        rf"\b(?P<rel>{_alternation(RELATIVE['en'])})\b(?!-)",
        rf"\b(?P<yend>{_alternation(YEAR_END['en'])})\b",
        r"\b(?P<near>yesterday)\b",  # "today", "tomorrow": too often a figure of speech
        r"\b(?P<today>this\s+(?:morning|afternoon|evening))\b",
        *counted,  # "three years ago", "last Friday"
        r"\b(?P<weekday>" + weekdays + r")\b",
        r"\b(?P<y4>(?:19|20)\d\d)\s*[–-]\s*(?P<y5>(?:19|20)\d\d)\b",  # 2019-2020
        rf"\b{year.format('y6')}\b",
    ]), re.IGNORECASE)
