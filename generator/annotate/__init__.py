"""Stage 2, annotate: anchor hand annotations in each body and add what the
machine finds. A hand annotation wins over a machine one of its kind where
the two overlap; `suppress` removes machine ones inside its quote."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..model.annotations import Annotation, Mention, Span
from ..model.content import Corpus, HandSpec, Source, SuppressSpec
from ..model.diagnostics import Diagnostic
from ..model.text import fold_space_keeping_offsets
from ..model.vocabulary import PEOPLE, TRANSLITERATED, ActorKind
from .anchor import find_spans, hand_annotation
from .finders import dates, demonyms, money, places, quotations
from .finders.mentions import MentionFinder, risk_of
from .finders.speech import Person, person
from .workers import map_all


@dataclass(frozen=True)
class Machine:
    """What the automatic annotators need to know of the whole dossier."""

    names: MentionFinder
    kinds: Mapping[str, ActorKind]  # actor id -> kind, to tell a speaker from an outlet
    capitals: frozenset[tuple[str, str]] = frozenset()  # (state, alias): names that are places
    people: Mapping[str, Person] = field(default_factory=dict)  # what actor files say of each
    demonym_words: demonyms.Table = field(default_factory=dict)  # "Russian": whose a role is

    @classmethod
    def for_corpus(cls, corpus: Corpus) -> Machine:
        names = MentionFinder([*((a.id, name) for a in corpus.actors.values()
                                 for name in [a.name, *a.aliases]),
                               *places.country_names(corpus.actors.values())],
                              {a.id for a in corpus.actors.values() if a.kind in TRANSLITERATED})
        return cls(names, MappingProxyType({a.id: a.kind for a in corpus.actors.values()}),
                   places.capitals(corpus.actors.values()),
                   # People with their roles; an organisation only with its affiliations
                   MappingProxyType({a.id: person(a.role, a.affiliations) if a.kind in PEOPLE
                                     else Person(frozenset(), frozenset(a.affiliations))
                                     for a in corpus.actors.values()
                                     if a.kind in PEOPLE or a.kind == "organization"}),
                   demonyms.table(corpus.actors.values()))


@dataclass(frozen=True)
class AnnotatedCorpus:
    corpus: Corpus
    annotations: Mapping[str, tuple[Annotation, ...]]  # source id -> spans in body order


Result = tuple[tuple[Annotation, ...], list[Diagnostic]]


@dataclass
class Cache:
    """What annotating gave, kept between runs under `dossier serve`: a source
    whose record is the very one annotated last time, by a machine that knows
    the same actors (names, kinds, roles), is not annotated again."""

    names: tuple[object, ...] = ()
    machine: Machine | None = None
    results: dict[str, tuple[Source, Result]] = field(default_factory=dict)


def annotate(corpus: Corpus, cache: Cache | None = None
             ) -> tuple[AnnotatedCorpus, list[Diagnostic]]:
    cache = cache or Cache()
    names = tuple((a.id, a.name, a.aliases, a.kind, a.role, a.affiliations)
                  for a in corpus.actors.values())
    if cache.machine is None or cache.names != names:
        cache.names, cache.machine, cache.results = names, Machine.for_corpus(corpus), {}
    machine = cache.machine
    problems = [_ambiguous_alias(corpus, alias, ids)
                for alias, ids in machine.names.ambiguous.items()]
    problems += _risky_aliases(corpus)
    todo = [s for s in corpus.sources.values()
            if s.id not in cache.results or cache.results[s.id][0] is not s]
    for source, result in zip(todo, map_all(lambda s: annotate_source(s, machine), todo),
                              strict=True):
        cache.results[source.id] = (source, result)
    spans = {}
    for source in corpus.sources.values():
        spans[source.id], found = cache.results[source.id][1]
        problems += found
    return AnnotatedCorpus(corpus, MappingProxyType(spans)), problems


def annotate_source(source: Source, machine: Machine
                    ) -> tuple[tuple[Annotation, ...], list[Diagnostic]]:
    hand, suppressed, problems = _hand(source)
    found = find_all(source, machine, hand, [span for span, _ in suppressed])
    kept = [a for a in found if not any(a.inside(s) for s, _ in suppressed)]
    for span, spec in suppressed:
        if not any(a.inside(span) for a in found):
            problems.append(source.at.warning(("annotations", spec.index),
                                              "suppress matches no automatic annotation",
                                              "remove it, or check the quote and prefix/suffix"))
    ordered = sorted(hand + kept, key=lambda a: (a.start, -a.end, a.anchor))
    return tuple(ordered), problems


def find_all(source: Source, machine: Machine, hand: list[Annotation],
             suppressed: list[Span]) -> list[Annotation]:
    """What the machine finds, less what a hand annotation of its kind covers.
    A suppressed name is nobody's: it names no speaker either."""
    names = [a for a in mentions(source, machine)
             if not any(isinstance(h, Mention) and h.overlaps(a) for h in hand)]
    speakers = [n for n in names if not any(n.inside(s) for s in suppressed)]
    speakers += [h for h in hand if isinstance(h, Mention)]
    found: list[Annotation] = [*names, *dates.find(source), *money.find(source),
                               *quotations.find(source, speakers, machine.kinds, machine.people,
                                                machine.demonym_words)]
    return [a for a in found if not any(h.kind == a.kind and h.overlaps(a) for h in hand)]


def mentions(source: Source, machine: Machine) -> list[Mention]:
    """Every actor's name in the body, less the states named as places."""
    hits = machine.names.find(source.body, source.language)
    found = [Mention(source=source.id, start=hit.start, end=hit.end,
                     quote=source.body[hit.start:hit.end], origin="auto",
                     anchor=f"a-m-{hit.start}", actor=hit.actor,
                     why=f"matched the name '{hit.alias}'") for hit in hits]
    return places.not_places(source.body, source.language, found, machine.kinds,
                             machine.capitals, {hit.start: hit.alias for hit in hits})


Suppressed = list[tuple[Span, HandSpec]]


def _hand(source: Source) -> tuple[list[Annotation], Suppressed, list[Diagnostic]]:
    body = fold_space_keeping_offsets(source.body)
    hand: list[Annotation] = []
    suppressed: Suppressed = []
    problems: list[Diagnostic] = []
    for spec in source.annotations:
        spans = find_spans(source, body, spec, problems)
        if isinstance(spec, SuppressSpec):
            suppressed += [(_region(source, s, e), spec) for s, e in spans]
            continue
        made = (hand_annotation(source, spec, s, e, n) for n, (s, e) in enumerate(spans))
        hand += [a for a in made if a is not None]
    return _outermost_mentions(hand), suppressed, problems


def _region(source: Source, start: int, end: int) -> Span:
    """The text a suppress covers; it marks nothing itself."""
    return Span(source=source.id, start=start, end=end, quote=source.body[start:end],
                origin="hand", anchor="")


def _outermost_mentions(hand: list[Annotation]) -> list[Annotation]:
    """'Shugaev' marked everywhere also lies inside 'Dmitry Shugaev': keep the whole name."""
    names = [a for a in hand if isinstance(a, Mention)]
    return [a for a in hand if not isinstance(a, Mention) or not any(
        m is not a and a.inside(m) and (m.start, m.end) != (a.start, a.end) for m in names)]


def _ambiguous_alias(corpus: Corpus, alias: str, ids: list[str]) -> Diagnostic:
    return corpus.actors[ids[0]].at.warning(
        ("aliases",), f"the name '{alias}' belongs to {len(ids)} actors: {', '.join(ids)}",
        "it is not found automatically; annotate its mentions by hand")


def _risky_aliases(corpus: Corpus) -> list[Diagnostic]:
    problems = []
    for actor in corpus.actors.values():
        for i, alias in enumerate(actor.aliases):
            risk = risk_of(alias)
            if risk:
                problems.append(actor.at.warning(("aliases", i), f"risky alias: {risk}",
                                                 "write it in capitals if it is an acronym, or "
                                                 "annotate those mentions by hand instead"))
    return problems
