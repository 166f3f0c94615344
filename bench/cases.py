"""Hotline benchmark: `debtguide assess --answers DIR --json` over 1,000 case files.

Writes 1,000 files to a temporary folder (a mix of one-debt v1 answers files and case files
with two to five debts, made from the test situations), runs the command a few times and
prints the median wall time, per file and in all. The figure goes in the README.

    python bench/cases.py              # 1,000 files, 3 runs
    python bench/cases.py --files 200 --runs 5

It needs debtguide installed (`pip install -e .`); each run gets private data and cache
folders, and the first, unmeasured run fills the pack cache as a user's first run would.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SITUATIONS = sorted((REPO / "tests" / "answers").glob("*.yaml"))
THREE = REPO / "tests" / "cases" / "three-debts.yaml"
TODAY = "2026-12-07"


def write_files(folder: Path, count: int) -> None:
    """`count` files: every third a case of several debts, the others v1 answers files."""
    import yaml

    situations = [yaml.safe_load(p.read_text(encoding="utf-8")) or {} for p in SITUATIONS]
    household = ("monthly_income", "monthly_essential_expenses", "lump_sum_available",
                 "hardship_reasons", "feels_unsafe", "other_debts_total")  # fmt: skip
    for number in range(count):
        path = folder / f"case-{number:04d}.yaml"
        if number % 3 == 2:
            size = 2 + number % 4
            debts = []
            for k in range(size):
                one = dict(situations[(number + k) % len(situations)])
                debts.append({key: v for key, v in one.items() if key not in household})
            data = {"monthly_income": 6000, "monthly_essential_expenses": 4000, "debts": debts}
        else:
            data = situations[number % len(situations)]
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def run_once(folder: Path, env: dict[str, str]) -> tuple[float, int]:
    import json

    command = [sys.executable, "-m", "debtguide", "assess", "--answers", str(folder),
               "--json", "--today", TODAY, "--lang", "en"]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if done.returncode not in (0, 2):
        sys.exit(f"the command failed ({done.returncode}): {done.stderr}")
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return took, len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "cases"
        folder.mkdir()
        write_files(folder, args.files)
        env = {**os.environ, "DEBTGUIDE_HOME": str(root / "home"),
               "DEBTGUIDE_CACHE": str(root / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}  # fmt: skip
        run_once(folder, env)  # fills the pack cache
        times = []
        for _ in range(args.runs):
            took, lines = run_once(folder, env)
            if lines != args.files:
                sys.exit(f"expected {args.files} JSON lines, got {lines}")
            times.append(took)
    median = statistics.median(times)
    print(
        f"{args.files} files: median {median:.2f} s over {args.runs} runs "
        f"({median / args.files * 1000:.1f} ms a file, start-up included)"
    )


if __name__ == "__main__":
    main()
