"""Editorial notes: Markdown rendered here, then cleaned with an allowlist.

A note is the body of an actor, claim or event file, or the home page. It is
rendered with Python-Markdown (no raw-HTML extensions) and cleaned by nh3
(the Ammonia sanitiser): a fixed set of tags, `href` and `title` on links,
and only http(s), mailto or relative addresses. Links to other content files
(`ismail-demir.md`) become links to their pages (`ismail-demir.html`).
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br", "hr",
        "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del", "sup",
        "sub"}
ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
SCHEMES = {"http", "https", "mailto"}
_HREF = re.compile(r'href="([^"]*)"')
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")


def _to_page(tag: str, attribute: str, value: str) -> str:
    if tag == "a" and attribute == "href" and not _SCHEME.match(value):
        path, hash_, anchor = value.partition("#")
        if path.endswith(".md"):
            return path[:-3] + ".html" + hash_ + anchor
    return value


def note_html(text: str) -> str:
    """Clean HTML for a note, to sit in a generated page as a raw block."""
    rendered = markdown.markdown(text, extensions=["tables"], output_format="html")
    return nh3.clean(rendered, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES,
                     attribute_filter=_to_page, link_rel="noopener noreferrer").strip()


def unsafe_links(text: str) -> list[str]:
    """Link targets the cleaning will drop, as the renderer reads them."""
    rendered = markdown.markdown(text, extensions=["tables"], output_format="html")
    targets = (html.unescape(t) for t in _HREF.findall(rendered))
    return [t for t in targets if (m := _SCHEME.match(t)) and m.group(1).lower() not in SCHEMES]
