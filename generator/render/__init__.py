"""Stage 4, render: every file of the MkDocs docs folder.

Each page has one context dataclass (in `pages` and `overview`), whose
`TEMPLATE` names its template; the template sees the context's fields, the
constants in `GLOBALS`, `link(target)`, the relative address of a target
from this page, and `h(level, words)`, which writes a heading and lists it
for the table of contents. Templates autoescape: every value from content is escaped
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
from . import data, escape, search
from .headings import Headings
from .lists import Pages
from .overview import DataPage, home_page, network_page, timeline_page
from .pages import actor_page, claim_page, event_page, source_page
from .sections import section_pages

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
}
_ENV.globals.update(GLOBALS)


def render_page(page: str, context: Any) -> str:
    """One page: its front matter (its table of contents; MkDocs' search
    indexes no page, the dossier's own index does: search.py), then the
    template's output, a title and HTML."""
    template = _ENV.get_template(type(context).TEMPLATE)
    values = {f.name: getattr(context, f.name) for f in fields(context)}
    headings = Headings()
    text = template.render(**values, h=headings,
                           link=lambda target: paths.link(page, target))
    meta = {"search": {"exclude": True}, "toc": headings.tree()}
    return escape.front_matter(meta) + text


def pages(d: Dossier) -> Iterator[tuple[str, Any]]:
    """(docs path, context) of every page."""
    yield paths.HOME, home_page(d)
    yield from _with_parts(paths.TIMELINE, *timeline_page(d))
    yield from _with_parts(paths.NETWORK, *network_page(d))
    sections, parts = section_pages(d)
    for section, context in sections.items():
        yield paths.index(section), context
    yield from parts
    for id in d.sources:
        yield paths.source(id), source_page(d, id)
    for id in d.actors:
        yield from _with_parts(paths.actor(id), *actor_page(d, id))
    for id in d.claims:
        yield from _with_parts(paths.claim(id), *claim_page(d, id))
    for id in d.events:
        yield from _with_parts(paths.event(id), *event_page(d, id))


def _with_parts(page: str, context: Any, parts: Pages) -> Iterator[tuple[str, Any]]:
    """A page, then the pages of its long lists."""
    yield page, context
    yield from parts


def render(d: Dossier) -> dict[str, str | bytes]:
    """Docs-folder path -> file content, for the whole site."""
    exported, schema = data.as_data(d), data.schema_text()
    files: dict[str, str | bytes] = {
        page: render_page(page, context) for page, context in pages(d)}
    files[paths.DATA] = render_page(paths.DATA, DataPage(schema, data.example_text(exported)))
    files[paths.DATA_FILE] = data.dossier_json(exported)
    files[paths.DATA_SCHEMA] = schema
    files.update(search.index_files(search.documents(d)))
    return dict(sorted(files.items()))
