"""Measurements through the command line only: a command's time and memory,
the `dossier serve` save-to-page loop, the offline bundle's first search
result in Chromium, and facts about a built site.
"""

from __future__ import annotations

import json
import math
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

GNU_TIME = "/usr/bin/time"
CHROMIUM = os.environ.get("DOSSIER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# Reads the rusage of its waited-for children when GNU time is missing.
_WRAPPER = """import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[2:])
wall = time.perf_counter() - start
r = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out:
    json.dump([wall, r.ru_utime, r.ru_stime, r.ru_maxrss], out)
sys.exit(code)
"""


@dataclass(frozen=True)
class Usage:
    wall: float  # seconds
    cpu: float  # user + system seconds of the command and every descendant it waited for
    peak_mb: float  # the largest resident set of any one process of the tree, MiB


def _has_gnu_time() -> bool:
    if not os.access(GNU_TIME, os.X_OK):
        return False
    probe = subprocess.run([GNU_TIME, "--version"], capture_output=True, text=True)
    return "GNU" in probe.stdout + probe.stderr


def run(command: Sequence[str], cwd: Path | None = None, log: Path | None = None,
        env: dict[str, str] | None = None) -> Usage:
    """Run `command` to the end; its usage, or RuntimeError with its last output."""
    with tempfile.TemporaryDirectory(prefix="measure-") as tmp:
        report, out = Path(tmp) / "usage", log or Path(tmp) / "log"
        if _has_gnu_time():
            timed = [GNU_TIME, "-f", "%e %U %S %M", "-o", str(report), *command]
        else:
            timed = [sys.executable, "-c", _WRAPPER, str(report), *command]
        with out.open("w") as sink:
            code = subprocess.call(timed, cwd=cwd, stdout=sink, stderr=subprocess.STDOUT,
                                   env={**os.environ, **(env or {})})
        if code != 0:
            tail = "\n".join(out.read_text(errors="replace").splitlines()[-20:])
            raise RuntimeError(f"{' '.join(command)} failed ({code}):\n{tail}")
        text = report.read_text()
        wall, user, system, rss = (json.loads(text) if text.startswith("[")
                                   else [float(x) for x in text.split()[-4:]])
    return Usage(float(wall), float(user) + float(system), float(rss) / 1024)


# --- the serve loop ------------------------------------------------------


@dataclass(frozen=True)
class ServeResult:
    startup: float  # seconds from the start of `dossier serve` to its first page
    seconds: float  # from the save to the first response holding the new words
    rebuilds: int  # builds the server started after the save, until it settled


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return str(response.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait(until: float, ready: Callable[[], bool], server: subprocess.Popen[bytes],
          log: Path, what: str) -> None:
    while not ready():
        if server.poll() is not None:
            raise RuntimeError(f"dossier serve exited ({server.returncode}) {what}:\n"
                               + log.read_text(errors="replace")[-2000:])
        if time.perf_counter() > until:
            raise TimeoutError(f"dossier serve: timed out {what}")
        time.sleep(0.1)


def serve_loop(command: Sequence[str], port: int, page: str, source: Path, cwd: Path,
               log: Path, env: dict[str, str] | None = None,
               timeout: float = 1800) -> ServeResult:
    """Start `command` (a server on 127.0.0.1:`port`) in its own process group,
    append a sentence to the Markdown file `source`, and time its arrival on
    `page` (a path such as sources/x.html). The file is restored and the group
    ended afterwards, whatever happens."""
    base = f"http://127.0.0.1:{port}/"
    original = source.read_text(encoding="utf-8")
    token = "zq" + secrets.token_hex(6)
    start = time.perf_counter()
    with log.open("w") as sink:
        server = subprocess.Popen(list(command), cwd=cwd, stdout=sink, stderr=subprocess.STDOUT,
                                  env={**os.environ, **(env or {})}, start_new_session=True)
    try:
        _wait(start + timeout, lambda: _get(base) is not None, server, log,
              "waiting for the first page")
        startup = time.perf_counter() - start
        before = _builds(log)
        source.write_text(original.rstrip("\n") + f"\n\nThe benchmark added {token} here.\n",
                          encoding="utf-8")
        saved = time.perf_counter()
        _wait(saved + timeout, lambda: token in (_get(base + page) or ""), server, log,
              f"waiting for {token} on {base + page}")
        seconds = time.perf_counter() - saved
        _settle(log, saved + 2 * seconds + 10)
        return ServeResult(startup, seconds, _builds(log) - before)
    finally:
        source.write_text(original, encoding="utf-8")
        _stop(server)


def _builds(log: Path) -> int:
    return log.read_text(errors="replace").count("Building documentation")


def _settle(log: Path, until: float) -> None:
    """Wait for the server to finish the builds the save set off (or for `until`)."""
    while time.perf_counter() < until:
        text = log.read_text(errors="replace")
        if text.count("Building documentation") == text.count("Documentation built") and \
                time.time() - log.stat().st_mtime > 3:
            return
        time.sleep(0.5)


def _stop(server: subprocess.Popen[bytes]) -> None:
    """End the server's process group: TERM, then KILL."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            break
        try:
            server.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue


# --- the offline bundle's first search -----------------------------------


def offline_first_search(bundle: Path, query: str = "Erdogan", timeout: float = 60) -> float:
    """Milliseconds from navigating to the unzipped bundle's index.html to the
    first visible search result for `query`, typed key by key; infinite when
    none shows within `timeout` seconds."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="offline-") as tmp:
        with zipfile.ZipFile(bundle) as archive:
            archive.extractall(tmp)
        index = next(Path(tmp).glob("*/index.html"))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                start = time.perf_counter()
                page.goto(index.as_uri())
                page.click(".md-search__input")
                page.locator(".md-search__input").press_sequentially(query)
                try:
                    page.locator(".md-search-result__item").first.wait_for(
                        state="visible", timeout=timeout * 1000)
                except PlaywrightTimeout:
                    return math.inf  # no result in time: a measurement too, not a failure
                return (time.perf_counter() - start) * 1000
            finally:
                browser.close()


# --- facts about a built site --------------------------------------------


@dataclass(frozen=True)
class SiteFacts:
    pages: int
    median_bytes: float
    largest_bytes: int
    largest_page: str
    total_bytes: int
    index_bytes: int  # search/search_index.json


def site_facts(site: Path) -> SiteFacts:
    pages = sorted((p.stat().st_size, p.relative_to(site).as_posix())
                   for p in site.rglob("*.html"))
    # Material's index, and the dossier's own, split by first letters (search-index/).
    index = [site / "search" / "search_index.json", *(site / "search-index").glob("*")]
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return SiteFacts(len(pages), statistics.median(s for s, _ in pages), pages[-1][0],
                     pages[-1][1], total, sum(p.stat().st_size for p in index if p.is_file()))


def source_text_bytes(content: Path) -> int:
    """UTF-8 bytes of every source's body in `content`, front matter left out."""
    total = 0
    for path in (content / "sources").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        match = re.match(r"---\n.*?\n---\n", text, re.DOTALL)
        total += len((text[match.end():] if match else text).strip().encode())
    return total


def remove(*paths: Path) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
