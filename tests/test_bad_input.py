"""Hostile or broken content: `dossier check` and `dossier build` answer with
a located message and exit 1, never a traceback.

Each case is the mini fixture with one file changed (or one file added),
written into tmp and checked there, so that diagnostics name
`content/<file>` as a contributor sees them. What every case asks:

- no exception escapes `main()`, and no "Traceback" text is printed;
- the exit code is 1 where the content is wrong, 0 where it is only odd;
- an error `content/<file>:<line>:<col>: error:` names the changed file
  and, where the mistake sits on one line, that line;
- every output line is a diagnostic, a hint or the summary: no value or
  file name can start a line of its own, so none can smuggle in a GitHub
  workflow command; with `--format github`, each diagnostic is exactly one
  well-formed command whose message and `file=` property are escaped as
  GitHub documents; `--format json` parses;
- all output is valid UTF-8 (a lone surrogate from a YAML escape is
  reported, never printed raw);
- a build that fails leaves the last good docs folder and site as they
  were, and blames the content file, not mkdocs.yml.

Decisions taken here, where the content is odd rather than wrong:

- a report published in the year 1 is valid (EDTF allows it): its
  "yesterday" or "last year" are simply left undated (exit 0);
- a lone surrogate (`"X\\ud800"`) is an error at its line: it cannot be
  written to a UTF-8 page, and the policy is verbatim text, so it is not
  silently replaced;
- a byte-order mark at the start of a file is accepted as if it were not
  there (a located error saying so is also accepted, "no front matter" is
  not).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "mini" / "content"
MINI_FILES = {str(p.relative_to(MINI)): p.read_text(encoding="utf-8")
              for p in sorted(MINI.rglob("*.md"))}

ACTOR = "actors/mevlut-cavusoglu.md"  # line 6: "role: Foreign minister"
CLAIM = "claims/nato-said-nothing.md"  # line 3: "verdict: disputed"
EVENT = "events/med-forum.md"  # line 2: "title: The MED forum"
SOURCE = "sources/forum-report.md"  # line 15: "stance: asserts"; line 25: 'prefix: "road to "'
HOME = "index.md"  # line 2: "title: A small dossier"

TRACEBACK = "Traceback (most recent call last)"
DIAGNOSTIC = re.compile(r"^(?P<path>\S.*?):(?P<line>\d+):(?P<col>\d+): "
                        r"(?P<severity>error|warning): (?P<message>.*)$")
HINT = re.compile(r"^  hint: ")
SUMMARY = re.compile(r"^\d+ error\(s\), \d+ warning\(s\)$")
OTHER_LINES = ("content is sound: no problems found", "nothing was written: fix the errors above")
# One workflow command: properties escaped (no raw , or :), message on one line.
GITHUB = re.compile(r"^::(?P<severity>error|warning) file=(?P<file>[^,:\r]*),"
                    r"line=(?P<line>[1-9]\d*),col=(?P<col>[1-9]\d*)::(?P<message>[^\r]*)$")
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
MESSAGE_ESCAPES = re.compile(r"%(?!25|0D|0A)")
PROPERTY_ESCAPES = re.compile(r"%(?!25|0D|0A|3A|2C)")


# --------------------------------------------------------------------------
# Helpers


def edit(path: str, old: str, new: str) -> dict[str, str]:
    """The mini fixture's `path` with `old` replaced by `new` (once)."""
    assert old in MINI_FILES[path], (path, old)
    return {path: MINI_FILES[path].replace(old, new, 1)}


@pytest.fixture
def dossier(write_content):
    """Write the mini fixture with some files changed or added; run in tmp."""
    return lambda changes: write_content({**MINI_FILES, **changes})


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `dossier argv`; an exception that
    escapes main() fails the test with its name, which is the bug."""
    try:
        code = main(list(argv))
    except Exception as exc:
        capsys.readouterr()
        raise AssertionError(f"{type(exc).__name__} escaped main({list(argv)}): "
                             f"{str(exc)[:300]}") from exc
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def diagnostics(output: str) -> list[dict[str, str]]:
    return [m.groupdict() for line in output.splitlines() if (m := DIAGNOSTIC.match(line))]


def assert_error_at(output: str, file: str, line: int | None = None) -> None:
    """An error at content/<file>, on `line` when it is given."""
    path = f"content/{file}"
    found = [d for d in diagnostics(output) if d["path"] == path and d["severity"] == "error"]
    assert found, f"no error at {path} in:\n{output}"
    if line is not None:
        lines = sorted({int(d["line"]) for d in found})
        assert line in lines, f"errors at {path} are on lines {lines}, not {line}:\n{output}"


def assert_no_traceback(*outputs: str) -> None:
    for output in outputs:
        assert TRACEBACK not in output, output


def assert_text_lines(output: str) -> None:
    """Every line is a diagnostic, a hint, the summary or a known remark:
    nothing from the content starts a line of its own, and no raw control
    character or line break from it reaches the terminal."""
    shown = UNSAFE.search(output)
    assert not shown, f"a raw control character or line break in the output: {shown[0]!r}"
    for line in output.removesuffix("\n").split("\n"):
        assert not line.startswith("::"), f"a workflow command in the text output: {line!r}"
        assert (DIAGNOSTIC.match(line) or HINT.match(line) or SUMMARY.match(line)
                or line in OTHER_LINES), f"a stray line in the text output: {line!r}"


def unescape_property(value: str) -> str:
    codes = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: codes[m.group(0)], value)


def assert_github_commands(output: str, count: int) -> list[dict[str, str]]:
    """`count` lines, each one well-formed workflow command; their fields."""
    lines = output.removesuffix("\n").split("\n") if output else []
    assert len(lines) == count, f"{count} diagnostics, {len(lines)} lines:\n{output}"
    commands = []
    for line in lines:
        match = GITHUB.match(line)
        assert match, f"not one well-formed workflow command: {line!r}"
        assert not MESSAGE_ESCAPES.search(match["message"]), f"% not escaped: {line!r}"
        assert not PROPERTY_ESCAPES.search(match["file"]), f"% not escaped: {line!r}"
        commands.append(match.groupdict())
    return commands


def check_all_formats(capsys) -> tuple[int, str, list[dict[str, str]]]:
    """Run check in every format, each keeping its own promises (github: one
    command per diagnostic of the JSON); the exit code, the text output and
    the workflow commands."""
    code, out, err = run(capsys, "check")
    assert out == ""
    assert_no_traceback(err)
    assert_text_lines(err)
    json_code, json_out, json_err = run(capsys, "check", "--format", "json")
    assert_no_traceback(json_out, json_err)
    items = json.loads(json_out)
    github_code, github_out, github_err = run(capsys, "check", "--format", "github")
    assert_no_traceback(github_out, github_err)
    commands = assert_github_commands(github_out, len(items))
    assert code == json_code == github_code
    return code, err, commands


# --------------------------------------------------------------------------
# YAML tags and merge keys: ConstructorError today


TAGS = {
    "an application tag": (ACTOR, "role: Foreign minister", "role: !foo bar", 6),
    "a Python name tag": (ACTOR, "role: Foreign minister", "role: !!python/name:os.system", 6),
    "a Python object tag": (ACTOR, "role: Foreign minister",
                            "role: !!python/object/apply:os.system ['true']", 6),
    "a tag on a key": (ACTOR, "role: Foreign minister", "!foo role: Foreign minister", 6),
    "a tag in an annotation": (SOURCE, "stance: asserts", "stance: !foo asserts", 15),
    # Standard tags on values they cannot read: AttributeError, ValueError,
    # KeyError, IndexError in frontmatter_yaml._Builder.build today.
    "!!timestamp on a word": (SOURCE, "published: 2019-12~", "published: !!timestamp x", 4),
    "!!timestamp on a month 13": (SOURCE, "published: 2019-12~",
                                  "published: !!timestamp 2019-13-45", 4),
    "!!int on a word": (ACTOR, "role: Foreign minister", "role: !!int x", 6),
    "!!int on nothing": (ACTOR, "role: Foreign minister", "role: !!int ''", 6),
    "!!float on a dot": (ACTOR, "role: Foreign minister", "role: !!float .", 6),
    "!!bool on a word": (SOURCE, "    all: true", "    all: !!bool x", 19),
    "!!binary on bad base64": (ACTOR, "role: Foreign minister", "role: !!binary 'YQ'", 6),
    "a merge key": (ACTOR, "role: Foreign minister", "<<: {role: x}", 6),
    "a merge key of a list": (ACTOR, "role: Foreign minister", "<<: [{role: x}, {kind: state}]", 6),
}


@pytest.mark.parametrize("case", list(TAGS))
def test_a_yaml_tag_or_merge_key_is_an_error_on_its_line(case, dossier, capsys) -> None:
    file, old, new, line = TAGS[case]
    dossier(edit(file, old, new))
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, file, line)


# --------------------------------------------------------------------------
# Keys that are not text: TypeError in schema.py today


KEYS = {
    "a year as a key": (ACTOR, "role: Foreign minister", "2019: x", 6),
    "a number key beside a text one": (ACTOR, "role: Foreign minister", "1: a\nb: c", 6),
    "a null key": (ACTOR, "role: Foreign minister", "null:", 6),
    "a boolean key": (CLAIM, "verdict_note: One side says so, the other does not.", "true: x", 4),
    "a number key in an annotation": (SOURCE, '    prefix: "road to "', "    2019: x", 25),
}


@pytest.mark.parametrize("case", list(KEYS))
def test_a_key_that_is_not_text_is_an_error_on_its_line(case, dossier, capsys) -> None:
    file, old, new, line = KEYS[case]
    dossier(edit(file, old, new))
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, file, line)


# --------------------------------------------------------------------------
# Control characters in the front matter: yaml ReaderError today


CONTROLS = {"NUL": "\x00", "ESC": "\x1b", "BEL": "\x07", "DEL": "\x7f", "U+FFFE": "\ufffe"}


@pytest.mark.parametrize("name", list(CONTROLS))
@pytest.mark.parametrize("where", ["value", "key"])
def test_a_raw_control_character_in_front_matter_is_an_error_on_its_line(
        name, where, dossier, capsys) -> None:
    char = CONTROLS[name]
    new = f"role: Foreign{char}minister" if where == "value" else f"ro{char}le: Foreign minister"
    dossier(edit(ACTOR, "role: Foreign minister", new))
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, ACTOR, 6)


ESCAPES = {"NUL": "\\0", "ESC": "\\e", "BEL": "\\a", "CR": "\\r"}


@pytest.mark.parametrize("name", list(ESCAPES))
def test_a_control_character_written_as_an_escape_is_an_error_on_its_line(
        name, dossier, capsys) -> None:
    """A double-quoted "\\e" passes YAML's reader but would reach a terminal."""
    dossier(edit(ACTOR, "role: Foreign minister", f'role: "Foreign{ESCAPES[name]}minister"'))
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, ACTOR, 6)


@pytest.mark.parametrize("name", ["BEL", "ESC", "DEL"])
def test_a_control_character_in_a_report_is_an_error_at_its_column(
        name, dossier, capsys) -> None:
    dossier({DATED: f"---\ntitle: A report\n---\nFirst line.\nSecond{CONTROLS[name]}line.\n"})
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert f"content/{DATED}:5:7: error: the text holds the control character" in err


# --------------------------------------------------------------------------
# Deep nesting: RecursionError today


NESTING = {
    "a flow list 500 deep": ("role: " + "[" * 500 + "]" * 500, 6),
    "a flow mapping 500 deep": ("role: " + "{a: " * 500 + "b" + "}" * 500, 6),
    "a block mapping 500 deep": (
        "role:\n" + "".join("  " * i + "a:\n" for i in range(1, 501)) + "  " * 501 + "x", None),
}


@pytest.mark.parametrize("case", list(NESTING))
def test_nesting_500_levels_deep_is_an_error(case, dossier, capsys) -> None:
    new, line = NESTING[case]
    dossier(edit(ACTOR, "role: Foreign minister", new))
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, ACTOR, line)


# --------------------------------------------------------------------------
# Relative dates read against a missing, malformed or extreme `published`:
# EdtfError or OverflowError today. The report is content/sources/dated.md,
# `published` on line 3.

DATED = "sources/dated.md"
DATES = {
    # case: (published line or None, words in the body, expected exit code)
    "no published, next year": (None, "Delivery comes next year.", 1),
    "no published, last year": (None, "The deal was signed last year.", 1),
    "a malformed published, next year": ("published: soon", "Delivery comes next year.", 1),
    "a malformed published, last year": ("published: 2019-13", "It was signed last year.", 1),
    "published 0001-01-01, yesterday": ('published: "0001-01-01"', "It was signed yesterday.", 0),
    "published 0001, last year": ('published: "0001"', "It was signed last year.", 0),
    "published 0001-01, last month": ('published: "0001-01"', "It was signed last month.", 0),
    "published 0001-01-01, last week": ('published: "0001-01-01"', "It was signed last week.", 0),
    "published 0001-01-01, on Sunday": ('published: "0001-01-01"', "It was signed on Sunday.", 0),
    "published 9999, next year": ('published: "9999"', "Delivery comes next year.", 1),
    "published 9999-12, next month": ('published: "9999-12"', "Delivery comes next month.", 1),
    "published 9999-12-31, next week": ('published: "9999-12-31"', "It comes next week.", 1),
}


@pytest.mark.parametrize("case", list(DATES))
def test_relative_dates_against_an_odd_published_date(case, dossier, capsys) -> None:
    published, body, expected = DATES[case]
    front = "\n".join(["---", "title: A dated report", *([published] if published else []),
                       "---"])
    dossier({DATED: f"{front}\n{body}\n"})
    code, err, _ = check_all_formats(capsys)
    assert code == expected, err
    if expected:
        assert_error_at(err, DATED, 3 if published else None)
    else:
        assert not [d for d in diagnostics(err) if d["path"] == f"content/{DATED}"], err


# --------------------------------------------------------------------------
# occurrence below 1: IndexError in anchor.py today


@pytest.mark.parametrize("occurrence", [-1, -1000, "1.0"])
def test_a_negative_occurrence_is_an_error_on_its_line(occurrence, dossier, capsys) -> None:
    dossier(edit(SOURCE, '    prefix: "road to "', f"    occurrence: {occurrence}"))
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, SOURCE, 25)


# --------------------------------------------------------------------------
# A quote that shares no letters with the body: IndexError in textmatch.py


RUSSIAN = "sources/russian-report.md"


@pytest.mark.parametrize(("body", "quote"), [
    ("Россия поставила Турции системы С-400.", "a deal"),
    ("Контракт подписан в Москве", "ok go"),
])
def test_a_quote_not_found_in_a_body_of_other_letters(body, quote, dossier, capsys) -> None:
    dossier({RUSSIAN: "---\ntitle: Россия и Турция\npublished: 2019-12-01\nlanguage: ru\n"
                      f"annotations:\n  - quote: {quote}\n    actor: turkey\n---\n{body}\n"})
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, RUSSIAN, 6)
    assert "quote not found" in err


# --------------------------------------------------------------------------
# A lone surrogate, written as a YAML escape: `--format json` and `build`
# crash with UnicodeEncodeError today (and text or github output that holds
# it cannot be written as UTF-8).


SURROGATES = {
    "an actor's role": (ACTOR, "role: Foreign minister", 'role: "X\\ud800"', 6),
    "a claim's verdict": (CLAIM, "verdict: disputed", 'verdict: "X\\ud800"', 3),
    "a source's title": (SOURCE, "title: Minister says NATO said nothing",
                         'title: "X\\ud800"', 2),
    "an annotation's speaker": (SOURCE, "by: mevlut-cavusoglu", 'by: "mevlut\\udfff"', 14),
    "an event's title": (EVENT, "title: The MED forum", 'title: "X\\ud800"', 2),
    "the home page's title": (HOME, "title: A small dossier", 'title: "X\\ud800"', 2),
    "a key": (ACTOR, "role: Foreign minister", '"X\\ud800": x', 6),
}


@pytest.mark.parametrize("case", list(SURROGATES))
@pytest.mark.parametrize("style", ["text", "github", "json"])
def test_a_lone_surrogate_is_an_error_in_every_format(case, style, dossier, capsys) -> None:
    file, old, new, line = SURROGATES[case]
    dossier(edit(file, old, new))
    code, out, err = run(capsys, "check", "--format", style)
    assert_no_traceback(out, err)
    assert code == 1
    if style == "json":
        items = json.loads(out)
        assert any(i["path"] == f"content/{file}" and i["line"] == line
                   and i["severity"] == "error" for i in items), out
    elif style == "github":
        commands = assert_github_commands(out, len(out.removesuffix("\n").split("\n")))
        assert any(unescape_property(c["file"]) == f"content/{file}" and int(c["line"]) == line
                   and c["severity"] == "error" for c in commands), out
    else:
        assert_text_lines(err)
        assert_error_at(err, file, line)


@pytest.mark.parametrize("case", list(SURROGATES))
def test_a_lone_surrogate_stops_the_build_before_anything_is_written(
        case, dossier, capsys, tmp_path) -> None:
    file, old, new, line = SURROGATES[case]
    dossier(edit(file, old, new))
    code, out, err = run(capsys, "build", "--docs-only", "--docs", str(tmp_path / "docs"))
    assert_no_traceback(out, err)
    assert code == 1
    assert_error_at(err, file, line)
    assert not (tmp_path / "docs").exists()
    assert not list(tmp_path.glob(".docs-*"))


# --------------------------------------------------------------------------
# Problems without a location: a line break in a value, a file name in the
# `file=` property, a byte-order mark.


LINE_BREAKS = {
    "a verdict": edit(CLAIM, "verdict: disputed",
                      'verdict: "x\\n::error file=README.md,line=1::injected"'),
    "a key": edit(ACTOR, "role: Foreign minister",
                  '"a\\n::error file=README.md,line=1::injected": x'),
    "a carriage return in a verdict": edit(CLAIM, "verdict: disputed",
                                           'verdict: "x\\r::error file=README.md::injected"'),
    # The quote is found, but not with its prefix: the hint shows the quote.
    "a quote shown in a hint": {SOURCE: MINI_FILES[SOURCE]
                                .replace('prefix: "road to "', 'prefix: "nowhere"')
                                .replace('- quote: "Ankara"',
                                         '- quote: "road\\n::error file=README.md::injected"')
                                .replace("on the road to Ankara",
                                         "on the road ::error file=README.md::injected")},
}


@pytest.mark.parametrize("case", list(LINE_BREAKS))
def test_a_line_break_in_a_value_cannot_start_a_line_of_output(case, dossier, capsys) -> None:
    dossier(LINE_BREAKS[case])
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert "::error file=README.md" not in "\n".join(
        line for line in err.splitlines() if line.startswith("::"))


FILE_NAMES = [
    "claims/evil,line=99,col=9::x.md",
    "claims/a%0Ab,c.md",
    "claims/x::warning file=README.md::y.md",
    "claims/x\n::error file=README.md,line=1::injected.md",
    "claims/x\r.md",
]


@pytest.mark.parametrize("name", FILE_NAMES)
def test_a_file_name_is_escaped_in_github_commands(name, dossier, capsys) -> None:
    dossier({name: "---\nstatement: A claim.\nverdict: unresolved\n---\n"})
    code, err, commands = check_all_formats(capsys)
    assert code == 1  # the name breaks the id rules
    files = {unescape_property(c["file"]) for c in commands if c["severity"] == "error"}
    assert f"content/{name}" in files, commands
    if "\n" not in name and "\r" not in name:
        assert_error_at(err, name, 1)


@pytest.mark.parametrize("file", [ACTOR, CLAIM, EVENT, SOURCE, HOME])
def test_a_byte_order_mark_is_not_taken_for_missing_front_matter(
        file, dossier, capsys, tmp_path) -> None:
    dossier({})
    assert run(capsys, "build", "--docs-only", "--docs", str(tmp_path / "clean"))[0] == 0
    dossier({file: "\ufeff" + MINI_FILES[file]})
    code, err, _ = check_all_formats(capsys)
    assert "no front matter" not in err
    if code == 0:  # accepted: the same site as without the mark
        assert run(capsys, "build", "--docs-only", "--docs", str(tmp_path / "docs"))[0] == 0
        for page in sorted((tmp_path / "clean").rglob("*.md")):
            made = tmp_path / "docs" / page.relative_to(tmp_path / "clean")
            assert made.read_text(encoding="utf-8") == page.read_text(encoding="utf-8"), made
    else:  # or refused at its place
        assert_error_at(err, file, 1)


# --------------------------------------------------------------------------
# Content that passes `check` and then breaks `build`. Whatever is decided
# for each (valid and built, or refused by check), check and build agree, a
# refusal names the content file, and a failed build leaves the last good
# docs and site in place.


BUILDS = {
    "an event dated 9999": {"events/far-future.md": "---\ntitle: Far ahead\ndate: 9999\n---\n"},
    "an event dated 9999-12-31": {
        "events/far-future.md": "---\ntitle: Far ahead\ndate: 9999-12-31\n---\n"},
    "an event dated 0001 and one dated 9999": {
        "events/far-back.md": "---\ntitle: Far back\ndate: '0001'\n---\n",
        "events/far-future.md": "---\ntitle: Far ahead\ndate: '9999'\n---\n"},
    "an actor named [x](//[)": edit(ACTOR, "name: Mevlüt Çavuşoğlu", "name: '[x](//[)'"),
    "a claim stated [x](//[)": edit(CLAIM, "statement: NATO raised no objection to the purchase.",
                                    "statement: '[x](//[)'"),
    "an event titled ![x](//[)": edit(EVENT, "title: The MED forum", "title: '![x](//[)'"),
}


@pytest.mark.parametrize("case", list(BUILDS))
def test_what_check_passes_builds(case, dossier, capsys, tmp_path) -> None:
    dossier(BUILDS[case])
    docs, site = tmp_path / "docs", tmp_path / "site"
    for folder in (docs, site):
        folder.mkdir()
        (folder / "last-good.txt").write_text("kept")
    check_code, _, check_err = run(capsys, "check")
    code, out, err = run(capsys, "build", "--docs", str(docs), "--site", str(site),
                         "--config", str(ROOT / "mkdocs.yml"))
    assert code in (0, 1)
    assert code == check_code, f"check said {check_code}, build {code}:\n{check_err}\n{err}"
    assert_no_traceback(check_err, out, err)
    if code == 0:
        assert (site / "index.html").is_file()
        return
    assert not any(d["path"].endswith("mkdocs.yml") for d in diagnostics(err)), err
    assert any(d["path"] == f"content/{name}" and d["severity"] == "error"
               for d in diagnostics(err) for name in BUILDS[case]), err
    for folder in (docs, site):
        assert sorted(p.name for p in folder.iterdir()) == ["last-good.txt"], folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "docs", "site"]


# --------------------------------------------------------------------------
# Limits: what no report needs is refused with a clear error at its file.
# (The inputs are such that a linear check answers well within a second;
# no test here measures time.)


def test_a_body_of_8_mb_is_refused(dossier, capsys) -> None:
    paragraph = ("The committee met again on the matter of the purchase, and its members "
                 "agreed to meet again after the summer.\n\n")
    body = paragraph * (8_000_000 // len(paragraph) + 1)
    dossier({"sources/huge.md": "---\ntitle: A very long report\npublished: 2019-12-01\n"
                                "---\n" + body})
    code, out, err = run(capsys, "check")
    assert_no_traceback(out, err)
    assert code == 1
    assert_error_at(err, "sources/huge.md")
    refusal = [d for d in diagnostics(err) if d["path"] == "content/sources/huge.md"]
    assert any(re.search(r"\bbody\b", d["message"], re.I) and re.search(
        r"too (long|large|big)|limit|exceed|over|larger|longer|\bMB\b|bytes|characters",
        d["message"], re.I) for d in refusal), err


@pytest.mark.slow  # load's refusal, seconds long: no code `make mutate` mutates
def test_50000_annotations_in_one_file_are_refused(dossier, capsys) -> None:
    items = "".join(f"  - {{quote: Lorem, occurrence: {i % 3 + 1}, date: '2019'}}\n"
                    for i in range(50_000))
    dossier({"sources/busy.md": "---\ntitle: A busy report\npublished: 2019-12-01\n"
                                f"annotations:\n{items}---\n"
                                "Lorem ipsum, 2019. Lorem dolor, 2019. Lorem amet, 2019.\n"})
    code, out, err = run(capsys, "check")
    assert_no_traceback(out, err)
    assert code == 1
    refusal = [d for d in diagnostics(err) if d["path"] == "content/sources/busy.md"
               and d["severity"] == "error"]
    assert refusal, err[-2000:]
    assert len(refusal) <= 3, f"{len(refusal)} errors: refuse the file, not each annotation"
    assert any(re.search(r"annotations", d["message"], re.I) and re.search(
        r"too many|limit|exceed|over|more than|50[, ]?000", d["message"], re.I)
        for d in refusal), err[-2000:]


# --------------------------------------------------------------------------
# Found by the property tests (tests/test_properties.py), beyond the issue.


def test_a_relative_site_folder_is_where_the_site_goes(dossier, capsys, tmp_path) -> None:
    """`--site site` with the MkDocs configuration in another folder: the site
    is built into ./site, not beside the configuration (MkDocs reads a
    relative --site-dir from the configuration's folder)."""
    dossier({})
    conf = tmp_path / "conf"
    conf.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", conf / "mkdocs.yml")
    for name in ("theme", "generator"):  # what mkdocs.yml names, relative to itself
        (conf / name).symlink_to(ROOT / name)
    code, out, err = run(capsys, "build", "--docs", "docs", "--site", "site",
                         "--config", "conf/mkdocs.yml")
    assert_no_traceback(out, err)
    assert code == 0, err
    assert not list(conf.glob(".site-*")), "the site was built beside mkdocs.yml"
    assert (tmp_path / "site" / "index.html").is_file(), "wrote docs and site, but site is empty"


def test_a_home_page_that_is_not_utf8_is_an_error(tmp_path, write_content, capsys) -> None:
    """index.md without front matter is read as Markdown: UnicodeDecodeError
    in load._home today, where every other file gets 'file is not UTF-8'."""
    write_content({name: text for name, text in MINI_FILES.items() if name != HOME})
    (tmp_path / "content" / HOME).write_bytes("Le dossier, en fran\xe7ais.\n".encode("latin-1"))
    code, err, _ = check_all_formats(capsys)
    assert code == 1
    assert_error_at(err, HOME, 1)
