"""The dateline that opens an agency story: where it was filed, often the
day, and the agency that filed it. It stays in the body (the gold's
convention: the report says it); what it tells goes into the front matter.

    MOSCOW, August 23. /TASS/.            ISTANBUL, Oct 23 (Reuters) -
    ANKARA, Turkey (AP) —                 ANKARA (AA) -
    NEW DELHI — October 5, 2018 —         МОСКВА, 23 августа. /ТАСС/.
    Москва. 25 августа. INTERFAX.RU -     МОСКВА, 23 окт — РИА Новости.
    MOSCOW (UrduPoint News / Sputnik - 23rd August, 2020)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bylines import LOW, UP
from .dates import PageDate, dates_in
from .words import MONTH

_MONTH = f"(?i:{MONTH})"
_PLACE = (rf"(?P<place>[{UP}][{UP}'’.-]+(?:\s+[{UP}][{UP}'’.-]+){{0,3}}"
          rf"|[{UP}][{LOW}]+(?=\.\s+\d))")  # "Москва." only when a date follows
_REGION = (rf"(?:,\s*(?!{_MONTH}\b)[{UP}][{LOW}]+(?:\s[{UP}][{LOW}]+)?(?=\s*[(—–-]))?"
           r"(?:\s*/[^/\n]{1,40}/)?")
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
_AGENCY = (r"(?:/(?P<slash>[^/\n]{2,30})/\.?"
           r"|\((?P<paren>[^()\n]{2,80})\)"
           rf"|(?P<bare>[{UP}][{UP}.]{{1,15}}(?=\s+[-–—]))"
           rf"|[—–-]{{1,2}}\s*(?P<dash>[{UP}][\w]+(?:\s[{UP}][\w]+){{0,3}})\.(?=\s))")
_DATELINE = re.compile(
    rf"^{_PLACE}{_REGION}(?:\s*[,.—–-]\s*(?P<day>{_DAY}))?\.?\s*(?:{_AGENCY})?"
    r"\s*(?:[-–—]{1,2}\s+|(?<=[.)])\s+)")


@dataclass(frozen=True)
class Dateline:
    place: str
    date: PageDate | None  # the day it gives, if any; often without a year
    agency: str  # "TASS", "Reuters", "INTERFAX.RU", "РИА Новости"; "" when none
    text: str  # the dateline as printed


def dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, if it has one: a place in capitals
    followed by a day, an agency or a dash."""
    match = _DATELINE.match(paragraph)
    if not match or not (match.group("day") or _agency_text(match) or _dashed(match)):
        return None
    agency, date = _agency_text(match), None
    if match.group("day"):
        found = dates_in(match.group("day"))
        date = found[0][0] if found else None
    elif match.group("paren"):  # "(UrduPoint News / Sputnik - 23rd August, 2020)"
        inside = dates_in(agency)
        if inside:
            date, start, _ = inside[0]
            agency = agency[:start].rstrip(" -–—,")
    return Dateline(match.group("place"), date, agency, match.group().strip())


def _agency_text(match: re.Match[str]) -> str:
    found = next((match.group(g) for g in ("slash", "paren", "bare", "dash") if match.group(g)), "")
    return found.strip()


def _dashed(match: re.Match[str]) -> bool:
    return bool(re.search(r"[-–—]\s*$", match.group()))


def agency_name(agency: str) -> str:
    """The agency a dateline credits: "UrduPoint News / Sputnik" -> "Sputnik",
    the last of a chain of credits (the wire the copy came from)."""
    return agency.split("/")[-1].strip() if "/" in agency else agency
