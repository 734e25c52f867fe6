"""Speakers on real text in three languages. Each case of the issue is pinned."""

import pytest

from generator.annotate.finders.speech import roles_in
from generator.model.annotations import Quotation

from .lang_kit import CAST, actor, annotate, speakers

ROSOBORONEXPORT = next(a for a in CAST if a.id == "rosoboronexport")


def by(body: str, language: str = "en", actors=()) -> list[str]:
    return [speaker for _, speaker in speakers(body, language, actors)]


def test_a_description_is_the_person_the_report_named_in_that_role() -> None:
    body = ("Kremlin spokesman Dmitry Peskov met reporters.\n\n"
            '"Nothing has changed," the Kremlin spokesman said.')
    assert by(body) == ["dmitry-peskov"]


def test_the_chief_executive_is_the_head_named_before() -> None:
    body = ("Rosoboronexport Director General Alexander Mikheyev spoke at the forum.\n\n"
            '"The contract has been signed," the chief executive said.')
    assert by(body) == ["alexander-mikheev"]


def test_a_description_no_report_ties_is_found_in_the_actor_files() -> None:
    # Peskov is named without his role; his file says he is a spokesman.
    body = 'Dmitry Peskov was there. "We will see," the spokesman said.'
    assert by(body) == ["dmitry-peskov"]


def test_the_chief_of_an_organisation_is_a_person_never_the_organisation() -> None:
    named = ("Rosoboronexport Director General Alexander Mikheyev spoke.\n\n"
             '"Localization is under way," the Rosoboronexport chief said.')
    assert by(named) == ["alexander-mikheev"]
    # Not named in the report: the actor file says who heads it.
    assert by('"Localization is under way," the Rosoboronexport chief said.') == [
        "alexander-mikheev"]
    # Nobody's file says so: no speaker, and not Rosoboronexport.
    assert by('"Localization is under way," the Rosoboronexport chief said.',
              actors=(ROSOBORONEXPORT,)) == [""]


def test_he_specified_is_the_person_the_sentence_before_names() -> None:
    body = ("Russia and Turkey agreed, Rosoboronexport Director General Alexander Mikheyev "
            'told reporters.\n\n"The consultations are at the final stage," he specified.')
    assert by(body) == ["alexander-mikheev"]


def test_no_comment_goes_to_the_subject_not_the_last_name() -> None:
    body = ("Presidential spokesman Ibrahim Kalin was asked whether Erdogan had discussed "
            'the delivery with Vladimir Putin.\n\n"No comment," he said.')
    assert by(body) == ["ibrahim-kalin"]


def test_a_quotation_standing_alone_goes_on_from_the_paragraph_before() -> None:
    body = ("Defence Minister Hulusi Akar said Turkey had bought the systems to protect "
            'its airspace.\n\n"We have never intended to harm any ally."')
    assert by(body) == ["hulusi-akar"]
    after_no_one = ('"This is a warning shot," said Deniz Ekinci, a Turkey analyst.\n\n'
                    '"The agency can still buy from Europe."')
    assert by(after_no_one) == ["", ""]
    # The first paragraph has none before it (and the last is not before it).
    first = '"We have never intended to harm any ally."\n\nHulusi Akar said so on Monday.'
    assert by(first) == [""]


def test_someone_unnamed_is_no_one() -> None:
    body = ("Dmitry Shugayev told TASS it was signed.\n\nA Turkish defense official told "
            'reporters that "there is nothing new to announce."\n\n'
            '"Talks are continuing," the official said.')
    assert by(body) == ["", ""]
    assert by('"The sanctions are wrong," the statement said.') == [""]


def test_a_verb_before_the_quotation_takes_its_subject() -> None:
    assert by('Peskov told reporters in Moscow that it was "a matter for the Turkish side".') \
        == ["dmitry-peskov"]
    assert by('Turkey on Tuesday condemned the US decision, calling it a "grave mistake".') \
        == ["turkey"]
    assert by('Demir spoke. He urged Ankara to settle it "as soon as possible."') == [
        "ismail-demir"]


def test_a_participle_after_the_quotation_leaves_it_to_the_subject() -> None:
    # "while noting that … Turkey": the clause after the quotation is not its speaker.
    body = ("Shugayev spoke to reporters. He dismissed the idea, saying that \"the designs "
            'stay in Russia," while noting that parts could be assembled in Turkey.')
    assert by(body) == ["dmitry-shugaev"]
    body = ('Putin said Moscow had "no reason to wait," while stressing that Turkey '
            "must pay first.")
    assert by(body) == ["vladimir-putin"]


def test_a_spokesperson_the_report_does_not_name_speaks_for_the_organisation() -> None:
    pentagon = actor("pentagon", "Pentagon", "organization")
    spokesman = actor("eric-pahon", "Eric Pahon", role="Pentagon spokesman",
                      affiliations=("pentagon",))
    cast = (pentagon, spokesman)
    said = ' spokesman said Washington had been "very clear" with Ankara.'
    # Not Pahon, whom his file makes a Pentagon spokesman: the report names no one.
    assert by("A Pentagon" + said, actors=cast) == ["pentagon"]
    assert by("The Pentagon" + said, actors=cast) == ["pentagon"]
    assert by("Eric Pahon spoke first. The Pentagon" + said, actors=cast) == ["eric-pahon"]
    # "A spokesman" after Pahon was named is still someone else.
    assert by("Eric Pahon spoke first. A Pentagon" + said, actors=cast) == ["pentagon"]
    assert by("Bir Pentagon sözcüsü, \"Pozisyonumuz aynı\" dedi.", "tr", cast) == ["pentagon"]
    assert by("Представитель Пентагона заявил, что это «вызывает вопросы».", "ru",
              (actor("pentagon", "Пентагон", "organization"), spokesman)) == ["pentagon"]


def test_someone_named_with_no_actor_file_is_no_one_we_know() -> None:
    pentagon = actor("pentagon", "Pentagon", "organization")
    cast = (pentagon, *CAST)
    # Not the Pentagon, for whom an unnamed spokesman would speak, nor Peskov.
    body = 'Pentagon spokesman Jonathan Example said it was "a grave step".'
    assert by(body, actors=cast) == [""]
    body = ('Hulusi Akar spoke. Secretary of State Anna Example, at her hearing, '
            'described it as "not acceptable".')
    assert by(body) == [""]
    body = ("Дмитрий Песков выступил. Официальный представитель МИД России Мария Примерова "
            "назвала решение «попыткой вытеснить конкурентов».")
    assert by(body, "ru") == [""]
    # "he" after such a name is that stranger too, not the last speaker.
    body = ('"It stands," Peskov said.\n\nPentagon spokesman Jonathan Example spoke, and '
            'he said "we object".')
    assert by(body, actors=cast) == ["dmitry-peskov", ""]


@pytest.mark.parametrize(("body", "speaker"), [
    ('Putin, soruya "Teslimatı hızlandırdık" yanıtını verdi.', "vladimir-putin"),
    ('Akar, "Süreç sürüyor" cevabını verdi.', "hulusi-akar"),
    ("Сам Акар не раз повторял, что Турция «не откажется от систем».", "hulusi-akar"),
    ('Putin has repeatedly reiterated that Moscow would deliver "on time".', "vladimir-putin"),
])
def test_more_speech_verbs(body: str, speaker: str) -> None:
    cast = (*CAST, actor("hulusi-akar", "Hulusi Akar", aliases=("Akar", "Акар")))
    assert by(body, "ru" if "Акар" in body else "tr" if "ı" in body else "en",
              actors=cast)[-1] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    ('Akar, "Aktivasyon süreci ilerliyor." dedi.', "hulusi-akar"),
    ('Akar, "Süreç planlandığı gibi ilerliyor" diye konuştu.', "hulusi-akar"),
    ('Akar bugün "sistem bağımsız olacak" ifadesini kullandı.', "hulusi-akar"),
    ('Akar, "süreç sürüyor" şeklinde açıkladı.', "hulusi-akar"),
    ('Akar, "süreç sürüyor" ifade etti.', "hulusi-akar"),
    ('Akar dün konuştu. O, "süreç sürüyor" dedi.', "hulusi-akar"),
    ('Kremlin Sözcüsü Dmitriy Peskov geldi.\n\nKremlin sözcüsü, "Bir değişiklik yok" dedi.',
     "dmitry-peskov"),
    ('Aleksandr Miheyev geldi.\n\nRus yetkili, "Son aşamaya geldik" dedi.',
     "alexander-mikheev"),
    ("Cumhurbaşkanı Recep Tayyip Erdoğan konuştu. Geri adım yok diyen Cumhurbaşkanı, "
     "şunları söyledi:\n\n\"Kararımızı başkaları veremez.\"", "recep-tayyip-erdogan"),
])
def test_turkish_speech(body: str, speaker: str) -> None:
    assert by(body, "tr")[-1] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    ("«Контракт подписан», — сказал Михеев журналистам.", "alexander-mikheev"),
    ("«Контракт подписан», — заявил Путин.", "vladimir-putin"),
    ('"Контракт подписан", - сообщил журналистам в среду пресс-секретарь президента РФ '
     "Дмитрий Песков.", "dmitry-peskov"),
    ("Об этом сообщил Александр Михеев.\n\n«Переговоры идут», — сказал он.", "alexander-mikheev"),
    ("Об этом сообщила Россия.\n\n«Переговоры идут», — отметила она.", ""),
    ("Гендиректор «Рособоронэкспорта» Александр Михеев выступил.\n\n"
     "«Претензий нет», — подчеркнул глава компании.", "alexander-mikheev"),
    ("«Претензий нет», — подчеркнул глава Рособоронэкспорта.", "alexander-mikheev"),
    ("Песков выступил. Он добавил, что стороны поддерживают \"рабочий контакт\".",
     "dmitry-peskov"),
    ("Источник в ведомстве заявил, что нового нет: по его словам, сделка «была заложена "
     "в контракт».", ""),
    ("Сдержанность объяснима, считает глава ЦАСТ Дмитрий Шугаев.\n\n«Турции это невыгодно».",
     "dmitry-shugaev"),
    ("«Статус не изменился», - цитировали собеседника турецкие издания.", ""),
    ("Президент Турции Реджеп Тайип Эрдоган выступил в Бурсе.\n\n"
     "«Испытания продолжатся», — заявил турецкий лидер.", "recep-tayyip-erdogan"),
    ("Эрдоган дал интервью американскому каналу.\n\n"
     "«Нам никто не указ», — цитировал его телеканал.", "recep-tayyip-erdogan"),
    ("Песков, отвечая на вопрос, ограничился замечанием, что это «дело Анкары».",
     "dmitry-peskov"),
    ("Песков прокомментировал решение, заявив, что это «внутреннее дело».", "dmitry-peskov"),
])
def test_russian_speech(body: str, speaker: str) -> None:
    assert by(body, "ru")[-1] == speaker


def test_a_language_the_machine_does_not_read_gives_no_speaker() -> None:
    assert by('"Nous verrons bien," a dit Peskov.', "fr") == [""]
    assert by('"We will see," said Peskov.', "en") == ["dmitry-peskov"]


def test_an_actor_files_role_names_its_roles_in_english_words() -> None:
    assert roles_in("General Director of Rosoboronexport") == {"head"}
    # Its head, before "of", "to": a president's spokesman or aide is no president.
    assert roles_in("Spokesman of the Russian President") == {"spokesman"}
    assert roles_in("Aide to the Russian President for military-technical cooperation") == set()
    assert roles_in("Defence Minister of Turkey") == {"minister"}
    assert roles_in("Russian state arms exporter") == set()


def test_an_abbreviation_ends_no_sentence() -> None:
    body = ("Speaking in Istanbul, Erdogan spoke of the test on Oct. 16.\n\n"
            '"The tests were done," he said.')
    assert by(body) == ["recep-tayyip-erdogan"]


def test_a_description_tie_holds_only_for_a_name_beside_it() -> None:
    far = actor("x-person", "Xavier Person", role="envoy")
    body = ("The head of the delegation arrived; later, Xavier Person spoke.\n\n"
            '"It went well," the head said.')
    assert by(body, actors=(far,)) == [""]


def test_a_role_ties_to_a_name_a_few_words_on() -> None:
    # Kalin's file names no role: only the report's own words can tie him.
    body = ("The spokesman of the Turkish presidency Ibrahim Kalin arrived.\n\n"
            '"No decision yet," the spokesman said.')
    assert by(body) == ["ibrahim-kalin"]
    russian = ("Пресс-секретарь президента Турции Ибрагим Калын выступил.\n\n"
               "«Решения нет», — сказал пресс-секретарь.")
    kalin = actor("ibrahim-kalin", "Ibrahim Kalin", aliases=("Ибрагим Калын",))
    assert by(russian, "ru", actors=(kalin,)) == ["ibrahim-kalin"]


def test_in_russian_the_first_role_word_is_the_head() -> None:
    kalin = actor("ibrahim-kalin", "Ibrahim Kalin", aliases=("Ибрагим Калын",))
    body = ("Пресс-секретарь президента Турции Ибрагим Калын выступил.\n\n"
            "«Решения нет», — сказал пресс-секретарь.")
    assert by(body, "ru", actors=(kalin,)) == ["ibrahim-kalin"]
    # "президента" is not his role: the president is someone else.
    assert by(body.replace("сказал пресс-секретарь", "сказал президент"), "ru",
              actors=(kalin,)) == [""]


def test_a_role_in_apposition_after_the_name_ties_it() -> None:
    body = ("Ibrahim Kalin, the spokesman of the presidency, arrived.\n\n"
            '"No decision yet," the spokesman said.')
    assert by(body) == ["ibrahim-kalin"]


def test_a_description_is_the_latest_person_tied_to_the_role() -> None:
    body = ("Spokesman Ibrahim Kalin spoke first. Then spokesman Dmitry Peskov spoke.\n\n"
            '"We will see," the spokesman said.')
    assert by(body) == ["dmitry-peskov"]


def test_two_people_of_one_role_in_the_actor_files_are_no_one() -> None:
    chiefs = (actor("a-one", "Anna One", role="Head of A"),
              actor("b-two", "Boris Two", role="Director of B"))
    body = 'Anna One and Boris Two met. "We agree," the chief said.'
    assert by(body, actors=chiefs) == [""]
    assert by('Anna One met him. "We agree," the chief said.', actors=chiefs) == ["a-one"]


def test_a_standalone_quotation_follows_the_last_speaker_or_person_before_it() -> None:
    later = ('"We plan," Akar said, and Erdogan agreed with him.\n\n'
             '"It is settled."')
    assert by(later)[-1] == "recep-tayyip-erdogan"
    quoted_last = 'Erdogan came. "We plan," Akar said.\n\n"It is settled."'
    assert by(quoted_last)[-1] == "hulusi-akar"


def test_a_russian_verb_may_stand_a_few_words_after_the_quotation() -> None:
    assert by("«Переговоры идут», — в понедельник сказал журналистам Михеев.", "ru") == [
        "alexander-mikheev"]


def test_cited_as_saying_is_the_person_cited_not_the_subject() -> None:
    assert by('Erdogan\'s office cited Akar as saying: "The systems are ready."') == [
        "hulusi-akar"]


def test_in_english_and_turkish_the_last_role_word_is_the_head() -> None:
    body = ("The presidency's chief spokesman Ibrahim Kalin arrived.\n\n"
            '"No decision yet," the spokesman said.')
    assert by(body) == ["ibrahim-kalin"]


def test_turkish_o_is_a_pronoun_only_as_a_subject() -> None:
    assert by('O sırada Akar, "Süreç sürüyor" dedi.', "tr") == ["hulusi-akar"]


def test_a_spokesman_is_not_the_spokesman_named_before() -> None:
    body = ("Kremlin spokesman Dmitry Peskov met reporters.\n\n"
            '"Nothing has changed," a Kremlin spokesman said.')
    assert by(body) == ["kremlin"]  # one of many: the organisation speaks


def test_a_quotation_without_a_speaker_says_so() -> None:
    found = [a for a in annotate('"We will see it through," they said.')
             if isinstance(a, Quotation)]
    assert [(a.by, a.why) for a in found] == [("", "a quotation; no speaker named")]


STATE = actor("us-department-of-state", "US Department of State", "organization",
              aliases=("State Department",))
PENTAGON = actor("us-department-of-defense", "US Department of Defense", "organization",
                 aliases=("Pentagon",))
NATO = actor("nato", "NATO", "alliance", aliases=("Nato",))
MORE = (*CAST, STATE, PENTAGON, NATO)


@pytest.mark.parametrize("body", [
    'A spokesperson for the US State Department told a broadcaster that its position '
    '"remains unchanged and well known".',
    'At the State Department, a spokeswoman said Ankara was making "a choice with consequences".',
    "The State Department has warned Ankara against any new deal with Moscow. A spokesperson "
    'said on Friday that a purchase "would very likely trigger new sanctions".',
])
def test_an_unnamed_spokesperson_speaks_for_the_organisation_beside_it(body: str) -> None:
    assert by(body, actors=MORE) == ["us-department-of-state"]


def test_a_quotation_ending_its_sentence_is_not_the_next_sentences() -> None:
    body = ('The Pentagon condemned the test, with a spokesman warning of "serious consequences '
            'for our security relationship." The State Department called the move "simply '
            'incompatible" with the alliance.')
    assert by(body, actors=MORE) == ["us-department-of-defense", "us-department-of-state"]


def test_called_it_before_a_quotation_is_speech_but_so_called_is_not() -> None:
    assert by('Hulusi Akar called the measures "a grave mistake, legally and politically".') == [
        "hulusi-akar"]
    assert by('Hulusi Akar spoke of the so-called "second batch" deal.') == [""]


def test_an_unnamed_diplomat_or_a_states_ministry_is_not_the_organisation_or_state() -> None:
    assert by('A senior Nato diplomat said the alliance watched "with growing concern".',
              actors=MORE) == [""]
    assert by("Turkey's Foreign Ministry called the decision “not in keeping with the alliance”.") \
        == [""]
    assert by("В МИД Турции санкции назвали «серьезной ошибкой».", "ru") == [""]
    assert by("МИД Турции назвал решение «серьезной ошибкой».", "ru") == [""]  # at the start
    assert by("Turkey’s foreign ministry called the move “unjust and legally flawed”.") == [""]
    # Russian has no article: "a Turkish official" is someone unnamed, not the last named.
    assert by("Шугаев рассказал о контракте. Однако турецкий чиновник сказал агентству, что "
              "«речь не идет о новой сделке».", "ru") == [""]
    # A Turkish passive ("it was stated") names no speaker in its sentence.
    assert by("Beyaz Saray'dan yapılan açıklamada, Türkiye'nin kararının katılımı "
              '"imkânsız hale getirdiği" belirtildi.', "tr") == [""]


def test_she_is_not_the_man_the_report_calls_mr() -> None:
    body = ("According to Aylin Sezer, Mr Erdogan is playing to a domestic "
            'audience. "Defiance sells at home," she said.')
    assert by(body) == [""]
    assert by(body.replace("she said", "he said")) == ["recep-tayyip-erdogan"]


def test_according_to_runs_to_its_comma_and_the_expert_is_not_who_the_quotation_names() -> None:
    body = ("Эрдоган подтвердил испытания.\n\nПо словам турецкого лидера, Турция продолжит "
            "работу с Москвой, а угрозы санкциями «на нас не действуют».")
    assert by(body, "ru") == ["recep-tayyip-erdogan"]
    expert = ("По мнению Дмитрия Шугаева, Анкара держит комплексы в резерве. «Для Эрдогана это "
              "прежде всего козырь в торге», – считает эксперт.")
    assert by(expert, "ru") == ["dmitry-shugaev"]


def test_a_turkish_sentence_ends_with_its_verb_after_every_clause() -> None:
    body = ('Cumhurbaşkanlığı Sözcüsü İbrahim Kalın ise yaptırımların "ciddi bir hata" '
            "olduğunu, Türkiye'nin gereken adımları atacağını söyledi.")
    assert by(body, "tr") == ["ibrahim-kalin"]


def test_each_speaker_says_how_it_was_found() -> None:
    body = ('According to Hulusi Akar, the systems "will be used as needed".\n\n'
            'Dmitry Peskov told reporters that "nothing has changed" since July.\n\n'
            'Kremlin spokesman Dmitry Peskov met reporters. He said: "We will see it through."\n\n'
            '"Talks continue as planned."\n\n'
            'Reporters asked whether "a deal was near" at all.')
    found = [(a.by, a.why) for a in annotate(body) if isinstance(a, Quotation)]
    speaker_from = "a quotation; speaker from "
    assert found == [
        ("hulusi-akar", speaker_from + "'according to'"),
        ("dmitry-peskov", speaker_from + "'told' before it"),
        ("dmitry-peskov", speaker_from + "'he said' after a sentence naming dmitry-peskov"),
        ("dmitry-peskov", speaker_from + "the paragraph before, which names the speaker"),
        ("", "a quotation; no speaker named")]


def test_a_pronoun_after_someone_with_no_file_is_no_one() -> None:
    assert by('Ellen Example, the Pentagon\'s weapons buyer, told reporters the cost. '
              '"This is not the outcome we hoped for," she said.') == [""]
    assert by("Selin Example, a defence analyst, said Ankara kept its options open. "
              '"Erdogan wants leverage first," she said.') == [""]
    assert by('Erdogan flew back from Astana. The Turkish leader brushed aside criticism. '
              '"Nobody decides for us," he said.') == ["recep-tayyip-erdogan"]


def test_according_to_after_a_quotation_names_its_speaker() -> None:
    body = ('Talks on a new contract are "in their final phase," according to Alexander '
            "Mikheyev, head of Rosoboronexport.")
    assert by(body) == ["alexander-mikheev"]


def test_a_russian_verb_right_after_a_quotation_has_it_for_its_object() -> None:
    body = "По словам Помпео, Вашингтон «не раз и на самом высоком уровне» предупреждал Анкару."
    assert by(body, "ru") == [""]  # not Ankara, which was warned
    assert by("«Мы будем работать дальше», — заявил Песков.", "ru") == ["dmitry-peskov"]


def test_a_quotation_standing_alone_after_a_sentence_of_its_paragraph() -> None:
    body = ("Дмитрий Шугаев уверен, что Эрдоган от второй партии не откажется. «Для "
            "турецкого президента это вопрос престижа».")
    assert by(body, "ru") == ["dmitry-shugaev"]


def test_the_expert_is_the_last_person_given_a_role() -> None:
    body = ("Директор службы Дмитрий Шугаев уверен, что Эрдоган не откажется. «Это вопрос "
            "престижа», — отметил эксперт.")
    assert by(body, "ru") == ["dmitry-shugaev"]


def test_a_turkish_passive_before_a_quotation_names_no_one() -> None:
    body = ("Bakanlıktan yapılan açıklamada Hulusi Akar'ın kararı belirtildi ve ABD'ye "
            "“bu hatadan bir an önce dönme” çağrısı yapıldı.")
    assert by(body, "tr") == [""]


def test_russian_imperfective_verbs_of_speech() -> None:
    body = "Дмитрий Песков подчеркивал, что Москва выполняет контракт «в полном объеме»."
    assert by(body, "ru") == ["dmitry-peskov"]


def test_a_clause_joined_by_and_after_a_quotation_has_its_own_speaker() -> None:
    body = ('Opening the meeting, Putin described cooperation as "broad and steadily '
            'developing," and Erdogan said the relationship mattered.')
    assert by(body) == ["vladimir-putin"]


def test_a_second_verb_joined_by_and_is_the_same_speakers() -> None:
    body = ('A State Department spokesperson said there had been "no decision yet" on the '
            "matter, and urged partners to avoid deals with Russia.")
    assert by(body, actors=MORE) == ["us-department-of-state"]


def test_an_unnamed_spokesperson_among_two_organisations_or_none_is_no_one() -> None:
    two = ("The State Department and the Pentagon both objected. A spokesperson said the "
           'purchase "would very likely trigger sanctions".')
    assert by(two, actors=MORE) == [""]
    assert by('A spokesperson said the purchase "would very likely trigger sanctions".',
              actors=MORE) == [""]
    later = ('At the State Department, a spokeswoman said Ankara was making "a choice with '
             'consequences".\n\nThe Pentagon said nothing.')
    assert by(later, actors=MORE) == ["us-department-of-state"]


def test_a_quotation_alone_after_a_sentence_that_names_no_one_has_no_speaker() -> None:
    assert by("Об этом сообщили вчера. «Это вопрос престижа».", "ru") == [""]


def test_he_goes_on_from_a_quotation_two_paragraphs_back_wherever_they_stand() -> None:
    body = ('Intro.\n\n"We plan it," Ismail Demir said.\n\nTalks go on.\n\n'
            '"It will happen," he said.')
    assert by(body) == ["ismail-demir", "ismail-demir"]


@pytest.mark.parametrize(("body", "expected"), [
    # someone with no file, set off by a comma, opens the sentence before "she"
    ('"We go on," Vladimir Putin said. Ellen Example, the buyer, told reporters the cost. '
     '"Not what we hoped," she said.', ["vladimir-putin", ""]),
    # someone we know, set off the same way, is who "he" is
    ('"We go on," Vladimir Putin said. Ismail Demir, the head, told reporters the cost. '
     '"Not what we hoped," he said.', ["vladimir-putin", "ismail-demir"]),
    # the speaker after a verb that opens the sentence
    ('Said Dmitry Peskov: "Nothing has changed since July."', ["dmitry-peskov"]),
    # "according to" with no comma before the quotation
    ('According to Dmitry Peskov "nothing has changed since July".', ["dmitry-peskov"]),
    # a verb after the quotation at the very end of the text
    ('"Nothing has changed since July," said Dmitry Peskov', ["dmitry-peskov"]),
    # the paragraph before: its last quotation's speaker, named before someone else
    ('Dmitry Peskov said, after Erdogan left, "We agreed on all points."\n\n'
     '"Talks continue."', ["dmitry-peskov", "dmitry-peskov"]),
    # a quotation before in the paragraph, and someone else between: no one
    ('"We plan it," Ismail Demir said. Dmitry Shugaev said nothing. "Nobody can stop it."',
     ["ismail-demir", ""]),
    # a tie to the role later in the report is not who the description means
    ('"We go on," the Kremlin spokesman said. Later, Kremlin spokesman Dmitry Peskov spoke.',
     ["kremlin"]),
])
def test_where_each_rule_stops(body: str, expected: list[str]) -> None:
    assert by(body) == expected


def test_a_long_name_after_the_head_of_is_read_to_its_end() -> None:
    body = ('"We go on," the head of the federal service for military and technical '
            "cooperation with foreign states and their agencies told us.")
    assert by(body) == [""]


def test_according_to_no_one_we_know_after_a_quotation_is_no_one() -> None:
    assert by('"Nothing has changed," according to officials close to the talks.') == [""]


def test_the_expert_is_the_last_of_several_people_given_a_role() -> None:
    body = ("Директор службы Дмитрий Шугаев и пресс-секретарь президента Дмитрий Песков "
            "выступили. «Это вопрос престижа», — отметил эксперт.")
    assert by(body, "ru") == ["dmitry-peskov"]


def test_russian_quoting_verbs_give_whose_words_they_are() -> None:
    cast = (*CAST, actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", aliases=("Erdogan",),
                         role="President of Turkey", affiliations=("turkey",)),
            actor("vladimir-putin", "Vladimir Putin", aliases=("Putin",),
                  role="President of Russia", affiliations=("russia",)))
    erdogan_words = ("Эрдоган вернулся из Сочи после встречи с Путиным.\n\n«Мы сделали первый "
                     "шаг, сделаем и второй», — приводит издание слова турецкого лидера.")
    assert speakers(erdogan_words, "ru", actors=cast) == [
        ("«Мы сделали первый шаг, сделаем и второй»", "recep-tayyip-erdogan")]
    # A name we have no file for after "слова": no one, not the agency after it.
    hoffman = "«Система не должна работать», — приводит слова Хоффмана агентство ТАСС."
    assert speakers(hoffman, "ru") == [("«Система не должна работать»", "")]
    cited = ("Глава МИД Турции Ибрагим Калын подтвердил, что переговоры идут. "
             "«Мы обсуждаем и цену, и сроки», – цитирует его агентство ТАСС.")
    assert speakers(cited, "ru") == [("«Мы обсуждаем и цену, и сроки»", "ibrahim-kalin")]


def test_a_kremlin_representative_after_the_presidents_spokesman_is_he() -> None:
    text = ("Пресс-секретарь президента России Дмитрий Песков подтвердил, что тема "
            "обсуждалась.\n\n«Конкретных решений пока нет», — сказал представитель Кремля.")
    assert speakers(text, "ru") == [("«Конкретных решений пока нет»", "dmitry-peskov")]
    # Not another state's spokesman, nor one three paragraphs on.
    other = text.replace("представитель Кремля", "представитель Кремля и США")
    assert speakers(other, "ru") == [("«Конкретных решений пока нет»", "kremlin")]
    far = text.replace("\n\n«", "\n\nДругое.\n\nЕщё.\n\n«")
    assert speakers(far, "ru") == [("«Конкретных решений пока нет»", "kremlin")]
    elsewhere = text.replace("президента России", "Рособоронэкспорта")  # another body's
    assert speakers(elsewhere, "ru") == [("«Конкретных решений пока нет»", "kremlin")]


def test_a_turkish_subject_is_no_name_with_a_case_ending_but_a_statements_source() -> None:
    text = ("Cumhurbaşkanı Erdoğan anlaşmayı doğruladı. Sürecin Rusya'dan sağlanacak krediyle "
            "ilgili olduğunu belirterek, \"Şimdi sıra finansman tarafında\" dedi.")
    assert speakers(text, "tr") == [("\"Şimdi sıra finansman tarafında\"", "recep-tayyip-erdogan")]
    converb = text.replace("olduğunu belirterek,", "olduğunu hatırlatıp,")
    assert speakers(converb, "tr")[0][1] == "recep-tayyip-erdogan"
    # A name in the converb's clause may be its subject: not left out.
    named = text.replace("Sürecin Rusya'dan", "Emekli büyükelçi Selin Örnek sürecin Rusya'dan")
    assert speakers(named, "tr") == [("\"Şimdi sıra finansman tarafında\"", "")]
    # "Rusya'dan yapılan açıklamada": the statement's source is its speaker.
    statement = ("Rusya'dan yapılan açıklamada testler \"en sert ifadelerle\" kınanmış, "
                 "ABD'yi uyardı.")
    assert speakers(statement, "tr") == [("\"en sert ifadelerle\"", "russia")]
    # A name after the verb with a case ending is its object: "ABD'yi … çağırdı".
    after = "Bakanlık kararın \"ittifak ruhuna aykırı\" olduğunu belirterek ABD'yi uyardı."
    assert speakers(after, "tr") == [("\"ittifak ruhuna aykırı\"", "")]


def test_a_turkish_topic_with_ise_leaves_its_subject_out_and_a_qualifying_name_is_none() -> None:
    text = ("Akar, \"Takvime göre gidiyoruz\" dedi.\n\nSistemin ne zaman çalışacağı "
            "sorusuna ise \"Bunu makamlar belirleyecek\" yanıtını verdi.")
    assert speakers(text, "tr") == [("\"Takvime göre gidiyoruz\"", "hulusi-akar"),
                                    ("\"Bunu makamlar belirleyecek\"", "hulusi-akar")]
    # "NATO sistemleriyle": NATO qualifies the systems, it does not speak.
    nato = actor("nato", "NATO", "organization")
    text = ("Işık, \"Rusya ile görüşüyoruz\" dedi. NATO sistemleriyle uyuma ilişkin bir soruya "
            "ise \"Bu teknik bir konu\" cevabını verdi.")
    assert speakers(text, "tr", actors=(*CAST, nato)) == [
        ("\"Rusya ile görüşüyoruz\"", ""), ("\"Bu teknik bir konu\"", "")]
    # Before an adverb in the locative, a name is still the subject.
    trump = actor("donald-trump", "Donald Trump", aliases=("Trump",))
    text = "Trump görüşmede Türkiye'ye \"adil davranılmadığını\" söylemişti."
    assert speakers(text, "tr", actors=(*CAST, trump)) == [
        ("\"adil davranılmadığını\"", "donald-trump")]
    # Someone unnamed in the topic: no one we can name.
    for someone in ("Bir yetkili ise", "Konuya yakın bir kaynak ise"):
        text = f"Akar, \"Takvime göre gidiyoruz\" dedi. {someone} \"Bilgim yok\" dedi."
        assert speakers(text, "tr")[1] == ("\"Bilgim yok\"", ""), someone


def test_a_russian_subject_before_the_first_verb_its_speech_verb_is_joined_to() -> None:
    text = ("МИД Турции призвал США пересмотреть решение и предупредил, что Анкара ответит "
            "«в той форме, которую сочтёт нужной».")
    assert speakers(text, "ru") == [("«в той форме, которую сочтёт нужной»", "")]
    # Not past a verb of a clause of its own: "Как сообщало издание, Эрдоган обсуждал … и заявил".
    text = ("Как сообщало издание, в сентябре Эрдоган обсуждал самолёты с американцами и заявил, "
            "что Турция «не отказывается от своих прав».")
    assert speakers(text, "ru") == [("«не отказывается от своих прав»", "recep-tayyip-erdogan")]


def test_a_turkish_answer_given_as_karsilik() -> None:
    text = "Erdoğan bir gazeteciye \"Onlar tepkilerini göstersinler\" karşılığını verdi."
    assert speakers(text, "tr") == [("\"Onlar tepkilerini göstersinler\"", "recep-tayyip-erdogan")]


def test_review_a_spokesman_of_another_state_and_turkish_datives_and_russian_quoting() -> None:
    kremlin = actor("kremlin", "Kremlin", "organization", aliases=("Кремль",),
                    affiliations=("russia",))
    kalin = actor("ibrahim-kalin", "Ibrahim Kalin", aliases=("Kalin", "Калын"),
                  role="Spokesman of the Turkish President", affiliations=("turkey",))
    cast = (*[a for a in CAST if a.id not in ("kremlin", "ibrahim-kalin")], kremlin, kalin)
    text = ("Пресс-секретарь президента Турции Ибрагим Калын ответил.\n\n"
            "«Решений нет», — сказал представитель Кремля.")
    assert speakers(text, "ru", actors=cast) == [("«Решений нет»", "kremlin")]
    # A dative or locative after a name leaves it the subject.
    text = "Erdoğan basına yaptığı açıklamada \"Teslimat sürecek\" dedi."
    assert speakers(text, "tr") == [("\"Teslimat sürecek\"", "recep-tayyip-erdogan")]
    # A quoting verb over guillemets; an abbreviation is no stranger's name.
    text = "Песков выступил.\n\n«Мы продолжим», — приводит «Интерфакс» слова Путина."
    assert speakers(text, "ru") == [("«Мы продолжим»", "vladimir-putin")]


@pytest.mark.parametrize(("body", "expected"), [
    # A nominalised verb reports the words of the name in the genitive before them.
    ("Toplantıda Erdoğan'ın \"Bu sistem satılık mı?\" diye sorduğu görüldü.",
     ["recep-tayyip-erdogan"]),
    ("Akar'ın \"Takvim değişmedi\" demesi dikkat çekti.", ["hulusi-akar"]),
    # The quotation said of a name in the genitive is the subject's words.
    ("Akar, Rusya'nın \"güvenilir bir ortak\" olduğunu söyledi.", ["hulusi-akar"]),
    # Not a name further back in the genitive: another word stands between.
    ("Erdoğan'ın ziyareti sırasında \"Takvim değişmedi\" diye konuştuğu aktarıldı.", [""]),
    ("Erdoğan'a dönen Biden'ın \"Bu sistem satılık mı?\" diye sorduğu görüldü.", [""]),
])
def test_a_turkish_name_in_the_genitive_speaks_a_nominalised_verbs_words(
        body: str, expected: list[str]) -> None:
    assert by(body, "tr") == expected


def test_used_the_words_is_no_passive_and_goes_on_from_the_sentence_before() -> None:
    # "kullandı" (used) ends in "-ndı" as a passive does; its root is "kullan".
    body = ("Savunma Sanayii Başkanı İsmail Demir, takvime uyulduğunu söyledi. "
            "\"Teslimat planlandığı gibi sürüyor\" ifadesini kullandı.")
    assert by(body, "tr") == ["ismail-demir"]


def test_a_turkish_abbreviation_in_brackets_shares_its_names_case() -> None:
    # "Sources close to the Presidency (SSB)": the Presidency's dative, not a subject.
    ssb = actor("presidency-of-defence-industries", "Presidency of Defence Industries",
                "organization", aliases=("Savunma Sanayii Başkanlığı", "SSB"))
    body = ("Savunma Sanayii Başkanlığı'na (SSB) yakın kaynaklar ise \"Görüşmeler sürüyor\" "
            "ifadesini kullandı.")
    assert by(body, "tr", actors=(*CAST, ssb)) == [""]
    assert by("Savunma Sanayii Başkanlığı (SSB), \"Görüşmeler sürüyor\" dedi.", "tr",
              actors=(*CAST, ssb)) == ["presidency-of-defence-industries"]


@pytest.mark.parametrize(("body", "expected"), [
    # A bracketed abbreviation in the nominative is a subject; after a dative it is not.
    ("Savunma Sanayii Başkanlığı (SSB), \"Teslimat sürüyor\" açıklamasını yaptı.",
     ["presidency-of-defence-industries"]),
    # The passive of "kullan" is still a passive; "yakındı" (complained) is none.
    ("Erdoğan, konuyu değerlendirdi. \"Takvim değişmedi\" ifadesi kullanıldı.", [""]),
    ("Akar, sistemi anlattı. \"Bunu kimseye sormayız\" diye yakındı.", ["hulusi-akar"]),
    # A nominalised verb in any case, and an adverb between the name and the words.
    ("Erdoğan'ın \"Satılık mı?\" demesinin ardından ABD tepki gösterdi.",
     ["recep-tayyip-erdogan"]),
    ("Kalın, Erdoğan'ın \"Satılık mı?\" dediğini söyledi.", ["recep-tayyip-erdogan"]),
    ("Erdoğan'ın dün \"Satılık mı?\" demesi gündem oldu.", ["recep-tayyip-erdogan"]),
    ("Erdoğan'ın \"Satılık mı?\" diye sormasının ardından ABD tepki gösterdi.",
     ["recep-tayyip-erdogan"]),
    # Not a name whose noun stands between: "Erdoğan's spokesman".
    ("Erdoğan'ın sözcüsü \"Takvim değişmedi\" dediğini hatırlattı.", [""]),
    ("Erdoğan'ın açıklaması \"yeni bir dönem\" diye yorumlandığı için önemli.", [""]),
    # Only the abbreviation is a name we know: in the nominative, the subject.
    ("Savunma Sanayi Başkanlığı (SSB), \"Teslimat sürüyor\" açıklamasını yaptı.",
     ["presidency-of-defence-industries"]),
])
def test_review_turkish_subjects_passives_and_nominalised_verbs(body, expected) -> None:
    ssb = actor("presidency-of-defence-industries", "Presidency of Defence Industries",
                "organization", aliases=("Savunma Sanayii Başkanlığı", "SSB"))
    assert by(body, "tr", actors=(*CAST, ssb)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The body a statement is "of" speaks: named there, or as "the department" after
    # the one its paragraph (or the one before) names.
    ("«Поставки идут по графику», — говорится в сообщении Рособоронэкспорта.",
     ["rosoboronexport"]),
    ("Рособоронэкспорт подтвердил поставки. «Поставки идут по графику», — говорится в "
     "сообщении ведомства.", ["rosoboronexport"]),
    ("Рособоронэкспорт подтвердил поставки.\n\n«Поставки идут по графику», — говорится в "
     "сообщении компании.", ["rosoboronexport"]),
    ("Кремль промолчал, а Рособоронэкспорт подтвердил поставки. «Поставки идут по графику», "
     "— говорится в сообщении ведомства.", ["rosoboronexport"]),  # the last named
    # Not one two paragraphs back, nor a state.
    ("Рособоронэкспорт подтвердил поставки.\n\nПесков выступил.\n\nТурция ждет.\n\n"
     "«Поставки идут по графику», — говорится в сообщении ведомства.", [""]),
])
def test_a_russian_statement_of_a_body_is_the_bodys(body: str, expected: list[str]) -> None:
    assert by(body, "ru") == expected


def test_a_state_that_condemned_something_as_a_quotation_speaks_it() -> None:
    assert by('Turkey condemned the decision as a "serious error" that hurts trust.') == \
        ["turkey"]
    assert by('The test prompted Turkey to warn of "serious consequences" for NATO.') == \
        ["turkey"]


@pytest.mark.parametrize(("body", "expected"), [
    # "They warned in the department": the body named before speaks.
    ("Рособоронэкспорт подтвердил поставки. В ведомстве также предупредили о "
     "«серьезных последствиях».", ["rosoboronexport"]),
    # Not a body named there, nor another state's, nor a source or an employee in it.
    ("Рособоронэкспорт подтвердил поставки. «Все идет по плану», — говорится в сообщении "
     "компании «Алмаз-Антей».", [""]),
    ("Рособоронэкспорт подтвердил поставки. «Все идет по плану», — говорится в сообщении "
     "министерства обороны Индии.", [""]),
    ("Рособоронэкспорт подтвердил поставки. В турецком оборонном ведомстве предупредили о "
     "«серьезных последствиях».", [""]),
    ("Рособоронэкспорт подтвердил поставки. Сотрудник службы сказал: «Сроки не изменились».",
     [""]),
    # Nor past a body we have no file for, named since: "ведомства" is that ministry.
    ("Рособоронэкспорт подтвердил поставки.\n\nВ МИД Турции назвали решение ошибочным. «Мы "
     "ответим», — говорится в заявлении ведомства.", [""]),
    ("Рособоронэкспорт подтвердил поставки. Источник в российском ведомстве заявил: "
     "«Сроки не изменились».", [""]),
])
def test_a_russian_body_word_before_the_verb_is_the_body_named_before(body, expected) -> None:
    assert by(body, "ru") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An unnamed expert past a compound and a post set off by a comma is a stranger,
    # not the last person named.
    ("«Мы не отступим», — заявил Эрдоган.\n\nКак рассказал казанский эксперт-международник, "
     "доцент КФУ Рустем Примеров, сделка выгодна.\n\n«Деньги здесь вторичны», — отметил эксперт.",
     ["recep-tayyip-erdogan", ""]),
    ("«Мы не отступим», — заявил Эрдоган.\n\nКак рассказал эксперт, доцент Рустем "
     "Примеров, сделка выгодна.\n\n«Деньги здесь вторичны», — отметил эксперт.",
     ["recep-tayyip-erdogan", ""]),
    ("«Мы не отступим», — заявил Эрдоган.\n\nКак рассказал эксперт-международник Рустем "
     "Примеров, сделка выгодна.\n\n«Деньги здесь вторичны», — отметил эксперт.",
     ["recep-tayyip-erdogan", ""]),
])
def test_an_expert_named_after_a_post_is_no_one_we_know(body: str, expected: list[str]) -> None:
    assert by(body, "ru") == expected
