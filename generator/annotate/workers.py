"""Sources annotated by as many processes as the machine has cores.

Each source is annotated alone (the machine knows the whole dossier, but a
source's annotations depend on nothing else), so the work splits cleanly:
forked workers share the machine built once, and send back only spans.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
ENOUGH = 200  # below this many sources, starting workers costs more than it saves

_WORK: tuple[Callable[..., object], Sequence[object]] | None = None  # read by forked workers


def processes() -> int:
    """The cores to use: DOSSIER_PROCESSES, or every one."""
    wanted = os.environ.get("DOSSIER_PROCESSES", "")
    return max(1, int(wanted)) if wanted.isdigit() else (os.cpu_count() or 1)


def map_all(work: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """`work` of every item, in order, spread over the cores when it pays."""
    global _WORK
    workers = min(processes(), len(items))
    if workers <= 1 or len(items) < ENOUGH or \
            "fork" not in multiprocessing.get_all_start_methods():
        return [work(item) for item in items]
    _WORK = (work, items)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.map(_one, range(len(items)), chunksize=64)  # type: ignore[arg-type]
    finally:
        _WORK = None


def _one(index: int) -> object:
    assert _WORK is not None
    work, items = _WORK
    return work(items[index])
