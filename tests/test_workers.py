"""Sources annotated over the cores: the same results, in order, as one process."""

import os

import pytest

from generator.annotate import workers


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def test_work_spread_over_processes_comes_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "ENOUGH", 2)
    monkeypatch.setenv("DOSSIER_PROCESSES", "2")
    found = workers.map_all(_pid_and_square, list(range(5)))
    assert [square for _, square in found] == [0, 1, 4, 9, 16]
    assert all(pid != os.getpid() for pid, _ in found)  # forked workers did it
    assert workers._WORK is None


def test_few_items_or_one_process_stay_in_this_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_PROCESSES", "2")
    assert {pid for pid, _ in workers.map_all(_pid_and_square, [1, 2])} == {os.getpid()}
    monkeypatch.setattr(workers, "ENOUGH", 2)
    monkeypatch.setenv("DOSSIER_PROCESSES", "1")
    assert {pid for pid, _ in workers.map_all(_pid_and_square, [1, 2, 3])} == {os.getpid()}


@pytest.mark.parametrize(("wanted", "processes"), [("3", 3), ("0", 1), ("", os.cpu_count() or 1),
                                                    ("many", os.cpu_count() or 1)])
def test_the_processes_are_what_DOSSIER_PROCESSES_says(wanted: str, processes: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_PROCESSES", wanted)
    assert workers.processes() == processes
