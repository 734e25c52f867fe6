"""The network: every tie of every actor, so that each actor with one appears.

An actor is tied to the claims it took a stance on, to the actors whose
words it carried (each outlet of a chain to the one before it, the first to
the speaker), to the actors it belongs to, and to the events it took part
in. A tie made of several passages is one tie that counts them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from ..model.annotations import Statement
from ..model.content import Corpus
from ..model.dossier import End, Tie


def ties(c: Corpus, statements: Iterable[Statement]) -> tuple[Tie, ...]:
    """The whole network, sorted; only ties whose two ends are known."""
    passages: Counter[Tie] = Counter()
    for s in statements:
        if s.claim not in c.claims:
            continue
        if s.by in c.actors:
            passages[Tie("stance", s.by, s.claim, "claim", s.stance)] += 1
        for tie in _carried(c, s):
            passages[tie] += 1
    found = [Tie(t.kind, t.actor, t.other, t.to, t.stance, n) for t, n in passages.items()]
    found += [Tie("affiliation", a.id, other, "actor") for a in c.actors.values()
              for other in dict.fromkeys(a.affiliations) if other in c.actors and other != a.id]
    found += [Tie("event", actor, e.id, "event") for e in c.events.values()
              for actor in dict.fromkeys(e.actors) if actor in c.actors]
    return tuple(sorted(found))


def _carried(c: Corpus, s: Statement) -> list[Tie]:
    """Each outlet of a statement's chain, tied to whom it had the words from:
    the speaker, the outlet before it, or (the report speaking) the claim."""
    found = []
    before: tuple[str, End] = (s.by, "actor") if s.by in c.actors else (s.claim, "claim")
    for outlet in s.carriers:
        if outlet in c.actors:
            found.append(Tie("carried", outlet, *before))
            before = (outlet, "actor")
    return found


def ties_of(network: tuple[Tie, ...]) -> Mapping[str, tuple[Tie, ...]]:
    """Actor, claim or event id -> the ties it is in, in the network's order."""
    found: dict[str, list[Tie]] = {}
    for tie in network:
        found.setdefault(tie.actor, []).append(tie)
        if tie.other != tie.actor:
            found.setdefault(tie.other, []).append(tie)
    return MappingProxyType({id: tuple(items) for id, items in found.items()})
