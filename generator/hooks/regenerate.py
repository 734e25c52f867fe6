"""MkDocs hook: under `dossier serve`, regenerate the docs folder whenever
`content/` changes. Content errors are printed and shown at the top of every
page, over the last good pages; the server keeps answering whatever the
content holds.

`mkdocs build` is left alone: `dossier build` generates before it runs.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path
from typing import Any

_state: dict[str, Any] = {"command": None, "problems": []}


def _content(config: Any) -> Path:
    default = Path(config.config_file_path).parent / "content"
    return Path(os.environ.get("DOSSIER_CONTENT", default))


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command


def on_pre_build(config: Any) -> None:
    if _state["command"] != "serve":
        return
    try:
        _state["problems"] = _regenerate(_content(config), Path(config.docs_dir))
    except Exception as exc:  # a bug of ours: said, and the last good pages stay
        _state["problems"] = [f"dossier could not check the content: {exc!r}"]
        print(f"dossier: {_state['problems'][0]}", file=sys.stderr)


def _regenerate(content: Path, docs: Path) -> list[str]:
    # Imported here so that a plain `mkdocs build` never needs the package.
    from generator.model.diagnostics import format_all, has_errors
    from generator.pipeline import check
    from generator.render import render
    from generator.write import sync_tree

    dossier, problems = check(content)
    if problems:
        print(format_all(problems), file=sys.stderr)
    if dossier is None or has_errors(problems):
        print("dossier: content has errors; still showing the last good pages", file=sys.stderr)
        return [p.format() for p in sorted(problems) if p.severity == "error"]
    sync_tree(render(dossier), docs)
    return []


def on_page_content(html_text: str, page: Any, config: Any, files: Any) -> str:
    """The errors above the page's text, while there are any."""
    if not _state["problems"]:
        return html_text
    items = "".join(f"<li><code>{html.escape(p)}</code></li>" for p in _state["problems"][:50])
    more = len(_state["problems"]) - 50
    tail = f"<p>… and {more} more: see the terminal.</p>" if more > 0 else ""
    banner = ('<div class="admonition failure" role="alert"><p class="admonition-title">'
              "The content has errors: these pages are the last good ones</p>"
              f"<ul>{items}</ul>{tail}</div>")
    return banner + html_text


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    server.watch(str(_content(config)))
    return server
