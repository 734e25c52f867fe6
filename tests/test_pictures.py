"""The pictures: dates drawn with their precision, every mark a link with words."""

import dataclasses
import importlib
import itertools
import re

import pytest

from generator.model.edtf import parse
from generator.render.pictures import claim_chart, network, timeline, whole
from generator.render.pictures.claim_chart import ROWS
from generator.render.pictures.network import _layers
from generator.render.pictures.svg import Scale, axis, span
from generator.render.pictures.tally import MARKS
from generator.render.pictures.timeline import ROWS as EVENTS

from .builder import BASE, Built, build, source
from .conftest import mini_dossier, replace
from .test_network_scale import crowd


def test_a_month_spans_its_month_and_an_approximate_date_looks_it() -> None:
    scale = Scale([parse("2019")], 0, 365)  # a day a unit
    month = span(scale, parse("2019-02"), 0, 10, "event", "t", "#")
    assert 'x="31.0"' in month and 'width="28.0"' in month
    assert 'class="event month"' in month
    assert "approximate" in span(scale, parse("2019-03~"), 0, 10, "event", "t", "#")
    day = span(scale, parse("2019-03-01"), 0, 10, "event", "t", "#")
    assert 'width="4.0"' in day  # one day, drawn wide enough to see and click


def test_pictures_link_every_mark_and_name_themselves() -> None:
    dossier = mini_dossier()
    link = lambda target: "/" + target  # noqa: E731
    for svg in (timeline(dossier, link), network(whole(dossier), link),
                claim_chart(dossier, "nato-said-nothing", link)):
        assert svg.startswith("<svg") and "<title>" in svg and "<desc>" in svg
        hrefs = re.findall(r'<a href="([^"]+)">', svg)
        assert hrefs and all(h.startswith("/") for h in hrefs)
    chart = claim_chart(dossier, "nato-said-nothing", link)
    assert chart.count('class="stance') == 2  # a row per statement
    assert "/sources/forum-report.md#h-2" in chart


def _crossings(ay: dict[str, float], cy: dict[str, float], edges: list[tuple[str, str]]) -> int:
    return sum(1 for (a, c), (b, d) in itertools.combinations(edges, 2)
               if (ay[a] - ay[b]) * (cy[c] - cy[d]) < 0)


def test_the_network_puts_claims_beside_their_speakers() -> None:
    """In name order, Aksoy's claim and Yilmaz's cross; side by side they do not."""
    actors = ["aksoy", "berk", "yilmaz"]
    edges = [("aksoy", "z-claim"), ("berk", "m-claim"), ("yilmaz", "a-claim")]
    ay, cy, gap = _layers(actors, edges, [], [sorted(c for _, c in edges), []], 3)
    assert gap is None
    assert _crossings(ay, cy, edges) == 0
    assert cy["z-claim"] < cy["m-claim"] < cy["a-claim"]
    assert _crossings({a: i for i, a in enumerate(actors)},
                      {c: i for i, c in enumerate(sorted(c for _, c in edges))}, edges) == 3


def test_an_actor_tied_only_by_affiliation_sits_beside_its_ties() -> None:
    ay, _, _ = _layers(["a", "m", "z"], [("a", "c1"), ("z", "c2")], [("m", "z")],
                       [["c1", "c2"], []], 3)
    assert ay["m"] > ay["a"]  # next to z, not first by name


def test_a_speaker_quoted_twice_is_one_row_with_a_mark_per_passage() -> None:
    dossier = mini_dossier()
    stances = dossier.stances_on["nato-said-nothing"]
    again = dataclasses.replace(stances[-1], anchor="h-99")
    dossier = replace(dossier, stances_on={**dossier.stances_on,
                                           "nato-said-nothing": (*stances, again)})
    chart = claim_chart(dossier, "nato-said-nothing", lambda target: "/" + target)
    assert chart.count('class="label"') == 2  # two speakers, two rows
    assert chart.count('class="stance') == 3  # three passages, three marks
    assert "/sources/forum-report.md#h-99" in chart
    assert dossier.speakers("nato-said-nothing") == {"asserts": 1, "denies": 1}


def test_a_short_span_gets_month_ticks_and_a_long_one_years_only() -> None:
    short = "".join(axis(Scale([parse("2022-08")], 0, 365), 40, 100))
    assert re.findall(r'class="axis tick"[^>]*>(\w+)<', short) == ["Jan", "Apr", "Jul", "Oct"]
    long = "".join(axis(Scale([parse("2017"), parse("2022")], 0, 600), 26, 100))
    assert "tick" not in long
    assert re.findall(r'class="axis"[^>]*>(\d+)<', long) == [str(y) for y in range(2017, 2023)]


def test_a_span_of_centuries_keeps_the_axis_short_and_the_far_end_drawable() -> None:
    scale = Scale([parse("2017"), parse("9999")], 0, 600)
    marks = axis(scale, 26, 100)
    assert 2 < sum('class="grid"' in m for m in marks) <= 14
    assert 'width="' in span(scale, parse("9999-12-31"), 0, 10, "event", "t", "#")


def _one_claim(speakers: int, passages: dict[int, int]) -> str:
    """An inline dossier: `speakers` actors asserting one claim, actor i in
    passages.get(i, 1) sentences of one report."""
    said = [(i, n) for i in range(speakers) for n in range(passages.get(i, 1))]
    actors = "".join(f"-- actors/a{i:02}.md --\n---\nname: Actor {i:02}\nkind: person\n---\n"
                     for i in range(speakers))
    stances = "".join(f"  - quote: Actor {i:02} said {n}.\n    claim: c\n    by: a{i:02}\n"
                      "    stance: asserts\n" for i, n in said)
    body = " ".join(f"Actor {i:02} said {n}." for i, n in said)
    return (actors + "-- claims/c.md --\n---\nstatement: A claim.\nverdict: unresolved\n---\n"
            f"-- sources/r.md --\n---\ntitle: R\npublished: \"2019-12\"\nannotations:\n{stances}"
            f"---\n{body}\n")


def _chart(built: Built) -> str:
    page = built.page("claims/c.md")
    return page[page.index('<svg class="picture claim-chart'):page.index("</svg>")]


def test_a_chart_of_many_speakers_draws_those_with_most_passages() -> None:
    chart = _chart(build(_one_claim(ROWS + 1, {ROWS: 2})))
    assert "Actor 00 asserts" in chart and f"Actor {ROWS} asserts" in chart
    assert f"Actor {ROWS - 1} asserts" not in chart  # one passage, and last in order
    assert f"The {ROWS} speakers and stances with the most passages are drawn." in chart


def test_a_chart_tallies_its_passages_only_past_MARKS(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rule, on a small dossier (the package's `claim_chart` is the function).
    chart_module = importlib.import_module("generator.render.pictures.claim_chart")
    monkeypatch.setattr(chart_module, "MARKS", 4)
    assert "tally" not in _chart(build(_one_claim(1, {0: 4})))
    assert 'class="stance asserts tally"' in _chart(build(_one_claim(1, {0: 5})))
    assert MARKS == 200


def test_a_timeline_of_many_events_draws_the_most_reported() -> None:
    built = build(crowd(4, 1, EVENTS + 1))  # none reported: ties go by id, e9 last
    page = built.page("timeline.md")
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert 'href="events/e0.html"' in svg and 'href="events/e9.html"' not in svg
    built.has("timeline.md", 'href="events/e9.html"')  # listed below all the same


def test_a_report_speaking_itself_is_named_in_the_chart_by_its_date() -> None:
    built = build(BASE + source("The batch is coming, it was said.", """\
  - quote: The batch is coming
    claim: second-batch
    stance: reports
"""))
    built.has("claims/second-batch.md", 'class="label">The report of 4 Nov 2019 reports</text>')
