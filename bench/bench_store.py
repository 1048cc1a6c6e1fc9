"""Store benchmark: bulk add and date-range + actor queries on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_store.py                 # 2,000 timelines x 50 events
    .venv/bin/python bench/bench_store.py --timelines 200 --backends sqlite   # quick look

Targets (issue 5): a date-range + actor query answers in under 20 ms (median) with 100,000
events across 2,000 timelines; bulk add at least 50 documents per second excluding extraction
(timelines are generated, then stored with `Store.add_timeline`, one transaction each).
Queries pick the actor of a random stored event (so frequent actors are asked for more often,
as users do) and a random window of one to five years.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from keydates.model import Actor, Document, Event, EventDate, Place, Timeline
from keydates.store import EventQuery, open_store
from keydates.time.values import bounds, granularity

WORDS = ("talks troops ceasefire election protest treaty summit strike sanctions court vote "
         "border oil bank minister army rebels capital report aid refugees parliament").split()


def make_timelines(n_timelines: int, per: int, seed: int = 7) -> list[Timeline]:
    """Synthetic chronologies: varied granularities, modifiers and ranges; Zipf-like actors."""
    rnd = random.Random(seed)
    actors = [f"Actor {i:04d}" for i in range(3000)]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(actors))]
    places = [(f"Place {i:03d}", rnd.uniform(-60, 70), rnd.uniform(-180, 180)) for i in range(600)]
    out = []
    for t in range(n_timelines):
        lines, events, pos = [f"Timeline {t}: key dates", ""], [], 0
        text = "\n".join(lines) + "\n"
        year0 = rnd.randint(1900, 2010)
        for i in range(per):
            y = year0 + i // 5
            kind = rnd.random()
            if kind < 0.6:
                value = f"{y:04d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            elif kind < 0.85:
                value = f"{y:04d}-{rnd.randint(1, 12):02d}"
            else:
                value = f"{y:04d}"
            mod = rnd.choice([None] * 8 + ["START", "END"])
            rng = f"{y + rnd.randint(1, 8):04d}" if kind >= 0.97 else None
            words = " ".join(rnd.choice(WORDS) for _ in range(12))
            who = rnd.choices(actors, weights, k=rnd.randint(1, 3))
            quote = f"{value}: {' and '.join(who)} {words}."
            start = len(text)
            text += quote + "\n"
            first, last = bounds(value, mod, rng)
            where = [rnd.choice(places) for _ in range(rnd.randint(0, 2))]
            events.append(Event(
                start=start, end=start + len(quote), text=quote, section=None,
                date=EventDate(value=value, mod=mod, range_end=rng, earliest=first, latest=last,
                               granularity=granularity(value), basis="explicit",
                               evidence=value, evidence_start=start,
                               evidence_end=start + len(value)),
                headline=" ".join(quote.split()[1:6]),
                actors=[Actor(a, "ent:" + a.lower().replace(" ", "-"), "person", "agent", a)
                        for a in dict.fromkeys(who)],
                places=[Place(p[0], p[1], p[2], "XX", "city", p[0]) for p in where],
                kind=rnd.choice(["talks", "attack", "protest", "election", None])))
            pos += 1
        out.append(Timeline(Document(text=text, source=f"bench/{t}.txt", title=f"Timeline {t}"),
                            events))
    return out


def server_cpu(store: object) -> float | None:
    """CPU seconds used so far by the PostgreSQL backend serving `store`'s pooled connection
    (a local temporary server: /proc is readable), else None."""
    if store.dialect != "postgresql":  # type: ignore[attr-defined]
        return None
    try:
        with store.engine.connect() as conn:  # type: ignore[attr-defined]
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def bench_backend(url: str, timelines: list[Timeline], n_queries: int, seed: int) -> dict:
    store = open_store(url)
    load0 = os.getloadavg()[0]
    s0 = server_cpu(store)
    t0, c0 = time.perf_counter(), time.process_time()
    for i, tl in enumerate(timelines):
        store.add_timeline(tl, name=f"timeline {i}")
    add_s, add_cpu = time.perf_counter() - t0, time.process_time() - c0
    s1 = server_cpu(store)
    srv_ms = (s1 - s0) * 1000 / len(timelines) if s0 is not None and s1 is not None else None
    load = (load0 + os.getloadavg()[0]) / 2
    store.optimize()  # as `keydates add` does after storing documents
    rnd = random.Random(seed)
    n_events = store.counts()["events"]
    queries = []
    for _ in range(n_queries):
        tl = rnd.choice(timelines)
        ev = rnd.choice(tl.events)
        y = int(ev.date.value[:4]) + rnd.randint(-3, 1)
        queries.append(EventQuery(actor=rnd.choice(ev.actors).name, date_from=str(y),
                                  date_to=str(y + rnd.randint(0, 4))))
    for q in queries[:5]:  # warm the caches
        store.query(q)
    times, hits = [], []
    for q in queries:
        t = time.perf_counter()
        res = store.query(q)
        times.append((time.perf_counter() - t) * 1000)
        hits.append(res.total)
    others = {}
    for label, q in (("text", EventQuery(text="ceasefire refugees")),
                     ("place", EventQuery(place="Place 042", date_from="1950", date_to="1990")),
                     ("timeline", EventQuery(timeline="timeline 17"))):
        ts = []
        for _ in range(9):
            t = time.perf_counter()
            store.query(q)
            ts.append((time.perf_counter() - t) * 1000)
        others[label] = statistics.median(ts)
    store.close()
    return {"events": n_events, "docs_per_s": len(timelines) / add_s, "add_s": add_s,
            "cpu_docs_per_s": len(timelines) / add_cpu, "load": load,
            "cpu_ms": add_cpu * 1000 / len(timelines), "server_ms": srv_ms,
            "median_ms": statistics.median(times), "p90_ms": sorted(times)[int(len(times) * .9)],
            "median_hits": statistics.median(hits), "others": others}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--timelines", type=int, default=2000)
    ap.add_argument("--events", type=int, default=50, help="events per timeline")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    t = time.perf_counter()
    timelines = make_timelines(args.timelines, args.events)
    print(f"generated {args.timelines} timelines x {args.events} events in "
          f"{time.perf_counter() - t:.1f} s (not counted)", file=sys.stderr)
    rows = []
    with ExitStack() as stack:
        for backend in args.backends.split(","):
            if backend == "sqlite":
                tmp = stack.enter_context(tempfile.TemporaryDirectory())
                url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            elif backend == "postgresql":
                from keydates.store.pgtemp import find_bindir, temporary_postgres

                if find_bindir() is None:
                    print("postgresql: skipped (initdb/pg_ctl not installed)", file=sys.stderr)
                    continue
                server = stack.enter_context(temporary_postgres())
                url = server.create_database("bench")
            else:
                raise SystemExit(f"unknown backend {backend}")
            r = bench_backend(url, timelines, args.queries, args.seed)
            rows.append((backend, r))
            srv = f", server {r['server_ms']:.1f} ms" if r["server_ms"] is not None else ""
            print(f"{backend}: {r['events']} events; add {r['docs_per_s']:.0f} docs/s "
                  f"(client CPU only: {r['cpu_docs_per_s']:.0f}/s; CPU per document: client "
                  f"{r['cpu_ms']:.1f} ms{srv}; load avg {r['load']:.1f}) "
                  f"({r['add_s']:.1f} s); date-range+actor query median {r['median_ms']:.2f} ms, "
                  f"p90 {r['p90_ms']:.2f} ms, median hits {r['median_hits']:.0f}; "
                  + ", ".join(f"{k} {v:.2f} ms" for k, v in r["others"].items()), file=sys.stderr)
    print(f"\nMachine: {platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.system()}")
    print("\n| backend | events | bulk add (docs/s, wall) | client CPU (docs/s) "
          "| CPU per doc, client + server (ms) | load avg "
          "| date-range + actor median (ms) | p90 (ms) | text (ms) | place + range (ms) "
          "| one timeline (ms) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for backend, r in rows:
        o = r["others"]
        cpu = f"{r['cpu_ms']:.1f}" + (f" + {r['server_ms']:.1f}" if r["server_ms"] is not None
                                      else "")
        print(f"| {backend} | {r['events']} | {r['docs_per_s']:.0f} | {r['cpu_docs_per_s']:.0f} "
              f"| {cpu} | {r['load']:.1f} | {r['median_ms']:.2f} | {r['p90_ms']:.2f} "
              f"| {o['text']:.2f} | {o['place']:.2f} | {o['timeline']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
