import pytest

from generator.annotate import Machine, mentions
from generator.annotate.finders import quotations
from generator.annotate.finders.mentions import MentionFinder
from generator.model.annotations import Mention

from .conftest import plain_source

FINDER = MentionFinder([("shugaev", "Dmitry Shugaev"), ("shugaev", "Shugaev"),
                        ("demir", "Ismail Demir"), ("demir", "Demir"), ("ntv", "NTV"),
                        ("aksam", "Aksam Newspaper"), ("akp", "AKP"), ("tass", "TASS"),
                        ("turkey", "Turkey")])
KINDS = {"shugaev": "person", "demir": "person", "ntv": "media", "aksam": "media",
         "akp": "organization", "tass": "media", "official": "anonymous",
         "turkey": "state"}


def speakers(body: str, hand: list[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    source = plain_source(body)
    found = mentions(source, Machine(FINDER, KINDS))
    for text, actor in hand:  # mentions a contributor marked by hand
        start = body.index(text)
        found.append(Mention(source="s", start=start, end=start + len(text), quote=text,
                             origin="hand", anchor="h", actor=actor))
    return [(a.quote, a.by) for a in quotations.find(source, found, KINDS)]


@pytest.mark.parametrize(("body", "expected"), [
    ("“We are working on it,” said Shugaev.", [("“We are working on it,”", "shugaev")]),
    ('"We plan a timeline," Ismail Demir told broadcaster NTV.',
     [('"We plan a timeline,"', "demir")]),
    ("TASS cited the head of the service, Dmitry Shugaev, as saying: “It is signed.”",
     [("“It is signed.”", "shugaev")]),
    ("According to pro-AKP Aksam Newspaper, “they agreed on it.”",
     [("“they agreed on it.”", "aksam")]),
    ("Demir spoke. “The offer stands,” he said.", [("“The offer stands,”", "demir")]),
    ("“It is unclear,” one reader wrote.", [("“It is unclear,”", "")]),
    ("It was called “genocide” by some.", []),  # a term, not a quotation
    ("“And we will sign a contract,\" he said.", [("“And we will sign a contract,\"", "")]),
])
def test_speakers_from_the_sentence(body: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(body) == expected


def test_an_unnamed_speaker_marked_by_hand() -> None:
    body = "“There are no new agreements,” the official said."
    assert speakers(body, [("the official", "official")]) == [
        ("“There are no new agreements,”", "official")]


def test_he_said_takes_the_speaker_of_the_quotation_before() -> None:
    body = "“We plan,” Demir said. The US and TASS disagree. “It may move,” he said."
    assert speakers(body) == [("“We plan,”", "demir"), ("“It may move,”", "demir")]


def test_after_the_verb_a_person_comes_before_a_state() -> None:
    finder_body = "“We agree on it,” said Turkey's minister Ismail Demir."
    assert speakers(finder_body) == [("“We agree on it,”", "demir")]


def test_he_said_reaches_back_two_paragraphs_if_no_one_else_came_in() -> None:
    near = "“We plan,” Demir said.\n\n“It may move,” he said."
    assert speakers(near)[1] == ("“It may move,”", "demir")
    one = "“We plan,” Demir said.\n\nThe US and TASS disagree.\n\n“It may move,” he said."
    assert speakers(one)[1] == ("“It may move,”", "demir")  # no other person between
    named = "“We plan,” Demir said.\n\nShugaev disagrees.\n\n“It may move,” he said."
    assert speakers(named)[1] == ("“It may move,”", "shugaev")  # the sentence before
    unnamed = ("“We plan,” Demir said.\n\nA source in Ankara disagrees.\n\n"
               "“It may move,” he said.")
    assert speakers(unnamed)[1] == ("“It may move,”", "")  # someone unnamed came in
    far = ("“We plan,” Demir said.\n\nThe US disagrees.\n\nTASS too.\n\n"
           "“It may move,” he said.")
    assert speakers(far)[1] == ("“It may move,”", "")


def test_a_quotation_after_another_in_its_paragraph_is_the_same_speakers() -> None:
    body = "“We plan,” Demir said. “Nobody can stop it.”"
    assert speakers(body)[1] == ("“Nobody can stop it.”", "demir")
    other = "“We plan,” Demir said. Shugaev smiled. “Nobody can stop it.”"
    assert speakers(other)[1] == ("“Nobody can stop it.”", "")


def test_a_name_inside_a_quotation_never_speaks() -> None:
    body = "Demir spoke first.\n\n“Shugaev is wrong,” he said."
    assert speakers(body)[0] == ("“Shugaev is wrong,”", "demir")
    before = "Demir said: “Shugaev called me.”\n\n“We plan it.”"
    assert speakers(before)[1] == ("“We plan it.”", "demir")


def test_he_is_first_the_person_his_own_sentence_names() -> None:
    body = ("Shugaev spoke on Monday.\n\nDemir, speaking after the talks, said he expected "
            "no delay.\n\n“The contract stands.”")
    assert speakers(body)[0] == ("“The contract stands.”", "demir")


def test_a_relative_clause_does_not_hold_the_subject() -> None:
    body = "Demir, who also met Shugaev, said it would come “on time and in full”."
    assert speakers(body) == [("“on time and in full”", "demir")]


def test_a_second_verb_of_the_subject_after_the_quotation_is_not_its_speaker() -> None:
    body = "Demir has described the purchase as “a national decision” but stressed that TASS erred."
    assert speakers(body) == [("“a national decision”", "demir")]


def test_guillemets_and_low_high_marks_are_quotations_too() -> None:
    body = "«Мы работаем над этим», said Shugaev. „Wir planen es“, said Demir."
    assert speakers(body) == [("«Мы работаем над этим»", "shugaev"),
                              ("„Wir planen es“", "demir")]


def test_an_inner_quotation_of_another_kind_does_not_end_the_outer() -> None:
    body = "«Они говорят „нет“ каждый день», said Shugaev."
    assert speakers(body) == [("«Они говорят „нет“ каждый день»", "shugaev")]
