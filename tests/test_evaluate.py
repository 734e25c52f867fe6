from generator.evaluate import evaluate, report
from generator.load import load

FILES = {
    "actors/turkey.md": "---\nname: Turkey\nkind: state\n---\n",
    "actors/demir.md": "---\nname: Ismail Demir\nkind: person\naliases: [Demir]\n---\n",
    "actors/official.md": "---\nname: An official\nkind: anonymous\n---\n",
    "sources/s.md": (
        "---\ntitle: T\npublished: '2019-11-04'\nannotations:\n"
        "  - quote: Turkey\n    actor: turkey\n    all: true\n"
        "  - quote: Demir\n    actor: demir\n"
        "  - quote: the official\n    actor: official\n"
        "  - quote: July\n    date: '2019-07'\n"
        "  - quote: Monday\n    date: '2019-10-28'\n"  # the hand says the week before
        "  - quote: '“We plan,”'\n    quotation: true\n    by: demir\n"
        "  - quote: '“No, no,”'\n    quotation: true\n    by: official\n---\n"
        "Turkey bought it in July. “We plan,” Demir said on Monday.\n\n"
        "“No, no,” the official said of Turkey."),
}


def test_each_kind_is_scored_against_the_hidden_hand(write_content) -> None:
    corpus, problems = load(write_content(FILES))
    assert problems == []
    table = evaluate(corpus)
    s = table["s"]
    # Mentions: the machine finds the names, not "the official".
    assert (s["mentions"].right, s["mentions"].found, s["mentions"].gold) == (3, 3, 4)
    assert (s["mentions by name"].recalled, s["mentions by name"].gold) == (3, 3)
    # Dates: July agrees, Monday does not.
    assert (s["dates"].right, s["dates"].found, s["dates"].recalled, s["dates"].gold) == \
        (1, 2, 1, 2)
    # Speakers: both right, given the hand's mention of the official.
    assert (s["speakers"].right, s["speakers"].found, s["speakers"].gold) == (2, 2, 2)
    assert table["overall"]["dates"].gold == 2
    assert report(table).splitlines()[2].startswith("s ")
