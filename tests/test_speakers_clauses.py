"""Speakers where a sentence has more than one clause: a Turkish participle
clause before a title, a Turkish clause with a subject of its own, a Russian
subject with two verbs, and "says one" among unnamed analysts."""

import pytest

from .lang_kit import CAST, actor, speakers

TRUMP = actor("donald-trump", "Donald Trump", aliases=("Trump",),
              role="President of the United States", affiliations=("united-states",))
PUTIN = actor("vladimir-putin", "Vladimir Putin", aliases=("Putin",),
              role="President of Russia", affiliations=("russia",))
CAST_ABROAD = (*(a for a in CAST if a.id != "vladimir-putin"), TRUMP, PUTIN)


def by(body: str, language: str = "en") -> list[str]:
    return [speaker for _, speaker in speakers(body, language, CAST_ABROAD)]


def test_a_turkish_participle_clause_does_not_qualify_the_title_after_it() -> None:
    # "Cumhurbaşkanı, who spoke of the US's reaction": Erdoğan, not the US's president.
    body = ("Cumhurbaşkanı Recep Tayyip Erdoğan gazetecilerle konuştu.\n\n"
            "ABD'nin tepkisine de değinen Cumhurbaşkanı, \"Kimseye danışmayız\" dedi.")
    assert by(body, "tr") == ["recep-tayyip-erdogan"]


def test_a_turkish_title_still_takes_the_state_named_in_it() -> None:
    body = ("Cumhurbaşkanı Recep Tayyip Erdoğan konuştu.\n\n"
            "ABD Cumhurbaşkanı ise, \"Anlaşma yürürlükte\" dedi.")
    assert by(body, "tr") == ["donald-trump"]


@pytest.mark.parametrize("verb", ["öne sürmüştü", "iddia etti", "uyardı", "savundu"])
def test_a_turkish_clause_with_a_subject_of_its_own_speaks_for_itself(verb: str) -> None:
    # The first clause ends in its verb ("bulunmuş,"); the second has its own subject.
    body = ("Kremlin'den yapılan açıklamada adım \"çok yanlış\" bulunmuş, Ankara da kararın "
            f"\"ağır sonuçları\" olacağını {verb}.")
    assert by(body, "tr")[1] == "turkey"


def test_a_turkish_clause_that_goes_on_keeps_the_first_subject() -> None:
    # "Trump met Erdoğan, and said that not selling Turkey Patriots was "unfair"".
    body = ("ABD Başkanı Donald Trump, Haziran'da Cumhurbaşkanı Erdoğan ile görüşmüş, "
            "Türkiye'ye Patriot satılmamasının \"adil olmadığını\" söylemişti.")
    assert by(body, "tr") == ["donald-trump"]


def test_a_russian_subject_with_two_verbs_is_before_the_first() -> None:
    # The Turkish ministry (no file) said it, not the US it named as an object.
    ministry = ("Министерство иностранных дел Турции назвало решение США ошибкой и заявило, "
                "что оно «подрывает доверие союзников».")
    assert by(ministry, "ru") == [""]
    person = "Песков назвал решение США ошибкой и заявил, что оно «подрывает доверие союзников»."
    assert by(person, "ru") == ["dmitry-peskov"]


def test_the_analyst_after_says_one_is_one_of_the_unnamed() -> None:
    body = ("Analysts in Ankara doubt that Erdogan will pay for more missiles. Part of the "
            "point, says one, is to send a signal to Washington. \"It is a bargaining chip "
            "he keeps waving,\" the analyst says.")
    assert by(body) == [""]
    # Nor the last person the report gave a role.
    assert by(body.replace("that Erdogan", "that President Erdogan")) == [""]
    named = ("Erdogan will not pay for more missiles, analysts say. \"It is a bargaining "
             "chip,\" the president said.")
    assert by(named) == ["recep-tayyip-erdogan"]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Dmitry Peskov, spokesman for President Vladimir Putin, said the deliveries were "
     "\"going as agreed with our partners.\"", "en", "dmitry-peskov"),
    ("Дмитрий Песков, пресс-секретарь президента Владимира Путина, заявил, что поставки "
     "идут «по согласованному графику».", "ru", "dmitry-peskov"),
    # Not set off on both sides, or a list: the name nearest the verb is its subject.
    ("After meeting Erdogan, Putin said the deliveries were \"going as agreed.\"", "en",
     "vladimir-putin"),
    ("Erdogan and Putin, meeting in Sochi, said the deal was \"going as agreed.\"", "en",
     "vladimir-putin"),
])
def test_a_name_in_an_apposition_is_not_the_subject(body: str, language: str,
                                                     expected: str) -> None:
    assert by(body, language) == [expected]


def test_a_russian_role_is_qualified_up_to_a_preposition() -> None:
    # "the head of the company in an interview with Interfax": not Interfax's head.
    interfax = actor("interfax", "Interfax", "media")
    body = ("Об этом заявил генеральный директор «Рособоронэкспорта» Александр Михеев.\n\n"
            "«Документы будут подписаны в ближайшее время», — сказал глава компании в "
            "интервью «Интерфаксу».")
    assert [s for _, s in speakers(body, "ru", (*CAST_ABROAD, interfax))] == [
        "alexander-mikheev"]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Erdogan brushed aside the penalties, telling a party meeting that they showed "
     "“disrespect to a loyal ally”.", "en", ["recep-tayyip-erdogan"]),
    ("Эрдоган на критику отвечал, что Турция «сама решает, какое оружие ей покупать».", "ru",
     ["recep-tayyip-erdogan"]),
    # "и заявил" goes with "обсуждал", not with "сообщало" before it.
    ("Как сообщало агентство, в сентябре Эрдоган обсуждал самолеты с коллегами и заявил, что "
     "Турция «не отказывается от своих прав».", "ru", ["recep-tayyip-erdogan"]),
    ("Путин, в свою очередь, пообещал Эрдогану, что Москва выполнит свои обязательства, и "
     "назвал сотрудничество «важной частью» отношений.", "ru", ["vladimir-putin"]),
    ("\"Sistem nisanda görevde olacak\" diyen Akar, Demir ile görüştü.", "tr", ["hulusi-akar"]),
    # The ministry of a state with no file said it, not the state.
    ("Türkiye Dışişleri Bakanlığı ise kararın \"hiçbir gerekçeye dayanmadığını\" savundu.", "tr",
     [""]),
    # Turkish leaves out the subject it has given: the speaker goes on.
    ("Erdoğan, \"Bunu konuşuruz\" dedi. Bir soru üzerine \"Gerekirse kapatırız\" diye "
     "ekledi.", "tr", ["recep-tayyip-erdogan", "recep-tayyip-erdogan"]),
])
def test_more_speech_verbs_and_subjects(body: str, language: str, expected: list[str]) -> None:
    assert by(body, language) == expected


def test_po_ego_slovam_is_the_person_named_before() -> None:
    body = ("Директор ФСВТС Дмитрий Шугаев сообщил, что контракт подписан. По его словам, "
            "стороны договорились о «поэтапной локализации» производства.")
    assert by(body, "ru") == ["dmitry-shugaev"]


def test_a_turkish_ablative_is_no_clause_and_a_past_perfect_ends_one() -> None:
    # "Kremlin'den": the apostrophe's suffix is no participle; the Kremlin qualifies.
    assert by("Kremlin'den sözcü Dmitry Peskov konuştu. Kremlin sözcüsü, \"Süreç sürüyor\" "
              "dedi.", "tr") == ["dmitry-peskov"]
    body = ("Erdoğan Putin ile görüşmüştü, Ankara da kararın \"ağır sonuçları\" olacağını "
            "öne sürdü.")
    assert by(body, "tr") == ["turkey"]


def test_a_turkish_sentence_that_leaves_out_its_subject_goes_on_from_the_one_before() -> None:
    body = ("Erdoğan, sürecin tamamlandığını söyledi.\n\n"
            "\"İmzalar atıldı, ön ödeme de yapıldı\" dedi.")
    assert by(body, "tr") == ["recep-tayyip-erdogan"]
    # Its subject, not a name in a clause that describes it.
    body = ("Putin ile yaptığı görüşmelerde konunun son şeklini aldığını belirten Erdoğan, "
            "sürecin tamamlandığını söyledi.\n\n\"İmzalar atıldı, ön ödeme de yapıldı\" dedi.")
    assert by(body, "tr") == ["recep-tayyip-erdogan"]
    body = ("Batıyı eleştiren Putin ile görüşen Erdoğan, sürecin tamamlandığını söyledi.\n\n"
            "\"İmzalar atıldı, ön ödeme de yapıldı\" dedi.")
    assert by(body, "tr") == ["recep-tayyip-erdogan"]
    # Not before a participle: the name after it, here someone with no file.
    body = ("Erdoğan, sürecin tamamlandığını söyledi. \"Halkın parası depoda çürüyor\" diyen "
            "Berfin Örnek, alımı eleştirdi.")
    assert by(body, "tr") == [""]
    # Not when the sentence does not open with the quotation.
    body = ("Erdoğan, sürecin tamamlandığını söyledi.\n\n"
            "Açıklamada, \"İmzalar atıldı, ön ödeme de yapıldı\" dedi.")
    assert by(body, "tr") == [""]


@pytest.mark.parametrize("sentence", [
    "Erdoğan, ziyaretin ardından Putin ile görüştüğünü söyledi.",  # an ablative, no participle
    "Erdoğan, yeniden Putin ile görüştüğünü söyledi.",  # an adverb
])
def test_a_turkish_sentences_subject_is_its_first_name_past_words_that_only_look_describing(
        sentence: str) -> None:
    assert by(f"{sentence}\n\n\"Anlaşma tamam\" dedi.", "tr") == ["recep-tayyip-erdogan"]


def test_a_name_with_a_case_ending_is_no_turkish_subject_and_a_passive_has_none() -> None:
    body = "Putin'in sözcüsü Peskov, görüşmeyi aktardı.\n\n\"Anlaşma tamam\" dedi."
    assert by(body, "tr") == ["dmitry-peskov"]
    body = "Erdoğan, sürecin tamamlandığını söyledi.\n\n\"Anlaşma tamam\" ifadelerine yer verildi."
    assert by(body, "tr") == [""]


def test_he_said_after_a_sentence_whose_he_is_named_before_it() -> None:
    trump = actor("donald-trump", "Donald Trump", aliases=("Trump",),
                   role="President of the United States")
    text = ("President Recep Tayyip Erdogan, who met President Trump last month, has long "
            "called the purchase a matter of sovereignty. He said in Istanbul that he "
            "expected no sanctions.\n\n"
            "“This purchase is done for us,” he said.")
    assert speakers(text, actors=(*CAST, trump)) == [
        ("“This purchase is done for us,”", "recep-tayyip-erdogan")]
    # She is not he: the chain stops, and no one is named.
    assert speakers(text.replace("” he said", "” she said"), actors=(*CAST, trump)) == [
        ("“This purchase is done for us,”", "")]


def test_he_goes_back_through_he_no_further_than_the_paragraph_before() -> None:
    far = ("Putin said the talks had gone well.\n\n" + "He added more details.\n\n" * 3
           + "“We will not back down,” he said.")
    assert speakers(far) == [("“We will not back down,”", "")]
    near = "Putin said the talks had gone well. He added more.\n\n“We will not back down,” he said."
    assert speakers(near) == [("“We will not back down,”", "vladimir-putin")]



def test_a_long_description_before_said_and_a_clause_with_its_own_subject() -> None:
    trump = actor("donald-trump", "Donald Trump", aliases=("Trump",),
                  role="President of the United States")
    text = ("Trump spoke on Friday.\n\n“The choice leaves its role impossible to sustain,” "
            "White House press secretary Jane Example said in a statement.")
    assert speakers(text, actors=(*CAST, trump)) == [
        ("“The choice leaves its role impossible to sustain,”", "")]
    text = ("Turkey condemned the decision, and its foreign ministry said Ankara would respond "
            "\"at a time of its choosing\".")
    assert speakers(text) == [("\"at a time of its choosing\"", "")]
    # With no subject of its own after "and", the sentence's is.
    shared = "Erdogan spoke in Ankara on Friday, and said \"the deal is done\"."
    assert speakers(shared) == [("\"the deal is done\"", "recep-tayyip-erdogan")]


def test_he_after_a_sentence_opening_with_a_day_set_off_by_a_comma() -> None:
    trump = actor("donald-trump", "Donald Trump", aliases=("Trump",),
                  role="President of the United States")
    text = ("President Donald Trump has sounded less eager. On Tuesday, he told reporters "
            "that Turkey had been treated unfairly. \"We are looking at it carefully,\" he said.")
    assert speakers(text, actors=(*CAST, trump)) == [
        ("\"We are looking at it carefully,\"", "donald-trump")]


def test_an_adverb_after_and_is_no_subject_of_its_own() -> None:
    text = "Erdogan spoke in Sochi on Friday, and later said \"the deal is done\"."
    assert speakers(text) == [("\"the deal is done\"", "recep-tayyip-erdogan")]


@pytest.mark.parametrize("body", [
    "As one newspaper noted, the delay suggests President Erdoğan is \"playing for time\".",
    "Observers noted that Erdoğan was \"playing for time\" with the purchase.",
    "Наблюдатели отметили, что Эрдоган «тянет время» с покупкой.",
])
def test_a_person_in_the_clause_a_verb_reports_is_not_its_speaker(body: str) -> None:
    assert by(body, "ru" if "Эрдоган" in body else "en") == [""]


@pytest.mark.parametrize(("body", "language"), [
    ("Speaking in Ankara on Monday, said President Erdoğan: \"We will not step back.\"", "en"),
    ("Об этом заявил журналистам Эрдоган: «Мы не отступим».", "ru"),
])
def test_a_speaker_after_the_verb_in_its_own_clause_speaks(body: str, language: str) -> None:
    assert by(body, language) == ["recep-tayyip-erdogan"]


@pytest.mark.parametrize(("body", "expected"), [
    # "what it called": the sentence's subject's words, not the object's before them.
    ("The Turkish ministry said the step was unfair and urged the US to correct what it "
     "called \"a grave mistake\".", [""]),
    ("Rosoboronexport faulted the US for what it called \"a hostile step\".",
     ["rosoboronexport"]),
])
def test_what_it_called_is_the_subjects_word(body: str, expected: list[str]) -> None:
    assert by(body) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # A name set off by commas after the verb is still its subject.
    ("Как отметил, выступая перед журналистами, Дмитрий Песков, «решений пока нет».", "ru",
     ["dmitry-peskov"]),
    ("The ministry said its chief, Ismail Demir, \"will not change the plan\".", "en",
     ["ismail-demir"]),
    # A Russian state in the nominative after a body is its own subject.
    ("После переговоров в Кремле Турция заявила: «Сделка в силе».", "ru", ["turkey"]),
])
def test_a_name_set_off_after_the_verb_and_a_state_of_its_own(body, language, expected) -> None:
    assert by(body, language) == expected


def test_a_state_after_a_body_in_english_is_no_genitive() -> None:
    nato = actor("nato", "NATO", "organization", aliases=("NATO",))
    body = "Answering NATO US said the step was \"a grave mistake\"."
    assert [who for _, who in speakers(body, "en", (*CAST_ABROAD, nato))] == ["united-states"]


@pytest.mark.parametrize(("body", "expected"), [
    # The quotation runs on into its clause; the speaker follows its one comma.
    ("Demir led the agency.\n\n“This step shows that Washington will enforce” the sanctions "
     "law passed by Congress in 2017 (CAATSA), Trump said in a statement. “We will not bend.”",
     ["donald-trump", "donald-trump"]),
    # Two clauses after it: the verb is another's ("…, but Putin said").
    ("“The deal is done” was the headline of every paper in Ankara "
     "on the morning after the talks, but Putin said the talks go on.", [""]),
    ("“The deal is done” ran on every front page in Ankara, and on the morning after the "
     "summit, Putin said the talks would go on.", [""]),
    # Nor a clause with no comma before the name: the name is the clause's own.
    ("“The deal is done” ran on every front page in Ankara and Istanbul on the morning of the "
     "day Putin said the talks would go on.", [""]),
    # Nor where a speech verb before the quotation names its speaker.
    ("Peskov called the deal “a done thing” at a briefing in Moscow last week that lasted "
     "an hour, Putin said on Tuesday.", ["dmitry-peskov"]),
    # Nor a name that is not beside its verb.
    ("“The deal is done” was the headline of every paper in Ankara "
     "on the morning after the talks, Putin in Sochi said.", [""]),
])
def test_a_quotation_that_runs_on_into_its_clause_before_the_speaker(body, expected) -> None:
    assert by(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A verb after "although" is another clause's.
    ("Turkey said it was “concerned about the consequences” of the step, although an alliance "
     "spokesperson stressed it.", ["turkey"]),
    # Someone unnamed who opens the clause speaks, not the agency that quoted them.
    ("An unnamed diplomat quoted by TASS said it would be “a serious breach”.", [""]),
])
def test_another_clause_and_an_unnamed_subject(body: str, expected: list[str]) -> None:
    tass = actor("tass", "TASS", "media")
    assert [who for _, who in speakers(body, "en", (*CAST_ABROAD, tass))] == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # A clause that opens with someone we have no file for is theirs, not a state's in it.
    ("Dr Harriet Example, a Turkey specialist at a university, told reporters: “Turkey is "
     "nobody's client.”", "en", [""]),
    # "One of the officials": someone unnamed, not the last person named.
    ("Эрдоган говорил об этом в декабре.\n\n\"Любой разговор начнется с С-400\", - сказал "
     "один из американских чиновников.", "ru", [""]),
])
def test_a_stranger_or_one_of_many_opening_the_clause(body, language, expected) -> None:
    assert by(body, language) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "United States" is no speech verb.
    ('The Pentagon has condemned the test, warning of "serious consequences" for '
     "Turkey's security relationship with the United States.", [""]),
    # A news agency a quotation is "according to" reports it; it is not the speaker.
    ("Erdogan called the sanctions “a disregard for law,” according to the TASS news agency.",
     ["recep-tayyip-erdogan"]),
])
def test_states_and_news_agencies_are_no_speakers(body: str, expected: list[str]) -> None:
    assert by(body) == expected


def test_the_official_of_a_state_is_not_the_last_person_named_of_another() -> None:
    body = ("Putin spoke first. Trump warned India against the deal.\n\n"
            "Asked about the sanctions, the Russian official said it was \"a matter for Turkey\".")
    assert by(body) == [""]
    body = body.replace("Trump warned", "Putin warned")
    assert by(body) == ["vladimir-putin"]


def test_he_after_a_sentence_about_him_and_someone_else() -> None:
    # The sentence before is about "he" (Erdoğan), who named Putin in it.
    body = ("Erdogan spoke to reporters on Tuesday.\n\nHe said he and Putin were determined to "
            "see the purchase through.\n\n\"Nobody can tell us what to buy,\" he said.")
    assert by(body) == ["recep-tayyip-erdogan"]
