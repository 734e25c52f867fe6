"""What the intake hands `dossier new`: a report's text and what the page
says about it, with every line it left out and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Removed:
    """A line (or, for HTML, a block element) left out of the body."""

    line: int  # in the raw file
    why: str
    text: str


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...] = ()
    byline: str = ""
    published: str = ""  # EDTF, only as precise as the page: 2021, 2021-08, 2021-08-23
    published_note: str = ""  # how the date was completed or chosen, when it was
    publisher: str = ""
    url: str = ""
    language: str = ""  # ISO 639-1, detected from the text
