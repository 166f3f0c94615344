"""Start-up benchmark: each debtguide command against a minimal Typer "hello" app.

Runs every command in turn, round after round (so machine noise hits all of them alike),
and prints the median wall time and the peak memory of each as a ratio to the hello app.
The quality bar (shared/design/PRODUCT.md) is a time ratio of at most 1.2.

    python bench/startup.py            # 15 rounds
    python bench/startup.py --rounds 30
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
ANSWERS = REPO / "tests" / "answers" / "lawsuit.yaml"
HELLO = """import typer

app = typer.Typer()


@app.command()
def hello() -> None:
    print("hello")


app()
"""
MESSAGE = "您的借款已逾期，今天不还款将上门催收并通知您的单位。"


def commands() -> dict[str, list[str]]:
    dg = [sys.executable, "-m", "debtguide"]
    return {
        "debtguide --help": [*dg, "--help"],
        "stages": [*dg, "stages", "--lang", "en"],
        "explain lawsuit": [*dg, "explain", "lawsuit", "--lang", "en"],
        "law civil-code-188": [*dg, "law", "civil-code-188"],
        "assess --answers F --json": [
            *dg,
            "assess",
            "--answers",
            str(ANSWERS),
            "--json",
            "--today",
            "2026-11-28",
        ],
        "letter negotiation --answers F": [
            *dg,
            "letter",
            "negotiation",
            "--answers",
            str(ANSWERS),
            "--today",
            "2026-11-28",
        ],
        "check-message": [*dg, "check-message", MESSAGE],
    }


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """Run a command; return its wall time in seconds, peak RSS in KiB and exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "DEBTGUIDE_HOME": tempfile.mkdtemp(prefix="dg-bench-"), "NO_COLOR": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        table = {"typer hello": [sys.executable, str(hello)], **commands()}
        times: dict[str, list[float]] = {name: [] for name in table}
        memory: dict[str, list[int]] = {name: [] for name in table}
        codes: dict[str, int] = {}
        for argv in table.values():  # warm the file cache and .pyc files
            run_once(argv, env)
        for _ in range(args.rounds):
            for name, argv in table.items():
                elapsed, rss, code = run_once(argv, env)
                times[name].append(elapsed)
                memory[name].append(rss)
                codes[name] = code
    base_t = statistics.median(times["typer hello"])
    base_m = statistics.median(memory["typer hello"])
    print(f"{'command':34} {'median ms':>10} {'× hello':>8} {'peak MiB':>9} {'× hello':>8}  exit")
    for name in table:
        t = statistics.median(times[name])
        m = statistics.median(memory[name])
        print(
            f"{name:34} {t * 1000:10.1f} {t / base_t:8.2f} {m / 1024:9.1f} {m / base_m:8.2f}  {codes[name]}"
        )
    print(f"\n{args.rounds} rounds, Python {sys.version.split()[0]}, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
