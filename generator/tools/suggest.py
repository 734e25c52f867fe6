"""`dossier annotate`: what the machine found in one source, as YAML a
contributor can paste into its front matter, and the names in it that look
like people or organisations but match no actor (found by names/)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from ..model.annotations import Annotation, DateMark, Mention, Quotation
from ..model.content import Source
from . import names


@dataclass(frozen=True)
class Unknown:
    """A name that matches no actor, where it first stands, and its title."""

    name: str
    line: int
    role: str = ""


def as_yaml(source: Source, spans: Sequence[Annotation]) -> str:
    """Automatic annotations as hand annotations, each picking exactly its match."""
    entries = [_entry(source, a) for a in spans if a.origin == "auto"]
    if not entries:
        return "# the machine found nothing here\n"
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100)
    return ("# found automatically, and shown on the page already: paste an entry under\n"
            "# `annotations:` only to correct it (fix its actor, date or speaker)\n" + text)


def _entry(source: Source, a: Annotation) -> dict[str, object]:
    entry: dict[str, object] = {"quote": a.quote}
    matches = [m.start() for m in re.finditer(re.escape(a.quote), source.body)]
    if len(matches) > 1:
        entry["occurrence"] = matches.index(a.start) + 1
    if isinstance(a, Mention):
        entry["actor"] = a.actor
    elif isinstance(a, DateMark):
        entry["date"] = a.date.text
    elif isinstance(a, Quotation):
        entry["quotation"] = True
        if a.by:
            entry["by"] = a.by
    else:  # money has no hand form; show what it was read as
        entry = {"quote": a.quote, "note": a.why}
    return entry


def unknown_names(source: Source, spans: Sequence[Annotation]) -> list[Unknown]:
    """Names in the body that match no actor, each with its line and the
    role the report gives it."""
    known = [(a.start, a.end) for a in spans if isinstance(a, Mention)]
    return [Unknown(s.name, source.at.body_position(s.start)[0], s.role)
            for s in names.unknown_names(source.body, known)]


def unknown_as_yaml(unknown: list[Unknown]) -> str:
    if not unknown:
        return "# every name in the text matches an actor\n"
    lines = ["# names that match no actor: add content/actors/<id>.md, or an alias"]
    for found in unknown:
        entry = yaml.safe_dump({"name": found.name}, allow_unicode=True, width=200).strip()
        lines.append(f"- {entry}  # line {found.line}\n"
                     "  kind: FILL IN  # person, organization, state, alliance, media, anonymous")
        if found.role:
            role = yaml.safe_dump({"role": found.role}, allow_unicode=True, width=200).strip()
            lines.append(f"  {role}  # as the report titles it")
    return "\n".join(lines) + "\n"
