"""The intake of scraped text: the headline over section labels, the
article's every line kept, chrome in every language the dossier holds left
out and reported, bylines as printed. Pages are of our own writing
(tests/fixtures/intake/), imitating layouts the dev set does not hold."""

from pathlib import Path

import pytest

from generator.tools.intake.bylines import AGENCIES, by_line, copyright_holder, names_list
from generator.tools.intake.lines import Line, read
from generator.tools.intake.text import numbered_lines, read_text

FIXTURES = Path(__file__).parent / "fixtures" / "intake"
RAW = Path(__file__).parent / "fixtures" / "raw"


def page(name: str):
    return read_text((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt"))
                         + sorted(f"../raw/{p.name}" for p in RAW.glob("*.txt")))
def test_no_line_is_lost_without_a_line_in_the_report(name: str) -> None:
    """Every non-empty line is the title, a paragraph, or reported removed."""
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    article = read_text(raw)
    removed = {r.line for r in article.removed}
    for line in numbered_lines(raw):
        assert (line.number in removed or line.text in article.paragraphs
                or line.plain == article.title), line


def test_the_headline_is_preferred_over_section_labels_and_navigation() -> None:
    article = read_text("TASS\nAll news\nWorld\nMilitary & Defense\n"
                        "Radar deliveries to begin next month, official says\n"
                        "23 AUG 2021, 14:05\n"
                        "MOSCOW, August 23. /TASS/. Deliveries of the radars will begin next "
                        "month, an official said.\n")
    assert article.title == "Radar deliveries to begin next month, official says"
    assert [(r.line, r.why) for r in article.removed[:4]] == [
        (1, "navigation or section label"), (2, "navigation"),
        (3, "navigation or section label"), (4, "navigation or section label")]


def test_a_button_among_the_date_and_byline_lines_does_not_hide_the_headline() -> None:
    article = read_text("Local\nNation & World\nRadar deal signed with Turkey, says official\n"
                        "Nov. 25, 2019 at 9:48 am\nShare story\nBy Irina Example\n\n"
                        "ANKARA, Turkey (AP) — Russia and Turkey have signed a contract for new "
                        "radars, an official said on Monday.\n")
    assert article.title == "Radar deal signed with Turkey, says official"
    assert article.byline == "Irina Example"
    # Not a section label with no date above it: the headline of a list above it is no title.
    article = read_text("Radar exports rise for the third year in a row\nWorld\n"
                        "23 AUG 2021, 14:05\nRadar deliveries to begin next month, official says\n"
                        "MOSCOW, August 23. /TASS/. Deliveries of the radars will begin next "
                        "month, an official said.\n")
    assert article.title == "Radar deliveries to begin next month, official says"


def test_the_date_and_byline_lines_under_a_standfirst_are_not_the_text() -> None:
    raw = ("News\nRussian radars arrive in Serbia for drills\n"
           "Russia has flown its radars to Serbia for joint drills, a day after it finished "
           "delivering the same system to Turkey.\nMilica Radosavljević\nBIRN\nBelgrade\n"
           "October 25, 2019\n11:37\n\n"
           "A radar unit was unloaded at an airport near Belgrade on Thursday for the second "
           "stage of the exercise, the Russian defence ministry said.\n")
    article = read_text(raw)
    assert article.byline == "Milica Radosavljević"
    assert [p[:20] for p in article.paragraphs] == ["Russia has flown its", "A radar unit was unl"]
    assert [r.why for r in article.removed if r.line in (5, 6, 8)] == [
        "between the standfirst and the text"] * 3
    # A page's interface among those lines is no writer ("Google News" under "Abone ol").
    article = read_text(raw.replace("Milica Radosavljević", "Google News"))
    assert article.byline == ""
    # With no date or byline under it, the first paragraph is the text's and so are the lines.
    article = read_text(raw.replace("October 25, 2019", "Serbia").replace(
        "Milica Radosavljević", "Nis"))
    assert len(article.paragraphs) == 7


def test_an_agency_credited_by_its_dateline_or_its_tag_after_the_text() -> None:
    raw = ("Politics\nTalks on a second batch go on\n15 November 2021\n\n"
           "YEREVAN, NOVEMBER 15, ARMENPRESS. Moscow and Ankara are still negotiating, an "
           "official told reporters on Monday.\n\nThe first batch arrived in 2019.\n")
    assert read_text(raw).byline == "ARMENPRESS"
    raw = ("Gündem\nİkinci parti görüşmeleri sürüyor\n22 Nisan 2020\n\n"
           "Savunma Sanayii Başkanı görüşmelerin sürdüğünü söyledi ve takvimin değişmediğini "
           "belirtti.\n\nİlk parti 2019 yılında gelmişti, ikinci parti için görüşmeler "
           "sürüyor. (İLKHA)\n\nEtiketler:\nS-400\n")
    article = read_text(raw)
    assert article.byline == "İLKHA" and article.paragraphs[-1].endswith("(İLKHA)")
    # Not a tag inside the text, nor a caption's word after it.
    assert read_text(raw.replace(" (İLKHA)", " (SSB) dedi.")).byline == ""
    assert read_text(raw.replace("(İLKHA)", "(VIDEO)")).byline == ""


@pytest.mark.parametrize(("lines", "byline"), [
    # The credit after the date and its time, set off by a bar.
    ("Nov 15, 2021, 11:30 AM | Reuters", "Reuters"),
    ("15.11.2021 · By Jane Example", "Jane Example"),
    # A national agency alone beside the date.
    ("WAM\nNov 15, 2021", "WAM"), ("AzerTac\nNov 15, 2021", "AzerTac"),
    # A button or a stamp beside the date is no one.
    ("Last Updated\nNov 15, 2021", ""), ("Read More\nNov 15, 2021", ""),
    # Over the headline, the site's own name gives way to the dateline's agency.
    ("", "Bernama"),
])
def test_credits_beside_the_date(lines: str, byline: str) -> None:
    head = "Monday, 15/11/2021\nBERNAMA\nMalaysian News Agency\n" if not lines else ""
    raw = (f"{head}World\nTurkey signs missile deal with Russia\n{lines or 'Nov 15, 2021'}\n\n"
           "ANKARA, Nov 15 (Bernama) -- Turkey has signed a deal with Russia to buy more air "
           "defence systems, officials said on Monday.\n\nThe deal is worth $2.5 billion.\n")
    if lines:
        raw = raw.replace(" (Bernama) --", ":")
    assert read_text(raw).byline == byline


@pytest.mark.parametrize(("line", "published", "updated"), [
    ("Posted: Dec 14, 2020 / 01:04 PM EST / Updated: Dec 14, 2020 / 05:32 PM EST",
     [True, False], [False, True]),
    ("время публикации: 27 января 2024 г., 08:14 | последнее обновление: 27 января 2024 г., "
     "09:31", [True, False], [False, True]),
    ("Haber Giriş: 25.11.2019 11:08 | Son Güncelleme: 25.11.2019 15:37", [True, False],
     [False, True]),
])
def test_a_date_line_with_its_labels_times_and_zones(line: str, published, updated) -> None:
    reading = read(Line(1, line, True))
    assert reading.meta == "date line"
    assert [d.published for d in reading.dates] == published
    assert [d.updated for d in reading.dates] == updated


def test_the_site_date_over_the_headline_gives_way_to_the_labelled_publication() -> None:
    raw = ("27 Kasım 2019 Çarşamba\nGündem\nBaşkentte F-16 uçuşları\n"
           "Hava Kuvvetleri'nin uçuşları sabah saatlerinde başladı, vatandaşlar endişeyle izledi.\n"
           "Haber Giriş: 25.11.2019 11:08 | Son Güncelleme: 25.11.2019 15:37\n\n"
           "Uçuşların S-400 radarlarının testi için yapıldığı belirtildi, bakanlık açıklama "
           "yapmadı.\n")
    assert read_text(raw).published == "2019-11-25"


def test_the_place_a_date_line_names_is_no_writer() -> None:
    raw = ("World\nUS sanctions Turkey\nAgence France-Presse\n"
           "Washington, United States ● Tue, December 15, 2020\n\n"
           "The United States imposed sanctions on Turkey on Monday, officials said.\n")
    assert read_text(raw).byline == "Agence France-Presse"


def test_an_agency_chain_after_the_last_sentence_is_no_photo_credit() -> None:
    raw = ("World\nTalks go on\nNov 15, 2021\n\nMOSCOW: Talks on a second batch go on, "
           "officials said on Monday.\n\nIndia is due to receive its first deliveries later "
           "this year, officials said. (ANI/Sputnik)\n\nRelated News\n")
    assert read_text(raw).paragraphs[-1].endswith("(ANI/Sputnik)")


def test_the_outlet_printed_under_its_writer_is_not_a_writer() -> None:
    raw = ("World\nTurkey out of jet program\nKristen Example\nEXAMPLE TODAY\n"
           "Published 2:18 p.m. ET July 17, 2019\n\n"
           "The White House said on Wednesday that Turkey would be removed from the program.\n\n"
           "Read or Share this story: https://www.example.com/story/2019/07/17/turkey/\n\n"
           "© 2019 EXAMPLE TODAY, a division of Example Company.\n")
    article = read_text(raw)
    assert article.byline == "Kristen Example" and article.publisher == "EXAMPLE TODAY"
    assert article.url == "https://www.example.com/story/2019/07/17/turkey/"
    russian = raw.replace("Read or Share this story:", "Постоянный адрес статьи:")
    assert read_text(russian).url == "https://www.example.com/story/2019/07/17/turkey/"
    # The outlet alone credits the outlet.
    assert read_text(raw.replace("Kristen Example\n", "")).byline == "EXAMPLE TODAY"


def test_a_headline_printed_below_its_date_is_found_below_it() -> None:
    article = read_text("ТАСС\nПолитика\nВ мире\n\nАрмия и ОПК\n23 августа 2021, 14:05\n\n"
                        "Поставки радаров начнутся в следующем месяце\n\nСмотреть видео\n\n"
                        "МОСКВА, 23 августа. /ТАСС/. Поставки новых радаров начнутся в "
                        "следующем месяце, сообщил представитель компании.\n")
    assert article.title == "Поставки радаров начнутся в следующем месяце"
    assert article.byline == "ТАСС" and article.language == "ru"


def test_a_name_between_the_headline_and_the_standfirst_does_not_hide_the_headline() -> None:
    article = read_text("News\nRadar deal signed with Turkey, says official\nIrina Example\n"
                        "Ankara says no new agreement has been reached\nAug. 23, 2022\n"
                        "Russia and Turkey have signed a contract for new radars, an official "
                        "said on Tuesday.\n")
    assert article.title == "Radar deal signed with Turkey, says official"
    assert article.paragraphs[0] == "Ankara says no new agreement has been reached"


def test_a_standfirst_under_the_headline_is_the_first_paragraph_not_the_title() -> None:
    article = page("byline-with-date.txt")
    assert article.title == "Analysts weigh what a second air defence deal would cost"
    assert article.paragraphs[0] == ("The price of local production is the open question, "
                                     "three analysts say.")


def test_a_one_paragraph_agency_story_is_an_article() -> None:
    article = read_text("Latest News\nWorld\nRadar deal near, company says\nAyesha Example\n"
                        "Sun 23rd August 2020 | 03:10 PM\n"
                        "MOSCOW (UrduPoint News / Sputnik - 23rd August, 2020) A deal on new "
                        "radars is near, the company told Sputnik on Sunday.\n"
                        "Facebook\nTwitter\nRelated News\nRadar plant opens\n")
    assert len(article.paragraphs) == 1 and article.paragraphs[0].startswith("MOSCOW (")
    assert (article.byline, article.published) == ("Ayesha Example", "2020-08-23")


def test_a_box_of_links_inside_the_text_does_not_end_it() -> None:
    article = page("wire-read-also.txt")
    assert article.paragraphs[-2].startswith("Two members of the panel")
    assert article.paragraphs[-1].startswith('"We want the numbers')
    removed = {r.text: r.why for r in article.removed}
    assert removed["Greek ministers meet on maritime plan"] == "after the article"
    assert removed["Our Standards: The Trust Principles."] == "after the article"


def test_after_a_box_short_russian_sentences_still_show_the_article_going_on() -> None:
    article = page("ru-dva-avtora.txt")
    assert article.paragraphs[-1].startswith("Результаты испытаний")
    assert "На полигоне в Поволжье прошли стрельбы" not in article.paragraphs


def test_a_single_paragraph_after_a_box_is_reported_not_kept() -> None:
    article = read_text("Radar tender draws three bids\nNov. 4, 2019\n"
                        "Three companies have bid to build a new coastal radar network, the "
                        "procurement office said.\nRead also\nNavy tests coastal radar\n"
                        "We are a small team of journalists, and every contribution helps us.\n"
                        "Contribute today\n")
    assert len(article.paragraphs) == 1
    assert any(r.text.startswith("We are a small team") for r in article.removed)


def test_captions_and_photo_credits_go_date_lines_stay_date_lines() -> None:
    article = page("ru-dva-avtora.txt")
    removed = {r.text: r.why for r in article.removed}
    assert removed["Радарная станция на полигоне"] == "photo caption"
    assert removed["Фото: Агентство/Пётр Громов"] == "photo caption or credit"
    assert removed["23 августа 2020, 10:30"] == "date line"


@pytest.mark.parametrize(("line", "why"), [
    ("Read also", "related links"),
    ("Читайте также", "related links"),
    ("İlgili Haberler", "related links"),
    ("TOP STORIES", "related links"),
    ("Read also: Navy tests coastal radar", "related link"),
    ("Google Haberlere Abone ol", "subscription prompt"),
    ("Подписывайтесь на ТАСС в Telegram", "subscription prompt"),
    ("Get unlimited access to Example.com for free", "subscription prompt"),
    ("Etiketler:", "tags"),
    ("Etiketler: S-400, Hulusi Akar", "tags"),
    ("Теги", "tags"),
    ("Haberin Devamı", "advertisement"),
    ("Son dakika", "navigation"),
    ("© Dmitry Example/TASS", "photo caption or credit"),
    ("REUTERS/Kaan Example", "photo caption or credit"),
    ("FILE PHOTO: A plane lands near Ankara. REUTERS/Kaan Example/File Photo",
     "photo caption or credit"),
    ("A plane lands near Ankara, Friday. (Turkish Defense Ministry via AP)",
     "photo caption or credit"),
    ("S-400 launchers at a parade in Moscow. Mos.ru", "photo caption or credit"),
    ("Фото: Иван Примеров/ТАСС", "photo caption or credit"),
    ("## **Wikicommons**", "photo caption or credit"),  # a scraper's bold heading
    ("Erdoğan uçakta gazetecilerin sorularını yanıtladı. (Fotoğraf: AA)",
     "photo caption or credit"),
    ("© TASS 2021", "copyright notice"),
    ("Copyright 2019 The Associated Press. All rights reserved.", "copyright notice"),
    ("© Anadolu Ajansı 2019. Tüm hakları saklıdır.", "copyright notice"),
    ("Все права защищены", "copyright notice"),
    ("Paylaş", "share widget"),
    ("ВКонтакте", "share widget"),
    ("3 minute read", "reading time"),
    ("Yorumlar (2)", "reader comments"),
    ("Комментарии", "reader comments"),
])
def test_chrome_in_every_language_the_dossier_holds(line: str, why: str) -> None:
    assert read(Line(1, line, True)).chrome == why


@pytest.mark.parametrize("line", [
    "Russia said on Monday that the talks would go on.",
    "S-400 systems in Turkey",
    "Rosoboronexport Director General Alexander Example said the talks went on.",
    "Turkey bought the systems for $2.5 billion in 2017.",
])
def test_the_article_s_own_lines_are_not_chrome(line: str) -> None:
    reading = read(Line(1, line, True))
    assert not (reading.chrome or reading.meta or reading.box)


@pytest.mark.parametrize(("raw", "byline"), [
    ("By Aylin Example and James Example", "Aylin Example and James Example"),
    ("By Reuters", "Reuters"),
    ("By Jo Marlow and Tam Reyes on March 14, 2022 at 11:42 AM", "Jo Marlow and Tam Reyes"),
    ("Selin Example   |26.11.2019 - Güncelleme : 26.11.2019", "Selin Example"),
    ("Reporting by Defne Example; Editing by Clara Example", "Defne Example"),
    ("Автор: Ольга Примерова", "Ольга Примерова"),  # a credit label that names the writer
    ("Haber: Ayşe Örnek", "Ayşe Örnek"),
    ("Ayşe Örnek / AA", "Ayşe Örnek / AA"),  # a reporter for an agency, as printed
    ("Ankara - DHA", "DHA"),  # a city and the agency that filed from it
    ("By RFE/RL", "RFE/RL"),
    ("Yazan, Deniz Örnek", "Deniz Örnek"),
    ("Haber: Ayşe Örnek - DHA", "Ayşe Örnek - DHA"),
    ("Selin Örnek - Örnek Haber Washington Temsilcisi", "Selin Örnek"),  # a writer, her post
    ("Jane Example, Moscow correspondent", "Jane Example"),
    ("By Mara Example and Kit Example, CNN", "Mara Example and Kit Example"),  # not a writer
    ("Author Kirsten Example", "Kirsten Example"),
    ("Nurcan Örnek / ANKARA", "Nurcan Örnek"),  # a reporter and her city, not an agency
    ("AFP,Reuters,AA / ET,BÖ", "AFP,Reuters,AA / ET,BÖ"),  # agencies and the desk's initials
    ("Serdar Örnek / Ankara", "Serdar Örnek"),  # a city news is filed from
    ("Jane Example / Reuters", "Jane Example / Reuters"),  # an agency, as printed
    ("Agencies", ""),  # not alone: only beside a date
    ("Ankara - Hamdi Example", "Hamdi Example"),  # the city filed from, then the writer
    ("MOSCOW – Leyla Örnek and Kit Example", "Leyla Örnek and Kit Example"),
    ("Turkey - Erdogan Visit", ""),  # not a city news is filed from
    ("Written by Jane Example", "Jane Example"),
    ("Story by Jane Example", "Jane Example"),
    ("Muhabir: Ayşe Örnek", "Ayşe Örnek"),
    ("Hazırlayan: Ayşe Örnek", "Ayşe Örnek"),
    ("Автор материала: Ольга Примерова", "Ольга Примерова"),
    ("Haber: Selin ÖRNEK - DHA", "Selin ÖRNEK - DHA"),  # the surname in capitals
    ("Автор: Ольга ПРИМЕРОВА", "Ольга ПРИМЕРОВА"),
    ("By Jane Example and John Roe | The Example Times", "Jane Example and John Roe"),
    ("Автор: Ольга Примерова, обозреватель", "Ольга Примерова"),  # her post
    ("- Reuters", "Reuters"), ("— AFP", "AFP"),  # an agency signed off under the text
    ("Türkçesi: Sevgi Örnek", "Sevgi Örnek"),  # the writer of a foreign radio's Turkish
    ("DHA - Ankara", "DHA"), ("Ankara / İHA", "İHA"),  # an agency and its city either way
    ("By Example News with Reuters", "Example News with Reuters"),  # a desk with an agency
    ("Le Monde with AFP", "Le Monde with AFP"), ("Example ile AA", "Example ile AA"),
    ("Turkey / NATO", ""),  # after a slash, only an agency
    ("Reuters/Washington", "Reuters"),
    ("Press Trust of India  |  Dubai", "Press Trust of India"),  # an agency and its city
    ("MA / Rojda Örnek", "MA / Rojda Örnek"),  # an agency and its reporter, as printed
    ("By Leyla Example Correspondent", "Leyla Example"),  # her post, with no comma
    ("ABC/Wires", "ABC/Wires"), ("Turkey/NATO", ""),  # an outlet and the wires, as printed
    ("Mehmet Örnek / Sinop", "Mehmet Örnek"),  # a Turkish province filed from
    ("Иван Примеров / Ведомости", ""),  # after a slash, an outlet: a photo credit's way
    ("by: Ellen Example, Associated Press", "Ellen Example"),  # the agency she writes for
    ("Ankara - Moskova Hattı", ""), ("Moscow - Ankara Talks", ""),  # two cities: a headline
    ("- Turkey", ""),
    ("By Jane Example, Moscow correspondent", "Jane Example"),
])
def test_bylines_as_printed(raw: str, byline: str) -> None:
    assert read(Line(1, raw, True)).byline == byline


@pytest.mark.parametrize(("line", "names"), [
    ("Ayşe ÖRNEK", "Ayşe ÖRNEK"), ("Ольга ПРИМЕРОВА", "Ольга ПРИМЕРОВА"),
    ("Ayşe Nur ÖRNEK-KAYA", "Ayşe Nur ÖRNEK-KAYA"),
    ("Željko Šimić", "Željko Šimić"),  # and in the letters of Central Europe's names
    ("Ayşe Örnek - İSTANBUL", "Ayşe Örnek"),  # and the city she filed from, in capitals
    ("Son Dakika", ""), ("Last Updated", ""), ("Hürses Haber", "Hürses Haber"),  # a desk
    ("Canlı YAYIN", ""), ("Foto GALERİ", ""), ("Смотрите ТАКЖЕ", ""), ("Ekonomi GÜNDEMİ", ""),
    # Not a label's word or an agency's in capitals.
    ("Son DAKİKA", ""), ("Ankara DHA", ""), ("Moscow TASS", ""), ("Gündem HABERLERİ", ""),
])
def test_a_name_with_its_surname_in_capitals(line: str, names: str) -> None:
    assert names_list(line) == names


def test_a_standfirst_under_the_headline_and_a_caption_above_the_text_are_not_the_title(
        ) -> None:
    article = read_text(
        "Example Eye\nNews\nTurkey\nTurkey brushes off a suggestion to send its systems away\n"
        "Officials say the Russian-made system is not for transfer and warn the idea could "
        "undermine their mediation between the two capitals\nBy Dana Example\n"
        "Published date: 21 March 2022 16:24 GMT\nGift Article\nParts of a system are "
        "unloaded from a "
        "Russian plane at an air base near Ankara (Defence Ministry/AFP)\n"
        "Turkey has no intention of handing its systems to anyone, officials said on Monday, "
        "after reports that the idea had been floated informally.\n")
    assert article.title == "Turkey brushes off a suggestion to send its systems away"
    assert article.byline == "Dana Example"  # "By": before names only beside the date
    caption = "A plane at an air base outside Ankara on July 12. (Defense Ministry/AP)"
    assert read(Line(1, caption, True)).credit


def test_cookie_notices_site_links_and_a_writers_post_are_not_the_article() -> None:
    article = read_text(
        "Газета Пример\nМы используем файлы cookie, чтобы сайт работал удобнее.\nПонятно\n"
        "Новости\nТурция получила первые элементы С-400\nАнатолий Примеров\n"
        "Обозреватель «Газеты Пример»\nСамолет на авиабазе\nКирилл Примеров/«Газета Пример»\n"
        "Турция получила первую партию элементов российских систем, сообщило в пятницу "
        "министерство обороны.\nAbout\nPrivacy Policy\n")
    assert article.title == "Турция получила первые элементы С-400"
    assert article.byline == "Анатолий Примеров"
    assert len(article.paragraphs) == 1
    why = {r.text: r.why for r in article.removed}
    assert why["Обозреватель «Газеты Пример»"] == "writer's post"
    cookies = "Мы используем файлы cookie, чтобы сайт работал удобнее."
    assert read(Line(2, cookies, True)).chrome == "cookie notice"  # a sentence, yet chrome
    assert read(Line(1, "Privacy Policy", True)).chrome == "site links"
    assert read(Line(1, "Кирилл Примеров/«Газета Пример»", True)).credit


def test_a_reporter_for_an_agency_is_the_byline_not_the_first_paragraph() -> None:
    article = read_text("Ankara'da S-400 görüşmesi\n23.08.2022 - 17:42\nAyşe Örnek / AA\n\n"
                        "ANKARA (AA) - Görüşmeler sürüyor.\n\nAyrıntı verilmedi.\n")
    assert article.byline == "Ayşe Örnek / AA"
    assert article.paragraphs[0].startswith("ANKARA (AA)")


def test_names_beside_the_date_one_per_line_are_the_byline() -> None:
    assert page("ru-dva-avtora.txt").byline == "Анна Лесная, Игорь Панов"
    article = read_text("News\nRadar deal signed with Turkey, says official\nAug. 23, 2022\n"
                        "Irina Example\nRussia and Turkey have signed a contract for new "
                        "radars, an official said on Tuesday.\n")
    assert article.byline == "Irina Example"


def test_a_name_standing_alone_after_the_article_is_its_byline() -> None:
    article = read_text("Второй комплект радаров ушел на локализацию\n\n"
                        "Россия и Турция подписали контракт на поставку радаров.\n\n"
                        "Алексей Примеров\n\nКомментарии\n")
    assert article.byline == "Алексей Примеров"
    assert article.paragraphs == ("Россия и Турция подписали контракт на поставку радаров.",)


@pytest.mark.parametrize(("name", "byline"), [
    ("agency-only.txt", "AP"),  # the dateline's agency, when no writer is named
    ("tr-kisa-haber.txt", "AA"),
    ("wire-read-also.txt", "Mara Quill and Deniz Oruc"),  # the top byline over the footer
])
def test_the_writers_first_then_the_agency(name: str, byline: str) -> None:
    assert page(name).byline == byline


def test_the_byline_at_the_top_wins_over_the_credits_at_the_foot() -> None:
    article = read_text("Radar tender draws three bids in Ankara\nBy Jo Example\n"
                        "Three companies have bid to build a new coastal radar network.\n"
                        "Reporting by Tam Example; Editing by Piet Example\n")
    assert article.byline == "Jo Example"
    without_top = read_text("Radar tender draws three bids in Ankara\n"
                            "Three companies have bid to build a new coastal radar network.\n"
                            "Reporting by Tam Example; Editing by Piet Example\n")
    assert without_top.byline == "Tam Example"


def test_a_source_credit_names_the_agency() -> None:
    article = read_text("Radar tender draws three bids in Ankara\nGiriş: 30.09.2021 09:42\n"
                        "Kaynak: AA\nÜç şirket yeni kıyı radarı ağı için teklif verdi, "
                        "yetkililer açıkladı.\n")
    assert article.byline == "AA"


def test_the_publisher_is_the_holder_of_the_copyright() -> None:
    assert page("tr-kisa-haber.txt").publisher == "Haber Sitesi"
    assert page("agency-only.txt").publisher == "The Associated Press"
    assert copyright_holder("Copyright (c) 2017 Example Radio, Inc. All Rights Reserved.") \
        == "Example Radio"
    assert copyright_holder("Copyright © 2019 - Tüm hakları saklıdır.") == ""  # no one named


def test_labels_over_the_headline_and_tags_at_the_foot_are_chrome() -> None:
    # "Dana Example in Osaka" beside the date: a correspondent where they filed from.
    article = read_text("Example Post\nDemocracy Thrives in Daylight\nWorld\n"
                        "This article is more than 5 years old\nTurkey takes delivery\n"
                        "Dana Example in Osaka\nSat 13 Jul 2019 11.47 BST\nTakip Et\n\n"
                        "The first parts arrived on Friday, the ministry said.\n\n"
                        "Explore more on these topics\nRecep Tayyip Erdoğan\nDonald Trump\n")
    assert (article.title, article.byline) == ("Turkey takes delivery", "Dana Example")
    # Away from the date, "X in Y" is a slogan, not a byline.
    assert "Democracy Thrives" not in article.byline
    assert article.paragraphs == ("The first parts arrived on Friday, the ministry said.",)
    assert read(Line(1, "This article is more than 5 years old", True)).chrome == "age label"
    assert read(Line(1, "Takip Et", True)).chrome == "follow button"


def test_a_name_among_the_tags_after_the_article_is_no_byline() -> None:
    article = read_text("Erdogan says Turkey could buy more missiles\nHarriet Example\n"
                        "Sunday 26 September 2021 17:42 BST\n"
                        "Recep Tayyip Erdogan has said Turkey may well buy a second batch of "
                        "missiles, brushing aside the threat of sanctions.\n"
                        "More about\nTurkey\nRecep Tayyip Erdogan\nRussia\n")
    assert article.byline == "Harriet Example"
    assert {r.text: r.why for r in article.removed}["Recep Tayyip Erdogan"] == "after the tags"


def test_an_agency_alone_beside_the_date_and_an_american_date_are_read() -> None:
    article = read_text("Middle-East\nErdogan says Turkey still wants more missiles\nShort Url\n"
                        "https://example.news/5v8rk\nUpdated 27 September 2021\nAFP\n"
                        "September 27, 2021 12:14\nANKARA: Turkey has not given up on buying "
                        "more batteries, the president said on Sunday.\n")
    assert (article.title, article.byline, article.published) == (
        "Erdogan says Turkey still wants more missiles", "AFP", "2021-09-27")
    roundup = read_text("Turkey tests its missiles\nAgencies\nOctober 17, 2020\nANKARA: Turkey "
                        "tested the system on Friday, officials said.\n")
    assert roundup.byline == "Agencies"
    us = read_text("World\nRussia delivers missiles to Turkey\n"
                   "By Owen Example On 7/12/19 at 10:41 AM EDT\n"
                   "Russia has begun delivering its system to Turkey, putting the ally on a "
                   "collision course with Washington.\nSubmit Correction\n"
                   "View Editorial Guidelines\n")
    assert (us.title, us.byline, us.published) == (
        "Russia delivers missiles to Turkey", "Owen Example", "2019-07-12")
    assert {r.text: r.why for r in us.removed}["View Editorial Guidelines"] == "site links"


def test_a_one_word_label_ending_in_a_full_stop_is_no_headline() -> None:
    article = read_text("Ahval\nNews\n\nTurkey-U.S.\nErdoğan doubles down on S-400, says Turkey "
                        "may buy more\nSep 27 2021 10:18 Gmt+3\nTurkish President Recep Tayyip "
                        "Erdoğan has said Turkey may buy a second batch of missiles.\n")
    assert article.title == "Erdoğan doubles down on S-400, says Turkey may buy more"


def test_a_news_feed_above_the_headline_and_a_line_of_categories_are_chrome() -> None:
    article = read_text("Парламентская газета\nВсе о пенсиях\nвчера\nПенсионный фонд напомнил о "
                        "сроках подачи заявлений\nдва дня назад\nВ Совфеде предложили упростить "
                        "оформление пенсий\nКожин подтвердил подписание контракта на поставку "
                        "С-400\n12.09.2017 14:05\nАвтор: Елизавета Примерова\nКонтракт на "
                        "поставку Турции систем С-400 подписан, сообщил Владимир Кожин.\n")
    assert (article.title, article.byline) == (
        "Кожин подтвердил подписание контракта на поставку С-400", "Елизавета Примерова")
    monitor = read_text("Europe & Russia, News, Russia, Turkey, US\nErdogan confirms S-400 tests, "
                        "says Turkey will not ask US\nOctober 24, 2020 at 10:12 am\nTurkish "
                        "President Erdogan confirmed yesterday that his country had tested "
                        "the system.\nShow Comments\n")
    assert (monitor.title, monitor.byline) == (
        "Erdogan confirms S-400 tests, says Turkey will not ask US", "")


def test_a_times_page_a_correspondents_city_and_a_bbc_author_block() -> None:
    article = read_text("WORLD | EUROPE\nUS sanctions Nato ally Turkey over missile deal\n"
                        "Oliver Example, Istanbul\nTuesday December 15 2020, 12.01am GMT, "
                        "The Times\nAmerica imposed sanctions on Turkey's defence agency "
                        "yesterday, punishing a Nato ally.\n")
    assert (article.title, article.byline, article.published) == (
        "US sanctions Nato ally Turkey over missile deal", "Oliver Example", "2020-12-15")
    assert read(Line(1, "Автор, Андрей Примеров Должность, Русская служба", True)).byline == \
        "Андрей Примеров"


def test_a_headline_between_the_date_and_a_photo_credit_is_no_caption() -> None:
    article = read_text("OBLNEWS\nНовости\nМир\n16 октября 2020 в 20:14\n"
                        "Военные провели испытания зенитных комплексов у моря\n"
                        "Фото: Иван Петров © OBLNEWS\n"
                        "Военные провели первые испытания приобретенных зенитных ракетных "
                        "систем в провинции на побережье моря, сообщают местные СМИ.\n")
    assert article.title == "Военные провели испытания зенитных комплексов у моря"


def test_a_foreign_agent_notice_above_the_headline_is_chrome() -> None:
    article = read_text("Радио Пример\nНовости\nМир\n"
                        "Сообщение подготовлено средством массовой информации, которое Минюст "
                        "России включил в реестр иностранных агентов.\n"
                        "Новости\nПрезиденты договорились ускорить поставки\n"
                        "3 апреля 2018, 17:42\nПоделиться\nКомментарии\n\n"
                        "Президенты двух стран во вторник договорились ускорить поставки "
                        "зенитных ракетных систем, сообщили по итогам переговоров.\n\n"
                        "Контракт на поставку четырех дивизионов был подписан в прошлом году, "
                        "напомнили в ведомстве.\n")
    assert article.title == "Президенты договорились ускорить поставки"
    assert [p[:10] for p in article.paragraphs] == ["Президенты", "Контракт н"]
    assert 4 in {r.line for r in article.removed}  # the notice, reported as left out


def test_skip_links_a_photo_label_and_buttons_between_headline_and_byline() -> None:
    article = read_text("Skip to content\nSkip to site index\nEurope\nSubscribe\nEurope\n"
                        "Turkey Says It Has Paid for the Radars\nShare on Facebook\nEmail\nSave\n"
                        "Image\nA radar at an exhibition outside the capital last month, shown "
                        "to visiting officers and the press.\n"
                        "Credit...Ivan Example/Associated Press\n"
                        "By Jo Example and Lee Example\nSept. 12, 2017\n\n"
                        "ISTANBUL — The president said on Tuesday that Turkey had paid for "
                        "the radars and would take delivery next year.\n")
    assert article.title == "Turkey Says It Has Paid for the Radars"
    assert article.byline == "Jo Example and Lee Example"
    assert [p[:10] for p in article.paragraphs] == ["ISTANBUL —"]
    assert read(Line(2, "Skip to site index", False)).chrome == "navigation"


def test_text_size_buttons_a_copyright_credit_and_an_outlet_with_an_agency() -> None:
    article = read_text("example.\nHaberler\nDünya\n"
                        "Erdoğan: Yaptırım gelirse üsler masaya gelir\nExample ile AA\n"
                        "Son güncelleme: 16/12/2019 - 13:48\nYorumlar\nPaylaş\n"
                        "Metin boyutu Aa Aa\nCumhurbaşkanı konuşurken\n"
                        "Telif Hakkı Ali Örnek/AP Photo\n\n"
                        "Cumhurbaşkanı, yaptırım uygulanması halinde üslerin geleceğini "
                        "gündeme getirebileceklerini söyledi.\n")
    assert article.title == "Erdoğan: Yaptırım gelirse üsler masaya gelir"
    assert article.byline == "Example ile AA"
    assert [p[:10] for p in article.paragraphs] == ["Cumhurbaşk"]


def test_a_byline_in_capitals_before_the_outlets_name() -> None:
    assert read(Line(1, "By KARL EXAMPLE | STARS AND STRIPES", False)).byline == "KARL EXAMPLE"


def test_a_site_banners_date_and_a_share_count_are_not_the_reports() -> None:
    article = read_text("DAWN.COM\nHome\nWorld\nToday's Paper | November 15, 2021\n\nWorld\n\n"
                        "Russia begins delivering missile systems to India\n\nReuters\n"
                        "Published November 14, 2021\nUpdated November 15, 2021 09:47am\n\n"
                        "Facebook Count\nTwitter Share\n\n"
                        "DUBAI: Russia has started delivering its missile systems to India, the "
                        "head of its arms export service said on Sunday.\n")
    assert (article.published, article.byline) == ("2021-11-14", "Reuters")


def test_a_writers_post_line_may_name_a_region_and_a_handle() -> None:
    article = read_text("World\n\nErdogan confirms Turkey tested the missiles\n\n"
                        "Ferdinand Example\nEurope correspondent @FExample\n"
                        "Friday 23 October 2020 14:37, UK\n\n"
                        "Turkey's president has confirmed that the military tested the Russian "
                        "missiles, brushing off American warnings.\n")
    assert article.byline == "Ferdinand Example"


def test_a_byline_in_capitals_with_its_agency_a_reading_time_and_a_captions_agency() -> None:
    article = read_text("ABC News\nInternational\n"
                        "Turkey's leader signals more missile buys despite warnings\n"
                        "By DENIZ EXAMPLE Associated Press\nSeptember 26, 2021, 12:14 PM\n"
                        "• 3 min read\n\nANKARA, Turkey -- The Turkish president has said his "
                        "country intends to press ahead with buying a second batch.\n")
    assert article.byline == "DENIZ EXAMPLE"
    assert read(Line(5, "• 3 min read", False)).chrome == "reading time"
    article = read_text("The Japan Times\nWORLD / POLITICS\n"
                        "Erdogan confirms test, says Turkey won't seek permission\nAFP-JIJI\n"
                        "Oct 23, 2020\nSHARE\n\n"
                        "The president attends a ceremony in Istanbul earlier this month. | "
                        "AFP-JIJI\n\nISTANBUL – The president on Friday confirmed for the first "
                        "time that Turkey had test-fired the system.\n")
    assert (article.title, article.byline) == (
        "Erdogan confirms test, says Turkey won't seek permission", "AFP-JIJI")
    assert [p[:10] for p in article.paragraphs] == ["ISTANBUL –"]


def test_a_long_headline_over_its_bullets_and_a_byline_for_the_website() -> None:
    article = read_text("Daily Example\nHome\nNews\n"
                        "Turkey defies the US as the first parts of a Russian missile shield land "
                        "near Ankara - leaving the ally braced for sanctions\n"
                        "Cargo planes began unloading the first components at the base today\n"
                        "Washington says the system could gather secrets on its stealth fighter\n"
                        "By OLIVER EXAMPLE FOR MAILONLINE\n"
                        "Published: 11:04 BST, 12 July 2019 | Updated: 16:37 BST, 12 July 2019\n"
                        "e-mail\nView comments\n\n"
                        "Turkey has taken delivery of the first parts of a Russian air defence "
                        "system, brushing aside months of warnings.\n\n"
                        "Share or comment on this article:\nAdd comment\nComments 31\n"
                        "So much for the alliance, the reader wrote, and everyone knows it by now, "
                        "and so do the allies of the country in question.\n"
                        "Another reader answered that the deal had been signed years ago and that "
                        "nobody in the capital had ever hidden what it would cost.\n")
    assert article.title.startswith("Turkey defies the US")
    assert article.byline == "OLIVER EXAMPLE"
    assert article.paragraphs[:2] == (
        "Cargo planes began unloading the first components at the base today",
        "Washington says the system could gather secrets on its stealth fighter")
    assert not any(p.startswith("So much") for p in article.paragraphs)


@pytest.mark.parametrize(("line", "why"), [
    ("Size daha iyi hizmet sunabilmek için sitemizde çerezlere yer veriyoruz.", "cookie notice"),
    ("Tamam", "cookie notice"),
    ("A-", "text size buttons"),
    ("Home / Defense News", "navigation"),
    ("Hürses Gazetesi > Dünya", "navigation"),  # a breadcrumb with one step
    ("Share or comment on this article:", "reader comments"),
    ("Comments 31", "reader comments"),
    ("KEY POINTS", "key points box"),
    ("Social Sharing", "share widget"),
])
def test_more_chrome_lines(line: str, why: str) -> None:
    assert read(Line(1, line, False)).chrome == why


@pytest.mark.parametrize(("line", "byline"), [
    ("By JANE EXAMPLE AFP-JIJI", "JANE EXAMPLE"),
    ("Exclusive Interview with Reuters", ""),
])
def test_bylines_and_what_is_none(line: str, byline: str) -> None:
    assert read(Line(1, line, False)).byline == byline


@pytest.mark.parametrize(("line", "chrome"), [
    ("Russia expels BBC correspondent", ""),
    ("Сообщение о том, что Минюст внёс журналиста в реестр иностранных агентов, появилось "
     "вчера.", ""),
    ("Tech news | Apple", ""),
    ("Turkey » the deal", ""),  # one step of a breadcrumb only with ">" or "›"
])
def test_lines_that_look_like_chrome_but_are_not(line: str, chrome: str) -> None:
    reading = read(Line(1, line, False))
    assert (reading.chrome, reading.meta) == (chrome, "")


def test_an_irish_name_and_a_name_in_capitals_beside_the_date_are_bylines() -> None:
    article = read_text("Example Times\nWorld\nTurkey takes delivery of Russian missile system\n"
                        "Fri, Jul 12, 2019, 18:47\nÉamon Ó Example in Istanbul\n\n"
                        "Turkey has started to take delivery of the system, officials said.\n")
    assert article.byline == "Éamon Ó Example"
    article = read_text("Example Print\nDefence\nUS sanctions on Turkey put a deal in focus\n"
                        "KARAN EXAMPLE\n15 December, 2020 2:38 pm IST\n\n"
                        "New Delhi: The US decision has revived an uncomfortable question.\n")
    assert article.byline == "KARAN EXAMPLE"
    # Not a city, a time zone's line or a section, in capitals beside the date.
    for line in ("NEW DELHI", "SOUTH BLOCK IST", "WORLD NEWS", "ÖZEL HABER"):
        article = read_text(f"Example Hindu\nDeliveries have begun\nDecember 14, 2021 21:05\n"
                            f"{line}\n\nThe deliveries have begun, the Foreign Secretary said.\n")
        assert article.byline == "", line


def test_a_papers_motto_beside_its_banners_date_is_no_byline() -> None:
    article = read_text("EXAMPLE HAKİMİYET\nBursa'nın Sesi\n2 Ocak 2018 Salı\nGündem\n\n"
                        "S-400'lerde finansman meselesi çözüldü\nGiriş Tarihi: 29.12.2017 15:48\n\n"
                        "Savunma Sanayii Müsteşarı İsmail Demir, kredi anlaşmasının "
                        "tamamlandığını açıkladı.\n\nKaynak: İHA\n")
    assert article.byline == "İHA"
    assert by_line("By Dan O'Example and Ann Dell'Example") == "Dan O'Example and Ann Dell'Example"
    assert by_line("By Sa'ad Example") == "Sa'ad Example"  # no Turkish case after its apostrophe


def test_a_title_case_headline_ending_in_an_initialism_and_a_radio_pages_head() -> None:
    article = read_text(
        "Skip links\nSkip to main content\nExample Radio\nNews\nWorld\n"
        "Ankara Takes The First Batteries, Defying The U.S.\n"
        "July 12, 2019 · 4:58 PM ET\nHeard on Evening Edition\nJane Example\n\n"
        "Play\nTranscript\n\n"
        "Jets land at an air base near Ankara on Friday. Example Ministry via AP hide caption\n"
        "toggle caption\nExample Ministry via AP\n\n"
        "Turkey received the first parts of the Russian system on Friday, officials said.\n")
    assert article.title == "Ankara Takes The First Batteries, Defying The U.S."
    assert article.byline == "Jane Example"
    assert article.paragraphs == (
        "Turkey received the first parts of the Russian system on Friday, officials said.",)
    # A caption that ends in its widget's words; a widget's line is no byline.
    article = read_text(
        "Ankara Takes The First Batteries, Defying The U.S.\nJuly 12, 2019 · 4:58 PM ET\n"
        "Share This\n\nJets land at an air base near Ankara on Friday hide caption\n\n"
        "Turkey received the first parts of the Russian system on Friday, officials said.\n")
    assert (article.byline, len(article.paragraphs)) == ("", 1)
    # A sentence ending in an initialism is still a sentence.
    assert read(Line(1, "Turkey bought the system despite warnings from the U.S.", False)
                ).shape == "sentence"


def test_no_interface_label_or_one_of_two_names_under_the_headline_is_the_byline() -> None:
    head = "Ankara Takes The First Batteries, Defying The U.S.\nJuly 12, 2019 · 4:58 PM ET\nPlay\n"
    text = "\nTurkey received the first parts of the Russian system on Friday, officials said.\n"
    for lines in ("Sponsor Message\n", "Jane Example\nJohn Example\n"):
        assert read_text(head + lines + text).byline == "", lines
    assert read_text(head + "Jane Example\nJane Example\n" + text).byline == "Jane Example"
    # A long standfirst in title case is the article's.
    standfirst = "Ankara Defies Washington As First Parts Arrive At An Air Base Near The Capital"
    assert read_text(head + standfirst + "\n" + text).paragraphs[0] == standfirst



def test_a_business_news_page_with_handles_key_points_and_a_video_box() -> None:
    article = read_text(
        "Skip Navigation\nMarkets\nPOLITICS\n"
        "US sanctions Turkey over its purchase of a Russian missile system\n"
        "PUBLISHED MON, DEC 14 2020 12:31 PM EST\n"
        "Jane Example @IN/JANEEXAMPLE @JEXAMPLE_NEWS\nSHARE\nShare Article via Facebook\n"
        "KEY POINTS\n"
        "The administration imposed sanctions on Turkey's procurement agency on Monday.\n\n"
        "Turkey bought the system from Russia in 2017 for about $2.5 billion, officials said.\n\n"
        "WATCH NOW\nVIDEO 02:41\nWhy the purchase is a problem for the alliance\n"
        "Licensing & Reprints\n")
    assert article.byline == "Jane Example"
    assert article.paragraphs == (
        "The administration imposed sanctions on Turkey's procurement agency on Monday.",
        "Turkey bought the system from Russia in 2017 for about $2.5 billion, officials said.")


def test_a_byline_with_its_outlet_and_weekday_and_a_contact_line_and_an_ap_caption() -> None:
    article = read_text(
        "NATIONAL SECURITY\nUS floated the idea of Turkey sending its S-400s to Ukraine\n"
        "Ankara shows little appetite for the proposal\n"
        "By Jane Example - The Example Times - Monday, March 21, 2022\nPrint\n"
        "Question of the Day\n"
        "In this photo provided by the Defense Ministry, a cargo plane is unloaded.\n\n"
        "ISTANBUL — Officials have raised the possibility with Turkey, people familiar said.\n\n"
        "• Jane Example can be reached at jexample@example.com.\n")
    assert (article.title, article.byline) == (
        "US floated the idea of Turkey sending its S-400s to Ukraine", "Jane Example")
    assert article.paragraphs == (
        "Ankara shows little appetite for the proposal",
        "ISTANBUL — Officials have raised the possibility with Turkey, people familiar said.")
    assert by_line("• Jane Example can be reached at jexample@example.com.") == "Jane Example"


def test_a_turkish_papers_news_desk_beside_the_date_is_the_byline() -> None:
    article = read_text("Gündem\nABD, Türkiye'yi F-35 programından çıkardı\n"
                        "Örnek TV Haber Merkezi\nGiriş: 18 Temmuz 2019 09:14\n\n"
                        "Beyaz Saray, Türkiye'nin programdan çıkarıldığını açıkladı ve "
                        "bunu doğruladı.\n")
    assert article.byline == "Örnek TV Haber Merkezi"


def test_a_print_view_a_site_before_by_a_sign_off_and_a_camera_credit() -> None:
    article = read_text(
        "Printed from\nTHE EXAMPLE TIMES\nNews\n"
        "US sanctions Turkey's arms agency; India weighs its own deal\n"
        "Jane Example / TNN / Updated: Dec 15, 2020, 08:05 IST\nShare\n"
        "WASHINGTON: The administration on Monday imposed sanctions on Turkey's agency.\n\n"
        "TOP TRENDING\nFarmers protest\n")
    assert (article.title, article.published) == (
        "US sanctions Turkey's arms agency; India weighs its own deal", "2020-12-15")
    assert article.paragraphs == (
        "WASHINGTON: The administration on Monday imposed sanctions on Turkey's agency.",)
    assert read(Line(1, "TOP TRENDING", False)).box == "box"  # a list of links, no writer
    for line, byline in (("Example.com | By Jane Example", "Jane Example"),
                         ("-- Jane Example can be reached at jane@example.com", "Jane Example"),
                         ("— Мы не отказываемся, — сказал он.", ""),
                         ("Haber: Selin ÖRNEK - Kamera: Emre ÖRNEK / ANKARA", "Selin ÖRNEK")):
        assert by_line(line) == byline, line
    assert read(Line(1, "Story Continues", False)).chrome == "read-on prompt"


def test_an_agency_posted_line_a_credit_in_brackets_and_a_reporter_filing_from_a_city() -> None:
    article = read_text(
        "World\nFirst parts of the missile system arrive in Turkey\n"
        "Ankara says deliveries will continue as Washington weighs its response\n"
        "The Associated Press · Posted: Jul 12, 2019 8:14 AM ET | Last Updated: July 12, 2019\n"
        "A cargo plane is unloaded near Ankara on Friday. (Defence Ministry/The Associated Press)\n"
        "Social Sharing\n\n"
        "The first components of the system arrived in Turkey on Friday, officials said.\n")
    assert (article.title, article.published, article.byline) == (
        "First parts of the missile system arrive in Turkey", "2019-07-12",
        "The Associated Press")
    assert article.paragraphs == (
        "Ankara says deliveries will continue as Washington weighs its response",
        "The first components of the system arrived in Turkey on Friday, officials said.")
    assert names_list("Kerem Örnek - Ankara") == "Kerem Örnek"
    assert names_list("Jane Example - Reuters") == ""  # a dash before a city only


def test_review_a_body_line_ending_in_brackets_a_surname_like_a_weekday_and_a_section() -> None:
    assert read(Line(1, "Поставки С-400 в Турцию (Россия/Турция)", False)).chrome == ""
    assert read(Line(1, "By Thomas L. Example, March 14, 2022", False)).byline == \
        "Thomas L. Example"
    assert AGENCIES.match("Örnek TV Haber Merkezi")
    assert not AGENCIES.match("Gündem Son Dakika Haber Merkezi")  # a section's labels


def test_an_agency_filing_from_a_city_and_a_caption_ending_in_its_credit() -> None:
    article = read_text(
        "News\nWorld\nIndia watches as the US punishes Turkey over missiles\n"
        "New Delhi sees a warning in the measures against its neighbour's ally\n"
        "IANS, Washington,\nJAN 4 2021, 10:15 IST\n"
        "File image of the system. Credit: AFP Photo\n"
        "The United States imposed the measures on Monday, officials said.\n")
    assert (article.title, article.published, article.byline) == (
        "India watches as the US punishes Turkey over missiles", "2021-01-04", "IANS")
    assert article.paragraphs == (
        "New Delhi sees a warning in the measures against its neighbour's ally",
        "The United States imposed the measures on Monday, officials said.")
    assert read(Line(1, "Officials gave no credit: it was theirs to give", False)).chrome == ""
    assert read(Line(1, "PTI, New Delhi", False)).byline == "PTI"


def test_a_sites_name_and_today_over_the_headline_give_way_to_those_under_it() -> None:
    article = read_text(
        "YENİ ÖRNEK\n27 Ekim 2018 Cumartesi\nAnasayfa\nGündem\nDünya\n"
        "Bakan: Sistemin kurulumu gelecek yıl başlayacak\nHaber Merkezi\n25.10.2018 - 10:32\n"
        "Milli Savunma Bakanı, kurulumun gelecek yıl başlayacağını açıkladı.\n"
        "Bakan, takvimde bir aksama olmadığını söyledi.\n"
        "Haberi Paylaş\nFacebook\nDiğer Haberler\nŞehirde yeni otobüs hattı açıldı\n")
    assert (article.title, article.published, article.byline) == (
        "Bakan: Sistemin kurulumu gelecek yıl başlayacak", "2018-10-25", "Haber Merkezi")
    assert article.paragraphs == (
        "Milli Savunma Bakanı, kurulumun gelecek yıl başlayacağını açıkladı.",
        "Bakan, takvimde bir aksama olmadığını söyledi.")
    assert read(Line(1, "Haberi Paylaş", False)).chrome == "share widget"
    assert read(Line(1, "Diğer Haberler", False)).chrome == "related links"


def test_two_names_one_under_the_other_are_one_byline_but_not_names_apart() -> None:
    head = "Turkey tests the system\n"
    body = "\nTurkey tested the system on Friday, officials said.\n"
    assert read_text(head + "Jane Example\nJohn Example\n12.10.2020" + body).byline == \
        "Jane Example, John Example"
    assert read_text(head + "Jane Example\n12.10.2020\nJohn Example" + body).byline == \
        "Jane Example"


@pytest.mark.parametrize(("line", "byline"), [
    ("AFP, Getty Images", ""), ("Reuters, File", ""), ("AP, Pool", ""), ("Reuters, Friday", ""),
    ("IANS, New Delhi", "IANS"),
])
def test_an_agency_and_a_city_but_not_a_photo_credit(line: str, byline: str) -> None:
    assert read(Line(1, line, False)).byline == byline


@pytest.mark.parametrize(("line", "chrome"), [
    ("The radar near Ankara | Credit: U.S. Navy", "photo caption or credit"),
    ("Putin and Erdogan (Credit: Kremlin.ru)", "photo caption or credit"),
    ("The lira fell after the announcement. Credit: ratings agencies are watching", ""),
    ("Kategorinin Diğer Haberleri", "related links"),
    ("Bu haberi paylaş", "share widget"),
])
def test_credits_at_a_captions_end_and_turkish_boxes(line: str, chrome: str) -> None:
    assert read(Line(1, line, False)).chrome == chrome


def test_the_date_at_the_foot_and_writers_with_their_posts_between() -> None:
    body = "\nTurkey tested the system on Friday, officials said.\n"
    footed = read_text("Aug. 23, 2022\nTurkey tests the system" + body +
                       "Printed edition: Aug. 24, 2022\n")
    assert footed.published == "2022-08-23"
    posts = read_text("Turkey tests the system\nАнна Лесная\nОбозреватель\nИгорь Панов\n"
                      "Корреспондент\n12.10.2020\n" + body)
    assert posts.byline == "Анна Лесная, Игорь Панов"


def test_an_agency_sites_header_a_view_count_and_a_byline_ending_in_its_outlet() -> None:
    article = read_text(
        "Example News Agency\nBusiness\nPolitics\nAZ\nRU\nEN\nWorld\nTurkey\n"
        "Turkish minister confirms missile talks with Russia\n"
        "22 November 2016 13:41 (UTC+04:00)\n1 614\nBaku, Azerbaijan, Nov. 22\n"
        "By Jane Example – Example:\n"
        "Turkey is holding talks with Russia on the purchase of missiles, its minister said.\n")
    assert (article.title, article.byline) == (
        "Turkish minister confirms missile talks with Russia", "Jane Example")


def test_a_weather_widget_a_gallery_link_and_a_name_among_the_tags() -> None:
    article = read_text(
        "Örnek Gazete\n25 Kasım 2019 Pazartesi\nİzmir 16°C Parçalı Bulutlu\nGündem\n"
        "Foto Galeri\nVideo\nAnkara semalarında test iddiası\n"
        "Başkent semalarında yapılan uçuşlar dikkat çekti, yetkililer açıklama yapmadı.\n"
        "Kaynak: DHA\nGiriş Tarihi: 25.11.2019 14:32\n"
        "Sistemin testi için herhangi bir resmi açıklama yapılmadı.\nTürkiye\nRostec\n"
        "Sergey Example\nSavunma\n")
    assert (article.title, article.byline) == ("Ankara semalarında test iddiası", "DHA")
    assert read(Line(1, "İzmir 16°C Parçalı Bulutlu", False)).chrome == "weather"
    assert read(Line(1, "Ankara -3 °C", False)).chrome == "weather"
    assert read(Line(1, "Foto Galeri", False)).chrome == "navigation"
    assert read(Line(1, "The test was held at 16 °C in Ankara on a clear day", False)).chrome == ""


def test_a_section_agency_and_update_between_bars_a_file_caption_and_a_bureau() -> None:
    article = read_text(
        "Example TV\nHome\nWorld News\n"
        "US Sanctions On Turkey Raise Questions For India's Own Deal\n"
        "World | Press Trust of India | Updated: December 15, 2020 9:48 am IST\n"
        "Email\nFacebook\n"
        "The sanctions were imposed under a US law meant to deter such deals. (File)\n\n"
        "Washington: The United States on Monday imposed sanctions on Turkey, officials said.\n")
    assert (article.title, article.published, article.byline) == (
        "US Sanctions On Turkey Raise Questions For India's Own Deal", "2020-12-15",
        "Press Trust of India")
    assert names_list("Jane Example/Stockholm") == ""  # a bureau: not a name itself
    assert read(Line(1, "Jane Example/Stockholm", False)).byline == "Jane Example"
    assert article.paragraphs[0].startswith("Washington:")  # the "(File)" caption is chrome
    assert read(Line(1, "Russia begins missile deliveries to its neighbour | Reuters | Updated: "
                        "December 15, 2020", False)).byline == ""


def test_a_label_and_a_time_zone_are_no_name_before_a_date() -> None:
    assert read(Line(1, "First Published: Nov 15 2021 | 8:40 PM IST", True)).byline == ""


def test_a_caption_with_the_agency_and_photographer_after_a_colon() -> None:
    line = "Parts of the system were flown to the base in July 2019.(Reuters: Kerem Example)"
    assert read(Line(1, line, True)).chrome == "photo caption or credit"


def test_an_agency_signed_off_after_a_dash_ends_the_text_and_keeps_its_sentence() -> None:
    raw = ("World\nTalks go on\nNov 15, 2021\n\nANKARA: Talks on a second batch go on, officials "
           "said on Monday.\n\nWashington has held back from sanctions, although lawmakers have "
           "urged it to act. — Agencies\n\nShare\nFacebook\n")
    article = read_text(raw)
    assert article.paragraphs[-1].endswith("— Agencies")
    assert article.byline == "Agencies"
