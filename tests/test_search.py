"""The search index: folded words, a weight for each field, files split so a
query loads only its own."""

from __future__ import annotations

import json

from generator.render.search import DOCS_A_FILE, FOLDER, Document, documents, index_files, terms

from .builder import BASE, build, source
from .conftest import mini_dossier


def _value(text: str) -> object:
    return json.loads(text[text.index("(") + 1:text.rindex(")")])


def test_words_are_folded_as_names_are() -> None:
    assert list(terms("ÇAVUŞOĞLU met İsmail in Kırıkkale; a S-400")) == [
        "cavusoglu", "met", "ismail", "in", "kirikkale", "400"]


def test_a_cyrillic_word_is_kept_also_in_latin_letters() -> None:
    assert list(terms("Песков сказал: S-400")) == [
        "песков", "peskov", "сказал", "skazal", "400"]


def test_each_term_file_holds_the_words_of_its_first_two_letters() -> None:
    docs = [Document("a.html", "Erdogan speaks", "", 1.0, (("Erdogan speaks", 10),)),
            Document("b.html", "Report", "", 2.0, (("erdem said erdogan", 1),))]
    files = index_files(docs)
    er = _value(files[f"{FOLDER}/t-{b'er'.hex()}.js"])
    assert er == {"erdem": [1, 2], "erdogan": [0, 10, 1, 2]}
    manifest = _value(files[f"{FOLDER}/manifest.js"])
    assert manifest == {"documents": 2, "perFile": DOCS_A_FILE,
                        "shards": sorted(p.encode().hex() for p in ("er", "sa", "sp"))}
    assert _value(files[f"{FOLDER}/d-0.js"]) == [0, [["a.html", "Erdogan speaks", ""],
                                                    ["b.html", "Report", ""]]]


def test_a_word_said_often_counts_but_not_without_end() -> None:
    docs = [Document("a.html", "t", "", 1.0, (("turkey " * 500, 1),))]
    shard = _value(index_files(docs)[f"{FOLDER}/t-{b'tu'.hex()}.js"])
    assert shard == {"turkey": [0, 100]}


def test_documents_are_split_into_files_of_a_few_hundred() -> None:
    docs = [Document(f"p{n}.html", f"Page {n}", "", 1.0, ()) for n in range(DOCS_A_FILE + 1)]
    files = index_files(docs)
    assert _value(files[f"{FOLDER}/d-1.js"]) == [DOCS_A_FILE, [[f"p{DOCS_A_FILE}.html",
                                                                f"Page {DOCS_A_FILE}", ""]]]


def test_an_actor_is_found_by_any_spelling_and_ranks_above_a_report_that_names_it() -> None:
    built = build(BASE + source("Ismail Demir spoke to NTV about the second batch, at length."))
    files = built.docs
    docs = _value(files[f"{FOLDER}/d-0.js"])[1]  # type: ignore[index]
    locations = [d[0] for d in docs]
    demir = _value(files[f"{FOLDER}/t-{b'de'.hex()}.js"])["demir"]  # type: ignore[index]
    scores = {locations[n]: s for n, s in zip(demir[::2], demir[1::2], strict=True)}
    assert scores["actors/ismail-demir.html"] > scores["sources/report.html"] > 0
    teaser = next(d for d in docs if d[0] == "sources/report.html")[2]
    assert teaser == "Ismail Demir spoke to NTV about the second batch, at length."


def test_no_page_is_left_to_mkdocs_search() -> None:
    built = build(BASE + source("Turkey said so."))
    pages = [p for p in built.docs if p.endswith(".md")]
    assert pages and all(built.page(p).startswith("---\nsearch:\n  exclude: true\n")
                         for p in pages)


def test_every_page_kind_is_a_document_at_its_published_address() -> None:
    dossier = mini_dossier()
    docs = {doc.location: doc for doc in documents(dossier)}
    assert {"index.html", "timeline.html", "network.html", "data.html", "sources/index.html",
            "actors/index.html", "claims/index.html", "events/index.html",
            "sources/forum-report.html", "actors/turkey.html",
            "claims/nato-said-nothing.html", "events/med-forum.html"} <= set(docs)
    assert docs["events/med-forum.html"].teaser == "A conference in Rome."
    assert docs["events/index.html"].title == "Events"
    # The overview pages are there to be found by name, below what they list.
    assert {docs[p].boost for p in ("index.html", "timeline.html", "events/index.html")} == {0.5}
    assert docs["actors/turkey.html"].boost > docs["claims/nato-said-nothing.html"].boost > 1


def test_a_word_of_a_light_field_still_scores_one() -> None:
    docs = [Document("a.html", "t", "", 0.5, (("erdogan", 0.5),))]
    assert _value(index_files(docs)[f"{FOLDER}/t-{b'er'.hex()}.js"]) == {"erdogan": [0, 1]}


def test_each_kind_of_page_is_weighted_as_readers_look_for_it() -> None:
    # Actors first (a name is what one most often looks for), then claims and
    # events, then reports, then the overview pages; a title above its text.
    docs = list(documents(mini_dossier()))
    assert [(d.location, d.boost, tuple(w for _, w in d.fields)) for d in docs] == [
        ("index.html", 0.5, (10, 1)), *((f"{page}.html", 0.5, (10,)) for page in (
            "timeline", "network", "data", "sources/index", "actors/index", "claims/index",
            "events/index")),
        ("sources/forum-report.html", 1.0, (10, 2, 1, 0.5)),
        *((f"actors/{a}.html", 4.0, (10, 10, 3, 1))
          for a in ("mevlut-cavusoglu", "turkey", "unnamed-official")),
        ("claims/nato-said-nothing.html", 2.0, (10, 2, 1)), ("events/med-forum.html", 2.0, (10, 1))]
    report = docs[8]
    assert (report.title, report.fields[1][0], report.fields[3][0]) == (
        "Minister says NATO said nothing", "Example News A. Reporter",
        "Mevlüt Çavuşoğlu Turkey Unnamed official")  # who it names, by name
    turkey = docs[10]
    assert (turkey.title, turkey.teaser, turkey.fields[1][0]) == ("Turkey", "The buyer.", "Ankara")
