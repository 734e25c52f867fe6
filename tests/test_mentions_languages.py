"""Names across Turkish suffixes, Russian case endings and scripts; datelines
and capitals named as places. Each case of the issue is pinned here."""

import pytest

from generator.annotate.finders.places import capitals
from generator.annotate.finders.spelling import alias_keys, russian_stem
from generator.model.datelines import span as dateline

from .lang_kit import CAST, actor, names


@pytest.mark.parametrize(("body", "expected"), [
    ("Rusya'nın teklifi", [("Rusya", "russia")]),
    ("Türkiye'ye ulaştı", [("Türkiye", "turkey")]),
    ("ABD'nin tutumu", [("ABD", "united-states")]),
    ("İsmail Demir'e yaptırım", [("İsmail Demir", "ismail-demir")]),
])
def test_turkish_suffixes_after_an_apostrophe_leave_the_name(body, expected) -> None:
    assert names(body, "tr") == expected


@pytest.mark.parametrize(("word", "actor_id"), [
    ("Турции", "turkey"), ("Турцию", "turkey"), ("Турцией", "turkey"), ("Анкарой", "turkey"),
    ("России", "russia"), ("Рособоронэкспорта", "rosoboronexport"), ("Кремле", "kremlin"),
    ("Михеева", "alexander-mikheev"), ("Михеевым", "alexander-mikheev"),
    ("Пескова", "dmitry-peskov"), ("Шугаев", "dmitry-shugaev"),
])
def test_russian_case_endings_find_the_base_form(word: str, actor_id: str) -> None:
    assert names(f"Речь шла о {word} вчера.", "ru") == [(word, actor_id)]


@pytest.mark.parametrize(("body", "language", "actor_id"), [
    ("Михеев заявил", "ru", "alexander-mikheev"),  # registered as Mikheev and Mikheyev
    ("Aleksandr Miheyev açıkladı", "tr", "alexander-mikheev"),
    ("Şugayev söyledi", "tr", "dmitry-shugaev"),  # registered as Shugayev
    ("Dmitriy Peskov konuştu", "tr", "dmitry-peskov"),
    ("сообщает ТАСС", "ru", "tass"),
    ("Путин и Эрдоган", "ru", "vladimir-putin"),
    ("Putin met him", "en", "vladimir-putin"),
])
def test_people_and_media_are_found_across_scripts(body, language, actor_id) -> None:
    assert actor_id in [a for _, a in names(body, language)]


def test_a_state_is_not_transliterated_into_another_language() -> None:
    # "Россия" is an alias; its stem ROSS is kept apart from the Latin word.
    assert names("Ross Perot spoke.", "en") == []
    assert names("Турция", "en") == [("Турция", "turkey")]
    # Turkish and Russian need the alias a contributor adds: none for Ukraine here.
    assert names("Украина и Ukrayna", "ru") == []


@pytest.mark.parametrize(("body", "language"), [
    ("сезон путина начался, много песка", "ru"),  # fishing season, sand
    ("demir yolu ve akar su", "tr"),  # iron, flowing
    ("рособоронэкспорта", "ru"),  # a name found by its inflection must start with a capital
])
def test_ordinary_words_are_not_names(body: str, language: str) -> None:
    assert names(body, language) == []


def test_in_english_a_name_still_matches_in_any_case() -> None:
    assert names("ERDOGAN and erdogan", "en") == [("ERDOGAN", "recep-tayyip-erdogan"),
                                                  ("erdogan", "recep-tayyip-erdogan")]


def test_russian_stems_are_never_cut_short() -> None:
    assert russian_stem("Михеев") == "михеев"  # -ев ends a surname, not a case
    assert russian_stem("Дмитрий") == "дмитр"
    assert russian_stem("его") == "его"  # too short to cut
    assert russian_stem("Ёлка") == "елк"


def test_only_people_and_media_get_the_other_scripts_keys() -> None:
    assert alias_keys("Mikheev", across_scripts=True) == {"miheev", "MIHAV"}  # open vowels one
    assert alias_keys("Russia", across_scripts=False) == {"russia"}
    assert "ROSS" in alias_keys("Россия", across_scripts=False)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("MOSCOW, August 23. /TASS/. Russia and Turkey agreed.", "en",
     [("TASS", "tass"), ("Russia", "russia"), ("Turkey", "turkey")]),
    ("ANKARA (AA) - Türkiye hazır.", "tr", [("AA", "anadolu-agency"), ("Türkiye", "turkey")]),
    ("МОСКВА, 23 августа. /ТАСС/. Россия выполнила контракт.", "ru",
     [("ТАСС", "tass"), ("Россия", "russia")]),
    ("KUBINKA /Moscow region/, August 23. /TASS/. Talks went on.", "en", [("TASS", "tass")]),
    ("ANKARA, Turkey (AP) — Moscow said so.", "en", [("Moscow", "russia")]),
    ("ANKARA/MOSCOW (Reuters) - Turkey has paid.", "en", [("Turkey", "turkey")]),
])
def test_a_dateline_city_is_a_place_and_its_agency_a_mention(body, language, expected) -> None:
    assert names(body, language) == expected


def test_a_dateline_comes_after_a_standfirst_but_not_in_the_text() -> None:
    body = "A standfirst.\n\nANKARA (AA) - Text.\n\nMOSCOW is big."
    assert dateline(body) == (15, 29)  # through "(AA) - "
    assert dateline("Russia and Turkey agreed.") is None
    assert dateline("One.\n\nTwo.\n\nThree.\n\nMOSCOW (AP) - Four.") is None


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Peskov told reporters in Moscow. Moscow announced it.", "en",
     [("Peskov", "dmitry-peskov"), ("Moscow", "russia")]),
    ("a base northwest of Ankara, a Washington-based group, the capital Ankara", "en", []),
    ("training in Russia", "en", [("Russia", "russia")]),  # a country's name stays
    ("Ankara semalarında, Ankara'daki üste, Moskova yakınlarındaki Kubinka", "tr", []),
    ("Moskova'dan gelen açıklama", "tr", [("Moskova", "russia")]),
    ("под Анкарой, в Москве; с Анкарой", "ru", [("Анкарой", "turkey")]),
    ("2.5 billion U.S. dollars from the U.S. Treasury", "en", [("U.S.", "united-states")]),
])
def test_a_capital_named_as_a_place_is_not_its_state(body, language, expected) -> None:
    assert names(body, language) == expected


def test_capitals_are_a_states_other_names_that_are_not_country_names() -> None:
    found = capitals(CAST)
    assert ("russia", "Moscow") in found and ("turkey", "Анкара") in found
    assert ("russia", "Rusya") not in found  # CLDR's Turkish name of Russia
    assert ("united-states", "ABD") not in found  # an acronym
    assert ("kremlin", "Кремль") not in found  # not a state
    assert capitals([actor("x", "X", "state", aliases=("X",))]) == frozenset()


@pytest.mark.parametrize(("word", "stem"), [
    ("линиями", "лин"), ("землями", "земл"), ("Штатами", "штат"), ("Турцией", "турц"),
    ("линиях", "лин"), ("Федерального", "федеральн"), ("Верхнего", "верхн"),
    ("Федеральному", "федеральн"), ("Верхнему", "верхн"), ("Федеральными", "федеральн"),
    ("Верхними", "верхн"), ("Анкарой", "анкар"), ("дверей", "двер"), ("Дмитрий", "дмитр"),
    ("Красный", "красн"), ("Федеральная", "федеральн"), ("Верхняя", "верхн"),
    ("Красное", "красн"), ("Верхнее", "верхн"), ("Федеральную", "федеральн"),
    ("Верхнюю", "верхн"), ("Песковым", "песков"), ("Верхним", "верхн"), ("Демиром", "демир"),
    ("Кремлем", "кремл"), ("Кремлём", "кремл"), ("Штатах", "штат"), ("землях", "земл"),
    ("российских", "российск"), ("Верхних", "верхн"), ("Управление", "управлен"),
    ("Турция", "турц"), ("Турцию", "турц"), ("Турции", "турц"), ("Подмосковье", "подмосков"),
    ("статья", "стат"), ("статью", "стат"), ("Анкара", "анкар"), ("Кремля", "кремл"),
    ("Анкару", "анкар"), ("Кремлю", "кремл"), ("военно", "военн"), ("Анкаре", "анкар"),
    ("Анкары", "анкар"), ("Новости", "новост"), ("Кремль", "кремл"), ("Николай", "никола"),
    ("Михеев", "михеев"), ("Путин", "путин"), ("его", "его"), ("Росс", "росс"),
])
def test_each_russian_case_ending_is_cut(word: str, stem: str) -> None:
    assert russian_stem(word) == stem


def test_a_full_russian_name_is_one_mention() -> None:
    # "Дмитрий" meets Dmitry without its ending; the two words are one name.
    assert names("Дмитрий Песков заявил", "ru") == [("Дмитрий Песков", "dmitry-peskov")]
    assert names("Дмитрия Пескова", "ru") == [("Дмитрия Пескова", "dmitry-peskov")]


def test_a_name_written_only_in_cyrillic_is_found_in_latin_letters() -> None:
    lavrov = actor("sergey-lavrov", "Сергей Лавров", aliases=("Лавров",))
    assert names("Sergei Lavrov and Lavrov's aide spoke.", actors=(lavrov,)) == [
        ("Sergei Lavrov", "sergey-lavrov"), ("Lavrov", "sergey-lavrov")]


def test_a_capital_in_a_universitys_name_is_no_mention_and_turkish_j_is_zh() -> None:
    assert names("Ankara Üniversitesi'nden bir hoca konuştu; Ankara kabul etti.", "tr") == [
        ("Ankara", "turkey")]
    assert names("at Ankara University", "en") == []
    kozhin = actor("vladimir-kozhin", "Vladimir Kozhin", aliases=("Kozhin",))
    assert names("Vladimir Kojin açıkladı. Kojin, imzalandı dedi.", "tr", actors=(kozhin,)) == [
        ("Vladimir Kojin", "vladimir-kozhin"), ("Kojin", "vladimir-kozhin")]


def test_a_name_inside_a_longer_word_is_no_mention() -> None:
    assert names("SuperTurkey and Turkey said so.") == [("Turkey", "turkey")]


def test_a_latin_name_is_found_in_its_russian_cases() -> None:
    peskov = actor("dmitry-peskov", "Dmitry Peskov", aliases=("Peskov",))
    assert names("Слова Пескова и Песков.", "ru", actors=(peskov,)) == [
        ("Пескова", "dmitry-peskov"), ("Песков", "dmitry-peskov")]


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("Заявление Трампа.", "Трампа", "Trump"),
    ("Мэттис заявил.", "Мэттис", "Mattis"),
    ("Советник Салливан заявил.", "Салливан", "Sullivan"),
])
def test_an_english_name_is_found_as_russian_writes_its_vowels(body, name, alias) -> None:
    person = actor("someone", alias, aliases=(alias,))
    assert names(body, "ru", actors=(person,)) == [(name, "someone")]


def test_a_short_word_keeps_its_vowels_and_o_and_i_stay() -> None:
    akar = actor("hulusi-akar", "Hulusi Akar", aliases=("Akar",))
    assert names("Миф об Икаре. Акар заявил.", "ru", actors=(akar,)) == [("Акар", "hulusi-akar")]
    kalin = actor("ibrahim-kalin", "Ibrahim Kalin", aliases=("Kalin",))
    assert names("Колонии и Калын.", "ru", actors=(kalin,)) == [("Калын", "ibrahim-kalin")]


def test_a_states_name_in_each_language_comes_from_cldr() -> None:
    # CAST's United States has no Russian or Turkish full name among its aliases.
    assert names("Соединенные Штаты и Соединенных", "ru") == [
        ("Соединенные Штаты", "united-states")]
    assert russian_stem("Соединенные") == russian_stem("Соединенных") == "соединенн"
    assert names("Amerika Birleşik Devletleri'nin kararı", "tr") == [
        ("Amerika Birleşik Devletleri", "united-states")]
    # A region among the aliases ("Америка", the Americas in CLDR) does not hide the country.
    us = actor("united-states", "Washington", "state", aliases=("United States", "Америка"))
    assert names("Соединенные Штаты", "ru", actors=(us,)) == [
        ("Соединенные Штаты", "united-states")]
    # A name another actor already has stays that actor's, and a person gets none.
    rusya = actor("rusya-holding", "Rusya Holding", "organization", aliases=("Rusya",))
    russia = actor("russia", "Russia", "state")
    assert names("Rusya ve Россия", "tr", actors=(rusya, russia)) == [
        ("Rusya", "rusya-holding"), ("Россия", "russia")]
    assert names("Türkiye", "tr", actors=(actor("turkey", "Turkey"),)) == []


def test_a_states_name_inside_a_laws_name_is_the_laws() -> None:
    us = actor("united-states", "United States", "state", aliases=("America", "ABD"))
    assert names("under the Countering America's Adversaries Through Sanctions Act, "
                 "America said", actors=(us,)) == [("America", "united-states")]
    assert names("ABD'nin Hasımlarına Yaptırımlar Yoluyla Karşı Koyma Yasası; ABD'nin tutumu",
                 "tr", actors=(us,)) == [("ABD", "united-states")]


def test_a_governorate_and_a_currency_are_no_mention_of_their_state() -> None:
    assert names("Ankara Valiliği duyurdu; Ankara kabul etti.", "tr") == [("Ankara", "turkey")]
    assert names("2,5 milyar ABD doları ödendi; ABD itiraz etti.", "tr") == [
        ("ABD", "united-states")]


def test_a_capital_visited_is_a_place_and_a_russian_capital_that_speaks_is_not() -> None:
    delhi = actor("india", "India", "state", aliases=("New Delhi",))
    assert names("Putin visited New Delhi; the deal exposed New Delhi to penalties.",
                 actors=(delhi,)) == [("New Delhi", "india")]
    assert names("В Анкаре не раз заявляли об этом. В Анкаре прошли переговоры.", "ru") == [
        ("Анкаре", "turkey")]
    assert names("Ранее в Анкаре рассчитывали на это.", "ru") == [("Анкаре", "turkey")]


def test_an_embassy_city_and_a_russian_capital_that_disagrees() -> None:
    assert names("ABD'nin Ankara Büyükelçisi konuştu.", "tr") == [("ABD", "united-states")]
    assert names("В Анкаре с этим не согласились.", "ru") == [("Анкаре", "turkey")]
    assert names("В Анкаре неоднократно предупреждали об этом.", "ru") == [("Анкаре", "turkey")]


def test_not_a_law_not_a_government_not_a_country() -> None:
    us = actor("russia", "Russia", "state", aliases=("Moscow", "Москва"))
    assert names("Why Russia Must Act Now", actors=(us,)) == [("Russia", "russia")]
    assert names("В Москве ожидается снегопад.", "ru", actors=(us,)) == []
    eu = actor("european-union", "European Union", "state")
    assert names("Европейский союз", "ru", actors=(eu,)) == []


def test_a_capital_flown_over_is_a_place_its_possessive_the_government() -> None:
    text = ("Ankara calls the flights routine. Jets flew low over Ankara on Monday. "
            "A row over Ankara's purchase grew. In Ankara's view it is done. "
            "Jets flew at low altitude over Ankara. Residents of Ankara watched.")
    assert names(text) == [("Ankara", "turkey")] * 3


def test_a_russian_capital_that_confirms_or_understands_is_the_government() -> None:
    us = ("В Анкаре интерес ко второй партии подтверждали неоднократно. "
          "В Вашингтоне, похоже, это понимают.")
    cast = (*[a for a in CAST if a.id != "united-states"],
            actor("united-states", "United States", "state", aliases=("Вашингтон", "США")))
    assert names(us, "ru", actors=cast) == [("Анкаре", "turkey"),
                                            ("Вашингтоне", "united-states")]
    # A clause that tells what happened there keeps it a place.
    assert names("В Анкаре, где прошли переговоры, заявили об успехе.", "ru") == []


def test_a_capital_preferred_over_another_an_agency_aside_and_a_paper_named_after_a_city() -> None:
    us = actor("united-states", "United States", "state", aliases=("Washington", "Вашингтон"))
    ua = actor("ukraine", "Ukraine", "state", aliases=("Kyiv",))
    assert names("Turkey chose Moscow over Washington.", actors=(*CAST, us)) == [
        ("Turkey", "turkey"), ("Moscow", "russia"), ("Washington", "united-states")]
    assert names("Protesters gathered in Moscow's Red Square.") == []
    assert names("В Анкаре, как сообщает ТАСС, прошли переговоры.", "ru") == [("ТАСС", "tass")]
    assert names("В Анкаре подтверждено 500 случаев.", "ru") == []
    assert names("The Kyiv Post reported it; Kyiv said nothing.", actors=(*CAST, ua)) == [
        ("Kyiv", "ukraine")]



def test_a_capital_flown_over_or_come_to_and_a_dateline_with_a_comma_before_its_agency() -> None:
    assert names("Испытания прошли над Анкарой. В Анкаре ранее требовали ответа.", "ru") == [
        ("Анкаре", "turkey")]
    assert names("Putin 11 Aralık'ta Ankara'ya gelerek görüştü. Ankara'ya mesaj verdi.", "tr") == [
        ("Putin", "vladimir-putin"), ("Ankara", "turkey")]
    assert dateline("ANKARA, (DHA) - Türkiye'nin aldığı sistem geldi.") == (0, 16)
