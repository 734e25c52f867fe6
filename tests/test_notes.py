"""Notes are Markdown from strangers: rendered, then cleaned with an allowlist."""

import re

import pytest

from generator.model.notes import note_html, unsafe_links


@pytest.mark.parametrize("note", [
    '[x](https://e.org){onclick="alert(1)"}',  # attribute lists are not on here
    "\\`<img src=x onerror=alert(1)>\\`",  # an escaped backtick is no code span
    "[x][1]\n\n[1]: javascript:alert(1)",  # reference-style link
    "[x](java&#115;cript:alert(1))",  # an entity inside the scheme
    "<script>alert(1)</script>",
    '<a href="#" onmouseover="alert(1)">x</a>',
])
def test_nothing_a_contributor_writes_runs(note: str) -> None:
    tags = " ".join(re.findall(r"<[^>]*>", note_html(note).lower()))
    assert re.findall(r"<(\w+)", tags) in ([], ["p"], ["p", "a"])  # text, or a bare link
    for bad in ("javascript", "onclick", "onerror", "onmouseover", "script", "img"):
        assert bad not in tags


def test_links_to_content_files_become_page_links() -> None:
    assert note_html("See [Demir](ismail-demir.md#quotes) and [AP](https://apnews.com).") == (
        '<p>See <a href="ismail-demir.html#quotes" rel="noopener noreferrer">Demir</a> and '
        '<a href="https://apnews.com" rel="noopener noreferrer">AP</a>.</p>')


def test_unsafe_links_are_named_for_the_check() -> None:
    assert unsafe_links("[a](javascript:x) [b](https://ok) [c](data:text/html,x)") == [
        "javascript:x", "data:text/html,x"]
