"""schema.org JSON-LD in the head of each page: expanded with pyld against
the vendored schema.org context and checked against the vocabulary; and no
value can close its script element."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pyld import jsonld

from generator.render import escape, render

from .builder import BASE, build, source
from .conftest import FIXTURES, mini_dossier

SCHEMA = "http://schema.org/"
SITE = "https://dossier.example/"
VOCABULARY = json.loads((FIXTURES / "schemaorg" / "vocabulary.json").read_text())
CONTEXT = json.loads((FIXTURES / "schemaorg" / "schemaorgcontext.jsonld").read_text())


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    if url.rstrip("/") != "https://schema.org":
        raise AssertionError(f"the JSON-LD asked for {url}")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": CONTEXT}


def head(page: str) -> dict[str, Any]:
    """A page's front matter, as MkDocs reads it."""
    _, front, _ = page.split("---\n", 2)
    return yaml.safe_load(front)


def json_ld(files: dict[str, str | bytes], path: str) -> dict[str, Any]:
    text = head(str(files[path]))["jsonld"]
    assert not {"<", ">", "&", "\u2028", "\u2029"} & set(text)
    return json.loads(text)


def supertypes(name: str) -> set[str]:
    found = {name}
    for parent in VOCABULARY["types"].get(name, []):
        found |= supertypes(parent)
    return found


def check_node(node: dict[str, Any]) -> int:
    """Every property of an expanded node is schema.org's and fits its type;
    returns how many properties were checked, nested nodes included."""
    checked = 0
    types = {t.removeprefix(SCHEMA) for t in node.get("@type", [])}
    assert types <= set(VOCABULARY["types"]), types
    allowed = set().union(*(supertypes(t) for t in types)) if types else set()
    for key, values in node.items():
        if key.startswith("@"):
            continue
        name = key.removeprefix(SCHEMA)
        assert key.startswith(SCHEMA) and name in VOCABULARY["properties"], key
        assert allowed & set(VOCABULARY["properties"][name]), (types, name)
        checked += 1
        checked += sum(check_node(v) for v in values if isinstance(v, dict) and "@value" not in v
                       and set(v) != {"@id"})
    return checked


def expanded(files: dict[str, str | bytes], path: str) -> dict[str, Any]:
    (node,) = jsonld.expand(json_ld(files, path), {
        "base": SITE + path.replace(".md", ".html"), "documentLoader": offline_loader})
    assert check_node(node) >= 3
    return node


@pytest.fixture  # per test: mutation testing traces what each test runs
def mini() -> dict[str, str | bytes]:
    return render(mini_dossier())


def value(node: dict[str, Any], name: str) -> Any:
    (found,) = node[SCHEMA + name]
    return found.get("@value", found.get("@id", found))


def test_a_claim_page_carries_a_claim_review(mini: dict) -> None:
    review = expanded(mini, "claims/nato-said-nothing.md")
    assert review["@type"] == [SCHEMA + "ClaimReview"]
    assert value(review, "claimReviewed") == "NATO raised no objection to the purchase."
    rating = value(review, "reviewRating")
    assert value(rating, "alternateName") == "Disputed"
    claim = value(review, "itemReviewed")
    assert claim["@type"] == [SCHEMA + "Claim"]
    article = value(claim, "appearance")
    assert article["@type"] == [SCHEMA + "NewsArticle"]
    assert value(article, "mainEntityOfPage") == SITE + "sources/forum-report.html"
    author = value(claim, "author")  # who asserts it, not who denies it
    assert value(author, "url") == SITE + "actors/mevlut-cavusoglu.html"
    assert value(value(review, "author"), "name") == "A small dossier"
    assert value(review, "url") == SITE + "claims/nato-said-nothing.html"
    assert value(rating, "ratingExplanation") == "One side says so, the other does not."


def test_a_claim_reviews_appearances_are_in_date_order_and_its_verdict_explained() -> None:
    stance = """
        - quote: "Turkey said so."
          claim: second-batch
          by: turkey
          stance: asserts
        """
    built = build(BASE + source("Turkey said so.", stance, published="2020", id="a-later")
                  + source("Turkey said so.", stance, published="2019", id="b-earlier"))
    review = json_ld(built.docs, "claims/second-batch.md")
    assert [a["mainEntityOfPage"] for a in review["itemReviewed"]["appearance"]] == [
        "../sources/b-earlier.html", "../sources/a-later.html"]
    assert review["reviewRating"]["ratingExplanation"] == (
        "Put forward, but the reports give too little to settle it either way.")


def test_a_claim_review_names_its_twenty_earliest_reports() -> None:
    """A head is read with every page: bounded, as the page's own lists are."""
    stance = """
        - quote: "Turkey said so."
          claim: second-batch
          by: turkey
          stance: asserts
        """
    built = build(BASE + "".join(source("Turkey said so.", stance, published=f"{1990 + n}",
                                        id=f"r{n:02d}") for n in range(25)))
    appearances = json_ld(built.docs, "claims/second-batch.md")["itemReviewed"]["appearance"]
    assert [a["mainEntityOfPage"] for a in appearances] == [
        f"../sources/r{n:02d}.html" for n in range(20)]


def test_a_source_page_is_a_news_article_with_its_real_precision(mini: dict) -> None:
    article = expanded(mini, "sources/forum-report.md")
    assert article["@type"] == [SCHEMA + "NewsArticle"]
    assert value(article, "headline") == "Minister says NATO said nothing"
    assert SCHEMA + "datePublished" not in article  # 2019-12~: only approximate
    assert value(value(article, "publisher"), "name") == "Example News"
    assert value(article, "url") == "https://example.org/report"
    assert value(article, "inLanguage") == "en"
    for published, shown in [("2019-11", "2019-11"), ("2019-11-04", "2019-11-04"),
                              ("2019", "2019"), ("2019?", None), ("2019-11-04/2019-11-05", None)]:
        found = json_ld(build(BASE + source("Turkey said so.", published=published)).docs,
                        "sources/report.md")
        assert found.get("datePublished") == shown, published
        assert "publisher" not in found and "archivedAt" not in found
    address = "https://web.archive.org/web/2019/https://example.org/a"
    archived = build(BASE + source("Turkey said so.", extra=f"archive: {address}\n"))
    assert value(expanded(archived.docs, "sources/report.md"), "archivedAt") == address
    wacz = build(BASE + source("Turkey said so.", extra="archive: report.wacz\n"))
    assert "archivedAt" not in json_ld(wacz.docs, "sources/report.md")


def test_a_byline_that_names_an_actor_links_it() -> None:
    built = build(BASE + source("Turkey said so.", extra="byline: NTV\n")
                  + source("Ankara said so.", id="other", extra="byline: A. Reporter\n"))
    assert json_ld(built.docs, "sources/report.md")["author"] == {
        "@type": "NewsMediaOrganization", "name": "NTV", "url": "../actors/ntv.html"}
    assert json_ld(built.docs, "sources/other.md")["author"] == "A. Reporter"


@pytest.mark.parametrize(("kind", "type_"), [
    ("person", "Person"), ("anonymous", "Person"), ("organization", "Organization"),
    ("alliance", "Organization"), ("state", "Country"), ("media", "NewsMediaOrganization")])
def test_an_actor_page_names_its_kind_and_its_wikidata_item(kind: str, type_: str) -> None:
    built = build(BASE + f"-- actors/someone.md --\n---\nname: Someone\nkind: {kind}\n"
                  "wikidata: Q42\naliases: [S.]\n---\nA note.\n" + source("Someone said so."))
    node = expanded(built.docs, "actors/someone.md")
    assert node["@type"] == [SCHEMA + type_]
    assert value(node, "sameAs") == "https://www.wikidata.org/wiki/Q42"
    assert value(node, "alternateName") == "S."
    assert "sameAs" not in json_ld(built.docs, "actors/turkey.md")


def test_an_event_page_is_an_event_with_its_dates(mini: dict) -> None:
    built = build(BASE + source("Turkey said so."))
    event = expanded(built.docs, "events/interview.md")
    assert event["@type"] == [SCHEMA + "Event"]
    assert value(event, "startDate") == "2019-11-04"
    assert SCHEMA + "endDate" not in event
    assert value(event, "url") == SITE + "events/interview.html"
    assert {value(a, "name") for a in event[SCHEMA + "actor"]} == {"İsmail Demir", "NTV"}
    ranged = build(BASE.replace("date: 2019-11-04", "date: 2019-12-05/2019-12-07")
                   + source("Turkey said so."))
    found = json_ld(ranged.docs, "events/interview.md")
    assert (found["startDate"], found["endDate"]) == ("2019-12-05", "2019-12-07")


HOSTILE = "</script><script>alert(1)</script><!-- & \u2028\u2029 ]]>"


def test_no_value_can_close_the_script_element() -> None:
    assert escape.json_script({"a": HOSTILE}) == (
        '{"a":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'
        '\\u003c!-- \\u0026 \\u2028\\u2029 ]]\\u003e"}')
    assert escape.json_script({"a": "Çavuşoğlu", "b": [1, 2]}) == '{"a":"Çavuşoğlu","b":[1,2]}'
    built = build(BASE.replace("A second batch will be bought.", json.dumps(HOSTILE))
                  + source("Turkey said so."))
    review = json_ld(built.docs, "claims/second-batch.md")
    assert review["claimReviewed"] == HOSTILE


def test_pages_announce_their_feeds_and_the_theme_prints_them(mini: dict) -> None:
    assert head(str(mini["claims/nato-said-nothing.md"]))["feeds"] == [{
        "title": "This claim's statements (Atom)",
        "href": "../data/feeds/claims/nato-said-nothing.xml"}]
    for page, href in (("index.md", "data/feeds/sources.xml"),
                       ("sources/index.md", "../data/feeds/sources.xml")):
        assert head(str(mini[page]))["feeds"] == [
            {"title": "Newest sources (Atom)", "href": href}]
    assert "feeds" not in head(str(mini["sources/forum-report.md"]))
    theme = (Path(__file__).parent.parent / "theme" / "main.html").read_text()
    assert '<script type="application/ld+json">{{ page.meta.jsonld }}</script>' in theme
    assert 'href="{{ feed.href | e }}"' in theme
