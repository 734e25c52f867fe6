"""MkDocs' side of a page: the HTML after the marker stored unread, and the
table of contents taken from the front matter."""

from __future__ import annotations

from types import SimpleNamespace

import markdown
from mkdocs.structure.toc import get_toc

from generator.hooks.html_pages import MARKER, on_page_content
from generator.render.headings import Headings


def test_the_html_after_the_marker_passes_unread() -> None:
    page = f"# A *title*\n\n{MARKER}\n\n<div>*not em* [x](y) {{: .z }}</div>\n\n<p>end</p>\n"
    html = markdown.markdown(page, extensions=["toc", "generator.hooks.html_pages"])
    assert html == ('<h1 id="a-title">A <em>title</em></h1>\n'
                    "<div>*not em* [x](y) {: .z }</div>\n\n<p>end</p>")


def test_a_page_without_the_marker_is_plain_markdown() -> None:
    assert markdown.markdown("*em*", extensions=["generator.hooks.html_pages"]) == \
        "<p><em>em</em></p>"


def test_the_table_of_contents_comes_from_the_front_matter() -> None:
    headings = Headings()
    headings(2, "Who says what")
    headings.record(3, "report-x", "X &amp; Y")
    headings(2, "Sources")
    page = SimpleNamespace(meta={"toc": headings.tree()},
                           toc=get_toc([{"level": 1, "id": "t", "name": "T", "children": []}]))
    on_page_content("<p>x</p>", page, None, None)
    [title] = page.toc.items
    assert (title.id, title.title) == ("t", "T")
    assert [(c.id, c.title, [g.id for g in c.children]) for c in title.children] == [
        ("who-says-what", "Who says what", ["report-x"]), ("sources", "Sources", [])]
