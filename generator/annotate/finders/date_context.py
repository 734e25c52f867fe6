"""What the words around a date say of it: whether it is spoken of as to
come ("is due to meet Putin on Wednesday"), and whether it is a date at all
("March" the name, "after Friday prayers", "Army-2021")."""

from __future__ import annotations

import re

from ...model.text import UP, fold_name
from .date_grammar import Grammar
from .date_words import TURKISH_WEEKDAY_WORDS

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
AHEAD, PLANNED = "ahead", "planned"  # what `tense` says of a date
_NAME_BEFORE = re.compile(rf"(?<=[\w,;)»”\"] )([{UP}][\w-]*)\s+$")
_FEASTS = frozenset(("christmas", "easter", "ramadan", "eid", "nowruz"))
_PRAYERS = re.compile(r"\s+prayers?\b", re.IGNORECASE)
_BOUND = re.compile(r"\b(?:about|than|nearly|almost|roughly|around|some|over|under|least|"
                    r"within)\s++$", re.IGNORECASE)
_SET_OFF = re.compile(r",\s++(?:(?:just|only)\s++)?$", re.IGNORECASE)
_WHAT_AFTER = re.compile(r"\s++[\w“\"«]")  # "a day after Washington", not "a day after."


def tense(text: str, span: tuple[int, int], words: Grammar) -> str:
    """ "ahead" when the date at text[span] is spoken of as to come, "planned"
    when as a plan told in the past, else "". In English by words before it in
    its clause ("is due to meet … on Wednesday", "until 31 July", "were due to
    be flown in November"; not "will act if…, Akar said on Tuesday"), in
    Turkish and Russian by the verb of its sentence ("… bir araya gelmesi
    bekleniyor", "состоится"), not of a clause it reports ("В сентябре он
    заявил, что … будет"); in Turkish also by the words right after it
    ("ocak ayında göreve başlayacak", "31 Temmuz'a kadar")."""
    at = span[0]
    if words.future_next and words.future_next.match(text, span[1]):
        return AHEAD
    back = max(0, at - _CLAUSE_REACH)  # a bounded look back: a long report costs its length
    if words.future_after is not None:  # the verb, in the date's sentence
        start = max(back, *(text.rfind(mark, back, at) + 1 for mark in ".!?\n"))
        # A quotation's close ends its sentence: `"…nisanda görevde olacak" diyen Akar`.
        ends = [i for mark in '.!?\n"”»' if (i := text.find(mark, at, at + _CLAUSE_REACH)) != -1]
        end = min(ends, default=min(len(text), at + _CLAUSE_REACH))
        if words.reported is not None and (clause := words.reported.search(text, at, end)):
            end = clause.start()
        future = words.future_after.search(text[start:end]) or \
            (words.future and words.future.search(text, start, at))
        if future:
            return AHEAD
        planned = words.planned and words.planned.search(text, at, end)  # Turkish's, after it
        return PLANNED if planned else ""
    start, alone = at, _DATE_ALONE
    while True:  # back over commas that set off only a place: "in Fort Worth, Texas, on"
        end, start = start, max(back, *(text.rfind(mark, back, start) + 1 for mark in ".!?\n,;:—–"))
        if start <= back or text[start - 1] != "," or not alone.match(text, start, end):
            return _said_before(text, start, at, words)
        start, alone = start - 1, _PLACE_ALONE


def _said_before(text: str, start: int, at: int, words: Grammar) -> str:
    """The last word of what is to come, or of a past plan, between `start`
    and the date, unless a clause of its own comes between ("will face
    sanctions under a law passed by Congress in August": August is the law's)."""
    found = [(m.end(), kind) for kind, pattern in ((AHEAD, words.future),
                                                   (PLANNED, words.planned)) if pattern
             for m in pattern.finditer(text, start, at)]
    if not found:
        return ""
    end, kind = max(found)
    return "" if words.past_clause and words.past_clause.search(text[end:at]) else kind


def not_a_date(match: re.Match[str], text: str, words: Grammar) -> bool:
    if words.language == "en" and match.group("latu") and _not_a_count(match, text):
        return True
    if match.group("y6") and (_NAMED_YEAR.search(text, max(0, match.start() - 20), match.start())
                              or (words.language == "en" and _after_a_name(match, text, words))):
        return True
    if words.language == "tr" and match.group("weekday"):  # "Cuma" is also Friday prayers
        return fold_name(match.group("weekday")) in TURKISH_WEEKDAY_WORDS and \
            not match.group("day_word")
    if words.language == "en" and match.group("weekday") and _PRAYERS.match(text, match.end()):
        return True  # "after Friday prayers": the service, not the day
    return words.language == "en" and _not_a_month(match, text)


def _after_a_name(match: re.Match[str], text: str, words: Grammar) -> bool:
    """ "the Slavic Shield 2019 exercise": in English a year after a
    capitalised word inside its sentence is that name's; not after a weekday,
    a feast ("Christmas 2019") or a sentence's first word ("In 2015"). (A
    month's name is read with its year: "July 2019". Turkish puts its subject
    right before a year: "Akar 2019 sonunda".)"""
    word = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
    name = fold_name(word.group(1)) if word else ""
    return bool(name) and name not in words.weekdays and name not in _FEASTS


def _not_a_count(match: re.Match[str], text: str) -> bool:
    """A count given as a bound ("less than a week after", "at least two days
    later") is no date; "a day after X" is one set off after its sentence's
    date, with what it is after ("…, a day after Washington imposed"), not a
    clause's own ("said on Tuesday that it came a week after the deal")."""
    if _BOUND.search(text, max(0, match.start() - 12), match.start()):
        return True
    if (match.group("latd") or "").lower() not in ("after", "before"):
        return False
    return not (_SET_OFF.search(text, max(0, match.start() - 8), match.start())
                and _WHAT_AFTER.match(text, match.end()))


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
