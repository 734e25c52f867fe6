"""Stage 3, resolve: check every reference and date across files, then link
everything both ways into one `Dossier`, built whole: who said what, where
words travelled and were copied, how claims relate, and the network."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from ..annotate import AnnotatedCorpus
from ..model.annotations import EventReport, Mention, Statement
from ..model.diagnostics import Diagnostic
from ..model.dossier import Dossier
from .chronology import check_dates
from .provenance import check_chains, republications
from .references import check_references
from .relations import check_relations, relations_of
from .ties import ties, ties_of
from .verdicts import check_verdicts

T = TypeVar("T")


def resolve(annotated: AnnotatedCorpus) -> tuple[Dossier, list[Diagnostic]]:
    c = annotated.corpus
    problems = check_references(c) + check_dates(c) + check_chains(c) + check_relations(c)
    mentions, by, on, reports = (defaultdict(list) for _ in range(4))
    for source in sorted(annotated.annotations):
        for a in annotated.annotations[source]:
            if isinstance(a, Mention) and a.actor in c.actors:
                mentions[a.actor].append(a)
            elif isinstance(a, Statement) and a.claim in c.claims:
                on[a.claim].append(a)
                if a.by in c.actors:
                    by[a.by].append(a)
            elif isinstance(a, EventReport) and a.event in c.events:
                reports[a.event].append(a)

    def when(a: Statement | EventReport) -> tuple[object, ...]:
        published = c.sources[a.source].published
        said = (a.said if isinstance(a, Statement) else None) or published
        return (said.sort_key, published.sort_key, a.source, a.start)

    events_of = defaultdict(list)
    for event in sorted(c.events.values(), key=lambda e: (e.date.sort_key, e.id)):
        for actor in event.actors:
            events_of[actor].append(event.id)
    members = defaultdict(list)
    for actor in sorted(c.actors):
        for other in c.actors[actor].affiliations:
            members[other].append(actor)
    statements = [s for claim in sorted(on) for s in on[claim]]
    network = ties(c, statements)
    dossier = Dossier(
        sources=c.sources, actors=c.actors, claims=c.claims, events=c.events, home=c.home,
        annotations=annotated.annotations, mentions_of=_frozen(mentions),
        stances_by=_frozen(by, when), stances_on=_frozen(on, when),
        reports_of=_frozen(reports, when), events_of=_frozen(events_of),
        members=_frozen(members), republications=republications(c.sources, statements),
        relations_of=relations_of(c.claims), ties=network, ties_of=ties_of(network))
    problems += check_verdicts(c, dossier.stances_on, dossier.reports_of)
    return dossier, problems


def _frozen(table: Mapping[str, list[T]], key: Callable[[T], Any] | None = None
            ) -> Mapping[str, tuple[T, ...]]:
    return MappingProxyType({k: tuple(sorted(v, key=key) if key else v)
                             for k, v in table.items()})
