"""Shared helpers: small content folders written on the fly."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

import pytest

from generator.model import edtf
from generator.model.content import Place, Source
from generator.model.dossier import Dossier
from generator.pipeline import check

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _caches_built_afresh_under_mutmut() -> None:
    """Grammars, word lists and search scores are cached per process. Under
    `make mutate` each test starts with them empty: mutmut maps code to the
    tests that run it, and runs a mutant's tests in a process forked from
    one that already ran them, so a filled cache would hide code from both."""
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return
    from generator.annotate.finders import date_grammar, money, places, speech
    from generator.render import search
    for cached in (date_grammar.grammar, money._words, places._country_names, speech.speech,
                   search._scores):
        cached.cache_clear()


@pytest.fixture
def write_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                  ) -> Callable[[dict[str, str]], Path]:
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


def plain_source(body: str, published: str = "2019") -> Source:
    """A source with no file behind it, for one annotator alone."""
    return Source(id="s", title="t", publisher="", published=edtf.parse(published), dated=True,
                  published_note="", byline="", url="", retrieved=None, language="en",
                  note="", checked=False, body=body, annotations=(),
                  at=Place("content/sources/s.md", body=body))


def mini_dossier() -> Dossier:
    """The mini fixture dossier, checked and resolved."""
    dossier, problems = check(FIXTURES / "mini" / "content")
    assert dossier is not None, problems
    return dossier


def with_body(dossier: Dossier, body: str) -> tuple[Dossier, Source]:
    """The mini dossier with another body for its one source, and that source."""
    source = dataclasses.replace(next(iter(dossier.sources.values())), body=body)
    return replace(dossier, sources={**dossier.sources, source.id: source}), source


def replace(dossier: Dossier, **tables: object) -> Dossier:
    """The dossier with some of its tables replaced (each frozen again)."""
    frozen = {k: MappingProxyType(dict(v)) for k, v in tables.items()}  # type: ignore[call-overload]
    return dataclasses.replace(dossier, **frozen)
