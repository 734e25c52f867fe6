"""Rows the templates print: a mention's line of context, statements."""

import dataclasses
from collections.abc import Mapping

from generator.model.annotations import Mention, Statement
from generator.model.edtf import parse
from generator.render.rows import MentionRow, Ref, actor_ref, mention_row, when_said
from generator.resolve.provenance import republications

from .builder import BASE, build, source
from .conftest import mini_dossier, with_body


def _mention_of(word: str, body: str) -> MentionRow:
    dossier, report = with_body(mini_dossier(), body)
    start = body.index(word)
    a = Mention(source=report.id, start=start, end=start + len(word), quote=word,
                origin="auto", anchor="m-1", actor="turkey")
    return mention_row(dossier, a, width=30)


def test_a_mention_keeps_the_spaces_around_it_on_the_page() -> None:
    built = build(BASE + source("Talks with Turkey go on."))
    built.has("actors/turkey.md", 'Talks with <a class="ann-auto" href="../sources/report.html'
              '#a-m-11"><strong>Turkey</strong></a> go on. · <a href')


def test_a_cut_line_starts_and_ends_on_whole_words() -> None:
    body = "An opening sentence that runs on, then Turkey said it would wait and see for a while."
    row = _mention_of("Turkey", body)
    assert row.before == "… sentence that runs on, then "
    assert row.after == " said it would wait and see …"


def test_the_bodys_markdown_markers_are_not_shown() -> None:
    assert _mention_of("Turkey", "Intro.\n\n## Why Turkey waits\n\nMore.").before == "Why "
    assert _mention_of("Turkey", "> Turkey said").before == ""
    # but a window cut inside a line keeps its words, whatever they look like
    body = "Aaaaaaaaaaaaaaaaaaaaaaaaaaa 2019. Then Turkey said no."
    assert _mention_of("Turkey", body).before == "… 2019. Then "


def _retold(which: int = 0, published: str = "", quote: str = "", **changes: object
            ) -> tuple[Mapping[tuple[str, str], tuple[Statement, ...]], Statement, Statement]:
    """Republications among the fixture's stances on one claim and one of them
    told again by another report (published when given; both with other
    words when given): the copies found, the stance told and its retelling."""
    dossier = mini_dossier()
    stances = list(dossier.stances_on["nato-said-nothing"])
    if quote:
        stances[which] = dataclasses.replace(stances[which], quote=quote)
    told = stances[which]
    report = dossier.sources[told.source]
    sources = {**dossier.sources, "retold": dataclasses.replace(
        report, id="retold", title="Retold",
        published=parse(published) if published else report.published)}
    retold = dataclasses.replace(told, source="retold", anchor="h-99",
                                 quote=told.quote.upper() + " ", **changes)
    return republications(sources, [*stances, retold]), told, retold


def test_the_same_words_in_two_reports_are_copies_earliest_report_first() -> None:
    found, told, retold = _retold(published="2019-11")
    assert found[("retold", "h-99")] == found[(told.source, told.anchor)] == (retold, told)
    found, told, retold = _retold(published="2020-02")
    assert found[("retold", "h-99")] == (told, retold)
    assert len(found) == 2


def test_undated_words_may_be_the_same_as_words_dated_before_their_report() -> None:
    # Çavuşoğlu's words of 5–7 Dec 2019, told undated by a report of March 2020
    assert ("retold", "h-99") in _retold(which=1, published="2020-03", said=None)[0]
    # but not by a report of November 2019, before he said them
    assert _retold(which=1, published="2019-11", said=None)[0] == {}


def test_the_same_words_on_another_day_or_from_another_speaker_are_no_copy() -> None:
    assert _retold(said=parse("2024-05-01"))[0] == {}
    # Çavuşoğlu's words of 5–7 Dec 2019: told as of 6 Dec, or of 8 Dec
    assert ("retold", "h-99") in _retold(which=1, said=parse("2019-12-06"))[0]
    assert _retold(which=1, said=parse("2019-12-08"))[0] == {}
    assert _retold(by="turkey")[0] == {}
    assert ("retold", "h-99") in _retold(stance="doubts", claim="another")[0]


def test_a_few_words_alike_are_no_copy() -> None:
    assert _retold(quote="“No, not")[0] == {}  # two words
    assert ("retold", "h-99") in _retold(quote="“No, not now”")[0]  # three


def test_words_the_report_does_not_date_were_said_by_its_date() -> None:
    dossier = mini_dossier()
    stance = dossier.stances_on["nato-said-nothing"][0]
    assert stance.by and stance.said is None
    assert when_said(dossier, stance) == "by c. Dec 2019"
    assert when_said(dossier, dataclasses.replace(stance, by="")) == "c. Dec 2019"
    assert when_said(dossier, dataclasses.replace(stance, said=parse("2019-12-05"))) == \
        "5 Dec 2019"


def test_words_dated_the_very_day_an_undated_report_appeared_may_be_the_same() -> None:
    dossier = mini_dossier()
    first = dossier.stances_on["nato-said-nothing"][0]
    retold = dataclasses.replace(dossier.sources[first.source], id="retold",
                                 published=parse("2019-12-31"))
    sources = {**dossier.sources, "retold": retold}
    undated = dataclasses.replace(first, source="retold", anchor="h-99", said=None)

    def copies(said: str) -> int:
        return len(republications(sources, [dataclasses.replace(first, said=parse(said)),
                                            undated]))

    assert copies("2019-12-31") == 2  # said that day: the undated report may carry it
    assert copies("2020-01-01") == 0  # said after it appeared: another statement


def test_a_line_with_no_space_to_cut_at_is_cut_where_the_window_ends() -> None:
    row = _mention_of("Turkey", "Turkey " + "x" * 80 + " end.")
    assert row.after == " " + "x" * 29 + " …"  # the 30 characters of the window


def test_an_actor_with_no_file_is_named_by_its_id_without_a_link() -> None:
    assert actor_ref(mini_dossier(), "no-such-actor") == Ref("no-such-actor", "")


def test_a_mention_on_a_later_line_starts_its_window_at_its_own_line() -> None:
    row = _mention_of("Turkey", "A first line.\nA second line.\nTurkey said so.")
    assert (row.before, row.after) == ("", " said so.")
