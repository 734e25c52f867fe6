"""Every annotation as a W3C Web Annotation (JSON-LD), for annotation tools.

One `AnnotationCollection` (`data/annotations/index.jsonld`) whose pages
are the sources, one file each (`data/annotations/<source>.jsonld`), in
the order of `dossier.json`. Each annotation's `target` is the source's
text (`data/texts/<source>.txt`, the body as hashed and as offsets index
it) within the source page (`scope`), selected twice: by a
`TextQuoteSelector` (exact, with 32 characters of prefix and suffix) and by a
`TextPositionSelector` (offsets in Unicode code points from 0, end excluded,
whose slice of the text is `exact`). Each kind of annotation has its own
`motivation` and bodies that link the actor, claim or event page, each with
its `purpose`. The `creator` tells the hand (the dossier's editors) from
the machine (this generator, a `Software` with its version).

The context is the W3C's own address, as the Data Model requires; the site
publishes a copy of it (`data/anno.jsonld`), and nothing fetches it.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from ... import __version__
from ...model import paths
from ...model.annotations import (
    Annotation,
    DateMark,
    EventReport,
    Mention,
    Quotation,
    Statement,
    Sum,
)
from ...model.dossier import Dossier
from ...model.edtf import Edtf
from ...model.vocabulary import AnnotationKind
from ..escape import json_file

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
QUOTE_CONTEXT = 32  # characters of prefix and suffix, as Hypothesis keeps
MOTIVATIONS: dict[AnnotationKind, str] = {
    "mention": "identifying",  # says which actor the words name
    "stance": "classifying",  # classes the passage as a stance on a claim
    "event": "linking",  # links the passage to the event it reports
    "quotation": "tagging",  # tags the words as a quotation, with its speaker
    "date": "describing",  # says which date the words mean
    "money": "describing",  # says which sum the words mean
}


def vendored_context() -> str:
    return resources.files(__package__).joinpath("vendor/anno.jsonld").read_text("utf-8")


def vendored_license() -> str:
    return resources.files(__package__).joinpath("vendor/anno.jsonld.LICENSE.txt").read_text(
        "utf-8")


def software() -> dict[str, Any]:
    return {"type": "Software", "name": "dossier", "schema:softwareVersion": __version__}


def _creator(d: Dossier, a: Annotation, here: str) -> dict[str, Any]:
    if a.origin == "auto":
        return software()
    return {"type": "Organization", "name": f"The editors of {d.home.title}",
            "homepage": paths.link(here, paths.HOME)}


def _link(here: str, target: str, purpose: str) -> dict[str, Any]:
    return {"type": "SpecificResource", "source": paths.link(here, target), "purpose": purpose}


def _text(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}


def _bodies(a: Annotation, here: str) -> list[dict[str, Any]]:
    """What the annotation says of its words: the page it links, and values."""
    match a:
        case Mention():
            return [_link(here, paths.actor(a.actor), "identifying")]
        case Statement():
            found = [_link(here, paths.claim(a.claim), "classifying"), _text(a.stance, "tagging")]
            found += [_link(here, paths.actor(a.by), "identifying")] if a.by else []
            found += [_text(a.said.text, "describing")] if a.said else []
            return found + _chain(a, here)
        case EventReport():
            found = [_link(here, paths.event(a.event), "linking")]
            return found + ([_text(a.date.text, "describing")] if a.date else [])
        case Quotation():
            found = [_text("quotation", "tagging")]
            return found + ([_link(here, paths.actor(a.by), "identifying")] if a.by else [])
        case DateMark():
            return [_text(a.date.text, "describing")]
        case Sum():
            return [_text(a.label, "describing")]
    raise TypeError(f"no W3C bodies for {type(a).__name__}")


def _chain(a: Statement, here: str) -> list[dict[str, Any]]:
    """The outlets that carried the words, each linked, and their order in
    words (a body's list has no order in JSON-LD)."""
    if not a.via:
        return []
    steps = [hop.outlet + (f" ({hop.date.text})" if hop.date else "") for hop in a.via]
    return [*(_link(here, paths.actor(hop.outlet), "linking") for hop in a.via),
            _text("carried by " + ", then ".join(steps), "describing")]


def selectors(body: str, start: int, end: int) -> list[dict[str, Any]]:
    """The two selectors of `body[start:end]`."""
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": body[start:end]}
    if prefix := body[max(0, start - QUOTE_CONTEXT):start]:
        quote["prefix"] = prefix
    if suffix := body[end:end + QUOTE_CONTEXT]:
        quote["suffix"] = suffix
    return [quote, {"type": "TextPositionSelector", "start": start, "end": end}]


def _moments(date: Edtf) -> dict[str, str]:
    """The retrieval day as the TimeState's bounds (xsd:dateTime, UTC)."""
    return {"sourceDateStart": f"{date.start.first.isoformat()}T00:00:00Z",
            "sourceDateEnd": f"{date.end.last.isoformat()}T23:59:59Z"}


def target(d: Dossier, source: str, start: int, end: int, here: str) -> dict[str, Any]:
    """The source's text, where a reader reads it, and the evidence it is unchanged."""
    s = d.sources[source]
    text: dict[str, Any] = {"id": paths.link(here, paths.text(source)), "type": "Text",
                            "format": "text/plain", "language": s.language}
    if s.sha256:
        text["schema:sha256"] = s.sha256
    found: dict[str, Any] = {"type": "SpecificResource", "source": text,
                             "scope": paths.link(here, paths.source(source)),
                             "selector": selectors(s.body, start, end)}
    state: dict[str, Any] = {"type": "TimeState"} | (_moments(s.retrieved) if s.retrieved else {})
    if paths.external(s.archive):
        state["cached"] = s.archive
    if s.archive:
        state["schema:archivedAt"] = s.archive  # a WACZ file's name too, as text
    if len(state) > 1:
        found["state"] = state
    return found


def annotation(d: Dossier, a: Annotation) -> dict[str, Any]:
    here = paths.annotation_page(a.source)
    return {"id": f"{paths.link(here, here)}#{a.anchor}", "type": "Annotation",
            "motivation": MOTIVATIONS[a.kind], "creator": _creator(d, a, here),
            "body": _bodies(a, here), "target": target(d, a.source, a.start, a.end, here)}


def export(d: Dossier) -> dict[str, str]:
    """The collection, its pages (one per annotated source) and the context."""
    annotated = [s for s in sorted(d.annotations) if d.annotations[s]]
    pages = [paths.annotation_page(s) for s in annotated]
    index = paths.ANNOTATIONS
    files: dict[str, str] = {}
    start = 0
    for number, (source, page) in enumerate(zip(annotated, pages, strict=True)):
        items = [annotation(d, a) for a in d.annotations[source]]
        files[page] = json_file({
            "@context": CONTEXT, "id": paths.link(page, page), "type": "AnnotationPage",
            "partOf": paths.link(page, index), "startIndex": start,
            **({"prev": paths.link(page, pages[number - 1])} if number else {}),
            **({"next": paths.link(page, pages[number + 1])} if number + 1 < len(pages) else {}),
            "items": items})
        start += len(items)
    collection: dict[str, Any] = {
        "@context": CONTEXT, "id": paths.link(index, index), "type": "AnnotationCollection",
        "label": f"{d.home.title}: every annotation, by hand and by the machine",
        "total": start, "generator": software()}
    if pages:
        collection |= {"first": paths.link(index, pages[0]), "last": paths.link(index, pages[-1])}
    files[index] = json_file(collection)
    files[paths.W3C_CONTEXT] = vendored_context()
    files[paths.W3C_CONTEXT_LICENSE] = vendored_license()
    return files


def texts(d: Dossier) -> dict[str, str]:
    """Each source's body alone: what the selectors and the hash are about."""
    return {paths.text(id): s.body for id, s in d.sources.items()}
