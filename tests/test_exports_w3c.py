"""The W3C Web Annotation export: expanded with pyld against the vendored
context (nothing fetched), every selector checked against its text."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pyld import jsonld

from generator.render import render
from generator.render.exports import w3c

from .builder import BASE, build, source
from .conftest import mini_dossier

OA = "http://www.w3.org/ns/oa#"
SITE = "https://dossier.example/"  # the base a reader's copy would have


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    """Serves the vendored W3C context; any other address is refused."""
    if url != w3c.CONTEXT:
        raise AssertionError(f"the export asked for {url}")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": json.loads(w3c.vendored_context())}


def expand(files: dict[str, str | bytes], path: str) -> list[dict[str, Any]]:
    document = json.loads(files[path])
    return jsonld.expand(document, {"base": SITE + path, "documentLoader": offline_loader})


def pages(files: dict[str, str | bytes]) -> list[str]:
    return sorted(p for p in files if p.startswith("data/annotations/") and p != w3c_index())


def w3c_index() -> str:
    return "data/annotations/index.jsonld"


def text_of(files: dict[str, str | bytes], iri: str) -> str:
    """The text file an expanded target's source names, read from the docs."""
    text = files[iri.removeprefix(SITE)]
    assert isinstance(text, str)
    return text


@pytest.fixture  # per test: mutation testing traces what each test runs
def mini() -> dict[str, str | bytes]:
    return render(mini_dossier())


def annotations(files: dict[str, str | bytes]) -> list[dict[str, Any]]:
    found = []
    for path in pages(files):
        (page,) = expand(files, path)
        assert page["@type"] == ["http://www.w3.org/ns/activitystreams#OrderedCollectionPage"]
        found += page["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    return found


def test_every_selector_selects_its_exact_text_from_the_published_body(mini: dict) -> None:
    found = annotations(mini)
    assert len(found) == len(mini_dossier().all_annotations()) > 5
    for a in found:
        assert a["@type"] == [OA + "Annotation"]
        (target,) = a[OA + "hasTarget"]
        (text,) = target[OA + "hasSource"]
        body = text_of(mini, text["@id"])
        quote, position = target[OA + "hasSelector"]
        assert quote["@type"] == [OA + "TextQuoteSelector"]
        assert position["@type"] == [OA + "TextPositionSelector"]
        start, end = (int(position[OA + k][0]["@value"]) for k in ("start", "end"))
        exact = quote[OA + "exact"][0]["@value"]
        assert body[start:end] == exact
        prefix = quote.get(OA + "prefix", [{"@value": ""}])[0]["@value"]
        suffix = quote.get(OA + "suffix", [{"@value": ""}])[0]["@value"]
        assert body[start - len(prefix):start] == prefix and body[end:end + len(suffix)] == suffix
        assert len(prefix) == min(32, start) and len(suffix) == min(32, len(body) - end)
        assert target[OA + "hasScope"][0]["@id"].startswith(SITE + "sources/")


def test_each_kind_has_its_motivation_and_links_its_page() -> None:
    built = build(BASE + source(
        "On 4 November 2019 Demir said “a second batch will come,” adding that "
        "Turkey paid $2.5 billion.",
        annotations="""
        - quote: "Demir said “a second batch will come,”"
          claim: second-batch
          by: ismail-demir
          stance: asserts
        - quote: "On 4 November 2019"
          event: interview
        """))
    found = annotations(built.docs)
    by_motivation: dict[str, list[dict[str, Any]]] = {}
    for a in found:
        by_motivation.setdefault(a[OA + "motivatedBy"][0]["@id"], []).append(a)
    assert set(by_motivation) == {OA + m for m in ("identifying", "classifying", "linking",
                                                   "tagging", "describing")}

    def linked(a: dict[str, Any]) -> set[str]:
        return {b[OA + "hasSource"][0]["@id"].removeprefix(SITE) for b in a[OA + "hasBody"]
                if OA + "hasSource" in b}

    (stance,) = by_motivation[OA + "classifying"]
    assert linked(stance) == {"claims/second-batch.html", "actors/ismail-demir.html"}
    values = {b["http://www.w3.org/1999/02/22-rdf-syntax-ns#value"][0]["@value"]
              for b in stance[OA + "hasBody"] if b["@type"] == [OA + "TextualBody"]}
    assert values == {"asserts"}
    (event,) = by_motivation[OA + "linking"]
    assert linked(event) == {"events/interview.html"}
    assert any(linked(a) == {"actors/ismail-demir.html"} for a in by_motivation[OA + "identifying"])
    described = {b["http://www.w3.org/1999/02/22-rdf-syntax-ns#value"][0]["@value"]
                 for a in by_motivation[OA + "describing"] for b in a[OA + "hasBody"]}
    assert described == {"2019-11-04", "USD 2,500,000,000"}
    purposes = {(b["@type"][0].removeprefix(OA), b[OA + "hasPurpose"][0]["@id"].removeprefix(OA))
                for a in found for b in a[OA + "hasBody"]}
    assert purposes == {("SpecificResource", "identifying"), ("SpecificResource", "classifying"),
                        ("SpecificResource", "linking"), ("TextualBody", "tagging"),
                        ("TextualBody", "describing")}
    for a in found:
        for b in a[OA + "hasBody"]:
            if b["@type"] == [OA + "TextualBody"]:
                assert b["http://purl.org/dc/elements/1.1/format"] == [{"@value": "text/plain"}]


def test_the_creator_tells_the_hand_from_the_machine(mini: dict) -> None:
    hand = auto = 0
    for a in annotations(mini):
        (creator,) = a["http://purl.org/dc/terms/creator"]
        kind = creator["@type"][0]
        if kind == "http://www.w3.org/ns/activitystreams#Application":
            auto += 1
            assert creator["http://schema.org/softwareVersion"][0]["@value"] == "0.1.0"
            assert creator["http://xmlns.com/foaf/0.1/name"][0]["@value"] == "dossier"
        else:
            hand += 1
            assert kind == "http://xmlns.com/foaf/0.1/Organization"
    d = mini_dossier()
    assert (hand, auto) == (sum(a.origin == "hand" for a in d.all_annotations()),
                            sum(a.origin == "auto" for a in d.all_annotations()))
    assert hand and auto


def test_the_collection_pages_through_every_source_in_order() -> None:
    built = build(BASE + source("Turkey said so.", id="a-report")
                  + source("Ankara and Turkey said so.", id="b-report")
                  + source("Nobody.", id="c-report") + source("Demir did.", id="d-report"))
    files = built.docs
    collection = json.loads(files[w3c_index()])
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 4
    assert (collection["first"], collection["last"]) == ("a-report.jsonld", "d-report.jsonld")
    first, second, last = (json.loads(files[f"data/annotations/{s}.jsonld"])
                           for s in ("a-report", "b-report", "d-report"))
    assert "data/annotations/c-report.jsonld" not in files  # nothing to page
    assert (first["startIndex"], second["startIndex"], last["startIndex"]) == (0, 1, 3)
    assert first["next"] == "b-report.jsonld" and "prev" not in first
    assert (second["prev"], second["next"]) == ("a-report.jsonld", "d-report.jsonld")
    assert last["prev"] == "b-report.jsonld" and "next" not in last
    assert first["partOf"] == second["partOf"] == "index.jsonld"
    (expanded,) = expand(files, w3c_index())
    assert expanded["@type"] == ["http://www.w3.org/ns/activitystreams#OrderedCollection"]


def test_the_evidence_travels_with_the_target() -> None:
    address = "https://web.archive.org/web/2019/https://example.org/a"
    digest = "ab" * 32
    built = build(BASE + source("Turkey said so.", extra=(
        f"retrieved: 2019-11\narchive: {address}\nsha256: {digest}\n")))
    (page,) = expand(built.docs, "data/annotations/report.jsonld")
    (a,) = page["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    (target,) = a[OA + "hasTarget"]
    assert target[OA + "hasSource"][0]["http://schema.org/sha256"][0]["@value"] == digest
    (state,) = target[OA + "hasState"]
    assert state["@type"] == [OA + "TimeState"]
    assert state[OA + "cachedSource"][0]["@id"] == address
    assert state[OA + "sourceDateStart"][0]["@value"] == "2019-11-01T00:00:00Z"
    assert state[OA + "sourceDateEnd"][0]["@value"] == "2019-11-30T23:59:59Z"
    plain = json.loads(build(BASE + source("Turkey said so.")).docs[
        "data/annotations/report.jsonld"])
    assert "state" not in plain["items"][0]["target"]
    wacz = json.loads(build(BASE + source("Turkey said so.", extra="archive: report.wacz\n")
                            ).docs["data/annotations/report.jsonld"])
    # a file's name is no address: kept as text, not as the cached copy
    assert wacz["items"][0]["target"]["state"] == {"type": "TimeState",
                                                   "schema:archivedAt": "report.wacz"}


def test_the_context_is_vendored_with_its_licence_and_never_fetched(mini: dict) -> None:
    assert json.loads(mini["data/anno.jsonld"])["@context"]["TextQuoteSelector"] == \
        "oa:TextQuoteSelector"
    assert "W3C Document License" in str(mini["data/anno.jsonld.LICENSE.txt"])
    for path in [w3c_index(), *pages(mini)]:
        assert json.loads(mini[path])["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert render(mini_dossier()) == mini  # the same content, the same bytes


def test_a_report_speaking_for_itself_and_an_unattributed_quotation_name_nobody() -> None:
    built = build(BASE + source(
        "A second batch is expected. Officials called it “a done deal” again.",
        annotations="""
        - quote: "A second batch is expected."
          claim: second-batch
          stance: reports
        """))
    items = json.loads(built.docs["data/annotations/report.jsonld"])["items"]
    bodies = {item["motivation"]: item["body"] for item in items}
    assert bodies["classifying"] == [
        {"type": "SpecificResource", "source": "../../claims/second-batch.html",
         "purpose": "classifying"},
        {"type": "TextualBody", "value": "reports", "format": "text/plain",
         "purpose": "tagging"}]
    assert bodies["tagging"] == [{"type": "TextualBody", "value": "quotation",
                                  "format": "text/plain", "purpose": "tagging"}]


def test_a_stance_carries_its_chain_of_outlets_linked_and_in_order() -> None:
    built = build(BASE + source(
        "Demir said a second batch will come.",
        annotations="""
        - quote: "Demir said a second batch will come."
          claim: second-batch
          by: ismail-demir
          stance: asserts
          via: [{outlet: ntv, date: 2019-11-04}, turkey]
        """))
    items = json.loads(built.docs["data/annotations/report.jsonld"])["items"]
    (stance,) = [item for item in items if item["motivation"] == "classifying"]
    assert [b["source"] for b in stance["body"] if b["purpose"] == "linking"] == [
        "../../actors/ntv.html", "../../actors/turkey.html"]
    assert {"type": "TextualBody", "value": "carried by ntv (2019-11-04), then turkey",
            "format": "text/plain", "purpose": "describing"} in stance["body"]
