"""Rows the templates print: a mention's line of context, statements."""

import dataclasses
from pathlib import Path

from generator.model import Annotation
from generator.pipeline import check
from generator.render import _ENV
from generator.rows import mention_row, statement_rows

MINI = Path(__file__).parent / "fixtures" / "mini" / "content"


def _mention_of(word: str, body: str):
    dossier, _ = check(MINI)
    assert dossier is not None
    source = next(iter(dossier.sources.values()))
    source.body = body
    start = body.index(word)
    a = Annotation(source.id, start, start + len(word), word, "auto", "mention", "m-1",
                   actor="turkey")
    return mention_row(dossier, a, width=30)


def test_a_mention_keeps_the_spaces_around_it_on_the_page() -> None:
    row = _mention_of("Turkey", "Talks with Turkey go on.")
    line = _ENV.from_string("{{ m.before|md }}**{{ m.text|md }}**{{ m.after|md }}").render(m=row)
    assert line == "Talks with **Turkey** go on."


def test_a_cut_line_starts_and_ends_on_whole_words() -> None:
    body = "An opening sentence that runs on, then Turkey said it would wait and see for a while."
    row = _mention_of("Turkey", body)
    assert row.before == "… sentence that runs on, then "
    assert row.after == " said it would wait and see …"


def test_the_bodys_markdown_markers_are_not_shown() -> None:
    assert _mention_of("Turkey", "Intro.\n\n## Why Turkey waits\n\nMore.").before == "Why "
    assert _mention_of("Turkey", "> Turkey said").before == ""


def test_the_same_words_in_two_reports_are_one_statement_row() -> None:
    dossier, _ = check(MINI)
    assert dossier is not None
    stances = dossier.stances_on["nato-said-nothing"]
    retold = dataclasses.replace(stances[0], quote=stances[0].quote.upper() + " ", anchor="h-99")
    rows = statement_rows(dossier, [*stances, retold])
    assert len(rows) == len(stances)
    assert [place.href for place in rows[0].also] == ["sources/forum-report.md#h-99"]
