"""A page's headings, written as HTML and remembered for its table of contents.

Pages are raw HTML after their title (see `hooks/html_pages.py`): MkDocs does
not read them, so the headings it would have collected are collected here,
in the order the page shows them, and handed to MkDocs in the page's front
matter. Each heading gets an id of its own on the page and a permanent link,
as MkDocs' table-of-contents extension gives them.
"""

from __future__ import annotations

import re
import unicodedata

from markupsafe import Markup, escape

_NOT_SLUG = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"[-\s]+")


def slug(text: str) -> str:
    """`Who says what` -> `who-says-what`, as Python-Markdown's toc slugifies."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub("-", _NOT_SLUG.sub("", plain).strip().lower()) or "section"


def unique(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted_1`, `wanted_2`... whichever is not taken yet."""
    id, n = wanted, 1
    while id in taken:
        id, n = f"{wanted}_{n}", n + 1
    return id


class Headings:
    """The headings of one page, as it is written."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.items: list[tuple[int, str, str]] = []  # level, id, escaped text
        self.taken = set(taken or ())

    def __call__(self, level: int, text: str, classes: str = "") -> Markup:
        """A heading of plain text, written and remembered."""
        id = unique(slug(text), self.taken)
        self.record(level, id, str(escape(text)))
        cls = f' class="{escape(classes)}"' if classes else ""
        return Markup(f'<h{level} id="{id}"{cls}>{escape(text)}'
                      f'<a class="headerlink" href="#{id}" title="Permanent link">&para;</a>'
                      f"</h{level}>")

    def record(self, level: int, id: str, text: str) -> str:
        """Remember a heading written elsewhere (the report's own); "" to print."""
        self.taken.add(id)
        self.items.append((level, id, text))
        return ""

    def tree(self) -> list[dict[str, object]]:
        """The table of contents as MkDocs' toc tokens: the title (whose id
        and words MkDocs fills in) and the headings nested under it by level."""
        root: dict[str, object] = {"level": 1, "id": "", "name": "", "children": []}
        stack = [root]
        for level, id, text in self.items:
            node: dict[str, object] = {"level": level, "id": id, "name": text, "children": []}
            while len(stack) > 1 and int(str(stack[-1]["level"])) >= level:
                stack.pop()
            children = stack[-1]["children"]
            assert isinstance(children, list)
            children.append(node)
            stack.append(node)
        return [root]
