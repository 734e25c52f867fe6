"""Stage 4, render: every page of the docs folder, as Markdown text."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import jinja2

from . import data
from .overview import DataPage, home_page, network_page, section_pages, timeline_page
from .pages import actor_page, claim_page, event_page, source_page
from .resolve import Dossier
from .rows import relative
from .sanitize import attribute, escape_inline
from .textmatch import fold_plain

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader(__package__, "templates"),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    autoescape=False,  # the output is Markdown; the `md` filter escapes text
)
# One line of plain text: a title or a note in front matter never starts a block.
# Runs of white space fold to one space, kept at the edges: "said" + " " + name.
_ENV.filters["md"] = lambda value: escape_inline(fold_plain(str(value)))
_ENV.filters["attr"] = lambda value: attribute(str(value))
# An address inside a Markdown link: no space, paren or bracket can end it early.
_ENV.filters["href"] = lambda value: quote(str(value), safe=":/?#@!$&'*+,;=%~")


def render_page(path: str, context: Any) -> str:
    template = _ENV.get_template(type(context).TEMPLATE)
    fields = {name: getattr(context, name) for name in context.__dataclass_fields__}
    return template.render(**fields, link=lambda target: relative(path, target))


def render(d: Dossier) -> dict[str, str | bytes]:
    """Docs-folder path -> file content, for the whole site."""
    exported, schema = data.as_data(d), data.schema_text()
    pages: dict[str, Any] = {"index.md": home_page(d), "timeline.md": timeline_page(d),
                             "network.md": network_page(d),
                             "data.md": DataPage(schema, data.example_text(exported))}
    for section, context in section_pages(d).items():
        pages[f"{section}/index.md"] = context
    for id in d.sources:
        pages[f"sources/{id}.md"] = source_page(d, id)
    for id in d.actors:
        pages[f"actors/{id}.md"] = actor_page(d, id)
    for id in d.claims:
        pages[f"claims/{id}.md"] = claim_page(d, id)
    for id in d.events:
        pages[f"events/{id}.md"] = event_page(d, id)
    files: dict[str, str | bytes] = {p: render_page(p, c) for p, c in sorted(pages.items())}
    files["dossier.json"] = data.dossier_json(exported)
    files["dossier.schema.json"] = schema
    return files
