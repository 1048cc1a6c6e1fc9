"""Benchmark of the temporal engine: the 256 TimeBank+AQUAINT documents tagged in one process.

Reports KB of text per second (target >= 500 KB/s on one core) and the process's peak resident
memory (target < 300 MB), as the median of several runs after one warm-up run that loads the
engine. Pinned to one core. `--record` appends the result to docs/benchmarks.md.

    .venv/bin/python bench/bench_tag.py [--runs 5] [--record]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "timeml"
CORPORA = ("timebank", "aquaint")
DOC = REPO / "docs" / "benchmarks.md"
TARGET_KBS = 500.0
TARGET_MB = 300.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def _machine() -> str:
    def run(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.rstrip()
        except (OSError, subprocess.SubprocessError):
            return "?"
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"- `nproc`: {run(['nproc'])}; CPU: {cpu}\n"
            f"- `free -h`:\n\n```\n{run(['free', '-h'])}\n```\n\n"
            f"- Python {platform.python_version()} ({platform.system()} {platform.release()})\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs (median reported)")
    parser.add_argument("--record", action="store_true", help="append the result to docs/benchmarks.md")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent", file=sys.stderr)
        return 2
    machine = _machine()  # before pinning: `nproc` would report the pinned core only
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
        pinned = True
    except (AttributeError, OSError):
        pinned = False

    from keydates.time import tag
    from keydates.time.timeml import read_timeml

    docs = [read_timeml(f) for c in CORPORA for f in sorted((DATA / c).glob("*.tml"))]
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024.0
    before_mb = _peak_mb()
    t0 = time.perf_counter()
    n_expr = sum(len(tag(d.text, published=d.published)) for d in docs)  # warm-up: loads the engine
    warm = time.perf_counter() - t0
    times, cpu = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            tag(d.text, published=d.published)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    med = statistics.median(times)
    speed = kb / med
    cpu_speed = kb / statistics.median(cpu)  # what one core does when it is not shared
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    peak = _peak_mb()
    result = (f"{len(docs)} documents, {kb:.0f} KB of text, {n_expr} expressions; first run (loads "
              f"the engine) {warm:.2f} s; median of {args.runs} runs {med:.3f} s "
              f"(min {min(times):.3f}, max {max(times):.3f}) = **{speed:.0f} KB/s** "
              f"(target >= {TARGET_KBS:.0f}); per CPU-second {cpu_speed:.0f} KB/s (load average "
              f"{load:.1f} during the run); peak memory **{peak:.0f} MB** (target < {TARGET_MB:.0f}; "
              f"{before_mb:.0f} MB before the first tag() call){'' if pinned else '; NOT pinned to one core'}")
    print(result)
    if args.record:
        if not DOC.exists():
            DOC.parent.mkdir(parents=True, exist_ok=True)
            DOC.write_text("# Benchmarks\n\nResults of the scripts under `bench/` (medians of several runs).\n\n"
                           "## Machine\n\n" + machine + "\n", encoding="utf-8")
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "keydates/time"], cwd=REPO,
                               capture_output=True, text=True).stdout.strip()
        if dirty:
            commit += " + uncommitted engine changes"
        with DOC.open("a", encoding="utf-8") as fh:
            fh.write(f"\n## Temporal tagging: TimeBank + AQUAINT ({stamp}, commit {commit})\n\n"
                     f"`.venv/bin/python bench/bench_tag.py --runs {args.runs} --record` "
                     f"(one process, pinned to one core):\n{result}.\n")
    ok = max(speed, cpu_speed) >= TARGET_KBS and peak < TARGET_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
