"""The site's search index, built here rather than by MkDocs: small, split so
that a query loads only what it needs, and folded as the dossier folds names.

A reader's query is folded as names are (case, accents, the Turkish i: see
`model.text.fold_name`), so "Cavusoglu" finds "Çavuşoğlu"; Cyrillic words
are also kept in Latin letters, so "Peskov" finds "Песков". The index is a set
of script files that work hosted and from disk alike:

- `manifest.js`: how many documents, and which term files exist;
- `t-<hex of the first two letters>.js`: for each term, the documents that
  hold it and a score for each, as one flat list;
- `d-<n>.js`: the documents, a few hundred a file: address, title, teaser.

`theme/assets/javascripts/dossier-search.js` is the search worker that reads
them and answers Material's search box. Long lists (the pages of an actor's
mentions, of a year's timeline) are left out: the pages they list are in.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..model import paths
from ..model.annotations import Mention
from ..model.dossier import Dossier
from ..model.notes import note_text
from ..model.text import fold_name, fold_space, in_latin, is_cyrillic

FOLDER = "search-index"
DOCS_A_FILE = 400
TEASER = 240  # characters of a document shown under its title
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Document:
    """One page as search sees it: words in fields, each field with a weight."""

    location: str  # the page as published, from the site root
    title: str
    teaser: str
    boost: float
    fields: tuple[tuple[str, float], ...]  # (text, weight)


def terms(text: str) -> Iterator[str]:
    """The words of `text` as the index keeps them: folded, two letters or
    more; a Cyrillic word also in Latin letters, so that "Peskov" finds a
    Russian report's "Песков"."""
    for word in _WORD.findall(fold_name(text)):
        if len(word) > 1:
            yield word
            if is_cyrillic(word):
                yield fold_name(in_latin(word))


def documents(d: Dossier) -> Iterator[Document]:
    """Every page a reader searches for, with what it should be found by."""
    yield from _overview_documents(d)
    for id, s in sorted(d.sources.items()):
        names = {d.actors[a.actor].name for a in d.annotations[id]
                 if isinstance(a, Mention) and a.actor in d.actors}
        yield Document(paths.published(paths.source(id)), s.title, _teaser(s.body), 1.0,
                       ((s.title, 10), (f"{s.publisher} {s.byline}", 2), (s.body, 1),
                        (" ".join(sorted(names)), 0.5)))
    for id, a in sorted(d.actors.items()):
        yield Document(paths.published(paths.actor(id)), a.name, _teaser(a.role or a.note), 4.0,
                       ((a.name, 10), (" ".join(a.aliases), 10), (a.role, 3),
                        (note_text(a.note), 1)))
    for id, c in sorted(d.claims.items()):
        note = note_text(c.note)  # Markdown and sanitising: once a note
        yield Document(paths.published(paths.claim(id)), c.statement,
                       _teaser(c.verdict_note or note), 2.0,
                       ((c.statement, 10), (c.verdict_note, 2), (note, 1)))
    for id, e in sorted(d.events.items()):
        note = note_text(e.note)
        yield Document(paths.published(paths.event(id)), e.title, _teaser(note),
                       2.0, ((e.title, 10), (note, 1)))


def _overview_documents(d: Dossier) -> Iterator[Document]:
    home = note_text(d.home.text)
    yield Document(paths.published(paths.HOME), d.home.title, _teaser(home), 0.5,
                   ((d.home.title, 10), (home, 1)))
    for title, page in (("Timeline", paths.TIMELINE), ("Network", paths.NETWORK),
                        ("Data", paths.DATA)):
        yield Document(paths.published(page), title, "", 0.5, ((title, 10),))
    for section in paths.SECTIONS:
        title = section.capitalize()
        yield Document(paths.published(paths.index(section)), title, "", 0.5, ((title, 10),))


def _teaser(text: str) -> str:
    first = fold_space(text).strip()
    return first if len(first) <= TEASER else first[: TEASER - 1].rsplit(" ", 1)[0] + " …"


def index_files(docs: Iterable[Document]) -> dict[str, str]:
    """The index's files, by their path in the docs folder."""
    listed = list(docs)
    postings: dict[str, dict[int, float]] = defaultdict(dict)
    for number, doc in enumerate(listed):
        for term, score in _scores(doc).items():
            postings[term][number] = score
    # Each term's documents and scores, flat and whole: [doc, score, doc, score...]
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for term, found in postings.items():
        shards[term[:2]][term] = [v for n, score in sorted(found.items())
                                  for v in (n, max(1, round(score)))]
    files = {f"{FOLDER}/t-{_hex(prefix)}.js": _script("terms", shard)
             for prefix, shard in shards.items()}
    for start in range(0, len(listed), DOCS_A_FILE):
        chunk = [[doc.location, doc.title, doc.teaser] for doc in
                 listed[start:start + DOCS_A_FILE]]
        files[f"{FOLDER}/d-{start // DOCS_A_FILE}.js"] = _script("docs", [start, chunk])
    manifest = {"documents": len(listed), "perFile": DOCS_A_FILE,
                "shards": sorted(_hex(p) for p in shards)}
    files[f"{FOLDER}/manifest.js"] = _script("manifest", manifest)
    return files


@lru_cache(maxsize=65536)  # `dossier serve` indexes again only the pages that changed
def _scores(doc: Document) -> dict[str, float]:
    """Each word of a document, and its score there: the weights of the
    fields it stands in, times the page's boost, up to a hundred times it."""
    scores: dict[str, float] = defaultdict(float)
    for text, weight in doc.fields:
        for term in terms(text):
            scores[term] = min(scores[term] + weight * doc.boost, 100 * doc.boost)
    return scores


def _hex(prefix: str) -> str:
    return prefix.encode("utf-8").hex()


def _script(call: str, value: object) -> str:
    """A file that hands `value` to the worker: JSON, loaded as a script so
    that it works from disk too (where a fetch of JSON is refused)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"self.dossierSearch.{call}({text});\n"
