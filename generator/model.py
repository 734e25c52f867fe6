"""The plain data that flows between the stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .edtf import Edtf
from .frontmatter_yaml import Document

STANCES = ("asserts", "denies", "doubts", "reports")
# Each stance and what it means, for a contributor who picks one.
STANCE_MEANINGS = {"asserts": "says it is so", "denies": "says it is not so",
                   "doubts": "questions it", "reports": "passes it on, taking no side"}
# Each verdict and what it means; the Claims page and every claim's page say it.
VERDICT_MEANINGS = {
    "disputed": "The reports carry it and a challenge to it, and do not settle which "
                "is right.",
    "contradicted": "What the reports record later shows that it is not so, or did not "
                    "happen.",
    "unresolved": "Put forward, but the reports give too little to settle it either way.",
    "confirmed": "The reports bear it out: several say so, or what happened next shows it.",
}


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str]
    affiliations: list[str]
    role: str
    wikidata: str
    note: str
    doc: Document


@dataclass
class Claim:
    id: str
    statement: str
    verdict: str
    verdict_note: str
    note: str
    doc: Document


@dataclass
class Event:
    id: str
    title: str
    date: Edtf
    actors: list[str]
    note: str
    doc: Document


@dataclass
class HandAnnotation:
    """One entry of a source's `annotations:` list, as written."""

    index: int  # position in the list, from 0
    fields: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)


@dataclass
class Source:
    id: str
    title: str
    publisher: str
    published: Edtf
    published_note: str
    byline: str
    url: str
    retrieved: Edtf | None
    language: str
    note: str
    checked: bool  # an editor reviewed every automatic annotation
    body: str
    annotations: list[HandAnnotation]
    doc: Document


@dataclass
class Corpus:
    """Everything loaded from `content/`, before annotation."""

    sources: dict[str, Source] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    home: str = ""  # Markdown of content/index.md, without its front matter
    home_title: str = "The dossier"


@dataclass
class Annotation:
    """A span of a source body: `body[start:end]`, end excluded."""

    source: str
    start: int
    end: int
    quote: str
    origin: str  # "hand" | "auto"
    kind: str  # "mention" | "stance" | "event" | "quotation" | "date" | "money"
    anchor: str  # HTML id on the source page
    actor: str = ""
    claim: str = ""
    by: str = ""
    stance: str = ""
    said: Edtf | None = None
    via: str = ""
    event: str = ""
    date: Edtf | None = None
    value: str = ""  # date: EDTF; money: "USD 2500000000"
    qualifier: str = ""  # money: "upwards of", "around", ...
    why: str = ""  # for automatic ones: what the machine matched

    def overlaps(self, other: Annotation) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def speaker(self) -> tuple[str, str]:
        """Who a stance is by: its actor, or the report itself when it names none."""
        return (self.by, "") if self.by else ("", self.source)


@dataclass
class AnnotatedCorpus:
    corpus: Corpus
    annotations: dict[str, list[Annotation]]  # source id -> spans in body order
