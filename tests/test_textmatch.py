from generator.annotate.anchor import _nearest_hint
from generator.annotate.textmatch import lookalike_difference, nearest, occurrences
from generator.model.text import fold_space_keeping_offsets as fold

from .conftest import plain_source

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


def test_nearest_widens_a_window_cut_inside_words_to_whole_words() -> None:
    body = "Erdogan said the talks go on.  Then Putin replied at length."
    start, end, score = nearest(fold(body), "alks go o")
    assert (body[start:end], score) == ("talks go on", 100.0)
    start, end, _ = nearest(fold(body), "Putin replie")
    assert body[start:end] == "Putin replied"
    start, end, _ = nearest(fold("A. The minister  replied."), "minister  repl")
    assert (start, end) == (7, 24)  # the body's own spaces, in its own offsets


def test_nearest_to_a_quote_longer_than_the_body_is_the_whole_body() -> None:
    start, end, score = nearest(fold("Short body."), "A much longer quote than the body is")
    assert (start, end) == (0, 11) and 30 < score < 50
    assert nearest(fold(""), "x y") is None
    assert nearest(fold("abc"), "  ") is None


def test_a_hint_shows_the_nearest_passage_with_the_marks_around_it() -> None:
    body = "“Talks go on” he said. Then more.\n\nSecond line."
    source = plain_source(body)
    assert _nearest_hint(source, fold(body), "Talks go onn") == \
        'nearest text (line 1): "“Talks go on”"'
    assert _nearest_hint(source, fold(body), "Talks go on he said") == (
        "the body has quotation marks in these words (line 1); copy them too: "
        "“Talks go on” he said")
    assert _nearest_hint(source, fold(body), "zzzz qqqq") == ""  # nothing near enough
