"""The score of the last `mutmut run`, per stage: the share of mutants the
tests noticed (killed, or timed out). Survivors are listed with the command
that shows each. Exit 1 when a stage scores under the bar.

    python scripts/mutation_score.py [--bar 90]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

STAGES = ("annotate", "resolve", "render")
NOTICED = {1, 3, 36, 37, -24, 24, 152}  # killed, pytest error, timeout, type check
UNNOTICED = {0, 5, 33}  # survived, no test covers it


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bar", type=float, default=90.0)
    parser.add_argument("--mutants", type=Path, default=Path("mutants"))
    args = parser.parse_args()
    counts: dict[str, Counter[str]] = {stage: Counter() for stage in STAGES}
    survivors: list[str] = []
    for meta in sorted((args.mutants / "generator").rglob("*.py.meta")):
        stage = meta.relative_to(args.mutants / "generator").parts[0]
        if stage not in counts:
            continue
        for name, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            if code in NOTICED:
                counts[stage]["noticed"] += 1
            elif code in UNNOTICED:
                counts[stage]["unnoticed"] += 1
                survivors.append(name)
    for name in survivors:
        print(f"survived: {name}    (mutmut show {name})")
    low = False
    for stage, count in counts.items():
        total = count["noticed"] + count["unnoticed"]
        score = 100 * count["noticed"] / total if total else 0.0
        low |= score < args.bar
        print(f"{stage:<9} {score:5.1f} %  ({count['noticed']} of {total} mutants noticed)")
    return 1 if low else 0


if __name__ == "__main__":
    raise SystemExit(main())
