"""MkDocs, run in this process on a written docs folder, into a fresh site
folder that replaces the old one only when the build succeeded.

It uses MkDocs' own `load_config` (with `docs_dir` and `site_dir` passed in,
overriding `mkdocs.yml`) and `build`, in strict mode: a warning fails the
build, and the warnings are the error's detail.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..model.diagnostics import Diagnostic, error
from .guard import replace_folder, temporary_folder


def publish(config: Path, docs: Path, site: Path) -> list[Diagnostic]:
    """Build `docs` into a fresh folder beside `site`, then swap it in."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    fresh = temporary_folder(site)
    try:
        with _environment(config.parent), _warnings() as warnings:
            try:
                settings = load_config(str(config), docs_dir=str(docs.resolve()),
                                       site_dir=str(fresh.resolve()), strict=True)
                build(settings)
            except (MkDocsException, OSError) as exc:
                detail = "\n".join([*warnings, str(exc)]).strip()
                return [error(str(config), 1, 1, "mkdocs build --strict failed", detail)]
            except Exception as exc:  # a bug in MkDocs or a hook: still a message
                return [error(str(config), 1, 1, f"mkdocs build failed: {exc!r}")]
        fresh.chmod(0o755)
        replace_folder(fresh, site)
        return []
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


@contextmanager
def _warnings() -> Iterator[list[str]]:
    """MkDocs' warnings and errors while the block runs; its info is muted."""
    found: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(record.getMessage())

    logger = logging.getLogger("mkdocs")
    handler = Collect(logging.WARNING)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        yield found
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@contextmanager
def _environment(folder: Path) -> Iterator[None]:
    """The variables MkDocs reads: the last commit's time for the sitemap's
    dates (so that the site's bytes follow the content, not the day of the
    build), and Material's end-of-life banner off."""
    wanted = {"NO_MKDOCS_2_WARNING": "1",
              "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH") or _commit_time(folder)}
    saved = {key: os.environ.get(key) for key in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _commit_time(folder: Path) -> str:
    result = subprocess.run(["git", "-C", str(folder), "log", "-1", "--format=%ct"],
                            capture_output=True, text=True, check=False)
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else "0"
