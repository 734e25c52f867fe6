"""A report saved as an HTML page. trafilatura finds the article's text and
the page's metadata (title, author, date through htmldate, site name,
canonical address); our rules fill what it misses or flattens: the byline
as printed ("Daily Sabah with AA", which trafilatura trims to "Daily
Sabah"), a date from the visible page when the markup has none, the
outlet's name in the report's language, chrome it let into the text, and
the list of every visible block left out, with its line and why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import trafilatura
from lxml.etree import _Element

from ...model.text import fold_space
from . import facts
from .article import Article, Removed
from .blocks import Block, parse, visible_blocks
from .bylines import copyright_holder
from .datelines import dateline
from .language import detect
from .lines import Line, read

# Only dates the markup states (meta tags, <time>, JSON-LD, the address):
# htmldate's extensive search reads any date in the text, such as a site-wide
# "today" in the header (Daily Sabah's), which is not the publication date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(html: str) -> Article:
    root = parse(html)
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, date_extraction_params=_DATE_PARAMS, as_dict=True)
    if root is None or not isinstance(found, dict):
        return Article(title="", paragraphs=())
    blocks = visible_blocks(root)
    title = fold_space(found.get("title") or "").strip()
    paragraphs = _body(found.get("text") or "", title)
    language = detect(" ".join(paragraphs))
    published, note = _date(found, blocks, paragraphs)
    return Article(
        title=title, paragraphs=tuple(paragraphs),
        removed=tuple(_removed(blocks, paragraphs, title)),
        byline=_byline(root, found, paragraphs), published=published, published_note=note,
        publisher=_publisher(root, found, blocks, language), url=found.get("url") or "",
        language=language)


def _body(text: str, title: str) -> list[str]:
    """trafilatura's paragraphs, less the headline it repeats and chrome it
    let in (their blocks are then reported with the rest of the page's)."""
    paragraphs = []
    for line in (fold_space(t).strip() for t in text.split("\n")):
        reading = read(Line(0, line, True))
        if line and line != title and not (reading.chrome or reading.box):
            paragraphs.append(line)
    return paragraphs


def _removed(blocks: list[Block], paragraphs: list[str], title: str) -> list[Removed]:
    """Every visible block that is not the body's: nothing leaves unreported."""
    text, joined = set(paragraphs), " ".join(paragraphs)
    # A long block inside the joined text is body split or merged another way.
    return [Removed(block.line, "title" if block.text == title else _why(block), block.text)
            for block in blocks
            if block.text not in text and not (len(block.text) >= 40 and block.text in joined)]


def _why(block: Block) -> str:
    reading = read(Line(block.line, block.text, True))
    return (reading.chrome or reading.meta or block.place
            or "outside the article text")


def _byline(root: _Element, found: dict[str, Any], paragraphs: list[str]) -> str:
    """The author as the page prints it, else trafilatura's, else the agency
    of the dateline."""
    printed = _meta(root, "author") or " and ".join(_ld_authors(root))
    if printed and not printed.startswith("http"):
        return printed
    told = dateline(paragraphs[0]) if paragraphs else None
    return str(found.get("author") or "") or (told.agency if told else "")


def _date(found: dict[str, Any], blocks: list[Block],
          paragraphs: list[str]) -> tuple[str, str]:
    """htmldate's date from the markup; else the visible date lines and
    dateline, read as in a text page."""
    if found.get("date"):
        return str(found["date"]), ""
    readings = [read(Line(b.line, b.text, True)) for b in blocks]
    stamped = [d for r in readings if r.meta == "date line" for d in r.dates]
    notices = [b.text for b, r in zip(blocks, readings, strict=True)
               if r.chrome == "copyright notice"]
    told = next((d for p in paragraphs[:3] if (d := dateline(p))), None)
    return facts.publication_date(stamped, told, notices)


def _publisher(root: _Element, found: dict[str, Any], blocks: list[Block],
               language: str) -> str:
    """The site's name; for an English report, an English one if the page
    gives one too (Anadolu's English pages are "Anadolu Ajansı" in their
    metadata and "Anadolu Agency" in their copyright line)."""
    notices = (b.text for b in blocks if read(Line(b.line, b.text, True)).chrome
               == "copyright notice")
    names = [_meta(root, "og:site_name"), *_ld_publishers(root), str(found.get("sitename") or ""),
             *map(copyright_holder, notices)]
    names = [n.strip() for n in names if n and n.strip()]
    if language == "en":
        return next((n for n in names if n.isascii()), names[0] if names else "")
    return names[0] if names else ""


def _meta(root: _Element, name: str) -> str:
    for element in root.iter("meta"):
        if name in (element.get("name"), element.get("property")):
            return fold_space(element.get("content") or "").strip()
    return ""


def _linked_data(root: _Element) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if script.get("type") == "application/ld+json":
            try:
                data = json.loads(script.text or "")
            except ValueError:
                continue
            yield from (d for d in (data if isinstance(data, list) else [data])
                        if isinstance(d, dict))


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(i.get("name")) if isinstance(i, dict) else str(i) for i in items
            if i and (not isinstance(i, dict) or i.get("name"))]


def _ld_authors(root: _Element) -> list[str]:
    return next((_names(d["author"]) for d in _linked_data(root) if d.get("author")), [])


def _ld_publishers(root: _Element) -> list[str]:
    return next((_names(d["publisher"]) for d in _linked_data(root) if d.get("publisher")), [])
