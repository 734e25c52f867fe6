"""`dossier eval --intake`: the intake scored against gold answers."""

import shutil
from pathlib import Path

import yaml

from generator.cli import main
from generator.tools.intake import Article
from generator.tools.intake_eval import evaluate, report, score

DEV = Path(__file__).parent / "devset" / "dev"
FIXTURES = Path(__file__).parent / "fixtures" / "intake"
GOLD = {
    "language": "en",
    "new": {"title": "Radar tender draws three bids", "published": "2021-06-02",
            "byline": "Jo Marlow and Tam Reyes", "publisher": None, "url": None},
    "body": "First paragraph.\n\nSecond   paragraph.\n\nThird paragraph.\n",
    "chrome": ["Share", "Read also", "Share"],
    "meta_lines": ["Jun 2, 2021"],
}


def ours(**fields: object) -> Article:
    given: dict = {"title": "Radar tender draws three bids", "published": "2021-06-02",
                   "byline": "TAM REYES, Jo Marlow.", "language": "en",
                   "paragraphs": ("First paragraph.", "Second paragraph.", "Third paragraph.")}
    return Article(**(given | fields))


def test_a_report_read_as_the_gold_says_is_right_in_every_field() -> None:
    result = score("r", ours(), GOLD)
    assert result.right == {"title", "date", "byline", "language", "publisher", "url"}
    assert (result.chrome_kept, result.meta_kept, result.lost, result.extra) == (0, 0, (), 0)


def test_bylines_compare_as_sets_of_names_and_a_null_byline_wants_none() -> None:
    assert "byline" not in score("r", ours(byline="Jo Marlow"), GOLD).right
    null = GOLD | {"new": GOLD["new"] | {"byline": None}}
    assert "byline" in score("r", ours(byline=""), null).right
    assert "byline" not in score("r", ours(byline="Reuters"), null).right


def test_chrome_and_meta_kept_lines_lost_and_lines_extra_are_counted() -> None:
    result = score("r", ours(paragraphs=("Share", "Share", "Jun 2, 2021", "First paragraph.",
                                         "Something else.")), GOLD)
    assert (result.chrome, result.chrome_kept, result.meta_kept) == (3, 2, 1)
    assert result.lost == ("Second paragraph.", "Third paragraph.")
    assert result.extra == 1
    assert result.misses == ()


def test_a_wrong_field_says_what_was_given_and_what_the_gold_wants() -> None:
    result = score("r", ours(published="2021-06"), GOLD)
    assert result.misses == ("date '2021-06' (gold '2021-06-02')",)


def test_the_table_has_a_row_per_language_and_overall_and_says_whether_targets_are_met(
        ) -> None:
    scores = [score("a", ours(), GOLD), score("b", ours(language="tr"), GOLD | {
        "language": "tr"}), score("c", ours(paragraphs=("Share",)), GOLD)]
    table = report(scores)
    rows = {line.split()[0]: line for line in table.splitlines() if line[:1].isalpha()}
    assert rows["en"].split()[1:3] == ["2", "2/2"]
    assert rows["tr"].split()[1:3] == ["1", "1/1"]
    assert rows["overall"].split()[1] == "3"
    assert "1/9 (11%)" in rows["overall"] and "3/9" in rows["overall"]
    assert ("targets: title, date, byline, language right >= 90%: met; chrome kept <= 5%: "
            "NOT met; no article line lost: NOT met") in table
    assert "  c: lost 'First paragraph.'" in table


def test_a_folder_is_scored_and_a_raw_report_without_gold_is_said(tmp_path) -> None:
    shutil.copy(FIXTURES / "yearless.txt", tmp_path / "en-x.txt")
    (tmp_path / "en-x.gold.yml").write_text(yaml.safe_dump(GOLD | {"new": GOLD["new"] | {
        "title": "Radar deliveries to begin next month, official says"}}))
    shutil.copy(FIXTURES / "agency-only.txt", tmp_path / "en-y.txt")
    scores, problems = evaluate(tmp_path)
    assert [s.id for s in scores] == ["en-x"]
    assert "title" in scores[0].right and "date" not in scores[0].right
    assert len(problems) == 1 and "en-y.txt: not scored" in problems[0]


def test_the_command_prints_the_table_and_fails_on_an_empty_folder(tmp_path, capsys) -> None:
    assert main(["eval", "--intake", str(tmp_path)]) == 1
    assert "no raw report" in capsys.readouterr().err


def test_the_dev_set_meets_the_targets(capsys) -> None:
    assert main(["eval", "--intake", str(DEV)]) == 0
    table = capsys.readouterr().out
    assert "overall" in table and table.count(": met") == 3 and "NOT met" not in table
