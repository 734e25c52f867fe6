"""Builds killed at any moment leave the last good site, and the next command
leaves nothing behind; two builds at once take turns."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.write.guard import TEMPORARY, replace_folder, sweep

from .conftest import ROOT

MINI = ROOT / "tests" / "fixtures" / "mini" / "content"


def _build(out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--content", str(MINI), "build",
         "--docs", str(out / "build" / "docs"), "--site", str(out / "site"), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _sound(site: Path) -> bool:
    """A whole site: its pages and its data, as one good build wrote them."""
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    pages = [site / s["page"] for s in data["sources"]]
    return (site / "index.html").is_file() and all(p.is_file() for p in pages)


def _leftovers(out: Path) -> list[str]:
    return [str(p.relative_to(out)) for p in out.rglob("*")
            if p.name.startswith((TEMPORARY, ".dossier-old-"))]


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_the_last_good_site(tmp_path: Path) -> None:
    first = _build(tmp_path)
    assert first.wait(120) == 0, first.stderr.read() if first.stderr else ""
    good = (tmp_path / "site" / "dossier.json").read_bytes()
    moments = random.Random(7).sample(range(300, 2500), 10)  # ms into the build
    for ms in sorted(moments):
        build = _build(tmp_path)
        time.sleep(ms / 1000)
        build.send_signal(signal.SIGKILL)
        build.wait(30)
        assert _sound(tmp_path / "site"), f"killed after {ms} ms"
        assert (tmp_path / "site" / "dossier.json").read_bytes() == good
    last = _build(tmp_path)
    assert last.wait(120) == 0
    assert _sound(tmp_path / "site") and _leftovers(tmp_path) == []


@pytest.mark.slow
def test_two_builds_at_once_take_turns(tmp_path: Path) -> None:
    one, two = _build(tmp_path), _build(tmp_path)
    assert one.wait(120) == 0 and two.wait(120) == 0
    said = (one.stderr.read() if one.stderr else b"") + (two.stderr.read() if two.stderr else b"")
    assert b"Traceback" not in said
    assert _sound(tmp_path / "site") and _leftovers(tmp_path) == []


def test_a_site_set_aside_by_a_killed_swap_is_put_back(tmp_path: Path) -> None:
    (tmp_path / ".dossier-old-site").mkdir()
    (tmp_path / ".dossier-old-site" / "index.html").write_text("good")
    (tmp_path / f"{TEMPORARY}abc").mkdir()
    (tmp_path / f"{TEMPORARY}x.zip").write_bytes(b"partial")
    sweep(tmp_path)
    assert (tmp_path / "site" / "index.html").read_text() == "good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_new_folder_takes_the_old_ones_place_whole(tmp_path: Path) -> None:
    old, new = tmp_path / "site", tmp_path / "fresh"
    old.mkdir()
    (old / "a").write_text("old")
    new.mkdir()
    (new / "a").write_text("new")
    replace_folder(new, old)
    assert (old / "a").read_text() == "new" and not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_an_unwritable_site_folder_leaks_nothing(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes everywhere")
    (tmp_path / "site").mkdir()
    tmp_path.chmod(0o555)
    try:
        build = _build(tmp_path)
        assert build.wait(120) == 1
    finally:
        tmp_path.chmod(0o755)
    assert _leftovers(tmp_path) == []
