"""Names in a report that match no actor: what `dossier annotate` suggests
a contributor add.

A name is a run of capitalised words. Known names are cut out of a run
and the rest is still a candidate ("US Secretary of State Mike Pompeo",
with "US" an actor, leaves "Mike Pompeo", titled "Secretary of State").
A title before a name becomes its role ("Turkish Defense Minister Fikri
Isik"); a title alone ("General Director"), an adjective ("Russian-made"),
a place ("Black Sea") or a month is no one. A single capitalised word is
suggested only on evidence that it names someone: it recurs mid-sentence,
it is an agency's tag ("(AP)", "/TASS/"), or it speaks or is spoken to
("the Kremlin said", "told Sputnik"), and it never appears in lowercase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model.text import fold_name
from .rules import ORGANISATION, names, single_words, stem
from .tokens import Token, runs, tokens


@dataclass(frozen=True)
class NameSuggestion:
    name: str
    start: int  # offset in the body of its first occurrence
    role: str = ""  # the title the report gives it ("Secretary of State")


def unknown_names(body: str, known: Sequence[tuple[int, int]]) -> list[NameSuggestion]:
    """Names in `body` outside the `known` spans (start, end), first
    occurrence first, each once."""
    words = tokens(body)

    def is_known(word: Token) -> bool:
        return any(s < word.end and word.start < e for s, e in known)

    found: dict[str, NameSuggestion] = {}
    singles: list[Token] = []
    titled: list[tuple[Token, str]] = []  # one word beside a title: its evidence
    for name, role in names(runs(words), is_known, words):
        shown = "" if role == ORGANISATION else role
        if len(name) == 1 and role:
            titled.append((name[0], shown))
        elif len(name) == 1:
            singles.append(name[0])  # one word alone: a name only on evidence
        else:
            text = body[name[0].start:name[-1].end]  # as written, "America’s" and all
            found.setdefault(fold_name(text), NameSuggestion(text, name[0].start, shown))
    # A surname alone, after the full name, is the same person ("Shugayev").
    surnames = {fold_name(s.name.split()[-1]) for s in found.values()}
    evidenced = [(w, "") for w in single_words(words, singles, body)]
    for word, role in sorted(titled + evidenced, key=lambda pair: pair[0].start):
        if fold_name(word.text) not in surnames:
            found.setdefault(stem(word), NameSuggestion(word.text, word.start, role))
    return sorted(found.values(), key=lambda s: s.start)
