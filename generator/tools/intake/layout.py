"""Where each line of a scraped page stands: the headline, the article's
text, the lines that say when and by whom (meta), and the chrome around it.

A page reads top to bottom: navigation, section labels, the headline, maybe
a standfirst, the date and byline, a photo and its credit, the text, then
boxes of links, tags, comments and the footer. The text starts at its first
real paragraph (a dateline, or a sentence of some length); the headline is
the first line of the run of headline-like lines just above the date and
byline, so that a section label ("World", "All news") or a standfirst never
takes its place. The text ends where a box of links or the comments begin,
unless two long paragraphs after it show the article going on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .bylines import AGENCIES, interface, names_list
from .lines import Line, Reading, read, title_case

Role = Literal["title", "body", "meta", "chrome"]
# Characters, not words: Russian and Turkish say in fewer words what English says in more.
_LONG = 60  # a paragraph this long shows that the article goes on after a box of links
_FIRST = 8  # words (or _LONG characters): a sentence long enough to start the text
# Meta lines that count as such even among the boxes after the article (a
# date there is a tag, "August 2020", not the report's).
_META_ANYWHERE = ("credits", "byline", "original address")
# What ends the article for good, and what the lines after it are.
_AFTER = {"comments": "reader comments and after", "tags": "after the tags",
          "copyright notice": "page footer"}
_HEAD_LINES = 8  # the date and byline lines under a standfirst: name, post, place, date, time…
_BYLINE_LINES = 3  # names on lines of their own, one under the other, beside a date
_LABEL_WORDS = 6  # a label in title case ("Heard on All Things Considered") is no longer


@dataclass(frozen=True)
class Placed:
    line: Line
    reading: Reading
    role: Role
    why: str = ""  # for meta and chrome: what the line is


def lay_out(lines: Sequence[Line]) -> tuple[Placed, ...]:
    readings = _in_context(lines, [read(line) for line in lines])
    start = _text_start(lines, readings)
    title = _title(lines, readings, start)
    readings = _names_under_title(lines, readings, title, start)
    placed = [_place_head(i, lines, readings, title) for i in range(start)]
    placed += _under_standfirst(_place_text(lines[start:], readings[start:]))
    return tuple(_trim_tail(placed))


def _plain(reading: Reading) -> bool:
    return not (reading.chrome or reading.meta or reading.box)


def _in_context(lines: Sequence[Line], readings: list[Reading]) -> list[Reading]:
    """What a line is by its neighbours: names beside a date (or beside
    names beside a date) are a byline; a line under a news list's time stamp
    is that list's headline; a label just above a photo credit is its caption,
    and so is a sentence there when the date or byline follows (the photo
    stands between the headline and them)."""
    first_headline = next((i for i, r in enumerate(readings) if r.shape == "headline"), -1)
    out = list(readings)
    for _ in range(_BYLINE_LINES):
        for i, reading in enumerate(out):
            near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
            names = names_list(lines[i].plain) or \
                (lines[i].plain.strip() if AGENCIES.match(lines[i].plain.strip()) else "")
            if _plain(reading) and names and \
                    any(n.meta in ("date line", "byline", "writer's post") for n in near):
                out[i] = replace(reading, meta="byline", byline=names, by_place=True)
    for i in range(1, len(out)):  # "вчера" / "Пенсионный фонд напомнил …"
        if out[i - 1].chrome == "news list time" and _plain(out[i]):
            out[i] = replace(out[i], chrome="news list headline")
    for i, reading in enumerate(readings):
        caption = i - 1
        if (reading.credit and caption >= 0 and caption != first_headline
                and not lines[i].after_blank and _plain(out[caption])
                and (out[caption].shape != "sentence"
                     or any(r.meta in ("date line", "byline") for r in out[i + 1:i + 3]))):
            out[caption] = replace(out[caption], chrome="photo caption", credit=True)
    return out


def _names_under_title(lines: Sequence[Line], readings: list[Reading], title: int,
                       start: int) -> list[Reading]:
    """With no byline found, the one line of names only (maybe printed
    twice) between the headline and the text is the byline, though a show's
    name or a player stands between it and the date ("Heard on All Things
    Considered"); not a label of the page's interface ("Sponsor Message")."""
    if any(r.meta == "byline" for r in readings[:start]):
        return readings
    found = [i for i in range(title + 1, start) if _plain(readings[i])
             and names_list(lines[i].plain)
             and not interface(lines[i].plain)]
    if len({lines[i].plain for i in found}) != 1:
        return readings
    out = list(readings)
    for i in found:  # the name printed again is a byline line, not a second writer
        names = names_list(lines[i].plain) if i == found[0] else ""
        out[i] = replace(out[i], meta="byline", byline=names, by_place=True)
    return out


def _text_start(lines: Sequence[Line], readings: list[Reading]) -> int:
    """The first paragraph of the text: a dateline, or a sentence of some
    length; failing that, the first sentence after the first line."""
    for i, reading in enumerate(readings):
        if _plain(reading) and (reading.dateline or (reading.shape == "sentence" and (
                reading.words >= _FIRST or len(lines[i].plain) >= _LONG))):
            return i
    later = (i for i, r in enumerate(readings) if i and _plain(r) and r.shape == "sentence")
    return next(later, min(1, len(readings)))


def _title(lines: Sequence[Line], readings: list[Reading], start: int) -> int:
    """The headline: the first of the headline-like lines just above the
    date and byline (or above the text, when there are none); below them
    when only labels stand above (TASS and Interfax put the date first)."""
    metas = [i for i in range(start) if readings[i].meta]
    anchor = metas[-1] if metas else start
    names = [_plain(r) and r.shape != "sentence" and bool(names_list(line.plain))
             for line, r in zip(lines, readings, strict=True)]
    run = _run_above(readings, anchor, names)
    if run is None and metas:
        run = next((i for i in range(anchor + 1, start)
                    if _plain(readings[i]) and readings[i].shape != "short"), None)
    if run is None and metas:
        run = _run_above(readings, start, names)
    if run is None and metas and anchor + 1 < start and \
            readings[anchor + 1].chrome == "photo caption":
        run = anchor + 1  # date, headline, photo credit: the headline looked a caption
    if run is None:
        run = next((i for i in range(start) if _plain(readings[i])), 0)
    return run


def _run_above(readings: list[Reading], anchor: int, names: list[bool]) -> int | None:
    """The first line of the run of headline-like lines that ends above
    `anchor`, stepping over meta and chrome lines; None if a label comes first."""
    first = standfirst = None
    for i in range(anchor - 1, -1, -1):
        reading = readings[i]
        if reading.meta or (reading.chrome and not reading.box) or names[i]:
            continue  # a name line under the headline is a byline, not a label
        if first is None and reading.shape == "short" and i and readings[i - 1].meta:
            continue  # a button among the date and byline lines ("Share story")
        if first is None and standfirst is None and reading.shape == "headline" and \
                reading.words >= 2 * _FIRST:
            standfirst = i  # a long line with no full stop under the headline
            continue
        if first is not None and reading.shape == "headline" and reading.words >= 2 * _FIRST \
                and (i == 0 or readings[i - 1].shape == "short"):
            return i  # a long headline over its bulleted points (the Daily Mail's)
        if reading.box or reading.shape == "short" or reading.words >= 2 * _FIRST:
            break
        first = i
    return first if first is not None else standfirst


def _place_head(i: int, lines: Sequence[Line], readings: list[Reading], title: int) -> Placed:
    line, reading = lines[i], readings[i]
    if i == title:
        return Placed(line, reading, "title")
    if reading.meta:
        return Placed(line, reading, "meta", reading.meta)
    if line.plain == lines[title].plain:
        return Placed(line, reading, "chrome", "title repeated")
    if reading.chrome or reading.box:
        return Placed(line, reading, "chrome", reading.chrome if i > title else "navigation")
    if i > title and reading.shape != "short" and not (
            reading.words <= _LABEL_WORDS and title_case(line.plain)):
        return Placed(line, reading, "body")  # a standfirst, not a show's name
    why = "navigation or section label" if i < title else "between the headline and the text"
    return Placed(line, reading, "chrome", why)


def _place_text(lines: Sequence[Line], readings: Sequence[Reading]) -> list[Placed]:
    """From the first paragraph on: text, until a box of links or comments."""
    placed, mode, after = [], "text", ""
    for i, (line, reading) in enumerate(zip(lines, readings, strict=True)):
        if mode == "end":
            placed.append(Placed(line, reading, "chrome", reading.chrome or after))
            continue
        if reading.box in ("comments", "tags") or reading.chrome == "copyright notice":
            mode, after = "end", _AFTER[reading.box or reading.chrome]
            placed.append(Placed(line, reading, "chrome", reading.chrome))
        elif reading.meta and (mode == "text" or reading.meta in _META_ANYWHERE):
            placed.append(Placed(line, reading, "meta", reading.meta))
            mode = "box" if reading.meta == "credits" or reading.box else mode
        elif reading.box or reading.chrome:
            mode = "box" if reading.box else mode
            placed.append(Placed(line, reading, "chrome", reading.chrome or reading.meta))
        elif mode == "box" and not _goes_on(lines, readings, i):
            placed.append(Placed(line, reading, "chrome", "after the article"))
        else:
            mode = "text"
            placed.append(Placed(line, reading, "body"))
    return placed


def _under_standfirst(placed: list[Placed]) -> list[Placed]:
    """The short lines between a first paragraph and the text that give the
    date or byline ("Name", "BIRN", "Belgrade", "October 25, 2019", "11:37"):
    the first paragraph was a standfirst, and these lines are not the text."""
    end = 1
    while end < len(placed) and end <= _HEAD_LINES and not placed[end].reading.box and \
            placed[end].reading.shape != "sentence":
        end += 1
    head = placed[1:end]
    if end >= len(placed) or placed[end].role != "body" or \
            not any(p.reading.meta in ("date line", "byline") for p in head):
        return placed
    return [placed[0], *map(_head_line, head), *placed[end:]]


def _head_line(p: Placed) -> Placed:
    if p.role != "body":
        return p
    names = names_list(p.line.plain)
    if names and not interface(p.line.plain):  # not "Google News"
        return Placed(p.line, replace(p.reading, meta="byline", byline=names, by_place=True),
                      "meta", "byline")
    return Placed(p.line, p.reading, "chrome", "between the standfirst and the text")


def _goes_on(lines: Sequence[Line], readings: Sequence[Reading], i: int) -> bool:
    """After a box of links: is this the article going on? Two long
    paragraphs in a row say so; a headline list or a notice does not."""
    def long(j: int) -> bool:
        reading = readings[j]
        return _plain(reading) and reading.shape == "sentence" and len(lines[j].plain) >= _LONG

    following = next((j for j in range(i + 1, len(readings)) if not readings[j].chrome), None)
    return long(i) and following is not None and long(following)


def _trim_tail(placed: list[Placed]) -> list[Placed]:
    """The text ends with its last sentence: a name right after it is the
    byline (Kommersant prints it there; not one among the tags under it:
    "Турция / Ростех / Сергей Чемезов"), anything else is not the article's."""
    sentences = [i for i, p in enumerate(placed)
                 if p.role == "body" and p.reading.shape == "sentence"]
    if not sentences:
        return placed
    out = list(placed)
    for i in range(sentences[-1] + 1, len(placed)):
        p = placed[i]
        if p.role != "body":
            continue
        names = names_list(p.line.plain) if i == sentences[-1] + 1 else ""
        if names:
            out[i] = Placed(p.line, replace(p.reading, meta="byline", byline=names,
                                            by_place=True), "meta", "byline")
        else:
            out[i] = Placed(p.line, p.reading, "chrome", "after the article")
    return out
