"""Dates in Turkish and Russian, with the precision rules of English. Each
case of the issue is pinned here."""

import pytest

from generator.annotate.finders.date_grammar import grammar

from .lang_kit import dates

# 25 August 2021 was a Wednesday; 26 November 2019 a Tuesday.


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    ("23 Ağustos 2021 tarihinde", "tr", "2021-08-25", [("23 Ağustos 2021", "2021-08-23")]),
    ("23.08.2021 tarihli", "tr", "2021-08-25", [("23.08.2021", "2021-08-23")]),
    ("от 23.08.2021", "ru", "2021-08-25", [("23.08.2021", "2021-08-23")]),
    ("on 23.08.2021", "en", "2021-08-25", [("23.08.2021", "2021-08-23")]),
    ("МОСКВА, 23 августа.", "ru", "2021-08-25", [("23 августа", "2021-08-23")]),
    ("МОСКВА, 23 окт —", "ru", "2019-10-23", [("23 окт", "2019-10-23")]),
    ("заявил в среду", "ru", "2021-08-25", [("в среду", "2021-08-25")]),
    ("В понедельник", "ru", "2021-08-25", [("В понедельник", "2021-08-23")]),
    ("во вторник", "ru", "2021-08-25", [("во вторник", "2021-08-24")]),
    ("в воскресенье", "ru", "2021-08-25", [("в воскресенье", "2021-08-22")]),
    ("в прошлом году", "ru", "2021-08-25", [("в прошлом году", "2020")]),
    ("в следующем году", "ru", "2021-08-25", [("в следующем году", "2022")]),
    ("в декабре прошлого года", "ru", "2021-08-25", [("в декабре прошлого года", "2020-12")]),
    ("в декабре 2017 года", "ru", "2021-08-25", [("в декабре 2017 года", "2017-12")]),
    ("в мае", "ru", "2021-08-25", [("в мае", "2021-05")]),
    ("в 2019-м и с 2019 года", "ru", "2021-08-25", [("2019-м", "2019"), ("2019 года", "2019")]),
    ("geçen yıl", "tr", "2019-11-26", [("geçen yıl", "2018")]),
    ("Gelecek yıl", "tr", "2019-11-26", [("Gelecek yıl", "2020")]),
    ("Pazartesi günü", "tr", "2019-11-26", [("Pazartesi günü", "2019-11-25")]),
    ("Aralık 2020'de", "tr", "2021-08-25", [("Aralık 2020", "2020-12")]),
    ("12 Temmuz'da", "tr", "2019-11-26", [("12 Temmuz", "2019-07-12")]),
    ("Haziran ayında", "tr", "2021-08-23", [("Haziran", "2021-06")]),
    ("2017 yılında", "tr", "2021-08-23", [("2017 yılında", "2017")]),
    ("in July last year", "en", "2020-10-23", [("July last year", "2019-07")]),
    # A season with its year is the months it spans; winter, which spans two, is left out.
    ("in the summer of 2019", "en", "2020-12-15", [("summer of 2019", "2019-06/2019-08")]),
    ("S-400'ler 2019 yazında geldi", "tr", "2023-01-14", [("2019 yazında", "2019-06/2019-08")]),
    ("осенью 2020 года", "ru", "2021-11-16", [("осенью 2020 года", "2020-09/2020-11")]),
    ("in the winter of 2019", "en", "2020-12-15", [("2019", "2019")]),
    # A part of a month is the month; the end of the year is the year.
    ("в конце сентября", "ru", "2021-11-16", [("в конце сентября", "2021-09")]),
    ("Eylül sonunda", "tr", "2021-11-16", [("Eylül", "2021-09")]),
    ("by the end of the month", "en", "2019-07-17", [("end of the month", "2019-07")]),
    ("at the start of next month", "en", "2019-07-17", [("start of next month", "2019-08")]),
    ("в начале месяца", "ru", "2022-03-21", [("в начале месяца", "2022-03")]),
    ("до конца прошлого месяца", "ru", "2022-03-21", [("до конца прошлого месяца", "2022-02")]),
    ("ayın sonunda", "tr", "2022-03-21", [("ayın sonunda", "2022-03")]),
    ("iki ay sonunda imzalandı", "tr", "2022-03-21", []),  # "after two months"
    ("at the start of the month-long exercise", "en", "2022-03-21", []),
    ("gelecek ayın başında", "tr", "2022-03-21", [("gelecek ayın başında", "2022-04")]),
    ("before the end of the year", "en", "2020-10-23", [("end of the year", "2020")]),
    ("yıl sonuna kadar", "tr", "2020-10-23", [("yıl sonuna", "2020")]),
    ("до конца следующего года", "ru", "2020-10-23", [("конца следующего года", "2021")]),
    # "that year" is the one the report named last, not the report's.
    ("delivered in 2019, and tested in October. In July of that year, later that year",
     "en", "2020-12-15", [("2019", "2019"), ("October", "2020-10"),
                          ("July of that year", "2019-07"), ("later that year", "2019")]),
    ("2017 yılında imzalandı. Aynı yılın Temmuz ayında", "tr", "2021-01-01",
     [("2017 yılında", "2017"), ("Aynı yılın Temmuz ayında", "2017-07")]),
    ("в 2017 году. В июле того же года", "ru", "2021-01-01",
     [("2017 году", "2017"), ("В июле того же года", "2017-07")]),
    ("July of that year", "en", "2021-01-01", []),  # no year named before: none
    ("after Friday prayers", "en", "2020-10-23", []),  # the service, not the day
    # Days of one month, a decade, a season of a counted year, the weekend before.
    ("between October 13 and 16", "en", "2020-10-23",
     [("between October 13 and 16", "2020-10-13/2020-10-16")]),
    ("с 13 по 16 октября", "ru", "2020-10-23", [("с 13 по 16 октября", "2020-10-13/2020-10-16")]),
    ("13-16 Ekim", "tr", "2020-10-23", [("13-16 Ekim", "2020-10-13/2020-10-16")]),
    ("Patriots bought in the 1990s", "en", "2020-10-23", [("1990s", "1990/1999")]),
    ("в 1990-е годы", "ru", "2020-10-23", [("1990-е годы", "1990/1999")]),
    ("1990'larda, 2000'lerde", "tr", "2020-10-23", [("1990'larda", "1990/1999"),
                                                     ("2000'lerde", "2000/2009")]),
    ("in the summer of last year", "en", "2020-12-14",
     [("summer of last year", "2019-06/2019-08")]),
    ("летом прошлого года", "ru", "2020-12-14", [("летом прошлого года", "2019-06/2019-08")]),
    # 23 Oct 2020 was a Friday; 17 Oct a Saturday, a report of that day's weekend.
    ("over the weekend", "en", "2020-10-23", [("over the weekend", "2020-10-17/2020-10-18")]),
    ("Hafta sonu", "tr", "2020-10-17", [("Hafta sonu", "2020-10-17/2020-10-18")]),
    ("на выходных", "ru", "2020-10-18", [("на выходных", "2020-10-17/2020-10-18")]),
    # "last Friday" is the one before the report's day: yesterday on a Saturday.
    ("He left last Friday.", "en", "2020-10-24", [("last Friday", "2020-10-23")]),
    ("He left last Friday.", "en", "2020-10-23", [("last Friday", "2020-10-16")]),
    # Turkish marks the future on the verb that ends the sentence, Russian anywhere in it;
    # a participle in "-ecek" inside the sentence is no future (27 Sep 2021: a Monday).
    ("Biden ile Ekim sonunda bir araya gelmesi bekleniyor.", "tr", "2021-09-30",
     [("Ekim", "2021-10")]),
    # (one right after the date is its own clause's: see below)
    ("Ekim sonunda yapılan uçuşların tedirginliği gerektirecek bir durum olmadığını söyledi.",
     "tr", "2021-09-30", [("Ekim", "2020-10")]),
    ("Встреча состоится в среду.", "ru", "2021-09-27", [("в среду", "2021-09-29")]),
    ("Встреча прошла в среду.", "ru", "2021-09-27", [("в среду", "2021-09-22")]),
    # A future in a clause the sentence reports is not the sentence's.
    ("В сентябре он заявил, что Анкара не будет спрашивать.", "ru", "2020-10-16",
     [("В сентябре", "2020-09")]),
    ("Он заявил, что встреча состоится в среду.", "ru", "2021-09-27",
     [("в среду", "2021-09-29")]),
    # A relative clause is the sentence's own: its future is the date's.
    ("В среду делегация, которая прилетела из Москвы, будет вести переговоры.", "ru",
     "2021-09-27", [("В среду", "2021-09-29")]),
    ("Anlaşma haziranda imzalandı.", "tr", "2021-10-20", [("haziran", "2021-06")]),
    # Ahead, the report's own day or month is still this year's.
    ("The talks are due to end on 31 July.", "en", "2021-07-31", [("31 July", "2021-07-31")]),
    ("Deliveries are due to start in July.", "en", "2021-07", [("July", "2021-07")]),
    # The prepositional of months ending in a consonant, a soft sign and й.
    ("в марте, в августе, в январе и в мае", "ru", "2021-11-16",
     [("в марте", "2021-03"), ("в августе", "2021-08"), ("в январе", "2021-01"),
      ("в мае", "2021-05")]),
    # A count of units before the report's date, as precise as the unit; "last"
    # with a weekday is the one before the report's day (23 Oct 2020: a Friday).
    ("three years ago", "en", "2018-12-18", [("three years ago", "2015")]),
    ("2 months ago", "en", "2018-12-18", [("2 months ago", "2018-10")]),
    ("two days ago", "en", "2018-12-18", [("two days ago", "2018-12-16")]),
    ("last Friday", "en", "2020-10-23", [("last Friday", "2020-10-16")]),
    ("last Monday", "en", "2020-10-23", [("last Monday", "2020-10-19")]),
    ("üç yıl önce", "tr", "2022-08-23", [("üç yıl önce", "2019")]),
    ("iki gün önce", "tr", "2022-08-23", [("iki gün önce", "2022-08-21")]),
    ("geçen Cuma günü", "tr", "2022-08-23", [("geçen Cuma günü", "2022-08-19")]),
    ("в прошлую пятницу", "ru", "2020-10-23", [("в прошлую пятницу", "2020-10-16")]),
    ("два месяца назад", "ru", "2020-10-23", [("два месяца назад", "2020-08")]),
    ("год назад", "ru", "2020-10", [("год назад", "2019")]),
    # The sentence speaks of what is to come: the next such day (26 Sep 2021: a Sunday).
    ("Erdogan is due to meet Putin in Sochi on Wednesday.", "en", "2021-09-26",
     [("Wednesday", "2021-09-29")]),
    ("Turkey is still scheduled to receive a jet on Thursday.", "en", "2018-06-18",
     [("Thursday", "2018-06-21")]),
    ("Turkey is due to receive a jet in Fort Worth, Texas, on Thursday.", "en", "2018-06-18",
     [("Thursday", "2018-06-21")]),
    # A plan told in the past, and a modal, speak of what was then to come (27 Sep 2021:
    # a Monday); a verb's own participle keeps it ahead.
    ("The minister prepared to fly to Moscow for talks on Friday.", "en", "2021-09-27",
     [("Friday", "2021-10-01")]),
    ("The first jets were due to be handed over in October.", "en", "2019-04-01",
     [("October", "2019-10")]),
    ("He said the radars could arrive in June.", "en", "2019-04-01", [("June", "2019-06")]),
    ("The radars will be formally accepted in June.", "en", "2019-04-01",
     [("June", "2019-06")]),
    ("Deliveries are due to be completed in June.", "en", "2019-04-01", [("June", "2019-06")]),
    # Not what could have been, nor a clause of its own in the past after the future word.
    ("The jets could have arrived in June.", "en", "2019-04-01", [("June", "2018-06")]),
    ("Buyers could face penalties under a law adopted by the Senate in August.", "en",
     "2017-12-29", [("August", "2017-08")]),
    ("Buyers will face penalties under a law adopted in August.", "en", "2017-12-29",
     [("August", "2017-08")]),
    ("Ankara could send the batteries to resist the offensive that began in March.", "en",
     "2022-11-23", [("March", "2022-03")]),
    # Not past a comma that opens a clause of its own (18 Jun 2018: a Monday).
    ("Deliveries will begin next year, Shugaev on Thursday told reporters.", "en", "2018-06-18",
     [("next year", "2019"), ("Thursday", "2018-06-14")]),
    ("The Pentagon gave Ankara until 31 July to drop the deal.", "en", "2019-06-29",
     [("31 July", "2019-07-31")]),
    ("Deliveries will start in July.", "en", "2019-06-29", [("July", "2019-07")]),
    ("Deliveries will start in January.", "en", "2019-11-04", [("January", "2020-01")]),
    # Not when the future is in another clause, or in the past.
    ("Turkey will act if threatened, Akar said on Tuesday.", "en", "2022-11-23",
     [("Tuesday", "2022-11-22")]),
    ("The deal was signed in July.", "en", "2019-06-29", [("July", "2018-07")]),
    ("bugün açıklama yaptı", "tr", "2022-08-23", [("bugün", "2022-08-23")]),
    ("bugüne kadar", "tr", "2022-08-23", []),
    ("Cuma sabahı indi", "tr", "2019-07-13", [("Cuma sabahı", "2019-07-12")]),
    ("geçen yıl Aralık ayında", "tr", "2021-09-24", [("geçen yıl Aralık ayında", "2020-12")]),
    ("April next year", "en", "2019-07-12", [("April next year", "2020-04")]),
    # A Turkish year in the genitive before its month; a season counted from this one.
    ("Anlaşma 2017 yılının Eylül ayında imzalandı.", "tr", "2019-03-01",
     [("2017 yılının Eylül ayında", "2017-09")]),
    ("2018 yılı Mart ayında", "tr", "2019-03-01", [("2018 yılı Mart ayında", "2018-03")]),
    ("Bu yaz Moskova'ya gitti.", "tr", "2016-11-22", [("Bu yaz", "2016-06/2016-08")]),
    ("geçen sonbaharda", "tr", "2016-11-22", [("geçen sonbaharda", "2015-09/2015-11")]),
    ("önümüzdeki yaz", "tr", "2016-11-22", [("önümüzdeki yaz", "2017-06/2017-08")]),
    ("gelecek yaz", "tr", "2016-06-10", [("gelecek yaz", "2017-06/2017-08")]),  # begun: the next
    ("Bu yazıda ve bu yazının", "tr", "2016-11-22", []),
])
def test_dates_in_each_language(text, language, published, expected) -> None:
    assert dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "language", "published"), [
    ("«Армия-2021» и Army-2021", "ru", "2021-08-25"),  # a year in a name
    ("Cuma namazı", "tr", "2021-08-27"),  # Friday prayers: a weekday only with "günü"
    ("yarın alıyoruz", "tr", "2019-11-04"),  # "tomorrow" is a figure of speech
    ("Haziran", "tr", "2021-08-23"),  # a month alone, without "ayında" or a year
    ("среда обитания", "ru", "2021-08-25"),  # "environment": a weekday wants "в"
    ("в прошлом году", "ru", "2021"),  # counted from a year, a week... still a year
])
def test_words_that_are_no_date_or_do_not_settle_one(text, language, published) -> None:
    found = dates(text, language, published)
    assert found == ([("в прошлом году", "2020")] if text == "в прошлом году" else [])


def test_a_weekday_in_a_report_of_a_year_is_not_read() -> None:
    assert dates("в среду", "ru", "2021") == []
    assert dates("Pazartesi günü", "tr", "2021-08") == []


def test_a_language_the_machine_does_not_read_gets_english_and_numbers() -> None:
    assert dates("le 23.08.2021, in July 2019", "fr", "2021-08-25") == [
        ("23.08.2021", "2021-08-23"), ("July 2019", "2019-07")]


def test_month_and_weekday_names_come_from_cldr_and_our_rules() -> None:
    ru, tr = grammar("ru"), grammar("tr")
    assert [ru.month(w) for w in ("января", "январь", "январе", "мае", "дек.")] == [1, 1, 1, 5, 12]
    assert [ru.weekday(w) for w in ("среда", "среду", "пятницу")] == [2, 2, 4]
    assert [tr.month(w) for w in ("Aralık", "Aralik", "Oca")] == [12, 12, 1]
    assert tr.weekday("Çarşamba") == 2 and tr.step("geçen  yıl") == ("year", -1)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Первые комплексы прибыли летом.", "2021-12-08", "2021-06/2021-08"),
    ("Первые комплексы прибыли летом.", "2021-03-08", "2020-06/2020-08"),
    ("Комплексы будут поставлены летом.", "2021-03-08", "2021-06/2021-08"),
    ("Комплексы будут поставлены летом.", "2021-10-08", "2022-06/2022-08"),
])
def test_a_russian_season_alone_is_the_last_or_the_next(text: str, published: str,
                                                        expected: str) -> None:
    assert dates(text, "ru", published) == [("летом", expected)]


def test_a_range_of_days_with_its_year_and_a_future_in_an_earlier_clause() -> None:
    assert dates("between October 13 and 16, 2019", "en", "2021-01-01") == [
        ("between October 13 and 16, 2019", "2019-10-13/2019-10-16")]
    # "will" is in the clause before the last comma: the date is not ahead (23 Oct 2020, Friday).
    assert dates("Today, they will decide, and met on Monday.", "en", "2020-10-23") == [
        ("Monday", "2020-10-19")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Counted from the date before them in the report, not from the report's own.
    ("On September 26 he spoke. Three days later he flew to Sochi.", "en",
     [("September 26", "2021-09-26"), ("Three days later", "2021-09-29")]),
    ("On September 26 he spoke; the next day he flew; a day earlier he met Putin.", "en",
     [("September 26", "2021-09-26"), ("the next day", "2021-09-27"),
      ("a day earlier", "2021-09-26")]),
    ("The jets landed in July 2019 and Turkey was expelled that same month.", "en",
     [("July 2019", "2019-07"), ("that same month", "2019-07")]),
    ("It began on September 6. Two weeks later it ended, later that day a report came.", "en",
     [("September 6", "2021-09-06"), ("Two weeks later", "2021-09-20"),
      ("later that day", "2021-09-20")]),
    ("15 Temmuz'da geldi. İki gün sonra kuruldu, ertesi gün test edildi; aynı gün açıklandı.",
     "tr", [("15 Temmuz", "2021-07-15"), ("İki gün sonra", "2021-07-17"),
            ("ertesi gün", "2021-07-18"), ("aynı gün", "2021-07-18")]),
    ("12 июля прибыли комплексы, через три дня их развернули, а на следующий день проверили.",
     "ru", [("12 июля", "2021-07-12"), ("через три дня", "2021-07-15"),
            ("на следующий день", "2021-07-16")]),
    ("12 июля прибыли комплексы, в тот же день их развернули.", "ru",
     [("12 июля", "2021-07-12"), ("в тот же день", "2021-07-12")]),
])
def test_a_date_counted_from_the_one_before(text: str, language: str, expected) -> None:
    assert dates(text, language, "2021-10-01") == expected


def test_a_date_counted_from_none_or_from_a_month_is_left_out() -> None:
    assert dates("Three days later he flew to Sochi.", "en", "2021-10-01") == []
    assert dates("In July 2019 they came. Three days later they left.", "en", "2021-10-01") == [
        ("July 2019", "2019-07")]
    assert dates("between October 13 and 16, 2019; three days later", "en", "2021-10-01") == [
        ("between October 13 and 16, 2019", "2019-10-13/2019-10-16")]


def test_nakanune_alone_is_the_day_before_and_before_a_noun_no_date() -> None:
    # 25 August 2021: "накануне" is the 24th; "накануне визита" is "on the eve of the visit".
    assert dates("Трамп накануне назвал ситуацию сложной.", "ru", "2021-08-25") == [
        ("накануне", "2021-08-24")]
    assert dates("Об этом сообщили накануне.", "ru", "2021-08-25") == [("накануне", "2021-08-24")]
    assert dates("Это случилось накануне визита.", "ru", "2021-08-25") == []


def test_a_turkish_counted_year_in_the_genitive_before_a_month() -> None:
    assert dates("gelecek yılın Nisan ayında", "tr", "2019-11-26") == [
        ("gelecek yılın Nisan ayında", "2020-04")]


def test_later_that_evening_and_more_of_nakanune() -> None:
    assert dates("They met on December 14. Later that evening he spoke.", "en", "2020-12-20") == [
        ("December 14", "2020-12-14"), ("Later that evening", "2020-12-14")]
    # 25 August 2021: the day before is the 24th.
    for text in ("Накануне местные власти предупредили жителей.",
                 "Об этом сказал накануне пресс-секретарь.", "Власти накануне заявили."):
        assert dates(text, "ru", "2021-08-25") == [
            ("Накануне" if text.startswith("Накануне") else "накануне", "2021-08-24")]
    assert dates("Это случилось накануне официальной встречи.", "ru", "2021-08-25") == []


def test_a_date_in_a_quotation_is_ahead_by_the_quotations_own_verb() -> None:
    # The quotation's verb is future ("olacak"); the sentence's ("yineledi") is not.
    text = "\"Sistem nisanda görevde olacak\" diyen Akar, bunu da yineledi."
    assert dates(text, "tr", "2019-11-26") == [("nisan", "2020-04")]


def test_a_turkish_month_part_after_a_suffix() -> None:
    assert dates("Kasım'ın sonunda açıklandı.", "tr", "2019-12-16") == [("Kasım", "2019-11")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("In July 2019 the jets came; that month Turkey was expelled.", "en",
     [("July 2019", "2019-07"), ("that month", "2019-07")]),
    ("Talks began in 2017 and the deal was signed the same year.", "en",
     [("2017", "2017"), ("the same year", "2017")]),
    ("2019'da sistem geldi; aynı yıl F-35'ten çıkarıldı.", "tr",
     [("2019", "2019"), ("aynı yıl", "2019")]),
    ("В 2017 году подписали контракт, в том же году заплатили аванс.", "ru",
     [("2017 году", "2017"), ("в том же году", "2017")]),
    # Counted from the report's date, not from the date before.
    ("In 2019 it came. Earlier in the month a test was held.", "en",
     [("2019", "2019"), ("Earlier in the month", "2020-10")]),
    # No date before it: "the same day" is the report's own.
    ("Kremlin'den de aynı gün teyit geldi.", "tr", [("aynı gün", "2020-10-23")]),
])
def test_that_month_the_same_year_and_a_month_counted_from_the_report(
        text: str, language: str, expected) -> None:
    assert dates(text, language, "2020-10-23") == expected


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    ("The test was held last autumn.", "en", "2022-09-10", [("last autumn", "2021-09/2021-11")]),
    ("The test was held last autumn.", "en", "2022-12-10", [("last autumn", "2022-09/2022-11")]),
    ("Delivery is due next spring.", "en", "2019-07-10", [("next spring", "2020-03/2020-05")]),
    ("Delivery is due next spring.", "en", "2019-02-10", [("next spring", "2019-03/2019-05")]),
    ("Uçak bu sabah indi.", "tr", "2019-07-12", [("bu sabah", "2019-07-12")]),
    # A stretch before it is no day to count from: the day before that is.
    ("On July 12 it came; delivery is due next spring, a day earlier it was paid.", "en",
     "2019-07-20", [("July 12", "2019-07-12"), ("next spring", "2020-03/2020-05"),
                    ("a day earlier", "2019-07-11")]),
])
def test_a_season_counted_from_the_report_and_this_morning(text, language, published,
                                                           expected) -> None:
    assert dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Delivery is due in the first quarter of 2020.", "en",
     [("the first quarter of 2020", "2020-01/2020-03")]),
    ("Поставки начнутся в четвёртом квартале 2020 года.", "ru",
     [("в четвёртом квартале 2020 года", "2020-10/2020-12")]),
    ("Teslimat 2020'nin üçüncü çeyreğinde.", "tr",
     [("2020'nin üçüncü çeyreğinde", "2020-07/2020-09")]),
    ("They met on September 12. Later in the day the deal was signed.", "en",
     [("September 12", "2019-09-12"), ("Later in the day", "2019-09-12")]),
    ("The planes landed this morning.", "en", [("this morning", "2019-09-20")]),
])
def test_a_quarter_later_in_the_day_and_this_morning(text: str, language: str, expected) -> None:
    assert dates(text, language, "2019-09-20") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Накануне глава МИД заявил об этом.", "ru", [("Накануне", "2021-08-24")]),
    ("Это было накануне выборов.", "ru", []),
    # Ahead, "через неделю" counts from the report's day, not the date before.
    ("Вчера прошла встреча. Следующая встреча пройдёт через неделю.", "ru",
     [("Вчера", "2021-08-24"), ("через неделю", "2021-09-01")]),
    ("The next fall in prices came in July 2019; that month after month it grew.", "en",
     [("July 2019", "2019-07")]),
])
def test_the_edges_of_counted_dates(text: str, language: str, expected) -> None:
    assert dates(text, language, "2021-08-25") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A word of the future in the sentence before is not this one's (25 Aug 2021: a Wednesday).
    ("Встреча будет. В среду Путин выступил.", "ru", [("В среду", "2021-08-25")]),
    ("Görüşme yapılacak. Salı günü Erdoğan konuştu.", "tr", [("Salı günü", "2021-08-24")]),
    ("Talks will resume. On Monday Erdogan spoke.", "en", [("Monday", "2021-08-23")]),
    # Nor one more than a clause's length before it.
    ("Turkey will " + "keep talking about the deal and " * 12 + "said so on Monday.", "en",
     [("Monday", "2021-08-23")]),
    # A future after the date's sentence is another's.
    ("В среду Путин выступил. Встреча будет.", "ru", [("В среду", "2021-08-25")]),
])
def test_a_future_counts_only_in_the_dates_own_sentence(text, language, expected) -> None:
    assert dates(text, language, "2021-08-25") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A future participle of the date's own clause, whatever verb ends the sentence.
    ("Kararın ocak ayında göreve başlayacak yönetimle ilişkileri zorlaştırdığı konuşuluyor.",
     [("ocak", "2021-01")]),
    ("Heyetin şubatta Ankara'ya gelecek olması tartışıldı.", [("şubat", "2021-02")]),
    # "Until" a day: the day to come.
    ("Ankara'ya 31 Ocak'a kadar süre verildi.", [("31 Ocak", "2021-01-31")]),
    # Without either, the month gone by.
    ("Ocak ayında göreve başlayan yönetim konuştu.", [("Ocak", "2020-01")]),
    ("31 Ocak'ta süre doldu.", [("31 Ocak", "2020-01-31")]),
    # A year before its month, with no "yılı" between.
    ("Sistem 2020 Nisan'ında faaliyete geçecek.", [("2020 Nisan'ında", "2020-04")]),
    ("2019 Temmuz ayında geldi.", [("2019 Temmuz ayında", "2019-07")]),
])
def test_a_turkish_month_to_come_by_the_words_right_after_it(text, expected) -> None:
    assert dates(text, "tr", "2020-12-15") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plan told in the past, after the date: the report's year (7 June 2019).
    ("Teslimatın temmuz ayında yapılmasının planlandığını açıklamıştı.", [("temmuz", "2019-07")]),
    ("Teslimat Temmuz'da bekleniyordu.", [("Temmuz", "2019-07")]),
    ("Eylül ayında yapılması öngörülen tatbikat ertelendi.", [("Eylül", "2019-09")]),
    # Told with no plan, the month gone by.
    ("Teslimatın temmuz ayında yapıldığını açıklamıştı.", [("temmuz", "2018-07")]),
])
def test_a_turkish_plan_told_in_the_past_is_in_the_reports_year(text, expected) -> None:
    assert dates(text, "tr", "2019-06-07") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # In English a year after a capitalised word inside its sentence is the name's.
    ("for the Slavic Shield 2019 exercise", "en", []),
    # Not after a month or a weekday, a feast, or a sentence's first word.
    ("in July 2019 and", "en", [("July 2019", "2019-07")]),
    ("In 2015, Ankara signed.", "en", [("2015", "2015")]),
    ("They met. In 2015, Ankara signed.", "en", [("2015", "2015")]),
    ("the deal signed at Christmas 2017 held", "en", [("2017", "2017")]),
    ("the talks of Monday 2019 ended", "en", [("Monday", "2021-08-23"), ("2019", "2019")]),
    # Turkish puts its subject, uninflected, right before a year.
    ("Açıklamaya göre Türkiye 2019 sonunda teslim aldı.", "tr", [("2019", "2019")]),
    ("Bakan Akar 2019'da teslim aldıklarını söyledi.", "tr", [("2019", "2019")]),
])
def test_a_year_in_a_name_is_no_date(text: str, language: str, expected) -> None:
    assert dates(text, language, "2021-08-25") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # The months of one year a range spans.
    ("deliveries in July-September 2019 ended", "en", [("July-September 2019", "2019-07/2019-09")]),
    ("between July and September 2019 the", "en",
     [("between July and September 2019", "2019-07/2019-09")]),
    ("Temmuz-Eylül 2019 döneminde", "tr", [("Temmuz-Eylül 2019", "2019-07/2019-09")]),
    ("в июле-сентябре 2019 года", "ru", [("в июле-сентябре 2019 года", "2019-07/2019-09")]),
    # "and" alone lists two months; a range across the new year does not say which year.
    ("in July and September 2019 the", "en", [("July", "2019-07"), ("September 2019", "2019-09")]),
    ("in December-January 2019 the", "en", []),
])
def test_a_range_of_months_with_its_year(text: str, language: str, expected) -> None:
    assert dates(text, language, "2020-04-22") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A future participle of another clause, past a participle or a subject, is not the date's.
    ("Ocak ayında yapılan toplantıda alınacak önlemler konuşuldu.", "2020-12-15",
     [("Ocak", "2020-01")]),
    ("Mart ayında Erdoğan sistemin kullanılacağını açıkladı.", "2020-12-15", [("Mart", "2020-03")]),
    ("Mart ayında yiyecek yardımı gönderildi.", "2020-12-15", [("Mart", "2020-03")]),
    ("Temmuz ayının ilk yarısında Türkiye'ye gelmeye başlayacağını açıkladı.", "2019-06-30",
     [("Temmuz ayının ilk yarısında", "2019-07-01/2019-07-15")]),
    # "kadar" of a deadline only: "31 Mart'a kadar … teslim edildi" is told of the past.
    ("31 Mart'a kadar iki batarya teslim edildi.", "2020-12-15", [("31 Mart", "2020-03-31")]),
    # Than expected, not planned, unforeseeable: no plan.
    ("Kasım ayında yapılan teslimat beklenenden hızlı oldu.", "2019-06-07", [("Kasım", "2018-11")]),
    ("Ekim'de yaşanan krizin planlanmadığı ortaya çıktı.", "2019-06-07", [("Ekim", "2018-10")]),
])
def test_turkish_words_after_a_month_that_do_not_put_it_ahead(text, published, expected) -> None:
    assert dates(text, "tr", published) == expected


def test_a_move_from_one_month_to_another_is_two_dates() -> None:
    assert dates("The delivery was moved from July to September 2019.", "en", "2020-04-22") == \
        [("July", "2019-07"), ("September 2019", "2019-09")]


def test_a_turkish_future_participle_right_before_its_month() -> None:
    text = "Yeni yönetimin göreve başlayacağı ocak ayında yeni bir sayfa açılabilir."
    assert dates(text, "tr", "2020-12-15") == [("ocak", "2021-01")]
    assert dates("Yönetimin göreve başladığı ocak ayında", "tr", "2020-12-15") == \
        [("ocak", "2020-01")]
