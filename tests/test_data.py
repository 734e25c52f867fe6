"""dossier.json follows its published schema and its offsets are exact."""

import json

from jsonschema import Draft202012Validator

from generator.render import data

from .builder import BASE, build, source
from .conftest import mini_dossier


def test_dossier_json_validates_and_offsets_slice_the_body() -> None:
    dossier = mini_dossier()
    exported = data.as_data(dossier)
    Draft202012Validator(json.loads(data.schema_text())).validate(exported)
    bodies = {s["id"]: s["body"] for s in exported["sources"]}
    for a in exported["annotations"]:
        assert bodies[a["source"]][a["start"]:a["end"]] == a["quote"]


def test_keys_that_do_not_apply_are_left_out() -> None:
    dossier = mini_dossier()
    exported = data.as_data(dossier)
    annotations = exported["annotations"]
    mention = next(a for a in annotations if a["kind"] == "mention")
    assert set(mention) == {"source", "start", "end", "quote", "origin", "kind", "anchor",
                            "actor"}
    stance = next(a for a in annotations if a["kind"] == "stance" and a["quote"].startswith("“"))
    assert set(stance) == {"source", "start", "end", "quote", "origin", "kind", "anchor",
                           "claim", "by", "stance", "said"}
    assert stance["said"] == "2019-12-05/2019-12-07"
    event = next(a for a in annotations if a["kind"] == "event")
    assert (event["date"], event["event"]) == ("2019-12", "med-forum")
    actor = next(a for a in exported["actors"] if a["id"] == "turkey")
    assert "affiliations" not in actor and actor["aliases"] == ["Ankara"]
    publisher_kept = exported["sources"][0]
    assert {"publisher", "url"} <= set(publisher_kept)


def test_a_report_without_publisher_or_address_still_fits_the_schema() -> None:
    """`publisher` and `url` are always there, empty when the report does not
    say: a reader of the data can tell "not named" from a missing key."""
    built = build(BASE + source("Turkey said so."))
    assert built.dossier is not None
    exported = data.as_data(built.dossier)
    Draft202012Validator(json.loads(data.schema_text())).validate(exported)
    assert (exported["sources"][0]["publisher"], exported["sources"][0]["url"]) == ("", "")


def test_the_data_page_shows_one_item_of_each_list_and_a_short_body() -> None:
    dossier = mini_dossier()
    exported = data.as_data(dossier)
    example = json.loads(data.example_text(exported))
    assert {key: len(items) for key, items in example.items()} == {
        "sources": 1, "actors": 1, "claims": 1, "events": 1, "annotations": 1,
        "republications": 0, "ties": 1}
    body = exported["sources"][0]["body"]
    assert example["sources"][0]["body"] == body[:80] + "…"
    assert example["actors"][0]["name"] == "Mevlüt Çavuşoğlu"
    assert data.example_text(exported).startswith('{\n  "sources": [\n    {\n      "id"')


def test_the_excerpt_on_the_data_page_keeps_letters_as_they_are() -> None:
    text = data.example_text(data.as_data(mini_dossier()))
    assert "Mevlüt Çavuşoğlu" in text and "\\u" not in text
