"""Problems found in content, reported as `path:line:col: severity: message`.

Messages quote content, and content comes from strangers: every format
prints control characters as escapes, so that a value holding a line break
cannot start a line of its own (a forged message, or a workflow command in
GitHub's log), and each field of a workflow command is escaped as GitHub
documents for it.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass


def printable(text: str) -> str:
    """`text` with control characters, line separators and lone surrogates
    written as escapes (a line break as \\n)."""
    out = []
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
            escaped = char.encode("unicode_escape", "backslashreplace").decode("ascii")
            out.append(escaped if char != "\\" else char)
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    col: int
    severity: str  # "error" | "warning"
    message: str
    hint: str = ""

    def format(self) -> str:
        text = f"{printable(self.path)}:{self.line}:{self.col}: {self.severity}: " \
            f"{printable(self.message)}"
        return f"{text}\n  hint: {printable(self.hint)}" if self.hint else text

    def format_github(self) -> str:
        """A workflow command: its fields escaped as GitHub reads them back, so
        that no value can end the command or start another."""
        message = self.message + (f" (hint: {self.hint})" if self.hint else "")
        return (f"::{self.severity} file={_property(self.path)},line={self.line},"
                f"col={self.col}::{_data(message)}")

    def as_json(self) -> dict[str, object]:
        fields = asdict(self)
        return {k: printable(v) if isinstance(v, str) else v for k, v in fields.items()}


def _data(text: str) -> str:
    """A workflow command's message: %, CR and LF escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A workflow command's property value: also ':' and ',' escaped."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def error(path: str, line: int, col: int, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(path, line, col, "error", message, hint)


def warning(path: str, line: int, col: int, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(path, line, col, "warning", message, hint)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def format_all(diagnostics: list[Diagnostic], style: str = "text") -> str:
    ordered = sorted(set(diagnostics))
    if style == "json":
        return json.dumps([d.as_json() for d in ordered], indent=2, ensure_ascii=False)
    if style == "github":
        return "\n".join(d.format_github() for d in ordered)
    lines = [d.format() for d in ordered]
    errors = sum(d.severity == "error" for d in ordered)
    warnings = len(ordered) - errors
    lines.append(f"{errors} error(s), {warnings} warning(s)")
    return "\n".join(lines)
