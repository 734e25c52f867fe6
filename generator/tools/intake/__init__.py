"""The intake of `dossier new`: a report as a contributor has it (scraped
plain text, or a saved HTML page) becomes an `Article`: its title, byline,
date, publisher, address, language and text, with every line left out
listed with its reason.
"""

from __future__ import annotations

import re

from .article import Article, Removed
from .html import read_html
from .text import read_text

__all__ = ["Article", "IntakeError", "Removed", "decode", "looks_like_html", "read_report"]

# A page starts with a doctype, <html>, or a comment then one; a fragment
# saved from a browser's inspector starts with a tag of the document's head or body.
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p)\b",
    re.IGNORECASE | re.DOTALL)


class IntakeError(ValueError):
    """Input that is not a report: the message says what to do instead."""


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text))


def decode(raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark); for an HTML page, also
    the encoding its <meta charset> declares."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.I)
        if declared:
            try:
                return raw.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    raise IntakeError("the file is not UTF-8 text: save the page or the text as UTF-8")


def read_report(raw: bytes) -> Article:
    text = decode(raw)
    if "\x00" in text:
        raise IntakeError("the file is binary, not a text or HTML page")
    return read_html(text) if looks_like_html(text) else read_text(text)
