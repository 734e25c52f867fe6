"""What keeps the outputs whole whatever happens to a build: one lock for the
commands that write, temporary folders swept when the lock is taken, and the
new folder exchanged with the old in one step, so that a build killed at any
moment leaves the last good site where it was and nothing behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

LOCK = ".dossier.lock"
TEMPORARY = ".dossier-tmp-"  # every temporary folder of ours starts so
_OLD = ".dossier-old-"  # an output set aside while its successor moves in
_RENAME_EXCHANGE = 2  # linux/fs.h


def temporary_folder(beside: Path) -> Path:
    """A new empty folder beside `beside`, on its file system (so that it can
    be renamed into place), which `sweep` removes if nothing else does."""
    beside.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=TEMPORARY, dir=beside.parent))


@contextlib.contextmanager
def locked(folder: Path, *outputs: Path) -> Iterator[None]:
    """Hold the lock kept in `folder` for the block, then sweep the folders
    the `outputs` sit in. A second build waits for the first, saying so; the
    lock goes with the process however it ends, so a killed build never
    leaves it held."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            print(f"dossier: waiting for the build that holds {folder / LOCK} ({holder})",
                  file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        for parent in {o.parent for o in outputs if o.parent.is_dir()}:
            sweep(parent)
        yield


def sweep(folder: Path) -> None:
    """Tidy what a killed build left in `folder`: temporary folders go, and an
    output set aside goes too, unless its successor never arrived: then it is
    put back. Only under the lock."""
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            continue
        if entry.name.startswith(TEMPORARY):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        elif entry.name.startswith(_OLD) and entry.is_dir():
            target = folder / entry.name.removeprefix(_OLD)
            if target.exists():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.rename(target)


def replace_folder(fresh: Path, target: Path) -> None:
    """Put the folder `fresh` where `target` is. Where the system can exchange
    two names in one step, `target` is never missing, not even for an
    instant; the old folder, left at `fresh`'s name, is then removed."""
    if target.exists() and _exchange(fresh, target):
        shutil.rmtree(fresh, ignore_errors=True)
        return
    old = target.with_name(_OLD + target.name)
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two names atomically (Linux renameat2 RENAME_EXCHANGE); False
    where the system or the file system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name or not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EXDEV, errno.ENOTSUP):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))
