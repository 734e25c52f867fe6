"""Accent-free search: a plain spelling hidden after each accented word."""

from generator.hooks.search_fold import add_plain_spellings


def plain(word: str) -> str:
    return f'<sub class="plain-spelling" hidden> {word}</sub>'


def test_an_accented_word_gets_its_plain_spelling_hidden_after_it() -> None:
    assert add_plain_spellings("<p>Mevlüt Çavuşoğlu’s visit to İzmir</p>") == (
        f"<p>Mevlüt{plain('mevlut')} Çavuşoğlu{plain('cavusoglu')}’s visit to "
        f"İzmir{plain('izmir')}</p>")


def test_headings_attributes_code_pictures_and_excluded_text_are_left_alone() -> None:
    html = ('<h2 id="x">Çavuşoğlu</h2><a data-tip="Erdoğan" href="#">x</a><code>ğ</code>'
            '<svg><text>Erdoğan</text></svg><p>Moscow, ЛЕНИН, 2nd</p>'
            '<span class="sr-only" data-search-exclude> (Mention of <b>Ağ</b> Ağ)</span>')
    assert add_plain_spellings(html) == html


def test_a_quoted_attribute_holding_a_closing_bracket_stays_whole() -> None:
    html = '<mark data-tip="cost > what Erdoğan said">Erdoğan</mark>'
    assert add_plain_spellings(html) == (
        f'<mark data-tip="cost > what Erdoğan said">Erdoğan{plain("erdogan")}</mark>')


def test_a_comment_is_one_piece_and_opens_nothing() -> None:
    assert add_plain_spellings("<p><!-- a > b <pre> Ağ --></p><p>Ağ</p>") == (
        f"<p><!-- a > b <pre> Ağ --></p><p>Ağ{plain('ag')}</p>")


def test_void_and_self_closing_tags_open_nothing() -> None:
    assert add_plain_spellings("<p><img data-search-exclude>Ağ</p>") == (
        f"<p><img data-search-exclude>Ağ{plain('ag')}</p>")
    assert add_plain_spellings("<p><span data-search-exclude/>Ağ</p>") == (
        f"<p><span data-search-exclude/>Ağ{plain('ag')}</p>")


def test_a_stray_closing_tag_closes_nothing() -> None:
    html = "<div data-search-exclude><p>Ağ</p></span>Ağ</div>"
    assert add_plain_spellings(html) == html


def test_only_the_attribute_excludes_not_a_value_that_names_it() -> None:
    assert add_plain_spellings('<p data-tip="see data-search-exclude ">Ağ</p>') == (
        f'<p data-tip="see data-search-exclude ">Ağ{plain("ag")}</p>')
