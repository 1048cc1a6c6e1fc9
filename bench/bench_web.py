"""Web app benchmark: page and API latency with 100,000 stored events, and a concurrent load.

    .venv/bin/python bench/bench_web.py                  # 200 timelines x 500 events, 30 s load
    .venv/bin/python bench/bench_web.py --events 20000 --duration 10     # a quick look
    .venv/bin/python bench/bench_web.py --record         # append the results to docs/benchmarks.md

Targets (issue 6), against `keydates serve` on localhost (one uvicorn process):
- a timeline page of 500 events renders in under 300 ms server time (the `Server-Timing`
  header the app sets: routing, store, template);
- the events API answers in under 50 ms median (client-side latency, random filters);
- 50 concurrent clients for 30 s (a mix of timeline pages, event pages and API calls) get no
  errors.
The database is built once with `Store.add_timeline` (synthetic chronologies with sections,
actors, places, partial dates) and kept in bench/results/ for later runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx

from keydates.model import Actor, Document, Event, EventDate, Place, Timeline
from keydates.time.values import bounds, granularity

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
WORDS = ("talks troops ceasefire election protest treaty summit strike sanctions court vote "
         "border oil bank minister army rebels capital report aid refugees parliament").split()
KINDS = ["talks", "attack", "protest", "election", "agreement", None]


def make_timeline(t: int, per: int, rnd: random.Random, actors: list[str],
                  places: list[tuple[str, float, float]]) -> Timeline:
    """One synthetic chronology: sections every 50 entries, days, months, years, modifiers."""
    text = f"Timeline {t}: key dates\n\nA synthetic chronology for the benchmark.\n\n"
    events = []
    year0 = rnd.randint(1900, 2000)
    section = None
    for i in range(per):
        if i % 50 == 0:
            section = f"Part {i // 50 + 1}"
            text += f"– {section} –\n\n"
        y = year0 + i // 25
        r = rnd.random()
        if r < 0.6:
            value = f"{y:04d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        elif r < 0.85:
            value = f"{y:04d}-{rnd.randint(1, 12):02d}"
        else:
            value = f"{y:04d}"
        mod = rnd.choice([None] * 8 + ["START", "END"])
        who = list(dict.fromkeys(rnd.choices(actors, k=rnd.randint(1, 3))))
        where = [rnd.choice(places) for _ in range(rnd.randint(0, 2))]
        words = " ".join(rnd.choice(WORDS) for _ in range(14))
        quote = f"On {value}, {' and '.join(who)} {words}."
        start = len(text)
        text += quote + "\n\n"
        first, last = bounds(value, mod)
        events.append(Event(
            start=start, end=start + len(quote), text=quote, section=section,
            date=EventDate(value=value, mod=mod, earliest=first, latest=last,
                           granularity=granularity(value),
                           basis=rnd.choice(["explicit", "explicit", "context"]),
                           evidence=value, evidence_start=start + 3,
                           evidence_end=start + 3 + len(value)),
            headline=" ".join(words.split()[:5]).capitalize(),
            actors=[Actor(a, "ent:" + a.lower().replace(" ", "-"), "person", "agent", a)
                    for a in who],
            places=[Place(p[0], p[1], p[2], "XX", "city", p[0]) for p in where],
            kind=rnd.choice(KINDS)))
    return Timeline(Document(text=text, source=f"bench/web-{t}.txt", title=f"Timeline {t}",
                             published="2020-01-03"), events)


def build_db(path: Path, n_events: int, per: int, seed: int = 11) -> None:
    """Store n_events / per synthetic timelines (skipped when the file exists)."""
    from keydates.store import open_store

    if path.exists():
        print(f"using {path}", file=sys.stderr)
        return
    rnd = random.Random(seed)
    actors = [f"Actor {i:04d}" for i in range(2000)]
    places = [(f"Place {i:03d}", rnd.uniform(-60, 70), rnd.uniform(-180, 180)) for i in range(400)]
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    store = open_store(f"sqlite:///{tmp}")
    t0 = time.perf_counter()
    for t in range(n_events // per):
        store.add_timeline(make_timeline(t, per, rnd, actors, places), name=f"Bench {t:04d}")
        if t % 20 == 19:
            print(f"  {(t + 1) * per} events stored ({time.perf_counter() - t0:.0f} s)",
                  file=sys.stderr)
    store.close()
    tmp.rename(path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    keydates = Path(sys.executable).with_name("keydates")
    cmd = [str(keydates), "serve", "--db", f"sqlite:///{db}", "--port", str(port), "--no-sample",
           "--log-level", "warning", "--workers", str(workers)]
    log = open(RESULTS / "bench_web_server.log", "w", encoding="utf-8")  # noqa: SIM115
    proc = subprocess.Popen(cmd, stdout=log, stderr=log, text=True,
                            env=dict(os.environ, KEYDATES_SECRET="bench"))
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/timelines?limit=1", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"server did not start; see {log.name}")


def server_ms(resp: httpx.Response) -> float:
    m = re.search(r"dur=([\d.]+)", resp.headers.get("server-timing", ""))
    return float(m.group(1)) if m else float("nan")


def measure_pages(base: str, slugs: list[str], runs: int, rnd: random.Random) -> dict:
    """Server time of 500-event timeline pages: first view of a timeline (read from the store),
    repeated view (the app's timeline cache), and filtered by kind."""
    cold, warm, filtered = [], [], []
    picks = rnd.sample(slugs, min(runs, len(slugs)))
    with httpx.Client(base_url=base, timeout=30) as c:
        c.get(f"/timelines/{slugs[-1]}")  # warm up the process
        for slug in picks:
            r = c.get(f"/timelines/{slug}")
            assert r.status_code == 200 and r.text.count('class="event') >= 500, r.status_code
            cold.append(server_ms(r))
            r = c.get(f"/timelines/{slug}")
            warm.append(server_ms(r))
            r = c.get(f"/timelines/{slug}", params={"kind": "talks"})
            assert r.status_code == 200
            filtered.append(server_ms(r))
    return {"page_cold": cold, "page_warm": warm, "page_filtered": filtered}


def measure_api(base: str, slugs: list[str], runs: int, rnd: random.Random) -> dict:
    """Client-side latency of /api/events with the filters people use."""
    lat: list[float] = []
    with httpx.Client(base_url=base, timeout=30) as c:
        c.get("/api/events", params={"limit": 50})
        for i in range(runs):
            params: dict = {"limit": 50}
            choice = i % 5
            if choice == 0:
                params["timeline"] = rnd.choice(slugs)
            elif choice == 1:
                y = rnd.randint(1900, 2010)
                params.update({"from": str(y), "to": str(y + 2)})
            elif choice == 2:
                params["actor"] = f"Actor {rnd.randint(0, 1999):04d}"
            elif choice == 3:
                params.update(text=rnd.choice(WORDS), timeline=rnd.choice(slugs))
            else:
                params.update(kind=rnd.choice(KINDS[:-1]), offset=rnd.randint(0, 2000))
            t0 = time.perf_counter()
            r = c.get("/api/events", params=params)
            lat.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, r.text[:200]
    return {"api": lat}


async def load(base: str, slugs: list[str], event_ids: list[int], clients: int,
               duration: float) -> dict:
    """`clients` concurrent clients requesting a mix of pages and API calls for `duration` s."""
    stop = time.perf_counter() + duration
    ok, errors, lat = 0, [], []

    async def client(n: int) -> None:
        nonlocal ok
        rnd = random.Random(n)
        async with httpx.AsyncClient(base_url=base, timeout=60) as c:
            while time.perf_counter() < stop:
                r = rnd.random()
                if r < 0.15:
                    url = f"/timelines/{rnd.choice(slugs)}"
                elif r < 0.35:
                    url = f"/events/{rnd.choice(event_ids)}"
                elif r < 0.85:
                    url = f"/api/events?timeline={rnd.choice(slugs)}&limit=50"
                else:
                    url = f"/api/events/{rnd.choice(event_ids)}"
                t0 = time.perf_counter()
                try:
                    resp = await c.get(url)
                except httpx.HTTPError as exc:
                    errors.append(f"{url}: {type(exc).__name__}")
                    continue
                lat.append((time.perf_counter() - t0) * 1000)
                if resp.status_code == 200:
                    ok += 1
                else:
                    errors.append(f"{url}: HTTP {resp.status_code}")

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    elapsed = time.perf_counter() - t0
    return {"ok": ok, "errors": errors, "lat": lat, "elapsed": elapsed}


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--per-timeline", type=int, default=500)
    ap.add_argument("--runs", type=int, default=40, help="page renders measured")
    ap.add_argument("--api-runs", type=int, default=300)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=1, help="keydates serve --workers")
    ap.add_argument("--record", action="store_true", help="append to docs/benchmarks.md")
    args = ap.parse_args()

    RESULTS.mkdir(parents=True, exist_ok=True)
    db = RESULTS / f"web-{args.events}-{args.per_timeline}.db"
    build_db(db, args.events, args.per_timeline)
    port = free_port()
    server = start_server(db, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        timelines = httpx.get(f"{base}/api/timelines?limit=500", timeout=30).json()
        slugs = [t["slug"] for t in timelines["items"]]
        n_events = sum(t["n_events"] for t in timelines["items"])
        rnd = random.Random(5)
        ids = [e["id"] for e in httpx.get(f"{base}/api/events?limit=500&offset={n_events // 2}",
                                          timeout=30).json()["items"]]
        pages = measure_pages(base, slugs, args.runs, rnd)
        api = measure_api(base, slugs, args.api_runs, rnd)
        loaded = asyncio.run(load(base, slugs, ids, args.clients, args.duration))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()

    med_page = statistics.median(pages["page_cold"])
    med_warm = statistics.median(pages["page_warm"])
    med_filt = statistics.median(pages["page_filtered"])
    med_api = statistics.median(api["api"])
    n_req = loaded["ok"] + len(loaded["errors"])
    lines = [
        f"{n_events:,} events stored in {len(slugs)} timelines of {args.per_timeline} (SQLite, "
        f"`keydates serve --workers {args.workers}` on localhost):",
        f"- timeline page of {args.per_timeline} events, server time (Server-Timing), "
        f"{len(pages['page_cold'])} timelines: first view (read from the store) median "
        f"**{med_page:.0f} ms** (p90 {pct(pages['page_cold'], .9):.0f} ms, max "
        f"{max(pages['page_cold']):.0f} ms; target < 300 ms); repeated view (timeline cache) "
        f"median **{med_warm:.0f} ms** (max {max(pages['page_warm']):.0f} ms); filtered by kind "
        f"(store query + render) median {med_filt:.0f} ms",
        f"- `/api/events` (timeline, date range, actor, full text, kind+offset; limit 50), "
        f"client latency: median **{med_api:.1f} ms** (p90 {pct(api['api'], .9):.1f} ms, "
        f"{args.api_runs} calls; target < 50 ms)",
        f"- load: {args.clients} concurrent clients for {args.duration:.0f} s (15% timeline "
        f"pages, 20% event pages, 65% API): {n_req} requests, **{len(loaded['errors'])} errors**, "
        f"{n_req / loaded['elapsed']:.0f} requests/s, latency median "
        f"{pct(loaded['lat'], .5):.0f} ms, p95 {pct(loaded['lat'], .95):.0f} ms (target: no errors)",
    ]
    if loaded["errors"]:
        lines.append(f"  first errors: {loaded['errors'][:5]}")
    report = "\n".join(lines)
    print(report)
    if args.record:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                                capture_output=True, text=True).stdout.strip()
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        cmd = "`.venv/bin/python bench/bench_web.py" + (
            "" if sys.argv[1:] == ["--record"] else " " + " ".join(sys.argv[1:])) + "`"
        with open(REPO / "docs" / "benchmarks.md", "a", encoding="utf-8") as fh:
            fh.write(f"\n\n## Web app: `keydates serve` ({stamp}, commit {commit})\n\n{cmd} "
                     f"(Python {platform.python_version()}, {os.cpu_count()} cores shared with "
                     f"other engineers' jobs):\n{report}\n")


if __name__ == "__main__":
    main()
