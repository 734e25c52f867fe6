"""Editorial notes: how their Markdown reads, and what of it is kept.

A note is the body of an actor, claim or event file, or the home page. It is
rendered with Python-Markdown (no raw-HTML extensions) and cleaned by nh3
(the Ammonia sanitiser): a fixed set of tags, `href` and `title` on links,
and only the addresses `paths.external` allows or relative ones. Links to
other content files (`ismail-demir.md`) become links to their pages.
"""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import nh3
from markupsafe import Markup

from . import paths

TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br", "hr",
        "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del", "sup",
        "sub"}
ATTRIBUTES = {"a": {"href"}, "th": {"align"}, "td": {"align"}}


def _rendered(text: str) -> str:
    return markdown.markdown(text, extensions=["tables"], output_format="html")


def _kept(tag: str, attribute: str, value: str) -> str | None:
    """Links to other content files become links to their pages; `title` and
    `lang`, which nh3 keeps on every tag, are dropped: a tooltip script that
    draws titles as HTML would run one."""
    if attribute in ("title", "lang"):
        return None
    if tag == "a" and attribute == "href" and not paths.scheme(value):
        return paths.published(value)
    return value


def note_html(text: str) -> Markup:
    """Clean HTML for a note."""
    return Markup(nh3.clean(_rendered(text), tags=TAGS, attributes=ATTRIBUTES,
                            url_schemes=set(paths.SAFE_SCHEMES), attribute_filter=_kept,
                            link_rel="noopener noreferrer").strip())


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.targets += [value or "" for name, value in attrs if name in ("href", "src")]


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_data(self, data: str) -> None:
        self.words.append(data)


def note_text(text: str) -> str:
    """A note's words without their markup (for search)."""
    words = _Words()
    words.feed(note_html(text))
    return " ".join(" ".join(words.words).split())


def unsafe_links(text: str) -> list[str]:
    """Link targets the cleaning will drop, as the renderer reads them."""
    links = _Links()
    links.feed(_rendered(text))
    return [t for t in links.targets if paths.scheme(t) and not paths.external(t)]
