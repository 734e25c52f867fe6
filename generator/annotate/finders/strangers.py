"""Names of people the dossier has no file for, as a report writes them: two
or three capitalised words where no actor's name is. A role that goes with
such a name is not one of ours: "Pentagon spokesman Jonathan Hoffman",
"Mark Esper, the acting US defence secretary"."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...model.text import LOW, UP

NamedAt = Callable[[int, int], bool]  # whether one of ours is named in body[start:end]

_NAME = rf"(?P<name>[{UP}][{LOW}'’-]+(?:\s+[{UP}][{LOW}'’-]+){{1,2}})"
_CAPITALISED = re.compile(rf"(?<!\w)[{UP}]")
_AFTER = re.compile(rf"[,\s]*{_NAME}")
# Words that open a sentence are no name: "On Thursday, the secretary said".
_SET_OFF_BEFORE = re.compile(rf"(?!(?:On|In|At|By|But|And|Last|Earlier|Later|After)\b){_NAME},\s+$")


def among(body: str, start: int, end: int, named_at: NamedAt) -> bool:
    """Whether a stranger's name is right at `start` or begins a capitalised
    word up to `end` ("Secretary of State Antony Blinken", "представитель МИД
    России Мария Захарова")."""
    starts = [start, *(w.start() for w in _CAPITALISED.finditer(body, start, end))]
    return any(_stranger(_AFTER.match(body, at, max(end, at + 60)), named_at) for at in starts)


def set_off_before(body: str, at: int, named_at: NamedAt) -> bool:
    """Whether words at `at` are set off after a stranger's name ("Mark Esper, the …")."""
    return _stranger(_SET_OFF_BEFORE.search(body, max(0, at - 60), at), named_at)


def opens(body: str, start: int, end: int, named_at: NamedAt) -> bool:
    """Whether body[start:end] opens with a stranger's name set off by a
    comma ("Ellen Lord, the Pentagon's top weapons buyer, told")."""
    name = _AFTER.match(body, start, end)
    return name is not None and body.startswith(",", name.end()) and _stranger(name, named_at)


def _stranger(name: re.Match[str] | None, named_at: NamedAt) -> bool:
    return name is not None and not named_at(*name.span("name"))
