"""MkDocs hook: accent-free search.

mkdocs-material's search matches words as written, so "Cavusoglu" or
"Erdogan" would miss every page that writes "Çavuşoğlu" or "Erdoğan", and
a reader without a Turkish keyboard would see half the dossier. After each
word with a letter outside ASCII, this adds its plain spelling in a hidden
span: the search index holds both, the page shows one, screen readers and
copying skip it. Headings are left alone, since search shows them as
result titles.
"""

from __future__ import annotations

import re
from typing import Any

# A comment, or a tag whose quoted attributes may hold ">".
_TAG = re.compile(r"""(<!--.*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)""", re.DOTALL)
_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_WORD = re.compile(r"\w*[^\W\d_a-zA-Z]\w*")  # a word with a non-ASCII letter
_LEAVE = {"script", "style", "pre", "code", "title", "textarea",
          "h1", "h2", "h3", "h4", "h5", "h6"}
_COUNTED = _LEAVE | {"svg", "text"}
# Where the plain spelling goes: HTML text, or a picture's label (an SVG <text>).
_HIDDEN = {"html": '<span class="plain-spelling" hidden> {}</span>',
           "svg": '<tspan display="none"> {}</tspan>'}


def on_page_content(html: str, page: Any = None, config: Any = None, files: Any = None) -> str:
    return add_plain_spellings(html)


def add_plain_spellings(html: str) -> str:
    out, open_ = [], dict.fromkeys(_COUNTED, 0)  # how deep inside each
    for part in _TAG.split(html):
        tag = _NAME.match(part)
        if tag:
            name = tag.group(2).lower()
            if name in open_ and not part.endswith("/>"):
                open_[name] = max(open_[name] + (-1 if tag.group(1) else 1), 0)
            out.append(part)
        elif part.startswith("<") or any(open_[n] for n in _LEAVE):
            out.append(part)
        elif open_["svg"]:
            out.append(_with_plain(part, "svg") if open_["text"] else part)
        else:
            out.append(_with_plain(part, "html"))
    return "".join(out)


def _with_plain(text: str, where: str) -> str:
    # Imported here: MkDocs loads this hook by path, before any import of ours.
    from generator.mentions import normal

    def add(match: re.Match[str]) -> str:
        word = match.group()
        plain = normal(word)
        if not plain.isascii() or plain == word.lower():
            return word
        return word + _HIDDEN[where].format(plain)

    return _WORD.sub(add, text)
