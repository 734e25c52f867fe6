"""Who a description of a speaker is: "the Kremlin spokesman", "Kremlin
sözcüsü", "глава компании".

A report names people with their roles ("Kremlin spokesman Dmitry Peskov",
"Ismail Demir, head of ..."): each such pairing is a tie. A description later
in the text is the person last tied to its role, with the same organisation
and portfolio when it names them ("the Rosoboronexport chief", "the defence
minister"). When the report ties no one to the role, the actor files may:
the one person whose `role` names it (`holders.py`). A description is
never the organisation it names, and "the official" after "a Turkish
official" is that unnamed one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import replace

from ...model.annotations import Mention
from ...model.vocabulary import PEOPLE
from . import speech, strangers
from .holders import Holders
from .role_spans import Description, Paragraphs, Tie
from .speech import HEAD_WORD_FIRST, Person, Speech, role_of

TIE_REACH = 70  # characters between a role word and the name it belongs to
_BREAK = re.compile(r"[.!?;,:\n]")
_APPOSITION = re.compile(r",\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
# "Mevlut Cavusoglu, the foreign minister": a name, then its role set off by a comma.
# (Not a clause: "Erdogan, meeting the NATO chief", "Peskov, asked about the minister".)
_ROLE_AFTER_NAME = re.compile(r",\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:(?!(?:who|whom|whose|"
                              r"which|that|and|or|but|about|with|to|for|\w+ing|\w+ed)\b)"
                              r"[\w-]+\s+){0,3}", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:the|a|an)\s", re.IGNORECASE)  # a description opens at its last
_OF = re.compile(r"\s+(?:of|for)\s", re.IGNORECASE)  # "the head of …", "a spokesperson for …"
_POSSESSIVE = re.compile(r"(?:its|their|his|her|его|её|их)\s", re.IGNORECASE)  # "its spokesman"
SPOKESMAN_REACH = 250  # characters back an unqualified "a spokesman" looks for its organisation


class Roles:
    """The report's ties and descriptions, found once."""

    def __init__(self, body: str, mentions: list[Mention], kinds: Mapping[str, str],
                 words: Speech, people: Mapping[str, Person],
                 quoted: list[tuple[int, int]], paragraph_starts: list[int]):
        self.body, self.kinds, self.language = body, kinds, words.language
        self.paragraphs = Paragraphs(paragraph_starts)
        self.quoted = sorted(quoted)  # quotations: who they name did not speak them
        self.indefinite, self.verbs = words.indefinite, words.verbs
        self.describing = words.describing_clause
        # Everything below is found by bisection, so that a long report costs
        # its length, not its length squared. Names never overlap: their ends
        # are in order as their starts are.
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.persons = [m for m in self.mentions if kinds.get(m.actor) in PEOPLE]
        self.starts, self.ends = [m.start for m in self.persons], [m.end for m in self.persons]
        self.unnamed_spans = [m.span() for m in words.unnamed.finditer(body)]
        self.unnamed = [start for start, _ in self.unnamed_spans]
        ties: dict[int, Tie] = {}  # by where the name is
        self.descriptions: list[Description] = []
        head_first = words.language in HEAD_WORD_FIRST
        for match in words.roles.finditer(body):
            if speech.AIDE_BEFORE.search(body, max(0, match.start() - 30), match.start()) or \
                    speech.AIDE_AFTER.match(body, match.end()):
                continue  # "помощник президента Владимир Кожин" is no president
            person = self._named_by(match, head_first)
            if person is None:
                found = self._description(match, head_first)
                if self._stranger(match, found, head_first):
                    found = replace(found, stranger=True)
                self.descriptions.append(found)
            elif not head_first or person.start not in ties:
                span = self._description(match, head_first)  # the nearer word wins
                start, end = min(span.start, match.start()), max(person.start, match.end())
                ties[person.start] = Tie(match.start(), person.start, role_of(match), person.actor,
                                         self._qualifiers(start, end), span.portfolio)
        self.descriptions.sort(key=lambda d: d.start)
        self.description_starts = [d.start for d in self.descriptions]
        self.in_order = sorted(ties.values(), key=lambda t: t.at)  # every tie, as the text goes
        self.in_order_ats = [t.at for t in self.in_order]
        self.ties: dict[str, list[Tie]] = {}  # by role, in the order of the text
        for tie in self.in_order:
            self.ties.setdefault(tie.role, []).append(tie)
        self.tie_ats = {role: [t.at for t in listed] for role, listed in self.ties.items()}
        first_named = {m.actor: m.start for m in reversed(self.persons)}
        self.holders = Holders(people, kinds, first_named)

    def _stranger(self, match: re.Match[str], description: Description, head_first: bool) -> bool:
        """Whether the role word goes with a name we have no file for: among
        the words after it, or the name its description is set off after."""
        end = description.end if head_first or description.end > match.end() else match.end()
        return strangers.among(self.body, match.end(), end, self._named_at) or \
            strangers.set_off_before(self.body, description.start, self._named_at)

    def opens_with_stranger(self, start: int, end: int) -> bool:
        """Whether body[start:end] opens with the name of someone we have no
        file for ("Ellen Lord, the Pentagon's top weapons buyer, told")."""
        return strangers.opens(self.body, start, end, self._named_at)

    def in_a_title(self, at: int) -> bool:
        """Whether `at` lies between a role word and the name it belongs to:
        "пресс-секретарь Владимира Путина Дмитрий Песков" is Peskov's title."""
        i = bisect.bisect_right(self.in_order_ats, at)
        return i < len(self.in_order) and self.in_order[i].start < at

    def _quoted(self, at: int) -> bool:
        i = bisect.bisect_right(self.quoted, (at, len(self.body)))
        return i > 0 and at < self.quoted[i - 1][1]

    def in_unnamed(self, at: int) -> bool:
        """Whether `at` lies in words that bring in someone unnamed ("a senior
        Nato diplomat"): the organisation there is not who speaks."""
        i = bisect.bisect_right(self.unnamed, at)
        return i > 0 and at < self.unnamed_spans[i - 1][1]

    def _named_at(self, start: int, end: int) -> bool:
        """Whether a mention of one of ours overlaps body[start:end]."""
        i = bisect.bisect_left(self.mention_starts, end)
        return any(m.end > start for m in self.mentions[max(0, i - 3):i])

    def _named_by(self, match: re.Match[str], head_first: bool) -> Mention | None:
        """The person a role word belongs to: the name after it ("spokesman
        Dmitry Peskov"), or the one it follows in apposition ("Demir, head of")."""
        i = bisect.bisect_left(self.starts, match.end())
        if i < len(self.persons):
            after = self.persons[i]
            gap = self.body[match.end():after.start]
            # "spokesman Dmitry Peskov", "the head of the service, Dmitry Shugaev"
            if len(gap) <= TIE_REACH and not _BREAK.search(_APPOSITION.sub("", gap)):
                # "пресс-секретарь Владимира Путина Дмитрий Песков": in Russian the
                # last of two names side by side; the first, in the genitive, is whose.
                beside = self.persons[i + 1] if head_first and i + 1 < len(self.persons) else None
                return beside if beside and self.body[after.end:beside.start].isspace() else after
        if i > 0:
            before = self.persons[i - 1]
            if _ROLE_AFTER_NAME.fullmatch(self.body, before.end, match.start()):
                return before
        return None

    def _description(self, match: re.Match[str], head_first: bool) -> Description:
        """A role word alone, with the organisations named beside it: before
        it in English and Turkish, after it in Russian."""
        if head_first:  # "представитель Пентагона заявил": up to a break, the verb or
            # a preposition ("глава компании в интервью «Интерфаксу»"), and from
            # the adjectives before it ("турецкий лидер")
            at = match.start()
            before = speech.ROLE_ADJECTIVES.search(self.body, max(0, at - 40), at)
            start = before.start() if before else at
            end = self._stop(match.end(), 40, speech.ROLE_ENDS_AT)
        else:  # "the Rosoboronexport chief", "the head of Russia's service"
            start = max(0, match.start() - 40)
            stops = [*_BREAK.finditer(self.body, start, match.start()),
                     *(self.describing.finditer(self.body, start, match.start())
                       if self.describing else ())]
            opens = [m.start() for m in _ARTICLE.finditer(self.body, start, match.start())]
            start, end = max([m.end() for m in stops] + opens, default=start), match.end()
            named = bisect.bisect_right(self.ends, match.start())  # not back past a person:
            if named:  # "Russian President X and Turkish President Y"
                start = max(start, self.persons[named - 1].end)
            if _OF.match(self.body, end):  # up to a break or the verb
                end = self._stop(end, 60)
        while start < match.start() and not self.body[start].isalnum():
            start += 1  # not the closing mark of the quotation before it
        return Description(start, end, role_of(match), self._qualifiers(start, end),
                           speech.portfolio_of(self.body[start:end], self.language))

    def _stop(self, at: int, reach: int, *also: re.Pattern[str]) -> int:
        """Where the words from `at` stop: at a break, a speech verb or `also`."""
        found = (p.search(self.body, at, at + reach) for p in (_BREAK, self.verbs, *also))
        return min((m.start() for m in found if m), default=at + reach)

    def _qualifiers(self, start: int, end: int) -> frozenset[str]:
        first = bisect.bisect_left(self.mention_starts, start)
        last = bisect.bisect_left(self.mention_starts, end)
        return frozenset(m.actor for m in self.mentions[first:last]
                         if m.end <= end and self.kinds.get(m.actor) not in PEOPLE)

    def who(self, description: Description) -> str:
        """The person a description means, or "" when neither the report nor
        the actor files say. "A spokesman" is someone unnamed."""
        if description.stranger:
            return ""
        ties = self.ties.get(description.role, [])
        before = bisect.bisect_left(self.tie_ats.get(description.role, []), description.start)
        indefinite = bool(self.indefinite and self.indefinite.match(self.body, description.start))
        tie = next((t for t in reversed(ties[:before] if not indefinite else [])
                    if self._ties(t, description)), None)
        # "A State Department spokesperson said … the spokesperson said": the
        # nearer of the two, that one or the person last tied to the role.
        same = None if indefinite or description.qualifiers else self._earlier(description)
        if same and (tie is None or same.start > tie.at):
            return self.who(same)
        if tie:
            return tie.person
        if description.role == "spokesman":
            return self._spokesman(description, indefinite)
        if indefinite:
            return ""
        if description.role == "expert":  # "the expert": the last one the report gave a role
            return self._last_tied(description) or self._last_named(description)
        if description.role == "official":  # "the (Russian) official": the last spoken of, theirs
            return self.holders.fitting(self._last_named(description), description.qualifiers)
        return self.holders.one(description.role, description.qualifiers, description.portfolio,
                              description.start)

    def _ties(self, tie: Tie, description: Description) -> bool:
        """Whether a tie is to whom a description's organisations, states
        (also by the person's file) and portfolio belong; where neither names
        a state, a state's description is theirs unless a file gives its role
        to someone of that state ("President Erdogan … the Turkish president").
        Not one to two states' names ("президенты России и Турции Путин и Эрдоган")."""
        have, wanted = tie.qualifiers | self.holders.person(tie.person).affiliations, \
            description.qualifiers
        return sum(self.kinds.get(q) == "state" for q in tie.qualifiers) < 2 and \
            speech.portfolios_agree(description.portfolio, tie.portfolio) and (
                wanted <= have or (self.holders.fits(wanted, have)
                                   and not self.holders.affiliated(description.role, wanted)))

    def _spokesman(self, description: Description, indefinite: bool) -> str:
        """An organisation has many spokespeople: one the report does not
        name speaks for it ("a Pentagon spokesman", "представитель
        Пентагона"), unless it is someone the report has named before."""
        named = self.holders.named_before("spokesman", description.start)
        if not indefinite:
            if description.qualifiers:
                named &= self.holders.of("spokesman", description.qualifiers)
            if len(named) == 1:
                return next(iter(named))
            if tied := self._tied_in_paragraph(description):
                return tied
        organisations = {q for q in description.qualifiers if self.kinds.get(q) == "organization"}
        if not description.qualifiers:  # "At the State Department, a spokeswoman said"
            organisations = self._organisations_before(description.start)
        return next(iter(organisations)) if len(organisations) == 1 else ""

    def _tied_in_paragraph(self, description: Description) -> str:
        """The spokesman tied last in its paragraph or the one before, if no
        organisation but the description's is his, nor another state
        ("Пресс-секретарь президента России Дмитрий Песков … — сказал
        представитель Кремля")."""
        i = bisect.bisect_left(self.tie_ats.get(description.role, []), description.start)
        tie = self.ties[description.role][i - 1] if i else None
        if tie is None or tie.at < self.paragraphs.start(description.start, back=1):
            return ""
        own = tie.qualifiers | self.holders.person(tie.person).affiliations
        organisations = {q for q in description.qualifiers if self.kinds.get(q) == "organization"}
        # the description's states: those it names, and its organisations' (the Kremlin's Russia)
        states = frozenset(q for q in description.qualifiers | {
            a for o in organisations for a in self.holders.person(o).affiliations}
            if self.kinds.get(q) == "state")
        others = {q for q in own if self.kinds.get(q) == "organization"} - description.qualifiers
        return tie.person if not others and self.holders.fits(states, own) else ""

    def _earlier(self, description: Description) -> Description | None:
        """The description of the same role before it in its paragraph, or in the one
        before when its own names no body before it ("… a Pentagon spokesman said. ¶ The
        spokesman added"; not "At the Kremlin, the spokesman", nor "its spokesman")."""
        own = _POSSESSIVE.match(self.body, description.start) or self._organisations_before(
            description.start)
        back = self.paragraphs.start(description.start, back=0 if own else 1)
        i = bisect.bisect_left(self.description_starts, description.start)
        while i > 0 and self.descriptions[i - 1].start >= back:
            i -= 1
            if self.descriptions[i].role == description.role:
                return self.descriptions[i]
        return None

    def _organisations_before(self, at: int) -> set[str]:
        """The organisations named shortly before `at` in its paragraph."""
        start = max(self.paragraphs.start(at), at - SPOKESMAN_REACH)
        first = bisect.bisect_left(self.mention_starts, start)
        last = bisect.bisect_left(self.mention_starts, at)
        return {m.actor for m in self.mentions[first:last]
                if self.kinds.get(m.actor) == "organization"}

    def _last_tied(self, description: Description) -> str:
        """The last person the report named with a role ("Директор Центра …
        Руслан Пухов") before `description`, outside quotations."""
        i = bisect.bisect_left(self.in_order_ats, description.start)
        tie = next((t for t in reversed(self.in_order[:i]) if not self._quoted(t.at)), None)
        return tie.person if tie and not self.unnamed_between(tie.at, description.end) else ""

    def _last_named(self, description: Description) -> str:
        """ "The official": the last person named, unless someone unnamed came
        since (or is this description: "a Turkish official")."""
        named = bisect.bisect_right(self.ends, description.start)
        while named and self._quoted(self.persons[named - 1].start):
            named -= 1  # «Для Эрдогана …», – считает эксперт: not Erdoğan
        if not named:
            return ""
        last = self.persons[named - 1]
        return "" if self.unnamed_between(last.end, description.end) else last.actor

    def unnamed_between(self, start: int, end: int) -> bool:
        """Whether words between `start` and `end` bring in someone unnamed."""
        since = bisect.bisect_left(self.unnamed, start)
        return since < len(self.unnamed) and self.unnamed[since] < end
