"""From a raw scraped article to a clean body and what its text says about
itself: title, byline, date line, original address. Every line removed is
reported with its line number and why, so a contributor can check the cut.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

_MONTH = "|".join(m for m in calendar.month_name if m)
_DATE_LINE = re.compile(
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<n3>\d{{2}})-(?P<d3>\d{{2}}))", re.IGNORECASE)
_TIME = r"(?:\d{1,2}:\d{2}\s*(?:[AP]M)?\s*(?:[A-Z]{2,4})?)"
_ONLY_DATE = re.compile(r"^[\s•|·,:-]*(?:(?:published|updated|posted|date|last updated)\s*(?:on)?"
                        r"\s*:?\s*)?(?:" + _TIME + r",?\s*)?" + _DATE_LINE.pattern
                        + r"(?:\s*(?:at\s*)?,?\s*" + _TIME + r")?[\s•|·,]*$", re.IGNORECASE)

# (reason, pattern of a whole line). "end" reasons drop everything after too.
_SHARE = (r"(?:share(?: this(?: article| story| page| post)?| on \w+| via \w+)?|tweet|email|"
          r"e-mail|print|whatsapp|copy link)")
_DROP = [
    ("navigation", re.compile(r"^(?:skip to (?:the )?(?:main )?(?:content|navigation)|"
                              r"menu|main menu|search|sign in|log in|toggle navigation)\s*$",
                              re.I)),
    ("donation widget", re.compile(r"^(?:[$€£]\s*[\d.,]+|[\d.,]+\s*[$€£])\s*$")),
    ("support box", re.compile(r"^(?:support|donate to|become a patron)\b.{0,40}$", re.I)),
    ("share widget", re.compile(rf"^(?:{_SHARE}\s*:?\s*[|·•]?\s*)+$", re.I)),
    ("image caption", re.compile(r"^(?:click to (?:see|enlarge)|(?:photo|image|picture|credit|"
                                 r"image credit|file photo)\s*:|[A-Z]{2,5} PHOTO\b|"
                                 r"#+\s*\*\*[^*]{0,40}\*\*\s*$)", re.I)),
    ("related links", re.compile(r"^(?:related|tags|read more|read also|more on this)\s*:",
                                 re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|sponsored|ad)\s*$", re.I)),
    ("breadcrumbs", re.compile(r"^home\s*[/›>»|].*[/›>»|]", re.I)),
]
_SUBSCRIBE = re.compile(r"^(?:subscribe|sign up for|get our newsletter)\b", re.I)
_BOX_WORDS = re.compile(r"newsletter|sign(?:ing)? up|inbox|terms of service|privacy policy|"
                        r"subscribe|e-?mail address", re.I)
_END = [
    ("'also read' list and after", re.compile(r"^(?:also read|check also|you may also like|"
                                              r"recommended|more stories)\s*:?\s*$", re.I)),
    ("reader comments and after", re.compile(r"^(?:notify of|\d+\s+comments?|comments?"
                                             r"(?:\s*\(\d+\))?|leave a (?:comment|reply)|"
                                             r"view all comments|newest most voted|"
                                             r"inline feedbacks)\s*$", re.I)),
    ("'read also' list and after", re.compile(r"^read also\s*:?\s*$", re.I)),
    ("original address", re.compile(r"^#*\s*original url\s*:?\s*$", re.I)),
]
_BYLINE = re.compile(r"^(?:[Bb]y\s+(?P<by>[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]*)*)"
                     r"|•\s*(?P<bullet>[^•]+?)\s*(?:•.*)?)$")
_COUNT = re.compile(r"^[•\s]*[\d,.]+\s*(?:views?|reads?|shares?)?\s*$", re.I)
_URL = re.compile(r"https?://\S+")
# "Original url: https://..." on one line, wherever it stands. (An "Original url:"
# line alone, the address on the next, ends the text: see _END.)
_ORIGINAL_ON_ONE_LINE = re.compile(r"^#*\s*original url\s*:\s*(https?://\S+)\s*$", re.I)


@dataclass
class Article:
    title: str = ""
    byline: str = ""
    published: str = ""  # EDTF day, when a date line says so
    url: str = ""
    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # line, why, text


def clean(raw: str) -> Article:
    """Split a raw article into what it says about itself and its body."""
    lines = [ln.strip() for ln in raw.replace("\r\n", "\n").split("\n")]
    article = Article()
    numbered = [(n, ln) for n, ln in enumerate(lines, start=1) if ln]
    cut = _cut_at_end(numbered, article)
    in_box = False
    for index, (n, line) in enumerate(numbered[:cut]):
        why = _why_drop(line, article, numbered, index)
        if _SUBSCRIBE.match(line):
            in_box, why = True, "subscribe box"
        elif in_box and _BOX_WORDS.search(line):
            why = "subscribe box"
        else:
            in_box = False
        if why:
            article.removed.append((n, why, line))
        elif not article.title:
            article.title = line.lstrip("#").strip()
        else:
            article.paragraphs.append(line)
    article.removed.sort()
    return article


def _cut_at_end(numbered: list[tuple[int, str]], article: Article) -> int:
    for index, (_, line) in enumerate(numbered):
        for why, pattern in _END:
            if pattern.match(line):
                tail = numbered[index:]
                if why == "original address":
                    found = _URL.search(" ".join(ln for _, ln in tail[1:2]))
                    article.url = found.group() if found else ""
                    if found:  # what follows the address is shown with its own reason
                        article.removed += [(m, why, rest) for m, rest in tail[:2]]
                        _after_address(tail[2:], article)
                        return index
                article.removed += [(m, why, rest) for m, rest in tail]
                return index
    return len(numbered)


def _after_address(lines: list[tuple[int, str]], article: Article) -> None:
    """Lines after the original address, each shown with its own kind of chrome;
    once one ends the text ("Comments"), the rest go with it."""
    ending = ""
    for n, line in lines:
        why = ending or next((why for why, pattern in _DROP if pattern.match(line)), "")
        for end_why, pattern in _END:
            if not why and pattern.match(line):
                why = ending = end_why
        article.removed.append((n, why or "after the original address", line))


def _why_drop(line: str, article: Article, numbered: list[tuple[int, str]], index: int) -> str:
    for why, pattern in _DROP:
        if pattern.match(line):
            return why
    address = _ORIGINAL_ON_ONE_LINE.match(line)
    if address:
        article.url = article.url or address.group(1)  # the one ending the text came first
        return "original address"
    plain = line.lstrip("#").strip()
    if not article.title:
        return ""
    if plain == article.title:
        return "title repeated"
    if _ONLY_DATE.match(line):
        _date_from(line, article)
        return "date line"
    if _COUNT.match(line) and not article.paragraphs:
        return "view count"
    byline = _BYLINE.match(line)
    if byline and not article.byline and len(article.paragraphs) < 2 and len(line.split()) <= 12:
        article.byline = (byline.group("by") or byline.group("bullet")).strip()
        return "byline"
    previous = numbered[index - 1][1].lstrip("#").strip() if index else ""
    if previous == article.title and len(plain.split()) <= 6 \
            and not plain.endswith((".", "”", '"')):
        return "image caption"
    return ""


def _date_from(line: str, article: Article) -> None:
    found = _DATE_LINE.search(line)
    if not found or article.published:
        return
    g = found.groupdict()
    if g["y3"]:
        article.published = f"{g['y3']}-{g['n3']}-{g['d3']}"
        return
    month_name = (g["m1"] or g["m2"]).capitalize()
    month = list(calendar.month_name).index(month_name)
    article.published = f"{g['y1'] or g['y2']}-{month:02d}-{int(g['d1'] or g['d2']):02d}"
