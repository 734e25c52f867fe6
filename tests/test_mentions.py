from generator.annotate.finders.mentions import MentionFinder

FINDER = MentionFinder([
    ("erdogan", "Recep Tayyip Erdoğan"), ("erdogan", "Erdogan"),
    ("cavusoglu", "Mevlut Cavusoglu"), ("cavusoglu", "Cavusoglu"),
    ("us", "US"), ("us", "U.S."), ("us", "United States"),
    ("turkey", "Turkey"),
    ("directorate", "Turkish Defence Industry Directorate"),
    ("istanbul", "Istanbul"),
])


def found(text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.actor) for h in FINDER.find(text)]


def test_case_and_accents_are_ignored() -> None:
    assert found("ERDOĞAN met Erdogan.") == [("ERDOĞAN", "erdogan"), ("Erdogan", "erdogan")]


def test_turkish_letters_find_the_plain_spelling() -> None:
    assert found("Mevlüt Çavuşoğlu spoke.") == [("Mevlüt Çavuşoğlu", "cavusoglu")]
    assert found("İSTANBUL and ıstanbul") == [("İSTANBUL", "istanbul"), ("ıstanbul", "istanbul")]


def test_possessives_still_match() -> None:
    assert found("Erdoğan’s visit and Turkey's army") == [
        ("Erdoğan", "erdogan"), ("Turkey", "turkey")]


def test_longest_match_wins() -> None:
    assert found("the Turkish Defence Industry Directorate said") == [
        ("Turkish Defence Industry Directorate", "directorate")]


def test_whole_words_only() -> None:
    assert found("Turkeys and Erdoganism") == []


def test_acronyms_match_capitals_only() -> None:
    assert found("The U.S. criticized us, the US said.") == [("U.S.", "us"), ("US", "us")]


def test_an_alias_of_two_actors_is_left_to_the_hand() -> None:
    finder = MentionFinder([("a", "Demir"), ("b", "Demir"), ("b", "Ali Demir")])
    assert finder.ambiguous == {"Demir": ["a", "b"]}
    assert [h.actor for h in finder.find("Ali Demir and Demir")] == ["b"]


def test_an_acronym_with_a_plain_spelling_matches_any_case() -> None:
    finder = MentionFinder([("nato", "NATO"), ("nato", "Nato")])
    assert [h.start for h in finder.find("USA and Nato, NATO and nato")] == [8, 14, 23]
