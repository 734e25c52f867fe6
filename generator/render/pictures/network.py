"""The network: actors joined to the claims they took a stance on, and to
the actors they are affiliated with."""

from __future__ import annotations

from collections import Counter

from markupsafe import Markup

from ...model import paths
from ...model.dossier import Dossier
from .svg import ROW, WIDTH, Link, escape, frame, short, text

EDGES = 250


def network(d: Dossier, link: Link) -> Markup:
    """Actors joined to the claims they took a stance on, and to their affiliations."""
    weight = Counter((s.by, s.claim, s.stance) for ss in d.stances_on.values() for s in ss
                     if s.by in d.actors)
    # On a large dossier, the ties most spoken: a picture a reader can follow.
    edges = sorted(sorted(weight, key=lambda e: (-weight[e], e))[:EDGES])
    speakers = {a for a, _, _ in edges}
    linked = speakers | {o for a in speakers for o in d.actors[a].affiliations if o in d.actors}
    if not edges:
        return Markup("")
    affiliated = {a: [o for o in d.actors[a].affiliations if o in linked] for a in linked}
    rows = max(len(linked), len({c for _, c, _ in edges}))
    width, top = WIDTH, 30
    height = top + ROW * rows + 10
    ax, cx = 230, 420
    ay, cy = _layers(sorted(linked, key=lambda a: d.actors[a].name),
                     [(a, c) for a, c, _ in edges], affiliated, rows)
    ay = {a: top + ROW * y + 10 for a, y in ay.items()}
    cy = {c: top + ROW * y + 10 for c, y in cy.items()}
    actors, claims = list(ay), list(cy)
    body = [text(ax, 16, "Actors", "heading", "end"), text(cx, 16, "Claims", "heading")]
    for a in actors:
        for other in d.actors[a].affiliations:
            if other in ay:
                bend = ax + 20 + abs(ay[a] - ay[other]) / 5
                body.append(f'<path d="M{ax} {ay[a]} C{bend:.0f} {ay[a]} {bend:.0f} {ay[other]} '
                            f'{ax} {ay[other]}" class="edge affiliation"/>')
    for a, c, stance in edges:
        mid = (ax + cx) / 2
        body.append(f'<path d="M{ax} {ay[a]} C{mid} {ay[a]} {mid} {cy[c]} {cx} {cy[c]}" '
                    f'class="edge stance {stance}"><title>{escape(d.actors[a].name)} {stance}: '
                    f"{escape(d.claims[c].statement)}</title></path>")
    for a in actors:
        name = d.actors[a].name
        body.append(f'<a href="{link(paths.actor(a))}"><title>{escape(name)}</title>'
                    f'<circle cx="{ax}" cy="{ay[a]}" r="5" class="node {d.actors[a].kind}"/>'
                    f'{text(ax - 10, ay[a] + 4, short(name, 30), "label", "end")}</a>')
    for c in claims:
        statement = d.claims[c].statement
        label = text(cx + 10, cy[c] + 4, short(statement, 42), "label")
        body.append(f'<a href="{link(paths.claim(c))}"><title>{escape(statement)}</title>'
                    f'<rect x="{cx - 5}" y="{cy[c] - 5}" width="10" height="10" '
                    f'class="node claim"/>{label}</a>')
    return frame("network-picture", width, height, "Network of actors and claims",
                  f"{len(actors)} actors joined to the {len(claims)} claims they asserted, "
                  "denied, doubted or reported (solid green asserts, dashed red denies), and "
                  "to the actors they are affiliated with (grey arcs).", body)


def _layers(actors: list[str], edges: list[tuple[str, str]], affiliated: dict[str, list[str]],
            rows: int) -> tuple[dict[str, float], dict[str, float]]:
    """Rows for actors and claims with few crossings (the barycentre method):
    each side sorts by the mean row of its neighbours, a few times over, and
    spreads evenly over the same height, so edges stay short at any size."""
    claims = sorted({c for _, c in edges})
    neighbours: dict[str, list[str]] = {x: [] for x in actors + claims}
    for a, c in edges:
        neighbours[a].append(c)
        neighbours[c].append(a)
    for a, others in affiliated.items():
        if not neighbours[a]:  # affiliated only: sit beside those it is tied to
            neighbours[a] = [o for o in others if neighbours[o]]

    def spread(items: list[str]) -> dict[str, float]:
        step = (rows - 1) / max(len(items) - 1, 1)
        return {x: i * step for i, x in enumerate(items)}

    ay, cy = spread(actors), spread(claims)
    for _ in range(6):
        cy = spread(sorted(claims, key=lambda c: (_mean(neighbours[c], ay), c)))
        ay = spread(sorted(actors, key=lambda a: (_mean(neighbours[a], cy | ay), a)))
    return ay, cy


def _mean(items: list[str], rows: dict[str, float]) -> float:
    values = [rows[x] for x in items if x in rows]
    return sum(values) / len(values) if values else 0.0
