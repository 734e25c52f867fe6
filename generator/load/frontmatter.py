"""Split a content file into front matter and body, keeping every value's line.

PyYAML's composer gives each node its position; we build plain Python values
from the nodes and keep a map from each key path to where it was written, so
that any later stage can point a contributor at the exact line and column.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import yaml

from ..model.content import KEY, KeyPath, Place, text_position
from ..model.diagnostics import Diagnostic, error


@dataclass
class Document:
    """A parsed content file: front matter values, body, and positions.
    Stage 1 reads it into typed records; it never leaves the stage."""

    path: str
    data: dict[str, Any]
    body: str
    body_line: int  # file line on which `body` starts
    positions: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)

    @property
    def place(self) -> Place:
        return Place(self.path, MappingProxyType(self.positions), self.body, self.body_line)

    def where(self, *path: Any) -> tuple[int, int]:
        return self.place.where(*path)


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: they are EDTF, not datetimes."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split(text: str) -> tuple[str, int, str, int] | None:
    """Return (yaml, yaml_line, body, body_line), or None without front matter."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            front = "".join(lines[1:index])
            rest = lines[index + 1 :]
            skipped = 0
            while skipped < len(rest) and not rest[skipped].strip():
                skipped += 1
            body = "".join(rest[skipped:]).rstrip() + "\n"
            return front, 2, body, index + 2 + skipped
    return None


def parse(path: str, text: str) -> tuple[Document | None, list[Diagnostic]]:
    """Parse one content file; on failure return None and the reasons."""
    parts = split(text)
    if parts is None:
        return None, [
            error(path, 1, 1, "no front matter", "start the file with a line '---', "
                  "the YAML fields, then another '---' line")
        ]
    front, front_line, body, body_line = parts
    loader = None
    try:
        loader = _Loader(front)
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_error(path, exc, front_line, len(front), front)]
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line, col = text_position(front, exc.position)
        return None, [error(path, line + front_line - 1, col,
                            f"the front matter holds the control character U+{exc.character:04X}",
                            "delete it: only tabs and line breaks may stand between words")]
    except RecursionError:
        line, col = _too_deep(front)
        return None, [error(path, line + front_line - 1, col,
                            "the front matter is nested too deeply",
                            "fields hold text, lists or one level of entries")]
    finally:
        if loader is not None:
            loader.dispose()
    doc = Document(path, {}, body, body_line)
    if node is None:
        return doc, []
    problems: list[Diagnostic] = []
    value = _Builder(doc, front_line, problems).build(node, ())
    if not isinstance(value, dict):
        line, col = doc.where()
        problems.append(error(path, line, col, "front matter must be a mapping of fields"))
        return None, problems
    doc.data = value
    return doc, problems


def _too_deep(front: str) -> tuple[int, int]:
    """Where nesting first passes MAX_DEPTH: by brackets, else by indentation."""
    depth = 0
    for at, char in enumerate(front):
        depth += (char in "[{") - (char in "]}")
        if depth > MAX_DEPTH:
            return text_position(front, at)
    for number, line in enumerate(front.split("\n"), start=1):
        if len(line) - len(line.lstrip(" ")) > 2 * MAX_DEPTH:
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


def _yaml_error(path: str, exc: yaml.MarkedYAMLError, offset: int, size: int,
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


# The tags YAML gives plain values by itself, and `!!str` written out. Any other
# (`!foo`, `!!python/name:os.system`, `!!binary`, the merge key `<<`) is refused.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "seq", "map")}
MAX_DEPTH = 20  # no field needs more than three levels


class _Builder:
    """Plain values from YAML nodes, recording each one's position."""

    def __init__(self, doc: Document, offset: int, problems: list[Diagnostic]) -> None:
        self.doc, self.offset, self.problems = doc, offset, problems
        self.scalars = _Loader("")  # constructs scalars by the loader's rules
        self.seen: set[int] = set()  # nodes built so far: an alias would come back

    def where(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + self.offset, node.start_mark.column + 1

    def refuse(self, node: yaml.Node, message: str, hint: str = "") -> None:
        self.problems.append(error(self.doc.path, *self.where(node), message, hint))

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        if id(node) in self.seen:  # *alias: refused, which also stops loops and bombs
            return self.refuse(node, "YAML aliases (&name, *name) are not allowed",
                               "write the value out")
        self.seen.add(id(node))
        self.doc.positions[path] = self.where(node)
        if node.tag not in _PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            message = "YAML merge keys (<<) are not allowed" if tag == "!!merge" else \
                f"YAML tags are not allowed ({tag})"
            return self.refuse(node, message, "write the value as plain text, a list or entries")
        if len(path) > MAX_DEPTH:
            return self.refuse(node, "the front matter is nested too deeply",
                               "fields hold text, lists or one level of entries")
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def scalar(self, node: yaml.Node) -> Any:
        try:
            value = self.scalars.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError):
            return self.refuse(node, f"YAML cannot read this value as {node.tag.split(':')[-1]}")
        if not isinstance(value, str):
            return value
        if any("\ud800" <= c <= "\udfff" for c in value):
            self.refuse(node, "the text holds a lone surrogate (a \\ud800-\\udfff escape), "
                        "which no file can store", "delete the \\u escape")
            value = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
        # The file is NFC already; a YAML escape ("\u0338") can undo it.
        return unicodedata.normalize("NFC", value)

    def mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line, col = self.where(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.refuse(key_node, "a key must be plain text")
                continue
            key = self.build(key_node, (*path, KEY))
            if not isinstance(key, str):
                if key is not None or key_node.tag.endswith("null"):
                    self.refuse(key_node, f"a key must be text, not {key!r}",
                                "write the field's name")
                continue
            if key in result:
                self.refuse(key_node, f"duplicate key '{key}'",
                            "a key may appear only once in a mapping")
                continue
            self.doc.positions[(*path, key, KEY)] = (line, col)
            result[key] = self.build(value_node, (*path, key))
        return result
