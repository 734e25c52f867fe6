from generator.load import load
from generator.tools.evaluate import evaluate, report

FILES = {
    "actors/turkey.md": "---\nname: Turkey\nkind: state\n---\n",
    "actors/demir.md": "---\nname: Ismail Demir\nkind: person\naliases: [Demir]\n---\n",
    "actors/official.md": "---\nname: An official\nkind: anonymous\n---\n",
    "sources/s.md": (
        "---\ntitle: T\npublished: '2019-11-04'\nchecked: true\nannotations:\n"
        "  - quote: the official\n    actor: official\n"  # a mention the machine misses
        "  - quote: Turkey\n    suffix: .\n    suppress: true\n"  # one it gets wrong
        "  - quote: Monday\n    date: '2019-10-28'\n---\n"  # a date it reads wrong
        "Turkey bought it in July. “We plan,” Demir said on Monday.\n\n"
        "“No, no,” the official said of Turkey."),
    "sources/unchecked.md": "---\ntitle: U\npublished: '2019'\n---\nTurkey.\n",
}


def test_each_kind_is_scored_against_the_checked_page(write_content) -> None:
    corpus, problems = load(write_content(FILES))
    assert problems == []
    table = evaluate(corpus)
    assert list(table) == ["s", "overall"]  # only checked sources are scored
    s = table["s"]
    mentions = s["mentions"]
    assert (mentions.right, mentions.found, mentions.recalled, mentions.gold) == (2, 3, 2, 3)
    named = s["mentions by name"]
    assert (named.right, named.found, named.recalled, named.gold) == (2, 3, 2, 2)
    dates = s["dates"]
    assert (dates.right, dates.found, dates.recalled, dates.gold) == (1, 2, 1, 2)
    speakers = s["speakers"]  # the hand's mention of the official names a speaker
    assert (speakers.right, speakers.found, speakers.recalled, speakers.gold) == (2, 2, 2, 2)
    assert report(table).splitlines()[2].startswith("s ")
