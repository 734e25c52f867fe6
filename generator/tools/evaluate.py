"""`dossier eval`: how well the machine does what the hand did.

It scores the sources marked `checked: true`, whose every automatic
annotation an editor reviewed: a wrong one was suppressed or corrected by a
hand annotation, a missed one added by hand, and the rest stand as right.
The truth for a kind (actor mentions, dates, quotations and their speakers)
is then what the page shows of that kind. For each kind the hand's
annotations of it and every `suppress` are hidden, the machine runs with the
rest of the hand's work in place, and what it finds is scored against that
truth: precision (how much of what it found is right) and recall (how much
of the truth it found).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from ..annotate import Machine, annotate_source
from ..model.annotations import Annotation, DateMark, Mention, Quotation
from ..model.content import Corpus, Source, SuppressSpec
from ..model.text import fold_name


@dataclass
class Score:
    found: int = 0  # what the machine gave
    right: int = 0  # of those, how many the hand agrees with
    gold: int = 0  # what is true: the hand's, and the machine's that were checked
    recalled: int = 0  # of those, how many the machine got

    def add(self, other: Score) -> None:
        self.found += other.found
        self.right += other.right
        self.gold += other.gold
        self.recalled += other.recalled

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0


A = TypeVar("A", Mention, DateMark, Quotation)
METRICS = ("mentions", "mentions by name", "dates", "quotations", "speakers")


def evaluate(corpus: Corpus) -> dict[str, dict[str, Score]]:
    """source id (and "overall") -> metric -> score."""
    machine = Machine.for_corpus(corpus)
    names = {a.id: {fold_name(n) for n in [a.name, *a.aliases]} for a in corpus.actors.values()}
    table: dict[str, dict[str, Score]] = {}
    overall = {m: Score() for m in METRICS}
    for id, source in sorted(corpus.sources.items()):
        if not source.checked:
            continue
        truth, _ = annotate_source(source, machine)
        found = _blind(source, Mention, machine)
        true = _of(truth, Mention)
        row = {
            "mentions": _mentions(found, true),
            "mentions by name": _mentions(
                [f for f in found if fold_name(f.quote) in names.get(f.actor, ())],
                [t for t in true if fold_name(t.quote) in names.get(t.actor, ())]),
            "dates": _dates(_blind(source, DateMark, machine), _of(truth, DateMark)),
        }
        quotes = _blind(source, Quotation, machine)
        row["quotations"] = _spans(quotes, _of(truth, Quotation))
        row["speakers"] = _speakers(quotes, _of(truth, Quotation))
        table[id] = row
        for metric, score in row.items():
            overall[metric].add(score)
    table["overall"] = overall
    return table


def _of(spans: Sequence[Annotation], kind: type[A]) -> list[A]:
    return [a for a in spans if isinstance(a, kind)]


def _blind(source: Source, kind: type[A], machine: Machine) -> list[A]:
    """What the machine finds of `kind` with the hand's of that kind, and
    every suppress, hidden."""
    kept = tuple(s for s in source.annotations
                 if kind.kind != s.KIND and not isinstance(s, SuppressSpec))
    found, _ = annotate_source(replace(source, annotations=kept), machine)
    return [a for a in _of(found, kind) if a.origin == "auto"]


def _mentions(found: list[Mention], gold: list[Mention]) -> Score:
    made = {(a.start, a.end, a.actor) for a in found}
    true = {(a.start, a.end, a.actor) for a in gold}
    return Score(len(made), len(made & true), len(true), len(made & true))


def _dates(found: list[DateMark], gold: list[DateMark]) -> Score:
    def agree(a: DateMark, b: DateMark) -> bool:
        return a.overlaps(b) and a.date.sort_key == b.date.sort_key

    return Score(len(found), sum(any(agree(f, g) for g in gold) for f in found),
                 len(gold), sum(any(agree(f, g) for f in found) for g in gold))


def _spans(found: list[Quotation], gold: list[Quotation]) -> Score:
    return Score(len(found), sum(any(f.overlaps(g) for g in gold) for f in found),
                 len(gold), sum(any(f.overlaps(g) for f in found) for g in gold))


def _speakers(found: list[Quotation], gold: list[Quotation]) -> Score:
    """Precision over quotations the machine gave a speaker; recall over the
    quotations whose speaker the hand named."""
    named = [g for g in gold if g.by]
    said = [f for f in found if f.by]

    def agree(f: Quotation, g: Quotation) -> bool:
        return f.overlaps(g) and f.by == g.by

    return Score(len(said), sum(any(agree(f, g) for g in named) for f in said),
                 len(named), sum(any(agree(f, g) for f in said) for g in named))


def report(table: dict[str, dict[str, Score]]) -> str:
    width = max(len(id) for id in table)
    head = f"{'source':<{width}}  " + "  ".join(f"{m:>22}" for m in METRICS)
    sub = f"{'':<{width}}  " + "  ".join(f"{'P':>10} {'R':>11}" for _ in METRICS)
    lines = [head, sub]
    if len(table) == 1:
        return "no source is marked `checked: true`: nothing to score"
    for id, row in table.items():
        cells = [f"{s.precision:5.2f} {s.right:>2}/{s.found:<2} {s.recall:5.2f} "
                 f"{s.recalled:>2}/{s.gold:<2}" for s in (row[m] for m in METRICS)]
        lines.append(f"{id:<{width}}  " + "  ".join(c.rjust(22) for c in cells))
    return "\n".join(lines)
