"""A page's own neighbourhood, one step out: the actor or claim on the left,
what it is tied to in one column beside it, grouped by how (stances, words
carried, affiliations, events, related claims), each line coloured by how
and each name saying it in full when pointed at. Narrow enough to fit a
phone."""

from __future__ import annotations

from markupsafe import Markup

from ..neighbours import Neighbour, Neighbourhood
from .svg import Link, escape, frame, short, text

WIDTH, ROW, TOP = 440, 20, 30
CENTRE_X, NODE_X = 24, 170
HEADINGS = {"stance": "Stances", "carried": "Words carried", "affiliation": "Affiliations",
            "event": "Events", "relation": "Related claims"}


def neighbourhood(around: Neighbourhood, centre_node: str, link: Link) -> Markup:
    """`centre_node` is the page's own node class: an actor's kind, or "claim"."""
    if not around.near:
        return Markup("")
    rows: list[tuple[str, Neighbour | None]] = []  # a group's heading, or a neighbour
    how = ""
    for near in around.near:  # in groups, by how they are tied
        if near.how != how:
            how = near.how
            rows.append((HEADINGS[how], None))
        rows.append(("", near))
    height = TOP + ROW * len(rows) + 6
    centre_y = TOP + ROW * (len(rows) - 1) / 2
    body = [text(CENTRE_X - 14, 16, short(around.centre, 64), "heading")]
    for i, (heading, n) in enumerate(rows):
        y = TOP + ROW * i
        if n is None:
            body.append(text(NODE_X - 6, y + 4, heading, "axis"))
        else:
            body += _neighbour(n, y, centre_y, link)
    body.append(_node(centre_node, CENTRE_X, centre_y, 7))
    more = f" {around.more} more ties are listed in the sections of this page." \
        if around.more else ""
    return frame("neighbourhood-picture fits", WIDTH, int(height), "Ties one step out",
                 f"{around.centre}, joined to what it is tied to: "
                 f"{len(around.near)} ties, in words beside.{more}", body)


def _neighbour(n: Neighbour, y: float, centre_y: float, link: Link) -> list[str]:
    words = " ".join(w for w in (n.before, n.ref.text, n.after) if w)
    bend = (CENTRE_X + NODE_X) / 2
    # The line's words are its node's: one <title> for both keeps the page small.
    edge = (f'<path d="M{CENTRE_X} {centre_y:.0f} C{bend:.0f} {centre_y:.0f} {bend:.0f} {y:.0f} '
            f'{NODE_X} {y:.0f}" class="edge {n.tie}"/>')
    label = text(NODE_X + 10, y + 4, short(n.ref.text, 44), "label")
    return [edge, f'<a href="{link(n.ref.href)}"><title>{escape(words)}</title>'
                  f'{_node(n.node, NODE_X, y, 5)}{label}</a>']


def _node(kind: str, x: float, y: float, r: int) -> str:
    if kind in ("claim", "event"):
        return (f'<rect x="{x - r}" y="{y - r:.0f}" width="{2 * r}" height="{2 * r}" '
                f'class="node {kind}"/>')
    return f'<circle cx="{x}" cy="{y:.0f}" r="{r}" class="node {kind}"/>'
