"""What a report's dateline tells `dossier new`: where it was filed, often
the day (without a year), and the agency that filed it. The grammar is the
dossier's one (`model/datelines.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import datelines
from .dates import PageDate, dates_in


@dataclass(frozen=True)
class Dateline:
    place: str
    date: PageDate | None  # the day it gives, if any; often without a year
    agency: str  # "TASS", "Reuters", "INTERFAX.RU", "РИА Новости"; "" when none
    text: str  # the dateline as printed


def dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, if it has one."""
    match = datelines.match(paragraph)
    if not match:
        return None
    agency, date = datelines.agency(match), None
    if match.group("day"):
        found = dates_in(match.group("day"))
        date = found[0][0] if found else None
    elif match.group("paren"):  # "(UrduPoint News / Sputnik - 23rd August, 2020)"
        inside = dates_in(agency)
        if inside:
            date, start, _ = inside[0]
            agency = agency[:start].rstrip(" -–—,")
    return Dateline(match.group("place"), date, agency, match.group().strip())


def agency_name(agency: str) -> str:
    """The agency a dateline credits: "UrduPoint News / Sputnik" -> "Sputnik",
    the last of a chain of credits (the wire the copy came from)."""
    return agency.split("/")[-1].strip() if "/" in agency else agency
