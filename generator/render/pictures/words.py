"""What the marks of the pictures say when pointed at, and where they lead."""

from __future__ import annotations

from ...model import paths
from ...model.annotations import Statement
from ...model.dossier import Dossier
from ..rows import when_said


def speaker(d: Dossier, s: Statement) -> str:
    """The speaker's name, or the report's when it speaks for itself."""
    if s.by in d.actors:
        return d.actors[s.by].name
    source = d.sources[s.source]
    return f"{source.publisher or 'The report'} of {source.published.label()}"


def who_when(d: Dossier, s: Statement) -> str:
    """A mark's tip: who took which stance, and when, unless the name says it."""
    when = f" ({when_said(d, s)})" if s.by in d.actors else ""
    return f"{speaker(d, s)} {s.stance}{when}"


def place(s: Statement) -> str:
    return paths.source(s.source, s.anchor)


