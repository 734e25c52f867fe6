"""Shared helpers: small content folders written on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def write_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write {relative path: text} under tmp/content and return that folder.

    The test runs in tmp, so diagnostics name `content/...` as a user sees them.
    """
    monkeypatch.chdir(tmp_path)

    def write(files: dict[str, str]) -> Path:
        content = tmp_path / "content"
        for name, text in files.items():
            path = content / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for folder in ("sources", "actors", "claims", "events"):
            (content / folder).mkdir(parents=True, exist_ok=True)
        return content

    return write


def plain_source(body: str, published: str = "2019"):
    """A source with no front matter file behind it, for one annotator alone."""
    from generator import edtf
    from generator.model import Source

    return Source(id="s", title="t", publisher="", published=edtf.parse(published),
                  published_note="", byline="", url="", retrieved=None, language="en",
                  note="", checked=False, body=body, annotations=[], doc=None)  # type: ignore


def mini_dossier():
    """The mini fixture dossier, checked and resolved: a fresh one each call,
    for the caller may change it."""
    from generator.pipeline import check

    dossier, _ = check(FIXTURES / "mini" / "content")
    assert dossier is not None
    return dossier


def with_body(dossier, body: str):
    """Give the mini dossier's one source another body; return that source."""
    source = next(iter(dossier.sources.values()))
    source.body = body
    return source
