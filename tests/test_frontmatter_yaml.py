from generator.load.frontmatter import parse
from generator.model.content import KEY

TEXT = """---
title: Hello
published: 2019-11-04
annotations:
  - quote: "x"
    actor: a
---

Body here.
"""


def test_values_positions_and_body_line() -> None:
    doc, problems = parse("f.md", TEXT)
    assert problems == []
    assert doc is not None
    assert doc.data["published"] == "2019-11-04"  # a date stays text: it is EDTF
    assert doc.where("annotations", 0, "actor") == (6, 12)
    assert doc.where("annotations", 0, "actor", KEY) == (6, 5)
    assert doc.body == "Body here.\n"
    assert doc.body_line == 9


def test_duplicate_key_is_reported_at_its_line() -> None:
    _, problems = parse("f.md", "---\ntitle: a\ntitle: b\n---\n")
    assert [p.format() for p in problems] == [
        "f.md:3:1: error: duplicate key 'title'\n  hint: a key may appear only once in a mapping"
    ]


def test_yaml_error_gives_the_line_in_the_file() -> None:
    doc, problems = parse("f.md", "---\ntitle: a\nlist: [1, 2\nnext: 3\n---\n")
    assert doc is None
    assert (problems[0].line, problems[0].col) == (4, 5)
    assert problems[0].message.startswith("YAML does not parse")


def test_missing_front_matter() -> None:
    doc, problems = parse("f.md", "Just text\n")
    assert doc is None
    assert problems[0].message == "no front matter"
