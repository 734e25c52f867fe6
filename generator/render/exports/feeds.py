"""Atom feeds (RFC 4287): the newest sources, and each claim's statements.

A feed reader remembers entries by their `id`: each is a `urn:uuid` made
from what the entry is about (a source's id; a statement's source, claim,
speaker, stance and words), never from its position or the day of the
build, so that rebuilding the site never shows a reader an old entry again.
Atom wants full timestamps: a date is given as the first moment it can
mean (July 2019 is 2019-07-01T00:00:00Z) and said in words, at its real
precision, in the entry's summary. Links are relative to the feed, as a
reader resolves them against the feed's own address.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections import Counter

from ...model import paths
from ...model.annotations import Statement
from ...model.dossier import Dossier
from ...model.edtf import Edtf
from ..escape import xml_text

ATOM = "http://www.w3.org/2005/Atom"
# The namespace of every entry and feed id: fixed, so ids never change.
NAMESPACE = uuid.UUID("5f0b6a52-7d3e-4c1a-9a3e-2d4f0c6b8e11")
NEWEST = 50  # sources in the newest-sources feed
EMPTY_UPDATED = "1970-01-01T00:00:00Z"  # a feed with no entry yet
ET.register_namespace("", ATOM)  # Atom as the default namespace: <feed>, not <ns0:feed>


def stable_id(*parts: str) -> str:
    """A `urn:uuid` for what `parts` name, the same at every build."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, '/'.join(parts))}"


def timestamp(date: Edtf) -> str:
    """The first moment a date can mean, as RFC 3339."""
    return f"{date.start.first.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str = "", **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}",
                            {k: xml_text(v) for k, v in attributes.items()})
    if text:
        element.text = xml_text(text)
    return element


class Feed:
    """One Atom document being built; `text()` serialises it."""

    def __init__(self, d: Dossier, path: str, title: str, about: str, page: str) -> None:
        self.path = path
        self.root = ET.Element(f"{{{ATOM}}}feed")
        _add(self.root, "id", stable_id("feed", path))
        _add(self.root, "title", title)
        _add(self.root, "subtitle", about)
        _add(self.root, "link", rel="self", type="application/atom+xml",
             href=paths.link(path, path))
        _add(self.root, "link", rel="alternate", type="text/html", href=paths.link(path, page))
        author = _add(self.root, "author")
        _add(author, "name", d.home.title)
        self.updated = _add(self.root, "updated", EMPTY_UPDATED)
        self.newest = ""

    def entry(self, id: str, title: str, updated: str, target: str, summary: str,
              author: str) -> None:
        entry = _add(self.root, "entry")
        _add(entry, "id", id)
        _add(entry, "title", title)
        _add(entry, "updated", updated)
        _add(entry, "link", rel="alternate", type="text/html", href=paths.link(self.path, target))
        _add(entry, "summary", summary)
        if author:
            _add(_add(entry, "author"), "name", author)
        self.newest = max(self.newest, updated)
        self.updated.text = self.newest

    def text(self) -> str:
        body = ET.tostring(self.root, encoding="unicode")
        return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def sources_feed(d: Dossier) -> str:
    """The newest sources, newest first."""
    feed = Feed(d, paths.SOURCES_FEED, f"{d.home.title}: newest sources",
                "Reports added to the dossier, newest first.", paths.index("sources"))
    newest = sorted(d.sources.values(), key=lambda s: (s.published.sort_key, s.id), reverse=True)
    for s in newest[:NEWEST]:
        by = " · ".join(x for x in (s.publisher, s.byline) if x)
        feed.entry(stable_id("source", s.id), s.title, timestamp(s.published),
                   paths.source(s.id), f"Published {s.published.label()}"
                   + (f" · {by}" if by else ""), s.publisher or s.byline)
    return feed.text()


def _speaker(d: Dossier, s: Statement) -> str:
    if s.by in d.actors:
        return d.actors[s.by].name
    return s.by or d.sources[s.source].publisher or "The report"


def claim_feed(d: Dossier, id: str) -> str:
    """A claim's statements, newest first: who took which stance, in which words."""
    claim = d.claims[id]
    path = paths.claim_feed(id)
    feed = Feed(d, path, f"Claim: {claim.statement}",
                "Every statement on this claim, newest first.", paths.claim(id))
    seen: Counter[str] = Counter()
    for s in sorted(d.stances_on.get(id, ()),
                    key=lambda s: (d.said(s).sort_key, s.source, s.start), reverse=True):
        key = "/".join(("statement", s.source, s.claim, s.by, s.stance, s.quote))
        seen[key] += 1  # the same words twice in one report: two entries
        source = d.sources[s.source]
        said = d.said(s)
        when = said.label() if s.said else f"by {said.label()}"
        feed.entry(stable_id(key, str(seen[key])), f"{_speaker(d, s)} {s.stance}: "
                   f"{claim.statement}", timestamp(said), paths.source(s.source, s.anchor),
                   f"{s.quote} ({source.title}, {when})", _speaker(d, s))
    return feed.text()


def feeds(d: Dossier) -> dict[str, str]:
    files = {paths.SOURCES_FEED: sources_feed(d)}
    for id in d.claims:
        files[paths.claim_feed(id)] = claim_feed(d, id)
    return files
