"""`dossier annotate`: what the machine found in one source, as YAML a
contributor can paste into its front matter, and the names in it that look
like people or organisations but match no actor."""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml

from ..model.annotations import Annotation, DateMark, Mention, Quotation
from ..model.content import Source

_CAPITALISED = r"[A-ZÇĞİÖŞÜ][\w’'-]*"
# Words of one name sit on one line: "[ \t]", never a line break.
_NAME = re.compile(rf"\b{_CAPITALISED}(?:[ \t]+(?:(?:of|for|the|de)[ \t]+)?{_CAPITALISED})+")
_NOT_NAMES = {"The", "In", "On", "At", "As", "A", "An", "It", "He", "She", "We", "They", "But",
              "And", "Earlier", "Despite", "However", "Furthermore", "Regardless", "Therefore",
              "Any", "This", "That", "There", "If", "Soon", "After", "Also", "Update",
              "Share", "Facebook", "Twitter", "Published", "Updated", "Photo"}


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


def unknown_names(source: Source, spans: Sequence[Annotation]) -> list[tuple[str, int]]:
    """Capitalised runs of words that no mention covers, with their line."""
    covered = [(a.start, a.end) for a in spans if isinstance(a, Mention)]
    seen: dict[str, int] = {}
    for match in _NAME.finditer(source.body):
        words = match.group().split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if len(words) < 2:
            continue
        start = match.end() - len(" ".join(words))
        if any(s < match.end() and start < e for s, e in covered):
            continue
        name = " ".join(words).rstrip("’'")
        seen.setdefault(name, source.at.body_position(start)[0])
    return list(seen.items())


def unknown_as_yaml(names: list[tuple[str, int]]) -> str:
    if not names:
        return "# every name in the text matches an actor\n"
    lines = ["# names that match no actor: add content/actors/<id>.md, or an alias"]
    for name, line in names:
        entry = yaml.safe_dump({"name": name}, allow_unicode=True, width=200).strip()
        lines.append(f"- {entry}  # line {line}\n"
                     "  kind: FILL IN  # person, organization, state, alliance, media, anonymous")
    return "\n".join(lines) + "\n"
