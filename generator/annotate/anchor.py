"""Hand annotations anchored in the body: where each one's quote lies, and
the span it makes there; when the quote is not found, a hint at what is."""

from __future__ import annotations

from typing import TypedDict

from ..model.annotations import (
    Annotation,
    DateMark,
    EventReport,
    Mention,
    Quotation,
    Statement,
)
from ..model.content import (
    DateSpec,
    EventSpec,
    HandSpec,
    MentionSpec,
    QuotationSpec,
    Source,
    StatementSpec,
)
from ..model.diagnostics import Diagnostic
from ..model.text import QUOTE_MARKS, Folded, fold_space
from ..model.vocabulary import Origin
from .textmatch import lookalike_difference, nearest, occurrences


class _Where(TypedDict):
    source: str
    start: int
    end: int
    quote: str
    origin: Origin
    anchor: str


def find_spans(source: Source, body: Folded, spec: HandSpec,
               problems: list[Diagnostic]) -> list[tuple[int, int]]:
    """Original (start, end) spans the annotation selects; reports failures."""
    at, select = source.at, spec.select
    here = ("annotations", spec.index, "quote")
    spans = occurrences(body, select.quote, select.prefix, select.suffix)
    if select.every and select.quote[:1].islower():
        # "the official" everywhere means "The official" starting a sentence, too.
        capital = select.quote[0].upper() + select.quote[1:]
        spans = sorted(spans + occurrences(body, capital, select.prefix, select.suffix))
    if not spans:
        problems.append(_not_found(source, body, spec))
        return []
    if select.occurrence:
        if select.occurrence > len(spans):
            problems.append(at.error(here, f"occurrence {select.occurrence} asked, but the "
                                     f"quote occurs {len(spans)} time(s)"))
            return []
        return [spans[select.occurrence - 1]]
    if len(spans) > 1 and not select.every:
        places = ", ".join("{}:{}".format(*at.body_position(s)) for s, _ in spans[:SHOWN])
        more = f" and {len(spans) - SHOWN} more" if len(spans) > SHOWN else ""
        problems.append(at.error(here, f"quote occurs {len(spans)} times (at {places}{more})",
                                 "add prefix or suffix, occurrence: N, or all: true"))
        return []
    return spans


SHOWN = 10  # places named when a quote occurs more often


def _not_found(source: Source, body: Folded, spec: HandSpec) -> Diagnostic:
    quote, at = spec.select.quote, source.at
    here = ("annotations", spec.index, "quote")
    bare = occurrences(body, quote)
    if bare:  # the words are there; the prefix or suffix is not
        start, end = bare[0]
        # The words around it, joined to it as in the body: "in [Moscow]. Turkey"
        before = " ".join(source.body[:start].split()[-5:])
        before += " " if source.body[start - 1:start].isspace() else ""
        after = " ".join(source.body[end:].split()[:5])
        after = (" " if source.body[end:end + 1].isspace() else "") + after
        return at.error(here, f"quote found {len(bare)} time(s), but not with this "
                        "prefix/suffix", f"at line {_line(source, start)} it reads: "
                        f'"{"…" if before else ""}{before}[{quote}]{after}{"…" if after else ""}"')
    lookalikes = lookalike_difference(source.body, quote)
    if lookalikes:
        return at.error(here, "quote not found in the body",
                        f"the body writes {lookalikes} where the quote has plain quotes, "
                        "apostrophes or dashes: copy them from the body")
    return at.error(here, "quote not found in the body", _nearest_hint(source, body, quote))


def _nearest_hint(source: Source, body: Folded, quote: str) -> str:
    best = nearest(body, quote)
    if not best or best[2] < 50:
        return ""
    start, end, _ = best
    while start > 0 and source.body[start - 1] in QUOTE_MARKS:  # the marks around it too
        start -= 1
    while end < len(source.body) and source.body[end] in QUOTE_MARKS:
        end += 1
    passage = fold_space(source.body[start:end]).strip()
    line = _line(source, start)
    if _unmarked(passage) == _unmarked(quote) and _marks(passage) > _marks(quote):
        return (f"the body has quotation marks in these words (line {line}); "
                f"copy them too: {passage}")
    return f'nearest text (line {line}): "{passage}"'


def _marks(text: str) -> int:
    return sum(c in QUOTE_MARKS for c in text)


def _unmarked(text: str) -> str:
    """Words without their quotation marks, white space folded."""
    return " ".join("".join(" " if c in QUOTE_MARKS else c for c in text).split())


def _line(source: Source, offset: int) -> int:
    return source.at.body_position(offset)[0]


def hand_annotation(source: Source, spec: HandSpec, start: int, end: int,
                    n: int) -> Annotation | None:
    """The span of one match of a hand annotation (`n` counts matches of
    `all`), or None for a suppress, which marks nothing itself."""
    common = _Where(source=source.id, start=start, end=end, quote=source.body[start:end],
                    origin="hand", anchor=f"h-{spec.index + 1}" + (f"-{n + 1}" if n else ""))
    match spec:
        case MentionSpec(actor=actor):
            return Mention(**common, actor=actor)
        case StatementSpec():
            return Statement(**common, claim=spec.claim, by=spec.by, stance=spec.stance,
                             said=spec.said, via=spec.via)
        case EventSpec(event=event, date=date):
            return EventReport(**common, event=event, date=date)
        case QuotationSpec(by=by):
            return Quotation(**common, by=by)
        case DateSpec(date=date) if date is not None:
            return DateMark(**common, date=date)
    return None
