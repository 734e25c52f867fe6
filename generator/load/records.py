"""Typed records from parsed content files, one builder for each kind.

A record is built even when the schema found problems in its file, so that
the later stages report theirs too (every problem at once); values the
schema refused stand in as blanks and nothing is published.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..model import edtf
from ..model.content import Actor, Claim, Event, KeyPath, Relation, Source
from ..model.diagnostics import Diagnostic
from ..model.vocabulary import ACTOR_KINDS, RELATION_KINDS, VERDICTS
from .evidence import check_body_hash
from .frontmatter import Document
from .notes import check_note
from .specs import hand_specs

# No report needs more hand annotations (the seeds have at most 12); past this
# a file is refused before its annotations cost anything.
MAX_ANNOTATIONS = 2000
# Stands in for a missing or unreadable date; the problem is reported.
UNKNOWN_DATE = edtf.parse("0001")
T = TypeVar("T", bound=str)


def read_date(doc: Document, key: KeyPath, value: Any,
              problems: list[Diagnostic]) -> edtf.Edtf | None:
    if value is None:
        return None
    place = doc.place
    if value == "":
        problems.append(place.error(key, f"'{key[-1]}' is blank",
                                    "the date as EDTF; for an undated report, infer it from "
                                    "the text (2019-12~) and say how in published_note"))
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None  # the schema says what type it must be
    try:
        return edtf.parse(str(value))
    except edtf.EdtfError as exc:
        hint = "" if "calendar" in str(exc) else f"use {edtf.FORMS}"  # the form is right
        problems.append(place.error(key, f"bad date: {exc}", hint))
        return None


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _texts(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _one_of(value: Any, allowed: tuple[T, ...], stand_in: T | None = None) -> T:
    """`value` if it is allowed; else `stand_in` or the first allowed value
    stands in (the schema reported the wrong one)."""
    return next((a for a in allowed if a == value), stand_in or allowed[0])


def _note(doc: Document, problems: list[Diagnostic]) -> str:
    problems += check_note(doc.place)
    return doc.body.strip()


def source(id: str, doc: Document, problems: list[Diagnostic]) -> Source:
    d = doc.data

    def date(key: KeyPath, value: Any) -> edtf.Edtf | None:
        return read_date(doc, key, value, problems)

    listed = d.get("annotations")
    items: list[Any] = listed if isinstance(listed, list) else []
    if len(items) > MAX_ANNOTATIONS:
        problems.append(doc.place.error(("annotations",), f"{len(items)} annotations in one "
                                        f"report; at most {MAX_ANNOTATIONS} are read",
                                        "mark each passage once; `all: true` marks every match"))
        items = []
    annotations = hand_specs(items, doc.place, date, problems)
    published = date(("published",), d.get("published"))
    sha256 = _text(d, "sha256")
    problems += check_body_hash(doc.place, sha256, doc.body)
    return Source(
        id=id, title=_text(d, "title"), publisher=_text(d, "publisher"),
        published=published or UNKNOWN_DATE, dated=published is not None,
        published_note=_text(d, "published_note"), byline=_text(d, "byline"),
        url=_text(d, "url"), retrieved=date(("retrieved",), d.get("retrieved")),
        sha256=sha256, archive=_text(d, "archive"),
        language=_text(d, "language") or "en", note=_text(d, "note"),
        checked=d.get("checked") is True, body=doc.body, annotations=annotations,
        at=doc.place)


def actor(id: str, doc: Document, problems: list[Diagnostic]) -> Actor:
    d = doc.data
    return Actor(id=id, name=_text(d, "name") or id, kind=_one_of(d.get("kind"), ACTOR_KINDS),
                 aliases=_texts(d, "aliases"), affiliations=_texts(d, "affiliations"),
                 role=_text(d, "role"), wikidata=_text(d, "wikidata"),
                 note=_note(doc, problems), at=doc.place)


def claim(id: str, doc: Document, problems: list[Diagnostic]) -> Claim:
    d = doc.data
    return Claim(id=id, statement=_text(d, "statement") or id,
                 # a refused verdict stands in as the one that asks nothing of
                 # the statements (resolve/verdicts.py): one message, not two
                 verdict=_one_of(d.get("verdict"), VERDICTS, "unresolved"),
                 verdict_note=_text(d, "verdict_note"), relations=_relations(d),
                 settled_by=_texts(d, "settled_by"), note=_note(doc, problems), at=doc.place)


def _relations(d: dict[str, Any]) -> tuple[Relation, ...]:
    """The claim's `relations:` that can be read; the schema reports the others."""
    listed = d.get("relations")
    items = listed if isinstance(listed, list) else []
    return tuple(Relation(index=i, kind=_one_of(item["kind"], RELATION_KINDS),
                          claim=item["claim"], note=_text(item, "note"))
                 for i, item in enumerate(items)
                 if isinstance(item, dict) and item.get("kind") in RELATION_KINDS
                 and isinstance(item.get("claim"), str))


def event(id: str, doc: Document, problems: list[Diagnostic]) -> Event:
    d = doc.data
    date = read_date(doc, ("date",), d.get("date"), problems)
    return Event(id=id, title=_text(d, "title") or id, date=date or UNKNOWN_DATE,
                 actors=_texts(d, "actors"), note=_note(doc, problems), at=doc.place)


Builder = Callable[[str, Document, list[Diagnostic]], Source | Actor | Claim | Event]
BUILDERS: dict[str, Builder] = {"source": source, "actor": actor, "claim": claim,
                                "event": event}
