"""Each page shows what its context holds: one small dossier, checked by fragments.

The dossier: İsmail Demir asserts a claim in one report (carried by NTV),
an unnamed official denies it in another, and the first report also tells
of Demir's interview, dated a day later than the event's own date.
"""

from __future__ import annotations

import pytest

from generator.render.headings import slug

from .builder import BASE, Built, build, source


def h2(text: str) -> str:
    """A section's heading as a page writes it (render/headings.py)."""
    id = slug(text)
    return (f'<h2 id="{id}">{text}<a class="headerlink" href="#{id}" '
            'title="Permanent link">&para;</a></h2>')

STORY = """
-- actors/turkey.md --
---
name: Turkey
kind: state
aliases: [Ankara]
wikidata: Q43
role: The buyer
---
The *state* that buys.
-- actors/ismail-demir.md --
---
name: İsmail Demir
kind: person
aliases: [Ismail Demir, Demir]
affiliations: [turkey]
role: Head of procurement
---
He runs procurement.
-- actors/ntv.md --
---
name: NTV
kind: media
---
A broadcaster.
-- actors/official.md --
---
name: A Turkish official
kind: anonymous
---
Unnamed.
-- claims/second-batch.md --
---
statement: A second batch will be bought soon.
verdict: disputed
verdict_note: One says yes, one says no.
---
The two reports *disagree*.
-- events/interview.md --
---
title: Demir's interview
date: 2019-11-04
actors: [ismail-demir, ntv]
---
He spoke to NTV.
-- sources/first.md --
---
title: Demir says batch is near
publisher: The Moscow Times
byline: Reuters
published: "2019-11-05"
url: https://example.org/first
retrieved: "2020-01-02"
note: Collected from the archive.
checked: true
annotations:
  - quote: We will buy it soon.
    claim: second-batch
    by: ismail-demir
    stance: asserts
    said: "2019-11-04"
    via: ntv
  - quote: Demir told NTV on Tuesday
    event: interview
    date: "2019-11-05"
---
Demir told NTV on Tuesday that Ankara wants more.

"We will buy it soon. The talks go on," he said.
-- sources/second.md --
---
title: Official doubts the batch
published: 2019-12
annotations:
  - quote: the official
    actor: official
  - quote: Nothing is agreed, the official said.
    claim: second-batch
    by: official
    stance: denies
---
Nothing is agreed, the official said.
"""


@pytest.fixture
def story() -> Built:
    """Built for each test (not once a module), so that a mutation tool that
    maps code to the tests covering it sees every test that reads it."""
    built = build(STORY)
    assert built.dossier is not None, built.messages()
    return built


def test_a_source_page_shows_its_card(story: Built) -> None:
    story.has("sources/first.md", "# Demir says batch is near\n",
              "<td>Publisher</td>\n<td>The Moscow Times</td>", "<td>Byline</td>\n<td>Reuters</td>",
              "<td>Published</td>\n<td>5 Nov 2019</td>",
              '<td><a href="https://example.org/first">https://example.org/first</a></td>',
              "<td>Retrieved</td>\n<td>2 Jan 2020</td>", "all checked by an editor",
              '<p class="admonition-title">About this report</p>\n'
              "<p>Collected from the archive.</p>")
    story.has("sources/second.md", "<em>not named in the report</em>",
              "<em>no address in the text as collected</em>",
              "the automatic ones are not checked yet")
    story.lacks("sources/second.md", "<td>Byline</td>", "<td>Retrieved</td>", "About this report")


def test_a_source_page_counts_its_annotations(story: Built) -> None:
    story.has("sources/first.md", "<td>2 by hand, 5 found automatically")


def test_a_source_page_lists_what_it_touches(story: Built) -> None:
    story.has("sources/first.md",
              h2("Claims in this report") + '\n\n<ul>\n<li><a href="../claims/second-batch.html">'
              "A second batch will be bought soon.</a></li>",
              h2("Events in this report") + '\n\n<ul>\n<li><a href="../events/interview.html">'
              "Demir&#39;s interview</a></li>",
              '<li><a href="../actors/ismail-demir.html">İsmail Demir</a> · 1 mention</li>',
              '<li><a href="../actors/turkey.html">Turkey</a> · 1 mention</li>')
    story.has("sources/second.md",
              '<li><a href="../actors/official.html">A Turkish official</a> · 1 mention</li>')


def test_an_actor_named_only_as_a_speaker_is_listed_as_quoted(story: Built) -> None:
    built = build(STORY.replace("  - quote: the official\n    actor: official\n", ""))
    built.has("sources/second.md",
              '<li><a href="../actors/official.html">A Turkish official</a> · '
              "quoted, not named</li>")


def test_an_actor_page_shows_its_card_and_spellings(story: Built) -> None:
    story.has("actors/ismail-demir.md", "# İsmail Demir\n", "<td>Kind</td>\n<td>person</td>",
              "<td>Role</td>\n<td>Head of procurement</td>",
              '<td>Affiliated with</td>\n<td><a href="turkey.html">Turkey</a></td>',
              '<h2 id="also-written-ismail-demir-demir" class="aliases">Also written Ismail '
              "Demir, Demir<a",
              '<div class="note">\n<p>He runs procurement.</p>\n</div>')
    story.has("actors/turkey.md",
              '<td>Affiliated to it</td>\n<td><a href="ismail-demir.html">İsmail Demir</a></td>',
              '<a href="https://www.wikidata.org/wiki/Q43">Q43</a>',
              "<p>The <em>state</em> that buys.</p>")
    story.lacks("actors/ntv.md", "Also written", "Wikidata", "<td>Role</td>")


def test_an_actor_page_shows_what_it_said_and_carried(story: Built) -> None:
    story.has("actors/ismail-demir.md", h2("Asserted"),
              '<td>4 Nov 2019</td>\n<td><span class="stance stance-asserts">asserts</span></td>\n'
              '<td><a href="../claims/second-batch.html">A second batch will be bought soon.</a>',
              '<span class="chain"><span class="chain-label">Carried:</span> <a href="'
              'ismail-demir.html">İsmail Demir</a> → <a href="ntv.html">NTV</a></span>')
    story.lacks("actors/ismail-demir.md", h2("Denied"), h2("Statements it carried"))
    story.has("actors/official.md", h2("Denied"), "<td>by Dec 2019</td>")
    story.has("actors/ntv.md", h2("Statements it carried"),
              '<td><a href="ismail-demir.html">İsmail Demir</a></td>')
    story.lacks("actors/turkey.md", h2("Statements it carried"))


def test_an_actor_page_lists_events_related_actors_and_sources(story: Built) -> None:
    story.has("actors/ismail-demir.md",
              h2("Events") + '\n\n<ul>\n<li>4 Nov 2019: <a href="../events/interview.html">'
              "Demir&#39;s interview</a></li>",
              h2("Related actors") + '\n\n<ul>\n<li><a href="official.html">A Turkish '
              "official</a>: differs on “A second batch will be bought soon.”</li>",
              h2("Sources") + '\n\n<ul>\n<li><a href="../sources/first.html">Demir says batch '
              "is near</a> · 2 annotations</li>")
    story.has("actors/ntv.md", '<li><a href="../sources/first.html">Demir says batch is near'
              "</a> · 1 annotation</li>")
    built = build(STORY + "-- actors/nobody.md --\n---\nname: Nobody Known\nkind: person\n---\n")
    built.has("actors/nobody.md", "<p>No report names this actor yet.</p>")
    built.lacks("actors/nobody.md", h2("Mentions"), h2("Events"), h2("Related actors"))


def test_an_actor_page_quotes_each_mention_in_its_line(story: Built) -> None:
    story.has("actors/turkey.md",
              h2("Mentions") + '\n\n<ul>\n<li>Demir told NTV on Tuesday that <a class="ann-auto" '
              'href="../sources/first.html#a-m-31"><strong>Ankara</strong></a> wants more. · '
              '<a href="../sources/first.html">Demir says batch is near</a></li>')


def test_sources_are_listed_by_date_on_an_actor_page() -> None:
    built = build(STORY.replace("Nothing is agreed, the official said.\n",
                                "Nothing is agreed, the official said of Demir.\n"))
    page = built.page("actors/ismail-demir.md")
    assert page.index("../sources/first.html") < page.index("../sources/second.html")
    later = build(STORY.replace('published: "2019-11-05"', 'published: "2020-02-01"')
                  .replace('said: "2019-11-04"', 'said: "2020-01-04"')
                  .replace("Nothing is agreed, the official said.\n",
                           "Nothing is agreed, the official said of Demir.\n"))
    page = later.page("actors/ismail-demir.md")
    sources = page[page.index(h2("Sources")):]
    assert sources.index("second.html") < sources.index("first.html")


def test_a_claim_page_shows_its_verdict_and_who_says_what(story: Built) -> None:
    story.has("claims/second-batch.md", "# A second batch will be bought soon\\.\n",
              '<span class="verdict verdict-disputed">disputed</span> The reports carry it',
              "<td>Why</td>\n<td>One says yes, one says no.</td>",
              "<td>1 asserts, 1 denies (2 passages) · "
              '<span class="contested">contested</span>',
              '<svg class="picture claim-chart"', h2("Analysis"),
              "<p>The two reports <em>disagree</em>.</p>")
    page = story.page("claims/second-batch.md")
    assert page.index("İsmail Demir</a></td>") < page.index("A Turkish official</a></td>")


def test_a_claim_without_statements_says_so() -> None:
    built = build(STORY + "-- claims/lonely.md --\n---\nstatement: Alone.\nverdict: unresolved\n"
                  "---\n")
    built.has("claims/lonely.md", "<td>none yet</td>", "<p>No statement on this claim yet.</p>")
    built.lacks("claims/lonely.md", "<svg", h2("Analysis"), "contested")


def test_an_event_page_shows_its_reports_and_where_they_disagree(story: Built) -> None:
    story.has("events/interview.md", "# Demir&#39;s interview\n",
              "<td>Date</td>\n<td>4 Nov 2019 <small><code>2019-11-04</code></small></td>",
              '<td>Actors</td>\n<td><a href="../actors/ismail-demir.html">İsmail Demir</a>, '
              '<a href="../actors/ntv.html">NTV</a></td>',
              "<td>Reports</td>\n<td>1 report</td>",
              '<td><a href="../sources/first.html">Demir says batch is near</a></td>\n'
              "<td>5 Nov 2019</td>\n<td>5 Nov 2019 ⚠</td>",
              h2("Where sources disagree"),
              "gives <strong>5 Nov 2019</strong>, which does not fit the date above")


def test_an_event_dated_alike_by_its_report_shows_no_disagreement() -> None:
    built = build(STORY.replace('    date: "2019-11-05"\n', '    date: "2019-11"\n'))
    built.has("events/interview.md", "<td>Nov 2019</td>")
    built.lacks("events/interview.md", "⚠", "Where sources disagree")


def test_the_home_page_counts_and_lists(story: Built) -> None:
    story.has("index.md", '<a href="sources/index.html">2 sources</a>',
              '<a href="actors/index.html">4 actors</a>', '<a href="claims/index.html">1 claim</a>',
              '<a href="events/index.html">1 event</a>',
              h2("Most contested claims"),
              '<a href="claims/second-batch.html">A second batch will be bought soon.</a>: '
              "asserted by 1, denied by 1",
              '<li>Dec 2019: <a href="sources/second.html">Official doubts the batch</a></li>\n'
              '<li>5 Nov 2019: <a href="sources/first.html">')


def test_section_pages_list_their_entities(story: Built) -> None:
    story.has("sources/index.md", "# Sources", "<p>Every report in the dossier, newest first.</p>",
              "<th>Report</th>\n<th>Published · publisher</th>",
              '<td><a href="second.html">Official doubts the batch</a></td>'
              "\n<td>Dec 2019 · publisher not named</td>",
              "<td>5 Nov 2019 · The Moscow Times</td>")
    story.has("actors/index.md", "# Actors",
              "<p>People, organisations, states and outlets, by kind.</p>",
              "<th>Name</th>\n<th>Role</th>")
    story.has("claims/index.md", "# Claims",
              "<p>What the reports put forward or dispute, by verdict.</p>",
              "<th>Claim</th>\n<th>Speakers by stance</th>")
    story.has("events/index.md", "# Events", "<p>What happened, oldest first.</p>",
              "<th>Event</th>\n<th>Date</th>")
    story.has("actors/index.md", h2("People"), '<td><a href="ismail-demir.html">İsmail Demir'
              "</a></td>\n<td>Head of procurement</td>")
    story.lacks("actors/index.md", h2("Alliances"))
    story.has("claims/index.md", h2("Disputed"), "<td>1 asserts, 1 denies · contested</td>")
    story.has("events/index.md", '<td><a href="interview.html">Demir&#39;s interview</a></td>\n'
              "<td>4 Nov 2019</td>")


def test_the_timeline_lists_events_and_statements_by_year(story: Built) -> None:
    story.has("timeline.md", '>2019<a class="headerlink"', '<svg class="picture timeline-picture"',
              '<span class="date date-day" data-start="2019-11-04">4 Nov 2019</span>',
              '<span class="stance">event</span> <a href="events/interview.html">',
              "<td>1 report</td>",
              '<a href="actors/official.html">A Turkish official</a> <span class="stance '
              'stance-denies">denies</span>')
    page = story.page("timeline.md")
    assert page.index('data-start="2019-11-04">4 Nov') < page.index('data-start="2019-12-01"')


def test_the_network_says_in_words_who_stood_where(story: Built) -> None:
    story.has("network.md", '<svg class="picture network-picture"',
              '<li><a href="actors/ismail-demir.html#ties-one-step-out">İsmail Demir</a>: asserts '
              '<a href="claims/second-batch.html">A second batch will be bought soon.</a>; '
              '<a href="actors/ntv.html">NTV</a> carried its words; affiliated with '
              '<a href="actors/turkey.html">Turkey</a>; took part in '
              '<a href="events/interview.html">Demir&#39;s interview</a></li>')


def test_the_data_page_shows_the_schema_and_an_excerpt(story: Built) -> None:
    story.has("data.md", '<a href="dossier.json"><code>dossier.json</code></a>',
              "&#34;$schema&#34;", "&#34;sources&#34;: [")


def test_an_event_two_reports_tell_counts_them_in_the_plural() -> None:
    built = build(STORY.replace("""  - quote: Nothing is agreed, the official said.
""", """  - quote: Nothing is agreed
    event: interview
  - quote: Nothing is agreed, the official said.
"""))
    built.has("timeline.md", "<td>2 reports</td>")


def test_an_outlet_that_carried_the_reports_own_words_is_tied_to_the_claim() -> None:
    built = build(BASE + source("The batch is coming, NTV reported.", """\
  - quote: The batch is coming
    claim: second-batch
    stance: reports
    via: ntv
"""))
    built.has("actors/ntv.md", "NTV, joined to what it is tied to: 2 ties",
              '<text x="164.0" y="34.0" class="axis">Words carried</text>'
              '<path d="M24 60 C97 60 97 50 170 50" class="edge carried"/>'
              '<a href="../claims/second-batch.html"><title>carried words on A second batch will '
              'be bought.</title><rect x="165" y="45" width="10" height="10" class="node claim"/>',
              '<li>carried words on <a href="../claims/second-batch.html">A second batch will be '
              "bought.</a></li>",
              '<a href="../events/interview.html"><title>took part in The interview</title>')


def test_an_outlet_and_the_speaker_it_carried_are_tied_both_ways(story: Built) -> None:
    story.has("actors/ntv.md", '<a href="ismail-demir.html"><title>carried the words of İsmail '
              'Demir</title><circle cx="170" cy="50" r="5" class="node person"/>',
              '<li>carried the words of <a href="ismail-demir.html">İsmail Demir</a></li>')
    story.has("actors/ismail-demir.md", '<a href="ntv.html"><title>NTV carried its words</title>'
              '<circle cx="170" cy="90" r="5" class="node media"/>',
              '<li><a href="ntv.html">NTV</a> carried its words</li>')
