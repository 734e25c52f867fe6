"""The one pipeline: load -> annotate -> resolve -> render -> write.

Nothing is written until everything is loaded and resolved; any error stops
the run before the write, so the last good output stays where it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .annotate import annotate
from .diagnostics import Diagnostic, error, has_errors
from .load import load
from .render import render
from .resolve import Dossier, resolve
from .write import swap, write_tree


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
        write_tree(render(dossier), docs)
    return problems


def publish(config: Path, docs: Path, site: Path) -> list[Diagnostic]:
    """Run `mkdocs build --strict` on `docs` into a fresh folder, then swap it in."""
    site.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{site.name}-", dir=site.parent))
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
               "--config-file", str(config), "--site-dir", str(fresh)]
    # mkdocs.yml reads its docs_dir from DOSSIER_DOCS: the CLI has no flag for it.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DOSSIER_DOCS": str(docs.resolve())}
    env.setdefault("SOURCE_DATE_EPOCH", _commit_time(config.parent))
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        detail = (result.stderr or result.stdout).strip()
        return [error(str(config), 1, 1, "mkdocs build --strict failed", detail)]
    fresh.chmod(0o755)
    swap(fresh, site)
    return []


def _commit_time(folder: Path) -> str:
    """The last commit's time, so that the sitemap's dates, and so the site's
    bytes, follow the content rather than the day of the build."""
    result = subprocess.run(["git", "-C", str(folder), "log", "-1", "--format=%ct"],
                            capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() \
        else "0"
