"""`dossier new`: a report read by the intake becomes `content/sources/<id>.md`,
with what the page said filled in, marked blanks for what it did not, and
the machine's suggestions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import frontmatter
from slugify import slugify

from ..model.evidence import body_sha256
from .intake import Article
from .intake.words import split_words

SCHEMA_COMMENT = "# yaml-language-server: $schema=../../generator/schemas/source.schema.json"
# Words an id can do without, in the dossier's languages.
_SMALL_WORDS = frozenset(split_words(
    "a an the of to in on for and is are be by at with as from its it "
    "ve ile bir bu da de için "
    "в во на с со о об и к по из за от до для"))
# Python-slugify transliterates through text-unidecode; these letters it
# spells otherwise than the BGN-like scheme of the dossier's ids (й -> y,
# not i; ю -> yu; я -> ya), and an apostrophe joins a Turkish suffix to its
# word ("Rusya'dan" -> "rusyadan"), it does not split them.
_TRANSLITERATION = [["й", "y"], ["Й", "Y"], ["ю", "yu"], ["Ю", "Yu"], ["я", "ya"], ["Я", "Ya"],
                    ["ь", ""], ["ъ", ""], ["'", ""], ["’", ""], ["ʼ", ""]]
_ID_WORDS = 6
_PUNCTUATION = "\"'“”«»„:;,.!?"
BLANKS = {  # field -> what to write there; a blank fails `dossier check` until filled
    "publisher": "the outlet, or delete this line if the report does not name it",
    "byline": "the author or agency, or delete this line if there is none",
    "published": "EDTF date, e.g. 2019-11-04; if undated, infer it (2019-12~) and say how "
                 "in published_note",
    "url": "the original address, or delete this line if unknown",
}


def derive_id(article: Article) -> str:
    """Readable and stable: the title's first words in ASCII, then the year.
    "Rusya'dan ikinci parti S-400 açıklaması" -> "rusyadan-ikinci-parti-s-400-aciklamasi"."""
    words = [w for w in article.title.split()
             if w.casefold().strip(_PUNCTUATION) not in _SMALL_WORDS]
    slugs = [slugify(word, replacements=_TRANSLITERATION) for word in words]
    kept = [s for s in slugs if s][:_ID_WORDS]
    year = article.published[:4] if article.published[:4].isdigit() else ""
    return "-".join(kept + ([year] if year else [])) or "new-source"


def source_text(article: Article) -> str:
    """The file: front matter (a schema comment, found fields, marked blanks)
    and the cleaned body, one paragraph per line."""
    body = "\n\n".join(article.paragraphs)
    fields: dict[str, Any] = {"title": article.title, "publisher": article.publisher,
                              "published": article.published}
    if article.published_note:
        fields["published_note"] = article.published_note
    fields |= {"byline": article.byline, "url": article.url,
               "sha256": body_sha256(body),  # the text as collected: check warns if it changes
               "language": article.language or "en", "annotations": []}
    post = frontmatter.Post(body, **fields)
    lines = frontmatter.dumps(post, sort_keys=False, width=1000, allow_unicode=True).split("\n")
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
