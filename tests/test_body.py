"""A report's text as HTML: every annotation drawn, the words exactly as written."""

import html
import re

import markdown
import pytest

from generator.model.annotations import Annotation, Mention, Statement
from generator.model.text import paragraphs
from generator.render.body import Decorate, Decoration, render_body

from .builder import BASE, build, source


def body_html(body: str, spans: tuple[Annotation, ...], decorate: Decorate) -> str:
    return str(render_body(body, spans, decorate).html)


def stance(body: str, quote: str, anchor: str = "h-1") -> Statement:
    start = body.index(quote)
    return Statement(source="s", start=start, end=start + len(quote), quote=quote,
                     origin="hand", anchor=anchor, claim="c", by="", stance="asserts",
                     said=None)


def mention(body: str, quote: str, anchor: str, origin: str = "auto") -> Mention:
    start = body.index(quote)
    return Mention(source="s", start=start, end=start + len(quote), quote=quote,
                   origin=origin, anchor=anchor, actor="a")  # type: ignore[arg-type]


def look(a: Annotation) -> Decoration:
    """A link for what has a page, a tip alone for a date (as decorate does)."""
    if a.kind == "date":
        return Decoration("", f"tip {a.anchor}")
    return Decoration(f"../x/{a.anchor}.html", f"tip {a.anchor}",
                      "asserts" if isinstance(a, Statement) else "")


def test_raw_html_and_markdown_in_a_report_stay_text() -> None:
    body = "A <script>alert(1)</script> and *stars* and [brackets].\n\n- not a list\n"
    assert body_html(body, (), look) == (
        '<div class="dossier-body">\n'
        "<p>A &lt;script&gt;alert(1)&lt;/script&gt; and *stars* and [brackets].</p>\n"
        "<p>- not a list</p>\n</div>\n")


def test_mentions_nest_inside_a_highlighted_statement() -> None:
    body = "He said Turkey agreed. Then more."
    spans = (stance(body, "He said Turkey agreed."), mention(body, "Turkey", "a-8"))
    assert body_html(body, spans, look) == (
        '<div class="dossier-body">\n<p>'
        '<mark id="h-1" class="ann ann-hand ann-stance ann-asserts" data-tip="tip h-1">He said '
        '<a class="ann ann-auto ann-mention" data-tip="tip a-8" href="../x/a-8.html" id="a-8">'
        'Turkey<span class="sr-only" data-search-exclude> (tip a-8)</span></a> agreed.</mark>'
        '<a class="ann-chip ann-chip-stance" data-tip="tip h-1" href="../x/h-1.html">'
        'asserts<span class="sr-only" data-search-exclude> (tip h-1)</span></a> Then more.'
        "</p>\n</div>\n")


def test_a_statement_edge_inside_a_name_widens_to_the_name() -> None:
    body = "Turkey agreed."
    inner = Statement(source="s", start=3, end=14, quote=body[3:], origin="hand", anchor="h-1",
                      claim="c", by="", stance="asserts", said=None)
    out = body_html(body, (inner, mention(body, "Turkey", "a-0")), look)
    assert out.startswith('<div class="dossier-body">\n<p><mark id="h-1"')


def test_subheadings_are_headings_of_their_own_between_runs_of_paragraphs() -> None:
    body = "First.\n\n## A *heading* {: .x }\n\nSecond\nline.\n\n## A *heading* {: .x }"
    assert paragraphs(body)[:3] == [(0, 6), (8, 30), (32, 44)]
    rendered = render_body(body, (), look)
    assert rendered.html == (
        '<div class="dossier-body">\n<p>First.</p>\n</div>\n\n'
        '<h3 id="report-a-heading-x" class="report-heading">A *heading* {: .x }<a '
        'class="headerlink" href="#report-a-heading-x" title="Permanent link">&para;</a></h3>'
        '\n\n<div class="dossier-body">\n<p>Second\nline.</p>\n</div>\n\n'
        '<h3 id="report-a-heading-x_1" class="report-heading">A *heading* {: .x }<a '
        'class="headerlink" href="#report-a-heading-x_1" title="Permanent link">&para;</a></h3>\n')
    assert rendered.headings == (("report-a-heading-x", "A *heading* {: .x }"),
                                 ("report-a-heading-x_1", "A *heading* {: .x }"))


def test_a_blank_line_holding_spaces_is_a_paragraph_break() -> None:
    assert paragraphs("One.\n   \nTwo.") == [(0, 4), (9, 13)]


MARKDOWN_EXTENSIONS = ["attr_list", "toc"]


@pytest.mark.parametrize("body", [
    "1986. Turkey bought nothing.",
    "Text\n=====",
    "Text\n-----",
    "!!! warning \"Retracted\"\n    fake",
    "# not a heading",
    "> not a quote",
    "- not a list\n+ nor this",
    "2) nor this",
    "A <b>tag</b> & an *emphasis* and a `code` and [a](link) {#id}",
    "## A <i>heading</i> with [a](javascript:alert(1)) {: onclick=x }",
    "![x](x){: onerror=alert(1)} </div><script>alert(1)</script>",
])
def test_any_report_text_renders_as_exactly_that_text(body: str) -> None:
    rendered = markdown.markdown(body_html(body, (), look), extensions=MARKDOWN_EXTENSIONS)
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert " ".join(text.replace("¶", "").split()) == " ".join(body.removeprefix("## ").split())
    assert "<script" not in rendered and "onerror" not in re.sub(r">[^<]*<", "><", rendered)


def test_a_passage_over_two_paragraphs_keeps_one_id() -> None:
    body = "He said it.\n\nThen he left."
    out = body_html(body, (stance(body, body),), look)
    assert out.count('id="h-1"') == 1
    # one chip, at the end
    assert out.count("<mark") == 2 and out.count('href="../x/h-1.html"') == 1
    assert ('<p><mark class="ann ann-hand ann-stance ann-asserts" data-tip="tip h-1">Then he left.'
            '</mark><a class="ann-chip ann-chip-stance"') in out  # the second piece: no id
    # Every line of the body's HTML starts at its margin (Markdown would take four
    # spaces in for code).
    body = "He said it.\n    Then he left."
    assert "He said it.\nThen he left.</mark>" in body_html(body, (stance(body, body),), look)


def test_the_hands_leaf_wins_where_two_overlap() -> None:
    body = "Ismail Demir spoke."
    spans = (mention(body, "Ismail Demir", "a-0"), mention(body, "Demir", "h-1", "hand"))
    out = body_html(body, spans, look)
    assert 'id="h-1"' in out and 'id="a-0"' not in out


def test_a_date_is_a_focusable_span_with_its_tip_and_one_id() -> None:
    from generator.model.annotations import DateMark
    from generator.model.edtf import parse

    body = "It was agreed in July, he said."
    start = body.index("in July")
    date = DateMark(source="s", start=start + 3, end=start + 7, quote="July", origin="auto",
                    anchor="a-d-20", date=parse("2019-07"))
    around = stance(body, "It was agreed in July,")
    out = body_html(body, (around, date), look)
    assert ('<span id="a-d-20" class="ann ann-auto ann-date" tabindex="0" data-tip="tip a-d-20">'
            'July<span class="sr-only" data-search-exclude> (tip a-d-20)</span></span>') in out
    # a passage ending inside it is widened to its end: the span is not cut in two
    inside = stance(body, "It was agreed in Ju", "h-2")
    out = body_html(body, (inside, date), look)
    assert out.count('id="a-d-20"') == 1 and out.count("<mark") == 1
    assert "July<span" in out and out.index("July<span") < out.index("</mark>")


def test_in_a_heading_the_tip_is_an_aria_label() -> None:
    body = "## Turkey waits"
    out = body_html(body, (mention(body, "Turkey", "a-3"),), look)
    assert out.startswith('<h3 id="report-turkey-waits" class="report-heading"><a aria-label='
                          '"Turkey (tip a-3)" class="ann ann-auto ann-mention" data-tip="tip a-3" '
                          'href="../x/a-3.html" id="a-3">Turkey</a> waits<a class="headerlink"')


def test_a_chip_follows_its_passage_and_a_quotation_chip_links_its_speaker() -> None:
    from generator.model.annotations import Quotation

    body = "“We will wait,” said the minister."
    quotation = Quotation(source="s", start=0, end=15, quote="“We will wait,”", origin="auto",
                          anchor="a-q-0", by="m")

    def speaker(a: Annotation) -> Decoration:
        return Decoration("", "tip", "— The minister", chip_href="../actors/m.html")

    out = body_html(body, (quotation,), speaker)
    assert ('<mark id="a-q-0" class="ann ann-auto ann-quotation" data-tip="tip">“We will wait,”'
            '</mark><a class="ann-chip ann-chip-quotation" data-tip="tip" '
            'href="../actors/m.html">— The minister<span class="sr-only"') in out


def test_an_annotation_cut_into_pieces_by_another_has_its_id_once() -> None:
    built = build(BASE + source('"Ismail Demir will sign the deal," NTV said.'))
    page = built.page("sources/report.md")
    assert page.count('id="a-q-0"') == 1 and page.count('id="a-m-1"') == 1
