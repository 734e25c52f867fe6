"""Hand annotations: which kind each one is, and where its quote lies.

The kind follows from the keys: `actor` marks a mention, `claim` a stance,
`event` a report of an event, `quotation: true` a quotation (with `by` for
its speaker), `date` alone a date, `suppress: true` removes an automatic one.
"""

from __future__ import annotations

from .diagnostics import Diagnostic, error
from .frontmatter_yaml import KEY
from .model import Annotation, HandAnnotation, Source
from .textmatch import Folded, lookalike_difference, nearest, occurrences

SELECTOR = {"quote", "prefix", "suffix", "occurrence", "all"}
KINDS = {  # kind -> the key that marks it, and the keys it may carry
    "mention": ("actor", {"actor"}),
    "stance": ("claim", {"claim", "by", "stance", "said", "via"}),
    "event": ("event", {"event", "date"}),
    "quotation": ("quotation", {"quotation", "by"}),
    "suppress": ("suppress", {"suppress"}),
    "date": ("date", {"date"}),  # only when no other kind's key is there
}
HINT = "give it one of: actor, claim (with by and stance), event, quotation, date, suppress"


_TEXT_KEYS = ("quote", "prefix", "suffix", "actor", "claim", "by", "stance", "via", "event")


def well_typed(item: object) -> bool:
    """Whether the later stages can read an annotation at all. A wrong value
    (a stance not in the list) is the schema's to report; a number where text
    belongs would only make them stumble."""
    if not isinstance(item, dict) or not isinstance(item.get("quote"), str):
        return False
    texts = all(isinstance(item[k], str) for k in _TEXT_KEYS if k in item)
    flags = all(isinstance(item[k], bool) for k in ("all", "suppress", "quotation") if k in item)
    occurrence = item.get("occurrence", 1)
    return texts and flags and isinstance(occurrence, int) and not isinstance(occurrence, bool)


def kind_of(fields: dict[str, object]) -> list[str]:
    """Every kind the keys ask for; one is right, none or two is a mistake."""
    kinds = [k for k, (key, _) in KINDS.items() if key in fields and k != "date"]
    return kinds or (["date"] if "date" in fields else [])


def check_kind(source: Source, spec: HandAnnotation) -> tuple[str, list[Diagnostic]]:
    """The annotation's kind, or "" with the reasons it has none."""
    doc = source.doc
    line, col = doc.where("annotations", spec.index)
    kinds = kind_of(spec.fields)
    if not kinds:
        return "", [error(doc.path, line, col, "annotation marks nothing", HINT)]
    if len(kinds) > 1:
        first, second = (KINDS[k][0] for k in kinds[:2])
        return "", [error(doc.path, line, col, f"annotation has both '{first}' and '{second}'",
                          "write one annotation for each")]
    kind = kinds[0]
    problems = []
    for key in sorted(set(spec.fields) - SELECTOR - KINDS[kind][1]):
        kline, kcol = doc.where("annotations", spec.index, key, KEY)
        article = "an" if kind[0] in "aeiou" else "a"
        problems.append(error(doc.path, kline, kcol,
                              f"'{key}' does not apply to {article} {kind} annotation"))
    if kind == "stance":
        if "stance" not in spec.fields:
            problems.append(error(doc.path, line, col, "a claim annotation needs a 'stance'",
                                  "one of: asserts, denies, doubts, reports"))
        if "by" not in spec.fields and spec.get("stance") in ("asserts", "denies", "doubts"):
            problems.append(error(doc.path, line, col, "a claim annotation needs 'by'",
                                  "the id of the actor who takes the stance"))
    return ("" if problems else kind), problems


def find_spans(source: Source, body: Folded, spec: HandAnnotation,
               problems: list[Diagnostic]) -> list[tuple[int, int]]:
    """Original (start, end) spans the annotation selects; reports failures."""
    doc, quote = source.doc, spec.get("quote", "")
    line, col = doc.where("annotations", spec.index, "quote")
    spans = occurrences(body, quote, spec.get("prefix", ""), spec.get("suffix", ""))
    if spec.get("all") and quote[:1].islower():
        # "the official" everywhere means "The official" starting a sentence, too.
        capital = quote[0].upper() + quote[1:]
        spans = sorted(spans + occurrences(body, capital, spec.get("prefix", ""),
                                           spec.get("suffix", "")))
    if not spans:
        problems.append(_not_found(source, body, spec, line, col))
        return []
    occurrence = spec.get("occurrence")
    if occurrence:
        if occurrence > len(spans):
            problems.append(error(doc.path, line, col,
                                  f"occurrence {occurrence} asked, but the quote occurs "
                                  f"{len(spans)} time(s)"))
            return []
        return [spans[occurrence - 1]]
    if len(spans) > 1 and not spec.get("all"):
        places = ", ".join(_file_place(source, s) for s, _ in spans)
        problems.append(error(doc.path, line, col,
                              f"quote occurs {len(spans)} times (at {places})",
                              "add prefix or suffix, occurrence: N, or all: true"))
        return []
    return spans


def _not_found(source: Source, body: Folded, spec: HandAnnotation, line: int,
               col: int) -> Diagnostic:
    quote, path = spec.get("quote", ""), source.doc.path
    bare = occurrences(body, quote)
    if bare:  # the words are there; the prefix or suffix is not
        start, end = bare[0]
        # The words around it, joined to it as in the body: "in [Moscow]. Turkey"
        before = " ".join(source.body[:start].split()[-5:])
        before += " " if source.body[start - 1:start].isspace() else ""
        after = " ".join(source.body[end:].split()[:5])
        after = (" " if source.body[end:end + 1].isspace() else "") + after
        return error(path, line, col, f"quote found {len(bare)} time(s), but not with this "
                     "prefix/suffix", f'at line {_file_line(source, start)} it reads: '
                     f'"{"…" if before else ""}{before}[{quote}]{after}{"…" if after else ""}"')
    lookalikes = lookalike_difference(source.body, quote)
    if lookalikes:
        return error(path, line, col, "quote not found in the body",
                     f"the body writes {lookalikes} where the quote has plain quotes, "
                     "apostrophes or dashes: copy them from the body")
    best = nearest(body, quote)
    hint = ""
    if best and best[2] >= 50:
        start, end, _ = best
        while end < len(source.body) and source.body[end] in _MARKS:  # a closing mark too
            end += 1
        passage = " ".join(source.body[start:end].split())
        hint = f'nearest text (line {_file_line(source, start)}): "{passage}"'
        if _unmarked(passage) == _unmarked(quote) and _marks(passage) > _marks(quote):
            hint = (f"the body has quotation marks in these words (line "
                    f"{_file_line(source, start)}); copy them too: {passage}")
    return error(path, line, col, "quote not found in the body", hint)


_MARKS = "\"“”„‘’«»'"


def _marks(text: str) -> int:
    return sum(text.count(c) for c in _MARKS)


def _unmarked(text: str) -> str:
    """Words without their quotation marks, white space folded."""
    return " ".join(text.translate({ord(c): " " for c in _MARKS}).split())


def _file_line(source: Source, offset: int) -> int:
    return source.doc.body_position(offset)[0]


def _file_place(source: Source, offset: int) -> str:
    """`line:col` in the file of a body offset."""
    return "{}:{}".format(*source.doc.body_position(offset))


def hand_annotation(source: Source, spec: HandAnnotation, kind: str,
                    start: int, end: int, n: int) -> Annotation:
    """The span of one match of a hand annotation (`n` counts matches of `all`)."""
    f = spec.fields
    date = f.get("date")
    return Annotation(
        source=source.id, start=start, end=end, quote=source.body[start:end], origin="hand",
        kind=kind, anchor=f"h-{spec.index + 1}" + (f"-{n + 1}" if n else ""),
        actor=f.get("actor", ""), claim=f.get("claim", ""), by=f.get("by", ""),
        stance=f.get("stance", ""), via=f.get("via", ""), event=f.get("event", ""),
        said=f.get("said") if kind == "stance" else None,  # None: the report does not say
        date=date, value=date.text if kind == "date" and date else "",
    )
