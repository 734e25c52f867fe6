"""The network stays readable and small at any size: every node drawn while
a reader can follow them, groups past that; each page's own ties, the
strongest few drawn and counted."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from generator.render.neighbours import NEAR, actor_neighbours
from generator.render.pictures import graph, network, whole
from generator.render.pictures.graph import Edge
from generator.render.pictures.network import _classes

from .builder import Built, build
from .test_links_pages import STORY

KINDS = ("person", "state", "organization", "media")


def crowd(actors: int, claims: int, events: int) -> str:
    """A dossier of many actors, each asserting one of many claims in one
    report, and taking part in one of many events."""
    files = [f"-- actors/a{i}.md --\n---\nname: Actor {i}\nkind: {KINDS[i % 4]}\n---\n"
             for i in range(actors)]
    files += [f"-- claims/c{i}.md --\n---\nstatement: Claim {i}.\n"
              f"verdict: {('unresolved', 'disputed')[i % 2]}\n---\n" for i in range(claims)]
    files += [f"-- events/e{i}.md --\n---\ntitle: Event {i}\ndate: 2019\nactors: ["
              + ", ".join(f"a{j}" for j in range(i, actors, events)) + "]\n---\n"
              for i in range(events)]
    body = " ".join(f"Words number {i} here." for i in range(actors))
    stances = "".join(f"  - quote: Words number {i} here.\n    claim: c{i % claims}\n"
                      f"    by: a{i}\n    stance: {('asserts', 'denies')[i % 2]}\n"
                      for i in range(actors))
    return "".join(files) + (f"-- sources/r.md --\n---\ntitle: R\npublished: \"2019-12\"\n"
                             f"annotations:\n{stances}---\n{body}\n")


@pytest.fixture(scope="module")
def four_hundred() -> Built:
    built = build(crowd(400, 81, 50))  # 41 claims unresolved, 40 disputed
    assert built.dossier is not None, built.messages()[:3]
    return built


def test_four_hundred_actors_are_grouped_by_kind_and_claims_by_verdict(four_hundred) -> None:
    page = four_hundred.page("network.md")
    assert len(page.encode()) < 100_000
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert re.findall(r'<a href="network.html#(\w+)"><title>(\w+ · \d+)</title>', svg) == [
        ("media", "Media · 100"), ("organisations", "Organisations · 100"),
        ("people", "People · 100"), ("states", "States · 100")]
    assert re.search('<a href="claims/index.html#disputed"><title>Disputed claims · 40</title>'
                     '<rect [^>]*width="14" height="14" class="node claim"/>', svg)
    assert re.search('<a href="events/index.html"><title>Events · 50</title><rect [^>]*'
                     'width="14" height="14" class="node event"/>', svg)  # one, drawn larger
    assert "grouped by kind" in svg and "grouped by verdict" in svg
    assert 'r="7" class="node person"' in svg  # a group is drawn larger
    assert "actors/a1.html" not in svg  # no actor alone
    four_hundred.has("network.md", "the 400 actors with a tie",
                     "Actors (left) grouped by kind", "claims (right) grouped by verdict",
                     '<h3 id="people">People<a', "100 in all; the latest 20 below.",
                     'href="network/person-1.html"')


def test_every_actor_of_a_group_is_one_click_away_in_words(four_hundred) -> None:
    listed = [four_hundred.page(f"network/{kind}-{n}.md") for kind in KINDS for n in (1,)]
    assert all(p.count('#ties-one-step-out">Actor ') == 100 for p in listed)
    assert max(len(p.encode()) for p in listed) < 100_000


def test_forty_actors_are_drawn_one_by_one() -> None:
    built = build(crowd(40, 10, 5))
    svg = built.page("network.md").split("</svg>")[0]
    assert all(f'<a href="actors/a{i}.html"><title>Actor {i}</title>' in svg for i in range(40))
    assert all(f'<a href="claims/c{i}.html">' in svg for i in range(10))
    assert "grouped" not in svg


@pytest.mark.parametrize(("limit", "value", "grouped"), [
    ("MAX_ACTORS", 7, (False, False)), ("MAX_ACTORS", 6, (True, False)),
    ("MAX_ARCS", 4, (False, False)), ("MAX_ARCS", 3, (True, False)),
    ("MAX_RIGHT", 2, (False, False)), ("MAX_RIGHT", 1, (False, True)),
    ("MAX_EDGES", 3, (False, False)), ("MAX_EDGES", 2, (False, True)),
])
def test_nodes_are_grouped_only_past_each_limit(limit, value, grouped, monkeypatch) -> None:
    """The story has 7 tied actors, 4 ties between actors, a claim and an
    event with ties, and 3 lines across."""
    built = build(STORY)
    assert built.dossier is not None
    monkeypatch.setattr(graph, limit, value)
    drawn = whole(built.dossier)
    assert drawn.grouped == grouped
    assert drawn.tied == 7


def test_a_group_adds_up_its_members_ties(monkeypatch) -> None:
    built = build(STORY)
    assert built.dossier is not None
    monkeypatch.setattr(graph, "MAX_ACTORS", 1)
    drawn = whole(built.dossier)
    assert sorted(drawn.nodes) == ["delay", "kind:anonymous", "kind:media", "kind:organization",
                                   "kind:person", "kind:state", "payment"]
    arcs = {(e.a, e.b, e.kind): e.passages for e in drawn.arcs}
    # NTV carried Demir's words; Reuters carried NTV's, inside the media group
    assert arcs == {("kind:person", "kind:organization", "affiliation"): 1,
                    ("kind:organization", "kind:state", "affiliation"): 1,
                    ("kind:media", "kind:person", "carried"): 1}
    svg = network(drawn, lambda target: target)
    assert "<title>Media · 2 carried the words of: People · 1</title>" in svg
    monkeypatch.setattr(graph, "MAX_EDGES", 0)
    drawn = whole(built.dossier)
    edges = {(e.a, e.b, e.kind): (e.passages, dict(e.stances)) for e in drawn.edges}
    assert edges[("kind:person", "verdict:disputed", "stance")] == (2, {"asserts": 2})
    assert edges[("kind:state", "events", "event")] == (1, {})


def test_a_line_grows_with_its_passages() -> None:
    widths = {n: _classes(Edge("a", "b", "stance", n, Counter(asserts=n))).split()[-1]
              for n in (1, 2, 4, 5, 19, 20)}
    assert widths == {1: "w1", 2: "w2", 4: "w2", 5: "w3", 19: "w3", 20: "w4"}
    assert _classes(Edge("a", "b", "event", 1)) == "edge event w1"
    assert _classes(Edge("a", "b", "stance", 3, Counter(asserts=1, denies=2))) == \
        "edge stance denies w2"
    assert Edge("a", "b", "stance", 2, Counter(doubts=1, asserts=1)).stance == "asserts"


def test_a_page_draws_its_strongest_ties_and_counts_the_rest() -> None:
    events = "\n".join(f"-- events/x{i}.md --\n---\ntitle: X{i}\ndate: 2019\nactors: [a0]\n---"
                       for i in range(NEAR + 3))
    built = build(crowd(30, 30, 1) + events)
    assert built.dossier is not None
    around = actor_neighbours(built.dossier, "a0")
    assert around.sides == (0, NEAR + 5) and len(around.near) == NEAR and around.more == 5
    built.has("actors/a0.md", "<p class=\"list-summary\">And 5 more, in the sections of this "
              "page.</p>", "5 more ties are listed in the sections of this page.")
    assert built.page("actors/a0.md").count('class="edge event"') == NEAR - 1
