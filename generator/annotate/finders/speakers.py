"""Who speaks each quotation, from the words around it.

In the quotation's sentence, a speech verb after it (`…,” said Shugaev`, `«…»,
— сказал он`, `"…" dedi`) takes the name, description or pronoun beside it; in
Turkish, the subject of the clause before the quotation (`Demir, “…” dedi`).
A speech verb before it (`Pahon said, “…”`) takes its subject; `according to X`
takes X; a participle after it (`"…", while noting`, `заявив`) the subject's.
A quotation opening its paragraph with none of this goes on from the paragraph
before. A pronoun is the first person the sentence before names, or else the
speaker before. Someone unnamed ("a Turkish official") gets no speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from ...model.annotations import Mention
from ...model.vocabulary import PEOPLE
from . import referents
from .demonyms import DEMONYMS
from .referents import Referent, Spans, first_person, last_person, turkish_subjects
from .roles import Roles
from .sentences import Sentences
from .speech import Speech

VERB_REACH = {"en": 60, "tr": 40, "ru": 60}  # characters from a quotation to its verb
_CLAUSE_END, _BARE = re.compile(r"[,;:.!?\n]"), re.compile(r"^[\W_]*$")  # _BARE: punctuation only
# "…" and Erdogan said, "…" of it, although X stressed: a clause of its own; "…" on it,
# and urged: the subject's second verb.
_COORDINATED = re.compile(rf"^\W*{referents.AND}\s|{referents.AND_BEFORE}|,\s+(?:al)?though\s",
                          re.IGNORECASE)
_NOBODY, _DASH, _WORD = "unnamed", re.compile(r"[—–-]"), re.compile(r"\w+")
_DEMONYM = re.compile("|".join(d["ru"] for d in DEMONYMS.values()), re.IGNORECASE)
_IT = re.compile(r"\b(?:it|they)\s+$", re.IGNORECASE)  # "what it called": the verb's own subject


class Attribution:
    """The speakers of one report's quotations, found in body order."""

    def __init__(self, text: Sentences, mentions: list[Mention], kinds: Mapping[str, str],
                 words: Speech, roles: Roles, dateline: tuple[int, int] | None,
                 quoted: list[tuple[int, int]]):
        self.text, self.words, self.roles, self.kinds = text, words, roles, kinds
        body, out = text.body, dateline or (0, 0)
        names = [Referent(m.start, m.end, m.actor, kinds.get(m.actor) in PEOPLE)
                 for m in mentions if m.actor and not (out[0] <= m.start < out[1])]
        people = Spans([n for n in names if n.person])
        described = [Referent(d.start, d.end, roles.who(d), True) for d in roles.descriptions
                     if not people.overlaps(d.start, d.end)]
        descriptions = Spans(described)
        names = [n for n in names if n.person or not descriptions.overlaps(n.start, n.end)]
        pronouns = [Referent(m.start(), m.end(), "", True, pronoun=True)
                    for m in words.pronouns.finditer(body)]
        inside = Spans([Referent(a, b, "", False) for a, b in quoted])
        # A name within quotation marks is what was said, never who said it.
        self.referents = sorted([r for r in (*names, *described, *pronouns)
                                 if not inside.overlaps(r.start, r.end)], key=lambda r: r.start)
        self.starts = [r.start for r in self.referents]
        self.speakers: list[tuple[int, str]] = []  # (quotation start, speaker)

    def speaker(self, start: int, end: int) -> tuple[str, str]:
        """The speaker of the quotation body[start:end], and how it was found."""
        found, how = self._speaker(start, end)
        actor = "" if found == _NOBODY else found
        self.speakers.append((start, actor))
        return actor, how

    def _speaker(self, start: int, end: int) -> tuple[str, str]:
        first, last = self.text.sentence(start, end)
        after = self.words.verbs.search(self.text.body, end, last)
        # "…," said X: X spoke. "…," adding that / заявив, "…" but stressed: the
        # sentence's subject did, found below.
        if after and self._reaches(after, (first, start, end, last)) and \
                not self.words.participle.fullmatch(after.group()) and \
                not _COORDINATED.search(self.text.body[end:after.start()]):
            return self._verb_after(start, end, after, (first, last))
        found = self._according_after(end, last) or self._before(first, start)
        if found[0]:
            return found
        if self.text.opens_paragraph(start) and (before := self.text.paragraph_before(start)):
            return self._paragraph_before(*before), "the paragraph before, which names the speaker"
        if _BARE.match(self.text.body[first:start]) and _BARE.match(self.text.body[end:last]):
            if self._last_said(since=self.text.paragraph_start(start)):
                return self._quotation_before(start), "the quotation before it in its paragraph"
            return self._sentence_before(first), "the sentence before it, which names the speaker"
        return "", ""

    def _according_after(self, end: int, last: int) -> tuple[str, str] | None:
        """ "…," according to Mikheyev: the name after the words (not an agency: it reports)."""
        according = self.words.according_after and \
            self.words.according_after.search(self.text.body, end, last)
        if not according or according.start() - end > VERB_REACH[self.words.language]:
            return None
        named = [r for r in self._in(according.end(), last) if self.kinds.get(r.actor) != "media"]
        return self._actor(named[0], end, "'according to' after it") if named else None

    def _reaches(self, verb: re.Match[str], around: tuple[int, int, int, int]) -> bool:
        """Whether a verb after a quotation (sentence start, quotation start, end, sentence
        end) is its speaker's: near it (in Russian past a dash: «…», — заявил; not «…»
        предупреждал), ending a Turkish sentence (`Kalın, "…" olduğunu, …, söyledi.`), or in
        English past the words the quotation runs on into (`“…” the act, Pompeo said`)."""
        (first, start, end, last), body, language = around, self.text.body, self.words.language
        if language == "ru" and not _DASH.search(body, end, verb.start()):
            return False
        return verb.start() - end <= VERB_REACH[language] or \
            (language == "tr" and not body[verb.end():last].strip(" .!?\"”»'’")) or \
            (language == "en" and not self.words.verbs.search(body, first, start) and
             referents.runs_on(body, end, self._in(end, verb.start()), verb.start()))

    def _quotation_before(self, start: int) -> str:
        """ "…," Erdogan said. "Nobody can…" (a sentence that is a quotation
        and nothing else): the speaker of the quotation before it in the
        paragraph, if no one else is named between them."""
        said = self._last_said(since=self.text.paragraph_start(start))
        if not said or not said[1]:
            return ""
        at, speaker = said
        return "" if self._someone_else(at, start, speaker) else speaker

    def _sentence_before(self, first: int) -> str:
        """ "Пухов уверен, что … «…»": the first person named by the sentence before, in
        its paragraph, if it speaks."""
        before = self.text.sentence_before(first)
        if before is None or before < self.text.paragraph_start(first):
            return ""
        if not self.words.verbs.search(self.text.body, before, first):
            return ""  # "Shugaev smiled.": said nothing
        people = [r for r in self._in(before, first) if r.person and not r.pronoun]
        return people[0].actor if people else ""

    def _last_said(self, since: int = 0) -> tuple[int, str] | None:
        """The last quotation before this one, and its speaker, if it starts at `since` on."""
        return self.speakers[-1] if self.speakers and self.speakers[-1][0] >= since else None

    def _someone_else(self, start: int, end: int, speaker: str) -> bool:
        """Whether body[start:end] names someone other than `speaker`, or unnamed ("a source")."""
        unnamed = bisect.bisect_left(self.roles.unnamed, start)
        return any(r.person and not r.pronoun and r.actor != speaker
                   for r in self._in(start, end)) or \
            (unnamed < len(self.roles.unnamed) and self.roles.unnamed[unnamed] < end)

    def _verb_after(self, start: int, end: int, verb: re.Match[str],
                    sentence: tuple[int, int]) -> tuple[str, str]:
        body = self.text.body
        how = f"'{body[end:sentence[1]].strip()}'"
        if self.words.passive_verb(verb):  # "…" belirtildi: it was stated, by no one named here
            return _NOBODY, how
        if self.words.language == "tr":  # Demir, "…" dedi: the subject before it
            clause = referents.clause_start(body, self.words.clause_end, sentence[0], start)
            before = self._in(clause, start)
            if owner := referents.genitive_speaker(body, before, start, end):
                return self._actor(owner, start, how)  # Erdoğan'ın "…" diye sorduğu
            subject = self._turkish(before)
            if subject:  # not "Türkiye" in "Türkiye Dışişleri Bakanlığı … savundu"
                chosen = first_person(subject)
                return (_NOBODY, how) if self._owner(chosen) else self._actor(chosen, start, how)
        between = self._in(end, verb.start())
        if between:
            return self._actor(between[-1], end, how)
        stop = _CLAUSE_END.search(body, verb.end())
        following = self._turkish(self._in(verb.end(), stop.start() if stop else len(body)))
        if following and verb[0].endswith("слова") and \
                referents.CAPITAL.search(self.text.body, verb.end(), following[0].start):
            return _NOBODY, how  # "приводит слова Хоффмана агентство Reuters": not Reuters
        if following:
            return self._actor(first_person(following), end, how)
        if spoke := self._body(verb.end(), sentence[1], start):  # "— говорится в сообщении …"
            return spoke, how
        if self.words.language != "tr":
            return _NOBODY, how
        return self._quotation_before(start) or self._dropped(start, sentence, verb), how

    def _body(self, start: int, end: int, at: int) -> str:
        """The body named last since the paragraph before, for its word ("в … ведомства")."""
        word = self.words.body_word and self.words.body_word.search(self.text.body, start, end)
        if not word or self.roles.unnamed_between(start, word.start()) or \
                _DEMONYM.search(word.group("adj")):  # not "Источник в …", "в турецком …"
            return ""
        since = (self.text.paragraph_before(at) or (self.text.paragraph_start(at),))[0]
        return referents.last_body(self.text.body, self._in(since, at), self.kinds,
                                   self.words.other_body, word.start()) or _NOBODY

    def _dropped(self, start: int, sentence: tuple[int, int], verb: re.Match[str]) -> str:
        """The subject Turkish leaves out, as a pronoun stands for one (`Erdoğan …
        söyledi. ¶ "…" dedi.`); not before a participle (`diyen Akçay`) or a passive."""
        (first, last), describes, body = sentence, self.words.describing_clause, self.text.body
        left_out = referents.subject_left_out(body[first:start].strip(), self.words.unnamed) \
            and not (describes and describes.fullmatch(verb[0])) \
            and not any(map(self.words.passive_verb, _WORD.finditer(body, verb.start(), last)))
        return self._antecedent(start, start)[0] if left_out else ""

    def _before(self, first: int, start: int) -> tuple[str, str]:
        body = self.text.body
        according = self.words.according_after and \
            self.words.according_after.search(body, first, start)
        if according:  # the phrase runs to its comma: "По словам лидера, Турция …"
            comma = body.find(",", according.end(), start)
            named = self._in(according.start(), start if comma == -1 else comma)
            if named:  # the head of "according to pro-AKP Aksam Newspaper" is last
                return self._actor(named[-1], start, "'according to'")
        verbs = list(self.words.verbs.finditer(body, first, start))
        if not verbs:
            return "", ""
        verb = verbs[-1]
        how = f"'{verb.group()}' before it"
        if self.words.passive_verb(verb):  # "açıklamada … belirtildi": it was stated
            return _NOBODY, how
        # "… urged Washington to correct what it called “…”": the sentence's subject's
        it = _IT.search(body, first, verb.start())
        head = (verbs[0] if it else referents.first_joined(body, verbs, self.words.past)).start()
        pasts = list(self.words.past.finditer(body, first, head)) if self.words.past else []
        # "МИД призвал … и заявил": the first verb of the two
        while pasts and referents.SECOND_VERB.search(body, pasts[-1].end(), head):
            head = pasts.pop().start()
        first = referents.own_clause(body, first, head)
        subject = referents.outside_clauses(body, self._in(first, head), first, head,
                                            self.words.relative)
        if subject:  # "Turkey condemned …, calling it": the sentence's subject
            participle = it or self.words.participle.fullmatch(verb.group())
            chosen = first_person(subject) if participle else last_person(subject)
            if self.kinds.get(chosen.actor) == "state" and self.words.language == "ru":
                chosen = referents.qualified_by(body, subject, chosen)
            # not "a Nato diplomat said", "A diplomat quoted by TASS", "Jane Example, a Turkey …"
            if self.roles.in_unnamed(chosen.start) or self._owner(chosen) or \
                    self.roles.unnamed_between(first, min(chosen.start, first + 3)) or \
                    self.roles.opens_with_stranger(first, chosen.start):
                return _NOBODY, how
            return self._actor(chosen, start, how)
        if spoke := self._body(first, head, start):  # "В … ведомстве предупредили"
            return spoke, how
        # "said Pahon: “…”", not past a clause of its own ("noted, the timing
        # suggests the president is “…”", "noted that Erdogan is “…”")
        named = [r for r in self._in(verb.end(), start) if r.person]
        if not named or referents.clause_between(body[verb.end():named[0].start]):
            return _NOBODY, how
        return self._actor(named[0], start, how)

    def _paragraph_before(self, begin: int, end: int) -> str:
        """The speaker a standalone quotation goes on from: the last person
        the paragraph before (body[begin:end]) refers to, or its last
        quotation's speaker."""
        said = self._last_said(since=begin)
        people = [r for r in self._in(begin, end) if r.person]
        if said and (not people or people[-1].start < said[0]):
            return said[1]
        return self._actor(people[-1], end, "")[0] if people else _NOBODY

    def _turkish(self, found: list[Referent]) -> list[Referent]:  # subjects, not "Rusya'dan"
        return turkish_subjects(self.text.body, found, self.words.describing_clause)

    def _in(self, start: int, end: int) -> list[Referent]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [r for r in self.referents[i:j] if r.end <= end]

    def _actor(self, referent: Referent, at: int, how: str) -> tuple[str, str]:
        if not referent.pronoun:
            return referent.actor or _NOBODY, how
        return self._antecedent(referent.start, at)

    def _antecedent(self, pronoun: int, at: int) -> tuple[str, str]:
        """The person its own sentence names before it ("Erdoğan said he"), else the one the
        sentence before is about: its own "he" or its first person named (within the paragraph
        before); else the last speaker, within a paragraph or with no one else named since."""
        body, female, chained = self.text.body, self.words.female, True
        while chained:  # "He said he …": back through the sentences that say "he" only
            chained = False
            first, _ = self.text.sentence(pronoun, pronoun)
            own = [r for r in self._in(first, pronoun) if r.person and not r.pronoun]
            if own:  # someone we have no file for is no one we can name
                return own[0].actor or _NOBODY, f"'he' in a sentence naming {own[0].actor}"
            before = self.text.sentence_before(first)  # in this paragraph or the one before
            if before is None:
                break
            people = [r for r in self._in(before, first) if r.person and not r.pronoun
                      and not referents.titled_otherwise(body, female, r.start, pronoun)
                      and not self.roles.in_a_title(r.start)]
            people = turkish_subjects(body, people, self.words.describing_clause)
            same = [r for r in self._in(before, first)
                    if r.pronoun and referents.same_word(body, r.start, pronoun)][:1]
            if same and self.text.paragraph(at) - self.text.paragraph(same[0].start) <= 1 and \
                    (not people or same[0].start < people[0].start):  # "He said he and Putin"
                pronoun, chained = same[0].start, True
                continue
            if (people and not people[0].actor) or self.roles.opens_with_stranger(before, first):
                # "Selin Arıkan, a defence analyst, said", "Ellen Lord told"
                return _NOBODY, "'he said' after a sentence naming someone with no file"
            if people:
                return people[0].actor, f"'he said' after a sentence naming {people[0].actor}"
        said = self._last_said()
        if said and said[1]:
            q, speaker = said
            reach = self.text.paragraph(at) - self.text.paragraph(q)
            if reach <= 1 or (reach <= 2 and not self._someone_else(q, pronoun, speaker)):
                return speaker, f"'he said' after a quotation of {speaker}"
        return _NOBODY, "a pronoun for no one named"

    def _owner(self, r: Referent) -> bool:  # a state that owns an institution that spoke
        return self.kinds.get(r.actor) == "state" and referents.owner(self.text.body, r, self.words)
