"""The printed report of `bench.py`: one table of builds, then one line for each
of the serve loop, the offline first search and the generator alone, every
number beside the floor's (or the baseline's) from the same run."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench import Pair, SizeResult
    from measure import Usage

MB = 1024 * 1024
TARGETS = ("targets at 1,000 and 3,000 sources: build ratio <= 1.5; ms a page within 15 % "
           "between the two;\n  largest page <= 150 KB; search index <= 2 x source text; "
           "serve save-to-page <= 3 s and offline first result <= 1000 ms at 1,000;\n"
           "  generator alone at 10,000 sources <= 60 s and 1.5 GB")
HEADER = (
    f"{'':13} {'whole build: CPU s (wall s)':^38} {'ms a page':^13} {'peak MB':^11} "
    f"{'median KB':^11} {'largest page, KB':^34} {'search index MB':^22}\n"
    f"{'sources':>7} {'pages':>5} {'dossier':>14} {'floor':>14} {'ratio':>7} "
    f"{'doss.':>6} {'floor':>6} {'doss.':>5} {'floor':>5} {'doss.':>5} {'floor':>5} "
    f"{'dossier (page)':>26} {'floor':>7} {'doss.':>6} {'floor':>6} {'text':>8}"
)


def _cpu_wall(usage: Usage) -> str:
    return f"{usage.cpu:.1f} ({usage.wall:.1f})"


def ms_a_page(usage: Usage, pages: int) -> float:
    return usage.cpu * 1000 / max(1, pages)


def row(s: SizeResult) -> str:
    site, base = s.site, s.floor_site
    largest = f"{site.largest_bytes / 1024:.0f} ({site.largest_page})"
    return (
        f"{s.sources:>7} {site.pages:>5} {_cpu_wall(s.dossier):>14} {_cpu_wall(s.floor):>14} "
        f"{s.dossier.cpu / s.floor.cpu:>7.2f} "
        f"{ms_a_page(s.dossier, site.pages):>6.1f} {ms_a_page(s.floor, base.pages):>6.1f} "
        f"{s.dossier.peak_mb:>5.0f} {s.floor.peak_mb:>5.0f} "
        f"{site.median_bytes / 1024:>5.1f} {base.median_bytes / 1024:>5.1f} "
        f"{largest:>26} {base.largest_bytes / 1024:>7.0f} "
        f"{site.index_bytes / MB:>6.2f} {base.index_bytes / MB:>6.2f} {s.text_bytes / MB:>8.2f}"
    )


def growth(sizes: list[SizeResult]) -> str:
    """How ms a page moves between the two largest sizes, dossier and floor."""
    if len(sizes) < 2:
        return ""
    small, large = sorted(sizes, key=lambda s: s.sources)[-2:]
    dossier = _change(ms_a_page(small.dossier, small.site.pages),
                      ms_a_page(large.dossier, large.site.pages))
    base = _change(ms_a_page(small.floor, small.floor_site.pages),
                   ms_a_page(large.floor, large.floor_site.pages))
    return (f"ms a page from {small.sources} to {large.sources} sources: dossier "
            f"{dossier:+.0f} %, floor {base:+.0f} %\n")


def _change(before: float, after: float) -> float:
    return (after / before - 1) * 100 if before else 0.0


def table(sizes: list[SizeResult]) -> str:
    notes = [] if not sizes else [
        f"{'':13} floor: plain mkdocs-material, same page count, pages sized to the dossier's "
        f"median; runs alternated, medians of {len(sizes[0].dossier_runs)}",
        f"{'':13} index: search/search_index.json, and the dossier's own search-index/; "
        "text: the source bodies of the content folder; peak: the largest single process"]
    lines = [HEADER, *[row(s) for s in sizes], *notes]
    return "\n".join(lines) + "\n" + growth(sizes) + TARGETS + "\n"


def size_line(s: SizeResult) -> str:
    return (f"{s.sources} sources: dossier {_cpu_wall(s.dossier)} s, floor "
            f"{_cpu_wall(s.floor)} s, {s.site.pages} pages")


def _times(count: object, what: str) -> str:
    return f"{count} {what}" + ("" if count == 1 else "s")


def serve_line(pair: Pair) -> str:
    d = pair.detail
    return (f"serve at {pair.sources} sources: save to page {pair.dossier:.1f} s "
            f"({_times(d['rebuilds'], 'rebuild')}; first page {d['startup']} s after start); "
            f"floor under mkdocs serve {pair.floor or 0:.1f} s "
            f"({_times(d['floor_rebuilds'], 'rebuild')}; first page {d['floor_startup']} s)")


def _first_result(ms: float) -> str:
    return f"{ms:.0f} ms" if math.isfinite(ms) else "none within 120 s"


def offline_line(pair: Pair) -> str:
    d = pair.detail
    mine = (f"offline at {pair.sources} sources: first result for \"Erdogan\" "
            f"{_first_result(pair.dossier)} after navigation (index "
            f"{int(d['index_bytes']) / MB:.1f} MB)")
    if pair.floor is None:
        return mine + "; floor: not measured"
    return (mine + f"; floor {_first_result(pair.floor)} (index "
            f"{int(d['floor_index_bytes']) / MB:.1f} MB)")


def generator_line(sources: int, usage: Usage, baseline: int, base: Usage) -> str:
    def each(n: int, u: Usage) -> str:
        return (f"{n} sources {u.cpu:.1f} CPU s ({u.wall:.1f} wall), "
                f"{u.cpu * 1000 / n:.1f} ms a source, peak {u.peak_mb:.0f} MB")

    return f"generator alone (build --docs-only): {each(sources, usage)}; " \
        f"beside {each(baseline, base)}"


def long_report_line(checks: dict[int, Usage]) -> str:
    """check's time with one long report, and per MB beyond the dossier
    without it: a constant per MB is time linear in the report's length."""
    base = checks[0]
    parts = [f"{kb} KB {u.wall:.1f} s ({(u.wall - base.wall) * 1024 / kb:.1f} s a MB, "
             f"peak {u.peak_mb:.0f} MB)" for kb, u in checks.items() if kb]
    return f"check with one long report: without it {base.wall:.1f} s; " + "; ".join(parts)


def machine_line(results: dict[str, object]) -> str:
    start, end = results["load_at_start"], results["load_at_end"]
    return (f"machine: {results['cpus']} CPUs, 1-minute load average {start:.1f} at the start, "
            f"{end:.1f} at the end")
