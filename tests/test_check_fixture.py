"""`dossier check` on a broken fixture gives exactly the expected messages."""

from pathlib import Path

from generator.cli import main

BROKEN = Path(__file__).parent / "fixtures" / "broken"


def test_every_problem_at_once_with_line_and_column(monkeypatch, capsys) -> None:
    monkeypatch.chdir(BROKEN)
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert err == (BROKEN / "expected.txt").read_text()


def test_github_format_puts_errors_on_lines(monkeypatch, capsys) -> None:
    monkeypatch.chdir(BROKEN)
    assert main(["check", "--format", "github"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first == ("::error file=content/actors/Bad_Id.md,line=1,col=1::id 'Bad_Id' breaks "
                     "the id rules (hint: ids are lowercase a-z0-9 words joined by '-': rename "
                     "to 'bad-id.md')")


def test_build_refuses_and_writes_nothing(monkeypatch, capsys, tmp_path: Path) -> None:
    monkeypatch.chdir(BROKEN)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "last-good.md").write_text("kept")
    assert main(["build", "--docs", str(docs), "--site", str(tmp_path / "site")]) == 1
    assert [p.name for p in docs.iterdir()] == ["last-good.md"]
    assert not (tmp_path / "site").exists()
    assert "nothing was written" in capsys.readouterr().err


