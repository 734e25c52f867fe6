r"""One escaping path for each place a value from content can land on a page.

Pages are Markdown files made almost wholly of raw HTML blocks, which
Markdown passes through untouched: a value is escaped once, for the context
it lands in, and never read as Markdown after that.

- HTML text and attribute values, SVG included: Jinja's autoescape (and
  `html` here for the Python that builds HTML), which escapes both quotes.
- A Markdown heading (kept as Markdown so that it reaches the table of
  contents): `heading`, HTML-escaped and then every Markdown character
  backslash-escaped, so neither a tag nor `{: attr_list}` can form.
- An address from content: `url`, refused unless http, https or mailto.
- The page's front matter (its title, read by MkDocs): `front_matter`, YAML.
- JSON inside a `<script type="application/ld+json">` element: `json_script`,
  where `<`, `>`, `&`, U+2028 and U+2029 are \u escapes, so that no value
  can close the element, open a comment or end a JavaScript line.
- Text in an XML document (the Atom feeds): `xml_text`, without the
  characters XML 1.0 cannot hold; ElementTree escapes the rest.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from markupsafe import Markup, escape

from ..model import paths
from ..model.text import fold_space

# Python-Markdown's backslash escapes, with `|` from its tables extension.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def html(text: str) -> Markup:
    """Plain text as HTML text or a double-quoted attribute value."""
    return escape(text)


def html_line(text: str) -> Markup:
    """Plain text on one line: white space folded (a tooltip, a title)."""
    return escape(fold_space(text))


def heading(text: str) -> Markup:
    """Plain text as the text of a Markdown heading, on one line."""
    return markdown_text(fold_space(text).strip())


def markdown_text(text: str) -> Markup:
    """Plain text inside Markdown: every Markdown character backslash-escaped,
    then HTML-escaped (in this order, so that an entity's `#` stays as it is)."""
    return escape(_MARKDOWN_SPECIAL.sub(r"\\\1", text))


def url(address: str) -> str:
    """An address a reader may follow, or "" when its scheme is not allowed."""
    return paths.external(address.strip())


def front_matter(fields: dict[str, Any]) -> str:
    """Fields for MkDocs to read, as YAML between `---` lines."""
    dumper = yaml.CSafeDumper if yaml.__with_libyaml__ else yaml.SafeDumper
    text = yaml.dump(fields, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{text}---\n"


# Characters that may end a script element or a comment in HTML, or a line
# in JavaScript; in JSON they only ever stand inside strings, where \u
# escapes mean the same.
_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_script(value: Any) -> str:
    """A JSON value as the text of a `<script type="application/ld+json">`
    element: compact, keys in the order given, non-ASCII kept, and nothing
    in it that the HTML parser would read as the end of the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_SCRIPT_UNSAFE)


def json_file(value: Any) -> str:
    """A JSON data file (dossier.json, the W3C annotations): compact, as
    programs read it (`jq .` indents it), and five times faster to write: with
    `indent`, Python's json falls back to its pure-Python encoder."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates
# and U+FFFE/U+FFFF; a body scraped from the web may hold anything else.
_XML_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text for an XML element or attribute: characters XML cannot hold dropped."""
    return _XML_ILLEGAL.sub("", text)
