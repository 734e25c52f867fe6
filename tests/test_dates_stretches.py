"""Halves of a year, a day named just ahead, "the same day" after a month
and "the end of the month" after one: dates as the reports of holdout15
wrote them, in our own words."""

import pytest

from .lang_kit import dates


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("They hope to sign in the first half of 2020.", "en",
     [("the first half of 2020", "2020-01/2020-06")]),
    ("Delivery is planned for the second half of next year.", "en",
     [("the second half of next year", "2020-07/2020-12")]),
    ("In the first half of the year talks stalled.", "en",
     [("the first half of the year", "2019-01/2019-06")]),
    ("Teslimat 2020'nin ilk yarısında başlayacak.", "tr",
     [("2020'nin ilk yarısında", "2020-01/2020-06")]),
    ("2019 yılının ikinci yarısında görüşmeler sürdü.", "tr",
     [("2019 yılının ikinci yarısında", "2019-07/2019-12")]),
    ("Anlaşma gelecek yılın ilk yarısında imzalanabilir.", "tr",
     [("gelecek yılın ilk yarısında", "2020-01/2020-06")]),
    ("Контракт подпишут в первой половине следующего года.", "ru",
     [("в первой половине следующего года", "2020-01/2020-06")]),
    ("Во втором полугодии 2019 года поставки завершились.", "ru",
     [("Во втором полугодии 2019 года", "2019-07/2019-12")]),
    # A half-year alone is the latest begun; spoken of as to come, the next.
    ("В первом полугодии выручка выросла.", "ru", [("В первом полугодии", "2019-01/2019-06")]),
    ("«Рассчитываем выйти на подписание в первом полугодии», — сказал он.", "ru",
     [("в первом полугодии", "2020-01/2020-06")]),
    # A half of something else is no date.
    ("Maçın ilk yarısında gol yok.", "tr", []),
    ("Son iki yılın ilk yarısında büyüme yavaşladı.", "tr", []),
    ("2020'de ilk yarısı teslim edildi.", "tr", [("2020", "2020")]),
    ("В первой половине дня прошли встречи.", "ru", []),
    ("В первой половине 1990-х годов и во второй половине 20 века.", "ru",
     [("1990-х годов", "1990/1999")]),
    ("Встреча пройдёт в первой половине следующего месяца.", "ru", []),
    ("The first half of the match was dull.", "en", []),
])
def test_a_half_of_a_year_is_the_six_months_it_spans(text: str, language: str, expected) -> None:
    assert dates(text, language, "2019-11-18") == expected


def test_a_half_year_to_come_may_be_the_one_running_and_names_its_year() -> None:
    # In June the first half has not ended: it is the one to come.
    assert dates("«Рассчитываем подписать в первом полугодии», — сказал он.", "ru",
                 "2019-06-10") == [("в первом полугодии", "2019-01/2019-06")]
    assert dates("In the first half of 2018 talks began; later that year a deal came.", "en",
                 "2019-11-18") == [("the first half of 2018", "2018-01/2018-06"),
                                   ("later that year", "2018")]


def test_a_russian_plan_puts_its_weekday_ahead() -> None:
    # 18 November 2019 was a Monday: "рассчитывают" (count on) is a plan, so the next Wednesday.
    assert dates("Стороны рассчитывают подписать документ в среду.", "ru", "2019-11-18") == [
        ("в среду", "2019-11-20")]
    assert dates("Стороны рассчитывали подписать документ в среду.", "ru", "2019-11-18") == [
        ("в среду", "2019-11-13")]
    # Only a plan before the date: after it, another clause's.
    assert dates("В понедельник стороны подписали контракт, и Анкара рассчитывает на поставки.",
                 "ru", "2019-11-19") == [("В понедельник", "2019-11-18")]


@pytest.mark.parametrize(("text", "expected"), [
    # A day within a month after the report's, without its year, is the one to come.
    ("Americans vote on November 3.", [("November 3", "2020-11-03")]),
    ("The deal was signed on November 30.", [("November 30", "2019-11-30")]),
    ("It was announced on October 2.", [("October 2", "2020-10-02")]),
])
def test_a_day_just_ahead_is_this_years(text: str, expected) -> None:
    assert dates(text, "en", "2020-10-24") == expected


def test_a_day_just_ahead_that_is_no_date_this_year() -> None:
    assert dates("The talks ended on February 29.", "en", "2020-06-15") == [
        ("February 29", "2020-02-29")]


def test_a_day_just_ahead_across_the_new_year() -> None:
    assert dates("Talks resume on January 5.", "en", "2020-12-30") == [
        ("January 5", "2021-01-05")]
    assert dates("Talks resumed on December 5.", "en", "2021-01-10") == [
        ("December 5", "2020-12-05")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # "The same day" needs a day: past a month named in another paragraph, the story's first.
    ("Çavuşoğlu dün konuştu.\n\nAralık 2018'de onaylanan satış kabul edilemez.\n\nPence de "
     "aynı gün konuştu.", "tr", [("dün", "2019-04-03"), ("Aralık 2018", "2018-12"),
                                 ("aynı gün", "2019-04-03")]),
    ("Jets flew on April 1. Parts arrived on March 12.\n\nAkar spoke earlier this month.\n\n"
     "Washington replied the same day.", "en",
     [("April 1", "2019-04-01"), ("March 12", "2019-03-12"),
      ("this month", "2019-04"), ("the same day", "2019-04-01")]),
    # A date without a day and none before it, or in its own sentence: which day is not said.
    ("In 2017 Turkey signed the deal. The same day Washington protested.", "en",
     [("2017", "2017")]),
    ("Jets flew on April 1.\n\nIn March, Akar visited Moscow; the same day Putin spoke.", "en",
     [("April 1", "2019-04-01"), ("March", "2019-03")]),
    # With no date before it, "the next day" is no day; after a month in its own
    # paragraph, it is the month's: not said.
    ("The next day he flew to Sochi.", "en", []),
    ("In March they met; the next day they left.", "en", [("March", "2019-03")]),
    ("On April 1 jets flew. In March Akar visited Moscow. The next day Putin spoke.", "en",
     [("April 1", "2019-04-01"), ("March", "2019-03")]),
    ("On April 1 jets flew.\n\nIt was first asked for in March 2018.\n\nAn official spoke "
     "the next day.", "en", [("April 1", "2019-04-01"), ("March 2018", "2018-03"),
                             ("the next day", "2019-04-02")]),
])
def test_the_same_day_after_a_month(text: str, language: str, expected) -> None:
    assert dates(text, language, "2019-04-04") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Talks dragged on. The deal was signed in March and paid by the end of the month.", "en",
     [("March", "2019-03"), ("end of the month", "2019-03")]),
    # A year is no month to be the end of.
    ("It came in 2018 and was paid by the end of the month.", "en",
     [("2018", "2018"), ("end of the month", "2019-07")]),
    # In a sentence of its own, or counted ("this month"), it is the report's.
    ("The deal was signed in March. The payment is due by the end of the month.", "en",
     [("March", "2019-03"), ("end of the month", "2019-07")]),
    ("Anlaşma Mart'ta imzalandı ve ödeme ayın sonunda yapıldı.", "tr",
     [("Mart", "2019-03"), ("ayın sonunda", "2019-03")]),
    ("Контракт подписали в марте, а аванс перевели в конце месяца.", "ru",
     [("в марте", "2019-03"), ("в конце месяца", "2019-03")]),
    ("Контракт подписали в марте, а аванс переведут в конце этого месяца.", "ru",
     [("в марте", "2019-03"), ("в конце этого месяца", "2019-07")]),
    # Not after a month counted ("last month"), a month of another sentence, or in a future.
    ("Talks began last month and a deal is expected by the end of the month.", "en",
     [("last month", "2019-06"), ("end of the month", "2019-07")]),
    ("It was signed in March. In the first half of 2020 deliveries start, and payment is "
     "made by the end of the month.", "en",
     [("March", "2019-03"), ("the first half of 2020", "2020-01/2020-06"),
      ("end of the month", "2019-07")]),
    ("It was signed in March 2017 and will arrive by the end of the month.", "en",
     [("March 2017", "2017-03"), ("end of the month", "2019-07")]),
])
def test_the_end_of_the_month_after_a_month_its_sentence_named(text, language, expected) -> None:
    assert dates(text, language, "2019-07-17") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("They will arrive in the first half of July.", "en",
     [("the first half of July", "2019-07-01/2019-07-15")]),
    ("Talks ran through the second half of February 2020.", "en",
     [("the second half of February 2020", "2020-02-16/2020-02-29")]),
    ("Sistemler Temmuz ayının ilk yarısında gelecek.", "tr",
     [("Temmuz ayının ilk yarısında", "2019-07-01/2019-07-15")]),
    ("Görüşmeler Eylül'ün ikinci yarısında yapıldı.", "tr",
     [("Eylül'ün ikinci yarısında", "2018-09-16/2018-09-30")]),
    ("Переговоры прошли во второй половине марта 2019 года.", "ru",
     [("во второй половине марта 2019 года", "2019-03-16/2019-03-31")]),
    # "The first half of July 2019" then "later that year": it named its year.
    ("In the first half of July 2018 talks began; later that year they ended.", "en",
     [("the first half of July 2018", "2018-07-01/2018-07-15"), ("later that year", "2018")]),
])
def test_a_half_of_a_month_is_its_days(text: str, language: str, expected) -> None:
    assert dates(text, language, "2019-06-30") == expected


def test_a_month_to_come_in_the_reports_own_month_is_this_years() -> None:
    # On 12 July, "in July" to come is this July, not next.
    assert dates("The talks will be held in July.", "en", "2019-07-12") == [("July", "2019-07")]


def test_later_that_month_after_a_year_is_the_month_named_before_it() -> None:
    text = ("Turkey took delivery in July 2019 under a deal signed in 2017. Washington "
            "suspended Ankara later that month.")
    assert dates(text, "en", "2020-10-23") == [
        ("July 2019", "2019-07"), ("2017", "2017"), ("later that month", "2019-07")]
    # With no month named before it: no date.
    assert dates("A deal was signed in 2017. Later that month it was paid.", "en",
                 "2020-10-23") == [("2017", "2017")]


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # 12 July 2019 was a Friday: the days of its week before it, and after it.
    ("Officials said earlier this week that talks resume later this week.", "en", "2019-07-12",
     [("earlier this week", "2019-07-08/2019-07-11"),
      ("later this week", "2019-07-13/2019-07-14")]),
    ("They met earlier in the week.", "en", "2019-07-12",
     [("earlier in the week", "2019-07-08/2019-07-11")]),
    # On a Monday nothing came earlier in the week: no date.
    ("They met earlier this week.", "en", "2019-07-08", []),
    ("He was injured in the fall from the roof.", "en", "2019-07-12", []),
    ("Он обратился к Марте Ивановой.", "ru", "2019-07-12", []),
    ("Deliveries began in the spring, and a deal was signed in July, 2019.", "en", "2019-07-12",
     [("in the spring", "2019-03/2019-05"), ("July, 2019", "2019-07")]),
    ("Talks began in the fall of 2018, in the fall of Kabul's government.", "en", "2019-07-12",
     [("fall of 2018", "2018-09/2018-11")]),
    ("Систему развернут к апрелю 2020 года; до марта решений не будет.", "ru", "2019-07-12",
     [("к апрелю 2020 года", "2020-04"), ("до марта", "2020-03")]),  # "не будет": to come
])
def test_a_part_of_the_week_a_season_in_english_and_russian_months_by_and_until(
        text, language, published, expected) -> None:
    assert dates(text, language, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A count of days after a month in another paragraph: from the story's day (a Wednesday).
    ("Turkey signed the deal on Wednesday.\n\nThe first units come in March 2020.\n\n"
     "Demir confirmed it a day later.", "2017-12-29",
     [("Wednesday", "2017-12-27"), ("March 2020", "2020-03"), ("a day later", "2017-12-28")]),
    ("Turkey signed the deal on Wednesday.\n\nThe first units come in March 2020.\n\n"
     "Putin had urged it two days earlier.", "2017-12-29",
     [("Wednesday", "2017-12-27"), ("March 2020", "2020-03"), ("two days earlier", "2017-12-25")]),
    # "a day after X", "a week before X": the day of X, from its sentence's date.
    ("Ankara said on Tuesday it would not yield, a day after Washington imposed sanctions.",
     "2020-12-15", [("Tuesday", "2020-12-15"), ("a day after", "2020-12-14")]),
    ("Ankara tested the radar on Tuesday, a week before the vote.", "2020-10-20",
     [("Tuesday", "2020-10-20"), ("a week before", "2020-10-27")]),
    # Not from another sentence's date, nor a count given as a bound.
    ("The vote was on Tuesday. A day after the vote, Ankara spoke.", "2020-10-20",
     [("Tuesday", "2020-10-20")]),
    ("Ankara spoke on Tuesday, less than a week after the vote and nearly 18 months after "
     "the deal.", "2020-10-20", [("Tuesday", "2020-10-20")]),
])
def test_a_count_of_days_after_a_date_or_before_what_follows(text, published, expected) -> None:
    assert dates(text, "en", published) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Ahead, a count goes from the report's day (25 Aug 2021, a Wednesday).
    ("Следующая встреча пройдёт через неделю.", "ru", [("через неделю", "2021-09-01")]),
    ("Anlaşma Mart ayında imzalandı. Toplantı iki hafta sonra yapılacak.", "tr",
     [("Mart", "2021-03"), ("iki hafta sonra", "2021-09-08")]),
    # "a day after X" from its own sentence's date, ahead too; only set off, with its X.
    ("The talks will begin on Monday, a day after the election.", "en",
     [("Monday", "2021-08-30"), ("a day after", "2021-08-29")]),
    ("Turkey tested the system on Monday, and the US responded a day after.", "en",
     [("Monday", "2021-08-23")]),
    ("Akar said on Tuesday that the battery came a week after the contract was signed.", "en",
     [("Tuesday", "2021-08-24")]),
    # "A week later" after a month gone by: a week after a day no one gave.
    ("Talks opened on Monday.\n\nThe deal was signed in March.\n\nA week later, Turkey paid.",
     "en", [("Monday", "2021-08-23"), ("March", "2021-03")]),
    ("It came at least a week after the vote, within two days after the deal.", "en", []),
    ("Turkey paid on Monday. About two weeks later, the first parts came.", "en",
     [("Monday", "2021-08-23")]),
    ("Turkey tested it on Monday and answered the US, a week before.", "en",
     [("Monday", "2021-08-23")]),
    ("The vote was on Monday. Ankara said it would not yield, a day after the vote.", "en",
     [("Monday", "2021-08-23")]),
    # Not a future: a negated modal, "due to" a cause; a plan told in the past is this year's.
    ("The Pentagon would not comment on Monday.", "en", [("Monday", "2021-08-23")]),
    ("The delay was due to a fault in March.", "en", [("March", "2021-03")]),
    ("The delay is due to a fault in March.", "en", [("March", "2021-03")]),
    ("The talks were due to resume in March, but were postponed.", "en",
     [("March", "2021-03")]),
    ("The ministry prepared to sign the contract on Monday.", "en", [("Monday", "2021-08-23")]),
    ("The ministry prepared to sign the contract on Friday.", "en", [("Friday", "2021-08-27")]),
    ("The ministry prepared to sign the contract on Sunday.", "en", [("Sunday", "2021-08-29")]),
    # A verb in -eed is no participle; one a few words before the date, or irregular, is.
    ("The talks will proceed on Monday.", "en", [("Monday", "2021-08-30")]),
    ("Turkey will honour the contract signed with Moscow in December.", "en",
     [("December", "2020-12")]),
    ("Turkey will study the deal struck in December.", "en", [("December", "2020-12")]),
    # A Turkish day in a genitive year's month; a season in the dative.
    ("Uçak 2015 yılının 24 Kasım'ında düşürüldü.", "tr",
     [("2015 yılının 24 Kasım'ında", "2015-11-24")]),
    ("Geçen yaza kadar sürdü.", "tr", [("Geçen yaza", "2020-06/2020-08")]),
    # A day of a month of a year counted from the report's.
    ("Then, on December 14 last year, the US acted.", "en",
     [("December 14 last year", "2020-12-14")]),
    ("On 3 March next year the talks resume.", "en", [("3 March next year", "2022-03-03")]),
    # A clause set against the date's keeps its own future ("а … ожидается").
    ("Стороны согласовали параметры в ноябре, а подписание ожидается в ближайшие дни.", "ru",
     [("в ноябре", "2020-11")]),
])
def test_review_counts_plans_and_clauses(text, language, expected) -> None:
    assert dates(text, language, "2021-08-25") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the same day" and "the next day" after a month to come: from the story's day.
    ("Turkey paid on Monday.\n\nDelivery is due in March 2022.\n\nThe same day, Russia spoke.",
     [("Monday", "2021-08-23"), ("March 2022", "2022-03"), ("The same day", "2021-08-23")]),
    ("Turkey paid on Monday.\n\nDelivery is due in March 2022.\n\nThe next day, Russia spoke.",
     [("Monday", "2021-08-23"), ("March 2022", "2022-03"), ("The next day", "2021-08-24")]),
    # With no date before, "the same day" is the report's; "the next day" is none.
    ("The same day, Russia spoke.", [("The same day", "2021-08-25")]),
    ("The next day, Russia spoke.", []),
    ("Two weeks later, Russia spoke.", []),
])
def test_the_same_and_the_next_day_after_a_month_or_nothing(text, expected) -> None:
    assert dates(text, "en", "2021-08-25") == expected
