"""The people a quotation's words may refer to, and where they are."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from .speech import TITLED, Speech


@dataclass(frozen=True)
class Referent:
    """A name, a description or a pronoun in the text: someone who may speak."""

    start: int
    end: int
    actor: str  # "" when the words name no one we know; for a pronoun, resolved later
    person: bool
    pronoun: bool = False


class Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Spans:
    """Whether a span overlaps any of a set (referents, mentions), by
    bisection: a long report costs its length, not its length squared."""

    def __init__(self, spans: Sequence[Located]) -> None:
        ordered = sorted(spans, key=lambda r: r.start)
        self.starts = [r.start for r in ordered]
        self.reach = list(itertools.accumulate((r.end for r in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # those that start before it ends
        return before > 0 and self.reach[before - 1] > start


_LAST_WORD = re.compile(r"(\S+)\s+$")
# A case ending after the apostrophe: no subject ("Rusya'dan"), but for the
# institution whose statement it was ("Pentagon'dan yapılan açıklamada").
_CASE_ENDING = re.compile(r"['’](?!(?:d|t)[ae]n\s+(?:yapılan|gelen)\s+(?:\w+\s+)?açıklama)\w")
# A Turkish clause of a converb ("… olduğunu belirterek,") or a topic ("…
# soruya ise") with no name in it that could be a subject: a capitalised
# word with no case ending.
# ("Cumhurbaşkanlığı ise": a topic in capitals is the subject.)
_CONVERB = re.compile(r"(?<=\w)(?:[ae]r[ae]k|[ıiuü]p),?$|\s[a-zçğıöşü][\w'’]*\s+ise,?$")
# A name's capital, where only a description's words may be (not "РФ", "США").
CAPITAL = re.compile(r"[A-ZА-ЯЁÇĞİÖŞÜ][a-zа-яёçğıöşü]")
_BARE_NAME = re.compile(r"\s[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?![\w'’-])")
_WORD = re.compile(r"\w+")
_OPENS, _CLOSES = re.compile(r"\s*,[^,.;:]*"), re.compile(r"[^,.;:]*,\s*")  # ", spokesman for X,"
# A subject of its own after "and": a determiner or a capitalised word ("its
# foreign ministry", "Akar"), not an adverb ("and later said", "а затем").
_OWN_SUBJECT = re.compile(r"(?:its|the|his|her|their|его|её|их)\s|[A-ZА-ЯЁ]")
# The words that join two clauses, in the languages the machine reads.
AND = r"(?:but|and|while|whereas|yet|ama|fakat|ve|но|и|а)"
AND_BEFORE = rf"(?:^|\W){AND}\s+(?:also\s+)?$"  # "… called it unfair and said"
SECOND_VERB = re.compile(AND_BEFORE, re.IGNORECASE)
_RUNS_ON = re.compile(r"[^,;:.!?“”\"«»\n]{1,160},\s*$")  # words of one clause, then its comma
_CASED_BRACKET = re.compile(r"['’]\w+\s*\($")  # "Başkanlığı'na (SSB)": the name's case
_GENITIVE_STATE = re.compile(r"(?:и|ы|[A-ZА-ЯЁ]{2,})$")  # "России", "Украины", "США"
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(rf",\s+{AND}\s+", re.I)
# A Turkish name before a noun it qualifies, in an oblique case ("NATO
# sistemleriyle", "ABD yönetiminin": the noun's possessive, then the
# instrumental or genitive) is part of that phrase, no subject; not before
# a dative or locative ("Erdoğan basına yaptığı açıklamada", "Trump görüşmede").
_OBLIQUE_NOUN = re.compile(r"\s+[a-zçğıöşü]{2,}[ıiuü](?:yl[ae]|n[ıiuü]n)(?!\w)")


def turkish_subjects(body: str, referents: list[Referent],
                     describing: re.Pattern[str] | None) -> list[Referent]:
    """Those who may be a Turkish sentence's subject: with no case ending
    ("Putin'in sözcüsü Peskov"), and of those after the last clause that
    describes one of them ("… Putin ile … belirten Erdoğan, … söyledi")."""
    if describing is None:
        return referents
    bare = [r for r in referents
            if not _CASE_ENDING.match(body, r.end) and not _OBLIQUE_NOUN.match(body, r.end)
            and not _CASED_BRACKET.search(body, max(0, r.start - 40), r.start)]
    heads = [i for i, r in enumerate(bare)
             if (word := _LAST_WORD.search(body, max(0, r.start - 30), r.start))
             and describing.fullmatch(word.group(1))]
    return bare[heads[-1]:] if heads else bare


# A Turkish name in the genitive right before a quotation that a nominalised
# verb reports is its speaker ("Erdoğan'ın "…" diye sorduğu", "Akar'ın "…"
# demesi"); not before "olduğunu söyledi", where the quotation is said of it.
# (with a word between that is no noun it owns: "Erdoğan'ın dün", not "Erdoğan'ın ziyareti")
_GENITIVE_BEFORE = re.compile(r"['’]n?[ıiuü]n(?:\s+[a-zçğıöşü]+(?<![ıiuü]))?\s*$")
_NOMINALISED_AFTER = re.compile(r"\W*(?:diye\s+\w+(?:[dt][ıiuü]ğ|m[ae]s)|de(?:diğ|me[sy]))\w*")


def genitive_speaker(body: str, before: list[Referent], start: int,
                     end: int) -> Referent | None:
    """The name in the genitive whose words the quotation body[start:end] is."""
    if not before or not _NOMINALISED_AFTER.match(body, end):
        return None
    last = before[-1]
    return last if _GENITIVE_BEFORE.match(body, last.end, start) else None


def clause_start(body: str, clause_end: re.Pattern[str] | None, first: int, start: int) -> int:
    """Where the clause ending at `start` begins, in the sentence from `first`."""
    ends = clause_end.finditer(body, first, start) if clause_end else ()
    return max((m.end() for m in ends), default=first)


def subject_left_out(opening: str, unnamed: re.Pattern[str]) -> bool:
    """Whether a Turkish sentence's words before its quotation leave out its
    subject: none, or a converb's clause or a topic with "ise" ("… bir
    soruya ise") naming no one who could be it, nor someone unnamed."""
    return not opening or bool(_CONVERB.search(opening) and not _BARE_NAME.search(opening)
                               and not unnamed.search(opening))


def first_person(referents: list[Referent]) -> Referent:
    """A clause's subject: its first person, else its first other name."""
    return next((r for r in referents if r.person), referents[0])


def last_person(referents: list[Referent]) -> Referent:
    """The one nearest a verb: its last person, else its last other name."""
    return next((r for r in reversed(referents) if r.person), referents[-1])


def qualified_by(body: str, found: list[Referent], state: Referent) -> Referent:
    """The organisation right before a Russian state's name in the genitive
    that qualifies it ("В Госдепартаменте США заявили": the department
    spoke; not "в Кремле Турция заявила"), else the state."""
    i = found.index(state)
    head = found[i - 1] if i else None
    genitive = _GENITIVE_STATE.search(body, state.start, state.end)
    return head if head and genitive and not body[head.end:state.start].strip() else state


def clause_between(words: str) -> bool:
    """Whether a name after a speech verb, `words` after the verb, is in a
    clause of its own: after "that", or after words that follow a comma
    ("noted, the timing suggests the president", "отметил, что Эрдоган");
    not one set off by commas ("said the agency's chief, Ismail Demir",
    "отметил, выступая перед журналистами, Песков")."""
    return bool(_THAT.search(words)) or ("," in words and bool(words.rsplit(",", 1)[1].strip()))


def titled_otherwise(body: str, female: re.Pattern[str] | None, person: int,
                     pronoun: int) -> bool:
    """Whether the report titles the person at `person` as of the other sex
    than the pronoun at `pronoun` ("Mr Erdogan" and "she")."""
    if female is None:
        return False
    title = TITLED["male" if female.match(body, pronoun) else "female"]
    return bool(re.search(title, body[max(0, person - 12):person]))


def same_word(body: str, one: int, other: int) -> bool:
    """Whether the words at `one` and `other` are the same ("he" and "He")."""
    first, second = _WORD.match(body, one), _WORD.match(body, other)
    return bool(first and second and first.group().lower() == second.group().lower())


def owner(body: str, r: Referent, words: Speech) -> bool:
    """Whether `r` names the owner of an institution ("Turkey's Ministry of
    Defence said", "Türkiye Dışişleri Bakanlığı açıkladı")."""
    before, after = words.institution_before, words.institution_after
    return bool((before and before.search(body[max(0, r.start - 40):r.start]))
                or (after and after.match(body, r.end)))


def outside_clauses(body: str, referents: list[Referent], first: int, verb: int,
                    relative: re.Pattern[str]) -> list[Referent]:
    """Without those in a relative clause ("Putin, who also met Erdoğan,
    said") or an apposition before the verb ("Dmitry Peskov, spokesman for
    President Vladimir Putin, said"): it names someone other than the subject."""
    kept: list[Referent] = []
    for r in referents:
        opened = [m.end() for m in relative.finditer(body, first, r.start)]
        in_apposition = _CLOSES.fullmatch(body, r.end, verb) and any(
            _OPENS.fullmatch(body, p.end, r.start) for p in kept)
        if (not opened or "," in body[opened[-1]:r.start]) and not in_apposition:
            kept.append(r)
    return kept


def own_clause(body: str, first: int, verb: int) -> int:
    """Where the clause of the verb at `verb` begins, when it has a subject
    of its own after "and" ("Turkey condemned it, and its foreign ministry
    said"); else `first` ("Erdogan met Putin, and said")."""
    joins = list(_NEW_CLAUSE.finditer(body, first, verb))
    return joins[-1].end() if joins and _OWN_SUBJECT.match(body, joins[-1].end(), verb) else first


def first_joined(body: str, verbs: list[re.Match[str]],
                 past: re.Pattern[str] | None) -> re.Match[str]:
    """The first of the verbs the last is joined to by "and" ("назвало … и
    заявило"), not past another verb between them ("обсуждал … и заявил")."""
    k = len(verbs) - 1
    while k and SECOND_VERB.search(body, verbs[k - 1].end(), verbs[k].start()) and \
            not (past and past.search(body, verbs[k - 1].end(), verbs[k].start())):
        k -= 1
    return verbs[k]


def runs_on(body: str, end: int, named: list[Referent], verb: int) -> bool:
    """English `“…will fully implement” the sanctions act, Pompeo said`: the
    quotation (ending at `end`) runs on into words of its clause, then one
    comma, the speaker (the last of `named`) and the verb at `verb`."""
    return bool(named) and not body[named[-1].end:verb].strip() and \
        bool(_RUNS_ON.match(body, end, named[-1].start))


def last_body(body: str, found: list[Referent], kinds: Mapping[str, str],
              other: re.Pattern[str] | None, end: int) -> str:
    """The last organisation of `found`, unless a body with no file is named after it,
    before `end` ("В МИД Турции назвали …": the ministry's words, not the last one's)."""
    last = next((r for r in reversed(found) if kinds.get(r.actor) == "organization"), None)
    return last.actor if last and not (other and other.search(body, last.end, end)) else ""
