"""A report scraped as plain text: every line placed (layout.py), the facts
read from the placed lines (facts.py), and every line that is not the
article's text reported with its number and why."""

from __future__ import annotations

from . import facts
from .article import Article, Removed
from .language import detect
from .layout import lay_out
from .lines import Line


def numbered_lines(raw: str) -> tuple[Line, ...]:
    """The non-empty lines, stripped, each knowing whether a blank line
    stands above it (a scraper's paragraph break)."""
    lines, blank = [], True
    for number, text in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if text.strip():
            lines.append(Line(number, text.strip(), blank))
        blank = not text.strip()
    return tuple(lines)


def read_text(raw: str) -> Article:
    placed = lay_out(numbered_lines(raw))
    paragraphs = tuple(p.line.text for p in placed if p.role == "body")
    title = next((p.line.plain for p in placed if p.role == "title"), "")
    dateline = facts.first_dateline(placed)
    notices = facts.copyright_notices(placed)
    published, note = facts.publication_date(facts.stamped_dates(placed), dateline, notices)
    publisher = facts.publisher(notices)
    return Article(
        title=title, paragraphs=paragraphs,
        removed=tuple(Removed(p.line.number, p.why, p.line.text) for p in placed
                      if p.role in ("meta", "chrome")),
        byline=facts.byline(placed, dateline, publisher), published=published,
        published_note=note, publisher=publisher, url=facts.address(placed),
        language=detect(" ".join(paragraphs)))
