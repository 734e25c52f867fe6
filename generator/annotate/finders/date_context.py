"""What the words around a date say of it: whether it is spoken of as to
come ("is due to meet Putin on Wednesday"), and whether it is a date at all
("March" the name, "after Friday prayers", "Army-2021")."""

from __future__ import annotations

import re

from ...model.text import fold_name
from .date_grammar import Grammar
from .date_words import PAST_CLAUSE, TURKISH_WEEKDAY_WORDS

# Month names that are also words or names ("may", "March", Theresa May) are
# dates only when capitalised and given a day, a year or a word like "in".
_AMBIGUOUS = {"may", "march", "jan", "mar", "jun", "aug", "sep", "oct", "nov", "dec"}
_YEAR_NEXT = re.compile(r"\s+\d{4}")
_LEAD_IN = re.compile(r"\b(?:in|since|until|by|of|from|early|mid|late)[\s-]+$", re.IGNORECASE)
_CLAUSE_REACH = 300  # characters: no clause of a news report is longer
# "Army-2021", "«Армия-2022»": a year in a name is not a date.
_NAMED_YEAR = re.compile(r"[A-ZА-ЯЁ]\w*-$")
# After a comma, the date alone ("…, on Thursday"); between commas, a place's
# name alone ("…, Texas, on"): no clause of their own ("…, Shugaev on Thursday told").
_DATE_ALONE = re.compile(r"\s*+(?:(?:on|in|at|by)\s+)?$")
_PLACE_ALONE = re.compile(r"\s*+(?:[A-Z][\w’'.-]*+\s*+)++$")
_PRAYERS = re.compile(r"\s+prayers?\b", re.IGNORECASE)


def ahead(text: str, at: int, words: Grammar) -> bool:
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
            return _future_before(text, start, at, words.future)
        start, alone = start - 1, _PLACE_ALONE


def _future_before(text: str, start: int, at: int, future: re.Pattern[str]) -> bool:
    """A word of what is to come between `start` and the date, unless a
    clause of its own comes between ("will face sanctions under a law passed
    by Congress in August": August is the law's)."""
    ends = [word.end() for word in future.finditer(text, start, at)]
    return bool(ends) and not PAST_CLAUSE.search(text[ends[-1]:at])


def not_a_date(match: re.Match[str], text: str, words: Grammar) -> bool:
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
