"""Where words travelled, how claims relate, and who is tied to whom, as the
pages show them: one small dossier, checked by fragments.

Demir's words reach the first report through NTV (dated) and Reuters; a
later report carries the same words; the official's denial contradicts them;
a second claim says the first is wrong, and an event settles it.
"""

from __future__ import annotations

import json
import re

import pytest
from jsonschema import Draft202012Validator

from generator.render import data

from .builder import BASE, Built, build, source
from .test_page_fragments import h2

STORY = """
-- actors/turkey.md --
---
name: Turkey
kind: state
---
A state.
-- actors/ismail-demir.md --
---
name: İsmail Demir
kind: person
aliases: [Demir]
affiliations: [agency]
---
An official.
-- actors/agency.md --
---
name: The Agency
kind: organization
affiliations: [turkey]
---
His office.
-- actors/ntv.md --
---
name: NTV
kind: media
---
A broadcaster.
-- actors/reuters.md --
---
name: Reuters
kind: media
---
An agency.
-- actors/official.md --
---
name: An official
kind: anonymous
---
Unnamed.
-- actors/india.md --
---
name: India
kind: state
---
A state.
-- claims/delay.md --
---
statement: Joint production may delay the batch.
verdict: disputed
---
Analysis.
-- claims/no-delay.md --
---
statement: Nothing will delay the batch.
verdict: unresolved
relations:
  - kind: contradicts
    claim: delay
    note: It says the opposite.
settled_by: [payment]
---
Analysis.
-- events/payment.md --
---
title: India pays
date: 2019-11
actors: [india]
---
A payment.
-- sources/first.md --
---
title: Demir speaks
published: "2019-11-05"
annotations:
  - quote: The joint production concept may move the timeline.
    claim: delay
    by: ismail-demir
    stance: asserts
    said: "2019-11-04"
    via:
      - outlet: ntv
        date: "2019-11-04"
      - reuters
  - quote: India paid in November.
    event: payment
---
“The joint production concept may move the timeline.” he said.

India paid in November.
-- sources/second.md --
---
title: Demir, again
published: "2019-12"
annotations:
  - quote: '"The joint production concept may move the timeline."'
    claim: delay
    by: ismail-demir
    stance: asserts
  - quote: Nothing is delayed, the official said.
    claim: delay
    by: official
    stance: denies
---
"The joint production concept may move the timeline."

Nothing is delayed, the official said.
"""


@pytest.fixture
def story() -> Built:
    built = build(STORY)
    assert built.dossier is not None, built.messages()
    return built


def chain(to_actors: str = "../actors/") -> str:
    """Demir's chain as a page in `claims/` (or, given "", in `actors/`) links it."""
    return (f'<span class="chain"><span class="chain-label">Carried:</span> <a href="{to_actors}'
            f'ismail-demir.html">İsmail Demir</a> → <a href="{to_actors}ntv.html">NTV</a> <span '
            f'class="chain-date">(4 Nov 2019)</span> → <a href="{to_actors}reuters.html">Reuters'
            "</a></span>")


def test_a_statement_shows_its_chain_and_every_copy_earliest_first(story: Built) -> None:
    story.has("claims/delay.md", chain(),
              '<span class="copies"><span class="chain-label">The same words, earliest report '
              'first:</span> 5 Nov 2019, this report; Dec 2019, <a href="../sources/second.html'
              '#h-1">Demir, again</a></span>',
              "<td>1 asserts, 1 denies (3 passages)")
    page = story.page("claims/delay.md")
    assert page.count(">İsmail Demir</a></td>") == 1  # the copies are one row


def test_a_row_led_by_a_later_copy_names_the_earlier_one_and_its_chain() -> None:
    built = build(STORY.replace('    stance: asserts\n    said: "2019-11-04"\n',
                                '    stance: doubts\n    said: "2019-11-04"\n'))
    built.has("claims/delay.md", 'earliest report first:</span> 5 Nov 2019, <a href="../sources/'
              'first.html#h-1">Demir speaks</a> (via <a href="../actors/ntv.html">NTV</a> → <a '
              'href="../actors/reuters.html">Reuters</a>); Dec 2019, this report</span>')


def test_an_outlet_page_lists_what_it_carried_anywhere_in_a_chain(story: Built) -> None:
    for outlet in ("ntv", "reuters"):
        story.has(f"actors/{outlet}.md", h2("Statements it carried"), chain(""))
    story.lacks("actors/turkey.md", h2("Statements it carried"))


def test_a_relation_shows_on_both_claims(story: Built) -> None:
    story.has("claims/no-delay.md", h2("How it relates to other claims"),
              '<li><span class="relation relation-contradicts">contradicts</span> <a href="delay'
              '.html">Joint production may delay the batch.</a><br><span class="relation-note">'
              "It says the opposite.</span></li>")
    story.has("claims/delay.md", '<span class="relation relation-contradicted-by">contradicted '
              'by</span> <a href="no-delay.html">Nothing will delay the batch.</a>')
    built = build(STORY.replace("kind: contradicts", "kind: same-as"))
    built.has("claims/delay.md", '<span class="relation relation-same-as">same as</span>')


def test_a_claim_names_the_events_that_settle_it(story: Built) -> None:
    story.has("claims/no-delay.md", '<td>Settled by</td>\n<td><a href="../events/payment.html">'
              "India pays</a> (Nov 2019)</td>")
    story.lacks("claims/delay.md", "Settled by", "relation-contradicts\"")


def test_a_claim_page_draws_and_lists_its_ties_one_step_out(story: Built) -> None:
    story.has("claims/delay.md", h2("Ties one step out"),
              '<svg class="picture neighbourhood-picture fits"',
              '<li><a href="../actors/ismail-demir.html">İsmail Demir</a> asserts it '
              "(2 passages)</li>",
              '<li><a href="../actors/official.html">An official</a> denies it</li>',
              '<li><a href="../actors/ntv.html">NTV</a> carried words on it</li>',
              '<li>contradicted by <a href="no-delay.html">Nothing will delay the batch.</a></li>',
              'class="edge stance asserts"', 'class="edge carried"',
              'class="edge relation contradicts"')


def test_an_actor_page_draws_and_lists_its_ties_one_step_out(story: Built) -> None:
    story.has("actors/ismail-demir.md",
              '<li>asserts <a href="../claims/delay.html">Joint production may delay the batch.'
              "</a> (2 passages)</li>",
              '<li>affiliated with <a href="agency.html">The Agency</a></li>',
              '<li><a href="ntv.html">NTV</a> carried its words</li>')
    story.has("actors/reuters.md",
              '<li>carried the words of <a href="ntv.html">NTV</a></li>')
    page = story.page("actors/ismail-demir.md")
    drawn = re.findall(r'class="axis">(\w[\w ]*)</text>', page)
    assert drawn == ["Stances", "Words carried", "Affiliations"]  # grouped as listed
    listed = [page.index(f"<li>{words}") for words in ("asserts", "<a href=\"ntv.html\">",
                                                        "affiliated with")]
    assert listed == sorted(listed)
    story.has("actors/agency.md", '<li><a href="ismail-demir.html">İsmail Demir</a> is '
              "affiliated to it</li>", '<li>affiliated with <a href="turkey.html">Turkey</a>')
    story.has("actors/india.md", '<li>took part in <a href="../events/payment.html">India pays'
              "</a></li>", 'class="edge event"')


def test_the_network_draws_and_names_every_actor_with_a_tie(story: Built) -> None:
    page = story.page("network.md")
    for actor in ("turkey", "ismail-demir", "agency", "ntv", "reuters", "official", "india"):
        assert f'<a href="actors/{actor}.html"><title>' in page, actor  # drawn
        assert f'<a href="actors/{actor}.html#ties-one-step-out">' in page, actor  # in words
    story.has("network.md", "the 7 actors with a tie",
              '<a href="actors/ntv.html#ties-one-step-out">NTV</a>: <a href="actors/reuters.'
              'html">Reuters</a> carried its words; carried the words of '
              '<a href="actors/ismail-demir.html">İsmail Demir</a></li>',
              '<a href="actors/india.html#ties-one-step-out">India</a>: took part in '
              '<a href="events/payment.html">India pays</a></li>',
              '<td><a href="claims/delay.html#ties-one-step-out">Joint production may delay the '
              "batch.</a></td>\n<td>4 actors, 1 claim</td>",
              "<title>İsmail Demir asserts ×2: Joint production may delay the batch.</title>",
              "<title>Reuters carried the words of: NTV</title>",
              '>Events</text>', 'class="edge stance asserts w2"')


def test_an_actor_with_no_tie_is_not_in_the_network() -> None:
    built = build(STORY + "-- actors/lonely.md --\n---\nname: Lonely\nkind: person\n---\n")
    built.lacks("network.md", "actors/lonely.html")
    built.lacks("actors/lonely.md", h2("Ties one step out"))


def test_dossier_json_carries_chains_relations_copies_and_ties(story: Built) -> None:
    assert story.dossier is not None
    exported = data.as_data(story.dossier)
    Draft202012Validator(json.loads(data.schema_text())).validate(exported)
    chained = next(a for a in exported["annotations"] if a.get("via"))
    assert chained["via"] == [{"outlet": "ntv", "date": "2019-11-04"}, {"outlet": "reuters"}]
    claims = {c["id"]: c for c in exported["claims"]}
    assert claims["no-delay"]["relations"] == [
        {"kind": "contradicts", "claim": "delay", "note": "It says the opposite."}]
    assert claims["no-delay"]["settled_by"] == ["payment"]
    assert "relations" not in claims["delay"]  # said once, where it is written
    assert exported["republications"] == [{"by": "ismail-demir", "copies": [
        {"source": "first", "anchor": "h-1", "published": "2019-11-05"},
        {"source": "second", "anchor": "h-1", "published": "2019-12"}]}]
    ties = {(t["kind"], t["actor"], t["other"]): t for t in exported["ties"]}
    assert ties[("stance", "ismail-demir", "delay")] == {
        "kind": "stance", "actor": "ismail-demir", "other": "delay", "to": "claim",
        "stance": "asserts", "passages": 2}
    assert ties[("carried", "reuters", "ntv")]["to"] == "actor"
    assert {("affiliation", "agency", "turkey"), ("event", "india", "payment"),
            ("carried", "ntv", "ismail-demir")} <= set(ties)


def test_a_tie_counts_every_passage_that_makes_it_carried_ones_too() -> None:
    def report(n: int) -> str:
        return source(f"Ismail Demir said {n}.",
                      f"  - quote: Ismail Demir said {n}.\n    claim: second-batch\n"
                      "    by: ismail-demir\n    stance: asserts\n    via: ntv\n", id=f"r{n}")
    built = build(BASE + report(1) + report(2))
    assert built.dossier is not None
    ties = {(t["kind"], t["actor"], t["other"]): t["passages"]
            for t in data.as_data(built.dossier)["ties"]}
    assert ties[("stance", "ismail-demir", "second-batch")] == 2
    assert ties[("carried", "ntv", "ismail-demir")] == 2
    # And the pages one step out say so, each from its own end.
    built.has("claims/second-batch.md",
              '<li><a href="../actors/ismail-demir.html">İsmail Demir</a> asserts it (2 passages)'
              "</li>", '<li><a href="../actors/ntv.html">NTV</a> carried words on it (2 passages)'
              "</li>")
    built.has("actors/ntv.md", '<li>carried the words of <a href="ismail-demir.html">İsmail '
              "Demir</a> (2 passages)</li>")
    built.has("actors/ismail-demir.md", '<li><a href="ntv.html">NTV</a> carried its words '
              "(2 passages)</li>", '<li>asserts <a href="../claims/second-batch.html">A second '
              "batch will be bought.</a> (2 passages)</li>")


def test_related_actors_say_how_they_stood_on_a_few_claims_and_count_the_rest() -> None:
    claims = "".join(f"-- claims/c{n}.md --\n---\nstatement: Claim {n}.\nverdict: unresolved\n"
                     "---\nA claim.\n" for n in range(3))

    def statement(n: int, by: str, stance: str) -> str:
        return (f"  - quote: Said {n} by {by}.\n    claim: c{n}\n    by: {by}\n"
                f"    stance: {stance}\n")
    stands = [(n, by, "denies" if (by, n) == ("turkey", 0) else "asserts")
              for n in range(3) for by in ("ismail-demir", "turkey")]
    body = " ".join(f"Said {n} by {by}." for n, by, _ in stands)
    report = source(body, "".join(statement(*s) for s in stands), id="r1")
    built = build(BASE + claims + report)
    built.has("actors/ismail-demir.md", '<a href="turkey.html">Turkey</a>: agrees on “Claim 1.”; '
              "agrees on “Claim 2.”; and 1 more claims")
