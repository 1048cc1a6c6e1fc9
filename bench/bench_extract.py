"""Benchmark of `keydates extract` (dates only, no entity pass), issue 3.

Targets: a 5,000-word chronology in under 1 s including start-up (a fresh `keydates extract`
process), and 100 chronologies in one process at 20 or more per second.

    .venv/bin/python bench/bench_extract.py [--runs 5]

Prints the median of several runs for both measures.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FILLER = ("the government announces new measures after talks with regional leaders and the "
          "opposition calls for protests in the capital while observers report heavy fighting "
          "in the north and aid groups warn of shortages of food and medicine").split()


def synthetic_chronology(words: int = 5000, seed: int = 7) -> str:
    """A chronology in the common layouts: headings, prose with yearless dates, bullets, labels."""
    rnd = random.Random(seed)
    out = ["Key Dates Of A Long Conflict", "",
           "Main dates of the conflict since it began, as talks resume on Friday.", ""]
    year, count = 1990, 0
    while count < words:
        year += 1
        out += [f"– {year} –", ""]
        for month in sorted(rnd.sample(range(12), 4)):
            body = " ".join(rnd.choice(FILLER) for _ in range(rnd.randint(18, 40)))
            day = rnd.randint(1, 28)
            style = rnd.randrange(4)
            if style == 0:
                line = f"On {MONTHS[month]} {day}, {body}. The next day, {body[:60]}."
            elif style == 1:
                line = f"- {MONTHS[month][:3]}. {day}, {year}: {body}."
            elif style == 2:
                line = f"In early {MONTHS[month]}, {body}, until {year + 2}."
            else:
                line = f"{body.capitalize()}."
            out += [line, ""]
            count += len(line.split())
    out += ["Leave a Reply", "", "Your email address will not be published.", "", "12 + = 19"]
    return "\n".join(out)


def corpus() -> list[tuple[str, str | None]]:
    """Texts of the test collection (and the shared sample when present), with publication dates."""
    import json

    docs = []
    for folder in (REPO / "tests" / "data" / "chronologies", REPO.parent / "shared" / "data" / "chronologies"):
        for gold in sorted(folder.glob("*.gold.jsonl")):
            name = gold.name[: -len(".gold.jsonl")]
            for suffix in (".txt", ".md", ".html"):
                p = folder / (name + suffix)
                if p.exists():
                    meta = folder / (name + ".meta.json")
                    pub = json.loads(meta.read_text())["publication_date"] if meta.exists() else None
                    docs.append((str(p), pub))
    return docs


def bench_startup(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of fresh `keydates extract` processes.

    On a machine shared with other jobs the wall clock includes waiting for a core; the CPU
    time is what the process itself costs."""
    exe = REPO / ".venv" / "bin" / "keydates"
    cmd = [str(exe) if exe.exists() else "keydates", "extract", str(path), "--published",
           "2020-01-03", "--format", "json"]
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def bench_throughput(n: int, runs: int) -> list[float]:
    from keydates.events import extract
    from keydates.read import read

    docs = corpus()
    if not docs:
        raise SystemExit("no chronologies found")
    texts = [(read(p, pub)) for p, pub in docs]
    extract(texts[0])  # warm up: rules loaded once per process
    rates = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for i in range(n):
            doc = texts[i % len(texts)]
            extract(read(doc.text, doc.published, fmt="markdown" if doc.format != "text" else "text"))
        rates.append(n / (time.perf_counter() - t0))
    return rates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--words", type=int, default=5000)
    ap.add_argument("--docs", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        text = synthetic_chronology(args.words)
        path.write_text(text, "utf-8")
        times, cpus = bench_startup(path, args.runs)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{len(text.split())}-word chronology, fresh process (start-up included): "
          f"median {statistics.median(times):.3f} s wall, {statistics.median(cpus):.3f} s CPU "
          f"over {args.runs} runs (wall min {min(times):.3f}, max {max(times):.3f}; target < 1 s)")
    rates = bench_throughput(args.docs, args.runs)
    print(f"{args.docs} chronologies in one process: median {statistics.median(rates):.1f} per s "
          f"over {args.runs} runs (min {min(rates):.1f}; target >= 20 per s)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
