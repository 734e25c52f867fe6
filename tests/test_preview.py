"""`dossier serve`'s preview: a save rewrites only the files it changes."""

from __future__ import annotations

import os
from pathlib import Path

from generator import preview as preview_module
from generator.preview import Preview, affected
from generator.render import render

from .builder import BASE, source, write

STORY = BASE + source("Ismail Demir told NTV that Turkey wants more.", id="first") + \
    source("Ankara waits, the official said.", id="second", published="2020-01-02")


def _stamps(docs: Path) -> dict[str, int]:
    return {p.relative_to(docs).as_posix(): p.stat().st_mtime_ns
            for p in docs.rglob("*") if p.is_file()}


def _preview(tmp_path: Path) -> tuple[Preview, Path, Path]:
    content, docs = write(tmp_path, STORY), tmp_path / "docs"
    docs.mkdir()
    preview = Preview(content, docs)
    problems, written = preview.update()
    assert not problems and written == len(_stamps(docs)) > 10
    return preview, content, docs


def test_a_save_rewrites_the_report_and_what_it_names_and_nothing_else(tmp_path: Path) -> None:
    preview, content, docs = _preview(tmp_path)
    before = _stamps(docs)
    for path in docs.rglob("*"):  # make an untouched file's time tell
        if path.is_file():
            os.utime(path, ns=(1, 1))
    report = content / "sources" / "first.md"
    report.write_text(report.read_text().replace("wants more", "wants much more"))
    problems, written = preview.update()
    after = _stamps(docs)
    changed = {name for name, stamp in after.items() if stamp != 1}
    pages = {name for name in after if not name.startswith("search-index/")}
    assert not problems and pages == {n for n in before if not n.startswith("search-index/")}
    assert any(n.startswith("search-index/") for n in changed)  # "much" is a new term
    assert "sources/first.md" in changed and "sources/second.md" not in changed
    assert "actors/ismail-demir.md" in changed  # its mention's line of context
    assert "claims/second-batch.md" not in changed and written == len(changed)
    assert "wants much more" in (docs / "sources" / "first.md").read_text()


def test_the_exports_written_aside_are_those_of_a_whole_build(tmp_path: Path,
                                                                monkeypatch) -> None:
    # A small dossier forks too, as a thousand sources would on two cores.
    monkeypatch.setattr(preview_module, "ENOUGH", 0)
    monkeypatch.setattr(preview_module, "processes", lambda: 2)
    preview, content, docs = _preview(tmp_path)
    report = content / "sources" / "first.md"
    report.write_text(report.read_text().replace("wants more", "wants much more"))
    problems, written = preview.update()
    assert not problems and written
    assert preview.last is not None
    whole = render(preview.last)
    on_disk = {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()}
    assert on_disk == set(whole)
    for name in ("data/dossier.db", "data/csv/sources.csv", "data/annotations/first.jsonld"):
        content_now = whole[name]
        expected = content_now if isinstance(content_now, bytes) else content_now.encode()
        assert (docs / name).read_bytes() == expected, name
    assert "wants much more" in (docs / "data" / "csv" / "sources.csv").read_text()


def test_a_report_removed_takes_its_page_with_it(tmp_path: Path) -> None:
    preview, content, docs = _preview(tmp_path)
    (content / "sources" / "second.md").unlink()
    preview.update()
    assert not (docs / "sources" / "second.md").exists()
    assert (docs / "sources" / "first.md").exists()


def test_content_with_errors_writes_nothing(tmp_path: Path) -> None:
    preview, content, docs = _preview(tmp_path)
    before = _stamps(docs)
    (content / "sources" / "first.md").write_text("---\ntitle: [\n---\nbody\n")
    problems, written = preview.update()
    assert written == 0 and any(p.severity == "error" for p in problems)
    assert _stamps(docs) == before


def test_a_renamed_actor_renders_everything_again(tmp_path: Path) -> None:
    preview, content, _ = _preview(tmp_path)
    assert preview.last is not None
    old = preview.last
    actor = content / "actors" / "ntv.md"
    actor.write_text(actor.read_text().replace("name: NTV", "name: NTV Haber"))
    preview.update()
    assert preview.last is not None and len(affected(old, preview.last)) > 10


def test_an_actor_given_a_role_annotates_the_reports_again(tmp_path: Path) -> None:
    """A role ties "the official" to a person: what the machine knows changed."""
    preview, content, _ = _preview(tmp_path)
    before = preview.annotated.results["second"][1]
    actor = content / "actors" / "ismail-demir.md"
    actor.write_text(actor.read_text().replace("affiliations:", "role: official\naffiliations:"))
    preview.update()
    assert preview.annotated.results["second"][1] is not before
