"""The one pipeline: load -> annotate -> resolve -> render -> write.

Nothing is written until everything is loaded and resolved; any error stops
the run before the write, so the last good output stays where it was.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .annotate import annotate
from .load import load
from .model.diagnostics import Diagnostic, has_errors
from .model.dossier import Dossier
from .resolve import resolve
from .write import locked, publish, replace_folder, temporary_folder, write_docs


def check(content: Path) -> tuple[Dossier | None, list[Diagnostic]]:
    """Load, annotate and resolve; every problem of the content at once."""
    corpus, problems = load(content)
    annotated, found = annotate(corpus)
    problems += found
    dossier, found = resolve(annotated)
    problems += found
    return (None if has_errors(problems) else dossier), problems


def generate(content: Path, docs: Path) -> list[Diagnostic]:
    """Check the content and, if it is sound, write the MkDocs docs folder."""
    dossier, problems = check(content)
    if dossier is not None:
        with locked(docs.parent, docs):
            write_docs(dossier, docs)
    return problems


def build(content: Path, docs: Path, site: Path, config: Path) -> list[Diagnostic]:
    """Check, render, and publish with MkDocs. The new docs folder replaces
    the old one only once MkDocs has built the site from it."""
    dossier, problems = check(content)
    if dossier is None:
        return problems
    with locked(docs.parent, docs, site):
        staged = temporary_folder(docs)
        try:
            write_docs(dossier, staged / "docs")
            problems += publish(config, staged / "docs", site)
            if not has_errors(problems):
                replace_folder(staged / "docs", docs)
        finally:
            shutil.rmtree(staged, ignore_errors=True)
    return problems
