"""`dossier new`: a raw article in, `content/sources/<id>.md` out, with
marked blanks for what the text does not say and the machine's suggestions."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import frontmatter

from .scrape import Article

SCHEMA_COMMENT = "# yaml-language-server: $schema=../../generator/schemas/source.schema.json"
_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "is", "are", "be",
                "by", "at", "with", "as", "from", "its", "it"}
BLANKS = {  # field -> what to write there; a blank fails `dossier check` until filled
    "publisher": "the outlet, or delete this line if the report does not name it",
    "byline": "the author or agency, or delete this line if there is none",
    "published": "EDTF date, e.g. 2019-11-04; if undated, infer it (2019-12~) and say how "
                 "in published_note",
    "url": "the original address, or delete this line if unknown",
}


def derive_id(article: Article) -> str:
    """Readable and stable: the title's first words, then the year."""
    ascii_title = unicodedata.normalize("NFKD", article.title).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", ascii_title.lower())
             if w not in _SMALL_WORDS]
    year = article.published[:4]
    return "-".join(words[:6] + ([year] if year else [])) or "new-source"


def source_text(article: Article) -> str:
    """The file: front matter (a schema comment, found fields, marked blanks)
    and the cleaned body, one paragraph per line."""
    fields: dict[str, Any] = {
        "title": article.title, "publisher": "", "published": article.published,
        "byline": article.byline, "url": article.url, "language": "en", "annotations": []}
    post = frontmatter.Post("\n\n".join(article.paragraphs), **fields)
    text = frontmatter.dumps(post, sort_keys=False, width=1000)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        key = line.split(":", 1)[0]
        if key in BLANKS and line.rstrip().endswith(("''", '""')):
            lines[i] = f"{line}  # FILL IN: {BLANKS[key]}"
    lines.insert(1, SCHEMA_COMMENT)
    return "\n".join(lines) + "\n"


def write_new(article: Article, sources: Path, id: str) -> Path:
    """Write the new source; never over an existing file."""
    path = sources / f"{id}.md"
    sources.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as out:  # "x": fail if it exists
        out.write(source_text(article))
    return path
