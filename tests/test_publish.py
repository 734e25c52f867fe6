"""`dossier build --docs X` publishes X, whatever lies in the default build/docs."""

from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.write import publish

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.mark.slow
def test_the_site_is_built_from_the_docs_folder_it_is_given(tmp_path: Path) -> None:
    docs, site = tmp_path / "docs", tmp_path / "site"
    assert not [p for p in generate(MINI / "content", docs) if p.severity == "error"]
    assert publish(ROOT / "mkdocs.yml", docs, site) == []
    assert (site / "sources" / "forum-report.html").is_file()
    assert (site / "dossier.json").read_bytes() == (docs / "dossier.json").read_bytes()
    assert not (site / "sources" / "moscow-times-second-batch-delayed-2019.html").exists()


@pytest.mark.slow
def test_a_missing_docs_folder_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    problems = publish(ROOT / "mkdocs.yml", tmp_path / "nowhere", tmp_path / "site")
    assert [p.severity for p in problems] == ["error"]
    assert "isn't an existing directory" in problems[0].format()
    assert not (tmp_path / "site").exists()
