"""Links as a page writes them: Python, not template macros, for pages write
tens of thousands of them."""

from __future__ import annotations

from markupsafe import Markup, escape

from ..model import paths
from .rows import Quote, Ref


class Links:
    """The links of one page."""

    def __init__(self, page: str) -> None:
        self.page = page

    def to(self, target: str) -> str:
        """The relative address of a target (see model/paths.py)."""
        return paths.link(self.page, target)

    def a(self, ref: Ref) -> Markup:
        """A link to `ref`'s page, with its words."""
        return Markup(f'<a href="{escape(self.to(ref.href))}">{escape(ref.text)}</a>')

    def quote(self, q: Quote) -> Markup:
        """A quoted passage linked to its place. The speaker's words come in
        their quotation marks (see excerpt.py); the reporter's own sentence is
        labelled, so the two never look alike."""
        voice = "" if q.own_words else '<span class="voice">report&#39;s words:</span> '
        return Markup(voice) + self.a(q)
