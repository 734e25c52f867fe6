"""Scaling benchmark: the generator on synthetic dossiers of growing size.

Prints, per size, the seconds each stage takes and the peak resident
memory of the process, then the seconds `mkdocs build` takes to publish the
generated folder and the size of the site. Numbers only: tests never check
time.

    python benchmarks/bench_pipeline.py [sources ...]
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from generator.annotate import annotate
from generator.load import load
from generator.pipeline import publish
from generator.render import render
from generator.resolve import resolve
from generator.write import write_tree

WORDS = ["the", "minister", "said", "talks", "on", "a", "second", "batch", "of", "systems",
         "would", "go", "on", "next", "year"]


def synthetic(root: Path, sources: int, seed: int = 7) -> Path:
    """A dossier with `sources` reports, sources/2 actors and sources/5 claims."""
    rng = random.Random(seed)
    content = root / "content"
    actors = [f"actor-{i}" for i in range(max(2, sources // 2))]
    claims = [f"claim-{i}" for i in range(max(1, sources // 5))]
    for folder in ("sources", "actors", "claims", "events"):
        (content / folder).mkdir(parents=True)
    for i, actor in enumerate(actors):
        (content / "actors" / f"{actor}.md").write_text(
            f"---\nname: Person{i} Surname{i}\nkind: person\naliases: [Surname{i}]\n---\nNote.\n")
    for claim in claims:
        (content / "claims" / f"{claim}.md").write_text(
            f"---\nstatement: Statement of {claim}.\nverdict: unresolved\n---\nAnalysis.\n")
    for i in range(sources):
        speaker = rng.choice(range(len(actors)))
        quote = f"Quote number {i} is unique."
        paragraphs = [" ".join(rng.choices(WORDS, k=40)) + f" Surname{rng.randrange(len(actors))}."
                      for _ in range(8)]
        paragraphs.insert(3, f"{quote} said Surname{speaker}.")
        (content / "sources" / f"source-{i}.md").write_text(
            f"---\ntitle: Report {i}\npublished: 2019-{rng.randint(1, 12):02d}\nannotations:\n"
            f"  - quote: \"{quote}\"\n    claim: {rng.choice(claims)}\n"
            f"    by: actor-{speaker}\n    stance: asserts\n---\n" + "\n\n".join(paragraphs) + "\n")
    return content


def run(sources: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        content = synthetic(Path(tmp), sources)
        times = {}
        start = time.perf_counter()
        corpus, _ = load(content)
        times["load"] = time.perf_counter() - start
        start = time.perf_counter()
        annotated, _ = annotate(corpus)
        times["annotate"] = time.perf_counter() - start
        start = time.perf_counter()
        dossier, _ = resolve(annotated)
        times["resolve"] = time.perf_counter() - start
        start = time.perf_counter()
        files = render(dossier)
        times["render"] = time.perf_counter() - start
        start = time.perf_counter()
        write_tree(files, Path(tmp) / "docs")
        times["write"] = time.perf_counter() - start
        # Peak resident memory of the process so far; sizes run smallest first.
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        stages = "  ".join(f"{k} {v:6.3f}s" for k, v in times.items())
        print(f"{sources:6d} sources {len(files):6d} files  {stages}  "
              f"total {sum(times.values()):6.2f}s  peak {peak / 2**20:7.1f} MiB")
        site_seconds, site_bytes, pages = mkdocs_build(Path(tmp))
        print(f"{'':6} mkdocs build {site_seconds:6.2f}s  {pages} pages  "
              f"{site_bytes / 2**20:7.1f} MiB  {site_bytes / pages / 1024:5.1f} KiB a page")


def mkdocs_build(tmp: Path) -> tuple[float, int, int]:
    """Publish tmp/docs with the project's own mkdocs.yml (its nav, theme, plugins)."""
    root = Path(__file__).resolve().parent.parent
    start = time.perf_counter()
    problems = publish(root / "mkdocs.yml", tmp / "docs", tmp / "site")
    seconds = time.perf_counter() - start
    if problems:
        raise SystemExit(problems[0].format())
    pages = list((tmp / "site").rglob("*.html"))
    size = sum(p.stat().st_size for p in (tmp / "site").rglob("*") if p.is_file())
    return seconds, size, len(pages)


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [100, 300, 1000]:
        run(size)
