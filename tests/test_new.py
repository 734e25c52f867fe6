"""`dossier new`: a raw article of our own writing becomes a clean source.
(The intake's rules one by one are in test_intake_*.py.)"""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.load import ID_RULE
from generator.tools.intake import Article
from generator.tools.intake.text import read_text as clean
from generator.tools.new import derive_id

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
        (20, "related link"), (22, "support box"), (26, "tags"),
        (28, "subscription prompt"), (29, "after the tags"), (31, "reader comments"),
        (32, "after the tags"), (33, "after the tags"),
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
    assert "removed line 33 (after the tags)" in err
    # "reporters in Ankara" is the city, not the state: the suggestion is Turkey
    assert "- quote: Turkey\n" in out and "actor: turkey" in out
    assert "date: '2020-03-02'" in out  # "on Monday", read against 3 March 2020
    assert "- name: Ismail Demir  # line" in out  # no such actor in this dossier
    # The blanks are errors until they are filled in.
    assert main(["check"]) == 1
    assert "'publisher' is blank" in capsys.readouterr().err
    filled = text.replace("publisher: ''", "publisher: Example News")
    Path(NEW).write_text(filled.replace("url: ''", "url: https://example.org/report"))
    assert main(["check"]) == 0
    assert "sha256" not in capsys.readouterr().err  # the hash is the body's as written
    Path(NEW).write_text(Path(NEW).read_text().replace("$1.2 billion", "$1.3 billion"))
    assert main(["check"]) == 0
    assert "warning: the body no longer matches its sha256" in capsys.readouterr().err


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


FIXTURES = Path(__file__).parent / "fixtures" / "intake"


def article(title: str, published: str = "2021-08-23") -> Article:
    return Article(title=title, paragraphs=("Text.",), published=published)


@pytest.mark.parametrize(("title", "id"), [
    ("Rusya'dan ikinci parti S-400 açıklaması: \"Son aşamaya geldik\"",
     "rusyadan-ikinci-parti-s-400-aciklamasi-son-2021"),
    ("Михеев: переговоры с Турцией о новой партии С-400 вышли на финальную стадию",
     "mikheev-peregovory-turtsiey-novoy-partii-s-400-2021"),
    ("«Рособоронэкспорт» досрочно выполнил контракт", "rosoboroneksport-dosrochno-vypolnil"
                                                      "-kontrakt-2021"),
    ("Turkey’s Erdogan confirms S-400 tests", "turkeys-erdogan-confirms-s-400-tests-2021"),
])
def test_ids_are_the_title_in_readable_ascii(title: str, id: str) -> None:
    assert derive_id(article(title)) == id
    assert ID_RULE.match(id)


def test_an_id_without_a_year_or_words() -> None:
    assert derive_id(article("Radar tests", published="")) == "radar-tests"
    assert derive_id(article("!!!", published="")) == "new-source"


def run_new(tmp_path, monkeypatch, *args: str, stdin: bytes = b"") -> int:
    shutil.copytree(MINI, tmp_path / "content", dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return main(["new", *args])


def test_new_reads_a_saved_html_page_from_stdin(tmp_path, monkeypatch, capsys) -> None:
    html = (FIXTURES / "page-with-markup.html").read_bytes()
    code = run_new(tmp_path, monkeypatch, "--id", "radar-tender", stdin=html)
    assert code == 0
    text = Path("content/sources/radar-tender.md").read_text()
    assert "byline: Example Haber with AA\n" in text
    assert "url: https://www.example.org/en/defense/" in text
    assert "language: en\n" in text
    err = capsys.readouterr().err
    assert "removed line 16 (navigation): Turkey" in err


def test_new_writes_the_language_and_a_note_on_a_completed_date(tmp_path, monkeypatch,
                                                               capsys) -> None:
    code = run_new(tmp_path, monkeypatch, str(FIXTURES / "yearless.txt"))
    assert code == 0
    text = Path("content/sources/radar-deliveries-begin-next-month-official-2021.md").read_text()
    assert "published: '2021-08-23'\npublished_note: 'The page gives “August 23”" in text
    assert "publisher: TASS\n" in text and "byline: TASS\n" in text
    assert "published: The page gives “August 23” without a year" in capsys.readouterr().err


def test_new_keeps_turkish_and_cyrillic_letters_in_the_front_matter(tmp_path, monkeypatch) -> None:
    code = run_new(tmp_path, monkeypatch, str(FIXTURES / "tr-kisa-haber.txt"))
    assert code == 0
    (path,) = Path("content/sources").glob("savunma-*.md")
    assert "title: Savunma sanayisinde yeni radar projesi için ilk adım atıldı\n" in (
        path.read_text())
    assert "language: tr\n" in path.read_text()


@pytest.mark.parametrize("published", ["", "2019-13", "last year"])
def test_a_blank_or_malformed_date_with_relative_dates_gives_no_traceback(
        tmp_path, monkeypatch, capsys, published: str) -> None:
    """`new` end to end on an undated report that says "last year" and "next
    year", then `annotate` on the file with the date filled in wrong."""
    code = run_new(tmp_path, monkeypatch, "--id", "undated",
                      str(FIXTURES / "yearless-undated.txt"))
    assert code == 0
    out, err = capsys.readouterr()
    assert "published: ''  # FILL IN" in Path("content/sources/undated.md").read_text()
    assert "'published' is blank" in err and "Traceback" not in err + out
    source = Path("content/sources/undated.md")
    source.write_text(source.read_text().replace("published: ''", f"published: '{published}'"))
    assert main(["annotate", str(source)]) == 0
    out, err = capsys.readouterr()
    assert "last year" not in out  # no date is read against a missing or bad one
    assert "Traceback" not in err + out


@pytest.mark.parametrize(("raw", "message"), [
    (b"", "no article text found"),
    (b"\x00\x01binary", "binary"),
    ("Radar için teklif".encode("cp1254"), "not UTF-8"),
])
def test_bad_input_is_a_message_not_a_traceback(tmp_path, monkeypatch, capsys, raw: bytes,
                                                message: str) -> None:
    (tmp_path / "raw.txt").write_bytes(raw)
    code = run_new(tmp_path, monkeypatch, str(tmp_path / "raw.txt"))
    assert code == 1
    assert message in capsys.readouterr().err
    assert not list(Path("content/sources").glob("new-source*.md"))
