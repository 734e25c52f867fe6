"""Property tests: whatever a content file holds, `dossier check` and
`dossier build` answer with located messages, never a traceback.

Each example writes one to three generated files beside the mini fixture (a
small sound dossier): a source, an actor, a claim, an event or the home
page, as a new file or in place of one of the fixture's. Their front matter
has every field the JSON Schemas in generator/schemas/ know, and unknown
ones, set sometimes to a plausible value and sometimes to any YAML value:
odd text (control characters, lone surrogates as YAML escapes, line breaks,
byte-order marks, workflow-command look-alikes), whole numbers of any size,
floats, booleans, null, dates, bytes, lists, nested mappings, very long
text. It is written either by yaml.safe_dump or as YAML text composed here,
with tags, merge keys, anchors, deep nesting, raw control characters and
broken quoting. Bodies are any Unicode, salted with the words the machine
reads (dates, sums, names, quotations).

Properties, for every example:

- no exception escapes `main()`, and all output is valid UTF-8;
- the exit code is 0 or 1, and 1 exactly when an error is reported;
- every line of the text output is a diagnostic `path:line:col: severity:
  message`, a hint or the summary; the path is a file of the content
  folder, and the line and column lie within it; no raw control character
  or line break from the content reaches it (a terminal or a CI log would
  act on it);
- `--format json` parses, and each item has a path of the content folder
  and line and col of at least 1; `--format github` gives one well-formed
  workflow command per diagnostic;
- `build` (on a smaller share of examples: it is slower) agrees with
  `check`: what check passes builds, what it refuses builds nothing, and a
  refusal never blames mkdocs.yml.

Profiles (HYPOTHESIS_PROFILE): "default", bounded and derandomized for
`make test` and CI (a failure is shown as found, not shrunk); "fuzz", many
more random examples, each failure shrunk to a small one, for `make fuzz`:

    HYPOTHESIS_PROFILE=fuzz .venv/bin/pytest -q tests/test_properties.py
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "mini" / "content"
SCHEMAS = ROOT / "generator" / "schemas"

_UNBOUNDED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
              HealthCheck.filter_too_much]
# "default" is bounded even while it fails: it neither shrinks nor explains a
# failing example (that can take many minutes), and stops at the first bug.
# "fuzz" shrinks each bug it finds to a small example and keeps it in
# .hypothesis/ for the next run.
settings.register_profile(
    "default", max_examples=250, deadline=None, derandomize=True, database=None,
    print_blob=True, suppress_health_check=_UNBOUNDED, report_multiple_bugs=False,
    phases=[Phase.explicit, Phase.reuse, Phase.generate])
settings.register_profile(
    "fuzz", max_examples=5_000, deadline=None, print_blob=True,
    suppress_health_check=_UNBOUNDED)
# Under `make mutate` each surviving mutant runs every test that reaches its
# code: a tenth of the examples keeps the run hours shorter, while the
# properties still see each kind of odd input.
settings.register_profile("mutate", parent=settings.get_profile("default"), max_examples=25)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or \
    ("mutate" if os.environ.get("MUTANT_UNDER_TEST") else "default")
settings.load_profile(PROFILE)


def examples(share: float) -> int:
    """A share of the profile's examples, for the slower tests."""
    return max(3, int(settings.default.max_examples * share))


# --------------------------------------------------------------------------
# The fields, as the schemas give them


def _schema(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))


FIELDS = {kind: sorted(_schema(kind)["properties"])
          for kind in ("source", "actor", "claim", "event")}
FIELDS["home"] = ["title"]
ANNOTATION_FIELDS = sorted(_schema("source")["$defs"]["annotation"]["properties"])
ENUMS = {name: spec["enum"] for kind in ("source", "actor", "claim", "event")
         for name, spec in {**_schema(kind)["properties"],
                            **_schema(kind).get("$defs", {}).get("annotation", {})
                            .get("properties", {})}.items() if "enum" in spec}

FOLDERS = {"source": "sources", "actor": "actors", "claim": "claims", "event": "events"}
MINI_IDS = {kind: sorted(p.stem for p in (MINI / folder).glob("*.md"))
            for kind, folder in FOLDERS.items()}
GENERATED_ID = {"source": "gen-source", "actor": "gen-actor", "claim": "gen-claim",
                "event": "gen-event"}


# --------------------------------------------------------------------------
# Text

# Characters and pieces that have broken, or could break, a reader, a
# matcher, a page or a log line.
ODD = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x7f", "\x85", "\xa0",
       "\u00ad", "\u200b", "\u200d", "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffe",
       "\uffff", "\ud800", "\udfff", "\U0001f600", "\U0010ffff", "\r", "\n", "\r\n", "\t",
       "::", "::error file=README.md,line=1::injected", "%", "%0A", "%25", ",", ":", "---",
       "...", "\n---\n", "[x](//[)", "![x](//[)", "<script>alert(1)</script>", "\\", '"', "'",
       "`", "{", "}", "*", "_", "&amp;", "#", "|", "!foo", "&a", "*a", "<<", "- ", "? ",
       "İ", "ı", "ß", "ŉ", "ǅ", "Çavuşoğlu", "e\u0301", "Ω", "ﬁ", "𝔘", "Россия", "العربية",
       "日本語", " " * 5]
PHRASES = ["next year", "last year", "this year", "next month", "last month", "next week",
           "last week", "yesterday", "on Monday", "on Sunday", "in July", "in early November",
           "May", "march", "Jan", "December 5th – 7th", "5th of December 2019", "2019-2020",
           "November 04, 2019", "1999", "2038", "$2 billion", "upwards of $2 billion",
           "€1.2bn", "3 billion rubles", "“NATO did not say anything,” he said.",
           '"walk away," said Turkey', "said Cavusoglu", "according to Ankara",
           "the official said", "The official", "the official", "Turkey", "TURKEY",
           "Mevlüt Çavuşoğlu", "MEVLÜT ÇAVUŞOĞLU", "Cavusoglu’s", "Ankara", "NATO",
           "At the forum in Rome", "road to Ankara", "\n\n", "\n", "# A heading", "> quote",
           "1986. ", "| a | b |\n|---|---|\n| c | d |", "```\ncode\n```", "{: onclick=x}",
           "[link](javascript:alert(1))", "<b>bold</b>", "[[x]]", "***", "==="]

odd_text = st.lists(st.one_of(st.sampled_from(ODD), st.text(max_size=8),
                              st.text(st.characters(max_codepoint=0x3f), max_size=8),
                              st.characters(min_codepoint=0xd800, max_codepoint=0xdfff)),
                    max_size=8).map("".join)
words = st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=12), st.just(" ")),
                 min_size=1, max_size=8).map(" ".join)
long_text = st.builds(lambda part, n: part * n, st.sampled_from(["a", "Turkey ", "é ", "x\n"]),
                      st.integers(500, 5_000))
any_text = st.one_of(odd_text, words, st.text(), long_text)
body_text = st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=30),
                               st.text(st.characters(codec="utf-8"), max_size=30),
                               st.sampled_from(ODD)),
                     max_size=25).map("".join)

# Dates: sound, unsound and extreme EDTF, and whole numbers.
EDTF = ["2019", "2019-12", "2019-12-05", "2019-12~", "2019?", "2019-12%", "2017-03~",
        "2019-12-05/2019-12-07", "2019/2020", "0001", "0001-01", "0001-01-01", "9999",
        "9999-12", "9999-12-31", "2019-13", "2019-02-29", "2019-02-30", "0000", "2020/2019",
        "2019-12-05/", "/2019", "", " ", "soon", "2019-1-5", "19", "+2019", "-2019", "2019~~"]
edtf_like = st.one_of(
    st.sampled_from(EDTF),
    st.integers(-10, 12_000),
    st.builds(lambda y, m, d, q: f"{y:04d}" + (f"-{m:02d}" if m is not None else "")
              + (f"-{d:02d}" if m is not None and d is not None else "") + q,
              st.integers(0, 9999), st.none() | st.integers(0, 13),
              st.none() | st.integers(0, 32), st.sampled_from(["", "~", "?", "%"])),
    st.builds(lambda a, b: f"{a}/{b}", st.sampled_from(EDTF), st.sampled_from(EDTF)),
)

# Values of every YAML type.
scalars = st.one_of(
    any_text, st.integers(), st.integers(-(2 ** 80), 2 ** 80),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(), st.dates(),
    st.datetimes(), st.binary(max_size=16), edtf_like)
keys = st.one_of(any_text, st.sampled_from(["quote", "name", "title", "<<", "2019"]),
                 st.integers(), st.none(), st.booleans(), st.floats(allow_nan=False),
                 st.dates())
any_value = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12)


def ids(kind: str) -> st.SearchStrategy[Any]:
    """An id of the dossier, most of the time; anything, some of the time."""
    known = MINI_IDS.get(kind, []) + ([GENERATED_ID[kind]] if kind in GENERATED_ID else [])
    return st.one_of(st.sampled_from(known), st.sampled_from(known), any_text, any_value)


def one_of_enum(field: str) -> st.SearchStrategy[Any]:
    return st.one_of(st.sampled_from(ENUMS[field]), st.sampled_from(ENUMS[field]), any_value)


def plausible(field: str, body: str) -> st.SearchStrategy[Any]:
    """A value a contributor might write in `field`, right or nearly."""
    bits = body.split()
    passage = st.builds(lambda i, n: " ".join(bits[i:i + n]), st.integers(0, len(bits)),
                        st.integers(1, 6)) if bits else any_text
    strategies: dict[str, st.SearchStrategy[Any]] = {
        "published": edtf_like, "retrieved": edtf_like, "date": edtf_like, "said": edtf_like,
        "url": st.sampled_from(["https://example.org/a", "http://x", "ftp://x", "https://"]),
        "language": st.sampled_from(["en", "ru", "tr", "en-GB", "EN", "e", "english"]),
        "checked": st.booleans(), "all": st.booleans(), "suppress": st.booleans(),
        "quotation": st.booleans(),
        "occurrence": st.one_of(st.integers(-3, 4), st.integers(), st.floats(0, 3)),
        "quote": passage, "prefix": passage, "suffix": passage,
        "actor": ids("actor"), "by": ids("actor"), "via": ids("actor"),
        "claim": ids("claim"), "event": ids("event"),
        "aliases": st.lists(st.one_of(st.sampled_from(["Turkey", "NATO", "us", "May", "X", ""]),
                                      any_text), max_size=4),
        "affiliations": st.lists(ids("actor"), max_size=3),
        "actors": st.lists(ids("actor"), max_size=3),
        "wikidata": st.sampled_from(["Q43", "Q0", "q43", "Q", "43"]),
        "name": st.one_of(st.sampled_from(["Turkey", "Mevlüt Çavuşoğlu", "[x](//[)", "NATO"]),
                          any_text),
    }
    if field in ENUMS:
        return one_of_enum(field)
    return strategies.get(field, any_text)


@st.composite
def annotation(draw, body: str) -> dict[Any, Any]:
    fields = draw(st.lists(st.sampled_from(ANNOTATION_FIELDS), unique=True, max_size=6))
    item: dict[Any, Any] = {"quote": draw(plausible("quote", body))} if draw(st.booleans()) \
        else {}
    for field in fields:
        item[field] = draw(st.one_of(plausible(field, body), any_value)
                           if draw(st.integers(0, 4)) == 0 else plausible(field, body))
    if draw(st.integers(0, 5)) == 0:
        item[draw(keys)] = draw(any_value)
    return item


@st.composite
def front_matter(draw, kind: str, body: str) -> Any:
    """Every known field, each perhaps set, perhaps oddly; unknown ones too."""
    if draw(st.integers(0, 30)) == 0:  # not a mapping at all
        return draw(any_value)
    data: dict[Any, Any] = {}
    for field in FIELDS[kind]:
        if not draw(st.integers(0, 3)):
            continue  # left out
        if field == "annotations" and draw(st.integers(0, 4)):
            data[field] = draw(st.lists(annotation(body), max_size=5))
        elif draw(st.integers(0, 4)) == 0:
            data[field] = draw(any_value)
        else:
            data[field] = draw(plausible(field, body))
    for _ in range(draw(st.integers(0, 2))):
        data[draw(keys)] = draw(any_value)
    return data


# --------------------------------------------------------------------------
# YAML, as safe_dump writes it or as a person might


def _double_quoted(text: str) -> str:
    """A YAML double-quoted scalar that reads back as `text`."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '\\"':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF \
                or code in (0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _inline(value: Any) -> str:
    """`value` as flow YAML, quoting every text."""
    if isinstance(value, str):
        return _double_quoted(value)
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_inline(k)}: {_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bytes):
        return '!!binary "' + base64.b64encode(value).decode("ascii") + '"'
    return yaml.safe_dump(value, default_flow_style=True).removesuffix("\n...\n").strip()


# Fragments that the YAML reader or the value builder must survive.
FRAGMENTS = [
    "!foo bar", "!!python/name:os.system", "!!python/object/apply:os.system ['true']",
    "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]", "!!timestamp 2019-01-01",
    "!!str 2019", "!!int '7'", "!!float x", "&a x", "*a", "&a [*a]", "{<<: {a: 1}}",
    '"unclosed', "'unclosed", "[unclosed", "{a: 1", "a: b: c", "|\n  block\n  text",
    ">\n  folded", "|-\n", "\ttab", "- a\n - b", "@reserved", "`reserved", "%",
    "\x00", "\x1b[31mred", "\x7f", "\ufffe", '"\\ud800"', '"\\udfff x"', '"\\x00"', "~",
    "null", "yes", "no", "on", "0o17", "0x1F", "1_000", ".nan", "-.inf", "2019-12-05",
    "2019-12-05T10:00:00Z", "'2019'", "[]", "{}", "''",
]


@st.composite
def raw_value(draw, value: Any) -> str:
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(st.sampled_from(FRAGMENTS))
    if choice == 1:
        depth = draw(st.sampled_from([1, 10, 99, 100, 101, 500, 1_000]))
        opener, closer = draw(st.sampled_from([("[", "]"), ("{a: ", "}"), ("- ", "")]))
        return opener * depth + "x" + closer * depth
    if choice == 2 and isinstance(value, str) and value and "\n" not in value:
        return value  # plain style: YAML decides what it is, or fails
    if choice == 3 and isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return _inline(value)


@st.composite
def raw_key(draw, key: Any) -> str:
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(st.sampled_from(["2019", "1", "null", "~", "true", "1.5", "<<", "!foo key",
                                     "? [a, b]\n", '"\\ud800"', "'x'", "\x00", "a\tb", "- a"]))
    if isinstance(key, str) and key and choice < 6 and re.fullmatch(r"[A-Za-z_][\w-]*", key):
        return key
    return _inline(key)


@st.composite
def yaml_text(draw, data: Any) -> str:
    """The front matter's YAML: by safe_dump, or composed line by line."""
    if draw(st.booleans()) or not isinstance(data, dict):
        try:
            return yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False,
                                  default_flow_style=draw(st.sampled_from([False, None, True])),
                                  width=draw(st.sampled_from([80, 20, 10_000])))
        except (yaml.YAMLError, TypeError, ValueError, RecursionError):
            return _inline(data) + "\n"
    lines = []
    for key, value in data.items():
        key_text = draw(raw_key(key))
        if key_text.endswith("\n"):  # a complex key
            lines.append(f"{key_text}: {draw(raw_value(value))}")
        elif isinstance(value, list) and value and draw(st.booleans()):
            lines.append(f"{key_text}:")
            indent = draw(st.sampled_from(["  ", "", "    ", " "]))
            lines += [f"{indent}- {draw(raw_value(v))}" for v in value]
        else:
            lines.append(f"{key_text}: {draw(raw_value(value))}")
    if draw(st.integers(0, 9)) == 0:
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(FRAGMENTS)))
    return "\n".join(lines) + "\n"


@st.composite
def content_file(draw, kind: str) -> bytes:
    """One whole file: front matter, its fences, a body; sometimes broken."""
    body = draw(body_text)
    front = draw(yaml_text(draw(front_matter(kind, body))))
    opening = draw(st.sampled_from(["---\n"] * 8 + ["\ufeff---\n", "--- \n", "---\r\n", ""]))
    closing = draw(st.sampled_from(["---\n"] * 8 + ["...\n", "--- \n", "", "----\n"]))
    text = opening + front + closing + body
    if draw(st.integers(0, 9)) == 0:
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\u2028"])))
    data = text.encode("utf-8", errors="surrogatepass")  # a raw surrogate: not UTF-8
    if draw(st.integers(0, 19)) == 0:  # a stray byte somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])) + data[at:]
    return data


# Sound files: the structure right, the text odd. Most wild files are
# refused by check, so these are what reaches the renderer and MkDocs.

# Markdown, HTML and template syntax that a page must show as text.
MARKUP = ["[x](//[)", "![x](//[)", "[x](http://[::1)", "[x]: //[", "<//[>", "<http://[>",
          "[", "]", "(", ")", "](", "`", "``", "*", "**", "_", "__", "\\", "|", "#", "{: #x}",
          "{: .x}", "&#x27;", "&lt;", "<!--", "-->", "]]>", "{{ x }}", "{% raw %}", "$x$",
          "~~~", "```", "^", "~~", "!!! note", "- [ ]", "1)", "[^1]", "*[x]: y", "<a>", "</div>"]
sound_text = st.lists(st.one_of(
    st.sampled_from([o for o in ODD if not 0xD800 <= ord(o[0]) <= 0xDFFF]),
    st.sampled_from(MARKUP), st.sampled_from(PHRASES),
    st.text(st.characters(codec="utf-8"), max_size=12)),
    min_size=1, max_size=6).map("".join).filter(lambda t: t.strip())
SOUND_DATES = ["2019", "2019-12", "2019-12-05", "2019-12~", "2019?", "2017-03%",
               "2019-12-05/2019-12-07", "2019-07/2019-11-04", "1999-01-01", "2001-02-28",
               "2020-02-29", "0001", "0001-01-01", "1900-03", "2024-12-31"]
sound_date = st.sampled_from(SOUND_DATES)


@st.composite
def sound_annotation(draw, body: str) -> dict[str, Any]:
    bits = body.split()
    if not bits:
        return {"quote": draw(sound_text), "suppress": True}
    start = draw(st.integers(0, len(bits) - 1))
    item: dict[str, Any] = {"quote": " ".join(bits[start:start + draw(st.integers(1, 5))])}
    kind = draw(st.sampled_from(["actor", "claim", "event", "date", "quotation", "suppress"]))
    actors = MINI_IDS["actor"]
    if kind == "actor":
        item["actor"] = draw(st.sampled_from(actors))
    elif kind == "claim":
        item |= {"claim": draw(st.sampled_from(MINI_IDS["claim"])),
                 "stance": draw(st.sampled_from(ENUMS["stance"])),
                 "by": draw(st.sampled_from(actors))}
        if draw(st.booleans()):
            item["said"] = draw(sound_date)
    elif kind == "event":
        item["event"] = draw(st.sampled_from(MINI_IDS["event"]))
    elif kind == "date":
        item["date"] = draw(sound_date)
    elif kind == "quotation":
        item |= {"quotation": True, "by": draw(st.sampled_from(actors))}
    else:
        item["suppress"] = True
    if draw(st.integers(0, 3)) == 0:
        item[draw(st.sampled_from(["all", "occurrence"]))] = draw(
            st.sampled_from([True, 1, 2]))
    return item


@st.composite
def sound_front_matter(draw, kind: str, body: str) -> dict[str, Any]:
    optional = st.none() | sound_text
    if kind == "source":
        data = {"title": draw(sound_text), "published": draw(sound_date),
                "publisher": draw(optional), "byline": draw(optional),
                "published_note": draw(optional), "note": draw(optional),
                "url": draw(st.none() | st.builds(
                    lambda t: "https://example.org/" + "".join(t.split()), sound_text)),
                "language": draw(st.sampled_from([None, "en", "ru", "tr"])),
                "checked": draw(st.none() | st.booleans()),
                "annotations": draw(st.lists(sound_annotation(body), max_size=6))}
    elif kind == "actor":
        data = {"name": draw(sound_text), "kind": draw(st.sampled_from(ENUMS["kind"])),
                "aliases": draw(st.lists(sound_text, max_size=3)),
                "affiliations": draw(st.lists(st.sampled_from(MINI_IDS["actor"]), max_size=2)),
                "role": draw(optional), "wikidata": draw(st.sampled_from([None, "Q43"]))}
    elif kind == "claim":
        data = {"statement": draw(sound_text), "verdict": draw(st.sampled_from(ENUMS["verdict"])),
                "verdict_note": draw(optional)}
    elif kind == "event":
        data = {"title": draw(sound_text), "date": draw(sound_date),
                "actors": draw(st.lists(st.sampled_from(MINI_IDS["actor"]), max_size=2))}
    else:
        data = {"title": draw(sound_text)}
    return {k: v for k, v in data.items() if v is not None}


@st.composite
def sound_file(draw, kind: str) -> bytes:
    body = draw(body_text)
    front = yaml.safe_dump(draw(sound_front_matter(kind, body)), sort_keys=False,
                           allow_unicode=draw(st.booleans()))
    return f"---\n{front}---\n{body}".encode("utf-8", errors="surrogatepass")


KINDS = ["source", "actor", "claim", "event", "home"]


@st.composite
def dossier_files(draw, sound_share: float = 0.3) -> dict[str, bytes]:
    """One to three generated files, new or in place of the fixture's; each
    sound (with `sound_share`) or wild."""
    files = {}
    for kind in draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=3)):
        if kind == "home":
            path = "index.md"
        else:
            stem = draw(st.sampled_from([GENERATED_ID[kind], GENERATED_ID[kind],
                                         *MINI_IDS[kind]]))
            path = f"{FOLDERS[kind]}/{stem}.md"
        sound = draw(st.integers(0, 99)) < sound_share * 100
        files[path] = draw(sound_file(kind) if sound else content_file(kind))
    return files


# --------------------------------------------------------------------------
# Running the command


DIAGNOSTIC = re.compile(r"^(?P<path>\S.*?):(?P<line>\d+):(?P<col>\d+): "
                        r"(?P<severity>error|warning): (?P<message>.*)$")
SUMMARY = re.compile(r"^(?P<errors>\d+) error\(s\), (?P<warnings>\d+) warning\(s\)$")
REMARKS = ("content is sound: no problems found", "nothing was written: fix the errors above")
GITHUB = re.compile(r"^::(?P<severity>error|warning) file=(?P<file>[^,:\r]*),"
                    r"line=(?P<line>[1-9]\d*),col=(?P<col>[1-9]\d*)::(?P<message>[^\r]*)$")
# What a terminal or a log reader takes for a control or a new line: content
# shown in the text output must come escaped.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@contextlib.contextmanager
def dossier(files: dict[str, bytes]) -> Iterator[Path]:
    """The mini fixture with `files` written over it, in a fresh folder that
    is the working directory meanwhile."""
    before = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="dossier-prop-") as tmp:
        root = Path(tmp)
        shutil.copytree(MINI, root / "content")
        for name, data in files.items():
            (root / "content" / name).write_bytes(data)
        os.chdir(root)
        try:
            yield root
        finally:
            os.chdir(before)


def dossier_run(*argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `dossier argv`, streams strict UTF-8
    like a real stdout: output that is not valid UTF-8 fails here."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="",
                           write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="",
                           write_through=True)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    texts = [s.buffer.getvalue().decode("utf-8") for s in (out, err)]  # type: ignore[attr-defined]
    note(f"dossier {' '.join(argv)} -> {code}\n{texts[0]}{texts[1]}"[:4000])
    return code, texts[0], texts[1]


def line_count(path: Path) -> int:
    """Lines as an editor counts them, generously: every kind of line break."""
    return len(path.read_bytes().decode("utf-8", errors="replace").splitlines()) + 1


def assert_located(root: Path, path: str, line: int, col: int) -> None:
    file = root / path
    assert path.startswith("content/") and file.is_file(), f"not a content file: {path!r}"
    assert 1 <= line <= line_count(file), f"{path}: line {line} is outside the file"
    assert col >= 1, f"{path}:{line}: column {col}"


def assert_text_output(root: Path, code: int, out: str, err: str,
                       remarks: tuple[str, ...] = ()) -> list[dict[str, str]]:
    assert code in (0, 1), code
    assert "Traceback" not in out + err
    shown = UNSAFE.search(err)
    assert not shown, f"a raw control character or line break in the text output: {shown[0]!r}"
    found, summary = [], None
    for line in err.removesuffix("\n").split("\n") if err else []:
        if line.startswith("  hint: ") or line in REMARKS + remarks:
            continue
        if match := SUMMARY.match(line):
            summary = match
            continue
        match = DIAGNOSTIC.match(line)
        assert match, f"a stray line in the output: {line!r}"
        assert_located(root, match["path"], int(match["line"]), int(match["col"]))
        found.append(match.groupdict())
    errors = sum(d["severity"] == "error" for d in found)
    assert code == (1 if errors else 0), f"exit {code} with {errors} error(s)"
    if summary:
        assert (int(summary["errors"]), int(summary["warnings"])) == \
            (errors, len(found) - errors), summary.group(0)
    return found


def unescape_property(value: str) -> str:
    codes = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: codes[m.group(0)], value)


# --------------------------------------------------------------------------
# The properties


@given(files=dossier_files(), style=st.sampled_from(["json", "github"]))
def test_check_answers_any_content_with_located_messages(files, style) -> None:
    with dossier(files) as root:
        code, out, err = dossier_run("check")
        found = assert_text_output(root, code, out, err)
        code2, out2, err2 = dossier_run("check", "--format", style)
        assert code2 == code
        assert "Traceback" not in out2 + err2
        if style == "json":
            items = json.loads(out2)
            assert isinstance(items, list)
            for item in items:
                assert {"path", "line", "col", "severity", "message"} <= set(item), item
                assert item["severity"] in ("error", "warning")
                assert_located(root, item["path"], item["line"], item["col"])
            assert len(items) == len(found)
        else:
            lines = out2.removesuffix("\n").split("\n") if out2 else []
            assert len(lines) == len(found), out2
            for line in lines:
                match = GITHUB.match(line)
                assert match, f"not one well-formed workflow command: {line!r}"
                assert not re.search(r"%(?!25|0D|0A)", match["message"]), line
                assert_located(root, unescape_property(match["file"]), int(match["line"]),
                               int(match["col"]))


@settings(max_examples=examples(0.2))
@given(files=dossier_files(sound_share=0.8))
def test_what_check_passes_writes_its_docs(files) -> None:
    with dossier(files) as root:
        check_code, _, _ = dossier_run("check")
        code, out, err = dossier_run("build", "--docs-only", "--docs", str(root / "docs"))
        assert_text_output(root, code, out, err, remarks=(f"wrote {root / 'docs'}",))
        assert code == check_code, f"check said {check_code}, build {code}"
        docs = root / "docs"
        if code == 0:
            assert (docs / "index.md").is_file()
            for page in docs.rglob("*"):
                if page.is_file() and page.suffix != ".db":  # SQLite: binary
                    page.read_bytes().decode("utf-8")
        else:
            assert not docs.exists()


@settings(max_examples=examples(0.03))
@given(files=dossier_files(sound_share=0.9))
def test_what_check_passes_builds_a_site(files) -> None:
    with dossier(files) as root:
        check_code, _, _ = dossier_run("check")
        code, out, err = dossier_run("build", "--docs", str(root / "docs"),
                                     "--site", str(root / "site"),
                                     "--config", str(ROOT / "mkdocs.yml"))
        assert code in (0, 1)
        assert code == check_code, f"check said {check_code}, build {code}:\n{err}"
        assert "Traceback" not in out + err
        assert not re.search(r"mkdocs\.yml:\d+:\d+: error", err), err
        if code == 0:
            assert (root / "site" / "index.html").is_file()
        else:
            assert not (root / "site").exists()
            assert sorted(p.name for p in root.iterdir()) == ["content"]


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=examples(0.1))
@given(data=st.data())
def test_each_kind_alone(kind, data) -> None:
    """One file of each kind, so every kind gets its share of examples."""
    path = "index.md" if kind == "home" else f"{FOLDERS[kind]}/{GENERATED_ID[kind]}.md"
    files = {path: data.draw(content_file(kind))}
    with dossier(files) as root:
        code, out, err = dossier_run("check")
        assert_text_output(root, code, out, err)
        json_code, json_out, _ = dossier_run("check", "--format", "json")
        assert json_code == code
        for item in json.loads(json_out):
            assert_located(root, item["path"], item["line"], item["col"])


def test_the_profiles_are_registered() -> None:
    """`make test` runs the bounded, repeatable profile unless told otherwise."""
    assert settings.get_profile("default").derandomize
    assert settings.get_profile("default").deadline is None
    examples = {p: settings.get_profile(p).max_examples for p in ("mutate", "default", "fuzz")}
    assert examples["mutate"] < examples["default"] < examples["fuzz"]
    assert settings.default.max_examples == settings.get_profile(PROFILE).max_examples
