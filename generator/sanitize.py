"""Keep text from strangers inert: source text and notes never become HTML.

Source bodies and front-matter strings are escaped for Markdown as plain
text. Notes are Markdown by design, but raw HTML in them is shown as text and
links may only go to http(s), mailto or relative addresses.
"""

from __future__ import annotations

import re

from .diagnostics import Diagnostic, error, warning
from .frontmatter_yaml import Document

_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.DOTALL)
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
_UNSAFE_SCHEME = re.compile(r"^\s*(javascript|vbscript|data|file):", re.IGNORECASE)
# Characters that Python-Markdown (with attr_list and tables) would read as syntax.
_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))", re.MULTILINE)


def escape_inline(text: str) -> str:
    """Plain text -> Markdown that renders to exactly that text."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def escape_block_start(markdown: str) -> str:
    """Stop a paragraph's first characters reading as a heading, list or quote."""
    return _LINE_START_SPECIAL.sub(lambda m: m.group(1) + "\\" + m.group(2), markdown)


def attribute(text: str) -> str:
    """Text safe inside a double-quoted attribute of attr_list or HTML."""
    return re.sub(r"\s+", " ", text).replace('"', "”").replace("&", "&amp;").replace("<", "&lt;")


def sanitize_note(markdown: str) -> str:
    """Markdown of a note with raw HTML turned to text, code left alone."""
    parts = _CODE.split(markdown)
    return "".join(p if i % 2 else _TAG.sub("&lt;", p) for i, p in enumerate(parts))


def check_note(doc: Document) -> list[Diagnostic]:
    """Unsafe links are errors; raw HTML is a warning (it will show as text)."""
    problems: list[Diagnostic] = []
    for match in _LINK_TARGET.finditer(doc.body):
        scheme = _UNSAFE_SCHEME.match(match.group(1))
        if scheme:
            line, col = _body_position(doc, match.start(1))
            problems.append(error(doc.path, line, col,
                                  f"unsafe link to a {scheme.group(1).lower()}: address",
                                  "links in notes may go to http(s), mailto or another page"))
    outside_code = _CODE.sub(lambda m: " " * len(m.group(0)), doc.body)
    for match in _TAG.finditer(outside_code):
        line, col = _body_position(doc, match.start())
        problems.append(warning(doc.path, line, col, "raw HTML in a note is shown as text",
                                "write Markdown instead"))
    return problems


def _body_position(doc: Document, offset: int) -> tuple[int, int]:
    before = doc.body[:offset]
    return doc.body_line + before.count("\n"), offset - (before.rfind("\n") + 1) + 1
