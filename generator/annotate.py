"""Stage 2, annotate: anchor hand annotations in each body and add what the
machine finds. A hand annotation wins over a machine one of its kind where
the two overlap; `suppress` removes machine ones inside its quote."""

from __future__ import annotations

from dataclasses import dataclass

from . import dates, money, quotations
from .anchor import check_kind, find_spans, hand_annotation
from .diagnostics import Diagnostic, warning
from .mentions import MentionFinder, risk_of
from .model import AnnotatedCorpus, Annotation, Corpus, HandAnnotation, Source
from .textmatch import fold


@dataclass(frozen=True)
class Machine:
    """What the automatic annotators need to know of the whole dossier."""

    names: MentionFinder
    kinds: dict[str, str]  # actor id -> kind, to tell a speaker from an outlet

    @classmethod
    def for_corpus(cls, corpus: Corpus) -> Machine:
        names = MentionFinder((a.id, name) for a in corpus.actors.values()
                              for name in [a.name, *a.aliases])
        return cls(names, {a.id: a.kind for a in corpus.actors.values()})


def annotate(corpus: Corpus) -> tuple[AnnotatedCorpus, list[Diagnostic]]:
    machine = Machine.for_corpus(corpus)
    problems = [_ambiguous_alias(corpus, alias, ids)
                for alias, ids in machine.names.ambiguous.items()]
    problems += _risky_aliases(corpus)
    spans = {}
    for source in corpus.sources.values():
        spans[source.id], found = annotate_source(source, machine)
        problems += found
    return AnnotatedCorpus(corpus, spans), problems


def annotate_source(source: Source, machine: Machine
                    ) -> tuple[list[Annotation], list[Diagnostic]]:
    hand, suppressed, problems = _hand(source)
    found = find_all(source, machine, hand, [span for span, _ in suppressed])
    kept = [a for a in found if not any(_inside(a, s) for s, _ in suppressed)]
    for span, spec in suppressed:
        if not any(_inside(a, span) for a in found):
            line, col = source.doc.where("annotations", spec.index)
            problems.append(warning(source.doc.path, line, col,
                                    "suppress matches no automatic annotation",
                                    "remove it, or check the quote and prefix/suffix"))
    return sorted(hand + kept, key=lambda a: (a.start, -a.end, a.anchor)), problems


def find_all(source: Source, machine: Machine, hand: list[Annotation],
             suppressed: list[Annotation]) -> list[Annotation]:
    """What the machine finds, less what a hand annotation of its kind covers.
    A suppressed name is nobody's: it names no speaker either."""
    names = [a for a in mentions(source, machine.names)
             if not any(h.kind == "mention" and h.overlaps(a) for h in hand)]
    speakers = [n for n in names if not any(_inside(n, s) for s in suppressed)]
    speakers += [h for h in hand if h.kind == "mention"]
    found = names + dates.find(source) + money.find(source) + \
        quotations.find(source, speakers, machine.kinds)
    return [a for a in found
            if not any(h.kind == a.kind and h.overlaps(a) for h in hand)]


def mentions(source: Source, finder: MentionFinder) -> list[Annotation]:
    return [Annotation(source=source.id, start=hit.start, end=hit.end,
                       quote=source.body[hit.start:hit.end], origin="auto", kind="mention",
                       anchor=f"a-m-{hit.start}", actor=hit.actor,
                       why=f"matched the name '{hit.alias}'")
            for hit in finder.find(source.body)]


def _hand(source: Source) -> tuple[list[Annotation], list[tuple[Annotation, HandAnnotation]],
                                   list[Diagnostic]]:
    body = fold(source.body)
    hand: list[Annotation] = []
    suppressed: list[tuple[Annotation, HandAnnotation]] = []
    problems: list[Diagnostic] = []
    for spec in source.annotations:
        kind, found = check_kind(source, spec)
        problems += found
        spans = find_spans(source, body, spec, problems)
        if not kind:
            continue
        made = [hand_annotation(source, spec, kind, s, e, n) for n, (s, e) in enumerate(spans)]
        if kind == "suppress":
            suppressed += [(a, spec) for a in made]
        else:
            hand += made
    return _outermost_mentions(hand), suppressed, problems


def _outermost_mentions(hand: list[Annotation]) -> list[Annotation]:
    """'Shugaev' marked everywhere also lies inside 'Dmitry Shugaev': keep the whole name."""
    mentions = [a for a in hand if a.kind == "mention"]
    return [a for a in hand if a.kind != "mention" or not any(
        m is not a and _inside(a, m) and (m.start, m.end) != (a.start, a.end) for m in mentions)]


def _inside(a: Annotation, span: Annotation) -> bool:
    return span.start <= a.start and a.end <= span.end


def _ambiguous_alias(corpus: Corpus, alias: str, ids: list[str]) -> Diagnostic:
    doc = corpus.actors[ids[0]].doc
    line, col = doc.where("aliases")
    return warning(doc.path, line, col,
                   f"the name '{alias}' belongs to {len(ids)} actors: {', '.join(ids)}",
                   "it is not found automatically; annotate its mentions by hand")


def _risky_aliases(corpus: Corpus) -> list[Diagnostic]:
    problems = []
    for actor in corpus.actors.values():
        for i, alias in enumerate(actor.aliases):
            risk = risk_of(alias)
            if risk:
                line, col = actor.doc.where("aliases", i)
                problems.append(warning(actor.doc.path, line, col, f"risky alias: {risk}",
                                        "write it in capitals if it is an acronym, or "
                                        "annotate those mentions by hand instead"))
    return problems
