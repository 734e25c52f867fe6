"""`dossier eval --intake FOLDER`: how well `dossier new` reads real pages.

Every raw report of FOLDER (`<id>.txt` or `<id>.html`) goes through the
intake and is scored against its `<id>.gold.yml` (tests/devset/README.md
gives the format): is the title, the date, the byline and the language
right; how many of the page's chrome lines (and its meta lines: date,
byline) ended in the body; how many of the article's paragraphs are
missing from it. Bylines compare as sets of names, case and punctuation
folded, and a byline the gold gives as null is right when none is given;
text compares with white space folded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..model.text import fold_space
from .intake import Article, IntakeError, read_report
from .intake.bylines import names_of

FIELDS = ("title", "date", "byline", "language", "publisher", "url")
TARGETS = {"fields": 0.90, "chrome kept": 0.05}  # the bar for each report set


@dataclass(frozen=True)
class ReportScore:
    id: str
    language: str  # the gold's
    right: frozenset[str]  # which of FIELDS the intake got right
    misses: tuple[str, ...]  # "byline 'X' (gold 'Y')", one per wrong field
    chrome: int
    chrome_kept: int
    meta: int
    meta_kept: int
    paragraphs: int
    lost: tuple[str, ...]  # gold paragraphs missing from the body
    extra: int  # body paragraphs that are in no list of the gold


def evaluate(folder: Path) -> tuple[list[ReportScore], list[str]]:
    """A score per raw report of `folder`, and the problems that kept some
    from being scored (no gold file, unreadable input)."""
    scores, problems = [], []
    raws = sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".html"))
    if not raws:
        problems.append(f"{folder}: no raw report (.txt or .html) here")
    for raw in raws:
        gold_path = raw.with_name(raw.stem + ".gold.yml")
        try:
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            article = read_report(raw.read_bytes())
        except (OSError, yaml.YAMLError, IntakeError) as exc:
            problems.append(f"{raw}: not scored: {exc}")
            continue
        scores.append(score(raw.stem, article, gold))
    return scores, problems


def score(id: str, article: Article, gold: dict[str, Any]) -> ReportScore:
    new = gold.get("new") or {}
    ours = {"title": article.title, "date": article.published, "byline": article.byline,
            "language": article.language, "publisher": article.publisher, "url": article.url}
    wanted = {"title": new.get("title"), "date": new.get("published"),
              "byline": new.get("byline"), "language": gold.get("language"),
              "publisher": new.get("publisher"), "url": new.get("url")}
    right = frozenset(f for f in FIELDS if _agree(f, ours[f], wanted[f]))
    body = Counter(_fold(p) for p in article.paragraphs)
    gold_body = [_fold(p) for p in str(gold.get("body") or "").split("\n\n") if p.strip()]
    chrome, meta = _folded(gold.get("chrome")), _folded(gold.get("meta_lines"))
    return ReportScore(
        id=id, language=str(gold.get("language")), right=right,
        misses=tuple(f"{f} {ours[f]!r} (gold {wanted[f]!r})" for f in FIELDS if f not in right),
        chrome=len(chrome), chrome_kept=_kept(chrome, body), meta=len(meta),
        meta_kept=_kept(meta, body), paragraphs=len(gold_body),
        lost=tuple((Counter(gold_body) - body).elements()),
        extra=sum((body - Counter(gold_body) - Counter(chrome) - Counter(meta)).values()))


def _agree(field: str, ours: str, gold: object) -> bool:
    if gold is None:
        return not ours  # the gold says the page does not give it
    if field == "byline":
        return names_of(ours) == names_of(str(gold))
    return _fold(ours) == _fold(str(gold))


def _fold(text: str) -> str:
    return fold_space(text).strip()


def _folded(lines: object) -> list[str]:
    return [_fold(str(line)) for line in lines] if isinstance(lines, list) else []


def _kept(lines: list[str], body: Counter[str]) -> int:
    """How many of `lines` the body holds, each occurrence counted once."""
    return sum((Counter(lines) & body).values())


def report(scores: Sequence[ReportScore]) -> str:
    if not scores:
        return "no report scored"
    groups = {lang: [s for s in scores if s.language == lang]
              for lang in sorted({s.language for s in scores})}
    groups["overall"] = list(scores)
    head = (f"{'':9} {'reports':>7} " + " ".join(f"{f:>9}" for f in FIELDS)
            + f" {'chrome kept':>15} {'meta kept':>10} {'lines lost':>10} {'extra':>5}")
    head = head.rstrip()
    lines = [head] + [_row(name, group) for name, group in groups.items()]
    lines += ["", _verdict(list(scores))]
    misses = [f"  {s.id}: " + "; ".join(s.misses + tuple(f"lost {p[:60]!r}" for p in s.lost))
              for s in scores if s.misses or s.lost]
    return "\n".join(lines + (["", "wrong or missing:", *misses] if misses else []))


def _row(name: str, group: Sequence[ReportScore]) -> str:
    right = " ".join(f"{sum(f in s.right for s in group):>5}/{len(group):<3}" for f in FIELDS)
    chrome = sum(s.chrome for s in group)
    kept = sum(s.chrome_kept for s in group)
    share = f"{kept}/{chrome} ({kept / chrome:.0%})" if chrome else "0/0"
    meta = f"{sum(s.meta_kept for s in group)}/{sum(s.meta for s in group)}"
    lost = f"{sum(len(s.lost) for s in group)}/{sum(s.paragraphs for s in group)}"
    extra = sum(s.extra for s in group)
    return f"{name:9} {len(group):>7} {right} {share:>15} {meta:>10} {lost:>10} {extra:>5}"


def _verdict(scores: list[ReportScore]) -> str:
    """The issue's targets, met or not, on these reports."""
    worst = min(sum(f in s.right for s in scores) / len(scores) for f in FIELDS[:4])
    chrome = sum(s.chrome for s in scores)
    kept = sum(s.chrome_kept for s in scores) / chrome if chrome else 0.0
    lost = sum(len(s.lost) for s in scores)
    checks = [(f"title, date, byline, language right >= {TARGETS['fields']:.0%}",
               worst >= TARGETS["fields"]),
              (f"chrome kept <= {TARGETS['chrome kept']:.0%}", kept <= TARGETS["chrome kept"]),
              ("no article line lost", lost == 0)]
    return "targets: " + "; ".join(f"{text}: {'met' if ok else 'NOT met'}" for text, ok in checks)
