"""`dossier new`: a raw article of our own writing becomes a clean source.
(The intake's rules one by one are in test_intake_*.py.)"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.cli import main
from generator.tools.intake.text import read_text as clean

RAW = Path(__file__).parent / "fixtures" / "raw" / "made-up-report.txt"
MINI = Path(__file__).parent / "fixtures" / "mini" / "content"
NEW = "content/sources/ankara-moscow-discuss-second-s-400-batch-2020.md"


def test_chrome_is_removed_and_shown() -> None:
    article = clean(RAW.read_text())
    assert (article.title, article.byline, article.published) == (
        "Ankara and Moscow Discuss Second S-400 Batch, Minister Says", "Jane Example",
        "2020-03-03")
    assert article.paragraphs == (
        "Turkey and Russia are still discussing a second batch of S-400 systems, a minister "
        "said on Monday.",
        '"We are not in a hurry," Ismail Demir told reporters in Ankara. "The talks will go on."',
        "The ministry declined to give a date for a contract worth $1.2 billion.",
    )
    assert [(r.line, r.why) for r in article.removed] == [
        (1, "navigation"), (5, "title repeated"), (7, "byline"), (9, "date line"),
        (11, "share widget"), (12, "share widget"), (14, "photo caption or credit"),
        (20, "related link"), (22, "support box"), (26, "related links or tags"),
        (28, "subscription prompt"), (29, "after the article"), (31, "reader comments"),
        (32, "reader comments and after"), (33, "reader comments and after"),
    ]


def test_original_url_line_is_taken() -> None:
    article = clean("A title\n\nA sentence.\n\n## Original url:\n\nhttps://example.org/x\n")
    assert article.url == "https://example.org/x"
    assert article.paragraphs == ("A sentence.",)


def test_an_original_url_on_its_own_line_anywhere_is_taken() -> None:
    article = clean("A title\n\nShare this article\n\nA sentence.\n\n"
                    "Original url: https://example.org/y\n\nAnother.\n")
    assert article.url == "https://example.org/y"
    assert article.paragraphs == ("A sentence.", "Another.")
    assert [r.why for r in article.removed] == ["share widget", "original address"]


def test_new_writes_a_source_with_marked_blanks_then_suggests(tmp_path, monkeypatch,
                                                               capsys) -> None:
    shutil.copytree(MINI, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    assert main(["new", str(RAW)]) == 0
    out, err = capsys.readouterr()
    text = Path(NEW).read_text()
    assert text.startswith("---\n# yaml-language-server: $schema=../../generator/schemas/"
                           "source.schema.json\ntitle: Ankara and Moscow Discuss")
    assert "publisher: ''  # FILL IN: the outlet" in text
    assert "url: ''  # FILL IN: the original address" in text
    assert "published: '2020-03-03'\nbyline: Jane Example\n" in text
    assert text.endswith("worth $1.2 billion.\n")
    assert "removed line 33 (reader comments and after)" in err
    assert "- quote: Ankara\n" in out and "actor: turkey" in out
    assert "date: '2020-03-02'" in out  # "on Monday", read against 3 March 2020
    assert "- name: Ismail Demir  # line" in out  # no such actor in this dossier
    # The blanks are errors until they are filled in.
    assert main(["check"]) == 1
    assert "'publisher' is blank" in capsys.readouterr().err
    filled = text.replace("publisher: ''", "publisher: Example News")
    Path(NEW).write_text(filled.replace("url: ''", "url: https://example.org/report"))
    assert main(["check"]) == 0


def test_new_never_overwrites(tmp_path, monkeypatch, capsys) -> None:
    shutil.copytree(MINI, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    assert main(["new", str(RAW)]) == 0
    Path(NEW).write_text("my edits")
    assert main(["new", str(RAW)]) == 1
    assert Path(NEW).read_text() == "my edits"
    assert "exists: nothing written" in capsys.readouterr().err


def test_other_sites_chrome() -> None:
    article = clean((RAW.parent / "other-chrome.txt").read_text())
    assert (article.title, article.byline, article.published) == (
        "Ankara weighs second S-400 batch", "Selin Aydemir and Mark Doyle", "2021-03-11")
    assert article.paragraphs == ("Turkey is weighing a second batch, officials said.",)
    assert [r.why for r in article.removed] == [
        "navigation", "share widget", "title repeated", "byline", "date line",
        "reader comments"]


def test_navigation_goes_and_what_follows_the_address_keeps_its_own_reason() -> None:
    article = clean((RAW.parent / "navigation-and-tail.txt").read_text())
    assert article.title == "Russia Says Second S-400 Batch for Turkey Could Ship Next Year"
    assert article.url.startswith("https://www.example-news.org/2023/03/15/")
    assert [r.why for r in article.removed] == [
        "navigation", "navigation", "byline", "date line", "original address",
        "original address", "share widget", "related link", "reader comments"] + [
        "reader comments and after"] * 4
