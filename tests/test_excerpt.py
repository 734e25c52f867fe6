"""A passage in a Quote column: the speaker's words in marks, cuts shown, the
reporter's sentence left as it stands."""

import pytest

from generator.render.excerpt import Excerpt, excerpt

BODY = ("Intro.\n\n"
        "The official added: “The talks are under way. The process is ongoing.”\n\n"
        "A defense official said on Tuesday there were “no new agreements.”\n\n"
        "“We will sign a contract,\" he said.\n\n"
        "He called it \"a poor deal\" and left.")


def shown(passage: str) -> Excerpt:
    start = BODY.index(passage)
    return excerpt(BODY, start, start + len(passage))


@pytest.mark.parametrize(("passage", "text"), [
    # the tail of a longer quotation: cut at the start, the source's own closing mark
    ("The process is ongoing.”", "“… The process is ongoing.”"),
    # the head of one: its own opening mark, cut at the end
    ("“The talks are under way.", "“The talks are under way. …”"),
    # the whole inside of one, marks left out of the passage: both put back
    ("no new agreements.", "“no new agreements.”"),
    # scraped text's mixed marks pair up, so no cut is invented
    ("“We will sign a contract,\" he said.", "“We will sign a contract,\" he said."),
])
def test_the_speakers_words_come_in_marks_with_cuts_shown(passage: str, text: str) -> None:
    assert shown(passage) == Excerpt(text, speaker=True)


@pytest.mark.parametrize("passage", [
    "A defense official said on Tuesday there were “no new agreements.”",
    "The official added",
    "He called it \"a poor deal\" and left.",
])
def test_the_reporters_sentence_is_left_as_it_stands(passage: str) -> None:
    assert shown(passage) == Excerpt(passage, speaker=False)


def test_line_breaks_inside_a_passage_read_as_spaces() -> None:
    body = "“One\nline and\n  another.”"
    assert excerpt(body, 1, len(body) - 1).text == "“One line and another.”"


@pytest.mark.parametrize(("body", "passage", "text", "speaker"), [
    # German marks: „ opens, “ closes, and the sentence after is the reporter's
    ("„Wir kaufen.“ Später sagte man nichts.", "Später sagte man nichts.",
     "Später sagte man nichts.", False),
    ("Er sagte: „Wir kaufen es bald.“", "Wir kaufen", "„Wir kaufen …“", True),
    # Russian marks with German ones nested
    ("«Он сказал „да“ и ушёл». Потом тишина.", "Потом тишина.", "Потом тишина.", False),
    # single marks, with an apostrophe inside
    ("He said ‘we won’t buy it’ and left.", "we won’t buy it",
     "‘we won’t buy it’", True),
    # a paragraph break with spaces on its blank line ends an open quotation
    ("“An open quote\n \nNew paragraph here.", "New paragraph here.",
     "New paragraph here.", False),
])
def test_other_quotation_marks(body: str, passage: str, text: str, speaker: bool) -> None:
    start = body.index(passage)
    assert excerpt(body, start, start + len(passage)) == Excerpt(text, speaker)


def test_a_mark_of_its_own_opens_even_glued_to_the_word_before() -> None:
    """«, “ and „ only ever open; only the straight marks need a space before
    them to count as opening."""
    body = "Intro.\n\nHe said:«Talks go on. Nothing new.» Then he left."
    start = body.index("Talks go on.")
    assert excerpt(body, start, start + len("Talks go on.")).text == "«Talks go on. …»"
