"""A verdict rests on what the reports say: the claim's statements, and the
events whose reports settle it (`settled_by`). A verdict they do not back
is warned about at its line, with what would back it:

- confirmed, while a denial stands and no event settles the claim;
- contradicted, with no denial and no event that settles the claim;
- disputed, with one side only (carrying it: asserts or reports;
  challenging it: denies or doubts).

`unresolved` asks for nothing: it says that the reports do not settle it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model.annotations import EventReport, Statement
from ..model.content import Actor, Claim, Corpus
from ..model.diagnostics import Diagnostic
from ..model.vocabulary import CARRYING, CHALLENGING

SETTLE = "name the event whose reports settle it (settled_by: [event-id])"
Reason = tuple[str, str]  # message, hint


def check_verdicts(c: Corpus, stances_on: Mapping[str, tuple[Statement, ...]],
                   reports_of: Mapping[str, tuple[EventReport, ...]]) -> list[Diagnostic]:
    problems = []
    for claim in c.claims.values():
        for i, event in enumerate(claim.settled_by):
            if event in c.events and event not in reports_of:
                problems.append(claim.at.warning(
                    ("settled_by", i), f"event '{event}' settles the claim, but no report "
                    "tells of it", f"a verdict rests on what the reports say: annotate a "
                    f"report of it (event: {event}), or leave it out"))
        settled = any(event in reports_of for event in claim.settled_by)
        reason = unbacked(claim, stances_on.get(claim.id, ()), settled, c.actors)
        if reason:
            problems.append(claim.at.warning(("verdict",), *reason))
    return problems


def unbacked(claim: Claim, stances: tuple[Statement, ...], settled: bool,
             actors: Mapping[str, Actor]) -> Reason | None:
    """Why the statements and events do not back the verdict, and what would;
    None when they do."""
    said = {s.stance for s in stances}
    carried, challenged = bool(said & set(CARRYING)), bool(said & set(CHALLENGING))
    if claim.verdict == "confirmed" and "denies" in said and not settled:
        deniers = list(dict.fromkeys(s.by for s in stances if s.stance == "denies"))
        verb = "denies" if len(deniers) == 1 else "deny"
        return (f"verdict 'confirmed', but {_names(actors, deniers)} {verb} the claim and no "
                "event settles it", f"{SETTLE}, or make the verdict 'disputed'")
    if claim.verdict == "contradicted" and "denies" not in said and not settled:
        return ("verdict 'contradicted', but no statement denies the claim and no event "
                "settles it", f"annotate the report that says it is not so (stance: denies), "
                f"or {SETTLE}; else make the verdict 'unresolved'")
    if claim.verdict == "disputed" and not (carried and challenged):
        return _one_sided(carried, challenged)
    return None


def _one_sided(carried: bool, challenged: bool) -> Reason:
    if not (carried or challenged):
        return ("verdict 'disputed', but no statement takes a side on the claim",
                "annotate the statements on each side; else make the verdict 'unresolved'")
    missing = "denies or doubts" if carried else "asserts or reports"
    return (f"verdict 'disputed', but the reports carry one side only: no statement {missing} "
            "the claim", f"annotate the statement that {missing} it; else make the verdict "
            "'unresolved'")


def _names(actors: Mapping[str, Actor], ids: list[str]) -> str:
    """ "Ann", "Ann and Bob", "Ann, Bob and 2 others": who, in order."""
    names = [actors[i].name if i in actors else i for i in ids]
    if len(names) > 3:
        return f"{names[0]}, {names[1]} and {len(names) - 2} others"
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
