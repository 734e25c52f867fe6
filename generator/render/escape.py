"""One escaping path for each place a value from content can land on a page.

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
"""

from __future__ import annotations

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
