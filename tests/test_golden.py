"""Golden output: the mini fixture renders to exactly the files kept beside it.

After a deliberate change of output, refresh them with
`DOSSIER_UPDATE_GOLDEN=1 pytest tests/test_golden.py` and read the diff.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.pipeline import generate

MINI = Path(__file__).parent / "fixtures" / "mini"


def test_mini_dossier_matches_golden_docs(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(MINI)
    docs = tmp_path / "docs"
    problems = generate(Path("content"), docs)
    assert all(p.severity == "warning" for p in problems)
    golden = MINI / "expected-docs"
    if os.environ.get("DOSSIER_UPDATE_GOLDEN"):
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(docs, golden)
    made = sorted(p.relative_to(docs) for p in docs.rglob("*") if p.is_file())
    kept = sorted(p.relative_to(golden) for p in golden.rglob("*") if p.is_file())
    assert made == kept
    for name in made:
        assert (docs / name).read_text() == (golden / name).read_text(), name


def test_same_content_builds_to_the_same_bytes(tmp_path: Path) -> None:
    """Two separate runs, with different hash seeds: nothing may hang on the
    order of a set or a dict built from one."""
    for name, seed in (("a", "1"), ("b", "2")):
        subprocess.run([sys.executable, "-m", "generator.cli", "--content", str(MINI / "content"),
                        "build", "--docs-only", "--docs", str(tmp_path / name)],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True,
                       capture_output=True)
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*")
         if p.is_file()}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*")
         if p.is_file()}
    assert a == b and len(a) > 10
