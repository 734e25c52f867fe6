from generator.annotate.textmatch import lookalike_difference, nearest, occurrences
from generator.model.text import fold_space_keeping_offsets as fold

BODY = "He said   it.\nThen he\n  said it again, and he said it."


def test_quotes_match_across_folded_white_space() -> None:
    assert [BODY[s:e] for s, e in occurrences(fold(BODY), "Then he said it")] == [
        "Then he\n  said it"]


def test_prefix_and_suffix_pick_one_match() -> None:
    body = fold(BODY)
    assert [s for s, _ in occurrences(body, "said it")] == [3, 24, 46]
    assert [s for s, _ in occurrences(body, "said it", prefix="and he ")] == [46]
    assert [s for s, _ in occurrences(body, "said it", suffix=" again")] == [24]


def test_a_prefix_without_its_trailing_space_still_fits() -> None:
    # YAML reads `prefix: and he ` (unquoted) as "and he".
    assert [s for s, _ in occurrences(fold(BODY), "said it", prefix="and he")] == [46]
    assert occurrences(fold(BODY), "said it", prefix="and h") == []


def test_nearest_names_the_closest_passage() -> None:
    start, end, score = nearest(fold(BODY), "he sayd it again")
    assert BODY[start:end].endswith("it again")
    assert score > 80


def test_curly_and_straight_quotes_are_told_apart_for_the_contributor() -> None:
    body = "Demir said: “It’s done.”"
    assert lookalike_difference(body, "\"It's done.\"") == "’ “ ”"
    assert lookalike_difference(body, "It is done") == ""


def test_matches_may_overlap() -> None:
    """"ha ha" is in "ha ha ha" twice, and "!!" in "!!!" too."""
    assert occurrences(fold("ha ha ha"), "ha ha") == [(0, 5), (3, 8)]
    assert occurrences(fold("No!!!"), "!!") == [(2, 4), (3, 5)]
