"""What one line of a scraped page is, by itself: its shape (a sentence, a
headline, a short label), and whether it is a date line, a byline, a credit
or chrome. Where a line stands on the page is decided in layout.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from . import words as w
from .bylines import AGENCIES, AGENCY_NAMES, ROLE_WORDS, by_line, name_before_date
from .datelines import Dateline, dateline
from .dates import PageDate, dates_in, leftover_words

Shape = Literal["sentence", "headline", "short"]
Box = Literal["", "box", "tags", "comments"]
# A sentence's end, maybe with the agency's tag after it: "… demişti. (İLKHA)".
# (an agency's or a chain of them, "(ANI/Sputnik)", or signed off after a dash,
# "… to act. — Agencies"; not "(VIDEO)" or "(END)")
END_TAG = (rf"\s+(?:\((?=[^()]+\)$)|[—–-]{{1,2}}\s*)"
           rf"(?P<tag>(?:{AGENCY_NAMES})(?:\s*/\s*(?:{AGENCY_NAMES}))*)\)?")
_SENTENCE_END = re.compile(rf"[.!?…][\"”»’')\]]*(?:{END_TAG})?$")
AGENCY_AT_END = re.compile(rf"[.!?…][\"”»’')\]]*{END_TAG}$")  # a sentence, not a photo credit
_INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")  # "… Setting Up Clash With U.S."
_INTRODUCES_QUOTE = 6  # words: a line this long ending in ":" is text ("... şöyle konuştu:")
# Words that join a label's words ("Business & Economy", "Армия и ОПК").
_CONNECTORS = frozenset(("&", "and", "of", "the", "for", "in", "on", "ve", "ile", "и", "в", "на"))
# A print issue: "Газета «Коммерсантъ» №153 от 24.08.2022, стр. 6".
_ISSUE = re.compile(r"№\s*\d+|\bno\.\s*\d+|\bsayı\s*:?\s*\d+", re.I)
# A writer's post, as a line of its own: "Correspondent", "Europe correspondent @handle".
_POST = re.compile(rf"^(?:[\w&.-]+\s+){{0,2}}(?:{ROLE_WORDS})\b[^.!?]{{0,60}}$", re.IGNORECASE)
_DATE_LINE_WORDS = 16  # a date line is short; one that starts with a byline may be longer
# What joins a byline to the date after it: "on", "|", "-", "•".
_BEFORE_DATE = re.compile(r"[\s|,•·–—/-]*(?:\b(?:on|at|published|posted|updated)\b[\s:]*)?"
                          r"(?:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
                          r"\.?[\s,]*)?$", re.I)
_SOURCE_LABEL = re.compile(r"^(?:source|kaynak|источник)\s*:\s*(\w[\w.]*)", re.I)
# "Original url: https://...", or the label alone (the address on the next
# line, closing the text), or an address alone on its line.
# "Original URL: …", and the address a share box prints ("Read or Share this story: …",
# "Постоянный адрес статьи: …").
_ADDRESS = re.compile(r"^(?:(?:original url|read or share this story|постоянный адрес статьи|"
                      r"адрес новости)\s*:?\s*)?(?P<url>https?://\S+)"
                      r"\s*$|^original url\s*:?\s*$", re.I)
_MARKUP = re.compile(r"^[#>*\s]+|[*_]{2}")  # Markdown a scraper may leave: "## **Title**"


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the raw file
    text: str  # stripped
    after_blank: bool  # a blank line (or the start) stands before it

    @property
    def plain(self) -> str:
        return _MARKUP.sub("", self.text).strip()


@dataclass(frozen=True)
class Reading:
    """What a line is by itself. `chrome` and `meta` say why it is not text."""

    shape: Shape
    words: int
    chrome: str = ""  # why it is chrome wherever it stands
    credit: bool = False  # a photo credit, or a caption that ends in one
    meta: str = ""  # date line, byline, update time, source credit, credits
    dates: tuple[PageDate, ...] = ()
    byline: str = ""  # the writers a byline, a date line or a credit names
    by_place: bool = False  # a byline only by where it stands: names beside a date
    agency: str = ""  # the agency a "Source:" or "Kaynak:" credit names
    box: Box = ""  # opens the page's boxes of links, its tags, or its reader comments
    dateline: Dateline | None = None
    url: str = ""  # the original address a line gives


def shape_of(text: str) -> Shape:
    words = text.split()
    if len(words) == 1 and "." in text[:-1]:  # "Turkey-U.S.": a label, not a sentence
        return "short"
    lowered = [t for t in words[1:] if t[:1].islower() and t not in _CONNECTORS]
    # A headline in title case may end in an initialism's full stop.
    if (_SENTENCE_END.search(text) and not (title_case(text) and _INITIALISM_END.search(text))) \
            or (text.endswith(":") and len(words) >= _INTRODUCES_QUOTE):
        return "sentence"
    if not text.endswith(":") and (len(words) >= 4 or (len(words) == 3 and lowered)):
        return "headline"
    return "short"


def title_case(text: str) -> bool:
    """Whether every word after the first is capitalised, but those that
    join a label's words ("Setting Up Clash With U.S.", "Heard on All Things")."""
    return not any(t[:1].islower() and t not in _CONNECTORS for t in text.split()[1:])


def read(line: Line) -> Reading:
    text = line.plain
    shape, count = shape_of(text), len(text.split())
    base = Reading(shape, count)
    return (_box(text, base) or _meta(text, base) or _chrome(text, base, line.text)
            or replace(base, dateline=dateline(text)))


def _box(text: str, base: Reading) -> Reading | None:
    if w.COMMENTS.match(text):
        return replace(base, chrome="reader comments", box="comments")
    if w.FEED_TIME.match(text):
        return replace(base, chrome="news list time", box="box")
    if w.SITE_BANNER.match(text):
        return replace(base, chrome="site banner")
    if w.CATEGORIES.match(text):
        return replace(base, chrome="section labels")
    if w.TAG_LIST.match(text) or w.TAG_HEADINGS.match(text):
        return replace(base, chrome="tags", box="tags")
    if w.BOX_HEADINGS.match(text):
        return replace(base, chrome="related links", box="box")
    return None


def _meta(text: str, base: Reading) -> Reading | None:
    address = _ADDRESS.match(text)
    if address:
        return replace(base, meta="original address", url=address.group("url") or "",
                       box="box" if not address.group("url") else "")
    dated = _date_line(text, base)
    if dated:
        return dated
    if w.RELATIVE_STAMP.match(text):
        return replace(base, meta="update time")
    credit = w.SOURCE_CREDIT.match(text)
    if credit:
        return replace(base, meta="source credit", agency=credit.group("agency"))
    if w.CREDITS.search(text):
        writers = w.REPORTING_BY.match(text)
        return replace(base, meta="credits",  # "Reporting by X; Editing by Y", "Автор: X"
                       byline=writers.group("names").strip() if writers else by_line(text))
    names = by_line(text)
    if names:
        return replace(base, meta="byline", byline=names)
    # "Обозреватель «Независимой газеты»" under a name: the writer's post.
    return replace(base, meta="writer's post") if _POST.match(text) else None


def _date_line(text: str, base: Reading) -> Reading | None:
    """A line that is a date and little else: a label, a time, a name, an
    outlet ("Source: Xinhua| 2019-11-05 03:41:12|Editor: huaxia")."""
    found = dates_in(text)
    if not found or base.words > 2 * _DATE_LINE_WORDS:
        return None
    # "By Jane Doe and John Roe on March 14, 2022 at 11:42 AM": a byline first.
    before = _BEFORE_DATE.sub("", text[:found[0][1]]).strip()
    writers = _writers(before) or _credit_after(text[found[-1][2]:])
    issue = bool(_ISSUE.search(text))
    # Its words besides dates, times, zones and labels ("01:04 PM EST / Updated: …").
    leftover = leftover_words(text)
    if not (issue or writers) and (len(leftover) > 3 or base.shape == "sentence"):
        return None
    source = _SOURCE_LABEL.match(text)
    return replace(base, meta="date line", dates=tuple(d for d, _, _ in found),
                   byline=writers or (name_before_date(leftover, text) if leftover else ""),
                   agency=source.group(1) if source else "")


def _writers(before: str) -> str:
    """The byline or agency before a date ("AP · Posted: …"), also among a
    section's label between bars ("World | Press Trust of India | Updated: …")."""
    parts = [part.strip() for part in before.split("|") if part.strip()] or [before]
    for part in parts:
        found = by_line(part) or (part if AGENCIES.match(part) else "")
        if found and all(len(other.split()) <= 2 for other in parts if other is not part):
            return found
    return ""


def _credit_after(rest: str) -> str:
    """The byline or agency after a date and its time, set off by a bar or a
    dot ("Nov 15, 2021 | Reuters", "15.11.2021, 11:30 · By Jane Example")."""
    parts = [part.strip() for part in re.split(r"[|•·]", rest)[1:]]
    return next((found for part in parts
                 if (found := by_line(part) or (part if AGENCIES.match(part) else ""))), "")


def _chrome(text: str, base: Reading, raw: str) -> Reading | None:
    """Chrome by what the line says; a credit also by how a scraper marked
    it up ("## **Wikicommons**", a bold heading of its own)."""
    if w.COPYRIGHT.search(text):
        return replace(base, chrome="copyright notice")
    credit_end = w.CREDIT_END.search(text) and not AGENCY_AT_END.search(text)
    if w.CREDIT_LINE.match(text) or w.CREDIT_LINE.match(raw) or credit_end:
        return replace(base, chrome="photo caption or credit", credit=True)
    why = next((why for why, pattern in w.CHROME_LINES if pattern.search(text)), "")
    return replace(base, chrome=why) if why else None
