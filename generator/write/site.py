"""The docs folder written from the dossier: the pages rendered and written
by as many processes as the machine has cores, each writing its own files
as it goes, so that no process holds every page at once."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

from ..annotate.workers import ENOUGH, processes
from ..model.dossier import Dossier
from ..render import Job, files, jobs
from .files import write_file
from .guard import replace_folder, temporary_folder

_DOSSIER: Dossier | None = None  # what forked workers read, set before they start


def write_pages(d: Dossier, folder: Path, workers: int | None = None) -> int:
    """Render every page of `d` into `folder` (which exists); how many files."""
    global _DOSSIER
    todo = jobs(d)
    workers = workers or (processes() if len(todo) >= ENOUGH else 1)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return sum(_write(d, folder, job) for job in todo)
    _DOSSIER = d
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            # Small pieces, handed out as workers free up: sizes vary a lot.
            return sum(pool.imap_unordered(_job_in_worker, [(folder, job) for job in todo],
                                           chunksize=8))
    finally:
        _DOSSIER = None


def _job_in_worker(task: tuple[Path, Job]) -> int:
    assert _DOSSIER is not None
    return _write(_DOSSIER, *task)


def _write(d: Dossier, folder: Path, job: Job) -> int:
    written = 0
    for name, content in files(d, job):
        write_file(folder / name, content)
        written += 1
    return written


def write_docs(d: Dossier, target: Path) -> None:
    """The docs folder written whole beside `target`, then put in its place:
    a failure part-way leaves the previous `target` as it was."""
    fresh = temporary_folder(target)
    try:
        write_pages(d, fresh)
        fresh.chmod(0o755)
        replace_folder(fresh, target)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
