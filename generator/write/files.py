"""Folders written whole beside their place and swapped in, or kept in step file by file."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def write_tree(files: dict[str, str | bytes], target: Path) -> None:
    """Write `files` into a fresh folder beside `target`, then swap it in.

    A failure part-way leaves the previous `target` as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        for name, content in files.items():
            path = fresh / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="\n")
        fresh.chmod(0o755)
        swap(fresh, target)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def swap(fresh: Path, target: Path) -> None:
    """Put `fresh` where `target` is, removing the old one afterwards."""
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def sync_tree(files: dict[str, str | bytes], target: Path) -> None:
    """Bring `target` in line with `files`, touching only what changed.

    Used under `mkdocs serve`, whose watcher must keep seeing the same folder.
    """
    wanted = {target / name: content for name, content in files.items()}
    for path, content in wanted.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
