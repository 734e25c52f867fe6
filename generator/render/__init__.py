"""Stage 4, render: every file of the MkDocs docs folder.

Each page has one context dataclass (in `pages` and `overview`), whose
`TEMPLATE` names its template; the template sees the context's fields, the
constants in `GLOBALS`, and `link(target)`, the relative address of a target
from this page. Templates autoescape: every value from content is escaped
once, for HTML, unless it passes through a filter of `escape` named for
another context (`heading`, `external`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

import jinja2

from ..model import paths
from ..model.dossier import Dossier
from ..model.vocabulary import STANCE_HEADINGS
from . import data, escape, exports
from .exports.datasette import QUERIES
from .exports.tables import TABLES
from .overview import DataPage, home_page, network_page, section_pages, timeline_page
from .pages import actor_page, claim_page, event_page, source_page

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader(__package__, "templates"),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    autoescape=True,
)
_ENV.filters["heading"] = escape.heading
_ENV.filters["external"] = escape.url
GLOBALS: dict[str, Any] = {
    "sections": paths.SECTIONS,
    "section_index": {s: paths.index(s) for s in paths.SECTIONS},
    "timeline": paths.TIMELINE, "data": paths.DATA, "data_file": paths.DATA_FILE,
    "data_schema": paths.DATA_SCHEMA, "stance_headings": STANCE_HEADINGS,
    "sources_feed": paths.SOURCES_FEED, "annotations": paths.ANNOTATIONS,
    "w3c_context": paths.W3C_CONTEXT, "w3c_context_license": paths.W3C_CONTEXT_LICENSE,
    "database": paths.DATABASE, "datasette_metadata": paths.DATASETTE_METADATA,
    "tables": [(t.name, t.description, paths.table_csv(t.name)) for t in TABLES],
    "queries": [(q["title"], q["description"]) for q in QUERIES.values()],
}
_ENV.globals.update(GLOBALS)


def render_page(page: str, context: Any, head: dict[str, Any] | None = None) -> str:
    """One page's Markdown: its front matter (how search ranks it, and what
    theme/main.html puts in its head: `exports.heads`), then the template's
    output."""
    template = _ENV.get_template(type(context).TEMPLATE)
    values = {f.name: getattr(context, f.name) for f in fields(context)}
    text = template.render(**values, link=lambda target: paths.link(page, target))
    boost = getattr(context, "SEARCH_BOOST", None)
    meta = ({"search": {"boost": boost}} if boost else {}) | (head or {})
    return (escape.front_matter(meta) if meta else "") + text


def pages(d: Dossier) -> Iterator[tuple[str, Any]]:
    """(docs path, context) of every page."""
    yield paths.HOME, home_page(d)
    yield paths.TIMELINE, timeline_page(d)
    yield paths.NETWORK, network_page(d)
    for section, context in section_pages(d).items():
        yield paths.index(section), context
    for id in d.sources:
        yield paths.source(id), source_page(d, id)
    for id in d.actors:
        yield paths.actor(id), actor_page(d, id)
    for id in d.claims:
        yield paths.claim(id), claim_page(d, id)
    for id in d.events:
        yield paths.event(id), event_page(d, id)


def render(d: Dossier) -> dict[str, str | bytes]:
    """Docs-folder path -> file content, for the whole site."""
    exported, schema = data.as_data(d), data.schema_text()
    head = exports.heads(d)
    files: dict[str, str | bytes] = {
        page: render_page(page, context, head.get(page)) for page, context in pages(d)}
    files[paths.DATA] = render_page(paths.DATA, DataPage(schema, data.example_text(exported)))
    files[paths.DATA_FILE] = data.dossier_json(exported)
    files[paths.DATA_SCHEMA] = schema
    files.update(exports.files(d))
    return dict(sorted(files.items()))
