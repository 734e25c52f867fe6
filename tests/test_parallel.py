"""The work spread over processes gives the same bytes as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.annotate import annotate, workers
from generator.load import load
from generator.render import render
from generator.write.site import write_pages

from .conftest import FIXTURES, mini_dossier


def test_sources_annotated_in_workers_are_annotated_alike(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    corpus, _ = load(FIXTURES / "mini" / "content")
    alone, found_alone = annotate(corpus)
    monkeypatch.setattr(workers, "ENOUGH", 1)
    monkeypatch.setenv("DOSSIER_PROCESSES", "2")
    assert workers.processes() == 2
    spread, found_spread = annotate(corpus)
    assert spread.annotations == alone.annotations and found_spread == found_alone


def test_pages_written_by_workers_are_the_pages_rendered_in_one_process(tmp_path: Path) -> None:
    dossier = mini_dossier()
    expected = render(dossier)
    for count in (1, 2):
        folder = tmp_path / str(count)
        folder.mkdir()
        assert write_pages(dossier, folder, workers=count) == len(expected)
        written = {p.relative_to(folder).as_posix(): p.read_bytes()
                   for p in folder.rglob("*") if p.is_file()}
        assert written == {k: v if isinstance(v, bytes) else v.encode()
                           for k, v in expected.items()}
