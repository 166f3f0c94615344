"""Start-up benchmark: each debtguide command against a minimal Typer "hello" app.

Runs every command in turn, round after round (so machine noise hits all of them alike),
and prints the median wall time, the median CPU time (user + system: less swayed by other
work on the machine) and the peak memory of each as a ratio to the hello app. The quality
bar (PRODUCT.md) is a median wall-time ratio of at most 1.3 over 20 rounds.

    python bench/startup.py            # 20 rounds
    python bench/startup.py --rounds 30

It needs debtguide's dependencies installed (`pip install -e .`) and may be run from any
folder. Each run gets private data and cache folders and its own .pyc folder; the first,
unmeasured round fills the pack cache and the .pyc files, as a user's first run would.
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


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    """Run a command; return its wall and CPU time in seconds, peak RSS in KiB, exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=REPO,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def bench_env(tmp: Path) -> dict[str, str]:
    """The environment of every run: private data and cache folders, no colour, and .pyc files.

    An installed package has its .pyc files (pip compiles them), so the runs must too, even
    when the caller sets PYTHONDONTWRITEBYTECODE: they are written under `tmp`, not the checkout.
    Output is buffered, as for a user, even when the caller sets PYTHONUNBUFFERED.
    """
    unset = ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(
        DEBTGUIDE_HOME=str(tmp / "home"),
        DEBTGUIDE_CACHE=str(tmp / "cache"),
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        NO_COLOR="1",
    )
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
        env = bench_env(Path(tmp))
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        table = {"typer hello": [sys.executable, str(hello)], **commands()}
        times: dict[str, list[float]] = {name: [] for name in table}
        cpus: dict[str, list[float]] = {name: [] for name in table}
        memory: dict[str, list[int]] = {name: [] for name in table}
        codes: dict[str, int] = {}
        for name, argv in table.items():  # warm the file cache, the pack cache and .pyc files
            if run_once(argv, env)[3] != 0:
                failed = subprocess.run(argv, env=env, cwd=REPO, capture_output=True, text=True)
                sys.exit(f"{name} failed (exit {failed.returncode}):\n{failed.stderr}")
        for _ in range(args.rounds):
            for name, argv in table.items():
                elapsed, cpu, rss, code = run_once(argv, env)
                times[name].append(elapsed)
                cpus[name].append(cpu)
                memory[name].append(rss)
                codes[name] = code
    base_t = statistics.median(times["typer hello"])
    base_c = statistics.median(cpus["typer hello"])
    base_m = statistics.median(memory["typer hello"])
    print(
        f"{'command':34} {'median ms':>10} {'× hello':>8} {'cpu ms':>7} {'× hello':>8}"
        f" {'peak MiB':>9} {'× hello':>8}  exit"
    )
    for name in table:
        t = statistics.median(times[name])
        c = statistics.median(cpus[name])
        m = statistics.median(memory[name])
        print(
            f"{name:34} {t * 1000:10.1f} {t / base_t:8.2f} {c * 1000:7.1f} {c / base_c:8.2f}"
            f" {m / 1024:9.1f} {m / base_m:8.2f}  {codes[name]}"
        )
    print(f"\n{args.rounds} rounds, Python {sys.version.split()[0]}, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
