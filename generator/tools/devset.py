"""`dossier eval --devset DIR`: the machine scored on reports it was not tuned to.

Each report's gold file (`<id>.gold.yml`, format in tests/devset/README.md)
gives a body, its language and publication date, and what a careful editor
finds in it. The machine runs on that body alone, with no hand annotation,
and is scored per kind and per language: a found span is right when it
overlaps a gold span of the same value (actor id, EDTF date, money value,
speaker id). Spans are matched by overlap because the gold's span
conventions differ between languages ("Rusya" without its suffix, "Турции"
whole); values must be equal.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ..annotate import Machine, annotate_source
from ..load import read
from ..load.records import actor as actor_record
from ..model import edtf
from ..model.annotations import Annotation, DateMark, Mention, Quotation, Sum
from ..model.content import Actor, Corpus, Home, Place, Source
from ..model.diagnostics import Diagnostic
from .evaluate import Score

KINDS = ("mentions", "dates", "money", "quotations", "speakers")


@dataclass(frozen=True)
class Item:
    """One gold or machine answer: a span of the body and its value."""

    start: int
    end: int
    value: str
    text: str = field(default="", compare=False)

    def meets(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end and self.value == other.value


@dataclass(frozen=True)
class Report:
    id: str
    language: str
    source: Source
    gold: Mapping[str, tuple[Item, ...]]  # kind -> answers


@dataclass
class Outcome:
    """Scores per report and kind, and what each report got wrong."""

    scores: dict[str, dict[str, Score]] = field(default_factory=dict)  # report id -> kind
    languages: dict[str, str] = field(default_factory=dict)  # report id -> language
    errors: dict[str, list[str]] = field(default_factory=dict)  # report id -> lines


def gold_reports(folder: Path, problems: list[str],
                 actors: Collection[str] | None = None) -> list[Report]:
    """Every `<id>.gold.yml` in `folder`; a file that cannot be read, or whose
    gold names text the body lacks or an actor not in `actors`, is a problem."""
    reports = []
    for path in sorted(folder.glob("*.gold.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if actors is not None:
                _known(data, actors)
            reports.append(_report(path, data))
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
            problems.append(f"{path}: cannot read the gold file: {exc}")
    return reports


def _report(path: Path, data: dict[str, Any]) -> Report:
    id = path.name.removesuffix(".gold.yml")
    body = str(data["body"])
    published = edtf.parse(str(data["new"]["published"]))
    source = Source(id=id, title=str(data["new"].get("title") or id), publisher="",
                    published=published, dated=True, published_note="", byline="", url="",
                    retrieved=None, language=str(data["language"]), note="", checked=True,
                    body=body, annotations=(), at=Place(str(path), body=body))
    gold = {
        "mentions": tuple(_mentions(body, data.get("mentions") or [])),
        "dates": tuple(_spans(body, data.get("dates") or [], _date_value)),
        "money": tuple(_spans(body, data.get("money") or [], str)),
        "quotations": tuple(_quotations(body, data.get("quotations") or [], "")),
        "speakers": tuple(_quotations(body, data.get("quotations") or [], None)),
    }
    return Report(id, source.language, source, MappingProxyType(gold))


def _known(data: dict[str, Any], actors: Collection[str]) -> None:
    named = [str(e["actor"]) for e in data.get("mentions") or []] + \
        [str(e["by"]) for e in data.get("quotations") or [] if e.get("by")]
    unknown = sorted({id for id in named if id not in actors})
    if unknown:
        raise ValueError(f"no actor file for {', '.join(unknown)}")


def _whole_words(body: str, text: str) -> list[tuple[int, int]]:
    """Every exact, case-sensitive, whole-word occurrence of `text`; a text
    the body does not hold is an error in the gold, not a miss of the machine."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    spans = [m.span() for m in pattern.finditer(body)]
    if not spans:
        raise ValueError(f"not in the body as whole words: {text!r}")
    return spans


def _mentions(body: str, entries: list[dict[str, Any]]) -> Iterable[Item]:
    for entry in entries:
        spans = _whole_words(body, str(entry["text"]))
        chosen = entry.get("occurrence")
        if chosen and not all(0 < n <= len(spans) for n in chosen):
            raise ValueError(f"{entry['text']!r} occurs {len(spans)} times, not {chosen}")
        picked = [spans[n - 1] for n in chosen] if chosen else spans
        yield from (Item(s, e, str(entry["actor"]), str(entry["text"])) for s, e in picked)


def _date_value(value: Any) -> str:
    return edtf.parse(str(value)).text


def _spans(body: str, entries: list[dict[str, Any]], value: Any) -> list[Item]:
    """Each entry at every place its text occurs, except inside another entry's
    longer text ("2019" inside "12 Temmuz 2019" is that date, not another)."""
    items = [Item(s, e, value(entry["value"]), str(entry["text"])) for entry in entries
             for s, e in _whole_words(body, str(entry["text"]))]
    return [i for i in items if not any(o.start <= i.start and i.end <= o.end and
                                        (o.end - o.start) > (i.end - i.start) for o in items)]


def _quotations(body: str, entries: list[dict[str, Any]], speaker: str | None) -> list[Item]:
    """Quotations with the value `speaker` (all alike, to score the spans), or
    with their speaker (None), leaving out those the gold gives no speaker."""
    items = []
    for entry in entries:
        at = body.find(str(entry["text"]))
        if at == -1:
            raise ValueError(f"quotation not in the body: {entry['text']!r}")
        by = entry.get("by")
        if speaker is None and not by:
            continue
        value = speaker if speaker is not None else str(by)
        items.append(Item(at, at + len(str(entry["text"])), value, str(entry["text"])))
    return items


def machine_items(found: Iterable[Annotation]) -> dict[str, list[Item]]:
    """The machine's answers of each kind, as gold items are."""
    items: dict[str, list[Item]] = {kind: [] for kind in KINDS}
    for a in found:
        if isinstance(a, Mention):
            items["mentions"].append(Item(a.start, a.end, a.actor, a.quote))
        elif isinstance(a, DateMark):
            items["dates"].append(Item(a.start, a.end, a.date.text, a.quote))
        elif isinstance(a, Sum):
            items["money"].append(Item(a.start, a.end, a.value, a.quote))
        elif isinstance(a, Quotation):
            items["quotations"].append(Item(a.start, a.end, "", a.quote))
            if a.by:
                items["speakers"].append(Item(a.start, a.end, a.by, a.quote))
    return items


def score(found: list[Item], gold: Iterable[Item]) -> Score:
    """Precision over `found`, recall over `gold`."""
    gold = list(gold)
    return Score(found=len(found), right=sum(any(f.meets(g) for g in gold) for f in found),
                 gold=len(gold), recalled=sum(any(f.meets(g) for f in found) for g in gold))


def evaluate(reports: list[Report], machine: Machine) -> Outcome:
    outcome = Outcome()
    for report in reports:
        found, _ = annotate_source(report.source, machine)
        items = machine_items(found)
        row = {kind: score(items[kind], report.gold[kind]) for kind in KINDS}
        outcome.scores[report.id] = row
        outcome.languages[report.id] = report.language
        outcome.errors[report.id] = _errors(report, items)
    return outcome


def _errors(report: Report, items: dict[str, list[Item]]) -> list[str]:
    lines = []
    for kind in KINDS:
        gold = report.gold[kind]
        lines += [f"{kind}: wrong {f.text!r} -> {f.value}" for f in items[kind]
                  if not any(f.meets(g) for g in gold)]
        lines += [f"{kind}: missed {g.text!r} -> {g.value}" for g in gold
                  if not any(f.meets(g) for f in items[kind])]
    return lines


def machine_for(actors: Mapping[str, Actor]) -> Machine:
    corpus = Corpus(sources=MappingProxyType({}), actors=MappingProxyType(dict(actors)),
                    claims=MappingProxyType({}), events=MappingProxyType({}), home=Home())
    return Machine.for_corpus(corpus)


def devset_actors(folder: Path, base: Mapping[str, Actor],
                  problems: list[Diagnostic]) -> dict[str, Actor]:
    """The dossier's actors, with those of `folder` added or put in their place."""
    actors = dict(base)
    for path in sorted(folder.glob("*.md")):
        doc = read(path, problems)
        if doc is not None:
            actors[path.stem] = actor_record(path.stem, doc, problems)
    return actors


def totals(outcome: Outcome) -> dict[str, dict[str, Score]]:
    """Scores added up per language, then over all ("all")."""
    table: dict[str, dict[str, Score]] = {}
    for id, row in outcome.scores.items():
        for group in (outcome.languages[id], "all"):
            sums = table.setdefault(group, {kind: Score() for kind in KINDS})
            for kind, s in row.items():
                sums[kind].add(s)
    return dict(sorted(table.items(), key=lambda item: (item[0] == "all", item[0])))


def table(rows: Mapping[str, Mapping[str, Score]], label: str = "language") -> str:
    width = max([len(label), *map(len, rows)])
    lines = [f"{label:<{width}}  " + "  ".join(f"{k:>25}" for k in KINDS),
             f"{'':<{width}}  " + "  ".join(f"{'P':>12} {'R':>12}" for _ in KINDS)]
    for name, row in rows.items():
        cells = [f"{s.precision:4.2f} {s.right:>3}/{s.found:<3} {s.recall:4.2f} "
                 f"{s.recalled:>3}/{s.gold:<3}" for s in (row[k] for k in KINDS)]
        lines.append(f"{name:<{width}}  " + "  ".join(c.rjust(25) for c in cells))
    return "\n".join(lines)


def report(outcome: Outcome, show_errors: bool = False) -> str:
    if not outcome.scores:
        return "no gold file (<id>.gold.yml) found: nothing to score"
    parts = [table(totals(outcome)), "", table(outcome.scores, "report")]
    if show_errors:
        for id, lines in outcome.errors.items():
            parts += ["", f"{id}:", *(f"  {line}" for line in lines or ["no error"])]
    return "\n".join(parts)
