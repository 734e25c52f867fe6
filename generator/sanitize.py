"""Keep text from strangers inert.

Source bodies and front-matter strings are escaped for Markdown as plain
text. Notes are Markdown: `notes.py` renders them and cleans the HTML with an
allowlist; here `dossier check` tells the contributor what will be dropped.
"""

from __future__ import annotations

import re

from .diagnostics import Diagnostic, error, warning
from .frontmatter_yaml import Document
from .notes import unsafe_links
from .textmatch import fold_plain

_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.DOTALL)
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
# Characters that Python-Markdown (with attr_list and tables) would read as syntax.
_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+!-])", re.MULTILINE)
_LINE_START_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)  # "1986." is no list item
_LINE_START_EQUALS = re.compile(r"^(\s*)=", re.MULTILINE)  # "===" would underline a heading


def escape_inline(text: str) -> str:
    """Plain text -> Markdown that renders to exactly that text."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def escape_block_start(markdown: str) -> str:
    """Stop a line's first characters reading as a heading, list, quote or
    admonition. Python-Markdown cannot backslash-escape "=", so it becomes
    an entity."""
    markdown = _LINE_START_SPECIAL.sub(r"\1\\\2", markdown)
    markdown = _LINE_START_NUMBER.sub(r"\1\\\2", markdown)
    return _LINE_START_EQUALS.sub(r"\1&#61;", markdown)


def attribute(text: str) -> str:
    """Text safe inside a double-quoted attribute of attr_list or HTML."""
    return (fold_plain(text).replace('"', "”").replace("&", "&amp;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def check_note(doc: Document) -> list[Diagnostic]:
    """Unsafe links are errors; raw HTML is a warning (it will be dropped)."""
    problems: list[Diagnostic] = []
    for target in unsafe_links(doc.body):
        at = max(doc.body.find(target), 0)
        line, col = doc.body_position(at)
        scheme = target.split(":", 1)[0].strip().lower()
        problems.append(error(doc.path, line, col, f"unsafe link to a {scheme}: address",
                              "links in notes may go to http(s), mailto or another page"))
    outside_code = _CODE.sub(lambda m: " " * len(m.group(0)), doc.body)
    for match in _TAG.finditer(outside_code):
        line, col = doc.body_position(match.start())
        problems.append(warning(doc.path, line, col, "raw HTML in a note is left out",
                                "write Markdown instead"))
    return problems
