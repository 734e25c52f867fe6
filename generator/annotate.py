"""Stage 2, annotate: anchor hand annotations in each body and add what the
machine finds; a hand annotation wins where the two overlap."""

from __future__ import annotations

from .diagnostics import Diagnostic, error, warning
from .mentions import MentionFinder
from .model import AnnotatedCorpus, Annotation, Corpus, HandAnnotation, Source
from .textmatch import Folded, fold, line_of, nearest, occurrences

KIND_KEYS = ("actor", "claim", "event", "suppress")
ONLY_FOR = {"by": "claim", "stance": "claim", "said": "claim", "via": "claim", "date": "event"}


def annotate(corpus: Corpus) -> tuple[AnnotatedCorpus, list[Diagnostic]]:
    finder = finder_for(corpus)
    problems = [_ambiguous_alias(corpus, alias, ids) for alias, ids in finder.ambiguous.items()]
    spans = {}
    for source in corpus.sources.values():
        spans[source.id], found = annotate_source(source, finder)
        problems += found
    return AnnotatedCorpus(corpus, spans), problems


def finder_for(corpus: Corpus) -> MentionFinder:
    return MentionFinder((a.id, name) for a in corpus.actors.values()
                         for name in [a.name, *a.aliases])


def annotate_source(source: Source, finder: MentionFinder
                    ) -> tuple[list[Annotation], list[Diagnostic]]:
    body = fold(source.body)
    hand: list[Annotation] = []
    suppressed: list[tuple[int, int, HandAnnotation]] = []
    problems: list[Diagnostic] = []
    for spec in source.annotations:
        kind_problems = _check_kind(source, spec)
        problems += kind_problems
        found = _anchor(source, body, spec, problems)
        if kind_problems:
            continue
        if spec.get("suppress"):
            suppressed += [(start, end, spec) for start, end in found]
        else:
            hand += [_hand(source, spec, start, end, n) for n, (start, end) in enumerate(found)]
    auto = _auto_mentions(source, finder, hand)
    kept = [a for a in auto
            if not any(start < a.end and a.start < end for start, end, _ in suppressed)]
    for start, end, spec in suppressed:
        if not any(start < a.end and a.start < end for a in auto):
            line, col = source.doc.where("annotations", spec.index)
            problems.append(warning(source.doc.path, line, col,
                                    "suppress matches no automatic annotation",
                                    "remove it, or check the quote and prefix/suffix"))
    return sorted(hand + kept, key=lambda a: (a.start, -a.end, a.anchor)), problems


def _check_kind(source: Source, spec: HandAnnotation) -> list[Diagnostic]:
    doc = source.doc
    kinds = [k for k in KIND_KEYS if k in spec.fields]
    line, col = doc.where("annotations", spec.index)
    if not kinds:
        return [error(doc.path, line, col, "annotation marks nothing",
                      "give it one of: actor, claim (with by and stance), event, suppress")]
    if len(kinds) > 1:
        return [error(doc.path, line, col,
                      f"annotation has both '{kinds[0]}' and '{kinds[1]}'",
                      "write one annotation for each")]
    problems = []
    for key, needs in ONLY_FOR.items():
        if key in spec.fields and kinds[0] != needs:
            kline, kcol = doc.where("annotations", spec.index, key, "<key>")
            problems.append(error(doc.path, kline, kcol,
                                  f"'{key}' only applies to a {needs} annotation"))
    if kinds[0] == "claim":
        if "stance" not in spec.fields:
            problems.append(error(doc.path, line, col, "a claim annotation needs a 'stance'",
                                  "one of: asserts, denies, doubts, reports"))
        if "by" not in spec.fields and spec.get("stance") != "reports":
            problems.append(error(doc.path, line, col, "a claim annotation needs 'by'",
                                  "the id of the actor who takes the stance"))
    return problems


def _anchor(source: Source, body: Folded, spec: HandAnnotation,
            problems: list[Diagnostic]) -> list[tuple[int, int]]:
    """Original (start, end) spans the annotation selects; reports failures."""
    doc, quote = source.doc, spec.get("quote", "")
    line, col = doc.where("annotations", spec.index, "quote")
    starts = occurrences(body, quote, spec.get("prefix", ""), spec.get("suffix", ""))
    length = len(" ".join(quote.split()))
    spans = [body.span(s, s + length) for s in starts]
    if not spans:
        problems.append(_not_found(source, quote, line, col))
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


def _not_found(source: Source, quote: str, line: int, col: int) -> Diagnostic:
    best = nearest(fold(source.body), quote)
    hint = ""
    if best and best[2] >= 50:
        start, end, _ = best
        passage = " ".join(source.body[start:end].split())
        hint = f'nearest text (line {_file_line(source, start)}): "{passage}"'
    return error(source.doc.path, line, col, "quote not found in the body", hint)


def _file_line(source: Source, offset: int) -> int:
    return source.doc.body_line + line_of(source.body, offset) - 1


def _file_place(source: Source, offset: int) -> str:
    """`line:col` in the file of a body offset."""
    col = offset - (source.body.rfind("\n", 0, offset) + 1) + 1
    return f"{_file_line(source, offset)}:{col}"


def _hand(source: Source, spec: HandAnnotation, start: int, end: int, n: int) -> Annotation:
    anchor = f"h-{spec.index + 1}" + (f"-{n + 1}" if n else "")
    f = spec.fields
    kind = "stance" if "claim" in f else "event" if "event" in f else "mention"
    said = (f.get("said") or source.published) if kind == "stance" else None
    return Annotation(
        source=source.id, start=start, end=end, quote=source.body[start:end], origin="hand",
        kind=kind, anchor=anchor, actor=f.get("actor", ""), claim=f.get("claim", ""),
        by=f.get("by", ""), stance=f.get("stance", ""), said=said, via=f.get("via", ""),
        event=f.get("event", ""), date=f.get("date"),
    )


def _auto_mentions(source: Source, finder: MentionFinder,
                   hand: list[Annotation]) -> list[Annotation]:
    mentions = [a for a in hand if a.kind == "mention"]
    spans = []
    for hit in finder.find(source.body):
        auto = Annotation(
            source=source.id, start=hit.start, end=hit.end, quote=source.body[hit.start:hit.end],
            origin="auto", kind="mention", anchor=f"a-{hit.start}", actor=hit.actor,
            why=f"matched the name '{hit.alias}'",
        )
        if not any(auto.overlaps(m) for m in mentions):
            spans.append(auto)
    return spans


def _ambiguous_alias(corpus: Corpus, alias: str, ids: list[str]) -> Diagnostic:
    doc = corpus.actors[ids[0]].doc
    line, col = doc.where("aliases")
    return warning(doc.path, line, col,
                   f"the name '{alias}' belongs to {len(ids)} actors: {', '.join(ids)}",
                   "it is not found automatically; annotate its mentions by hand")
