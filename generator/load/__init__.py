"""Stage 1, load: read `content/` into typed records, checking each file alone."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..model.content import Actor, Claim, Corpus, Event, Home, Place, Source, text_position
from ..model.diagnostics import Diagnostic, error
from . import records, schema
from .files import ContentFile, content_files, display_path, read_bytes
from .frontmatter import Document, parse
from .notes import check_note

ID_RULE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A file no report needs: refused before it is parsed, so that a huge or
# hostile file costs nothing. (The longest report of the seeds is 9 KB.)
MAX_BYTES = 4 * 1024 * 1024


Record = Source | Actor | Claim | Event | Home
# A file's stamp (size, time of change, inode) -> what reading it gave. Under
# `dossier serve` it is kept between runs: a file unchanged is not read again.
Cache = dict[Path, tuple[tuple[int, int, int], Record, list[Diagnostic]]]


def load(content: Path, cache: Cache | None = None) -> tuple[Corpus, list[Diagnostic]]:
    files, problems = content_files(content)
    sources: dict[str, Source] = {}
    actors: dict[str, Actor] = {}
    claims: dict[str, Claim] = {}
    events: dict[str, Event] = {}
    tables: dict[str, dict[str, Any]] = {"source": sources, "actor": actors, "claim": claims,
                                         "event": events}
    owners: dict[str, Path] = {}  # id, lowercased -> the file that has it
    home = Home()
    for file in files:
        if file.kind != "home":
            problems += _same_id(file.path, owners)
        record, found = _cached(file, cache) if cache is not None else _record(file)
        problems += found
        if isinstance(record, Home):
            home = record
        else:
            tables[file.kind][file.id] = record
    corpus = Corpus(sources=MappingProxyType(sources), actors=MappingProxyType(actors),
                    claims=MappingProxyType(claims), events=MappingProxyType(events), home=home)
    return corpus, problems


def _cached(file: ContentFile, cache: Cache) -> tuple[Record, list[Diagnostic]]:
    stat = file.path.stat()
    stamp = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
    kept = cache.get(file.path)
    if kept is None or kept[0] != stamp:
        kept = (stamp, *_record(file))
        cache[file.path] = kept
    return kept[1], kept[2]


def _record(file: ContentFile) -> tuple[Record, list[Diagnostic]]:
    """One file read, checked alone, and made a typed record."""
    problems: list[Diagnostic] = []
    if file.kind == "home":
        return _home(file.path, problems), problems
    doc = read(file.path, problems)
    if doc is None:  # reported; stand in for it so that its id is still known
        doc = Document(display_path(file.path), {}, "", 1)
    else:
        problems += schema.validate(doc, file.kind)
    if not ID_RULE.match(file.id):
        problems.append(_bad_id(doc, file.id))
    elif file.id == "index":
        problems.append(error(doc.path, 1, 1, "id 'index' is taken by the section's own page",
                              "rename the file: any other id will do"))
    return records.BUILDERS[file.kind](file.id, doc, problems), problems


def _home(file: Path, problems: list[Diagnostic]) -> Home:
    """content/index.md: optional front matter with a `title`, then Markdown."""
    raw = _bytes(file, problems)
    if raw is None:
        return Home()
    if not raw.lstrip(b"\xef\xbb\xbf").startswith(b"---"):
        text = _decode(raw, display_path(file), problems)
        if text is not None:
            problems += check_note(Place(display_path(file), body=text))
        return Home(text=text or "")
    doc = read(file, problems)
    if doc is None:
        return Home()
    problems += check_note(doc.place)
    title = doc.data.get("title")
    return Home(title=title if isinstance(title, str) and title else Home().title,
                text=doc.body.strip())


def _same_id(file: Path, owners: dict[str, Path]) -> list[Diagnostic]:
    """An id names one thing in the whole dossier, whatever its kind or case."""
    other = owners.setdefault(file.stem.lower(), file)
    if other == file:
        return []
    return [error(display_path(file), 1, 1, f"id '{file.stem}' is also used by "
                  f"{display_path(other)}",
                  "ids are unique across sources, actors, claims and events: rename one")]


def _bytes(file: Path, problems: list[Diagnostic]) -> bytes | None:
    path = display_path(file)
    try:
        raw = read_bytes(file)
    except OSError as exc:
        problems.append(error(path, 1, 1, f"cannot read the file: {exc.strerror or exc}"))
        return None
    if len(raw) > MAX_BYTES:
        problems.append(error(path, 1, 1, f"the file is {len(raw) / 2**20:.1f} MB, over the "
                              f"{MAX_BYTES // 2**20} MB a report's body and fields may take",
                              "keep the report's article text only, or split the file"))
        return None
    return raw


def _decode(raw: bytes, path: str, problems: list[Diagnostic]) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = text_position(raw, exc.start)
        problems.append(error(path, line, col, f"file is not UTF-8 (byte 0x{raw[exc.start]:02x})",
                              "save the file as UTF-8"))
        return None
    # A byte-order mark is how some editors start UTF-8; it is not content.
    # NFC: "Ç" typed as C and a combining cedilla is the same letter to the matcher.
    return unicodedata.normalize("NFC", text.removeprefix("\ufeff").replace("\r\n", "\n"))


def read(file: Path, problems: list[Diagnostic]) -> Document | None:
    raw = _bytes(file, problems)
    text = None if raw is None else _decode(raw, display_path(file), problems)
    if text is None:
        return None
    doc, found = parse(display_path(file), text)
    problems += found
    return doc


def _bad_id(doc: Document, stem: str) -> Diagnostic:
    suggestion = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "my-id"
    return error(doc.path, 1, 1, f"id '{stem}' breaks the id rules",
                 f"ids are lowercase a-z0-9 words joined by '-': rename to '{suggestion}.md'")


__all__ = ["ID_RULE", "ContentFile", "load", "read"]
