"""Problems found in content, reported as `path:line:col: severity: message`."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    col: int
    severity: str  # "error" | "warning"
    message: str
    hint: str = ""

    def format(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text

    def format_github(self) -> str:
        # Workflow commands take %, CR and LF escaped in the message.
        message = self.message + (f" (hint: {self.hint})" if self.hint else "")
        message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return (
            f"::{self.severity} file={self.path},line={self.line},col={self.col}::{message}"
        )


def error(path: str, line: int, col: int, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(path, line, col, "error", message, hint)


def warning(path: str, line: int, col: int, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(path, line, col, "warning", message, hint)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def format_all(diagnostics: list[Diagnostic], style: str = "text") -> str:
    ordered = sorted(set(diagnostics))
    if style == "json":
        return json.dumps([asdict(d) for d in ordered], indent=2, ensure_ascii=False)
    if style == "github":
        return "\n".join(d.format_github() for d in ordered)
    lines = [d.format() for d in ordered]
    errors = sum(d.severity == "error" for d in ordered)
    warnings = len(ordered) - errors
    lines.append(f"{errors} error(s), {warnings} warning(s)")
    return "\n".join(lines)
