"""The score of the last `mutmut run`, per stage: the share of mutants the
tests noticed (killed, or timed out). Survivors are listed with the command
that shows each. Exit 1 when a stage scores under the bar.

    python scripts/mutation_score.py [--bar 90]
    python scripts/mutation_score.py --sample 250 [--seed 1]   # names to run

A whole run is about ten thousand mutants, hours on two cores; `--sample N`
prints N mutant names per stage, drawn at random (the same for the same
seed), for `mutmut run` to run alone: `make mutate-sample` scores those, an
estimate within a few points.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

STAGES = ("annotate", "resolve", "render")
NOTICED = {1, 3, 36, 37, -24, 24, 152}  # killed, pytest error, timeout, type check
UNNOTICED = {0, 5, 33}  # survived, no test covers it


def verdicts(mutants: Path) -> dict[str, dict[str, int | None]]:
    """Stage -> mutant name -> mutmut's exit code (None: not run)."""
    found: dict[str, dict[str, int | None]] = {stage: {} for stage in STAGES}
    for meta in sorted((mutants / "generator").rglob("*.py.meta")):
        stage = meta.relative_to(mutants / "generator").parts[0]
        if stage in found:
            found[stage].update(json.loads(meta.read_text())["exit_code_by_key"])
    return found


def sample(found: dict[str, dict[str, int | None]], size: int, seed: int) -> list[str]:
    chosen = random.Random(seed)
    return [name for stage in STAGES
            for name in chosen.sample(sorted(found[stage]), min(size, len(found[stage])))]


def score(found: dict[str, dict[str, int | None]], bar: float) -> int:
    counts: dict[str, Counter[str]] = {stage: Counter() for stage in STAGES}
    for stage, codes in found.items():
        for name, code in codes.items():
            if code in NOTICED:
                counts[stage]["noticed"] += 1
            elif code in UNNOTICED:
                counts[stage]["unnoticed"] += 1
                print(f"survived: {name}    (mutmut show {name})")
    if not any(counts.values()):
        print("no mutant was run: mutmut stopped before the first one "
              "(`.venv/bin/mutmut run` shows why, often a test failing unmutated)")
        return 1
    low = False
    for stage, count in counts.items():
        total = count["noticed"] + count["unnoticed"]
        rate = 100 * count["noticed"] / total if total else 0.0
        low |= rate < bar
        print(f"{stage:<9} {rate:5.1f} %  ({count['noticed']} of {total} mutants noticed, "
              f"of {len(found[stage])} made)")
    return 1 if low else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bar", type=float, default=90.0)
    parser.add_argument("--mutants", type=Path, default=Path("mutants"))
    parser.add_argument("--sample", type=int, help="print this many mutant names per stage")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    found = verdicts(args.mutants)
    if args.sample:
        print(" ".join(sample(found, args.sample, args.seed)))
        return 0
    return score(found, args.bar)


if __name__ == "__main__":
    raise SystemExit(main())
