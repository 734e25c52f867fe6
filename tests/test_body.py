import html
import re

import markdown
import pytest

from generator.body import Decoration, paragraphs, render_body
from generator.model import Annotation


def span(body: str, quote: str, kind: str, anchor: str, origin: str = "hand") -> Annotation:
    start = body.index(quote)
    return Annotation("s", start, start + len(quote), quote, origin, kind, anchor,
                      actor="a" if kind == "mention" else "", claim="c" if kind == "stance" else "",
                      stance="asserts" if kind == "stance" else "")


def look(a: Annotation) -> Decoration:
    return Decoration(f"../x/{a.anchor}.md", f"tip {a.anchor}", "asserts" if a.claim else "")


def test_raw_html_and_markdown_in_a_report_stay_text() -> None:
    body = "A <script>alert(1)</script> and *stars* and [brackets].\n\n- not a list\n"
    assert render_body(body, [], look) == (
        "A &lt;script&gt;alert(1)&lt;/script&gt; and \\*stars\\* and \\[brackets\\].\n\n"
        "\\- not a list\n")


def test_mentions_nest_inside_a_highlighted_statement() -> None:
    body = "He said Turkey agreed. Then more."
    spans = [span(body, "He said Turkey agreed.", "stance", "h-1"),
             span(body, "Turkey", "mention", "a-8", "auto")]
    assert render_body(body, spans, look) == (
        '<mark id="h-1" class="ann ann-hand ann-stance ann-asserts" data-tip="tip h-1">He said '
        '[Turkey<span class="sr-only" data-search-exclude> (tip a-8)</span>](../x/a-8.md)'
        '{#a-8 .ann .ann-auto .ann-mention data-tip="tip a-8"} agreed.</mark>'
        '[asserts<span class="sr-only" data-search-exclude> (tip h-1)</span>](../x/h-1.md)'
        '{.ann-chip .ann-chip-stance data-tip="tip h-1"} Then more.\n')


def test_a_statement_edge_inside_a_name_widens_to_the_name() -> None:
    body = "Turkey agreed."
    stance = Annotation("s", 3, 14, body[3:], "hand", "stance", "h-1", claim="c",
                        stance="asserts")
    out = render_body(body, [stance, span(body, "Turkey", "mention", "a-0")], look)
    assert out.startswith('<mark id="h-1"')


def test_subheadings_and_paragraphs() -> None:
    body = "First.\n\n## A heading\n\nSecond\nline."
    assert paragraphs(body) == [(0, 6), (8, 20), (22, 34)]
    assert render_body(body, [], look) == "First.\n\n### A heading\n\nSecond\nline.\n"


MARKDOWN_EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc"]


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
])
def test_any_report_text_renders_as_exactly_that_text(body: str) -> None:
    rendered = markdown.markdown(render_body(body, [], look), extensions=MARKDOWN_EXTENSIONS)
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert " ".join(text.split()) == " ".join(body.split())
    assert rendered.startswith("<p>")


def test_a_passage_over_two_paragraphs_keeps_one_id() -> None:
    body = "He said it.\n\nThen he left."
    out = render_body(body, [span(body, body, "stance", "h-1")], look)
    assert out.count('id="h-1"') == 1
    assert out.count("<mark") == 2 and out.count("](../x/h-1.md)") == 1  # one chip, at the end
