import dataclasses
from types import MappingProxyType

from generator.annotate import Cache, annotate
from generator.load import load
from generator.model.annotations import DateMark

ACTORS = {
    "actors/turkey.md": "---\nname: Turkey\nkind: state\naliases: [Ankara]\n---\n",
    "actors/official.md": "---\nname: An official\nkind: anonymous\n---\n",
    "claims/c.md": "---\nstatement: A claim.\nverdict: unresolved\n---\n",
}


def source(annotations: str, body: str) -> str:
    return f"---\ntitle: T\npublished: 2019\nannotations:\n{annotations}---\n{body}\n"


def run(write_content, annotations: str, body: str):
    content = write_content({**ACTORS, "sources/s.md": source(annotations, body)})
    corpus, problems = load(content)
    assert problems == []
    annotated, problems = annotate(corpus)
    return annotated.annotations["s"], problems


def test_machine_finds_names_and_hand_wins_on_overlap(write_content) -> None:
    spans, problems = run(write_content, (
        "  - quote: Turkey\n    actor: official\n    prefix: 'said '\n"),
        "Turkey spoke. The envoy said Turkey agreed.")
    assert problems == []
    assert [(a.quote, a.origin, a.actor) for a in spans] == [
        ("Turkey", "auto", "turkey"), ("Turkey", "hand", "official")]


def test_suppress_removes_an_automatic_mention(write_content) -> None:
    spans, problems = run(write_content,
                          "  - quote: Ankara\n    prefix: 'road to '\n    suppress: true\n",
                          "Ankara said so on the road to Ankara.")
    assert problems == []
    assert [(a.start, a.quote) for a in spans] == [(0, "Ankara")]


def test_suppress_that_matches_nothing_is_a_warning(write_content) -> None:
    _, problems = run(write_content, "  - quote: spoke\n    suppress: true\n", "Turkey spoke.")
    assert [(p.severity, p.message) for p in problems] == [
        ("warning", "suppress matches no automatic annotation")]


def test_all_marks_every_match_with_its_own_anchor(write_content) -> None:
    spans, _ = run(write_content, "  - quote: the official\n    actor: official\n    all: true\n",
                   "the official said; later the official left.")
    assert [(a.anchor, a.start) for a in spans] == [("h-1", 0), ("h-1-2", 25)]


def test_all_takes_the_same_words_starting_a_sentence_too(write_content) -> None:
    spans, _ = run(write_content, "  - quote: the official\n    actor: official\n    all: true\n",
                   "The official said so. Later the official left.")
    assert [a.quote for a in spans] == ["The official", "the official"]


def test_a_stance_keeps_no_date_that_the_report_does_not_give(write_content) -> None:
    spans, _ = run(write_content,
                   "  - quote: It is so.\n    claim: c\n    by: official\n    stance: asserts\n",
                   "It is so.")
    assert spans[0].kind == "stance"
    assert spans[0].said is None  # said by the report's date, no more (rows.when_said)


def test_ambiguous_and_missing_quotes_say_where(write_content) -> None:
    _, problems = run(write_content, (
        "  - quote: the official\n    actor: official\n"
        "  - quote: the oficial sad\n    actor: official\n"),
        "the official said.\n\nthe official left.")
    assert [p.format() for p in problems] == [
        "content/sources/s.md:5:12: error: quote occurs 2 times (at 10:1, 12:1)\n"
        "  hint: add prefix or suffix, occurrence: N, or all: true",
        "content/sources/s.md:7:12: error: quote not found in the body\n"
        '  hint: nearest text (line 10): "the official said"',
    ]


def test_a_quote_found_often_names_its_first_ten_places(write_content) -> None:
    _, problems = run(write_content, "  - quote: Yes.\n    actor: official\n",
                      "\n\n".join(["Yes."] * 12))
    assert problems[0].message == ("quote occurs 12 times (at 8:1, 10:1, 12:1, 14:1, 16:1, "
                                   "18:1, 20:1, 22:1, 24:1, 26:1 and 2 more)")


def test_occurrence_picks_one(write_content) -> None:
    spans, problems = run(write_content,
                          "  - quote: Turkey\n    actor: official\n    occurrence: 2\n",
                          "Turkey and Turkey.")
    assert problems == []
    assert [(a.start, a.origin) for a in spans] == [(0, "auto"), (11, "hand")]


def test_hand_wins_over_machine_of_its_kind_and_suppress_removes_a_date(write_content) -> None:
    spans, problems = run(write_content, (
        "  - quote: next year\n    date: '2020'\n"
        "  - quote: July\n    suppress: true\n"),
        "Turkey said it in July and plans for next year.")
    assert problems == []
    assert [(a.quote, a.kind, a.origin) for a in spans] == [
        ("Turkey", "mention", "auto"), ("next year", "date", "hand")]
    assert isinstance(spans[1], DateMark) and spans[1].date.text == "2020"


def test_a_key_of_another_kind_is_an_error(write_content) -> None:
    content = write_content({**ACTORS, "sources/s.md": source(
        "  - quote: Turkey\n    actor: turkey\n    stance: asserts\n", "Turkey.")})
    _, problems = load(content)
    assert [p.format() for p in problems] == [
        "content/sources/s.md:7:5: error: 'stance' does not apply to a mention annotation"]


def test_risky_aliases_are_warned_about(write_content) -> None:
    content = write_content({
        "actors/theresa-may.md": "---\nname: Theresa May\nkind: person\naliases: [May, TM]\n---\n",
        "actors/x.md": "---\nname: X Corp\nkind: organization\naliases: [Xi, X]\n---\n",
    })
    corpus, _ = load(content)
    _, problems = annotate(corpus)
    assert [(p.line, p.col, p.message) for p in problems] == [
        (4, 11, "risky alias: 'May' is also a common word and will match it in any case"),
        (4, 11, "risky alias: 'Xi' is so short that it matches parts of ordinary text"),
        (4, 15, "risky alias: 'X' is so short that it matches parts of ordinary text"),
    ]


def test_a_suppressed_name_names_no_speaker(write_content) -> None:
    spans, problems = run(write_content,
                          "  - quote: Ankara\n    suffix: .\n    suppress: true\n",
                          "“We will sign it soon,” said Ankara.")
    assert problems == []
    assert [(a.kind, getattr(a, "by", None)) for a in spans] == [("quotation", "")]


def test_a_name_marked_everywhere_inside_a_longer_marked_name_gives_way(write_content) -> None:
    spans, problems = run(write_content, (
        "  - quote: Demir\n    actor: official\n    all: true\n"
        "  - quote: Ismail Demir\n    actor: official\n"),
        "Ismail Demir spoke; Demir left.")
    assert problems == []
    assert [(a.quote, a.anchor) for a in spans] == [("Ismail Demir", "h-2"), ("Demir", "h-1-2")]


def test_a_cache_annotates_again_only_a_source_that_changed(write_content) -> None:
    corpus, _ = load(write_content({**ACTORS, "sources/s.md": source("", "Turkey waits.")}))
    cache = Cache()
    first, _ = annotate(corpus, cache)
    changed = dataclasses.replace(corpus.sources["s"], body="Ankara and Turkey wait.")
    corpus = dataclasses.replace(corpus, sources=MappingProxyType({"s": changed}))
    again, _ = annotate(corpus, cache)
    assert [a.quote for a in first.annotations["s"]] == ["Turkey"]
    assert [a.quote for a in again.annotations["s"]] == ["Ankara", "Turkey"]
    same, _ = annotate(corpus, cache)
    assert same.annotations["s"] is again.annotations["s"]  # kept, not found again
