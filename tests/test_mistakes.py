"""Every mistake a contributor makes, each in its own small dossier, with the
exact message `dossier check` gives for it: file, line, column, hint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.cli import main

SOURCE = "sources/interview.md"
BASE = {
    "actors/turkey.md": "---\nname: Turkey\nkind: state\naliases: [Ankara]\n---\nThe buyer.\n",
    "actors/ismail-demir.md": "---\nname: İsmail Demir\nkind: person\naliases: [Demir]\n"
                              "affiliations: [turkey]\n---\nHead of procurement.\n",
    "claims/delivery-delayed.md": "---\nstatement: The second delivery will be late.\n"
                                  "verdict: unresolved\n---\nOnly Demir says so.\n",
    "events/demir-interview.md": "---\ntitle: Demir's interview\ndate: 2019-11-04\n"
                                 "actors: [ismail-demir]\n---\nOn television.\n",
    SOURCE: (
        "---\ntitle: Turkey says delivery may slip\npublished: 2019-11-04\n"
        "url: https://example.org/a\nannotations:\n"
        "  - quote: The joint production concept may move the timeline.\n"
        "    claim: delivery-delayed\n    by: ismail-demir\n    stance: asserts\n"
        "  - quote: Demir told a broadcaster on Monday\n    event: demir-interview\n---\n"
        "Demir told a broadcaster on Monday that Ankara wants more.\n\n"
        "Demir said talks go on.\n\n"
        "“The joint production concept may move the timeline.” he said.\n"),
}


def edit(path: str, old: str, new: str) -> dict[str, str | bytes]:
    assert old in BASE[path], old
    return {path: BASE[path].replace(old, new, 1)}


CASES: dict[str, tuple[dict[str, str | bytes], str]] = {
    "yaml that does not parse": (edit(SOURCE, "title: Turkey says", 'title: "Turkey says'),
        "content/sources/interview.md:2:8: error: YAML does not parse: a quoted text is never closed\n"
        "  hint: close the quote or bracket that starts here"),
    "an unknown key": (edit(SOURCE, "url:", "ulr:"),
        "content/sources/interview.md:4:1: error: unknown field 'ulr'\n"
        "  hint: did you mean 'url'?"),
    "a duplicate key": (edit(SOURCE, "url: https://example.org/a\n", "url: https://example.org/a\nurl: https://example.org/b\n"),
        "content/sources/interview.md:5:1: error: duplicate key 'url'\n"
        "  hint: a key may appear only once in a mapping"),
    "a missing field": (edit("claims/delivery-delayed.md", "verdict: unresolved\n", ""),
        "content/claims/delivery-delayed.md:2:1: error: missing required field 'verdict' in front matter"),
    "a wrong type": (edit("actors/turkey.md", "aliases: [Ankara]", "aliases: Ankara"),
        "content/actors/turkey.md:4:10: error: 'aliases' must be a list, not text"),
    "an id against the rules": ({"claims/Delivery_Delayed2.md": BASE["claims/delivery-delayed.md"]},
        "content/claims/Delivery_Delayed2.md:1:1: error: id 'Delivery_Delayed2' breaks the id rules\n"
        "  hint: ids are lowercase a-z0-9 words joined by '-': rename to 'delivery-delayed2.md'"),
    "the same id twice": ({"events/turkey.md": "---\ntitle: Turkey\ndate: 2019\n---\n"},
        "content/events/turkey.md:1:1: error: id 'turkey' is also used by content/actors/turkey.md\n"
        "  hint: ids are unique across sources, actors, claims and events: rename one"),
    "an unknown actor": (edit(SOURCE, "by: ismail-demir", "by: ismael-demir"),
        "content/sources/interview.md:8:9: error: unknown actor 'ismael-demir'\n"
        "  hint: did you mean 'ismail-demir'?"),
    "an unknown claim": (edit(SOURCE, "claim: delivery-delayed", "claim: delivery-delay"),
        "content/sources/interview.md:7:12: error: unknown claim 'delivery-delay'\n"
        "  hint: did you mean 'delivery-delayed'?"),
    "an unknown event": (edit(SOURCE, "event: demir-interview", "event: demir-interveiw"),
        "content/sources/interview.md:11:12: error: unknown event 'demir-interveiw'\n"
        "  hint: did you mean 'demir-interview'?"),
    "an unknown actor in a mention": (edit(SOURCE, "  - quote: Demir told a broadcaster on Monday\n", "  - quote: Ankara\n    actor: turkee\n  - quote: Demir told a broadcaster on Monday\n"),
        "content/sources/interview.md:11:12: error: unknown actor 'turkee'\n"
        "  hint: did you mean 'turkey'?"),
    "an unknown speaker of a quotation": (edit(SOURCE, "  - quote: Demir told a broadcaster on Monday\n", "  - quote: Demir said talks go on.\n    quotation: true\n    by: ismail-demirr\n  - quote: Demir told a broadcaster on Monday\n"),
        "content/sources/interview.md:12:9: error: unknown actor 'ismail-demirr'\n"
        "  hint: did you mean 'ismail-demir'?"),
    "an unknown actor like none": (edit(SOURCE, "by: ismail-demir", "by: nobody-at-all"),
        "content/sources/interview.md:8:9: error: unknown actor 'nobody-at-all'\n"
        "  hint: known actors: ismail-demir, turkey"),
    "words said after the report": (edit(SOURCE, "    stance: asserts\n", "    stance: asserts\n    said: 2019-11-05\n"),
        "content/sources/interview.md:10:11: error: said 5 Nov 2019, after this report (4 Nov 2019)\n"
        "  hint: a report quotes what was said before it was published"),
    "an event the report dates after itself": (edit(SOURCE, "    event: demir-interview\n", "    event: demir-interview\n    date: 2019-12\n"),
        "content/sources/interview.md:12:11: error: the report dates the event Dec 2019, after the report itself (4 Nov 2019)\n"
        "  hint: check the date, or the report's `published`"),
    "a quote not in the body": (edit(SOURCE, "quote: The joint production concept may move", "quote: The joint-production concept may shift"),
        "content/sources/interview.md:6:12: error: quote not found in the body\n"
        "  hint: nearest text (line 17): \"“The joint production concept may move the timeline.”\""),
    "a quote without the body's quotation marks": (edit(SOURCE, "quote: The joint production concept may move the timeline.\n", "quote: The joint production concept may move the timeline. he said.\n"),
        "content/sources/interview.md:6:12: error: quote not found in the body\n"
        "  hint: the body has quotation marks in these words (line 17); copy them too: “The joint production concept may move the timeline.” he said."),
    "a quote with quotation marks the body lacks": (edit(SOURCE, "quote: Demir told a broadcaster on Monday\n", "quote: “Demir said talks go on.”\n"),
        "content/sources/interview.md:10:12: error: quote not found in the body\n"
        "  hint: nearest text (line 15): \"Demir said talks go on.\""),
    "an ambiguous quote": (edit(SOURCE, "quote: Demir told a broadcaster on Monday\n",
                                "quote: Demir\n"),
        "content/sources/interview.md:10:12: error: quote occurs 2 times (at 13:1, 15:1)\n"
        "  hint: add prefix or suffix, occurrence: N, or all: true"),
    "an occurrence past the last": (edit(SOURCE, "quote: Demir told a broadcaster on Monday\n",
                                         "quote: Demir\n    occurrence: 3\n"),
        "content/sources/interview.md:10:12: error: occurrence 3 asked, but the quote occurs "
        "2 time(s)"),
    "a stance not in the list": (edit(SOURCE, "stance: asserts", "stance: claims"),
        "content/sources/interview.md:9:13: error: 'stance' of annotation 1 must be one of asserts, denies, doubts, reports; got 'claims'\n"
        "  hint: asserts: says it is so; denies: says it is not so; doubts: questions it; reports: passes it on, taking no side"),
    "a kind not in the list": (edit("actors/turkey.md", "kind: state", "kind: country"),
        "content/actors/turkey.md:3:7: error: 'kind' must be one of person, organization, state, alliance, media, anonymous; got 'country'"),
    "a date that is not EDTF": (edit("events/demir-interview.md", "date: 2019-11-04", "date: 4 November 2019"),
        "content/events/demir-interview.md:3:7: error: bad date: '4 November 2019' is not an EDTF date\n"
        "  hint: use YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~ (approximate) or ? (uncertain), or an interval A/B of two such dates"),
    "an event dated after its report": (edit("events/demir-interview.md", "date: 2019-11-04", "date: 2019-12"),
        "content/sources/interview.md:11:12: error: event 'demir-interview' is dated Dec 2019, after this report (4 Nov 2019)\n"
        "  hint: check the event's date, the report's `published`, or the event id"),
    "a file that is not UTF-8": ({"actors/turkey.md": BASE["actors/turkey.md"].replace("The buyer.", "The buyer, Türkiye.").encode("latin-1")},
        "content/actors/turkey.md:6:13: error: file is not UTF-8 (byte 0xfc)\n"
        "  hint: save the file as UTF-8"),
    "a url that is not http(s)": (edit(SOURCE, "https://example.org/a", "ftp://example.org/a"),
        "content/sources/interview.md:4:6: error: url 'ftp://example.org/a' is not an http(s) address\n"
        "  hint: write the full address, starting with https:// or http://"),
    "a blank left by dossier new": (edit(SOURCE, "url: https://example.org/a", "url: ''"),
        "content/sources/interview.md:4:6: error: 'url' is blank\n"
        "  hint: fill it in, or delete the line if the report does not say"),
    "a tab in the YAML": (
        edit(SOURCE, "    claim: delivery-delayed", "\tclaim: delivery-delayed"),
        "content/sources/interview.md:7:1: error: YAML does not parse: a tab character\n"
        "  hint: YAML indents with spaces: replace the tab with spaces"),
    "a key indented too far": (
        edit(SOURCE, "    by: ismail-demir", "      by: ismail-demir"),
        "content/sources/interview.md:8:7: error: YAML does not parse: this line is indented more than the one above\n"
        "  hint: the keys of one entry start in the same column: column 5, as on the one above"),
    "a list item out of line": (
        edit(SOURCE, "  - quote: Demir told a broadcaster on Monday", " - quote: Demir told a broadcaster on Monday"),
        "content/sources/interview.md:10:2: error: YAML does not parse: this line is indented less than the item above\n"
        "  hint: the items of a list start in the same column: column 3, as on the item above"),
    "a key indented too little": (
        edit(SOURCE, "    by: ismail-demir", "  by: ismail-demir"),
        "content/sources/interview.md:8:3: error: YAML does not parse: this line is indented less than the one above\n"
        "  hint: the keys of one entry start in the same column: column 5, as on the one above"),
    "a quote left open mid-list": (
        edit(SOURCE, "  - quote: Demir told a broadcaster on Monday", '  - quote: "Demir told a broadcaster on Monday'),
        "content/sources/interview.md:10:12: error: YAML does not parse: a quoted text is never closed\n"
        "  hint: close the quote or bracket that starts here"),
    "a prefix that does not fit": (
        edit(SOURCE, "    event: demir-interview", "    event: demir-interview\n    prefix: Then"),
        "content/sources/interview.md:10:12: error: quote found 1 time(s), but not with this prefix/suffix\n"
        '  hint: at line 14 it reads: "[Demir told a broadcaster on Monday] that Ankara wants more. Demir…"'),
    "straight quotes where the body has curly ones": (
        edit(SOURCE, "  - quote: The joint production concept may move the timeline.\n",
             "  - quote: '\"The joint production concept may move the timeline.\"'\n"),
        "content/sources/interview.md:6:12: error: quote not found in the body\n"
        "  hint: the body writes “ ” where the quote has plain quotes, apostrophes or dashes: copy them from the body"),
    "a verdict that is the opposite of the nearest": (
        edit("claims/delivery-delayed.md", "verdict: unresolved", "verdict: unconfirmed"),
        # never "did you mean 'confirmed'?": what each means instead
        "content/claims/delivery-delayed.md:3:10: error: 'verdict' must be one of disputed, contradicted, unresolved, confirmed; got 'unconfirmed'\n"
        "  hint: disputed: the reports carry it and a challenge to it, and do not settle which is right; contradicted: what the reports record later shows that it is not so, or did not happen; unresolved: put forward, but the reports give too little to settle it either way; confirmed: the reports bear it out: several say so, or what happened next shows it"),
    "an unsafe link in a note": (edit("actors/turkey.md", "The buyer.", "The [buyer](javascript:alert(1))."),
        "content/actors/turkey.md:6:13: error: unsafe link to a javascript: address\n"
        "  hint: links in notes may go to http(s), mailto or another page"),
}


def check(tmp_path: Path, monkeypatch, capsys, files: dict[str, str | bytes]) -> str:
    for name, text in {**BASE, **files}.items():
        path = tmp_path / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["check"])
    err = capsys.readouterr().err
    return f"exit {code}\n{err}"


def test_a_report_from_the_future_is_an_error_after_an_undated_one_too(
        tmp_path, monkeypatch, capsys) -> None:
    future = edit(SOURCE, "published: 2019-11-04", "published: 2999-01-01")
    undated = {"sources/aaa.md": "---\ntitle: Undated\n---\nText.\n"}
    assert check(tmp_path, monkeypatch, capsys, {**future, **undated}) == (
        "exit 1\ncontent/sources/aaa.md:2:1: error: missing required field 'published' in "
        "front matter\ncontent/sources/interview.md:3:12: error: published 1 Jan 2999, which "
        "is in the future\n  hint: check the year\n2 error(s), 0 warning(s)\n")


def test_a_report_of_today_is_no_report_from_the_future(tmp_path, monkeypatch, capsys) -> None:
    today = edit(SOURCE, "published: 2019-11-04", f"published: {dt.date.today().isoformat()}")
    assert check(tmp_path, monkeypatch, capsys, today) == \
        "exit 0\ncontent is sound: no problems found\n"


def test_the_base_dossier_is_sound(tmp_path, monkeypatch, capsys) -> None:
    assert check(tmp_path, monkeypatch, capsys, {}) == \
        "exit 0\ncontent is sound: no problems found\n"


@pytest.mark.parametrize("mistake", list(CASES))
def test_each_mistake_gets_one_precise_message(mistake, tmp_path, monkeypatch, capsys) -> None:
    files, expected = CASES[mistake]
    out = check(tmp_path, monkeypatch, capsys, files)
    assert out == f"exit 1\n{expected}\n1 error(s), 0 warning(s)\n"


@pytest.mark.parametrize(("path", "old", "new"), [
    ("actors/turkey.md", "aliases: [Ankara]", "aliases: [{a: b}]"),
    ("actors/ismail-demir.md", "affiliations: [turkey]", "affiliations: [{a: b}]"),
    (SOURCE, "quote: Demir told a broadcaster on Monday", "quote: 123"),
    (SOURCE, "    event: demir-interview", "    event: demir-interview\n    occurrence: '2'"),
    (SOURCE, "by: ismail-demir", "by: [ismail-demir]"),
    (SOURCE, "annotations:\n", "x: &a [*a]\nannotations:\n"),
    (SOURCE, "annotations:\n", "? [a, b]\n: 1\nannotations:\n"),
    (SOURCE, "published: 2019-11-04", "published: '0000/2019'"),
    (SOURCE, "annotations:\n", "annotations: 7\nx:\n"),
    ("events/demir-interview.md", "actors: [ismail-demir]", "actors: ismail-demir"),
])
def test_malformed_values_are_errors_not_tracebacks(path, old, new, tmp_path, monkeypatch,
                                                    capsys) -> None:
    out = check(tmp_path, monkeypatch, capsys, edit(path, old, new))
    assert out.startswith("exit 1\ncontent/")
    assert "Traceback" not in out


WARNINGS: dict[str, tuple[dict[str, str | bytes], str]] = {
    "a name two actors share": (
        {"actors/demir-bank.md": "---\nname: Demir Bank\nkind: organization\n"
                                 "aliases: [Demir]\n---\nA bank.\n"},
        "content/actors/demir-bank.md:4:10: warning: the name 'Demir' belongs to 2 actors: "
        "demir-bank, ismail-demir\n"
        "  hint: it is not found automatically; annotate its mentions by hand"),
    "a suppress that matches nothing": (
        edit(SOURCE, "annotations:\n", "annotations:\n  - quote: talks go on\n    suppress: true\n"),
        "content/sources/interview.md:6:5: warning: suppress matches no automatic annotation\n"
        "  hint: remove it, or check the quote and prefix/suffix"),
}


@pytest.mark.parametrize("mistake", list(WARNINGS))
def test_each_doubt_gets_one_precise_warning(mistake, tmp_path, monkeypatch, capsys) -> None:
    files, expected = WARNINGS[mistake]
    out = check(tmp_path, monkeypatch, capsys, files)
    assert out == f"exit 0\n{expected}\n0 error(s), 1 warning(s)\n"


NOT_FOUND = {
    # The words are there but for the quotation marks around them.
    "The joint production concept may move the timeline. he said":
        "the body has quotation marks in these words (line 19); copy them too: "
        "“The joint production concept may move the timeline.” he said",
    # Nothing like it: no hint that would mislead.
    "Пресс-служба не комментирует": "",
    # The prefix does not fit: the words around the match, five each side, cut with "…".
    "talks go on":
        'at line 18 it reads: "…Ankara wants more. Demir said [talks go on]. “The joint '
        'production concept…"',
}


@pytest.mark.parametrize("quote", list(NOT_FOUND))
def test_a_quote_not_found_says_what_is_there(quote, tmp_path, monkeypatch, capsys) -> None:
    prefix = "    prefix: Then\n" if quote == "talks go on" else ""
    files = edit(SOURCE, "  - quote: Demir told a broadcaster on Monday\n",
                 f"  - quote: {quote}\n{prefix}    actor: turkey\n"
                 "  - quote: Demir told a broadcaster on Monday\n")
    out = check(tmp_path, monkeypatch, capsys, files)
    hint = NOT_FOUND[quote]
    assert f"\n  hint: {hint}\n" in out if hint else "  hint:" not in out.split("\n")[2], out
