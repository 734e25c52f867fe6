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


def visible_blocks(root: _Element) -> list[Block]:
    return [block for element in root.iter() if isinstance(element.tag, str)
            and element.tag in _BLOCKS and not _hidden(element)
            for block in [_block(element)] if block.text]


def _block(element: _Element) -> Block:
    text = fold_space("".join(_own_text(element))).strip()
    return Block(element.sourceline or 0, text, _place(element), element)


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


def _place(element: _Element) -> str:
    for node in [element, *element.iterancestors()]:
        tag = node.tag if isinstance(node.tag, str) else ""
        found = next((why for name, why in _PLACES if tag == name), "")
        classes = (node.get("class") or "").lower()
        found = found or next((why for word, why in _CLASS_WORDS if word in classes), "")
        if found:
            return found
    return ""


def inline_marked(block: Block, place: str) -> str:
    """The text of the first element in `block` that the markup marks as
    `place`, where the block itself is not (`<div><span class="byline">
    Rudaw</span> <span class="date">…</span></div>`)."""
    return next((fold_space(child.text_content()).strip() for child in block.element.iter()
                 if isinstance(child.tag, str) and _place(child) == place), "")
