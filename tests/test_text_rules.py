"""The text rules of model/text.py and model/vocabulary.py that the machine's
languages added: the spelling fold, sentence ends, the languages read."""

from generator.model.text import fold_spelling, sentence_ends
from generator.model.vocabulary import language_of


def test_transliterations_of_one_name_fold_to_one_spelling() -> None:
    assert {fold_spelling(w) for w in ("Mikheyev", "Mikheev", "Miheyev", "MIKHEEV")} == {"miheev"}
    assert fold_spelling("Şugayev") == fold_spelling("Shugaev") == "sugaev"
    assert {fold_spelling(w) for w in ("Dmitry", "Dmitriy", "Dmitrii", "Dmitri")} == {"dmitri"}
    assert fold_spelling("Interfax") == fold_spelling("Interfaks")
    assert fold_spelling("Zhukov") == "zukov" and fold_spelling("Chelsea") == "celsea"
    assert fold_spelling("Turkey") != fold_spelling("Turk")


def test_sentences_end_at_marks_and_lines_but_not_after_abbreviations() -> None:
    text = "It was Oct. 16. Mr. Demir spoke! Then\nmore. В 2017 г. было так?"
    ends = sentence_ends(text)
    assert [text[e - 1] for e in ends if text[e - 1] in ".!?"] == [".", "!", ".", "?"]
    assert text.index("16.") + 3 in ends and text.index("Oct.") + 4 not in ends
    assert text.index("\n") in ends and text.index("г.") + 2 not in ends


def test_the_languages_the_machine_reads() -> None:
    assert [language_of(c) for c in ("en", "en-GB", "TR", "ru_RU", "fr", "")] == [
        "en", "en", "tr", "ru", None, None]
