"""Small dossiers written inline, built in process, checked by fragments.

In the manner of Hugo's integration test builder: a whole content folder is
one text, each file after a `-- path --` line; a test builds it and checks
that a page holds (or lacks) the fragments that pin one behaviour.

    built = build(BASE + '''
    -- sources/a.md --
    ---
    title: A report
    published: 2019-11-04
    ---
    Turkey said so.
    ''')
    built.has("sources/a.md", 'href="../actors/turkey.html"')
"""

from __future__ import annotations

import os
import re
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

from generator.model.diagnostics import Diagnostic
from generator.model.dossier import Dossier
from generator.pipeline import check
from generator.render import render

_FILE = re.compile(r"^-- (\S+) --$", re.MULTILINE)

# Three actors, a claim and an event: enough for most behaviours.
BASE = """
-- actors/turkey.md --
---
name: Turkey
kind: state
aliases: [Ankara]
---
A state.
-- actors/ismail-demir.md --
---
name: İsmail Demir
kind: person
aliases: [Ismail Demir, Demir]
affiliations: [turkey]
---
An official.
-- actors/ntv.md --
---
name: NTV
kind: media
---
A broadcaster.
-- claims/second-batch.md --
---
statement: A second batch will be bought.
verdict: unresolved
---
Analysis.
-- events/interview.md --
---
title: The interview
date: 2019-11-04
actors: [ismail-demir, ntv]
---
What happened.
"""


def files(text: str) -> dict[str, str]:
    """{path: text} of an inline content folder."""
    parts = _FILE.split(textwrap.dedent(text))
    return {path: body.lstrip("\n") for path, body in zip(parts[1::2], parts[2::2], strict=True)}


def write(root: Path, text: str) -> Path:
    content = root / "content"
    for path, body in files(text).items():
        target = content / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    for folder in ("sources", "actors", "claims", "events"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    return content


@dataclass
class Built:
    dossier: Dossier | None
    problems: list[Diagnostic]
    docs: dict[str, str | bytes]

    def messages(self) -> list[str]:
        return [p.format() for p in sorted(self.problems)]

    def page(self, path: str) -> str:
        assert self.dossier is not None, "\n".join(self.messages())
        content = self.docs[path]
        return content if isinstance(content, str) else content.decode()

    def has(self, path: str, *fragments: str) -> None:
        page = self.page(path)
        missing = [f for f in fragments if f not in page]
        assert not missing, f"{path} lacks {missing}:\n{page}"

    def lacks(self, path: str, *fragments: str) -> None:
        page = self.page(path)
        present = [f for f in fragments if f in page]
        assert not present, f"{path} has {present}:\n{page}"


def build(text: str) -> Built:
    """Check and render an inline dossier; paths in messages read `content/...`."""
    with tempfile.TemporaryDirectory() as tmp:
        here = os.getcwd()
        os.chdir(tmp)
        try:
            dossier, problems = check(write(Path(tmp), text))
        finally:
            os.chdir(here)
    return Built(dossier, problems, render(dossier) if dossier else {})


def source(body: str, annotations: str = "", published: str = "2019-11-04",
           id: str = "report", extra: str = "") -> str:
    """One source file as inline text; `annotations` is the YAML list's lines."""
    listed = f"annotations:\n{textwrap.dedent(annotations)}" if annotations else ""
    return (f"-- sources/{id}.md --\n---\ntitle: A report\npublished: \"{published}\"\n"
            f"{extra}{listed}---\n{textwrap.dedent(body).strip()}\n")
