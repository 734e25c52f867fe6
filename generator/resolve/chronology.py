"""A report cannot tell of what happened after it, nor quote words not yet said;
words reach each outlet of their chain after they are said, one after another."""

from __future__ import annotations

import datetime as dt

from ..model.content import Corpus, EventSpec, Place, Source, StatementSpec
from ..model.diagnostics import Diagnostic
from ..model.edtf import Edtf


def check_dates(c: Corpus, today: dt.date | None = None) -> list[Diagnostic]:
    today = today or dt.date.today()
    problems = []
    for source in c.sources.values():
        if not source.dated:
            continue  # the missing date is reported where it is missing
        if source.published.start.first > today:
            problems.append(source.at.error(
                ("published",), f"published {source.published.label()}, which is in the future",
                "check the year"))
        problems += _after_the_report(c, source)
    return problems


def _after_the_report(c: Corpus, source: Source) -> list[Diagnostic]:
    published = source.published
    last = published.end.last
    problems = []
    for spec in source.annotations:
        here = ("annotations", spec.index)
        if isinstance(spec, EventSpec) and spec.event in c.events:
            event = c.events[spec.event]
            if event.date.start.first > last:
                problems.append(source.at.error(
                    (*here, "event"), f"event '{event.id}' is dated {event.date.label()}, "
                    f"after this report ({published.label()})",
                    "check the event's date, the report's `published`, or the event id"))
            if spec.date and spec.date.start.first > last:
                problems.append(source.at.error(
                    (*here, "date"), f"the report dates the event {spec.date.label()}, after "
                    f"the report itself ({published.label()})",
                    "check the date, or the report's `published`"))
        if isinstance(spec, StatementSpec) and spec.said and spec.said.start.first > last:
            problems.append(source.at.error(
                (*here, "said"), f"said {spec.said.label()}, after this report "
                f"({published.label()})", "a report quotes what was said before it was published"))
        if isinstance(spec, StatementSpec):
            problems += _chain_dates(source.at, spec, published)
    return problems


def _chain_dates(at: Place, spec: StatementSpec, published: Edtf) -> list[Diagnostic]:
    """Each dated outlet carried the words after they were said, after the outlet
    before it, and before this report."""
    problems = []
    before, what = spec.said, "the words were said"
    for n, hop in enumerate(spec.via):
        if hop.date is None:
            continue
        here = ("annotations", spec.index, "via", n, "date")
        carried = f"'{hop.outlet}' is dated {hop.date.label()}"
        if hop.date.start.first > published.end.last:
            problems.append(at.error(here, f"{carried}, after this report ({published.label()})",
                                     "a report quotes what reached it before it was published"))
        elif before and hop.date.end.last < before.start.first:
            problems.append(at.error(here, f"{carried}, before {what} ({before.label()})",
                                     "list the outlets in the order the words went through them, "
                                     "and check the dates"))
        before, what = hop.date, f"'{hop.outlet}'"
    return problems
