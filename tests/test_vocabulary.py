"""The vocabulary is written once: the schemas list the same values, and every
value has its place on the pages."""

import json
from importlib import resources

from generator import schemas
from generator.model.vocabulary import (
    ACTOR_KINDS,
    KIND_LABELS,
    RELATION_KINDS,
    RELATION_MEANINGS,
    RELATION_WORDS,
    STANCE_HEADINGS,
    STANCE_MEANINGS,
    STANCES,
    TIE_KINDS,
    TIE_MEANINGS,
    VERDICT_LABELS,
    VERDICT_MEANINGS,
    VERDICTS,
)

from .builder import BASE, build, source


def _schema(kind: str) -> dict:
    return json.loads(resources.files(schemas).joinpath(f"{kind}.schema.json").read_text())


def test_the_schemas_list_the_vocabulary() -> None:
    assert tuple(_schema("actor")["properties"]["kind"]["enum"]) == ACTOR_KINDS
    assert tuple(_schema("claim")["properties"]["verdict"]["enum"]) == VERDICTS
    annotation = _schema("source")["$defs"]["annotation"]
    assert tuple(annotation["properties"]["stance"]["enum"]) == STANCES
    exported = _schema("dossier")["properties"]
    assert tuple(exported["actors"]["items"]["properties"]["kind"]["enum"]) == ACTOR_KINDS
    assert tuple(exported["claims"]["items"]["properties"]["verdict"]["enum"]) == VERDICTS
    relation = _schema("claim")["properties"]["relations"]["items"]["properties"]
    assert tuple(relation["kind"]["enum"]) == RELATION_KINDS
    claims = exported["claims"]["items"]["properties"]
    assert tuple(claims["relations"]["items"]["properties"]["kind"]["enum"]) == RELATION_KINDS
    ties = exported["ties"]["items"]["properties"]
    assert tuple(ties["kind"]["enum"]) == TIE_KINDS
    assert tuple(ties["stance"]["enum"]) == STANCES


def test_every_value_has_its_words() -> None:
    assert set(KIND_LABELS) == set(ACTOR_KINDS)
    assert set(VERDICT_LABELS) == set(VERDICT_MEANINGS) == set(VERDICTS)
    assert set(STANCE_HEADINGS) == set(STANCE_MEANINGS) == set(STANCES)
    assert set(RELATION_WORDS) == set(RELATION_MEANINGS) == set(RELATION_KINDS)
    assert set(TIE_MEANINGS) == set(TIE_KINDS)


def test_every_kind_verdict_and_stance_has_its_place_on_the_pages() -> None:
    actors = "".join(f"-- actors/{kind}-one.md --\n---\nname: The {kind} one\nkind: {kind}\n---\n"
                     for kind in ACTOR_KINDS)
    claims = "".join(f"-- claims/{v}-claim.md --\n---\nstatement: A {v} claim.\nverdict: {v}\n"
                     "---\n" for v in VERDICTS)
    stances = "".join(f"  - quote: Words {i}.\n    claim: unresolved-claim\n    by: person-one\n"
                      f"    stance: {s}\n" for i, s in enumerate(STANCES))
    body = " ".join(f"Words {i}." for i in range(len(STANCES)))
    built = build(BASE + actors + claims + source(body, stances))
    built.has("actors/index.md", *(f">{KIND_LABELS[k]}<a class" for k in ACTOR_KINDS),
              *(f">The {k} one</a>" for k in ACTOR_KINDS))
    built.has("claims/index.md", *(f">{VERDICT_LABELS[v]}<a class" for v in VERDICTS),
              *(VERDICT_MEANINGS[v] for v in VERDICTS))
    built.has("actors/person-one.md", *(f">{STANCE_HEADINGS[s]}<a class" for s in STANCES))


def test_every_relation_reads_on_both_claims_pages() -> None:
    claims = "".join(f"-- claims/{k}-a.md --\n---\nstatement: A {k}.\nverdict: unresolved\n"
                     f"relations:\n  - kind: {k}\n    claim: {k}-b\n    note: Why {k}.\n---\n"
                     f"-- claims/{k}-b.md --\n---\nstatement: B {k}.\nverdict: unresolved\n---\n"
                     for k in RELATION_KINDS)
    built = build(BASE + claims)
    for k in RELATION_KINDS:
        named, other = RELATION_WORDS[k]
        built.has(f"claims/{k}-a.md", f">{named}</span> <a href=\"{k}-b.html\">B {k}.</a>")
        built.has(f"claims/{k}-b.md", f">{other}</span> <a href=\"{k}-a.html\">A {k}.</a>",
                  f"Why {k}.")
