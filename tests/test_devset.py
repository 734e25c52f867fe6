"""`dossier eval --devset`: gold files read, spans matched by overlap, values exactly."""

from pathlib import Path

import pytest

from generator.cli import main
from generator.tools import devset
from generator.tools.devset import Item, score

from .lang_kit import machine

GOLD = """\
language: {language}
new: {{published: "2021-08-25"}}
body: |
  {body}
mentions:
  - {{text: "Rusya", actor: russia}}
  - {{text: "Ankara", actor: turkey, occurrence: [2]}}
dates:
  - {{text: "geçen yıl", value: "2020"}}
money:
  - {{text: "2,5 milyar dolar", value: "USD 2500000000"}}
quotations:
  - {{text: "Süreç ilerliyor", by: hulusi-akar}}
  - {{text: "Bir şey yok", by: null}}
"""
BODY = ('Akar, "Süreç ilerliyor" dedi. Ankara\'daki üste Rusya\'nın sistemi var; '
        'Ankara geçen yıl 2,5 milyar dolar ödedi. "Bir şey yok" denildi.')


def write(folder: Path, name: str, language: str = "tr", body: str = BODY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.gold.yml"
    path.write_text(GOLD.format(language=language, body=body), encoding="utf-8")
    return path


def test_a_gold_report_is_read_with_its_spans(tmp_path: Path) -> None:
    write(tmp_path, "tr-one")
    [report] = devset.gold_reports(tmp_path, [])
    body = report.source.body
    assert (report.language, report.source.published.text) == ("tr", "2021-08-25")
    assert [body[i.start:i.end] for i in report.gold["mentions"]] == ["Rusya", "Ankara"]
    assert report.gold["mentions"][1].start == body.rindex("Ankara")  # the 2nd occurrence
    assert [i.value for i in report.gold["speakers"]] == ["hulusi-akar"]  # null: no speaker
    assert [i.value for i in report.gold["quotations"]] == ["", ""]
    assert [i.value for i in report.gold["dates"]] == ["2020"]


def test_the_machine_is_scored_per_kind_and_language(tmp_path: Path) -> None:
    write(tmp_path, "tr-one")
    write(tmp_path, "en-two", "en")
    outcome = devset.evaluate(devset.gold_reports(tmp_path, []), machine())
    totals = devset.totals(outcome)
    assert list(totals) == ["en", "tr", "all"]
    tr = totals["tr"]
    assert (tr["mentions"].found, tr["mentions"].right, tr["mentions"].gold) == (3, 2, 2)
    assert (tr["dates"].recalled, tr["money"].recalled) == (1, 1)
    assert (tr["speakers"].found, tr["speakers"].right, tr["speakers"].recalled) == (1, 1, 1)
    assert totals["all"]["mentions"].gold == 2 + 2  # the English gold lists names it lacks
    assert "mentions: wrong 'Akar' -> hulusi-akar" in outcome.errors["tr-one"]


def test_spans_meet_by_overlap_and_values_must_be_equal() -> None:
    gold = [Item(10, 20, "turkey")]
    assert score([Item(15, 30, "turkey")], gold).right == 1  # overlap is enough
    assert score([Item(15, 30, "russia")], gold).right == 0  # the value must be the same
    assert score([Item(20, 30, "turkey")], gold).right == 0  # touching is not overlapping
    s = score([Item(0, 5, "x"), Item(10, 12, "turkey")], gold)
    assert (s.found, s.right, s.gold, s.recalled) == (2, 1, 1, 1)


def test_a_date_inside_a_longer_gold_date_is_that_date(tmp_path: Path) -> None:
    (tmp_path / "tr-x.gold.yml").write_text(
        "language: tr\nnew: {published: '2021'}\nbody: 12 Temmuz 2019 ve 2019\ndates:\n"
        "  - {text: '12 Temmuz 2019', value: '2019-07-12'}\n  - {text: '2019', value: '2019'}\n")
    [report] = devset.gold_reports(tmp_path, [])
    assert [(i.start, i.value) for i in report.gold["dates"]] == [(0, "2019-07-12"), (18, "2019")]


def test_eval_devset_prints_both_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        write_content) -> None:
    content = write_content({"actors/turkey.md": "---\nname: Turkey\nkind: state\n"
                                                 "aliases: [Ankara]\n---\n"})
    write(tmp_path / "dev", "tr-one")
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "russia.md").write_text("---\nname: Russia\nkind: state\n"
                                                   "aliases: [Rusya]\n---\n")
    (tmp_path / "actors" / "hulusi-akar.md").write_text("---\nname: Hulusi Akar\n"
                                                        "kind: person\n---\n")
    assert main(["--content", str(content), "eval", "--devset", str(tmp_path / "dev"),
                 "--errors"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("language") and "\ntr " in out and "\nall " in out
    assert "tr-one:" in out and "missed" in out


@pytest.mark.parametrize(("change", "message"), [
    (('text: "Rusya"', 'text: "Moskova"'), "not in the body as whole words: 'Moskova'"),
    (("occurrence: [2]", "occurrence: [3]"), "'Ankara' occurs 2 times, not [3]"),
    (("by: hulusi-akar", "by: hulusi-akarr"), "no actor file for hulusi-akarr"),
])
def test_a_gold_that_does_not_fit_its_body_or_actors_is_an_error_not_a_miss(
        tmp_path: Path, capsys, change: tuple[str, str], message: str) -> None:
    path = write(tmp_path, "tr-one")
    path.write_text(path.read_text(encoding="utf-8").replace(*change, 1), encoding="utf-8")
    problems: list[str] = []
    assert devset.gold_reports(tmp_path, problems, {"russia", "turkey", "hulusi-akar"}) == []
    assert len(problems) == 1 and problems[0].endswith(message), problems


def test_a_bad_gold_file_or_folder_is_a_message(tmp_path: Path, capsys, write_content) -> None:
    content = write_content({})
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "x.gold.yml").write_text("body: [unclosed\n")
    assert main(["--content", str(content), "eval", "--devset", str(tmp_path / "dev")]) == 1
    assert "cannot read the gold file" in capsys.readouterr().err
    assert main(["--content", str(content), "eval", "--devset", str(tmp_path / "none")]) == 1
    assert "not a folder of gold reports" in capsys.readouterr().err
    (tmp_path / "dev" / "x.gold.yml").write_text("language: en\nnew: {published: '2020'}\n"
                                                 "body: a\nquotations: [{text: zz, by: null}]\n")
    assert main(["--content", str(content), "eval", "--devset", str(tmp_path / "dev")]) == 1
    assert "quotation not in the body" in capsys.readouterr().err


def test_an_empty_folder_scores_nothing(tmp_path: Path) -> None:
    assert devset.report(devset.evaluate([], machine())) == \
        "no gold file (<id>.gold.yml) found: nothing to score"
