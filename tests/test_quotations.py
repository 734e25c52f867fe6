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


def test_he_said_reaches_back_one_paragraph_and_no_further() -> None:
    one = "“We plan,” Demir said.\n\nThe US and TASS disagree.\n\n“It may move,” he said."
    assert speakers(one)[1] == ("“It may move,”", "")
    near = "“We plan,” Demir said.\n\n“It may move,” he said."
    assert speakers(near)[1] == ("“It may move,”", "demir")


def test_guillemets_and_low_high_marks_are_quotations_too() -> None:
    body = "«Мы работаем над этим», said Shugaev. „Wir planen es“, said Demir."
    assert speakers(body) == [("«Мы работаем над этим»", "shugaev"),
                              ("„Wir planen es“", "demir")]


def test_an_inner_quotation_of_another_kind_does_not_end_the_outer() -> None:
    body = "«Они говорят „нет“ каждый день», said Shugaev."
    assert speakers(body) == [("«Они говорят „нет“ каждый день»", "shugaev")]
