"""MkDocs hook: accent-free search.

mkdocs-material's search matches words as written, so "Cavusoglu" or
"Erdogan" would miss every page that writes "Çavuşoğlu" or "Erdoğan", and
a reader without a Turkish keyboard would see half the dossier. After each
word with a letter outside ASCII, this adds its plain spelling in a hidden
<sub>: the page shows one spelling and screen readers and copying skip the
other, while the search index keeps both. Material's index keeps <sub>
tags, so the result list can hide it too (dossier.css).

Left alone: headings (search shows them as result titles), code, pictures
and whatever is already excluded from search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# A comment, or a tag whose quoted attributes may hold ">".
_TAG = re.compile(r"""(<!--.*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)""", re.DOTALL)
_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_WORD = re.compile(r"\w*[^\W\d_a-zA-Z]\w*")  # a word with a non-ASCII letter
_LEAVE = {"script", "style", "pre", "code", "textarea", "svg",
          "h1", "h2", "h3", "h4", "h5", "h6"}
_EXCLUDED = re.compile(r"\sdata-search-exclude(?=[\s=/>])")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "source", "track", "wbr"}


def on_page_content(html: str, page: Any = None, config: Any = None, files: Any = None) -> str:
    return add_plain_spellings(html)


def add_plain_spellings(html: str) -> str:
    # Imported here: MkDocs loads this hook by path, before any import of ours.
    from generator.model.text import fold_name

    out: list[str] = []
    open_: list[tuple[str, bool]] = []  # each open element: its name, whether to leave it
    for part in _TAG.split(html):
        tag = _NAME.match(part)
        if tag:
            _track(open_, tag.group(2).lower(), closing=bool(tag.group(1)), tag=part)
        leave = tag or part.startswith("<") or any(left for _, left in open_)
        out.append(part if leave else _with_plain(part, fold_name))
    return "".join(out)


def _track(open_: list[tuple[str, bool]], name: str, closing: bool, tag: str) -> None:
    if closing:
        if any(n == name for n, _ in open_):  # a stray closing tag closes nothing
            while open_.pop()[0] != name:
                pass  # an element left unclosed inside this one ends with it
    elif name not in _VOID and not tag.endswith("/>"):
        names_only = _QUOTED.sub('""', tag)  # the attribute, never a value that says it
        open_.append((name, name in _LEAVE or bool(_EXCLUDED.search(names_only))))


def _with_plain(text: str, normal: Callable[[str], str]) -> str:
    def add(match: re.Match[str]) -> str:
        word = match.group()
        plain = normal(word)
        if not plain.isascii() or plain == word.lower():
            return word
        return f'{word}<sub class="plain-spelling" hidden> {plain}</sub>'

    return _WORD.sub(add, text)
