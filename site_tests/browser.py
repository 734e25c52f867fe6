"""Debian's chromium, driven by Playwright; never a downloaded browser.

On a machine without chromium (or Playwright) the browser tests skip, unless
CI is set: then they fail, so that CI never passes without running them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """DOSSIER_CHROMIUM if set (a CI runner's own Chrome), else Debian's chromium."""
    candidates = (os.environ.get("DOSSIER_CHROMIUM"), shutil.which("chromium"),
                  "/usr/bin/chromium")
    return next((p for p in candidates if p and os.path.exists(p)), None)


def unavailable(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{why}; CI must run the browser tests (make test installs chromium)")
    pytest.skip(why)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed")
    path = chromium_path()
    if path is None:
        unavailable("no chromium on this machine")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=ARGS)
        yield launched
        launched.close()
