"""Accent-free search: a plain spelling hidden after each accented word."""

from generator.search_fold import add_plain_spellings


def test_an_accented_word_gets_its_plain_spelling_hidden_after_it() -> None:
    assert add_plain_spellings("<p>Mevlüt Çavuşoğlu’s visit to İzmir</p>") == (
        '<p>Mevlüt<span class="plain-spelling" hidden> mevlut</span> '
        'Çavuşoğlu<span class="plain-spelling" hidden> cavusoglu</span>’s visit to '
        'İzmir<span class="plain-spelling" hidden> izmir</span></p>')


def test_a_pictures_label_gets_it_as_an_undrawn_tspan() -> None:
    assert add_plain_spellings('<svg><title>Ağ</title><text x="1">Erdoğan</text></svg>') == (
        '<svg><title>Ağ</title><text x="1">Erdoğan<tspan display="none"> erdogan</tspan>'
        '</text></svg>')


def test_tags_attributes_and_headings_are_left_alone() -> None:
    html = ('<h2 id="x">Çavuşoğlu</h2><a data-tip="Erdoğan" href="#">x</a>'
            '<code>ğ</code><p>Moscow, ЛЕНИН, 2nd</p>')
    assert add_plain_spellings(html) == html


def test_a_quoted_attribute_holding_a_closing_bracket_stays_whole() -> None:
    html = '<mark data-tip="cost > what Erdoğan said">Erdoğan</mark>'
    assert add_plain_spellings(html) == (
        '<mark data-tip="cost > what Erdoğan said">Erdoğan'
        '<span class="plain-spelling" hidden> erdogan</span></mark>')


def test_a_comment_is_one_piece_and_opens_nothing() -> None:
    assert add_plain_spellings("<p><!-- a > b <pre> Ağ --></p><p>Ağ</p>") == (
        '<p><!-- a > b <pre> Ağ --></p><p>Ağ<span class="plain-spelling" hidden> ag</span></p>')


def test_self_closing_and_void_tags_open_nothing() -> None:
    assert add_plain_spellings('<svg><path d="M0"/><text>Ağ</text></svg><br><p>Ağ</p>') == (
        '<svg><path d="M0"/><text>Ağ<tspan display="none"> ag</tspan></text></svg><br>'
        '<p>Ağ<span class="plain-spelling" hidden> ag</span></p>')
