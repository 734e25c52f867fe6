"""The dossier's words: every stance, verdict and kind of actor, and what each means.

The JSON Schemas in `generator/schemas/` list the same values for editors;
`tests/test_vocabulary.py` holds the two together, and every page that groups
by one of these lists iterates it here, so that a value added in one place
cannot silently drop out of another.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

Stance = Literal["asserts", "denies", "doubts", "reports"]
STANCES: tuple[Stance, ...] = get_args(Stance)
# Each stance and what it means, for a contributor who picks one.
STANCE_MEANINGS: dict[Stance, str] = {
    "asserts": "says it is so", "denies": "says it is not so",
    "doubts": "questions it", "reports": "passes it on, taking no side"}
# The heading over an actor's statements of each stance.
STANCE_HEADINGS: dict[Stance, str] = {
    "asserts": "Asserted", "denies": "Denied", "doubts": "Doubted", "reports": "Reported"}


def most_taken(counts: Mapping[str, int]) -> Stance:
    """The stance most passages take, the first in STANCES on a tie: what
    colours a mark or a line that stands for several."""
    return max(STANCES, key=lambda k: (counts.get(k, 0), -STANCES.index(k)))


# Stances that speak for the speaker: a claim annotation with one needs `by`.
OWN_STANCES: tuple[Stance, ...] = ("asserts", "denies", "doubts")
# The two sides of a claim, for the verdict check: the stances that carry it,
# and those that challenge it.
CARRYING: tuple[Stance, ...] = ("asserts", "reports")
CHALLENGING: tuple[Stance, ...] = ("denies", "doubts")

# In the order the Claims page lists them.
Verdict = Literal["disputed", "contradicted", "unresolved", "confirmed"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
VERDICT_LABELS: dict[Verdict, str] = {
    "disputed": "Disputed", "contradicted": "Contradicted", "unresolved": "Unresolved",
    "confirmed": "Confirmed"}
# Each verdict and what it means; the Claims page and every claim's page say it.
VERDICT_MEANINGS: dict[Verdict, str] = {
    "disputed": "The reports carry it and a challenge to it, and do not settle which "
                "is right.",
    "contradicted": "What the reports record later shows that it is not so, or did not "
                    "happen.",
    "unresolved": "Put forward, but the reports give too little to settle it either way.",
    "confirmed": "The reports bear it out: several say so, or what happened next shows it.",
}

# How one claim bears on another, written under the first claim's `relations:`.
RelationKind = Literal["supports", "contradicts", "refines", "supersedes", "same-as"]
RELATION_KINDS: tuple[RelationKind, ...] = get_args(RelationKind)
RELATION_MEANINGS: dict[RelationKind, str] = {
    "supports": "If it is so, the other is more likely so.",
    "contradicts": "The two cannot both be so.",
    "refines": "It says part of the other, or says it more precisely.",
    "supersedes": "It is a later state of the same matter, and replaces the other.",
    "same-as": "It says the same as the other, in other words.",
}
# How a relation reads on each claim's page: from the claim that names it,
# and from the other one ("contradicts X" there, "contradicted by Y" here).
RELATION_WORDS: dict[RelationKind, tuple[str, str]] = {
    "supports": ("supports", "supported by"),
    "contradicts": ("contradicts", "contradicted by"),
    "refines": ("refines", "refined by"),
    "supersedes": ("supersedes", "superseded by"),
    "same-as": ("same as", "same as"),
}

# What ties an actor to the rest of the network, in the order pages list them.
TieKind = Literal["stance", "carried", "affiliation", "event"]
TIE_KINDS: tuple[TieKind, ...] = get_args(TieKind)
TIE_MEANINGS: dict[TieKind, str] = {
    "stance": "took a stance on a claim",
    "carried": "carried another's words on their way to a report",
    "affiliation": "belongs to another actor (a person to a state, a state to an alliance)",
    "event": "took part in an event",
}

# In the order the Actors page groups them.
ActorKind = Literal["person", "organization", "state", "alliance", "media", "anonymous"]
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
KIND_LABELS: dict[ActorKind, str] = {
    "person": "People", "organization": "Organisations", "state": "States",
    "alliance": "Alliances", "media": "Media", "anonymous": "Unnamed speakers"}
# Kinds that speak as one person: "he said" may mean them.
PEOPLE: tuple[ActorKind, ...] = ("person", "anonymous")
# Kinds whose names other scripts transliterate rather than translate, so the
# machine finds "Михеев" for Mikheev and "ТАСС" for TASS by itself. A state's
# or an organisation's name in another language is an alias to add.
TRANSLITERATED: tuple[ActorKind, ...] = ("person", "media")

# What an annotation marks, and who made it.
AnnotationKind = Literal["mention", "stance", "event", "quotation", "date", "money"]
ANNOTATION_KINDS: tuple[AnnotationKind, ...] = get_args(AnnotationKind)
Origin = Literal["hand", "auto"]
ORIGINS: tuple[Origin, ...] = get_args(Origin)


def meanings_hint(options: list[str]) -> str:
    """For a wrong stance, verdict or kind of relation, what each one means; else ""."""
    meanings: dict[str, str] = {k: v for k, v in (*STANCE_MEANINGS.items(),
                                                  *VERDICT_MEANINGS.items(),
                                                  *RELATION_MEANINGS.items())}
    if not all(o in meanings for o in options):
        return ""
    return "; ".join(f"{o}: {meanings[o][0].lower()}{meanings[o][1:].rstrip('.')}"
                     for o in options)

# The languages whose words the machine reads (a source's `language`); a source
# in any other language gets only what needs no words: names as registered,
# numeric dates, sums in symbols, quotations in marks.
Language = Literal["en", "tr", "ru"]
LANGUAGES: tuple[Language, ...] = get_args(Language)


def language_of(code: str) -> Language | None:
    """"en", "en-GB", "TR" -> the language the machine reads; else None."""
    base = code.strip().lower().split("-")[0].split("_")[0]
    return next((lang for lang in LANGUAGES if lang == base), None)
