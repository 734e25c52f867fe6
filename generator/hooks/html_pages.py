"""The dossier's pages for MkDocs: a Markdown title, then raw HTML.

A generated page is a title line (`# …`, which MkDocs makes the page's title
and first heading) and, after the line `<!--dossier:html-->`, HTML the
generator wrote and escaped. Python-Markdown would parse that HTML twice
(once to find its blocks, once for MkDocs' anchor check) only to pass it
through: this extension stores it whole first, unread. The hook then gives
MkDocs the table of contents the generator listed in the front matter.

Without them (another engine reading mkdocs.yml), the pages still build
alike, only slower and with a shorter table of contents.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

MARKER = "<!--dossier:html-->"


class _StoreHTML(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if MARKER not in lines:
            return lines
        at = lines.index(MARKER)
        placeholder = self.md.htmlStash.store("\n".join(lines[at + 1:]).strip())
        return [*lines[:at], "", placeholder]


class HTMLPages(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After line endings are made plain (30), before MkDocs' raw-HTML reader
        # (21) and Markdown's own (20).
        md.preprocessors.register(_StoreHTML(md), "dossier_html", 25)


def makeExtension(**kwargs: Any) -> HTMLPages:
    return HTMLPages(**kwargs)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """The table of contents from the front matter, under the title MkDocs read."""
    from mkdocs.structure.toc import get_toc

    listed = page.meta.get("toc")
    if isinstance(listed, list) and page.toc.items:
        title = page.toc.items[0]
        for token in listed:
            token["id"], token["name"] = title.id, title.title
        page.toc = get_toc(listed)
    return html
