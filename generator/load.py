"""Stage 1, load: read `content/` into typed records, checking each file alone."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from . import edtf, schema
from .anchor import well_typed
from .diagnostics import Diagnostic, error
from .frontmatter_yaml import Document, parse, text_position
from .model import Actor, Claim, Corpus, Event, HandAnnotation, Source
from .sanitize import check_note

ID_RULE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_UNKNOWN = edtf.parse("0001")  # stands in for a missing date; the error is reported
FOLDERS = {"source": "sources", "actor": "actors", "claim": "claims", "event": "events"}


def display_path(path: Path) -> str:
    """A path as a contributor would type it: relative to here when possible."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def load(content: Path) -> tuple[Corpus, list[Diagnostic]]:
    corpus = Corpus()
    problems: list[Diagnostic] = []
    if not content.is_dir():
        return corpus, [error(str(content), 1, 1, "content folder not found")]
    builders = {"source": _source, "actor": _actor, "claim": _claim, "event": _event}
    tables = {"source": corpus.sources, "actor": corpus.actors,
              "claim": corpus.claims, "event": corpus.events}
    owners: dict[str, Path] = {}  # id, lowercased -> the file that has it
    for kind, folder in FOLDERS.items():
        for file in sorted((content / folder).glob("*.md")):
            problems += _same_id(file, owners)
            doc = _read(file, problems)
            if doc is None:  # reported; stand in for it so its id is still known
                unreadable = Document(display_path(file), {}, "", 1)
                tables[kind][file.stem] = builders[kind](file.stem, unreadable, [])
                continue
            problems += schema.validate(doc, kind)
            if not ID_RULE.match(file.stem):
                problems.append(_bad_id(doc, file.stem))
            # Built even when the schema found problems, so that the later
            # stages report theirs too: every problem at once.
            tables[kind][file.stem] = builders[kind](file.stem, doc, problems)
    _home(content / "index.md", corpus, problems)
    return corpus, problems


def _home(file: Path, corpus: Corpus, problems: list[Diagnostic]) -> None:
    """content/index.md: optional front matter with a `title`, then Markdown."""
    if not file.exists():
        return
    if not file.read_bytes().startswith(b"---"):
        corpus.home = file.read_text(encoding="utf-8")
        return
    doc = _read(file, problems)
    if doc is not None:
        corpus.home = _note(doc, problems)
        corpus.home_title = _text(doc.data, "title") or corpus.home_title


def _same_id(file: Path, owners: dict[str, Path]) -> list[Diagnostic]:
    """An id names one thing in the whole dossier, whatever its kind or case."""
    other = owners.setdefault(file.stem.lower(), file)
    if other == file:
        return []
    return [error(display_path(file), 1, 1, f"id '{file.stem}' is also used by "
                  f"{display_path(other)}",
                  "ids are unique across sources, actors, claims and events: rename one")]


def _read(file: Path, problems: list[Diagnostic]) -> Document | None:
    path = display_path(file)
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = text_position(raw, exc.start)
        problems.append(error(path, line, col, f"file is not UTF-8 (byte 0x{raw[exc.start]:02x})",
                              "save the file as UTF-8"))
        return None
    # NFC: "Ç" typed as C and a combining cedilla is the same letter to the matcher.
    doc, found = parse(path, unicodedata.normalize("NFC", text.replace("\r\n", "\n")))
    problems += found
    return doc


def _bad_id(doc: Document, stem: str) -> Diagnostic:
    suggestion = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "my-id"
    return error(doc.path, 1, 1, f"id '{stem}' breaks the id rules",
                 f"ids are lowercase a-z0-9 words joined by '-': rename to '{suggestion}.md'")


def _date(doc: Document, key: tuple[Any, ...], value: Any,
          problems: list[Diagnostic]) -> edtf.Edtf | None:
    if value is None:
        return None
    if value == "":
        line, col = doc.where(*key)
        problems.append(error(doc.path, line, col, f"'{key[-1]}' is blank",
                              "the date as EDTF; for an undated report, infer it from the "
                              "text (2019-12~) and say how in published_note"))
        return None
    try:
        return edtf.parse(str(value))
    except edtf.EdtfError as exc:
        line, col = doc.where(*key)
        hint = "" if "calendar" in str(exc) else f"use {edtf.FORMS}"  # the form is right
        problems.append(error(doc.path, line, col, f"bad date: {exc}", hint))
        return None


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _list(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _note(doc: Document, problems: list[Diagnostic]) -> str:
    problems += check_note(doc)
    return doc.body.strip()


def _source(id: str, doc: Document, problems: list[Diagnostic]) -> Source:
    d = doc.data
    items = d.get("annotations") if isinstance(d.get("annotations"), list) else []
    annotations = [HandAnnotation(i, a) for i, a in enumerate(items) if well_typed(a)]
    for a in annotations:
        for key in ("said", "date"):
            if key in a.fields:
                a.fields[key] = _date(doc, ("annotations", a.index, key), a.fields[key], problems)
    published = _date(doc, ("published",), d.get("published"), problems)
    return Source(
        id=id, title=_text(d, "title"), publisher=_text(d, "publisher"),
        published=published or _UNKNOWN, published_note=_text(d, "published_note"),
        byline=_text(d, "byline"), url=_text(d, "url"),
        retrieved=_date(doc, ("retrieved",), d.get("retrieved"), problems),
        language=_text(d, "language") or "en", note=_text(d, "note"),
        checked=d.get("checked") is True,
        body=doc.body, annotations=annotations, doc=doc,
    )


def _actor(id: str, doc: Document, problems: list[Diagnostic]) -> Actor:
    d = doc.data
    return Actor(id=id, name=_text(d, "name") or id, kind=_text(d, "kind"),
                 aliases=_list(d, "aliases"), affiliations=_list(d, "affiliations"),
                 role=_text(d, "role"), wikidata=_text(d, "wikidata"),
                 note=_note(doc, problems), doc=doc)


def _claim(id: str, doc: Document, problems: list[Diagnostic]) -> Claim:
    d = doc.data
    return Claim(id=id, statement=_text(d, "statement") or id, verdict=_text(d, "verdict"),
                 verdict_note=_text(d, "verdict_note"), note=_note(doc, problems), doc=doc)


def _event(id: str, doc: Document, problems: list[Diagnostic]) -> Event:
    d = doc.data
    date = _date(doc, ("date",), d.get("date"), problems)
    return Event(id=id, title=_text(d, "title") or id, date=date or _UNKNOWN,
                 actors=_list(d, "actors"), note=_note(doc, problems), doc=doc)
