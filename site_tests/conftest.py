"""Build the real dossier once for all site tests."""

from __future__ import annotations

import json
import os
import posixpath
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.cli import main

from .browser import browser  # noqa: F401  (a fixture for the browser tests)

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Page:
    """What the tests read from one built HTML page."""

    links: list[tuple[str, str]] = field(default_factory=list)  # (href, text)
    ids: set[str] = field(default_factory=set)
    assets: list[str] = field(default_factory=list)  # src/href that the page loads
    classes: dict[str, list[dict[str, str]]] = field(default_factory=dict)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.page.ids.add(a["id"])
        for cls in a.get("class", "").split():
            self.page.classes.setdefault(cls, []).append(a)
        if tag == "a" and "href" in a:
            self._href, self._text = a["href"], []
        if tag in ("script", "img", "iframe") and a.get("src"):
            self.page.assets.append(a["src"])
        if tag == "link" and a.get("href"):
            self.page.assets.append(a["href"])

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.page.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def read_page(path: Path) -> Page:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader.page


def target(page: str, href: str) -> tuple[str, str]:
    """The site path and #anchor that a link on `page` leads to."""
    parts = urlsplit(href)
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), parts.path)) \
        if parts.path else page
    if parts.path.endswith("/") or path == ".":
        path = posixpath.join(path, "index.html")
    return path, parts.fragment


def broken_links(root: Path, skip: frozenset[str] | set[str] = frozenset()
                 ) -> tuple[list[tuple[str, str]], int]:
    """(page, href) of every link under `root` whose file or #anchor is missing,
    and how many anchors were checked."""
    pages = {p.relative_to(root).as_posix(): read_page(p)
             for p in root.rglob("*.html") if p.name not in skip}
    broken, checked = [], 0
    for name, page in pages.items():
        for href, _ in page.links:
            if urlsplit(href).scheme or href.startswith("mailto:"):
                continue
            path, anchor = target(name, href)
            if not (root / path).exists() or href.startswith("/"):
                broken.append((name, href))
            elif anchor and path in pages:
                checked += 1
                if anchor not in pages[path].ids:
                    broken.append((name, href))
    return broken, checked


@dataclass
class Site:
    root: Path
    data: dict

    def page(self, relative: str) -> Page:
        return read_page(self.root / relative)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    out = tmp_path_factory.mktemp("built")
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        code = main(["build", "--docs", str(out / "docs"), "--site", str(out / "site")])
    finally:
        os.chdir(old)
    assert code == 0, "the real dossier must build"
    data = json.loads((out / "site" / "dossier.json").read_text(encoding="utf-8"))
    return Site(out / "site", data)


@pytest.fixture(scope="session")
def offline_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline bundle, built as `make site` builds it."""
    out = tmp_path_factory.mktemp("bundle")
    archive = out / "dist" / "dossier-offline.zip"
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        code = main(["bundle", "--docs", str(out / "docs"), "--site", str(out / "offline"),
                     "--zip", str(archive)])
    finally:
        os.chdir(old)
    assert code == 0, "the offline bundle must build"
    return archive


@pytest.fixture(scope="session")
def unzipped(offline_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle unzipped somewhere else, as a reader would."""
    target = tmp_path_factory.mktemp("reader")
    with zipfile.ZipFile(offline_zip) as bundle:
        bundle.extractall(target)
    return target / "dossier-offline"
