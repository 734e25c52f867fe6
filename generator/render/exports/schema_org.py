"""schema.org JSON-LD for the head of each entity page: what search engines
and fact-check aggregators read.

- a claim page is a `ClaimReview` of a `Claim`: the verdict is the rating's
  `alternateName`, the claim `appearance`s are the reports that carry it and
  its `author`s the actors who assert it (the first twenty of each: the page
  lists them all); the review's author is the dossier;
- a source page is a `NewsArticle`: the report as published, with its date
  at the precision the report gives (left out when only approximate);
- an actor page is a `Person`, `Organization`, `Country` or
  `NewsMediaOrganization`, `sameAs` its Wikidata item;
- an event page is an `Event`.

Addresses are relative to the page the JSON-LD sits in: a JSON-LD reader
resolves them against the page's own address, hosted or opened from disk.
"""

from __future__ import annotations

from typing import Any

from ...model import paths
from ...model.dossier import Dossier
from ...model.edtf import Edtf, Point
from ...model.vocabulary import VERDICT_LABELS, VERDICT_MEANINGS, ActorKind
from ..lists import PREVIEW

CONTEXT = "https://schema.org"
TYPES: dict[ActorKind, str] = {
    "person": "Person", "anonymous": "Person", "organization": "Organization",
    "alliance": "Organization", "state": "Country", "media": "NewsMediaOrganization"}
WIKIDATA = "https://www.wikidata.org/wiki/"


def iso_point(point: Point) -> str:
    """A date as ISO 8601 at its own precision ("2019", "2019-11",
    "2019-11-04"), or "" when it is approximate or uncertain: schema.org
    has no way to say so, and a plain date would claim more."""
    if point.approximate or point.uncertain:
        return ""
    parts = [f"{point.year:04d}"] + [f"{n:02d}" for n in (point.month, point.day) if n]
    return "-".join(parts)


def iso_date(date: Edtf) -> str:
    """A single date as `iso_point` gives it; "" for an interval."""
    return "" if date.is_interval else iso_point(date.start)


def _drop_empty(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v not in ("", [], None)}


def actor_thing(d: Dossier, id: str, page: str) -> dict[str, Any]:
    """An actor as schema.org names it, linked from `page`."""
    a = d.actors[id]
    return _drop_empty({
        "@type": TYPES[a.kind], "name": a.name, "alternateName": list(a.aliases),
        "description": a.role, "url": paths.link(page, paths.actor(id)),
        "sameAs": WIKIDATA + a.wikidata if a.wikidata else ""})


def _dossier(d: Dossier, page: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": d.home.title, "url": paths.link(page, paths.HOME)}


def claim_review(d: Dossier, id: str) -> dict[str, Any]:
    page = paths.claim(id)
    c = d.claims[id]
    stances = d.stances_on.get(id, ())
    # The earliest reports: a head is read with every page, and the claim's
    # page lists them all.
    sources = sorted({s.source for s in stances},
                     key=lambda s: (d.sources[s].published.sort_key, s))[:PREVIEW]
    asserting = sorted({s.by for s in stances if s.stance == "asserts" and s.by in d.actors}
                       )[:PREVIEW]
    claim = _drop_empty({
        "@type": "Claim", "name": c.statement,
        "appearance": [news_article(d, s, page) for s in sources],
        "author": [actor_thing(d, a, page) for a in asserting]})
    return {"@context": CONTEXT, "@type": "ClaimReview", "url": paths.link(page, page),
            "claimReviewed": c.statement, "itemReviewed": claim,
            "reviewRating": _drop_empty({
                "@type": "Rating", "alternateName": VERDICT_LABELS[c.verdict],
                "ratingExplanation": c.verdict_note or VERDICT_MEANINGS[c.verdict]}),
            "author": _dossier(d, page)}


def news_article(d: Dossier, id: str, page: str) -> dict[str, Any]:
    """A report as published, linked from `page`; its copy in the dossier is
    `mainEntityOfPage` on its own page."""
    s = d.sources[id]
    byline = next((a for a in d.actors if d.actors[a].name == s.byline), "")
    author: Any = actor_thing(d, byline, page) if byline else s.byline
    return _drop_empty({
        "@type": "NewsArticle", "headline": s.title,
        "datePublished": iso_date(s.published),
        "publisher": {"@type": "NewsMediaOrganization", "name": s.publisher}
        if s.publisher else "",
        "author": author, "url": paths.external(s.url), "inLanguage": s.language,
        "archivedAt": paths.external(s.archive),
        "mainEntityOfPage": paths.link(page, paths.source(id))})


def source_article(d: Dossier, id: str) -> dict[str, Any]:
    return {"@context": CONTEXT, **news_article(d, id, paths.source(id))}


def actor_entity(d: Dossier, id: str) -> dict[str, Any]:
    return {"@context": CONTEXT, **actor_thing(d, id, paths.actor(id))}


def event_entity(d: Dossier, id: str) -> dict[str, Any]:
    page = paths.event(id)
    e = d.events[id]
    start, end = (iso_point(p) for p in (e.date.start, e.date.end))
    return _drop_empty({
        "@context": CONTEXT, "@type": "Event", "name": e.title,
        "startDate": start, "endDate": end if e.date.is_interval else "",
        "url": paths.link(page, page),
        "actor": [actor_thing(d, a, page) for a in e.actors if a in d.actors]})


THINGS = {"source": source_article, "actor": actor_entity, "claim": claim_review,
          "event": event_entity}  # what each kind of entity page is, in schema.org
