"""`make bench`: the dossier's whole build on synthetic dossiers of growing
size, each beside its floor (a plain mkdocs-material site with as many pages
of the dossier's median page size), built alternately in the same run; then
the `dossier serve` loop and the offline bundle's first search at one size,
each beside the same measurement on the floor.

    python benchmarks/bench.py [--sizes 100 1000 3000] [--runs 3] [--generator 10000]
        [--serve-at 1000] [--offline-at 1000] [--long-report 250 1000 3000]
        [--json out.json] [--work DIR] [--keep]

Everything goes through the command line (`dossier`, `mkdocs`), so it keeps
working whatever the package looks like inside. Times are medians of --runs;
CPU is user + system of the command and of everything it ran; peak is the
largest resident set of one process of that tree. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import floor
import measure
import report
import synthetic
from measure import SiteFacts, Usage

ROOT = Path(__file__).resolve().parent.parent
QUIET = {"NO_MKDOCS_2_WARNING": "1"}


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def dossier_command() -> list[str]:
    beside = Path(sys.executable).parent / "dossier"
    found = str(beside) if beside.exists() else shutil.which("dossier")
    if not found:
        raise SystemExit("bench: no `dossier` command here; run `make test` once first")
    return [found]


def median_usage(runs: list[Usage]) -> Usage:
    return Usage(statistics.median(u.wall for u in runs), statistics.median(u.cpu for u in runs),
                 statistics.median(u.peak_mb for u in runs))


@dataclass
class SizeResult:
    sources: int
    dossier: Usage  # medians of the runs
    floor: Usage
    dossier_runs: list[Usage]
    floor_runs: list[Usage]
    site: SiteFacts
    floor_site: SiteFacts
    text_bytes: int


@dataclass
class Pair:
    """One measurement of the dossier's beside the same of the floor's."""

    sources: int
    dossier: float
    floor: float | None
    detail: dict[str, float | int | str]


class Bench:
    def __init__(self, work: Path, runs: int) -> None:
        self.work, self.runs, self.dossier = work, runs, dossier_command()
        self.facts: dict[int, SiteFacts] = {}

    def content(self, sources: int) -> Path:
        path = self.work / f"content-{sources}"
        if not path.exists():
            progress(f"{sources} sources: writing the synthetic dossier")
            synthetic.make_content(path, sources)
        return path

    def build(self, sources: int, docs: Path, site: Path) -> Usage:
        measure.remove(docs, site)
        command = [*self.dossier, "--content", str(self.content(sources)), "build",
                   "--docs", str(docs), "--site", str(site)]
        return measure.run(command, cwd=ROOT, log=self.work / "last-build.log")

    def floor_config(self, sources: int) -> Path:
        """The floor for this size: as many pages as the dossier's, its median size."""
        root = self.work / f"floor-{sources}"
        if (root / "mkdocs.yml").exists():
            return root / "mkdocs.yml"
        if sources not in self.facts:
            progress(f"{sources} sources: one dossier build to size the floor")
            docs, site = self.work / f"docs-{sources}", self.work / f"site-{sources}"
            self.build(sources, docs, site)
            self.facts[sources] = measure.site_facts(site)
        facts = self.facts[sources]
        progress(f"{sources} sources: writing the floor, {facts.pages - 1} pages of median "
                 f"{facts.median_bytes / 1024:.1f} KB")
        return floor.make_floor(root, facts.pages - 1, int(facts.median_bytes))

    def size(self, sources: int) -> SizeResult:
        docs, site = self.work / f"docs-{sources}", self.work / f"site-{sources}"
        floor_site = self.work / f"floor-site-{sources}"
        dossier_runs: list[Usage] = []
        floor_runs: list[Usage] = []
        for run in range(1, self.runs + 1):
            progress(f"{sources} sources: dossier build, run {run}/{self.runs}")
            dossier_runs.append(self.build(sources, docs, site))
            self.facts[sources] = measure.site_facts(site)
            config = self.floor_config(sources)
            progress(f"{sources} sources: floor build, run {run}/{self.runs}")
            measure.remove(floor_site)
            floor_runs.append(measure.run(floor.build_command(config, floor_site), env=QUIET,
                                          log=self.work / "last-floor.log"))
        result = SizeResult(sources, median_usage(dossier_runs), median_usage(floor_runs),
                            dossier_runs, floor_runs, self.facts[sources],
                            measure.site_facts(floor_site),
                            measure.source_text_bytes(self.content(sources)))
        progress(report.size_line(result))
        return result

    def serve(self, sources: int) -> Pair:
        content = self.content(sources)
        synthetic_sources = sorted((content / "sources").glob("synthetic-*.md"))
        if not synthetic_sources:
            raise SystemExit("bench: --serve-at needs at least one synthetic source")
        source = synthetic_sources[len(synthetic_sources) // 2]
        port = measure.free_port()
        command = [*self.dossier, "--content", str(content), "serve", "--docs",
                   str(self.work / f"serve-docs-{sources}"), "--dev-addr", f"127.0.0.1:{port}"]
        progress(f"{sources} sources: dossier serve, saving {source.name}")
        mine = measure.serve_loop(command, port, f"sources/{source.stem}.html", source, ROOT,
                                  self.work / "serve.log")
        config = self.floor_config(sources)
        page = sorted((config.parent / "docs" / "reports").glob("page-*.md"))[0]
        port = measure.free_port()
        command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config),
                   "--dev-addr", f"127.0.0.1:{port}"]
        progress(f"{sources} sources: mkdocs serve of the floor, saving {page.name}")
        base = measure.serve_loop(command, port, f"reports/{page.stem}.html", page, config.parent,
                                  self.work / "floor-serve.log", env=QUIET)
        return Pair(sources, mine.seconds, base.seconds,
                    {"rebuilds": mine.rebuilds, "floor_rebuilds": base.rebuilds,
                     "startup": round(mine.startup, 2), "floor_startup": round(base.startup, 2)})

    def offline(self, sources: int) -> Pair:
        archive = self.work / f"offline-{sources}.zip"
        progress(f"{sources} sources: dossier bundle")
        offline_site = self.work / f"offline-site-{sources}"
        measure.remove(offline_site, self.work / f"offline-docs-{sources}")
        measure.run([*self.dossier, "--content", str(self.content(sources)), "bundle",
                     "--docs", str(self.work / f"offline-docs-{sources}"),
                     "--site", str(offline_site), "--zip", str(archive)],
                    cwd=ROOT, log=self.work / "last-build.log")
        index = measure.site_facts(offline_site).index_bytes
        mine = self.first_search(archive, "dossier")
        detail: dict[str, float | int | str] = {"index_bytes": index}
        config = floor.write_offline(self.floor_config(sources).parent)
        if config is None:
            progress("no iframe-worker shim in theme/: the floor's offline search is left out")
            return Pair(sources, mine, None, detail)
        progress(f"{sources} sources: floor bundle")
        floor_site = self.work / f"floor-offline-{sources}"
        measure.remove(floor_site)
        measure.run(floor.build_command(config, floor_site), env=QUIET,
                    log=self.work / "last-floor.log")
        detail["floor_index_bytes"] = measure.site_facts(floor_site).index_bytes
        base = self.first_search(floor.zip_site(floor_site, self.work / "floor.zip"), "floor")
        return Pair(sources, mine, base, detail)

    def first_search(self, archive: Path, what: str) -> float:
        times = []
        for run in range(1, self.runs + 1):
            progress(f"offline first search in the {what}'s bundle, run {run}/{self.runs}")
            times.append(measure.offline_first_search(archive, "Erdogan", timeout=120))
        return statistics.median(times)

    def long_report(self, kilobytes: int) -> Usage:
        """`dossier check` of the seed dossier with one unmarked report of this
        size (0: the seed dossier alone, the baseline)."""
        content = self.work / f"content-long-{kilobytes}"
        measure.remove(content)
        synthetic.make_content(content, 0)
        if kilobytes:
            synthetic.add_long_report(content, kilobytes)
        runs = []
        for run in range(1, self.runs + 1):
            progress(f"check with a report of {kilobytes} KB, run {run}/{self.runs}")
            runs.append(measure.run([*self.dossier, "--content", str(content), "check"],
                                    cwd=ROOT, log=self.work / "last-check.log"))
        return median_usage(runs)

    def generator(self, sources: int) -> Usage:
        runs = []
        for run in range(1, self.runs + 1):
            progress(f"{sources} sources: generator only (build --docs-only), "
                     f"run {run}/{self.runs}")
            docs = self.work / f"gen-docs-{sources}"
            measure.remove(docs)
            runs.append(measure.run([*self.dossier, "--content", str(self.content(sources)),
                                     "build", "--docs", str(docs), "--docs-only"],
                                    cwd=ROOT, log=self.work / "last-build.log"))
        return median_usage(runs)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 3000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--generator", type=int, metavar="N",
                        help="also time the generator alone at N sources")
    parser.add_argument("--serve-at", type=int, metavar="N", help="the serve loop at N sources")
    parser.add_argument("--offline-at", type=int, metavar="N",
                        help="the offline first search at N sources")
    parser.add_argument("--long-report", type=int, nargs="*", metavar="KB", default=[],
                        help="`dossier check` with one report of each size, beside the "
                             "dossier without it")
    parser.add_argument("--json", type=Path, help="write every number to this file too")
    parser.add_argument("--work", type=Path, help="work here (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    work = args.work or Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    bench = Bench(work.resolve(), max(1, args.runs))
    progress(f"working in {work}")
    results: dict[str, object] = {"runs": bench.runs, "cpus": os.cpu_count(),
                                  "load_at_start": os.getloadavg()[0]}
    progress(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}: other work on "
             "this machine shows in wall times (less in CPU times)")
    try:
        sizes = [bench.size(n) for n in args.sizes]
        results["sizes"] = [asdict(s) for s in sizes]
        print(report.table(sizes))
        if args.serve_at:
            serve = bench.serve(args.serve_at)
            results["serve"] = asdict(serve)
            print(report.serve_line(serve))
        if args.offline_at:
            offline = bench.offline(args.offline_at)
            results["offline"] = asdict(offline)
            print(report.offline_line(offline))
        if args.long_report:
            checks = {kb: bench.long_report(kb) for kb in [0, *args.long_report]}
            results["long_report"] = {str(kb): asdict(u) for kb, u in checks.items()}
            print(report.long_report_line(checks))
        if args.generator:
            baseline = max(args.sizes or [1000])
            pair = (bench.generator(args.generator), bench.generator(baseline))
            results["generator"] = {str(args.generator): asdict(pair[0]),
                                    str(baseline): asdict(pair[1])}
            print(report.generator_line(args.generator, pair[0], baseline, pair[1]))
        results["load_at_end"] = os.getloadavg()[0]
        print(report.machine_line(results))
    finally:
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n")
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
