from pathlib import Path

from generator.pipeline import check

FIXTURES = Path(__file__).parent / "fixtures"


def test_links_go_both_ways() -> None:
    dossier, _problems = check(FIXTURES / "mini" / "content")
    assert dossier is not None
    assert [a.quote for a in dossier.stances_on["nato-said-nothing"]] == [
        # c. Dec 2019 (the report's date) starts before 5-7 Dec 2019.
        "The official disagreed.", "“NATO did not say anything,” he said."]
    assert [a.claim for a in dossier.stances_by["mevlut-cavusoglu"]] == ["nato-said-nothing"]
    assert [a.quote for a in dossier.mentions_of["mevlut-cavusoglu"]] == [
        "MEVLÜT ÇAVUŞOĞLU", "Cavusoglu"]
    assert dossier.members == {"turkey": ("mevlut-cavusoglu",)}
    assert dossier.events_of == {"mevlut-cavusoglu": ("med-forum",)}
    assert dossier.is_contested("nato-said-nothing")


def test_unknown_ids_suggest_the_nearest(write_content) -> None:
    content = write_content({
        "actors/dmitry-shugaev.md": "---\nname: Dmitry Shugaev\nkind: person\n"
                                    "affiliations: [rusia]\n---\n",
        "actors/russia.md": "---\nname: Russia\nkind: state\n---\n",
        "sources/s.md": "---\ntitle: T\npublished: 2019\nannotations:\n"
                        "  - quote: It is signed.\n    claim: contract-signed\n"
                        "    by: dmitri-shugaev\n    stance: asserts\n---\nIt is signed.\n",
    })
    dossier, problems = check(content)
    assert dossier is None
    assert [p.format() for p in sorted(problems)] == [
        "content/actors/dmitry-shugaev.md:4:16: error: unknown actor 'rusia'\n"
        "  hint: did you mean 'russia'?",
        "content/sources/s.md:6:12: error: unknown claim 'contract-signed'\n"
        "  hint: there are no claims yet: add content/claims/contract-signed.md",
        "content/sources/s.md:7:9: error: unknown actor 'dmitri-shugaev'\n"
        "  hint: did you mean 'dmitry-shugaev'?",
    ]


