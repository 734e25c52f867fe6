"""The SQLite database for Datasette: tables with foreign keys, search that
ignores accents (Turkish ı included), the same bytes for the same content,
and the canned queries run through Datasette's own test client."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette

from generator.model.dossier import Dossier
from generator.render import render
from generator.render.exports import datasette, sqlite

from .builder import BASE, build, source
from .conftest import mini_dossier

DENIAL = """
- quote: "Demir denied that a second batch would be bought."
  claim: second-batch
  by: ismail-demir
  stance: denies
"""
ASSERTION = """
- quote: "İbrahim Kalın said a second batch will be bought."
  claim: second-batch
  by: ibrahim-kalin
  stance: asserts
  said: "2019-10"
"""
KALIN = """
-- actors/ibrahim-kalin.md --
---
name: İbrahim Kalın
kind: person
---
A spokesman.
"""


def contested() -> Dossier:
    built = build(BASE + KALIN
                  + source("İbrahim Kalın said a second batch will be bought.", ASSERTION,
                           id="early")
                  + source("Demir denied that a second batch would be bought.", DENIAL,
                           published="2019-12", id="late"))
    assert built.dossier is not None, built.messages()
    return built.dossier


def written(d: Dossier, folder: Path) -> tuple[Path, dict[str, Any]]:
    files = render(d)
    db = folder / "dossier.db"
    db.write_bytes(files["data/dossier.db"])  # type: ignore[arg-type]
    return db, json.loads(files["data/datasette.json"])


def ask(db: Path, metadata: dict[str, Any], path: str) -> Any:
    """GET `path` from Datasette serving `db`, as its tests do."""
    async def get() -> Any:
        ds = Datasette([str(db)], metadata=metadata)
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()
    return asyncio.run(get())


def test_the_contested_claims_query_agrees_with_the_site(tmp_path: Path) -> None:
    d = contested()
    db, metadata = written(d, tmp_path)
    rows = ask(db, metadata, "/dossier/contested_claims.json?_shape=array")
    assert [(r["id"], r["asserted_by"], r["denied_by"]) for r in rows] == [
        ("second-batch", 1, 1)]
    assert d.is_contested("second-batch") and d.speakers("second-batch") == {
        "asserts": 1, "denies": 1}
    assert ask(db, metadata, "/dossier/claims.json?_shape=array")[0]["contested"] == 1


def test_who_said_what_lists_a_claims_statements_oldest_first(tmp_path: Path) -> None:
    db, metadata = written(contested(), tmp_path)
    rows = ask(db, metadata, "/dossier/who_said_what.json?_shape=array&claim=second-batch")
    assert [(r["speaker"], r["stance"], r["said"], r["said_from"]) for r in rows] == [
        ("İbrahim Kalın", "asserts", "2019-10", "2019-10-01"),
        ("İsmail Demir", "denies", None, "2019-12-01")]
    assert rows[0]["place"] == "sources/early.html#h-1"
    assert rows[1]["source"] == "A report"


CARRIED = """
- quote: "Demir said a second batch will be bought."
  claim: second-batch
  by: ismail-demir
  stance: asserts
  via: [{outlet: ntv, date: 2019-11-04}, turkey]
"""
SECOND_CLAIM = """
-- claims/no-second-batch.md --
---
statement: No second batch will be bought.
verdict: unresolved
relations:
  - kind: contradicts
    claim: second-batch
    note: Both cannot hold.
---
"""


def test_a_chain_of_outlets_is_a_table_in_order_and_a_line_in_the_query(tmp_path) -> None:
    built = build(BASE + SECOND_CLAIM
                  + source("Demir said a second batch will be bought.", CARRIED, id="early"))
    assert built.dossier is not None, built.messages()
    db, metadata = written(built.dossier, tmp_path)
    with sqlite3.connect(db) as connection:
        assert connection.execute(
            "select position, outlet, carried from carriers order by position").fetchall() == [
            (1, "ntv", "2019-11-04"), (2, "turkey", None)]
        assert connection.execute("select claim, relation, other, note from relations"
                                  ).fetchall() == [
            ("no-second-batch", "contradicts", "second-batch", "Both cannot hold.")]
        assert connection.execute("pragma foreign_key_check").fetchall() == []
    rows = ask(db, metadata, "/dossier/who_said_what.json?_shape=array&claim=second-batch")
    assert [r["via"] for r in rows] == ["NTV → Turkey"]


def test_one_actors_statements_over_time(tmp_path: Path) -> None:
    db, metadata = written(contested(), tmp_path)
    rows = ask(db, metadata, "/dossier/actor_statements.json?_shape=array&actor=ismail-demir")
    assert [(r["stance"], r["claim"], r["quote"]) for r in rows] == [
        ("denies", "A second batch will be bought.",
         "Demir denied that a second batch would be bought.")]
    assert ask(db, metadata, "/dossier/actor_statements.json?_shape=array&actor=nobody") == []


@pytest.mark.parametrize("typed", ["Kalin", "kalın", "KALIN", "Kalın", "ibrahim", "İbrahim"])
def test_search_finds_a_name_typed_with_or_without_its_accents(typed: str,
                                                                tmp_path: Path) -> None:
    db, metadata = written(contested(), tmp_path)
    sources = ask(db, metadata, f"/dossier/sources.json?_shape=array&_search={typed}")
    assert [s["id"] for s in sources] == ["early"]
    quotes = ask(db, metadata, f"/dossier/annotations.json?_shape=array&_search={typed}")
    assert quotes and all(q["source"] == "early" for q in quotes)
    assert ask(db, metadata, "/dossier/sources.json?_shape=array&_search=Erdogan") == []


def test_tables_have_their_foreign_keys_and_every_row(tmp_path: Path) -> None:
    d = mini_dossier()
    db, _ = written(d, tmp_path)
    with sqlite3.connect(db) as connection:
        keys = {(table, row[3], row[2]) for table in ("annotations", "stances", "aliases")
                for row in connection.execute(f"pragma foreign_key_list({table})")}
        counts = {t: connection.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("sources", "actors", "claims", "events", "annotations", "stances")}
        assert connection.execute("pragma foreign_key_check").fetchall() == []
        searched = dict(connection.execute(
            "select name, sql from sqlite_master where name in ('sources_fts', "
            "'annotations_fts')"))
        assert all("tokenize='unicode61 remove_diacritics 2'" in sql
                   for sql in searched.values()) and len(searched) == 2
        (body,) = connection.execute("select body from sources").fetchone()
        for start, end, quote in connection.execute('select start, "end", quote from annotations'):
            assert body[start:end] == quote
    assert {("annotations", "source", "sources"), ("annotations", "actor", "actors"),
            ("stances", "claim", "claims"), ("stances", "by", "actors"),
            ("stances", "annotation", "annotations"), ("aliases", "actor", "actors")} <= keys
    assert counts == {"sources": len(d.sources), "actors": len(d.actors),
                      "claims": len(d.claims), "events": len(d.events),
                      "annotations": len(d.all_annotations()),
                      "stances": sum(len(s) for s in d.stances_on.values())}


def test_the_same_content_gives_the_same_bytes() -> None:
    first, second = (render(mini_dossier()) for _ in range(2))
    assert first["data/dossier.db"] == second["data/dossier.db"]
    assert first["data/dossier.db"][:16] == b"SQLite format 3\x00"


def test_each_table_is_also_a_csv_file() -> None:
    files = render(mini_dossier())
    connection = sqlite.database(mini_dossier())
    for table in ("sources", "actors", "aliases", "claims", "events", "annotations", "stances"):
        rows = list(csv.reader(io.StringIO(str(files[f"data/csv/{table}.csv"]))))
        cursor = connection.execute(f"select * from {table}")
        assert rows[0] == [c[0] for c in cursor.description]
        assert rows[1:] == [["" if v is None else str(v) for v in row] for row in cursor]
    assert "data/csv/sources_fts.csv" not in files


def test_the_metadata_describes_every_table_and_names_the_licence() -> None:
    found = datasette.metadata(mini_dossier())
    assert found["title"] == "A small dossier" and found["license_url"]
    tables = found["databases"]["dossier"]["tables"]
    assert set(tables) == {"sources", "actors", "aliases", "affiliations", "claims", "events",
                           "event_actors", "annotations", "stances", "carriers", "relations"}
    assert all(t["description"] for t in tables.values())
    assert tables["sources"]["fts_table"] == "sources_fts"
    assert tables["sources"]["columns"]["sha256"].startswith("SHA-256")
    assert set(found["databases"]["dossier"]["queries"]) == {
        "contested_claims", "who_said_what", "actor_statements"}


def test_a_sources_row_carries_its_evidence_and_dates(tmp_path: Path) -> None:
    digest = "ab" * 32
    built = build(BASE + source("Turkey said so.", published="2019-11", extra=(
        f"retrieved: 2019-11-05\nsha256: {digest}\narchive: report.wacz\nbyline: Reuters\n"
        "url: https://example.org/a\nlanguage: tr\npublisher: Example News\n")))
    assert built.dossier is not None
    db, metadata = written(built.dossier, tmp_path)
    (row,) = ask(db, metadata, "/dossier/sources.json?_shape=array")
    assert row == {
        "id": "report", "title": "A report", "publisher": "Example News",
        "published": "2019-11", "published_from": "2019-11-01", "published_to": "2019-11-30",
        "byline": "Reuters", "url": "https://example.org/a", "language": "tr",
        "retrieved": "2019-11-05", "sha256": digest, "archive": "report.wacz",
        "page": "sources/report.html", "body": "Turkey said so.\n",
        "body_folded": "turkey said so.\n"}
    actors = ask(db, metadata, "/dossier/actors.json?_shape=array&id=ismail-demir")
    assert actors == [{"id": "ismail-demir", "name": "İsmail Demir", "kind": "person",
                       "role": None, "wikidata": None, "page": "actors/ismail-demir.html"}]
    assert ask(db, metadata, "/dossier/aliases.json?_shape=array&actor=ismail-demir") == [
        {"actor": "ismail-demir", "alias": "Demir"},
        {"actor": "ismail-demir", "alias": "Ismail Demir"}]
    assert ask(db, metadata, "/dossier/affiliations.json?_shape=array") == [
        {"actor": "ismail-demir", "affiliated_with": "turkey"}]
    (claim,) = ask(db, metadata, "/dossier/claims.json?_shape=array")
    assert claim == {"id": "second-batch", "statement": "A second batch will be bought.",
                     "verdict": "unresolved", "verdict_note": None, "contested": 0,
                     "page": "claims/second-batch.html"}


def test_an_event_report_without_a_date_has_no_value(tmp_path: Path) -> None:
    built = build(BASE + source("The interview took place.", """
        - quote: "The interview took place."
          event: interview
        """))
    assert built.dossier is not None
    db, metadata = written(built.dossier, tmp_path)
    (row,) = ask(db, metadata, "/dossier/annotations.json?_shape=array&kind=event")
    assert (row["event"], row["value"], row["origin"]) == ("interview", None, "hand")
