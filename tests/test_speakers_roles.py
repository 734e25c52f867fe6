"""Speakers named by their roles: a deputy is not the holder, a Turkish
ministry is not its minister, a role set off after a name is that person's,
and "the spokesperson" is the one the paragraph brought in."""

import pytest

from generator.annotate.finders.speech import roles_in

from .lang_kit import CAST, actor, speakers

POMPEO = actor("mike-pompeo", "Mike Pompeo", aliases=("Pompeo",),
               role="US Secretary of State", affiliations=("united-states",))
CAVUSOGLU = actor("mevlut-cavusoglu", "Mevlut Cavusoglu", aliases=("Cavusoglu",),
                  role="Foreign Minister of Turkey", affiliations=("turkey",))
STATE_DEPARTMENT = actor("us-department-of-state", "United States Department of State",
                         "organization", aliases=("State Department",),
                         affiliations=("united-states",))
CAST_ABROAD = (*CAST, POMPEO, CAVUSOGLU, STATE_DEPARTMENT)


def by(body: str, language: str = "en") -> list[str]:
    return [speaker for _, speaker in speakers(body, language, CAST_ABROAD)]


def test_a_deputy_is_not_the_holder_of_the_role() -> None:
    body = ("Victoria Example, the acting US deputy secretary of state, told a broadcaster "
            "that Washington would “gladly welcome Türkiye back” to the programme.")
    assert by(body) == [""]
    assert by("ABD Dışişleri Bakan Yardımcısı, \"Kapı açık\" dedi.", "tr") == [""]
    # The holder's own title still finds the holder.
    assert by("The US secretary of state said Turkey must “choose its partners”.") == [
        "mike-pompeo"]


def test_a_turkish_ministry_or_presidency_is_no_minister_or_president() -> None:
    body = ("ABD Dışişleri Bakanlığı'ndan bir sözcü, sistemin \"ciddi sonuçlar doğuracağını\" "
            "belirterek, \"Bunu kabul edilemez buluyoruz\" dedi.")
    assert by(body, "tr") == ["", ""]
    body = "Erdoğan konuşmadı. Cumhurbaşkanlığı ise \"Süreç sürüyor\" açıklamasını yaptı."
    assert by(body, "tr") == [""]


def test_a_role_set_off_after_a_name_is_that_persons() -> None:
    body = ("Mevlut Cavusoglu, the foreign minister, struck a defiant tone later that "
            "evening.\n\n“We did not buy these systems to put them in a warehouse.”")
    assert by(body) == ["mevlut-cavusoglu"]
    # Not across a relative clause: "Erdogan, who met the minister" is not the minister.
    body = ("Erdogan, who met the minister on Monday, spoke first.\n\n"
            "“We did not buy these systems to put them in a warehouse.”")
    assert by(body) == [""]


def test_the_spokesperson_is_the_one_the_paragraph_brought_in() -> None:
    body = ("A State Department spokesperson said Washington had repeatedly made clear to "
            "Turkey, in meetings at every level over the past two years and in writing, that "
            "any significant new purchase of Russian arms could trigger sanctions under the "
            "law. “We urge Turkey not to retain the system and to refrain from buying more "
            "Russian military equipment,” the spokesperson said.")
    assert by(body) == ["us-department-of-state"]
    # The one of the same role, not the last description of any.
    assert by(body.replace("under the law.", "under the law, and an official agreed.")) == [
        "us-department-of-state"]


def test_of_two_names_side_by_side_after_a_role_the_second_holds_it() -> None:
    # "Putin's spokesman Dmitry Peskov": Putin is whose spokesman; "он" is Peskov.
    body = ("В Кремле считают незаконными санкции, заявил во вторник пресс-секретарь "
            "Владимира Путина Дмитрий Песков.\n\n«Мы считаем подобные меры нелегитимными», "
            "— сказал он журналистам.")
    assert by(body, "ru") == ["dmitry-peskov"]


def test_the_nearer_of_a_tie_and_an_earlier_description() -> None:
    body = ("Kremlin spokesman Dmitry Peskov said Moscow was open to more talks.\n\n"
            "A State Department spokesperson said new purchases could bring penalties. "
            "“Any significant new acquisition would risk further sanctions,” the "
            "spokesperson said.")
    assert by(body) == ["us-department-of-state"]
    assert by(body.replace("A State Department spokesperson said", "Officials said")) == [
        "dmitry-peskov"]


def test_what_is_not_a_deputy_nor_a_role_after_a_name() -> None:
    # "under President Erdogan" is no deputy; "Deputy Foreign Minister" is one.
    assert by("Turkey under President Erdogan said it would “keep the systems”.") == [
        "recep-tayyip-erdogan"]
    body = ("Deputy Foreign Minister Ivan Example spoke after Cavusoglu.\n\n"
            "“The talks were useful,” the foreign minister said.")
    assert by(body) == ["mevlut-cavusoglu"]
    # A clause after the name ("meeting the NATO chief") does not give him that role.
    body = ("Erdogan, meeting the NATO chief, spoke first.\n\n"
            "“We did not buy these systems to put them in a warehouse,” the chief said.")
    assert by(body) == [""]


def test_two_names_side_by_side_after_a_turkish_title_keep_the_first() -> None:
    body = "Cumhurbaşkanı Erdoğan Putin ile görüştü. Cumhurbaşkanı, \"Anlaşma tamam\" dedi."
    assert by(body, "tr") == ["recep-tayyip-erdogan"]


def test_an_actor_files_deputy_title_is_no_holders() -> None:
    assert roles_in("Deputy Foreign Minister of Russia") == {"deputy"}
    assert roles_in("Vice President of the United States") == {"deputy"}
    assert roles_in("Under Secretary of Defense") == {"deputy"}
    assert roles_in("Turkey under President Erdogan") == {"president"}


def test_a_ministers_portfolio_tells_ministers_apart() -> None:
    # Pompeo is the secretary of state: not the US defence secretary.
    assert by("The US defence secretary said the position “has not changed”.") == [""]
    # Of two ministers the report tied, the one of the portfolio named.
    body = ("Foreign Minister Mevlut Cavusoglu met Defence Minister Hulusi Akar. Later the "
            "foreign minister said the talks were “very productive”.")
    assert by(body) == ["mevlut-cavusoglu"]
    body = ("Savunma Bakanı Hulusi Akar, Dışişleri Bakanı Mevlüt Çavuşoğlu ile görüştü. "
            "Savunma Bakanı, \"Süreç devam ediyor\" dedi.")
    assert by(body, "tr") == ["hulusi-akar"]
    # The portfolio nearest the role word is its own.
    body = ("Defence Minister Hulusi Akar and Foreign Minister Mevlut Cavusoglu met. After the "
            "defence talks the foreign minister said the talks were “very productive”.")
    assert by(body) == ["mevlut-cavusoglu"]
    # A tie that names no portfolio may be any minister's.
    body = "Minister Ismail Demir met reporters. The defence minister said “we are ready”."
    assert by(body) == ["ismail-demir"]


def test_a_role_set_off_after_a_name_we_have_no_file_for_is_no_one_of_ours() -> None:
    body = ("Pompeo spoke first. Mark Example, the US secretary of state, said the position "
            "“has not changed”.")
    assert by(body) == [""]
    body = ("Pompeo spoke first, and on Thursday Mark Example, the US secretary of state, said "
            "the position “has not changed”.")
    assert by(body) == [""]
    # Words that open a sentence, and places, are no name.
    for opening in ("On Thursday", "In New Delhi", "At the White House", "Separately"):
        body = (f"Pompeo spoke first. {opening}, the US secretary of state said the position "
                "“has not changed”.")
        assert by(body) == ["mike-pompeo"], opening
    # One of ours set off before a long role is no stranger.
    body = ("Hulusi Akar, the acting Turkish national defence minister, said the position "
            "“has not changed”.")
    assert by(body) == ["hulusi-akar"]


def test_a_ties_words_do_not_reach_back_past_the_name_before() -> None:
    erdogan = actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", aliases=("Erdogan",),
                    role="President of Turkey", affiliations=("turkey",))
    putin = actor("vladimir-putin", "Vladimir Putin", aliases=("Putin",),
                  role="President of Russia", affiliations=("russia",))
    body = ("Russian President Vladimir Putin and President Recep Tayyip Erdogan met. "
            "\"The talks were hard,\" the Russian president said.")
    found = [s for _, s in speakers(body, "en", (*CAST, erdogan, putin))]
    assert found == ["vladimir-putin"]  # Erdogan's title is not "Russian"


def test_a_demonym_says_whose_role_it_is() -> None:
    body = ("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met. "
            "\"The talks were hard,\" the Russian president said.")
    assert by(body) == ["vladimir-putin"]
    body = ("Rusya Devlet Başkanı Vladimir Putin, Savunma Sanayii Başkanı Ismail Demir ile "
            "görüştü. Rus Devlet Başkanı, \"Görüşmeler zordu\" dedi.")
    assert by(body, "tr") == ["vladimir-putin"]
    body = ("Президент России Владимир Путин и президент Турции Эрдоган провели переговоры. "
            "«Переговоры были трудными», — сказал российский президент.")
    assert by(body, "ru") == ["vladimir-putin"]
    body = ("Президент России Владимир Путин и президент Турции Эрдоган провели переговоры. "
            "Российский президент сказал: «Переговоры были трудными».")
    assert by(body, "ru") == ["vladimir-putin"]


@pytest.mark.parametrize(("body", "language"), [
    ("\"We will win,\" the Turkish opposition leader said.", "en"),
    ("\"We will win,\" the leader of the Turkish opposition said.", "en"),
    ("\"We will win,\" the Russian Orthodox Church leader said.", "en"),
    ("«Мы победим», — сказал лидер турецкой оппозиции.", "ru"),
    ("«Мы победим», — сказал бывший турецкий президент.", "ru"),
])
def test_a_demonym_that_does_not_stand_before_the_role_word_says_nothing(
        body: str, language: str) -> None:
    erdogan = actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", aliases=("Erdogan", "Эрдоган"),
                    role="President of Turkey", affiliations=("turkey",))
    putin = actor("vladimir-putin", "Vladimir Putin", aliases=("Putin", "Путин"),
                  role="President of Russia", affiliations=("russia",))
    opening = "Erdogan and Putin met. " if language == "en" else "Эрдоган и Путин встретились. "
    assert [s for _, s in speakers(opening + body, language, (*CAST, erdogan, putin))] == [""]


def test_an_aide_of_a_president_is_none() -> None:
    kozhin = actor("vladimir-kozhin", "Vladimir Kozhin", aliases=("Kozhin", "Кожин"))
    putin = actor("vladimir-putin", "Vladimir Putin", aliases=("Putin", "Путин"),
                  role="President of Russia", affiliations=("russia",))
    body = ("Путин встретился с делегацией. Помощник президента России Владимир Кожин рассказал "
            "о поставках. «Все идет по плану», — сказал российский президент.")
    assert [s for _, s in speakers(body, "ru", (*CAST, kozhin, putin))] == ["vladimir-putin"]


def test_a_presidents_spokesman_or_adviser_is_no_president() -> None:
    putin = actor("vladimir-putin", "Vladimir Putin", aliases=("Putin",),
                  role="President of Russia", affiliations=("russia",))
    body = ("Spokesman for the President Dmitry Peskov spoke first. \"We agreed,\" the Russian "
            "president said.")
    assert [s for _, s in speakers(body, "en", (*CAST, putin))] == ["vladimir-putin"]
    bulut = actor("yigit-bulut", "Yiğit Bulut", aliases=("Bulut",))
    body = ("Cumhurbaşkanı Başdanışmanı Yiğit Bulut konuştu. Cumhurbaşkanı, \"Süreç devam "
            "ediyor\" dedi.")
    assert [s for _, s in speakers(body, "tr", (*CAST, bulut))] == [""]  # not Bulut


def test_a_tie_is_of_the_state_its_persons_file_names() -> None:
    erdogan = actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", aliases=("Erdogan",),
                    affiliations=("turkey",))  # the file gives him no role: only the tie does
    body = "President Erdogan met Putin. \"We agreed,\" the Turkish president said."
    assert [s for _, s in speakers(body, "en", (*CAST, erdogan))] == ["recep-tayyip-erdogan"]


def test_the_files_holder_is_of_the_organisation_named_and_named_before() -> None:
    demir = actor("ismail-demir", "Ismail Demir", aliases=("Demir",), role="Head of the SSB")
    cast = (*CAST, demir)
    body = "Demir spoke first. \"Talks go on,\" the TASS chief said."
    assert [s for _, s in speakers(body, "en", cast)] == [""]
    body = "\"Talks go on,\" the chief said. Demir spoke later."
    assert [s for _, s in speakers(body, "en", cast)] == [""]
    body = "Demir spoke first. \"Talks go on,\" the chief said."
    assert [s for _, s in speakers(body, "en", cast)] == ["ismail-demir"]


def test_a_tie_naming_no_state_is_a_states_description_unless_a_file_says_otherwise() -> None:
    body = "Minister Ismail Demir met reporters. The Turkish minister said “we are ready”."
    # No file makes anyone of Turkey a minister (Akar's names no state) …
    assert [s for _, s in speakers(body, "en", CAST)] == ["ismail-demir"]
    assert by(body) == ["mevlut-cavusoglu"]  # … but Cavusoglu's does


@pytest.mark.parametrize(("body", "expected"), [
    # The state in the genitive qualifies the department before it: the department spoke.
    ("В Госдепартаменте США заявили, что сделка «повлечёт санкции».",
     ["us-department-of-state"]),
    # Not when something stands between them: the state is its own subject.
    ("Госдепартамент и США заявили, что сделка «повлечёт санкции».", ["united-states"]),
])
def test_a_state_that_qualifies_a_department_lets_the_department_speak(
        body: str, expected: list[str]) -> None:
    department = actor("us-department-of-state", "United States Department of State",
                       "organization", aliases=("Госдепартамент",),
                       affiliations=("united-states",))
    assert [who for _, who in speakers(body, "ru", (*CAST, department))] == expected


def test_a_state_before_its_department_does_not_take_its_word() -> None:
    assert by("The US State Department said the deal \"would bring sanctions\".") == \
        ["us-department-of-state"]


def test_the_spokesman_of_the_paragraph_before_goes_on() -> None:
    body = ("\"We are holding the parts back,\" a State Department spokesperson said.\n\n"
            "The spokesperson added that the two \"cannot work together\" in one fleet.")
    assert by(body) == ["us-department-of-state", "us-department-of-state"]


def test_its_spokesman_in_the_next_paragraph_is_another_bodys() -> None:
    body = ("\"We are holding the parts back,\" a State Department spokesperson said.\n\n"
            "Ankara's foreign office disagreed. \"This is unfair to an ally,\" its "
            "spokesperson said.")
    assert by(body) == ["us-department-of-state", ""]


@pytest.mark.parametrize(("body", "language"), [
    ("Cumhurbaşkanı Erdoğan konuştu.\n\nMuhalefetin cumhurbaşkanı adayı ise sorunu "
     "\"diyalog içinde\" çözeceklerini söyledi.", "tr"),
    ("President Erdogan spoke.\n\nThe candidate for president said he would solve it "
     "\"through dialogue\".", "en"),
    ("Президент Эрдоган выступил.\n\nКандидат в президенты от оппозиции заявил, что решит "
     "вопрос «путём диалога».", "ru"),
])
def test_a_candidate_for_a_role_is_not_its_holder(body: str, language: str) -> None:
    assert by(body, language)[-1] == ""


def test_the_spokesman_of_a_paragraph_that_names_a_body_is_that_bodys() -> None:
    body = ("\"We are holding the parts back,\" a State Department spokesperson said.\n\n"
            "In Moscow, Rosoboronexport answered. The spokesperson said \"the contract stands\".")
    assert by(body) == ["us-department-of-state", "rosoboronexport"]
    spaced = ("\"We are holding the parts back,\" a State Department spokesperson said.\n\n\n"
              "The spokesperson added that the two \"cannot work together\".")
    assert by(spaced) == ["us-department-of-state", "us-department-of-state"]


@pytest.mark.parametrize(("body", "language"), [
    ("President Erdogan spoke.\n\nThe opposition's candidate for Turkish president said he "
     "would solve it \"through dialogue\".", "en"),
    ("Президент Эрдоган выступил.\n\nКандидат на пост президента Турции заявил, что решит "
     "вопрос «путём диалога».", "ru"),
])
def test_a_candidate_for_a_role_with_its_state_is_not_its_holder(body, language) -> None:
    assert by(body, language)[-1] == ""


@pytest.mark.parametrize("title", ["Opposition candidate for Turkish president",
                                   "nominee for defense secretary", "candidate for president"])
def test_a_candidates_title_holds_no_role(title: str) -> None:
    assert roles_in(title) == set()


def test_a_description_opens_at_its_article_and_a_named_major_is_a_stranger() -> None:
    body = ("Erdogan spoke in Ankara on Monday.\n\nAs one paper noted, the timing suggests the "
            "Turkish president is \"keeping his options open\".")
    assert by(body) == [""]
    pentagon = actor("us-department-of-defense", "United States Department of Defense",
                     "organization", aliases=("Pentagon",), affiliations=("united-states",))
    major = ("\"We made our concerns known,\" said a Pentagon spokeswoman, Maj. Jane Example, "
             "declining to say more.")
    assert [who for _, who in speakers(major, "en", (*CAST_ABROAD, pentagon))] == [""]


@pytest.mark.parametrize(("body", "language", "expected"), [
    # The head of a state is its president; "глава компании" is still a head.
    ("Путин осмотрел выставку. «Контракт выполняется в срок», — подчеркнул глава "
     "Российского государства.", "ru", ["vladimir-putin"]),
    # A role tied to two states' names ties neither: the Turkish leader is Erdoğan.
    ("В Сочи встретились президенты России и Турции Владимир Путин и Эрдоган. Перед встречей "
     "турецкий лидер заявил: «Никто не вправе указывать нам»." , "ru",
     ["recep-tayyip-erdogan"]),
    # "quoted him as saying": him is a pronoun for the one named before.
    ("In Moscow, Shugaev confirmed the deal. \"Everything is signed,\" news agencies quoted "
     "him as saying.", "en", ["dmitry-shugaev"]),
])
def test_a_head_of_state_two_states_tie_and_quoted_him(body, language, expected) -> None:
    leaders = (actor("vladimir-putin", "Vladimir Putin", aliases=("Putin",),
                     role="President of Russia", affiliations=("russia",)),
               actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", aliases=("Erdogan",),
                     role="President of Turkey", affiliations=("turkey",)))
    cast = (*(a for a in CAST_ABROAD if a.id not in ("vladimir-putin", "recep-tayyip-erdogan")),
            *leaders)
    assert [who for _, who in speakers(body, language, cast)] == expected
