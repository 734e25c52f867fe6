"""`dossier.json`: everything in the dossier, in the shape of
`schemas/dossier.schema.json`, the same bytes for the same content."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .. import schemas
from ..model import paths
from ..model.annotations import Annotation, DateMark, EventReport, Mention, Quotation, Statement
from ..model.dossier import Dossier
from .escape import json_file


def page(section: paths.Section, id: str) -> str:
    """Site-root address of an entity page."""
    return paths.published(paths.entity(section, id))


def schema_text() -> str:
    return resources.files(schemas).joinpath("dossier.schema.json").read_text()


def as_data(d: Dossier) -> dict[str, Any]:
    return {
        "sources": [_drop_empty({
            "id": id, "title": s.title, "publisher": s.publisher, "published": s.published.text,
            "published_note": s.published_note, "byline": s.byline, "url": s.url,
            "language": s.language, "page": page("sources", id),
            "retrieved": s.retrieved.text if s.retrieved else "", "sha256": s.sha256,
            "archive": s.archive, "body": s.body},
            keep=("publisher", "url")) for id, s in sorted(d.sources.items())],
        "actors": [_drop_empty({
            "id": id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases),
            "affiliations": list(a.affiliations), "role": a.role, "wikidata": a.wikidata,
            "page": page("actors", id)}, keep=("aliases",)) for id, a in sorted(d.actors.items())],
        "claims": [_drop_empty({
            "id": id, "statement": c.statement, "verdict": c.verdict,
            "verdict_note": c.verdict_note, "contested": d.is_contested(id),
            "relations": [{"kind": r.kind, "claim": r.other, "note": r.note}
                          for r in d.relations_of.get(id, ()) if r.named_here],
            "settled_by": list(c.settled_by),
            "page": page("claims", id)}) for id, c in sorted(d.claims.items())],
        "events": [_drop_empty({
            "id": id, "title": e.title, "date": e.date.text, "actors": list(e.actors),
            "page": page("events", id)}) for id, e in sorted(d.events.items())],
        "annotations": [_annotation(a) for a in d.all_annotations()],
        "republications": _republications(d),
        "ties": [_drop_empty({"kind": t.kind, "actor": t.actor, "other": t.other, "to": t.to,
                              "stance": t.stance, "passages": t.passages}) for t in d.ties],
    }


def _republications(d: Dossier) -> list[dict[str, Any]]:
    """Each set of copies of the same words once, in the order of its first copy."""
    firsts = {(copies[0].source, copies[0].anchor): copies
              for copies in d.republications.values()}
    ordered = sorted(firsts.items(), key=lambda item: (
        d.sources[item[0][0]].published.sort_key, item[0]))
    return [{"by": copies[0].by, "copies": [
        {"source": c.source, "anchor": c.anchor,
         "published": d.sources[c.source].published.text} for c in copies]}
        for _, copies in ordered]


def _annotation(a: Annotation) -> dict[str, Any]:
    item: dict[str, Any] = {"source": a.source, "start": a.start, "end": a.end,
                            "quote": a.quote, "origin": a.origin, "kind": a.kind,
                            "anchor": a.anchor}
    match a:
        case Mention():
            item["actor"] = a.actor
        case Statement():
            item |= {"claim": a.claim, "by": a.by, "stance": a.stance,
                     "via": [_drop_empty({"outlet": hop.outlet,
                                          "date": hop.date.text if hop.date else ""})
                             for hop in a.via],
                     "said": a.said.text if a.said else ""}
        case EventReport():
            item |= {"event": a.event, "date": a.date.text if a.date else ""}
        case Quotation():
            item["by"] = a.by
        case DateMark():
            item["value"] = a.date.text
        case _:
            item |= {"value": a.value, "qualifier": a.qualifier}
    return _drop_empty(item)


def _drop_empty(item: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k in keep or v not in ("", [], (), None)}


def dossier_json(data: dict[str, Any]) -> str:
    return json_file(data)


def example_text(full: dict[str, Any]) -> str:
    """A short excerpt of the real data, for the documentation page."""
    excerpt = {key: [dict(item) for item in full[key][:1]] for key in full}
    for source in excerpt["sources"]:
        source["body"] = source["body"][:80] + "…"
    return json.dumps(excerpt, ensure_ascii=False, indent=2)
