"""What `dossier check` says of a note before it is cleaned for the page."""

from __future__ import annotations

import re

from ..model import paths
from ..model.content import Place
from ..model.diagnostics import Diagnostic, error, warning
from ..model.notes import unsafe_links

_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.DOTALL)
_TAG = re.compile(r"<(?=[A-Za-z/!?])")


def check_note(at: Place) -> list[Diagnostic]:
    """Unsafe links are errors; raw HTML is a warning (it will be dropped)."""
    problems: list[Diagnostic] = []
    for target in unsafe_links(at.body):
        line, col = at.body_position(_where(at.body, target))
        problems.append(error(at.path, line, col,
                              f"unsafe link to a {paths.scheme(target)}: address",
                              "links in notes may go to http(s), mailto or another page"))
    outside_code = _CODE.sub(lambda m: " " * len(m.group(0)), at.body)
    for match in _TAG.finditer(outside_code):
        line, col = at.body_position(match.start())
        problems.append(warning(at.path, line, col, "raw HTML in a note is left out",
                                "write Markdown instead"))
    return problems


def _where(body: str, target: str) -> int:
    """Where a link's address is written: as rendered, else its scheme's word."""
    at = body.find(target)
    if at < 0:
        at = body.lower().find(paths.scheme(target) + ":")
    return max(at, 0)
