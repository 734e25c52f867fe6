"""Who the actor files say holds a role, when the report ties no one to it:
the one person whose `role` names it, affiliated with what the description
names or else named in the report and fitting it ("the Turkish leader" may
be an Erdogan whose file names no state)."""

from __future__ import annotations

from collections.abc import Mapping

from .speech import NOBODY, Person, portfolios_agree


class Holders:
    """The actor files' people, for one report: `first_named` is where the
    report first names each person."""

    def __init__(self, people: Mapping[str, Person], kinds: Mapping[str, str],
                 first_named: Mapping[str, int]):
        self.people, self.kinds, self.first_named = people, kinds, first_named
        self.pools: dict[tuple[str, frozenset[str]], set[str]] = {}

    def one(self, role: str, qualifiers: frozenset[str], portfolio: str, at: int) -> str:
        """The one holder of `role` for a description at `at`; without
        qualifiers, among those the report named before it. Else ""."""
        found = self.of(role, qualifiers) if qualifiers else self.named_before(role, at)
        found = {id for id in found if portfolios_agree(portfolio, self.person(id).portfolio)}
        return next(iter(found)) if len(found) == 1 else ""

    def named_before(self, role: str, at: int) -> set[str]:
        """The holders of `role` the report names before `at`."""
        return {id for id in self.of(role, frozenset()) if self.first_named.get(id, at) < at}

    def of(self, role: str, qualifiers: frozenset[str]) -> set[str]:
        """The persons whose actor files give them `role`: affiliated with one
        of `qualifiers`, or else named in the report and fitting them."""
        key = (role, qualifiers)
        if key not in self.pools:
            named = {id for id in self.first_named
                     if self.fits(qualifiers, self.person(id).affiliations)}
            self.pools[key] = self.affiliated(role, qualifiers) or self._holding(role, named)
        return self.pools[key]

    def affiliated(self, role: str, qualifiers: frozenset[str]) -> set[str]:
        """Those whose files give them `role` and one of `qualifiers`."""
        return self._holding(role, {id for id, p in self.people.items()
                                    if p.affiliations & qualifiers})

    def person(self, id: str) -> Person:
        return self.people.get(id, NOBODY)

    def fits(self, wanted: frozenset[str], have: frozenset[str]) -> bool:
        """Whether a description's organisations and states are all a
        person's; its states also where the person's file names none."""
        states = {q for q in wanted if self.kinds.get(q) == "state"}
        return wanted - states <= have and (
            states <= have or not any(self.kinds.get(q) == "state" for q in have))

    def fitting(self, id: str, wanted: frozenset[str]) -> str:
        """`id` if the person fits a description's organisations and states, else ""."""
        return id if id and self.fits(wanted, self.person(id).affiliations) else ""

    def _holding(self, role: str, ids: set[str]) -> set[str]:
        return {id for id in ids if role in self.person(id).roles}
