"""The network: actors (left) joined to the claims and events they are tied
to (right), and to each other (arcs beside their column): stances, outlets
that carried words, affiliations and events. What is drawn, and when nodes
are grouped, is graph.py's."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from .graph import Edge, Graph
from .svg import ROW, WIDTH, Link, escape, frame, short, text

AX, CX, TOP = 230, 420, 30  # the two columns, and where the rows start


def network(graph: Graph, link: Link) -> Markup:
    """The whole network, or its groups (see graph.py)."""
    if not graph.nodes:
        return Markup("")
    actors = sorted(graph.column("actors"), key=lambda k: (graph.nodes[k].label, k))
    blocks = [sorted(graph.column("claims")), sorted(graph.column("events"))]
    right = sum(map(len, blocks)) + (all(blocks) and 1)
    rows = max(len(actors), right)
    ay, ry, gap = _layers(actors, [(e.a, e.b) for e in graph.edges],
                          [(e.a, e.b) for e in graph.arcs], blocks, rows)
    y = {k: TOP + ROW * r + 10 for k, r in (ay | ry).items()}
    body = [text(AX, 16, "Actors", "heading", "end"), text(CX, 16, "Claims", "heading")]
    if gap is not None:
        body.append(text(CX, TOP + ROW * gap + 14, "Events", "heading"))
    for arc in graph.arcs:
        bend = AX + 20 + abs(y[arc.a] - y[arc.b]) / 5
        body.append(f'<path d="M{AX} {y[arc.a]:.0f} C{bend:.0f} {y[arc.a]:.0f} {bend:.0f} '
                    f'{y[arc.b]:.0f} {AX} {y[arc.b]:.0f}" class="{_classes(arc)}">'
                    f"<title>{escape(_words(graph, arc))}</title></path>")
    mid = (AX + CX) / 2
    for e in graph.edges:
        body.append(f'<path d="M{AX} {y[e.a]:.0f} C{mid:.0f} {y[e.a]:.0f} {mid:.0f} {y[e.b]:.0f} '
                    f'{CX} {y[e.b]:.0f}" class="{_classes(e)}">'
                    f"<title>{escape(_words(graph, e))}</title></path>")
    body += [_node(graph, k, y[k], link) for k in actors + blocks[0] + blocks[1]]
    return frame("network-picture", WIDTH, TOP + ROW * rows + 10, "Network of actors",
                 _description(graph), body)


def _description(graph: Graph) -> str:
    actors, claims = graph.grouped
    drawn = f"{graph.tied} actors with a tie" if not actors else \
        f"{graph.tied} actors with a tie, grouped by kind"
    right = "the claims they took a stance on and the events they took part in" if not claims \
        else "the claims they took a stance on, grouped by verdict, and the events, together"
    return (f"{drawn}, joined to {right}, to the actors whose words they carried and to "
            "those they are affiliated with.")


def _classes(e: Edge) -> str:
    weight = next(w for n, w in ((20, 4), (5, 3), (2, 2), (1, 1)) if e.passages >= n)
    kind = f"stance {e.stance}" if e.kind == "stance" else e.kind
    return f"edge {kind} w{weight}"


def _words(graph: Graph, e: Edge) -> str:
    """An edge's tip: "İsmail Demir asserts: …", "NTV carried the words of …"."""
    a, b = graph.nodes[e.a].label, graph.nodes[e.b].label
    how = {"stance": ", ".join(f"{k} ×{n}" if n > 1 else k for k, n in e.stances.items()),
           "event": "took part in", "affiliation": "is affiliated with",
           "carried": "carried the words of" if graph.nodes[e.b].column == "actors" else
           "carried words on"}[e.kind]
    passages = f" ({e.passages} passages)" if e.passages > 1 and e.kind != "stance" else ""
    return f"{a} {how}: {b}{passages}"


def _node(graph: Graph, key: str, y: float, link: Link) -> str:
    n = graph.nodes[key]
    r = 7 if n.members > 1 else 5  # a group is drawn larger
    if n.column == "actors":
        mark = f'<circle cx="{AX}" cy="{y:.0f}" r="{r}" class="node {n.cls}"/>'
        label = text(AX - 10, y + 4, short(n.label, 30), "label", "end")
    else:
        mark = (f'<rect x="{CX - r}" y="{y - r:.0f}" width="{2 * r}" height="{2 * r}" '
                f'class="node {n.cls}"/>')
        label = text(CX + 10, y + 4, short(n.label, 42), "label")
    return f'<a href="{link(n.target)}"><title>{escape(n.label)}</title>{mark}{label}</a>'


def _layers(actors: list[str], edges: list[tuple[str, str]], arcs: list[tuple[str, str]],
            blocks: list[list[str]], rows: int
            ) -> tuple[dict[str, float], dict[str, float], float | None]:
    """Rows for the actors and for the right column's blocks (claims, then
    events, a row apart) with few crossings (the barycentre method): each
    side sorts by the mean row of its neighbours, a few times over, and
    spreads evenly over the same height, so lines stay short at any size.
    Also the row of the gap between the blocks, if both have nodes."""
    neighbours: dict[str, list[str]] = {x: [] for x in [*actors, *(k for b in blocks for k in b)]}
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    for a, b in arcs:  # actors tied only to actors sit beside them
        neighbours[a].append(b)
        neighbours[b].append(a)

    def spread(items: Sequence[str]) -> dict[str, float]:
        step = (rows - 1) / max(len(items) - 1, 1)
        return {x: i * step for i, x in enumerate(items)}

    ay, ry = spread(actors), {}
    gap = [""] if all(blocks) else []  # no id is empty: "" holds the gap's row
    for _ in range(6):
        ordered = [sorted(b, key=lambda k: (_mean(neighbours[k], ay), k)) for b in blocks]
        ry = spread([*ordered[0], *gap, *ordered[1]])
        ay = spread(sorted(actors, key=lambda a: (_mean(neighbours[a], ry | ay), a)))
    gap_row = ry.pop("", None)
    return ay, ry, gap_row


def _mean(items: list[str], rows: dict[str, float]) -> float:
    values = [rows[x] for x in items if x in rows]
    return sum(values) / len(values) if values else 0.0
