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
