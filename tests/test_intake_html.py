"""The intake of saved HTML pages (trafilatura and htmldate, and our rules
for what they miss), the detection of HTML, and the language."""

from pathlib import Path

import pytest

from generator.tools.intake import IntakeError, looks_like_html, read_report
from generator.tools.intake.blocks import parse, visible_blocks
from generator.tools.intake.bylines import LABEL
from generator.tools.intake.html import with_missed
from generator.tools.intake.language import detect
from generator.tools.intake.lines import Line, read

FIXTURES = Path(__file__).parent / "fixtures" / "intake"


def test_a_page_with_markup() -> None:
    article = read_report((FIXTURES / "page-with-markup.html").read_bytes())
    assert article.title == "Coastal radar tender draws three bids"
    assert article.byline == "Example Haber with AA"  # as printed, not trimmed to "Example Haber"
    assert article.published == "2021-06-02"
    assert article.url == ("https://www.example.org/en/defense/"
                           "coastal-radar-tender-draws-three-bids/1234")
    # The metadata's site name is Turkish; the English page's copyright line names it in English.
    assert article.publisher == "Example Haber"
    assert article.language == "en"
    assert article.paragraphs == (
        "ANKARA – Three companies have bid to build a new coastal radar network, the "
        "procurement office said on Wednesday, in a tender it expects to close by the end "
        "of the year.",
        '"All three bids meet the technical conditions," the office said in a statement, '
        "adding that prices would be compared next.",
        "The network is meant to cover the Aegean and Mediterranean coasts and would replace "
        "radars bought in the 1990s.")


def test_an_outlet_named_as_its_own_pages_author_is_no_byline() -> None:
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Parts arrive",'
          '"author":{"@type":"NewsMediaOrganization","name":"Example Haber"},'
          '"publisher":{"@type":"NewsMediaOrganization","name":"Example Haber"}}</script>')
    body = ("<p>İlk parçalar Cuma günü Ankara yakınlarındaki üsse ulaştı, bakanlık açıkladı.</p>"
            "<p>Teslimatın önümüzdeki haftalarda süreceği belirtildi.</p>")
    page = ("<!doctype html><html lang='tr'><head><title>Parts arrive</title>{ld}"
            "<meta name='author' content='Example Haber'></head><body>"
            "<article><h1>Parts arrive</h1>{by}{body}</article></body></html>")
    printed = '<p class="byline"><span>Yazan, </span><span>Deniz Örnek</span></p>'
    assert read_report(page.format(ld=ld, by=printed, body=body).encode()).byline == \
        "Deniz Örnek"
    assert read_report(page.format(ld=ld, by="", body=body).encode()).byline == ""
    # Only the page's own credit: as printed, which trafilatura spells "Example com".
    own = '<span class="author">Example.com</span>'
    page = page.replace("<meta name='author' content='Example Haber'>", "")
    assert read_report(page.format(ld=ld, by=own, body=body).encode()).byline == "Example.com"
    # A desk credited by the markup's class for a writer ("yazar"), not the agency of the text.
    desk = '<div class="haber-yazar">Dış Haberler</div>'
    assert read_report(page.format(ld=ld, by=desk, body=body).encode()).byline == \
        "Dış Haberler"


def test_a_source_credit_with_an_arrow_names_the_agencies() -> None:
    page = ("<!doctype html><html lang='en'><head><title>Deal signed</title></head><body>"
            "<article><h1>Turkey signs the deal</h1>"
            "<p>Turkey has signed a deal to buy Russian air defence systems, the president "
            "said on Tuesday.</p><p>The deal is worth about $2.5 billion, officials said.</p>"
            "<div class='source'>Source &gt; Reuters - AFP</div></article></body></html>")
    assert read_report(page.encode()).byline == "Reuters - AFP"
    # A desk in the element the markup marks as the source; an outlet with agencies.
    desk = page.replace("Source &gt; Reuters - AFP", "Haber Merkezi")
    assert read_report(desk.encode()).byline == "Haber Merkezi"
    kaynak = desk.replace("class='source'", "class='kaynak'")  # Turkish for "source"
    assert read_report(kaynak.encode()).byline == "Haber Merkezi"
    both = page.replace("Source &gt; Reuters - AFP", "Source: Example News and news agencies")
    assert read_report(both.encode()).byline == "Example News and news agencies"


def test_a_byline_element_that_prints_only_the_outlet_credits_the_outlet() -> None:
    # The markup names the outlet as author (no one), but the page prints it as its byline.
    page = ("<!doctype html><html lang='en'><head><title>Parts arrive</title>"
            "<meta property='og:site_name' content='Example News'>"
            "<meta name='author' content='Example News'></head><body><article>"
            "<h1>Parts arrive at the base</h1><div class='info'>{by}"
            "<span class='date'>12-09-2017</span></div>"
            "<p>The first parts arrived at the base near Ankara on Friday, the ministry said.</p>"
            "<p>Deliveries will go on in the coming weeks, officials said.</p>"
            "</article></body></html>")
    printed = "<span class='byline'>Example News</span> "
    assert read_report(page.format(by=printed).encode()).byline == "Example News"
    assert read_report(page.format(by="").encode()).byline == ""


def test_every_block_left_out_of_an_html_page_is_reported_with_its_line() -> None:
    article = read_report((FIXTURES / "page-with-markup.html").read_bytes())
    assert [(r.line, r.why, r.text) for r in article.removed] == [
        (16, "navigation", "Turkey"), (16, "navigation", "World"),
        (19, "date line", "Jun 2, 2021"),
        (20, "title", "Coastal radar tender draws three bids"),
        (21, "byline", "Example Haber with AA"),
        (23, "photo caption or credit", "A coastal radar mast. (AA Photo)"),
        (27, "related link", "Read also Navy tests new coastal radar"),
        (30, "related links or tags", "Keywords radar"),
        (33, "copyright notice", "© 2021 Example Haber. All rights reserved.")]


def test_a_page_without_markup_is_read_from_what_it_shows() -> None:
    article = read_report((FIXTURES / "old-page-no-markup.html").read_bytes())
    assert article.title == "Navy commissions second radar ship"
    assert article.published == "2017-09-12"  # the visible "Source: Example| 2017-09-12 ..."
    assert article.byline == "Example"  # the dateline's agency
    assert article.publisher == "Example"  # the copyright line, not a guess from <title>
    assert len(article.paragraphs) == 3


def test_a_lead_and_a_paragraph_the_extractor_passed_over_are_put_back_in_place() -> None:
    root = parse("<html><body><h1>Radar tender draws three bids</h1>"
                 "<div>Three companies bid for the new coastal radar network.</div>"
                 "<div class='media'><a href='/x'>Navy tests a new coastal radar near Izmir</a>"
                 "</div><p>First paragraph of the report, as the extractor kept it.</p>"
                 "<p>A paragraph the extractor passed over, which is prose of the report.</p>"
                 "<h2>Sanctions threat</h2>"
                 "<p>Last paragraph of the report, as the extractor kept it.</p>"
                 "<p>A sentence after the last paragraph is not the report's.</p>"
                 "</body></html>")
    blocks = visible_blocks(root)
    readings = [read(Line(b.line, b.text, True)) for b in blocks]
    kept = ["First paragraph of the report, as the extractor kept it.",
            "Last paragraph of the report, as the extractor kept it."]
    assert with_missed(kept, blocks, readings, "Radar tender draws three bids") == [
        "Three companies bid for the new coastal radar network.", kept[0],
        "A paragraph the extractor passed over, which is prose of the report.",
        "Sanctions threat", kept[1]]  # a subheading is the article's too


@pytest.mark.parametrize(("text", "html"), [
    ("<!DOCTYPE html>\n<html><body><p>x</p></body></html>", True),
    ("  <!-- saved --><html lang='tr'>", True),
    ("<div class='article'><p>Text</p></div>", True),
    ("Turkey said <b>no</b> on Monday.", False),
    ("Radar tender draws three bids\n\nThree companies bid.", False),
])
def test_html_is_told_from_text_by_how_it_starts(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_a_byte_order_mark_is_no_obstacle_and_binary_or_non_utf8_input_is_refused() -> None:
    article = read_report("\ufeffRadar tender draws three bids\n\nThree companies have bid "
                          "to build a new coastal radar network, officials said.\n".encode())
    assert article.title == "Radar tender draws three bids"
    with pytest.raises(IntakeError, match="not UTF-8"):
        read_report("Radar tender için üç teklif".encode("cp1254"))
    with pytest.raises(IntakeError, match="binary"):
        read_report(b"\x00\x01\x02PK")


def test_a_page_in_another_declared_encoding_is_read() -> None:
    html = ('<html><head><meta charset="windows-1251"><title>Радары</title></head><body>'
            "<h1>Поставки новых радаров начнутся в сентябре</h1>"
            "<p>Поставки новых радаров начнутся в сентябре, сообщили в компании во вторник "
            "журналистам.</p></body></html>")
    article = read_report(html.encode("windows-1251"))
    assert article.title == "Поставки новых радаров начнутся в сентябре"
    assert article.language == "ru"


@pytest.mark.parametrize(("text", "language"), [
    ("Turkey and Russia have almost completed their consultations on a new supply of "
     "air defence systems, the company's director told reporters on Monday.", "en"),
    ("Milli Savunma Bakanı, sistemin kurulum çalışmalarının takvime uygun şekilde "
     "yürütüldüğünü belirterek gazetecilerin sorularını yanıtladı.", "tr"),
    ("Консультации России и Турции о поставке дополнительной партии систем вышли на "
     "финальную стадию, сообщил журналистам генеральный директор компании.", "ru"),
    ("S-400 systems in Turkey", "en"),  # short: the dossier's languages first
    ("Le ministre a déclaré lundi que les négociations sur la livraison des systèmes de "
     "défense aérienne se poursuivraient au cours des prochains mois, selon les "
     "responsables du ministère de la défense.", "fr"),  # long: whatever it is
    ("2019 — 2020", ""),
])
def test_the_language_of_short_news_text(text: str, language: str) -> None:
    assert detect(text) == language


def test_a_byline_and_a_date_inside_the_article_text_are_left_out_of_the_body() -> None:
    html = ("<html><body><article><h1>Radar tender draws three bids in Ankara</h1>"
            "<div class='content'><p>By Jo Example</p><p>Published: June 2, 2021</p>"
            "<p>ANKARA — Three companies have bid to build a new coastal radar network, the "
            "procurement office said on Wednesday.</p><p>The office said prices would be "
            "compared next, and that a winner would be named by the end of the year.</p>"
            "</div></article></body></html>")
    article = read_report(html.encode())
    assert [p[:10] for p in article.paragraphs] == ["ANKARA — T", "The office"]
    assert (article.byline, article.published) == ("Jo Example", "2021-06-02")


def test_list_items_of_the_article_are_paragraphs_without_a_marker() -> None:
    page = ("<html><head><title>Sanctions hit the agency</title></head><body><article>"
            "<h1>Sanctions hit the agency</h1><p>The administration on Monday sanctioned the "
            "agency and its chief over the purchase, officials announced.</p><ul>"
            "<li>The agency will be barred from receiving export licenses for goods.</li>"
            "<li>The chief and three others face asset freezes and visa bans.</li></ul>"
            "<p>The government called the move unjust and said it would respond in time.</p>"
            "</article></body></html>")
    assert read_report(page.encode()).paragraphs[1:3] == (
        "The agency will be barred from receiving export licenses for goods.",
        "The chief and three others face asset freezes and visa bans.")


def test_a_standfirst_in_the_articles_header_is_its_lead() -> None:
    root = parse("<html><body><header><nav><a href='/world'>World</a></nav></header>"
                 "<article><header class='hero'><h1>Sanctions hit the agency</h1>"
                 "<div class='dek'><p>The measures target the agency and its chief, a first "
                 "against a member of the alliance.</p></div></header>"
                 "<p>First paragraph of the report, as the extractor kept it.</p>"
                 "<p>Last paragraph of the report, as the extractor kept it.</p>"
                 "</article></body></html>")
    assert root is not None
    blocks = visible_blocks(root)
    readings = [read(Line(b.line, b.text, True)) for b in blocks]
    kept = ["First paragraph of the report, as the extractor kept it.",
            "Last paragraph of the report, as the extractor kept it."]
    assert with_missed(kept, blocks, readings, "Sanctions hit the agency") == [
        "The measures target the agency and its chief, a first against a member of the "
        "alliance.", *kept]


def test_the_label_before_a_writers_name_is_not_part_of_the_byline() -> None:
    html = ("<html><body><article><h1>Радары поставят в следующем году</h1>"
            "<ul><li class='date'>12.09.2017</li><li class='author'><strong>Автор</strong> "
            "Иван Примеров (Reuters, ТАСС)</li></ul>"
            "<p>Поставки радаров начнутся в следующем году, сообщили в ведомстве в "
            "понедельник, уточнив, что контракт уже подписан.</p><p>Стоимость контракта "
            "не раскрывается, но эксперты оценивают ее в несколько миллиардов.</p>"
            "</article></body></html>")
    assert read_report(html.encode()).byline == "Иван Примеров (Reuters, ТАСС)"


def test_a_label_goes_but_a_given_name_that_looks_like_one_stays() -> None:
    assert [LABEL.sub("", t) for t in ("Автор Иван Примеров", "Yazar: Ali Örnek",
                                       "Yazan Example")] == [
        "Иван Примеров", "Ali Örnek", "Yazan Example"]


def test_the_outlets_desk_as_author_is_no_byline_but_one_with_an_agency_is() -> None:
    def page(author: str, printed: str) -> bytes:
        ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Parts arrive",'
              f'"author":{{"@type":"Organization","name":"{author}"}},'
              '"publisher":{"@type":"Organization","name":"Örnek TV"}}</script>')
        return ("<!doctype html><html lang='tr'><head><title>Parts arrive</title>" + ld +
                "</head><body><article><h1>Parts arrive</h1>" + printed +
                "<p>İlk parçalar Cuma günü Ankara yakınlarındaki üsse ulaştı, bakanlık açıkladı."
                "</p><p>Teslimatın önümüzdeki haftalarda süreceği belirtildi.</p>"
                "</article></body></html>").encode()
    desk = '<div class="author">Haber Merkezi</div>'
    assert read_report(page("Örnek TV Haber", desk)).byline == "Haber Merkezi"
    assert read_report(page("Örnek TV ile AA", "")).byline == "Örnek TV ile AA"
