"""What stage 1 reads from `content/`: typed, immutable records, built once.

No raw YAML crosses a stage boundary: each record carries the values it
needs, already checked for type, and a `Place` that can point a contributor
at the line and column where any of its values is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar

from .annotations import Hop
from .diagnostics import Diagnostic, error, warning
from .edtf import Edtf
from .vocabulary import ActorKind, AnnotationKind, RelationKind, Stance, Verdict

KeyPath = tuple[Any, ...]  # ("annotations", 3, "quote")
KEY = "<key>"  # path suffix for the position of a mapping key itself


def text_position(text: str | bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset` in `text`."""
    if isinstance(text, bytes):
        return text.count(b"\n", 0, offset) + 1, offset - text.rfind(b"\n", 0, offset)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


@dataclass(frozen=True)
class Place:
    """Where a content file's values are written: its path as a contributor
    types it, the line and column of every value, and where its body starts."""

    path: str
    positions: Mapping[KeyPath, tuple[int, int]] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False)
    body: str = field(default="", compare=False, repr=False)
    body_line: int = 1

    def where(self, *path: Any) -> tuple[int, int]:
        """Line and column of the value at `path`, or of its nearest parent."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def body_position(self, offset: int) -> tuple[int, int]:
        """Line and column in the file of an offset into the body."""
        line, col = text_position(self.body, offset)
        return self.body_line + line - 1, col

    def error(self, path: KeyPath, message: str, hint: str = "") -> Diagnostic:
        return error(self.path, *self.where(*path), message, hint)

    def warning(self, path: KeyPath, message: str, hint: str = "") -> Diagnostic:
        return warning(self.path, *self.where(*path), message, hint)


@dataclass(frozen=True, kw_only=True)
class Selector:
    """Which text of the body a hand annotation marks (a W3C TextQuoteSelector)."""

    quote: str
    prefix: str = ""
    suffix: str = ""
    occurrence: int | None = None  # the Nth match, from 1
    every: bool = False  # `all: true`: every match


@dataclass(frozen=True, kw_only=True)
class HandSpec:
    """One entry of a source's `annotations:` list, as written and typed."""

    index: int  # position in the list, from 0
    select: Selector
    KIND: ClassVar[AnnotationKind | None]


@dataclass(frozen=True, kw_only=True)
class MentionSpec(HandSpec):
    KIND = "mention"
    actor: str


@dataclass(frozen=True, kw_only=True)
class StatementSpec(HandSpec):
    KIND = "stance"
    claim: str
    by: str
    stance: Stance
    said: Edtf | None  # None: the report does not date the words
    via: tuple[Hop, ...]  # who carried the words, in order from the speaker; () when no one


@dataclass(frozen=True, kw_only=True)
class EventSpec(HandSpec):
    KIND = "event"
    event: str
    date: Edtf | None  # the date as this report gives it


@dataclass(frozen=True, kw_only=True)
class QuotationSpec(HandSpec):
    KIND = "quotation"
    by: str


@dataclass(frozen=True, kw_only=True)
class DateSpec(HandSpec):
    KIND = "date"
    date: Edtf | None  # None when unreadable: reported, and only the quote is checked


@dataclass(frozen=True, kw_only=True)
class SuppressSpec(HandSpec):
    """Removes the automatic annotations inside its quote."""

    KIND = None


@dataclass(frozen=True, kw_only=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    affiliations: tuple[str, ...]
    role: str
    wikidata: str
    note: str  # Markdown
    at: Place


@dataclass(frozen=True, kw_only=True)
class Relation:
    """How a claim bears on another, as its file says under `relations:`."""

    index: int  # position in the list, from 0
    kind: RelationKind
    claim: str  # the other claim's id
    note: str


@dataclass(frozen=True, kw_only=True)
class Claim:
    id: str
    statement: str
    verdict: Verdict
    verdict_note: str
    relations: tuple[Relation, ...]
    settled_by: tuple[str, ...]  # events whose reports settle the claim, one way or the other
    note: str
    at: Place


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str
    title: str
    date: Edtf
    actors: tuple[str, ...]
    note: str
    at: Place


@dataclass(frozen=True, kw_only=True)
class Source:
    id: str
    title: str
    publisher: str
    published: Edtf
    dated: bool  # False when `published` is missing or unreadable and a stand-in fills it
    published_note: str
    byline: str
    url: str
    retrieved: Edtf | None
    # Evidence (model/evidence.py): the body's SHA-256 as collected and an
    # archived copy, a web archive address or a WACZ file name; "" for none.
    sha256: str = ""
    archive: str = ""
    language: str
    note: str
    checked: bool  # an editor reviewed every automatic annotation
    body: str
    annotations: tuple[HandSpec, ...]
    at: Place


@dataclass(frozen=True, kw_only=True)
class Home:
    """content/index.md: the editors' introduction."""

    title: str = "The dossier"
    text: str = ""  # Markdown


@dataclass(frozen=True, kw_only=True)
class Corpus:
    """Everything loaded from `content/`, before annotation."""

    sources: Mapping[str, Source]
    actors: Mapping[str, Actor]
    claims: Mapping[str, Claim]
    events: Mapping[str, Event]
    home: Home
