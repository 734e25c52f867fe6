"""Split a content file into front matter and body, keeping every value's line.

PyYAML's composer gives each node its position; we build plain Python values
from the nodes and keep a map from each key path to where it was written, so
that any later stage can point a contributor at the exact line and column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import yaml

from ..model.content import KEY, KeyPath, Place, text_position
from ..model.diagnostics import Diagnostic, error
from .yaml_errors import too_deep, yaml_error


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


# libyaml reads thirty times faster; the pure-Python reader, when a file does
# not parse, says where and why in the words the messages below explain.
_FastLoader: type[Any] = _Loader
if yaml.__with_libyaml__:
    class _CLoader(yaml.CSafeLoader):
        """libyaml's reader with the same resolvers: dates stay text."""

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _FastLoader = _CLoader


def _node(front: str) -> yaml.Node | None:
    """The front matter's node tree, read fast, or raising the careful
    reader's error when it does not parse."""
    try:
        fast = _FastLoader(front)
        try:
            return fast.get_single_node()
        finally:
            fast.dispose()
    except (yaml.YAMLError, RecursionError):
        pass
    loader = _Loader(front)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


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
    try:
        node = _node(front)
    except yaml.MarkedYAMLError as exc:
        return None, [yaml_error(path, exc, front_line, len(front), front)]
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line, col = text_position(front, exc.position)
        return None, [error(path, line + front_line - 1, col,
                            f"the front matter holds the control character U+{exc.character:04X}",
                            "delete it: only tabs and line breaks may stand between words")]
    except RecursionError:
        line, col = too_deep(front, MAX_DEPTH)
        return None, [error(path, line + front_line - 1, col,
                            "the front matter is nested too deeply",
                            "fields hold text, lists or one level of entries")]
    doc = Document(path, {}, body, body_line)
    problems = _body_controls(doc)
    if node is None:
        return doc, problems
    value = _Builder(doc, front_line, problems).build(node, ())
    if not isinstance(value, dict):
        line, col = doc.where()
        problems.append(error(path, line, col, "front matter must be a mapping of fields"))
        return None, problems
    doc.data = value
    return doc, problems


# C0 and C1 controls but tab and line feed: never in a report's words, and
# sent raw to a reader's page or a contributor's terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _body_controls(doc: Document) -> list[Diagnostic]:
    found = _CONTROL.search(doc.body)
    if found is None:
        return []
    line, col = doc.place.body_position(found.start())
    return [error(doc.path, line, col,
                  f"the text holds the control character U+{ord(found.group()):04X}",
                  "delete it: only tabs and line breaks may stand between words")]


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
        # PyYAML's constructors for `!!int ''`, `!!bool x` and the like fail
        # with whatever their parsing raised, not a YAMLError.
        except (yaml.YAMLError, ValueError, KeyError, IndexError, TypeError):
            return self.refuse(node, f"YAML cannot read this value as {node.tag.split(':')[-1]}")
        if not isinstance(value, str):
            return value
        control = _CONTROL.search(value)
        if control:  # "\0" or "\e" escapes: no reader sees them, a terminal obeys
            self.refuse(node, f"the text holds a control character (U+{ord(control.group()):04X})",
                        "delete the escape that wrote it")
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
