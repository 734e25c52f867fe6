"""What a saved page's markup states about its report, as the page prints
it: <meta> tags, JSON-LD, the <h1>. trafilatura reads the same markup but
normalises it (an author "Daily Sabah with AA" becomes "Daily Sabah"); the
dossier keeps bylines as printed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.etree import _Element

from ...model.text import fold_space


def meta(root: _Element, name: str) -> str:
    """The content of <meta name=...> or <meta property=...>."""
    for element in root.iter("meta"):
        if name in (element.get("name"), element.get("property")):
            return fold_space(element.get("content") or "").strip()
    return ""


def headings(root: _Element) -> list[str]:
    """The texts of the page's <h1> elements of three words or more (a
    logo's <h1> has fewer)."""
    texts = (fold_space(h.text_content()).strip() for h in root.iter("h1"))
    return [t for t in texts if len(t.split()) >= 3]


def linked_data(root: _Element) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of the page (a list, or one object; a @graph too)."""
    for script in root.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                yield item
                yield from (g for g in item.get("@graph", []) if isinstance(g, dict))


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [fold_space(str(i.get("name") if isinstance(i, dict) else i)).strip() for i in items
            if i and (not isinstance(i, dict) or i.get("name"))]


def authors(root: _Element) -> list[str]:
    return next((_names(d["author"]) for d in linked_data(root) if d.get("author")), [])


def as_printed(root: _Element, words: str) -> str:
    """`words` as an element of the page prints them: trafilatura gives an
    author "Odatv.com" as "Odatv com"."""
    key = re.sub(r"\W+", "", words).casefold()
    for element in root.iter("span", "div", "p", "a", "li", "address"):
        text = fold_space(element.text_content()).strip()
        if key and len(text) <= 2 * len(words) and re.sub(r"\W+", "", text).casefold() == key:
            return text
    return words


def publishers(root: _Element) -> list[str]:
    return next((_names(d["publisher"]) for d in linked_data(root) if d.get("publisher")), [])


def is_link(element: _Element) -> bool:
    """A block whose text is all link text: a related headline, not prose."""
    if any(a.tag == "a" for a in element.iterancestors()):
        return True
    own = fold_space(element.text_content()).strip()
    linked = fold_space(" ".join(a.text_content() for a in element.iter("a"))).strip()
    return bool(own) and own == linked
