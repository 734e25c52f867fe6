"""A contributor's words for what PyYAML says when front matter does not parse."""

from __future__ import annotations

import yaml

from ..model.content import text_position
from ..model.diagnostics import Diagnostic, error


def too_deep(front: str, most: int) -> tuple[int, int]:
    """Where nesting first passes most: by brackets, else by indentation."""
    depth = 0
    for at, char in enumerate(front):
        depth += (char in "[{") - (char in "]}")
        if depth > most:
            return text_position(front, at)
    for number, line in enumerate(front.split("\n"), start=1):
        if len(line) - len(line.lstrip(" ")) > 2 * most:
            return number, 1
    return 1, 1


_PLAIN = {"a quoted scalar": "a quoted text", "a flow sequence": "a [ ] list",
          "a flow mapping": "a { } mapping"}


_EXPLAINED = {  # PyYAML's words -> a contributor's
    "found character '\\t' that cannot start any token": (
        "a tab character", "YAML indents with spaces: replace the tab with spaces"),
    "found '<block mapping start>'": (
        "the indentation does not line up", "the keys of one entry start in the same column"),
    "mapping values are not allowed here": (
        "a ': ' inside a value", 'put the value in quotes: key: "text: more text"'),
}


def yaml_error(path: str, exc: yaml.MarkedYAMLError, offset: int, size: int,
                text: str = "") -> Diagnostic:
    """The line in the file, not in the front matter. When the parser only
    notices at the end (an unclosed quote or bracket), point at the start."""
    mark, context = exc.problem_mark, exc.context_mark
    if context and (mark is None or mark.index >= size):
        what = (exc.context or "this").replace("while scanning ", "").replace("while parsing ", "")
        what = _PLAIN.get(what, what)
        return error(path, context.line + offset, context.column + 1,
                     f"YAML does not parse: {what} is never closed",
                     "close the quote or bracket that starts here")
    line, col = (mark.line + offset, mark.column + 1) if mark else (offset, 1)
    problem = str(exc.problem or exc)
    lines = text.split("\n")
    misaligned = _misaligned(lines, mark.line) if mark and any(
        p in problem for p in _ALIGNMENT_PROBLEMS) else None
    if misaligned and mark:
        way, column, (things, one) = misaligned
        return error(path, line, _indent(lines[mark.line]) + 1,
                     f"YAML does not parse: this line is indented {way} than the {one} above",
                     f"the {things} start in the same column: column {column}, "
                     f"as on the {one} above")
    for pattern, (message, hint) in _EXPLAINED.items():
        if pattern in problem:
            return error(path, line, col, f"YAML does not parse: {message}", hint)
    unclosed = _unclosed_quote(lines, mark.line if mark else 0)
    if unclosed is not None:
        return error(path, unclosed + offset, lines[unclosed].rfind('"') + 1,
                     "YAML does not parse: a quoted text is never closed on this line",
                     "add the closing quote mark")
    hint = ""
    if exc.context and context:
        hint = f"{exc.context}, which starts at line {context.line + offset}, " \
            f"column {context.column + 1}"
    return error(path, line, col, f"YAML does not parse: {problem}", hint)


# PyYAML's words for a line that does not line up with the keys above it.
_ALIGNMENT_PROBLEMS = ("mapping values are not allowed", "found '<block mapping start>'",
                       "expected <block end>")


def _misaligned(lines: list[str], at: int) -> tuple[str, int, tuple[str, str]] | None:
    """("less" or "more", the column the line should start at, what lines up),
    when line `at` does not start where its siblings above do: the keys of
    one entry, or the "- " items of one list."""
    if not 0 < at < len(lines):
        return None
    here = _indent(lines[at])
    if lines[at].lstrip().startswith("- "):
        items = [ln for ln in lines[:at] if ln.lstrip().startswith("- ")]
        if not items:
            return None
        above, what = _indent(items[-1]), ("items of a list", "item")
    else:
        above = _indent(lines[at - 1].replace("- ", "  ", 1))
        what = ("keys of one entry", "one")
    if here == above:
        return None
    return ("less" if here < above else "more"), above + 1, what


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _unclosed_quote(lines: list[str], upto: int) -> int | None:
    """The last line, up to the failing one, with an odd number of double
    quotes: most often the one that left a quote open."""
    for index in range(min(upto, len(lines) - 1), -1, -1):
        line = lines[index].replace('\\"', "")
        value = line.split(":", 1)[1] if ":" in line else line
        if value.count('"') % 2 and "'" not in value.strip()[:1]:
            return index
    return None
