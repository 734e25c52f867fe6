"""MkDocs hook: under `mkdocs serve`, regenerate the docs folder whenever
`content/` changes, and print content errors without stopping the server.

`mkdocs build` is left alone: `dossier build` generates before it runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

_state: dict[str, Any] = {"command": None}


def _content(config: Any) -> Path:
    default = Path(config.config_file_path).parent / "content"
    return Path(os.environ.get("DOSSIER_CONTENT", default))


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command


def on_pre_build(config: Any) -> None:
    if _state["command"] != "serve":
        return
    # Imported here so that a plain `mkdocs build` never needs the package.
    from generator.model.diagnostics import format_all, has_errors
    from generator.pipeline import check
    from generator.render import render
    from generator.write import sync_tree

    dossier, problems = check(_content(config))
    if problems:
        print(format_all(problems), file=sys.stderr)
    if dossier is None or has_errors(problems):
        print("dossier: content has errors; still showing the last good pages", file=sys.stderr)
        return
    sync_tree(render(dossier), Path(config.docs_dir))


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    server.watch(str(_content(config)))
    return server
