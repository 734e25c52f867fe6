"""The visible text of a saved HTML page, one item per block element, each
with the line of the file it starts on and where on the page it sits
(navigation, a figure, the footer, ...). The HTML intake reports every
block it leaves out of the body from this list, as `dossier new` reports
the lines of a text file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml.etree import ParserError, _Element

from ...model.text import fold_space
from .words import split_words

_BLOCKS = frozenset(split_words(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th "
    "tr ul label button option"))
_INVISIBLE = frozenset(split_words("head script style noscript template svg iframe select"))
# Where a block sits, by its nearest telling ancestor: tag first, then class words.
_PLACES = (("nav", "navigation"), ("figure", "photo caption or credit"),
           ("footer", "page footer"), ("aside", "sidebar"), ("form", "form"),
           ("header", "page header"))
_CLASS_WORDS = (("breadcrumb", "navigation"), ("menu", "navigation"), ("nav", "navigation"),
                ("caption", "photo caption or credit"), ("credit", "photo caption or credit"),
                ("copyright", "photo caption or credit"), ("share", "share widget"),
                ("tag", "related links or tags"), ("related", "related links or tags"),
                ("newsletter", "subscription prompt"), ("subscribe", "subscription prompt"),
                ("comment", "reader comments"), ("author", "byline"), ("byline", "byline"),
                ("yazar", "byline"), ("muhabir", "byline"), ("avtor", "byline"),
                ("date", "date line"), ("time", "date line"), ("sidebar", "sidebar"),
                ("footer", "page footer"), ("source", "byline"),
                ("kaynak", "byline"))  # "news-detail__source", Turkish "kaynak"


@dataclass(frozen=True)
class Block:
    line: int  # where the element starts in the file
    text: str  # white space folded
    place: str  # "navigation", "page footer", ... or "" inside the page's content
    element: _Element


def parse(html: str) -> _Element | None:
    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):  # an empty document, or no element at all
        return None


def visible_blocks(root: _Element, where: dict[_Element, str] | None = None) -> list[Block]:
    """The page's visible blocks, each with where it sits (`where`: see `places`)."""
    where = where if where is not None else places(root)
    return [block for element in root.iter() if isinstance(element.tag, str)
            and element.tag in _BLOCKS and not _hidden(element)
            for block in [_block(element, where[element])] if block.text]


def places(root: _Element) -> dict[_Element, str]:
    """Where each element sits, by its nearest telling ancestor or itself (tag
    first, then class words), in one pass down the page."""
    where: dict[_Element, str] = {}
    for element in root.iter():
        parent = element.getparent()
        where[element] = _telling(element) or (where[parent] if parent is not None else "")
    return where


def _block(element: _Element, place: str) -> Block:
    text = fold_space("".join(_own_text(element))).strip()
    return Block(element.sourceline or 0, text, place, element)


def _own_text(element: _Element) -> Iterator[str]:
    """The element's text and its inline children's, not its block children's."""
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _BLOCKS | _INVISIBLE:
            yield from _own_text(child)
        yield child.tail or ""


def _hidden(element: _Element) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _INVISIBLE
               for a in [element, *element.iterancestors()])


def _telling(node: _Element) -> str:
    """Where an element's own tag or class words put it; "" if they say nothing."""
    if not isinstance(node.tag, str):  # a comment or processing instruction
        return ""
    found = next((why for name, why in _PLACES if node.tag == name), "")
    classes = (node.get("class") or "").lower()
    return found or next((why for word, why in _CLASS_WORDS if word in classes), "")


def inline_marked(block: Block, place: str, where: dict[_Element, str]) -> str:
    """The text of the first element in `block` that the markup marks as
    `place` (`where`: see `places`), where the block itself is not
    (`<div><span class="byline">Rudaw</span> <span class="date">…</span></div>`)."""
    return next((fold_space(child.text_content()).strip() for child in block.element.iter()
                 if where.get(child) == place), "")
