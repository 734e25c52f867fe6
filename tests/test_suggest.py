"""`dossier annotate`'s suggestions: the machine's annotations as YAML to
paste, and the names in a report that match no actor."""

import re

import pytest
import yaml

from generator.annotate import Machine, annotate_source
from generator.load import load
from generator.tools.names import NameSuggestion, unknown_names
from generator.tools.suggest import Unknown, as_yaml, unknown_as_yaml
from generator.tools.suggest import unknown_names as unknown_in_source


def test_suggestions_paste_as_annotations_that_pick_their_match(write_content) -> None:
    content = write_content({
        "actors/turkey.md": "---\nname: Turkey\nkind: state\n---\n",
        "sources/s.md": "---\ntitle: T\npublished: '2019-11-04'\n---\n"
                        "Turkey met Ahmet Yilmaz of the Strategy Centre in July. Turkey left.",
    })
    corpus, _ = load(content)
    source = corpus.sources["s"]
    spans, _ = annotate_source(source, Machine.for_corpus(corpus))
    entries = yaml.safe_load(as_yaml(source, spans))
    assert entries == [
        {"quote": "Turkey", "occurrence": 1, "actor": "turkey"},
        {"quote": "July", "date": "2019-07"},
        {"quote": "Turkey", "occurrence": 2, "actor": "turkey"},
    ]
    assert unknown_in_source(source, spans) == [Unknown("Ahmet Yilmaz", 5),
                                                Unknown("Strategy Centre", 5)]


def names(body: str, *known: str) -> list[tuple[str, str]]:
    """(name, role) suggested in `body`, with every occurrence of `known` an actor's."""
    spans = [(m.start(), m.end()) for k in known for m in re.finditer(rf"\b{k}\b", body)]
    return [(s.name, s.role) for s in unknown_names(body, spans)]


def test_a_title_before_a_name_is_its_role() -> None:
    assert names("Turkish Defense Minister Fikri Isik said the talks went on.") == [
        ("Fikri Isik", "Turkish Defense Minister")]


def test_the_unknown_part_of_a_run_that_touches_a_known_name_is_suggested() -> None:
    assert names("US Secretary of State Mike Pompeo warned Ankara.", "US", "Ankara") == [
        ("Mike Pompeo", "Secretary of State")]
    assert names("Kremlin spokesman Dmitry Peskov said so.", "Kremlin") == [
        ("Dmitry Peskov", "")]


@pytest.mark.parametrize("body", [
    "The deal covers the Russian-made S-400 systems and more.",
    "He met the General Director on Monday and left.",
    "The ships sailed into the Black Sea on Monday.",
    "The Countering America’s Adversaries Through Sanctions Act was cited.",
    "Officials met in July. In August they met again.",
    "The Franco-Italian consortium bid for it.",
])
def test_adjectives_titles_places_laws_and_months_are_no_one(body: str) -> None:
    assert names(body) == []


def test_single_words_that_recur_or_speak_or_tag_a_dateline_are_suggested() -> None:
    body = ("MOSCOW (Sputnik) - Officials met on Monday, the Kremlin said. A source "
            "told Xinhua the talks would go on. ISTANBUL (AP) — The talks went on, "
            "the Kremlin added.")
    assert names(body) == [("Sputnik", ""), ("Kremlin", ""), ("Xinhua", ""), ("AP", "")]


def test_a_capitalised_word_is_no_name_where_the_text_also_writes_it_in_lowercase() -> None:
    # "Deliveries" opens two sentences and is said once in lowercase: a common word.
    body = ("Deliveries went on. Deliveries said nothing. The deliveries ended, "
            "officials said.")
    assert names(body) == []


def test_a_recurring_capitalised_word_is_no_name_where_it_is_also_written_in_lowercase() -> None:
    assert names("He said the Navy tested it. Then the Navy said more. A navy costs.") == []
    assert names("He said the Navy tested it. Then the Navy said more.") == [("Navy", "")]


def test_a_sentence_initial_word_alone_is_no_evidence() -> None:
    assert names("Speaking to reporters, he said no. Analysts disagreed.") == []


def test_a_surname_after_the_full_name_is_not_a_second_person() -> None:
    assert names("Dmitry Shugayev spoke on Monday. Later Shugayev said more, and "
                 "Shugayev left.") == [("Dmitry Shugayev", "")]


def test_names_joined_by_and_are_two_and_a_person_of_an_organisation_is_two() -> None:
    assert names("It angered Atlas Policy Institute and Deniz Ekinci.") == [
        ("Atlas Policy Institute", ""), ("Deniz Ekinci", "")]
    assert names("He met Ahmet Yilmaz of Rosoboronexport on Monday.") == [
        ("Ahmet Yilmaz", ""), ("Rosoboronexport", "")]
    assert names("He met the Centre for Analysis of Strategies and Technologies.") == [
        ("Centre for Analysis of Strategies and Technologies", "")]


def test_turkish_suffixes_after_an_apostrophe_and_turkish_titles() -> None:
    body = ("Rosoboronexport'un Genel Müdürü Aleksandr Miheyev konuştu. Bir heyet de "
            "Rosoboronexport'a gitti.")
    assert names(body) == [("Rosoboronexport", ""), ("Aleksandr Miheyev", "Genel Müdürü")]


def test_a_suffix_ends_a_name() -> None:
    assert names("Toplantıda, Rusya Federasyonu'nun Türkiye Cumhuriyeti'ne teklifi görüşüldü.") == [
        ("Rusya Federasyonu", ""), ("Türkiye Cumhuriyeti", "")]


def test_cyrillic_names_and_case_forms_of_one_name() -> None:
    body = ("Об этом сообщил директор Дмитрий Шугаев. В делегацию вошли представители "
            "Рособоронэкспорта и сам глава Рособоронэкспорт.")
    assert names(body) == [("Дмитрий Шугаев", ""), ("Рособоронэкспорта", "")]


def test_unknown_names_come_as_yaml_with_their_line_and_role() -> None:
    text = unknown_as_yaml([Unknown("Fikri Isik", 12, "Turkish Defense Minister"),
                            Unknown("Xinhua", 14)])
    entries = yaml.safe_load(text)
    assert entries == [
        {"name": "Fikri Isik", "kind": "FILL IN", "role": "Turkish Defense Minister"},
        {"name": "Xinhua", "kind": "FILL IN"}]
    assert "- name: Fikri Isik  # line 12\n" in text
    assert unknown_as_yaml([]) == "# every name in the text matches an actor\n"


def test_each_name_once_at_its_first_place() -> None:
    found = unknown_names("Deniz Ekinci said so. Deniz Ekinci left.", [])
    assert found == [NameSuggestion("Deniz Ekinci", 0)]
