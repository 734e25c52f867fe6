"""Folders written whole beside their place and swapped in, or kept in step file by file."""

from __future__ import annotations

import shutil
from pathlib import Path

from .guard import replace_folder, temporary_folder


def write_file(path: Path, content: str | bytes) -> None:
    """One generated file: text as UTF-8 with LF line ends, bytes as they are."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="\n")


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write the file unless it already holds these bytes (a watcher, or
    MkDocs building dirty, then leaves it alone); whether it wrote."""
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def write_tree(files: dict[str, str | bytes], target: Path) -> None:
    """Write `files` into a fresh folder beside `target`, then swap it in.

    A failure part-way leaves the previous `target` as it was.
    """
    fresh = temporary_folder(target)
    try:
        for name, content in files.items():
            write_file(fresh / name, content)
        fresh.chmod(0o755)
        replace_folder(fresh, target)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def sync_tree(files: dict[str, str | bytes], target: Path) -> None:
    """Bring `target` in line with `files`, touching only what changed.

    Used under `mkdocs serve`, whose watcher must keep seeing the same folder.
    """
    wanted = {target / name: content for name, content in files.items()}
    for path, content in wanted.items():
        write_if_changed(path, content)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
