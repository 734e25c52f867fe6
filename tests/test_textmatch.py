from generator.textmatch import fold, nearest, occurrences

BODY = "He said   it.\nThen he\n  said it again, and he said it."


def test_quotes_match_across_folded_white_space() -> None:
    body = fold(BODY)
    starts = occurrences(body, "Then he said it")
    assert len(starts) == 1
    start, end = body.span(starts[0], starts[0] + len("Then he said it"))
    assert BODY[start:end] == "Then he\n  said it"


def test_prefix_and_suffix_pick_one_match() -> None:
    body = fold(BODY)
    assert len(occurrences(body, "said it")) == 3
    assert len(occurrences(body, "said it", prefix="and he ")) == 1
    assert len(occurrences(body, "said it", suffix=" again")) == 1


def test_nearest_names_the_closest_passage() -> None:
    start, end, score = nearest(fold(BODY), "he sayd it again")
    assert BODY[start:end].endswith("it again")
    assert score > 80
