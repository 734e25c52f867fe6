"""Which files are content: regular `.md` files directly inside the folders of
`content/`, and `content/index.md`. Nothing else is read.

Content comes from strangers by pull request, so a symlink (which could
publish a file from outside the repository), a folder named like a content
file, a file in a subfolder or a name ending in `.MD` is an error at its
path, all of them reported at once: silently skipping one would lose a
contributor's work, and following one could leak a file.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..model.diagnostics import Diagnostic, error

FOLDERS = {"source": "sources", "actor": "actors", "claim": "claims", "event": "events"}
HOME = "index.md"


def display_path(path: Path) -> str:
    """A path as a contributor would type it: relative to here when possible.
    A name that is not UTF-8 shows its bad bytes as U+FFFD."""
    relative = os.path.relpath(path)
    shown = str(path) if relative.startswith("..") else relative
    return os.fsencode(shown).decode("utf-8", "replace")


@dataclass(frozen=True)
class ContentFile:
    kind: str  # "source", "actor", "claim", "event" or "home"
    path: Path
    id: str  # the file name without `.md`


def content_files(content: Path) -> tuple[list[ContentFile], list[Diagnostic]]:
    """Every content file, in a stable order, and every entry that is not one."""
    if not _is_real_folder(content):
        return [], [error(display_path(content), 1, 1, "content folder not found",
                          "run from the repository's top folder, or pass --content DIR")]
    files: list[ContentFile] = []
    problems: list[Diagnostic] = []
    for kind, folder in FOLDERS.items():
        where = content / folder
        if not where.exists() and not where.is_symlink():
            continue
        if not _is_real_folder(where):
            problems.append(_refused(where, "is not a folder of its own"))
            continue
        for entry in sorted(where.iterdir()):
            found = _entry(kind, entry, problems)
            if found:
                files.append(found)
    home = content / HOME
    if home.exists() or home.is_symlink():
        if _is_regular(home):
            files.append(ContentFile("home", home, "index"))
        else:
            problems.append(_refused(home, _what(home)))
    return files, problems


def _entry(kind: str, entry: Path, problems: list[Diagnostic]) -> ContentFile | None:
    name = entry.name
    if name.startswith("."):
        return None  # editors' and tools' files: .gitkeep, .DS_Store
    if not _is_regular(entry):
        if name.lower().endswith(".md") or entry.is_symlink():
            problems.append(_refused(entry, _what(entry)))
        elif entry.is_dir():
            problems.append(_refused(entry, "is a subfolder; content files sit directly in "
                                     f"{entry.parent.name}/"))
        return None
    if name.endswith(".md"):
        return ContentFile(kind, entry, name[:-3])
    if name.lower().endswith(".md"):
        problems.append(error(display_path(entry), 1, 1, f"'{name}' is not read: content "
                              "files end in lowercase '.md'", f"rename it to '{name[:-3]}.md'"))
    else:
        problems.append(error(display_path(entry), 1, 1, f"'{name}' is not a content file",
                              "content files are Markdown files ending in '.md'; move other "
                              "files out of content/"))
    return None


def _what(path: Path) -> str:
    if path.is_symlink():
        return "is a symbolic link; content is read only from files inside content/"
    if path.is_dir():
        return "is a folder, not a file"
    return "is not a regular file"


def _refused(path: Path, why: str) -> Diagnostic:
    return error(display_path(path), 1, 1, f"not read: {path.name} {why}",
                 "replace it with a plain file holding the content")


def _is_regular(path: Path) -> bool:
    """A regular file, not reached through a symbolic link."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _is_real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def read_bytes(path: Path) -> bytes:
    """A content file's bytes, refusing to follow a link swapped in since it
    was listed."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(descriptor, "rb") as file:
        return file.read()
