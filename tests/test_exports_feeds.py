"""Atom feeds: valid (parsed with feedparser), newest first, linked to the
words they quote, with ids that do not change when the dossier grows."""

from __future__ import annotations

import feedparser

from generator.render.escape import xml_text
from generator.render.exports import feeds

from .builder import BASE, build, source

STATEMENT = """
- quote: "{words}"
  claim: second-batch
  by: ismail-demir
  stance: {stance}
"""


def statement(words: str, stance: str = "asserts") -> str:
    return STATEMENT.format(words=words, stance=stance)


def parse(text: str | bytes) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


TWO = (BASE + source("Demir said a second batch will come.",
                     statement("Demir said a second batch will come."),
                     published="2019-11-04", id="older")
       + source("Demir denied a second batch.", statement("Demir denied a second batch.",
                                                          "denies"),
                published="2020-02", id="newer"))


def test_a_claims_feed_lists_its_statements_newest_first() -> None:
    built = build(TWO)
    feed = parse(built.docs["data/feeds/claims/second-batch.xml"])
    assert feed.feed.title == "Claim: A second batch will be bought."
    assert [e.title for e in feed.entries] == [
        "İsmail Demir denies: A second batch will be bought.",
        "İsmail Demir asserts: A second batch will be bought."]
    newest, oldest = feed.entries
    assert newest.link == "../../../sources/newer.html#h-1"
    assert newest.summary == "Demir denied a second batch. (A report, by Feb 2020)"
    assert (newest.updated, oldest.updated) == ("2020-02-01T00:00:00Z", "2019-11-04T00:00:00Z")
    assert feed.feed.updated == "2020-02-01T00:00:00Z"
    assert newest.author == "İsmail Demir"
    assert {link.rel: link.href for link in feed.feed.links} == {
        "self": "second-batch.xml", "alternate": "../../../claims/second-batch.html"}


def test_the_sources_feed_lists_the_newest_sources_first() -> None:
    feed = parse(build(TWO).docs["data/feeds/sources.xml"])
    assert [e.link for e in feed.entries] == ["../../sources/newer.html",
                                              "../../sources/older.html"]
    assert feed.entries[0].summary == "Published Feb 2020"


def test_entry_ids_survive_a_new_source_and_a_rebuild() -> None:
    before = parse(build(TWO).docs["data/feeds/claims/second-batch.xml"])
    grown = build(TWO + source("Demir said it again.", statement("Demir said it again."),
                               published="2021", id="newest"))
    after = parse(grown.docs["data/feeds/claims/second-batch.xml"])
    assert [e.id for e in after.entries][1:] == [e.id for e in before.entries]
    assert after.entries[0].id not in {e.id for e in before.entries}
    assert all(e.id.startswith("urn:uuid:") for e in after.entries)
    assert parse(grown.docs["data/feeds/sources.xml"]).entries[1].id == \
        feeds.stable_id("source", "newer")


def test_the_same_words_twice_in_one_report_are_two_entries() -> None:
    words = "Demir said so."
    built = build(BASE + source(f"{words} Then: {words}", """
        - quote: "Demir said so."
          claim: second-batch
          by: ismail-demir
          stance: asserts
          all: true
        """))
    entries = parse(built.docs["data/feeds/claims/second-batch.xml"]).entries
    assert len(entries) == 2 and entries[0].id != entries[1].id


def test_a_claim_without_statements_still_has_a_valid_feed() -> None:
    feed = parse(build(BASE + source("Turkey said so.")).docs[
        "data/feeds/claims/second-batch.xml"])
    assert feed.entries == [] and feed.feed.updated == feeds.EMPTY_UPDATED


def test_markup_in_content_stays_text_in_a_feed() -> None:
    built = build(BASE.replace("A second batch will be bought.", '"A <b>second</b> batch & more"')
                  + source("Turkey said so."))
    text = str(built.docs["data/feeds/claims/second-batch.xml"])
    assert "A &lt;b&gt;second&lt;/b&gt; batch &amp; more" in text
    assert parse(text).feed.title == "Claim: A <b>second</b> batch & more"


def test_text_xml_cannot_hold_is_left_out() -> None:
    """Load refuses control characters; a noncharacter or a surrogate that
    got by would still make the feed unreadable."""
    assert xml_text("a\x0bb\ufffec\ud800d\U0001f600\te") == "abcd\U0001f600\te"


def test_pages_link_their_feeds_for_readers() -> None:
    built = build(TWO)
    built.has("claims/second-batch.md", '<a rel="alternate" type="application/atom+xml" '
              'href="../data/feeds/claims/second-batch.xml">its statements as an Atom feed</a>')
    built.has("index.md", 'href="data/feeds/sources.xml">Follow new sources')


def test_a_report_speaking_for_itself_is_its_publishers_entry() -> None:
    words = "A second batch is expected."
    reported = f"""
        - quote: "{words}"
          claim: second-batch
          stance: reports
        """
    named = build(BASE + source(words, reported, extra="publisher: Example News\n"))
    (entry,) = parse(named.docs["data/feeds/claims/second-batch.xml"]).entries
    assert (entry.title, entry.author) == (
        "Example News reports: A second batch will be bought.", "Example News")
    unnamed = build(BASE + source(words, reported))
    (entry,) = parse(unnamed.docs["data/feeds/claims/second-batch.xml"]).entries
    assert (entry.title, entry.author) == (
        "The report reports: A second batch will be bought.", "The report")


EXPECTED_CLAIM_FEED = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom">'
    "<id>urn:uuid:3143412a-6af2-588e-9321-5379b7276898</id>"
    "<title>Claim: A second batch will be bought.</title>"
    "<subtitle>Every statement on this claim, newest first.</subtitle>"
    '<link rel="self" type="application/atom+xml" href="second-batch.xml" />'
    '<link rel="alternate" type="text/html" href="../../../claims/second-batch.html" />'
    "<author><name>The dossier</name></author>"
    "<updated>2019-11-04T00:00:00Z</updated>"
    "<entry><id>urn:uuid:a38d40a8-fcb2-5c33-8e3b-6a2761fdfece</id>"
    "<title>İsmail Demir asserts: A second batch will be bought.</title>"
    "<updated>2019-11-04T00:00:00Z</updated>"
    '<link rel="alternate" type="text/html" href="../../../sources/older.html#h-1" />'
    "<summary>Demir said a second batch will come. (A report, by 4 Nov 2019)</summary>"
    "<author><name>İsmail Demir</name></author></entry></feed>\n")
EXPECTED_SOURCES_FEED = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom">'
    "<id>urn:uuid:cc56fe20-9de4-5392-b373-fe642c0faab1</id>"
    "<title>The dossier: newest sources</title>"
    "<subtitle>Reports added to the dossier, newest first.</subtitle>"
    '<link rel="self" type="application/atom+xml" href="sources.xml" />'
    '<link rel="alternate" type="text/html" href="../../sources/index.html" />'
    "<author><name>The dossier</name></author>"
    "<updated>2019-11-04T00:00:00Z</updated>"
    "<entry><id>urn:uuid:4cc8ca19-433e-5944-ae04-fa1174d13450</id>"
    "<title>A report</title><updated>2019-11-04T00:00:00Z</updated>"
    '<link rel="alternate" type="text/html" href="../../sources/older.html" />'
    "<summary>Published 4 Nov 2019 · Example News · A. Reporter</summary>"
    "<author><name>Example News</name></author></entry></feed>\n")


def test_the_feeds_are_exactly_these_bytes_and_their_ids_never_change() -> None:
    """Whole documents: every element Atom requires, in place, and the ids
    pinned as they were first published, so that no later version of the
    generator shows a reader an old entry as new."""
    words = "Demir said a second batch will come."
    built = build(BASE + source(words, statement(words), id="older",
                                extra="publisher: Example News\nbyline: A. Reporter\n"))
    assert built.docs["data/feeds/claims/second-batch.xml"] == EXPECTED_CLAIM_FEED
    assert built.docs["data/feeds/sources.xml"] == EXPECTED_SOURCES_FEED
