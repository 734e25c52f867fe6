"""A source body as HTML, every annotation highlighted and linked.

Mentions become links to the actor (solid underline by hand, dotted by the
machine); dates and sums are marked with what they were read as. Stances,
event reports and quotations become highlighted passages followed by a small
link to the claim, the event or the speaker. The report's own text is
escaped, so it shows exactly as written: raw HTML in a report shows as text.

A report's subheading ("## " in the body) becomes an `<h3>` of its own,
listed for the page's table of contents.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from markupsafe import Markup

from ..model.annotations import LEAVES, Annotation
from ..model.text import fold_space, paragraphs
from .escape import html, html_line
from .headings import slug, unique


@dataclass(frozen=True)
class Decoration:
    """How one annotation is drawn: its target and the words about it."""

    href: str  # relative link to the actor, claim or event page, or ""
    tooltip: str
    chip: str = ""  # text of the trailing link, for stances, events, quotations
    chip_href: str = ""  # where that link goes, when not to `href`


Decorate = Callable[[Annotation], Decoration]
Escape = Callable[[str], Markup]


class RenderedBody(NamedTuple):
    html: Markup
    headings: tuple[tuple[str, str], ...]  # id and escaped words of each subheading


def render_body(body: str, annotations: tuple[Annotation, ...],
                decorate: Decorate) -> RenderedBody:
    """The body's HTML: runs of paragraphs as `<div class="dossier-body">`
    blocks, with the report's subheadings between them."""
    looks = {a.anchor: decorate(a) for a in annotations}  # once each, not once a segment
    leaves = _without_overlaps([a for a in annotations if isinstance(a, LEAVES)])
    boxes = [a for a in annotations if not isinstance(a, LEAVES)]
    painter = _Painter(body, leaves, boxes, looks)
    blocks: list[str] = []
    run: list[str] = []
    headings: list[tuple[str, str]] = []
    for start, end in paragraphs(body):
        if body.startswith("## ", start):
            words = fold_space(body[start + 3:end]).strip()
            id = unique(f"report-{slug(words)}", {h for h, _ in headings})
            headings.append((id, str(html(words))))
            blocks += [*_run(run), f'<h3 id="{id}" class="report-heading">'
                       f"{painter.paint(start + 3, end, heading=True)}"
                       f'<a class="headerlink" href="#{id}" title="Permanent link">&para;</a></h3>']
            run = []
        else:
            run.append(f"<p>{painter.paint(start, end)}</p>")
    return RenderedBody(Markup("\n\n".join(blocks + _run(run)) + "\n"), tuple(headings))


def _run(paragraphs_html: list[str]) -> list[str]:
    if not paragraphs_html:
        return []
    return ['<div class="dossier-body">\n' + "\n".join(paragraphs_html) + "\n</div>"]


def _without_overlaps(leaves: list[Annotation]) -> list[Annotation]:
    """Where two leaves overlap, the hand's wins, then the earlier, then the longer."""
    kept: list[Annotation] = []
    for leaf in sorted(leaves, key=lambda a: (a.origin != "hand", a.start, -a.end)):
        if not any(leaf.overlaps(k) for k in kept):
            kept.append(leaf)
    return sorted(kept, key=lambda a: a.start)


class _Painter:
    """Draws paragraphs; remembers which ids it gave out, since a passage over
    two paragraphs has one id, at its start."""

    def __init__(self, body: str, leaves: Sequence[Annotation], boxes: Sequence[Annotation],
                 looks: dict[str, Decoration]) -> None:
        self.body, self.leaves, self.boxes, self.looks = body, leaves, boxes, looks
        self.opened: set[str] = set()

    def paint(self, start: int, end: int, heading: bool = False) -> str:
        leaves = [a for a in self.leaves if a.start < end and start < a.end]
        boxes = [a for a in self.boxes if a.start < end and start < a.end]
        cuts = {start, end}
        for each in leaves:
            cuts |= {max(each.start, start), min(each.end, end)}
        for box in boxes:
            cuts |= {_edge(leaves, max(box.start, start), 0), _edge(leaves, min(box.end, end), 1)}
        out: list[str] = []
        stack: list[Annotation] = []  # open <mark>s, outermost first
        leaf: Annotation | None
        for left, right in itertools.pairwise(sorted(cuts)):
            active = sorted((b for b in boxes if _covers(b, leaves, left, right)),
                            key=lambda b: (b.start, -b.end))
            stale = next((i for i, b in enumerate(stack) if b not in active), None)
            if stale is not None:
                out += self._close(stack, stale, left, leaves, heading)
            for box in active:
                if box not in stack:
                    out.append(self._open_mark(box))
                    stack.append(box)
            leaf = next((a for a in leaves if a.start <= left and right <= a.end), None)
            text = self.body[left:right]
            out.append(self._leaf(text, leaf, left == leaf.start, heading) if leaf
                       else _text(text))
        out += self._close(stack, 0, end, leaves, heading)
        return "\n".join(line.lstrip() for line in "".join(out).split("\n"))

    def _close(self, stack: list[Annotation], index: int, at: int, leaves: list[Annotation],
               heading: bool) -> list[str]:
        out = []
        for box in reversed(stack[index:]):
            out.append("</mark>")
            look = self.looks[box.anchor]
            if _edge(leaves, box.end, 1) == at and look.chip:
                out.append(_chip(box, look, heading))
        del stack[index:]
        return out

    def _open_mark(self, box: Annotation) -> str:
        first = box.anchor not in self.opened
        self.opened.add(box.anchor)
        anchor = f' id="{box.anchor}"' if first else ""
        return (f'<mark{anchor} class="{_classes(box)}" '
                f'data-tip="{html_line(self.looks[box.anchor].tooltip)}">')

    def _leaf(self, text: str, leaf: Annotation, first: bool, heading: bool) -> str:
        look = self.looks[leaf.anchor]
        tip = html_line(look.tooltip)
        said, label = _said(look, text, heading)
        if not look.href:  # a date or a sum: nothing to go to, but a tooltip to read
            anchor = f' id="{leaf.anchor}"' if first else ""
            # (A plain span may not carry an aria-label: in a heading, the words alone.)
            return (f'<span{anchor} class="{_classes(leaf)}" tabindex="0" data-tip="{tip}">'
                    f"{_text(text)}{said}</span>")
        anchor = f' id="{leaf.anchor}"' if first else ""
        return (f'<a{label} class="{_classes(leaf)}" data-tip="{tip}" href="{look.href}"'
                f"{anchor}>{_text(text)}{said}</a>")


def _text(text: str) -> str:
    """The report's words, as HTML text."""
    return str(html(text))


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
    stance = getattr(a, "stance", "")
    return f"ann ann-{a.origin} ann-{a.kind}" + (f" ann-{stance}" if stance else "")


def _said(look: Decoration, text: str, heading: bool) -> tuple[str, str]:
    """What a screen reader hears after the words, the tooltip: hidden text, kept
    out of the search index; or, in a heading, an aria-label."""
    if heading:
        return "", f' aria-label="{html_line(f"{text} ({look.tooltip})")}"'
    return f'<span class="sr-only" data-search-exclude> ({html(look.tooltip)})</span>', ""


def _chip(box: Annotation, look: Decoration, heading: bool) -> str:
    said, label = _said(look, look.chip, heading)
    return (f'<a{label} class="ann-chip ann-chip-{box.kind}" data-tip="{html_line(look.tooltip)}" '
            f'href="{look.chip_href or look.href}">{html(look.chip)}{said}</a>')
