"""The dossier as relational tables: one row type per table, with its columns.

Shared by the SQLite database (`sqlite.py`) and its Datasette metadata
(`datasette.py`), which describes every column named here. Empty values are
NULL, so that a foreign key is either a real row or nothing; dates are EDTF
as written, with the first and last day they can mean beside them (ISO),
which is what sorting and filtering by date need.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from ...model import paths
from ...model.annotations import Annotation, DateMark, EventReport, Mention, Quotation, Statement
from ...model.dossier import Dossier
from ...model.edtf import Edtf
from ...model.text import fold_name

Row = dict[str, Any]


class Table(NamedTuple):
    name: str
    columns: dict[str, type]  # column -> Python type, in order
    pk: str | tuple[str, ...]
    foreign_keys: tuple[tuple[str, str], ...]  # (column, table it points to by `id`)
    description: str


TABLES = (
    Table("sources", {
        "id": str, "title": str, "publisher": str, "published": str, "published_from": str,
        "published_to": str, "byline": str, "url": str, "language": str, "retrieved": str,
        "sha256": str, "archive": str, "page": str, "body": str, "body_folded": str},
        "id", (), "Every report, its text kept verbatim, with the evidence that it is unchanged."),
    Table("actors", {"id": str, "name": str, "kind": str, "role": str, "wikidata": str,
                     "page": str},
          "id", (), "People, organisations, states, alliances, media and unnamed speakers."),
    Table("aliases", {"actor": str, "alias": str}, ("actor", "alias"), (("actor", "actors"),),
          "Other spellings of each actor's name, as the reports write them."),
    Table("affiliations", {"actor": str, "affiliated_with": str}, ("actor", "affiliated_with"),
          (("actor", "actors"), ("affiliated_with", "actors")),
          "Which actor belongs to which: an official to a state, a state to an alliance."),
    Table("claims", {"id": str, "statement": str, "verdict": str, "verdict_note": str,
                     "contested": int, "page": str},
          "id", (), "What the reports put forward or dispute, with the dossier's verdict."),
    Table("events", {"id": str, "title": str, "date": str, "date_from": str, "date_to": str,
                     "page": str},
          "id", (), "What happened, at the precision the reports allow."),
    Table("event_actors", {"event": str, "actor": str}, ("event", "actor"),
          (("event", "events"), ("actor", "actors")), "Who took part in each event."),
    Table("annotations", {
        "id": int, "source": str, "start": int, "end": int, "quote": str, "quote_folded": str,
        "origin": str, "kind": str, "anchor": str, "actor": str, "claim": str, "by": str,
        "event": str, "value": str, "qualifier": str, "page": str},
        "id", (("source", "sources"), ("actor", "actors"), ("claim", "claims"),
               ("by", "actors"), ("event", "events")),
        "Every annotation of every report, by hand and by the machine: body[start:end] is "
        "the quote."),
    Table("stances", {
        "annotation": int, "source": str, "claim": str, "by": str, "stance": str, "said": str,
        "said_from": str, "said_to": str, "quote": str},
        "annotation", (("annotation", "annotations"), ("source", "sources"),
                       ("claim", "claims"), ("by", "actors")),
        "Who took which stance on which claim, when, in which words."),
    Table("carriers", {"annotation": int, "position": int, "outlet": str, "carried": str},
          ("annotation", "position"), (("annotation", "annotations"), ("outlet", "actors")),
          "The outlets that carried a stance's words from its speaker to the report, in order."),
    Table("relations", {"claim": str, "relation": str, "other": str, "note": str},
          ("claim", "relation", "other"), (("claim", "claims"), ("other", "claims")),
          "How a claim bears on another, as the claim's file says."),
)


def _null(row: Row) -> Row:
    return {k: (None if v == "" else v) for k, v in row.items()}


def _days(date: Edtf) -> tuple[str, str]:
    return date.start.first.isoformat(), date.end.last.isoformat()


def _page(target: str) -> str:
    return paths.published(target)


def sources(d: Dossier) -> Iterator[Row]:
    for id, s in sorted(d.sources.items()):
        first, last = _days(s.published)
        yield _null({
            "id": id, "title": s.title, "publisher": s.publisher, "published": s.published.text,
            "published_from": first, "published_to": last, "byline": s.byline, "url": s.url,
            "language": s.language, "retrieved": s.retrieved.text if s.retrieved else "",
            "sha256": s.sha256, "archive": s.archive, "page": _page(paths.source(id)),
            "body": s.body, "body_folded": fold_name(s.body)})


def actors(d: Dossier) -> Iterator[Row]:
    for id, a in sorted(d.actors.items()):
        yield _null({"id": id, "name": a.name, "kind": a.kind, "role": a.role,
                     "wikidata": a.wikidata, "page": _page(paths.actor(id))})


def aliases(d: Dossier) -> Iterator[Row]:
    for id, a in sorted(d.actors.items()):
        for alias in sorted(set(a.aliases)):
            yield {"actor": id, "alias": alias}


def affiliations(d: Dossier) -> Iterator[Row]:
    for id, a in sorted(d.actors.items()):
        for other in sorted({x for x in a.affiliations if x in d.actors}):
            yield {"actor": id, "affiliated_with": other}


def claims(d: Dossier) -> Iterator[Row]:
    for id, c in sorted(d.claims.items()):
        yield _null({"id": id, "statement": c.statement, "verdict": c.verdict,
                     "verdict_note": c.verdict_note, "contested": int(d.is_contested(id)),
                     "page": _page(paths.claim(id))})


def events(d: Dossier) -> Iterator[Row]:
    for id, e in sorted(d.events.items()):
        first, last = _days(e.date)
        yield {"id": id, "title": e.title, "date": e.date.text, "date_from": first,
               "date_to": last, "page": _page(paths.event(id))}


def event_actors(d: Dossier) -> Iterator[Row]:
    for id, e in sorted(d.events.items()):
        for actor in sorted({a for a in e.actors if a in d.actors}):
            yield {"event": id, "actor": actor}


def _particulars(a: Annotation) -> Row:
    """The columns only some kinds fill."""
    match a:
        case Mention():
            return {"actor": a.actor}
        case Statement():
            return {"claim": a.claim, "by": a.by}
        case EventReport():
            return {"event": a.event, "value": a.date.text if a.date else ""}
        case Quotation():
            return {"by": a.by}
        case DateMark():
            return {"value": a.date.text}
    return {"value": a.value, "qualifier": a.qualifier}


def annotation_rows(d: Dossier) -> Iterator[Row]:
    for number, a in enumerate(d.all_annotations(), start=1):
        yield _null({
            "id": number, "source": a.source, "start": a.start, "end": a.end, "quote": a.quote,
            "quote_folded": fold_name(a.quote), "origin": a.origin, "kind": a.kind,
            "anchor": a.anchor, "actor": "", "claim": "", "by": "", "event": "", "value": "",
            "qualifier": "", **_particulars(a), "page": _page(paths.source(a.source, a.anchor))})


def stances(d: Dossier) -> Iterator[Row]:
    for number, a in enumerate(d.all_annotations(), start=1):
        if isinstance(a, Statement) and a.claim in d.claims:
            first, last = _days(d.said(a))
            yield _null({
                "annotation": number, "source": a.source, "claim": a.claim, "by": a.by,
                "stance": a.stance, "said": a.said.text if a.said else "", "said_from": first,
                "said_to": last, "quote": a.quote})


def carriers(d: Dossier) -> Iterator[Row]:
    for number, a in enumerate(d.all_annotations(), start=1):
        if isinstance(a, Statement) and a.claim in d.claims:
            for position, hop in enumerate(a.via, start=1):
                yield _null({"annotation": number, "position": position, "outlet": hop.outlet,
                             "carried": hop.date.text if hop.date else ""})


def relations(d: Dossier) -> Iterator[Row]:
    for id, c in sorted(d.claims.items()):
        for r in c.relations:
            yield _null({"claim": id, "relation": r.kind, "other": r.claim, "note": r.note})


ROWS: dict[str, Callable[[Dossier], Iterator[Row]]] = {
    "sources": sources, "actors": actors, "aliases": aliases, "affiliations": affiliations,
    "claims": claims, "events": events, "event_actors": event_actors,
    "annotations": annotation_rows, "stances": stances, "carriers": carriers,
    "relations": relations}
