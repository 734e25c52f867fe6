"""Every page's path and every link between pages: the site's URL scheme, here only.

The generator writes each page into the MkDocs docs folder as Markdown
(`actors/nato.md`); MkDocs publishes it without directory URLs as
`actors/nato.html`, which works alike hosted and opened from disk. A target
is a docs-folder page with an optional `#anchor`; pages link to each other
with relative addresses of the published `.html`, computed by `link`.
"""

from __future__ import annotations

import posixpath
import re
from functools import cache
from typing import Literal, get_args

Section = Literal["sources", "actors", "claims", "events"]
SECTIONS: tuple[Section, ...] = get_args(Section)

HOME = "index.md"
TIMELINE = "timeline.md"
NETWORK = "network.md"
DATA = "data.md"
DATA_FILE = "dossier.json"
DATA_SCHEMA = "dossier.schema.json"

# The exports in the field's own formats (render/exports/), under data/.
W3C_CONTEXT = "data/anno.jsonld"  # the W3C context, vendored: nothing is fetched
W3C_CONTEXT_LICENSE = "data/anno.jsonld.LICENSE.txt"
ANNOTATIONS = "data/annotations/index.jsonld"  # the AnnotationCollection
DATABASE = "data/dossier.db"
DATASETTE_METADATA = "data/datasette.json"
SOURCES_FEED = "data/feeds/sources.xml"


def annotation_page(source_id: str) -> str:
    """One source's annotations, a page of the W3C AnnotationCollection."""
    return f"data/annotations/{source_id}.jsonld"


def text(source_id: str) -> str:
    """A source's body alone, as hashed (model/evidence.py) and as offsets index it."""
    return f"data/texts/{source_id}.txt"


def table_csv(table: str) -> str:
    return f"data/csv/{table}.csv"


def claim_feed(claim_id: str) -> str:
    return f"data/feeds/claims/{claim_id}.xml"


def entity(section: Section, id: str, anchor: str = "") -> str:
    """The target of an entity's page: `actors/nato.md`, or `…#h-2`."""
    return f"{section}/{id}.md" + (f"#{anchor}" if anchor else "")


def source(id: str, anchor: str = "") -> str:
    return entity("sources", id, anchor)


def actor(id: str) -> str:
    return entity("actors", id)


def claim(id: str) -> str:
    return entity("claims", id)


def event(id: str) -> str:
    return entity("events", id)


def index(section: Section) -> str:
    return f"{section}/index.md"


def part(owner: str, name: str, number: int) -> str:
    """The `number`th page of a long list of the page `owner`:
    `actors/turkey.md` -> `actors/turkey/mentions-2.md`. (A folder beside a
    page of the same name: no id can clash with it.)"""
    return f"{owner.removesuffix('.md')}/{name}-{number}.md"


def published(target: str) -> str:
    """The site-root address a target is published at: `.md` becomes `.html`."""
    path, hash_, anchor = target.partition("#")
    if path.endswith(".md"):
        path = path[:-3] + ".html"
    return path + hash_ + anchor


def link(from_page: str, target: str) -> str:
    """The relative address, on page `from_page`, of `target` as published."""
    path, hash_, anchor = target.partition("#")
    return _relative(posixpath.dirname(from_page), path) + hash_ + anchor


@cache  # pages sit in a few folders and link to the same few thousand pages
def _relative(folder: str, target: str) -> str:
    return posixpath.relpath(published(target), folder or ".")


# Addresses outside the site may use only these schemes: a `javascript:` or
# `data:` address from content would run script or show a forged page.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")


def scheme(url: str) -> str:
    """The scheme an address would be read with, lowercased; "" for a relative one.
    Control characters and white space inside it are dropped first, as browsers
    drop them (`java\\tscript:`)."""
    cleaned = "".join(c for c in url if c > " " and c != "\x7f")
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else ""


def external(url: str) -> str:
    """`url` if a reader may follow it from the site (http, https or mailto), else ""."""
    return url if scheme(url) in SAFE_SCHEMES else ""
