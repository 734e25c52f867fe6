"""The dossier in the field's own formats, beside `dossier.json`.

- `w3c`: every annotation as a W3C Web Annotation (JSON-LD), and each
  source's text as the file they select from;
- `schema_org`: JSON-LD for the head of each entity page (ClaimReview,
  NewsArticle, Person/Organization/Country, Event);
- `sqlite`, `tables`, `datasette`: a SQLite database for Datasette, with
  its metadata and canned queries, and each table as CSV;
- `feeds`: Atom feeds of the newest sources and of each claim.

Each returns files of the docs folder (paths from `model/paths.py`), so
they reach the site and the offline zip like `dossier.json`; the Data page
lists and explains them.
"""

from __future__ import annotations

from typing import Any

from ...model import paths
from ...model.dossier import Dossier
from ..escape import json_script
from . import datasette, feeds, schema_org, sqlite, w3c


def files(d: Dossier) -> dict[str, str | bytes]:
    """Every export file, by docs-folder path."""
    found: dict[str, str | bytes] = {}
    found.update(w3c.export(d))
    found.update(w3c.texts(d))
    found.update(sqlite.export(d))
    found[paths.DATASETTE_METADATA] = datasette.metadata_json(d)
    found.update(feeds.feeds(d))
    return found


def _feed(page: str, title: str, feed: str) -> dict[str, str]:
    return {"title": title, "href": paths.link(page, feed)}


def head(d: Dossier, page: str, entity: tuple[str, str]) -> dict[str, Any]:
    """What the <head> of `page`, made for `entity` (its kind and id), carries
    beyond MkDocs' own, as front matter fields: `jsonld` (schema.org, escaped
    for its script element) on the entity's own page, and `feeds` (Atom
    feeds to announce with <link rel="alternate">)."""
    what, id = entity
    found: dict[str, Any] = {}
    own = what in schema_org.THINGS and page == paths.entity(f"{what}s", id)  # type: ignore[arg-type]
    if own:
        found["jsonld"] = json_script(schema_org.THINGS[what](d, id))
    # Fixed titles, no content in them: Material turns `title` attributes into
    # tooltips, and a title from content is one more place for markup to hide.
    if page in (paths.HOME, paths.index("sources")):
        found["feeds"] = [_feed(page, "Newest sources (Atom)", paths.SOURCES_FEED)]
    elif own and what == "claim":
        found["feeds"] = [_feed(page, "This claim's statements (Atom)", paths.claim_feed(id))]
    return found
