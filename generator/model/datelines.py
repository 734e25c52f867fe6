"""The dateline that opens an agency story, one grammar for the whole
dossier: the annotator reads it so that its place is not taken for a
mention of the state, and `dossier new` so that its day and agency go into
the front matter. It stays in the body (the report says it).

    MOSCOW, August 23. /TASS/.            ISTANBUL, Oct 23 (Reuters) -
    ANKARA, Turkey (AP) —                 ANKARA (AA) -
    NEW DELHI — October 5, 2018 —         МОСКВА, 23 августа. /ТАСС/.
    Москва. 25 августа. INTERFAX.RU -     МОСКВА, 23 окт — РИА Новости.
    MOSCOW (UrduPoint News / Sputnik - 23rd August, 2020)
    Washington (CNN) —                    Москва, 12 июля 2019, 12:34 — REGNUM
    KUBINKA /Moscow region/, August 23. /TASS/.   ANKARA:
    ANKARA/MOSCOW (Reuters) -             YEREVAN, NOVEMBER 15, ARMENPRESS.
    Tehran, IRNA –
"""

from __future__ import annotations

import re

from .text import LOW, UP, paragraphs

# Every written form of a month, any case; a form's first three letters
# (lowercased) name its month in all three languages.
_MONTH_WORDS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec "
    "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "янв фев мар апр июн июл авг сент сен окт нояб ноя дек")
MONTH_FORMS = tuple(_MONTH_WORDS.split())
# Longest first, so that "Sept" wins over "Sep" and "января" over "янв".
MONTH = "(?:" + "|".join(sorted(MONTH_FORMS, key=len, reverse=True)) + ")"

_MONTH = f"(?i:{MONTH})"
# A place in capitals; one in small letters only before a date ("Москва.
# 25 августа", "Москва, 12 июля 2019") or an agency's tag ("Washington (CNN) —").
_PLACE = (rf"(?P<place>[{UP}][{UP}'’.-]+(?:\s+[{UP}][{UP}'’.-]+){{0,3}}"
          rf"(?:/[{UP}][{UP}'’.-]+)?"  # "ANKARA/MOSCOW (Reuters) -"
          rf"|[{UP}][{LOW}]+(?=[.,]\s+\d|\s*\([^()\n]{{2,30}}\)\s*[—–-]"
          rf"|,\s+[{UP}]{{3,12}}\s+[—–-]\s+[{UP}]))")  # "Tehran, IRNA – The" (not "US – Turkish")
_REGION = (rf"(?:,\s*(?!{_MONTH}\b)[{UP}][{LOW}]+(?:\s[{UP}][{LOW}]+)?(?=\s*[(—–-]))?"
           r"(?:\s*/[^/\n]{1,40}/)?")
_DAY = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
        r"(?:,?\s+\d{1,2}:\d{2})?")  # "12 июля 2019, 12:34"
_AGENCY = (r"(?:/(?P<slash>[^/\n]{2,30})/\.?"
           r"|\((?P<paren>[^()\n]{2,80})\)\.?"  # "Bakü, 30 Eylül (AZERTAC)."
           rf"|(?P<bare>[{UP}][{UP}.]{{1,15}}(?=\s+[-–—]))"
           # "YEREVAN, NOVEMBER 15, ARMENPRESS.": only after a day (not "WASHINGTON, D.C.")
           rf"|(?(day)(?P<tagged>[{UP}]{{3,15}})\.(?=\s)|(?!))"
           rf"|[—–-]{{1,2}}\s*(?P<dash>[{UP}][\w]+(?:\s[{UP}][\w]+){{0,3}})\.(?=\s)"
           rf"|[—–-]{{1,2}}\s*(?P<caps>[{UP}]{{3,12}})(?=\s+[{UP}]))")  # "— REGNUM Первый"
_DATELINE = re.compile(
    rf"{_PLACE}{_REGION}(?:\s*[,.—–-]\s*(?P<day>{_DAY}))?\.?,?\s*(?:{_AGENCY})?"
    rf"\s*(?:[-–—]{{1,2}}\s+|:\s+(?=[{UP}])|(?<=[.)])\s+|(?<=[{UP}])\s+(?=[{UP}]))")
DATELINE_PARAGRAPHS = 3  # the dateline is in the first, or after a standfirst and a lead


def match(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The dateline at text[start:], if there is one: a place followed by a
    day, an agency or a dash."""
    found = _DATELINE.match(text, start, len(text) if end is None else end)
    if not found or not (found.group("day") or agency(found) or
                         re.search(r"[-–—:]\s*$", found.group())):
        return None
    return found


def agency(found: re.Match[str]) -> str:
    """The agency's tag as printed: "TASS", "Reuters", "INTERFAX.RU", "РИА Новости"."""
    return next((found.group(g) for g in ("slash", "paren", "bare", "tagged", "dash", "caps")
                 if found.group(g)), "").strip()


def span(body: str) -> tuple[int, int] | None:
    """Start and end of the report's dateline, if one of its first paragraphs opens with one."""
    for start, end in paragraphs(body)[:DATELINE_PARAGRAPHS]:
        found = match(body, start, end)
        if found:
            return found.span()
    return None
