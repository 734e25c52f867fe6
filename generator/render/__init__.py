"""Stage 4, render: every file of the MkDocs docs folder.

Each page has one context dataclass (in `pages` and `overview`), whose
`TEMPLATE` names its template; the template sees the context's fields, the
constants in `GLOBALS`, `link(target)`, the relative address of a target
from this page, `a(ref)` and `quote(q)`, which write a link and a quoted
passage (links.py), and `h(level, words)`, which writes a heading and lists
it for the table of contents. Templates autoescape: every value from content is escaped
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
from . import data, escape, exports, search
from .exports.datasette import QUERIES
from .exports.tables import TABLES
from .headings import Headings
from .links import Links
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
    "sources_feed": paths.SOURCES_FEED, "annotations": paths.ANNOTATIONS,
    "w3c_context": paths.W3C_CONTEXT, "w3c_context_license": paths.W3C_CONTEXT_LICENSE,
    "database": paths.DATABASE, "datasette_metadata": paths.DATASETTE_METADATA,
    "tables": [(t.name, t.description, paths.table_csv(t.name)) for t in TABLES],
    "queries": [(q["title"], q["description"]) for q in QUERIES.values()],
}
_ENV.globals.update(GLOBALS)


def render_page(page: str, context: Any, head: dict[str, Any] | None = None) -> str:
    """One page: its front matter (its table of contents, what
    theme/main.html puts in its head: `exports.head`; MkDocs' search indexes
    no page, the dossier's own index does: search.py), then the template's
    output, a title and HTML."""
    template = _ENV.get_template(type(context).TEMPLATE)
    values = {f.name: getattr(context, f.name) for f in fields(context)}
    headings = Headings()
    links = Links(page)
    text = template.render(**values, h=headings, link=links.to, a=links.a, quote=links.quote)
    meta = {"search": {"exclude": True}, "toc": headings.tree(), **(head or {})}
    return escape.front_matter(meta) + text


Job = tuple[str, str]  # what to render, and of which entity: ("actor", "nato")
OVERVIEWS: tuple[Job, ...] = tuple(
    ("overview", name) for name in ("home", "timeline", "network", "sections", "data",
                                    "exports"))


def jobs(d: Dossier) -> list[Job]:
    """Everything to render, in pieces that can be rendered apart (in other
    processes: each piece reads the dossier and nothing else)."""
    return [*OVERVIEWS,
            *(("source", id) for id in d.sources), *(("actor", id) for id in d.actors),
            *(("claim", id) for id in d.claims), *(("event", id) for id in d.events)]


def files(d: Dossier, job: Job) -> Iterator[tuple[str, str | bytes]]:
    """The docs-folder files of one job: path and content."""
    if job == ("overview", "data"):
        yield from _data(d)
    elif job == ("overview", "exports"):
        yield from exports.files(d).items()
    else:
        for page, context in _pages(d, job):
            yield page, render_page(page, context, exports.head(d, page, job))


def _data(d: Dossier) -> Iterator[tuple[str, str | bytes]]:
    """The dossier as data, its page, and the search index."""
    exported, schema = data.as_data(d), data.schema_text()
    yield paths.DATA, render_page(paths.DATA, DataPage(schema, data.example_text(exported)))
    yield paths.DATA_FILE, data.dossier_json(exported)
    yield paths.DATA_SCHEMA, schema
    yield from search.index_files(search.documents(d)).items()


def _pages(d: Dossier, job: Job) -> Iterator[tuple[str, Any]]:
    """(docs path, context) of the pages of one job."""
    what, id = job
    if what == "source":
        yield paths.source(id), source_page(d, id)
    elif what in ("actor", "claim", "event"):
        make = {"actor": actor_page, "claim": claim_page, "event": event_page}[what]
        context, parts = make(d, id)
        yield paths.entity(f"{what}s", id), context  # type: ignore[arg-type]
        yield from parts
    else:
        yield from _overview(d, id)


def _overview(d: Dossier, name: str) -> Iterator[tuple[str, Any]]:
    if name == "home":
        yield paths.HOME, home_page(d)
    elif name == "timeline":
        yield from _with_parts(paths.TIMELINE, *timeline_page(d))
    elif name == "network":
        yield from _with_parts(paths.NETWORK, *network_page(d))
    elif name == "sections":
        sections, parts = section_pages(d)
        yield from ((paths.index(s), context) for s, context in sections.items())
        yield from parts


def _with_parts(page: str, context: Any, parts: Pages) -> Iterator[tuple[str, Any]]:
    """A page, then the pages of its long lists."""
    yield page, context
    yield from parts


def render(d: Dossier) -> dict[str, str | bytes]:
    """Docs-folder path -> file content, for the whole site, in one process."""
    return dict(sorted(item for job in jobs(d) for item in files(d, job)))
