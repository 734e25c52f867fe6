"""The words of dates in each language the machine reads, and the pattern
that finds them.

Month and weekday names come from CLDR through babel: English as Python's
`calendar` has always given them; Turkish (Ocak ... Aralık, Pazartesi ...)
and Russian in the forms CLDR keeps, the nominative ("декабрь", "среда")
and the genitive of a day's date ("23 августа"). Two Russian forms CLDR does
not keep are made by our rule from the nominative: the prepositional of a
month ("в декабре", "в мае") and the accusative of a weekday ("в среду",
"в пятницу"). Relative words ("geçen yıl", "в прошлом году") are our own
table: no library keeps them with their meaning.
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

Step = tuple[str, int]  # ("year", -1): last year

# Relative words: each phrase, in small letters, and what it counts from the report's date.
RELATIVE: dict[Language, dict[str, Step]] = {
    "en": {f"{rel} {unit}": (unit, step) for rel, step in (("last", -1), ("next", 1), ("this", 0))
           for unit in ("year", "month", "week")},
    "tr": {f"{rel} {unit}": (meaning, step)
           for rel, step in (("geçen", -1), ("geçtiğimiz", -1), ("gelecek", 1),
                             ("önümüzdeki", 1), ("bu", 0))
           for unit, meaning in (("yıl", "year"), ("sene", "year"), ("ay", "month"),
                                 ("hafta", "week"))},
    "ru": {**{f"в {rel} году": ("year", step) for rel, step in (
              ("прошлом", -1), ("следующем", 1), ("будущем", 1), ("этом", 0), ("текущем", 0))},
           **{f"в {rel} месяце": ("month", step) for rel, step in (
              ("прошлом", -1), ("следующем", 1), ("этом", 0))},
           **{f"на {rel} неделе": ("week", step) for rel, step in (
              ("прошлой", -1), ("следующей", 1), ("этой", 0))}},
}
# A year counted from the report's, after a month: "in July last year",
# "в декабре прошлого года".
YEAR_AFTER_MONTH: dict[Language, dict[str, int]] = {
    "en": {"last year": -1, "next year": 1, "this year": 0,
           "of last year": -1, "of next year": 1, "of this year": 0},
    "tr": {},
    "ru": {"прошлого года": -1, "следующего года": 1, "этого года": 0, "текущего года": 0},
}
YESTERDAY: dict[Language, str] = {"en": "yesterday", "tr": "dün", "ru": "вчера"}
# The report's own day, where the word is not also a figure of speech or a
# name: English "today" is ("today's Turkey"), Russian "сегодня" too («Россия
# сегодня»); Turkish news writes "bugün" for the day (not "bugüne kadar").
TODAY: dict[Language, str] = {"tr": "bugün"}
# Turkish puts a counted year before the month: "geçen yıl Aralık ayında".
YEAR_BEFORE_MONTH: dict[Language, dict[str, int]] = {
    "tr": {"geçen yıl": -1, "geçtiğimiz yıl": -1, "bu yıl": 0, "gelecek yıl": 1,
           "önümüzdeki yıl": 1}}
# "three years ago", "üç yıl önce", "три года назад": a count of units before
# the report's date. Counts as digits or as words; the unit's forms by language.
AGO_COUNTS: dict[Language, dict[str, int]] = {
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10},
    "tr": {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
           "dokuz": 9, "on": 10},
    "ru": {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
           "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
}
AGO_UNITS: dict[Language, dict[str, str]] = {
    "en": {f"{unit}{s}": unit for unit in ("year", "month", "week", "day") for s in ("", "s")},
    "tr": {"yıl": "year", "sene": "year", "ay": "month", "hafta": "week", "gün": "day"},
    "ru": {**dict.fromkeys(("год", "года", "лет"), "year"),
           **dict.fromkeys(("месяц", "месяца", "месяцев"), "month"),
           **dict.fromkeys(("неделю", "недели", "недель"), "week"),
           **dict.fromkeys(("день", "дня", "дней"), "day")},
}
AGO = {"en": r"{count}\s+{unit}\s+ago", "tr": r"{count}\s+{unit}\s+önce",
       "ru": r"(?:{count}\s+)?{unit}\s+назад"}
# "last Friday", "geçen cuma", "в прошлую пятницу": the one before the report's day.
LAST_WEEKDAY = {"en": r"last\s+", "tr": r"geçen\s+", "ru": r"в\s+прошл(?:ую|ый|ое)\s+"}
# Words that put a sentence's dates ahead of the report's: "is due to meet
# Putin on Wednesday", "has until 31 July". English only: Turkish and
# Russian mark the future on the verb, after the date.
FUTURE: dict[Language, str] = {
    "en": r"\b(?:will|shall|(?:is|are|'s|'re)\s+(?:due|expected|scheduled|set|going|"
          r"planning)\s+to|plans?\s+to|until|deadline)\b|'ll\b"}
# Words before a weekday or month that make it a date, not another word.
WEEKDAY_BEFORE = {"ru": r"(?:в|во)\s+"}
WEEKDAY_AFTER = {"tr": r"(?:\s+(?:günü|sabahı|akşamı|gecesi|öğleden\s+sonra))?"}
# A month with its year, or alone where a word says it is the month: "Haziran
# ayında" (in the month of June), "в октябре" (in October).
MONTH_ALONE = {
    "tr": r"\b(?P<m3>{month})(?:\s+{year}|(?=\s+ay(?:ında|ı|ının)\b))",
    "ru": r"(?:\b(?:в|во)\s+)?(?P<m3>{month})\s+{year}|\b(?:в|во)\s+(?P<m4>{month})(?!\w)",
}
YEAR_WORDS = {"tr": r"(?:\s+yılında|\s+yılı)?",
              "ru": r"(?:-(?:м|го|й|х))?(?:\s+(?:года|году|г\.))?", "en": ""}
# Turkish weekdays that are also common words (Friday prayers, the market):
# a date only with "günü" (day).
TURKISH_WEEKDAY_WORDS = frozenset({"cuma", "pazar"})


@dataclass(frozen=True)
class Grammar:
    """How one language writes dates: the pattern, and what its words mean."""

    language: Language
    pattern: re.Pattern[str]
    months: dict[str, int]  # folded name or abbreviation -> 1..12
    weekdays: dict[str, int]  # folded name -> 0 (Monday) .. 6
    relative: dict[str, Step]
    year_after_month: dict[str, int]
    future: re.Pattern[str] | None  # words that put a sentence in the future

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
    if language == "ru":  # в декабре, в мае: the prepositional, by rule
        full |= {_ending(n, "е"): i for i, n in months["stand-alone"]["wide"].items()}
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
    """A Russian month's form with `ending` for its last vowel or soft sign."""
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
    future = re.compile(FUTURE[language], re.IGNORECASE) if language in FUTURE else None
    return Grammar(language, _pattern(language, full, short, weekdays, relative, after_month),
                   full | short, weekdays, relative, after_month, future)


def _ago(language: Language) -> str:
    count = rf"(?P<agon>\d{{1,2}}|{_alternation(AGO_COUNTS[language])})"
    unit = rf"(?P<agou>{_alternation(AGO_UNITS[language])})"
    return rf"(?<!\w){AGO[language].format(count=count, unit=unit)}(?!\w)"


def _last_weekday(language: Language, weekdays: dict[str, int]) -> str:
    return rf"(?<!\w){LAST_WEEKDAY[language]}(?P<lastwd>{_alternation(weekdays)})" \
        rf"{WEEKDAY_AFTER.get(language, '')}(?!\w)"


def _pattern(language: Language, full: dict[str, int], short: dict[str, int],
             weekdays: dict[str, int], relative: dict[str, Step],
             after_month: dict[str, int]) -> re.Pattern[str]:
    if language == "en":
        return _english(_alternation(full | short), _alternation(weekdays),
                        _alternation(after_month), [_ago(language), _last_weekday(language,
                                                                                  weekdays)])
    year = r"(?P<{0}>(?:19|20)\d\d)(?!\d)" + YEAR_WORDS[language]
    month, any_month = _alternation(full), _alternation(full | short)
    rel_year = _alternation(after_month) if after_month else "(?!)"
    return re.compile("|".join([
        r"\b(?P<dd>[0-3]?\d)\.(?P<mm>[01]\d)\.(?P<yy>(?:19|20)\d\d)\b",  # 23.08.2021
        rf"\b(?P<d1>[0-3]?\d)\s+(?P<m1>{any_month})(?:\s+{year.format('y1')})?(?!\w)",
        rf"\b(?:(?:в|во)\s+)?(?P<mr>{month})\s+(?P<ry>{rel_year})\b",
        MONTH_ALONE[language].format(month=month, year=year.format('y3')),
        *([rf"(?<!\w)(?P<ry2>{_alternation(YEAR_BEFORE_MONTH[language])})\s+(?P<mr2>{month})"
            r"(?:\s+ay(?:ında|ı|ının))?(?!\w)"] if language in YEAR_BEFORE_MONTH else []),
        rf"(?<!\w)(?P<rel>{_alternation(relative)})\w*",
        rf"(?<!\w)(?P<near>{YESTERDAY[language]})(?!\w)",
        *([rf"(?<!\w)(?P<today>{TODAY[language]})(?!\w)"] if language in TODAY else []),
        _ago(language), _last_weekday(language, weekdays),
        rf"(?<!\w){WEEKDAY_BEFORE.get(language, '')}(?P<weekday>{_alternation(weekdays)})"
        rf"(?P<day_word>{WEEKDAY_AFTER.get(language, '')})(?!\w)",
        r"\b(?P<y4>(?:19|20)\d\d)\s*[–-]\s*(?P<y5>(?:19|20)\d\d)\b",
        rf"\b{year.format('y6')}(?!\w)",
    ]), re.IGNORECASE)


def _english(months: str, weekdays: str, after_month: str,
             counted: list[str]) -> re.Pattern[str]:
    month = r"(?P<{0}>" + months + r")\.?"
    day = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<{0}>(?:19|20)\d\d)(?![\d-]\w)"
    return re.compile("|".join([
        r"\b(?P<dd>[0-3]?\d)\.(?P<mm>[01]\d)\.(?P<yy>(?:19|20)\d\d)\b",  # 23.08.2021
        # 23 October 2019, 5th of December
        rf"\b{day.format('d1')}\s+(?:of\s+)?{month.format('m1')}(?:,?\s+{year.format('y1')})?\b",
        # October 23rd, December 5th – 7th, November 04, 2019
        rf"\b{month.format('m2')}\s+{day.format('d2')}(?:\s*[–—-]\s*{day.format('d2b')})?"
        rf"(?:,?\s+{year.format('y2')})?\b",
        # July last year, April next year
        rf"\b{month.format('mr')}\s+(?P<ry>{after_month})\b",
        # in early November, July 2019, in February
        rf"\b(?:(?P<part>early|mid|late)[\s-]+)?{month.format('m3')}(?:\s+{year.format('y3')})?\b",
        r"\b(?P<rel>(?:next|last|this)\s+(?:year|month|week))\b",
        r"\b(?P<near>yesterday)\b",  # "today", "tomorrow": too often a figure of speech
        *counted,  # "three years ago", "last Friday"
        r"\b(?P<weekday>" + weekdays + r")\b",
        r"\b(?P<y4>(?:19|20)\d\d)\s*[–-]\s*(?P<y5>(?:19|20)\d\d)\b",  # 2019-2020
        rf"\b{year.format('y6')}\b",
    ]), re.IGNORECASE)
