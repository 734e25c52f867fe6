"""Which runs of capitalised words are names, and which single capitalised
words are, on the evidence of the text around them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from ...model.text import fold_name
from .tokens import Token
from .vocabulary import (
    CONNECTORS,
    DEMONYMS,
    MONTHS_AND_DAYS,
    ORGANISATION_WORDS,
    PLACE_ENDS,
    SENTENCE_WORDS,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    THING_ENDS,
    TITLE_HEADS,
    TITLE_WORDS,
)

Known = Callable[[Token], bool]
ORGANISATION = "\0organisation"  # a name's "role" when it stands before a title: whose title it is
# "Russian-made", "Washington-based", "Kremlin-backed": adjectives, not names.
_COMPOUND_ADJECTIVE = re.compile(r"-(?:made|based|backed|led|owned|run|built|funded)$"
                                 r"|^[A-Z][a-z]+(?:o|an|ish|ese|ic)-[A-Z][a-z]+(?:an|ish|ese|ic)$")
_NOT_A_NAME = SENTENCE_WORDS | TITLE_WORDS | DEMONYMS | MONTHS_AND_DAYS | PLACE_ENDS
_RUSSIAN_ENDING = re.compile(r"(?:ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ах|ях|ов|ев|[аяуюеыи])$")


def names(all_runs: list[list[Token]], known: Known,
          words: list[Token]) -> Iterator[tuple[list[Token], str]]:
    """Every name a run holds, as (its words, the role before it). A name
    that stands before a title ("Rosoboronexport'un Genel Müdürü ...") comes
    with the role "organisation"."""
    lowercase = {fold_name(w.text) for w in words if not w.capital}
    for run in all_runs:
        for segment in _unknown_segments(run, known, lowercase):
            for part in _split_lists(segment):
                yield from _names_in(part)


def _unknown_segments(run: list[Token], known: Known, lowercase: set[str]) -> list[list[Token]]:
    """The run without its known names, its months and the common word a
    sentence starts with (one the text also writes in lowercase), split
    where those stood."""
    segments: list[list[Token]] = [[]]
    for i, word in enumerate(run):
        common = word.folded in SENTENCE_WORDS or (
            i == 0 and word.initial and fold_name(word.text) in lowercase
            and word.folded not in TITLE_WORDS | DEMONYMS)  # a title's words are its role
        if known(word) or word.folded in MONTHS_AND_DAYS or (not segments[-1] and common):
            segments.append([])
        else:
            segments[-1].append(word)
    return [_trimmed(s) for s in segments if _trimmed(s)]


def _split_lists(segment: list[Token]) -> list[list[Token]]:
    """ "Greece and Cyprus" is two names; "Strategies and Technologies" in a
    name with "of" or "for" is one."""
    if any(w.folded in ("of", "for") for w in segment):
        return [segment]
    parts: list[list[Token]] = [[]]
    for word in segment:
        if word.folded == "and":
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


def _trimmed(words: list[Token]) -> list[Token]:
    """Without the connectors at either end ("Secretary of" -> "Secretary")."""
    while words and words[0].folded in CONNECTORS:
        words = words[1:]
    while words and words[-1].folded in CONNECTORS:
        words = words[:-1]
    return words


def _names_in(segment: list[Token]) -> Iterator[tuple[list[Token], str]]:
    owner, role, name = _split_title(segment)
    if owner:
        yield owner, ORGANISATION
    while name and (name[0].folded in DEMONYMS or _COMPOUND_ADJECTIVE.search(name[0].text)):
        name = _trimmed(name[1:])
    if not name or name[-1].folded in PLACE_ENDS | THING_ENDS:
        return  # a bare title, an adjective, a place, a law
    if all(w.folded in _NOT_A_NAME for w in name):
        return
    for i, part in enumerate(_person_of_organisation(name)):
        yield part, role if i == 0 else ORGANISATION  # "a person of X": X is someone


def _split_title(segment: list[Token]) -> tuple[list[Token], str, list[Token]]:
    """ "Turkish Defense Minister Fikri Isik" -> ([], "Turkish Defense Minister",
    [Fikri, Isik]); "Secretary of State Mike Pompeo" keeps "of State" in the
    title; "Atlas Institute Director John Roe" -> ([Atlas, Institute], "Director",
    [John, Roe]): whose title it is, the title, the name."""
    heads = [i for i, w in enumerate(segment) if w.folded in TITLE_HEADS]
    if not heads:
        return [], "", segment
    end = heads[-1] + 1
    if (end + 1 < len(segment) and segment[end].folded == "of"
            and len(segment) - (end + 2) >= 1):
        end += 2  # "Secretary of State", "Minister of Defense"
    owner = 0
    while owner < end and segment[owner].folded not in TITLE_WORDS | DEMONYMS:
        owner += 1
    title = " ".join(w.text for w in segment[owner:end])
    return _trimmed(segment[:owner]), title, _trimmed(segment[end:])


def _person_of_organisation(name: list[Token]) -> list[list[Token]]:
    """ "Ahmet Yilmaz of Rosoboronexport" is two names; "Presidency of Defense
    Industries" is one (its first part is an organisation's word)."""
    for i, word in enumerate(name):
        left = name[:i]
        if (word.folded in ("of", "for") and len(left) >= 2
                and not any(w.folded in ORGANISATION_WORDS for w in left)):
            return [left, *_person_of_organisation(_trimmed(name[i + 1:]))]
    return [name] if name else []


def single_words(words: list[Token], singles: list[Token], body: str) -> list[Token]:
    """The single capitalised words that name someone, on evidence: they
    recur mid-sentence, stand as an agency's tag, or speak or are spoken to;
    and the text never writes them in lowercase."""
    lowercase = {fold_name(w.text) for w in words if not w.capital}
    counts = Counter(stem(w) for w in words if w.capital and not w.initial)
    out = []
    for i, word in ((words.index(w), w) for w in singles):
        if (fold_name(word.text) in lowercase or word.folded in _NOT_A_NAME
                or len(word.text) < 2 or _COMPOUND_ADJECTIVE.search(word.text)):
            continue
        if counts[stem(word)] >= 2 or _tag(word, body) or _holds_title(words, i) or (
                not word.initial and _speaks(words, i)):
            out.append(word)
    return out


def stem(word: Token) -> str:
    """A name's case forms as one: "Рособоронэкспорта", "Рособоронэкспорт"."""
    folded = fold_name(word.text)
    return _RUSSIAN_ENDING.sub("", folded) if len(folded) > 5 else folded


def _tag(word: Token, body: str) -> bool:
    """An agency's tag in a dateline: "(AP)", "/TASS/", "(UrduPoint News / Sputnik - ..."."""
    before = word.before.rstrip()
    after = body[word.end:word.end + 3].lstrip()
    return before[-1:] in ("(", "/") and after[:1] in (")", "/", "-", "—")


def _holds_title(words: list[Token], i: int) -> bool:
    """ "Rosoboronexport'un Genel Müdürü", "Xinhua correspondent": whose title it is."""
    after = words[i + 1] if i + 1 < len(words) else None
    return bool(after and after.before in (" ", "\u00a0") and after.folded in TITLE_WORDS
                and after.folded not in DEMONYMS)


def _speaks(words: list[Token], i: int) -> bool:
    """ "the Kremlin said", "Xinhua reported", "told Sputnik", "according to AP"."""
    after = words[i + 1] if i + 1 < len(words) else None
    before = words[i - 1] if i else None
    according = i >= 2 and [w.folded for w in words[i - 2:i]] == ["according", "to"]
    return bool((after and after.joined and after.folded in SPEECH_AFTER)
                or (before and words[i].joined and before.folded in SPEECH_BEFORE) or according)
