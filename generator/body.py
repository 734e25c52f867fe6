"""A source body as Markdown, every annotation highlighted and linked.

Mentions become links to the actor (solid underline by hand, dotted by the
machine); dates and sums are marked with what they were read as. Stances,
event reports and quotations become highlighted passages followed by a small
link to the claim, the event or the speaker. The text itself is escaped so that it
renders exactly as written: raw HTML in a report shows as text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import Annotation
from .sanitize import attribute, escape_block_start, escape_inline

LEAVES = ("mention", "date", "money")  # short spans; the rest are passages
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")  # a blank line, spaces on it or not


@dataclass(frozen=True)
class Decoration:
    """How one annotation is drawn: its target page and the words about it."""

    href: str  # relative link to the actor, claim or event page
    tooltip: str
    chip: str = ""  # text of the trailing link, for stances, events, quotations
    chip_href: str = ""  # where that link goes, when not to `href`


Decorate = Callable[[Annotation], Decoration]


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph, blank lines between them excluded."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def render_body(body: str, annotations: list[Annotation], decorate: Decorate) -> str:
    looks = {a.anchor: decorate(a) for a in annotations}  # once each, not once a segment
    decorate = lambda a: looks[a.anchor]  # noqa: E731
    leaves = _without_overlaps([a for a in annotations if a.kind in LEAVES])
    boxes = [a for a in annotations if a.kind not in LEAVES]
    blocks = []
    opened: set[str] = set()  # ids given out: a passage over two paragraphs has one
    for start, end in paragraphs(body):
        heading = body.startswith("## ", start)
        text_start = start + 3 if heading else start
        markdown = _inline(body, text_start, end, leaves, boxes, decorate, opened, heading)
        markdown = "\n".join(line.lstrip() for line in markdown.split("\n"))
        blocks.append("### " + markdown if heading else escape_block_start(markdown))
    return "\n\n".join(blocks) + "\n"


def _without_overlaps(leaves: list[Annotation]) -> list[Annotation]:
    kept: list[Annotation] = []
    for leaf in sorted(leaves, key=lambda a: (a.origin != "hand", a.start, -a.end)):
        if not any(leaf.overlaps(k) for k in kept):
            kept.append(leaf)
    return sorted(kept, key=lambda a: a.start)


def _inline(body: str, start: int, end: int, leaves: list[Annotation],
            boxes: list[Annotation], decorate: Decorate, opened: set[str],
            heading: bool = False) -> str:
    """A paragraph's Markdown. In a heading, what an annotation is goes into an
    aria-label rather than hidden text, which the table of contents would show."""
    leaves = [a for a in leaves if a.start < end and start < a.end]
    boxes = [a for a in boxes if a.start < end and start < a.end]
    cuts = {start, end}
    for leaf in leaves:
        cuts |= {max(leaf.start, start), min(leaf.end, end)}
    for box in boxes:
        cuts |= {_edge(leaves, max(box.start, start), 0), _edge(leaves, min(box.end, end), 1)}
    points = sorted(cuts)
    out: list[str] = []
    stack: list[Annotation] = []  # open <mark>s, outermost first

    def close_from(index: int, at: int) -> None:
        for box in reversed(stack[index:]):
            out.append("</mark>")
            if _edge(leaves, box.end, 1) == at and decorate(box).chip:
                out.append(_chip(box, decorate(box), heading))
        del stack[index:]

    for left, right in itertools.pairwise(points):
        active = sorted((b for b in boxes if _covers(b, leaves, left, right)),
                        key=lambda b: (b.start, -b.end))
        stale = next((i for i, b in enumerate(stack) if b not in active), None)
        if stale is not None:
            close_from(stale, left)
        for box in active:
            if box not in stack:
                out.append(_open_mark(box, decorate(box), box.anchor not in opened))
                opened.add(box.anchor)
                stack.append(box)
        leaf = next((a for a in leaves if a.start <= left and right <= a.end), None)
        text = body[left:right]
        out.append(_link(text, leaf, decorate(leaf), left == leaf.start, heading)
                   if leaf else escape_inline(text))
    close_from(0, end)
    return "".join(out)


def _edge(leaves: list[Annotation], point: int, side: int) -> int:
    """Widen a box edge that falls inside a link to the link's start (side 0)
    or end (side 1): a link cannot be cut in two."""
    for leaf in leaves:
        if leaf.start < point < leaf.end:
            return (leaf.start, leaf.end)[side]
    return point


def _covers(box: Annotation, leaves: list[Annotation], left: int, right: int) -> bool:
    return _edge(leaves, box.start, 0) <= left and right <= _edge(leaves, box.end, 1)


def _classes(a: Annotation) -> str:
    return f".ann .ann-{a.origin} .ann-{a.kind}" + (f" .ann-{a.stance}" if a.stance else "")


def _said(look: Decoration, text: str, heading: bool) -> tuple[str, str]:
    """What a screen reader hears after the words, the tooltip: hidden text, kept
    out of the search index; or, in a heading, an aria-label."""
    if heading:
        return "", f' aria-label="{attribute(f"{text} ({look.tooltip})")}"'
    hidden = escape_inline(look.tooltip)
    return f'<span class="sr-only" data-search-exclude> ({hidden})</span>', ""


def _link(text: str, leaf: Annotation, look: Decoration, first: bool, heading: bool) -> str:
    tip = attribute(look.tooltip)
    said, label = _said(look, text, heading)
    if not look.href:  # a date or a sum: nothing to go to, but a tooltip to read
        anchor = f' id="{leaf.anchor}"' if first else ""
        classes = _classes(leaf).replace(".", "").strip()
        # (A plain span may not carry an aria-label: in a heading, the words alone.)
        return (f'<span{anchor} class="{classes}" tabindex="0" data-tip="{tip}">'
                f"{escape_inline(text)}{said}</span>")
    anchor = f"#{leaf.anchor} " if first else ""
    return (f"[{escape_inline(text)}{said}]({look.href})"
            f'{{{anchor}{_classes(leaf)} data-tip="{tip}"{label}}}')


def _open_mark(box: Annotation, look: Decoration, first: bool) -> str:
    anchor = f' id="{box.anchor}"' if first else ""
    classes = _classes(box).replace(".", "").strip()
    return f'<mark{anchor} class="{classes}" data-tip="{attribute(look.tooltip)}">'


def _chip(box: Annotation, look: Decoration, heading: bool) -> str:
    said, label = _said(look, look.chip, heading)
    return (f"[{escape_inline(look.chip)}{said}]({look.chip_href or look.href})"
            f'{{.ann-chip .ann-chip-{box.kind} data-tip="{attribute(look.tooltip)}"{label}}}')
