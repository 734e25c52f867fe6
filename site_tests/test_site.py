"""The real dossier, built and read back as a reader's browser would get it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from generator.cli import main
from generator.model.text import fold_name

from .conftest import ROOT, Site, broken_links, read_page, target


def test_every_actor_page_links_to_every_source_that_mentions_it(site: Site) -> None:
    mentioned: dict[str, set[str]] = {}
    for a in site.data["annotations"]:
        if a["kind"] == "mention":
            mentioned.setdefault(a["actor"], set()).add(a["source"])
    assert len(mentioned) >= 30
    for actor in site.data["actors"]:
        page = site.page(actor["page"])
        linked = {target(actor["page"], href)[0] for href, _ in page.links}
        for source in mentioned.get(actor["id"], ()):
            assert f"sources/{source}.html" in linked, (actor["id"], source)


def test_every_claim_page_lists_its_stances_with_quote_and_source(site: Site) -> None:
    stances = [a for a in site.data["annotations"] if a["kind"] == "stance"]
    assert len(stances) >= 30
    for claim in site.data["claims"]:
        page = site.page(claim["page"])
        links = {(target(claim["page"], href), text) for href, text in page.links}
        titles = {s["id"]: s["title"] for s in site.data["sources"]}
        for s in (s for s in stances if s["claim"] == claim["id"]):
            place = (f"sources/{s['source']}.html", s["anchor"])
            words = " ".join(s["quote"].split())
            # its words, or (the same words as another report's) its report's title
            said = [text for target, text in links if target == place]
            assert any(words in text or text.startswith(titles[s["source"]]) for text in said), \
                (claim["id"], s["quote"])
            assert any(target == (f"sources/{s['source']}.html", "") for target, _ in links) \
                or any(text.startswith(titles[s["source"]]) for text in said)


def test_contested_claims_are_marked(site: Site) -> None:
    contested = {c["id"] for c in site.data["claims"] if c["contested"]}
    assert {"second-batch-contract-signed", "second-batch-deal-final-stage"} <= contested
    for claim in site.data["claims"]:
        marked = "contested" in site.page(claim["page"]).classes
        assert marked == claim["contested"], claim["id"]


def test_timeline_is_in_date_order(site: Site) -> None:
    dates = [a["data-start"] for a in site.page("timeline.html").classes["date"]]
    assert len(dates) >= 40
    assert dates == sorted(dates)


def test_every_internal_link_and_anchor_resolves(site: Site) -> None:
    broken, checked = broken_links(site.root, skip={"404.html"})  # 404.html: absolute by design
    assert broken == []
    assert checked > 500


def test_the_table_of_contents_shows_headings_as_the_report_wrote_them(site: Site) -> None:
    headed = 0
    for path in (site.root / "sources").glob("*.html"):
        for href, text in read_page(path).links:
            if href.startswith("#"):
                assert "found automatically" not in text and "marked by hand" not in text, \
                    (path.name, text)
                headed += "AKP" in text or "Pentagon" in text
    assert headed >= 2  # the 2017 report's subheadings, which name actors


def test_no_page_loads_anything_from_another_host(site: Site) -> None:
    for path in site.root.rglob("*.html"):
        for asset in read_page(path).assets:
            assert not urlsplit(asset).scheme and not asset.startswith("//"), (path, asset)


def _index(root: Path) -> tuple[list[list[str]], dict[str, list[int]]]:
    """The site's search index as the search worker reads it: documents, terms."""
    def value(text: str) -> object:
        return json.loads(text[text.index("(") + 1:text.rindex(")")])

    docs: list[list[str]] = []
    for part in sorted((root / "search-index").glob("d-*.js"), key=lambda p: int(p.stem[2:])):
        docs += value(part.read_text(encoding="utf-8"))[1]  # type: ignore[index]
    terms: dict[str, list[int]] = {}
    for part in (root / "search-index").glob("t-*.js"):
        terms.update(value(part.read_text(encoding="utf-8")))  # type: ignore[arg-type]
    return docs, terms


def _found(root: Path, query: str) -> list[str]:
    """The pages a query finds, as the worker ranks them (every word, a begun last one)."""
    from generator.render.search import terms as words

    docs, terms = _index(root)
    scores: dict[int, float] | None = None
    for word in words(query):
        here: dict[int, float] = {}
        for term, postings in terms.items():
            if term.startswith(word):
                for doc, score in zip(postings[::2], postings[1::2], strict=True):
                    here[int(doc)] = here.get(int(doc), 0) + score
        scores = here if scores is None else {d: s + here[d] for d, s in scores.items()
                                              if d in here}
    ranked = sorted((scores or {}).items(), key=lambda p: (-p[1], p[0]))
    return [docs[d][0] for d, _ in ranked]


def test_searching_any_spelling_finds_the_actor_page_first(site: Site) -> None:
    for actor, spelling in [("dmitry-shugaev", "Shugayev"), ("dmitry-shugaev", "Shugaev"),
                            ("mevlut-cavusoglu", "Cavusoglu"), ("mevlut-cavusoglu", "Çavuşoğlu"),
                            ("ruslan-pukhov", "Puhov"), ("vladimir-putin", "Vladamir Putin")]:
        assert _found(site.root, spelling)[0] == f"actors/{actor}.html", spelling


def test_a_name_typed_without_its_accents_finds_every_page_that_writes_it(site: Site) -> None:
    for plain in ("Cavusoglu", "Erdogan", "Ismail"):
        found = set(_found(site.root, plain))
        assert len(found) >= 3, plain
        writers = {s["page"] for s in site.data["sources"]
                   if plain.lower() in fold_name(s["body"])}
        assert writers <= found, (plain, writers - found)


def test_the_search_index_stays_small_beside_the_text(site: Site) -> None:
    """Long lists stay out of the index: it is at most twice the reports' text."""
    index = sum(p.stat().st_size for p in (site.root / "search-index").glob("*.js"))
    text = sum(len(s["body"].encode()) for s in site.data["sources"])
    assert index <= 2 * text + 100_000  # the entity pages' own words, a fixed part


def test_check_names_the_nearest_text_for_a_broken_quote(tmp_path: Path, monkeypatch,
                                                        capsys) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    source = tmp_path / "content" / "sources" / "moscow-times-second-batch-delayed-2019.md"
    text = source.read_text(encoding="utf-8")
    broken = text.replace('quote: "On Monday, Demir said', 'quote: "On Tuesday, Demir said', 1)
    assert broken != text
    source.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("On Tuesday, Demir said")].count("\n") + 1
    col = broken.splitlines()[line - 1].index('"') + 1
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    body_line = text.splitlines().index(next(
        ln for ln in text.splitlines() if ln.startswith("On Monday, Demir said"))) + 1
    assert err.splitlines()[:2] == [
        f"content/sources/moscow-times-second-batch-delayed-2019.md:{line}:{col}: "
        "error: quote not found in the body",
        f'  hint: nearest text (line {body_line}): "On Monday, Demir said Russia had offered '
        'to sell Turkey its Su-35 fighter jets."',
    ]


def test_the_published_data_fits_its_published_schema(site: Site) -> None:
    """dossier.json is checked against the schema the site publishes beside it."""
    from jsonschema import Draft202012Validator

    schema = json.loads((site.root / "dossier.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = sorted(Draft202012Validator(schema).iter_errors(site.data), key=str)
    assert errors == []
    assert len(site.data["sources"]) == len(list((ROOT / "content" / "sources").glob("*.md")))
