"""Names of people the dossier has no file for, as a report writes them: two
or three capitalised words where no actor's name is. A role that goes with
such a name is not one of ours: "Pentagon spokesman Jonathan Hoffman",
"Mark Esper, the acting US defence secretary"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from ...model.text import LOW, UP

NamedAt = Callable[[int, int], bool]  # whether one of ours is named in body[start:end]

_NAME = rf"(?P<name>[{UP}][{LOW}'’-]+(?:\s+[{UP}][{LOW}'’-]+){{1,2}})"
_CAPITALISED = re.compile(rf"(?<!\w)[{UP}]")
# "Maj. Audra Kelling"; past the rest of a compound and a post set off by a comma:
# "эксперт-международник, доцент КФУ Рустем Хабибуллин".
_AFTER = re.compile(rf"(?:-[{LOW}]+)?(?:,\s+[{LOW}]+(?:\s+[{LOW}]+)?\s+(?:[{UP}]{{2,6}}\s+)?)?"
                    rf"[,\s]*(?:[{UP}][{LOW}]{{1,3}}\.\s+)?{_NAME}")
# The capitalised words before a comma: "on Thursday Mark Esper, the …".
_RUN_BEFORE = re.compile(rf"(?P<run>[{UP}][{LOW}'’-]+(?:\s+[{UP}][{LOW}'’-]+)*),\s+$")
# What a run may open with that is no name ("On Thursday", "In New Delhi",
# "Last week"), and the words before one that make it a place ("at the White House").
_NO_NAME = frozenset({"on", "in", "at", "by", "but", "and", "last", "earlier", "later", "after",
                      "from", "to", "near", "of", "the", "for", *map(str.lower, calendar.day_name),
                      *map(str.lower, calendar.month_name[1:])})
# (A weekday before a name is a date: "on Thursday Mark Esper".)
_BEFORE_A_PLACE = _NO_NAME - {day.lower() for day in calendar.day_name}
_WORD = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def among(body: str, start: int, end: int, named_at: NamedAt) -> bool:
    """Whether a stranger's name is right at `start` or begins a capitalised
    word up to `end` ("Secretary of State Antony Blinken", "представитель МИД
    России Мария Захарова")."""
    starts = [start, *(w.start() for w in _CAPITALISED.finditer(body, start, end))]
    return any(_stranger(_AFTER.match(body, at, max(end, at + 60)), named_at) for at in starts)


def set_off_before(body: str, at: int, named_at: NamedAt) -> bool:
    """Whether words at `at` are set off after a stranger's name ("on
    Thursday Mark Esper, the …"); not after a place ("In New Delhi, the …")."""
    run = _RUN_BEFORE.search(body, max(0, at - 80), at)
    if run is None:
        return False
    words = [(m.start(), m.group()) for m in _WORD.finditer(run.group("run"))]
    while words and words[0][1].lower() in _NO_NAME:
        words.pop(0)
    if len(words) < 2:
        return False
    start = run.start() + words[-3:][0][0]
    before = _WORD_BEFORE.search(body, max(0, start - 30), start)
    if before and before.group(1).lower() in _BEFORE_A_PLACE:
        return False
    return not named_at(start, run.end("run"))


def opens(body: str, start: int, end: int, named_at: NamedAt) -> bool:
    """Whether body[start:end] opens with a stranger's name set off by a
    comma ("Ellen Lord, the Pentagon's top weapons buyer, told")."""
    name = _AFTER.match(body, start, end)  # not "On Tuesday, he told"
    return name is not None and body.startswith(",", name.end()) and _stranger(name, named_at) \
        and name.group("name").split()[0].lower() not in _NO_NAME


def _stranger(name: re.Match[str] | None, named_at: NamedAt) -> bool:
    return name is not None and not named_at(*name.span("name"))
