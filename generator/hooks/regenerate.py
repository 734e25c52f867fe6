"""MkDocs hook: under `dossier serve`, bring the docs folder in line with
`content/` before each build (generator/preview.py), so that a save shows its
page in seconds. Content errors are printed and shown at the top of every
page, over the last good pages; the server keeps answering whatever the
content holds.

The MkDocs events it relies on: `on_startup` (to act only under `serve`),
`on_pre_build` (regenerate), `on_page_content` (the errors above each page)
and `on_serve` (watch content/, and not the docs folder, which only this hook
writes: a save then causes one rebuild, not two). `dossier serve` asks MkDocs
for "dirty" builds, which rebuild only the pages whose files changed.

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
    from generator.preview import session

    problems, written = session(content, docs).update()
    if problems:
        print(format_all(problems), file=sys.stderr)
    if has_errors(problems):
        print("dossier: content has errors; still showing the last good pages", file=sys.stderr)
        return [p.format() for p in sorted(problems) if p.severity == "error"]
    print(f"dossier: {written} file(s) of the docs folder changed", file=sys.stderr)
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
    server.unwatch(config.docs_dir)
    return server
