"""The exports in the real dossier, as published: in the site and the
offline zip, announced in the pages' heads, and true to the texts."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

from .conftest import Site

HEAD = re.compile(r"<head>(.*?)</head>", re.DOTALL)
LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def test_the_offline_zip_carries_every_export(unzipped: Path) -> None:
    for needed in ("data/annotations/index.jsonld", "data/anno.jsonld", "data/dossier.db",
                   "data/datasette.json", "data/csv/stances.csv", "data/feeds/sources.xml",
                   "data/texts/moscow-times-second-batch-delayed-2019.txt"):
        assert (unzipped / needed).is_file(), needed
    claims = json.loads((unzipped / "dossier.json").read_text())["claims"]
    for claim in claims:
        assert (unzipped / f"data/feeds/claims/{claim['id']}.xml").is_file()


def test_every_published_text_still_has_its_recorded_hash(site: Site) -> None:
    hashed = [s for s in site.data["sources"] if "sha256" in s]
    assert len(hashed) == len(site.data["sources"]) >= 5
    for s in hashed:
        text = (site.root / "data" / "texts" / f"{s['id']}.txt").read_bytes()
        assert hashlib.sha256(text).hexdigest() == s["sha256"], s["id"]


def test_each_entity_page_heads_its_json_ld_and_claims_their_feed(site: Site) -> None:
    types = {"claims": "ClaimReview", "sources": "NewsArticle", "events": "Event"}
    for section, wanted in types.items():
        for item in site.data[section]:
            head = HEAD.search((site.root / item["page"]).read_text())
            assert head, item["page"]
            (found,) = LD.findall(head.group(1))
            assert json.loads(found)["@type"] == wanted, item["page"]
            feeds = 'rel="alternate" type="application/atom+xml"' in head.group(1)
            assert feeds == (section == "claims"), item["page"]


def test_the_database_holds_the_published_data(site: Site) -> None:
    with sqlite3.connect(site.root / "data" / "dossier.db") as db:
        stances = db.execute("select count(*) from stances").fetchone()[0]
        contested = {r[0] for r in db.execute("select id from claims where contested = 1")}
    assert stances == sum(a["kind"] == "stance" for a in site.data["annotations"])
    assert contested == {c["id"] for c in site.data["claims"] if c["contested"]}
