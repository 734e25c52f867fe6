"""Content is read only from regular files inside content/.

Content arrives by pull request from strangers, and a pull request can hold
symbolic links and odd files as well as text. Whatever in content/ is not a
regular `.md` file directly in its section folder (or `index.md` at the top)
is an error at its own path, `path:line:col: error: ...`, every one of them
in the same run, with no traceback; nothing outside content/ is ever read,
shown in a message or published; and `dossier build` writes nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini" / "content"
SECRET = "SECRET-MARKER-7f3a9c"  # in files outside content/: it must never come out
PASSWD = Path("/etc/passwd")
PASSWD_MARKER = "root:x:0:"

ACTOR = f"---\nname: Spy Agency\nkind: organization\n---\nThe note says {SECRET}.\n"
HOME = f"---\ntitle: Home\n---\nThe home page says {SECRET}.\n"
EVENT = f"---\ntitle: A secret meeting {SECRET}\ndate: 2019-12-05\n---\n{SECRET}\n"
SOURCE = ("---\ntitle: Another report\npublished: 2019\n---\n"
          "A report that is not where reports belong.\n")


@dataclass
class Case:
    """One thing in content/ that is not a regular file of the dossier."""

    make: Callable[[Path, Path], None]  # (content, outside) -> None
    paths: tuple[str, ...]  # where the error may be reported (any one of them)
    marker: str = ""  # text from outside content/ that must never come out


def _link(link: Path, target: Path | str) -> None:
    if link.is_symlink() or link.exists():
        if link.is_dir() and not link.is_symlink():
            shutil.rmtree(link)
        else:
            link.unlink()
    link.symlink_to(target)


def _home_outside(content: Path, outside: Path) -> None:
    (outside / "home.md").write_text(HOME, encoding="utf-8")
    _link(content / "index.md", outside / "home.md")


def _home_passwd(content: Path, outside: Path) -> None:
    _link(content / "index.md", PASSWD)


def _actor_outside(content: Path, outside: Path) -> None:
    (outside / "spy-agency.md").write_text(ACTOR, encoding="utf-8")
    _link(content / "actors" / "spy-agency.md", outside / "spy-agency.md")


def _section_outside(content: Path, outside: Path) -> None:
    """The whole events/ folder a link to a folder outside, holding the
    fixture's event and one more."""
    shutil.copytree(content / "events", outside / "events")
    (outside / "events" / "secret-meeting.md").write_text(EVENT, encoding="utf-8")
    shutil.rmtree(content / "events")
    _link(content / "events", outside / "events")


def _link_inside(content: Path, outside: Path) -> None:
    """Even a link to another file of the dossier is not a regular file."""
    (content / "claims" / "nato-silent.md").symlink_to("nato-said-nothing.md")


def _loop(content: Path, outside: Path) -> None:
    (content / "sources" / "loop.md").symlink_to("loop.md")


def _loop_of_two(content: Path, outside: Path) -> None:
    (content / "actors" / "ping.md").symlink_to("pong.md")
    (content / "actors" / "pong.md").symlink_to("ping.md")


def _dangling(content: Path, outside: Path) -> None:
    (content / "actors" / "gone.md").symlink_to(outside / "no-such-file.md")


def _folder_named_md(content: Path, outside: Path) -> None:
    (content / "sources" / "x.md").mkdir()
    (content / "sources" / "x.md" / "inside.md").write_text(SOURCE, encoding="utf-8")


def _upper_case_suffix(content: Path, outside: Path) -> None:
    (content / "actors" / "ntv.MD").write_text(
        "---\nname: NTV\nkind: media\n---\nA broadcaster.\n", encoding="utf-8")


def _subfolder(content: Path, outside: Path) -> None:
    (content / "sources" / "extra").mkdir()
    (content / "sources" / "extra" / "a.md").write_text(SOURCE, encoding="utf-8")


CASES: dict[str, Case] = {
    "index.md a link to a file outside": Case(_home_outside, ("content/index.md",), SECRET),
    "index.md a link to /etc/passwd": Case(_home_passwd, ("content/index.md",),
                                           PASSWD_MARKER),
    "an actor a link to a file outside": Case(
        _actor_outside, ("content/actors/spy-agency.md",), SECRET),
    "a section folder a link to a folder outside": Case(
        _section_outside, ("content/events",), SECRET),
    "a link to another file inside": Case(_link_inside, ("content/claims/nato-silent.md",)),
    "a link to itself": Case(_loop, ("content/sources/loop.md",)),
    "two links to each other": Case(_loop_of_two, ("content/actors/ping.md",
                                                    "content/actors/pong.md")),
    "a dangling link": Case(_dangling, ("content/actors/gone.md",)),
    "a folder named x.md": Case(_folder_named_md, ("content/sources/x.md",)),
    "a file named ntv.MD": Case(_upper_case_suffix, ("content/actors/ntv.MD",)),
    "a file in a subfolder": Case(_subfolder, ("content/sources/extra/a.md",
                                               "content/sources/extra")),
}


@pytest.fixture
def dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(content, outside): the mini dossier in tmp/content, and a folder beside
    it that is not content. The test runs in tmp, so messages name
    `content/...` as a contributor sees them."""
    shutil.copytree(MINI, tmp_path / "content")
    (tmp_path / "outside").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path / "content", tmp_path / "outside"


def _located(output: str, path: str) -> bool:
    """Whether `output` has an error located at `path` (path:line:col:)."""
    return bool(re.search(rf"^{re.escape(path)}:\d+:\d+: error: ", output, re.MULTILINE))


def _check(content: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--content", str(content), "check"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _build(content: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--content", str(content), "build", "--docs", "build/docs", "--site", "site",
                 "--config", str(ROOT / "mkdocs.yml")])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _written_anywhere(root: Path, marker: str, skip: tuple[Path, ...]) -> list[str]:
    """Files under `root`, outside `skip`, that hold `marker`."""
    found = []
    for path in root.rglob("*"):
        if any(path == s or s in path.parents for s in skip) or not path.is_file():
            continue
        if path.is_symlink():
            continue
        if marker.encode() in path.read_bytes():
            found.append(str(path.relative_to(root)))
    return found


@pytest.mark.parametrize("name", list(CASES))
def test_check_reports_it_at_its_path(name: str, dossier: tuple[Path, Path],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[name]
    if case.marker == PASSWD_MARKER and not PASSWD.is_file():
        pytest.skip("no /etc/passwd here")
    content, outside = dossier
    case.make(content, outside)
    code, output = _check(content, capsys)
    assert "Traceback" not in output
    assert any(_located(output, path) for path in case.paths), output
    assert code == 1, output
    if case.marker:
        assert case.marker not in output


@pytest.mark.parametrize("name", list(CASES))
def test_build_writes_nothing_and_publishes_nothing_from_outside(
        name: str, dossier: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[name]
    if case.marker == PASSWD_MARKER and not PASSWD.is_file():
        pytest.skip("no /etc/passwd here")
    content, outside = dossier
    case.make(content, outside)
    code, output = _build(content, capsys)
    assert "Traceback" not in output
    assert code == 1, output
    assert not (tmp_path / "build").exists(), "the docs folder was written"
    assert not (tmp_path / "site").exists(), "the site was written"
    if case.marker:
        assert case.marker not in output
        assert _written_anywhere(tmp_path, case.marker, (content, outside)) == []


def test_every_such_problem_is_reported_in_one_run(dossier: tuple[Path, Path],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """All of them at once, and the ordinary mistakes of the same dossier too."""
    content, outside = dossier
    cases = [c for c in CASES.values() if c.marker != PASSWD_MARKER]
    for case in cases:
        case.make(content, outside)
    claim = content / "claims" / "nato-said-nothing.md"
    claim.write_text(claim.read_text().replace("verdict:", "verdikt:"), encoding="utf-8")
    code, output = _check(content, capsys)
    assert "Traceback" not in output
    assert code == 1
    missing = [c.paths for c in cases if not any(_located(output, p) for p in c.paths)]
    assert missing == [], output
    assert _located(output, "content/claims/nato-said-nothing.md"), output
    assert SECRET not in output


@pytest.mark.slow  # load's, and waits on purpose: no code `make mutate` mutates
def test_a_named_pipe_is_an_error_not_a_wait(tmp_path: Path) -> None:
    """Reading a FIFO would block for ever: it is reported, never opened.
    (In a child process, so that a hang fails the test instead of the run.)"""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    shutil.copytree(MINI, tmp_path / "content")
    os.mkfifo(tmp_path / "content" / "sources" / "pipe.md")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if env.get("MUTANT_UNDER_TEST") == "stats":  # mutmut maps tests to code in its own process
        del env["MUTANT_UNDER_TEST"]
    try:
        result = subprocess.run([sys.executable, "-m", "generator.cli", "--content", "content",
                                 "check"], cwd=tmp_path, capture_output=True, text=True,
                                timeout=15, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("dossier check waited on content/sources/pipe.md (a named pipe)")
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert _located(output, "content/sources/pipe.md"), output
    assert result.returncode == 1
