"""A report saved as an HTML page. trafilatura finds the article's text and
the page's metadata (title, author, date through htmldate, site name,
canonical address); our rules fill what it misses or flattens: the byline
as printed ("Daily Sabah with AA", which trafilatura trims to "Daily
Sabah"), the visible headline, a standfirst or paragraph it passed over, a
date from the visible page when the markup has none, the outlet's name in
the report's language, chrome it let into the text, and the list of every
visible block left out, with its line and why.
"""

from __future__ import annotations

from typing import Any

import trafilatura
from lxml.etree import _Element

from ...model.text import fold_space
from . import facts, markup
from .article import Article, Removed
from .blocks import Block, inline_marked, parse, places, visible_blocks
from .bylines import LABEL, by_line, copyright_holder
from .datelines import agency_name, dateline
from .language import detect
from .lines import Line, Reading, read
from .words import SOURCE_CREDIT

# Only dates the markup states (meta tags, <time>, JSON-LD, the address):
# htmldate's extensive search reads any date in the text, such as a site-wide
# "today" in the header (Daily Sabah's), which is not the publication date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_STANDFIRST = 6  # words: a block under the headline this long is the report's lead
_PARAGRAPH = 8  # words: a sentence among the paragraphs this long is one of them
_SUBHEADINGS = ("h2", "h3", "h4")


def read_html(html: str) -> Article:
    root, found = parse(html), _extract(html)
    if root is None or not found:
        return Article(title="", paragraphs=())
    where = places(root)
    blocks = visible_blocks(root, where)
    readings = [read(Line(b.line, b.text, True)) for b in blocks]
    title = _title(root, found)
    paragraphs = with_missed(_body(found.get("text") or "", title), blocks, readings, title)
    language = detect(" ".join(paragraphs))
    published, note = _date(found, blocks, readings, paragraphs)
    return Article(
        title=title, paragraphs=tuple(paragraphs),
        removed=tuple(_removed(blocks, readings, paragraphs, title)),
        byline=_byline(root, found, blocks, readings, paragraphs, where), published=published,
        published_note=note, publisher=_publisher(root, found, blocks, readings, language),
        url=found.get("url") or "", language=language)


def _extract(html: str) -> dict[str, Any]:
    """trafilatura's text and metadata, as a plain dict; {} when it finds none."""
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, date_extraction_params=_DATE_PARAMS)
    if document is None:
        return {}
    return document if isinstance(document, dict) else document.as_dict()


def _title(root: _Element, found: dict[str, Any]) -> str:
    """The visible headline: the page's one <h1>, or the <h1> that
    trafilatura's title (from <title> or og:title) contains."""
    told = fold_space(found.get("title") or "").strip()
    heads = markup.headings(root)
    if len(heads) == 1:
        return heads[0]
    return next((h for h in heads if h in told), told or (heads[0] if heads else ""))


def _body(text: str, title: str) -> list[str]:
    """trafilatura's paragraphs, less the headline it repeats and the chrome,
    bylines and date lines it let in (their blocks are then reported with
    the rest of the page's)."""
    paragraphs = []
    # trafilatura marks a list's items "- ": the item is the page's text without it.
    for line in (fold_space(t).strip().removeprefix("- ") for t in text.split("\n")):
        reading = read(Line(0, line, True))
        if line and line != title and not (reading.chrome or reading.box or reading.meta):
            paragraphs.append(line)
    return paragraphs


def with_missed(paragraphs: list[str], blocks: list[Block], readings: list[Reading],
                 title: str) -> list[str]:
    """trafilatura's paragraphs, with the prose blocks it passed over between
    the headline and its last paragraph: a lead under the headline, a
    paragraph among the others. Links, captions and widgets stay out."""
    matched = [i for i, b in enumerate(blocks) if b.text in paragraphs]
    heading = next((i for i, b in enumerate(blocks) if b.text == title), -1)
    if not matched:
        return paragraphs
    out: list[str] = []
    pending, squeezed = list(paragraphs), _squeeze(" ".join(paragraphs))
    for i, (block, reading) in enumerate(zip(blocks[:matched[-1] + 1], readings, strict=False)):
        if block.text in pending:
            k = pending.index(block.text) + 1
            out, pending = out + pending[:k], pending[k:]
        elif (i > heading >= 0 and _squeeze(block.text) not in squeezed
              and _passed_over(block, reading, lead=i < matched[0])):
            out.append(block.text)
    return out + pending


def _squeeze(text: str) -> str:
    """Text without its spaces: a block and trafilatura's paragraph may space
    inline elements differently ("NTV 'de" and "NTV'de") and are one text."""
    return "".join(text.split())


def _passed_over(block: Block, reading: Reading, lead: bool) -> bool:
    # A standfirst in the article's header, under its headline, is its lead.
    outside = block.place and not (lead and block.place == "page header")
    if (outside or reading.chrome or reading.meta or reading.box
            or markup.is_link(block.element)):
        return False
    if lead:
        return reading.shape != "short" and reading.words >= _STANDFIRST
    # A subheading between the paragraphs is the article's (the gold's rule).
    return block.element.tag in _SUBHEADINGS or \
        (reading.shape == "sentence" and reading.words >= _PARAGRAPH)


def _removed(blocks: list[Block], readings: list[Reading], paragraphs: list[str],
             title: str) -> list[Removed]:
    """Every visible block that is not the body's: nothing leaves unreported."""
    text, joined = set(paragraphs), " ".join(paragraphs)
    out = []
    for block, reading in zip(blocks, readings, strict=True):
        # A long block inside the joined text is body split or merged another way.
        if block.text in text or (len(block.text) >= 40 and block.text in joined):
            continue
        why = ("title" if block.text == title else reading.chrome or reading.meta
               or block.place or "outside the article text")
        out.append(Removed(block.line, why, block.text))
    return out


def _byline(root: _Element, found: dict[str, Any], blocks: list[Block],
            readings: list[Reading], paragraphs: list[str], where: dict[_Element, str]) -> str:
    """The author as the markup or the page prints it, else trafilatura's,
    else the agency a "Source:" credit or the dateline names, else the outlet
    when the page's byline element prints only its name ("Rudaw")."""
    # An outlet the markup names as the author of its own page credits no one.
    outlet = {name.casefold() for name in (*markup.publishers(root), found.get("sitename") or "")}
    printed = markup.meta(root, "author") or " and ".join(markup.authors(root))
    if printed and not printed.startswith("http") and not _names_outlet(printed, outlet):
        return printed
    visible = next((r.byline for r in readings if r.byline), "")
    agency = next((r.agency for r in readings if r.agency), "")
    told = next((d for p in paragraphs[:3] if (d := dateline(p))), None)
    author = markup.as_printed(root, str(found.get("author") or ""))
    marked = _marked_byline(blocks, where)
    # Without the label the element may print before the name ("Автор Name").
    return LABEL.sub("", visible or (author if not _names_outlet(author, outlet) else "")
                     or (marked if not _names_outlet(marked, outlet) else "") or agency
                     or (agency_name(told.agency) if told else "") or marked)


def _marked_byline(blocks: list[Block], where: dict[_Element, str]) -> str:
    """The text the markup's classes mark as the writer's ("haber-yazar"): a
    block, or an inline element of one (`<span class="byline">`)."""
    for block in blocks:
        text = block.text if block.place == "byline" else inline_marked(block, "byline", where)
        credit = SOURCE_CREDIT.match(text)  # "Source > Reuters - AFP": the agencies as printed
        if credit:
            return credit.group("agency")
        if text and len(text) <= 60:
            return by_line(text) or text
    return ""


def _names_outlet(name: str, outlet: set[str]) -> bool:
    """Whether `name` is the outlet's own, or its desk: the outlet's name and
    one word ("Kanal D Haber" at Kanal D; not "Daily Sabah with AA")."""
    folded = name.casefold()
    return folded in outlet or any(o and folded.startswith(o + " ") and
                                   folded[len(o) + 1:].isalpha() for o in outlet)


def _date(found: dict[str, Any], blocks: list[Block], readings: list[Reading],
          paragraphs: list[str]) -> tuple[str, str]:
    """htmldate's date from the markup; else the visible date lines and
    dateline, read as in a text page."""
    if found.get("date"):
        return str(found["date"]), ""
    stamped = [d for r in readings if r.meta == "date line" for d in r.dates]
    notices = [b.text for b, r in zip(blocks, readings, strict=True)
               if r.chrome == "copyright notice"]
    told = next((d for p in paragraphs[:3] if (d := dateline(p))), None)
    return facts.publication_date(stamped, told, notices)


def _publisher(root: _Element, found: dict[str, Any], blocks: list[Block],
               readings: list[Reading], language: str) -> str:
    """The site's name; for an English report, an English one if the page
    gives one too (Anadolu's English pages are "Anadolu Ajansı" in their
    metadata and "Anadolu Agency" in their copyright line)."""
    notices = (b.text for b, r in zip(blocks, readings, strict=True)
               if r.chrome == "copyright notice")
    # trafilatura's site name may be a guess from <title> ("English.example.cn"):
    # the copyright line comes first.
    names = [markup.meta(root, "og:site_name"), *markup.publishers(root),
             *map(copyright_holder, notices), str(found.get("sitename") or "")]
    names = [n.strip() for n in names if n and n.strip()]
    if language == "en":
        return next((n for n in names if n.isascii()), names[0] if names else "")
    return names[0] if names else ""
