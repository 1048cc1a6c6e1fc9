"""Benchmark of the full pipeline with the entity pass (issue 4).

Target: 1,000 generated news articles of ~800 words in one process, dates (keydates.events,
which runs the temporal engine keydates.time) + entities, places, kinds, casualties and headlines
(keydates.entities.enrich_many): at least 15 articles per second on the 2-core machine, peak
memory (RSS) under 1 GB.

    .venv/bin/python bench/bench_entities.py [--articles 1000] [--runs 3] [--scope event|lead]
                                             [--processes 2 | --threads 2]
    .venv/bin/python bench/bench_entities.py --stages [--articles 200]

`--threads 2` runs the date pass in a second thread of the same process, feeding the entity pass
in the main thread (spaCy releases the GIL only in its parsers' greedy loops and in the BLAS
products; see docs/entities.md, "Speed"). `--stages` prints the CPU time per article of every
stage (date pass, each spaCy component with its GIL-free part, entity rules) in one process.

Wall-clock rate and CPU-time rate are both printed: the machine is shared, and the CPU-time rate
is what one idle core would give.

Each run is a fresh process (so start-up and peak RSS are measured per run); the medians of the
runs are printed. `--one` runs a single measurement in this process and prints it as JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import queue
import random
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

PEOPLE = [("President", "Amina Diallo"), ("Prime Minister", "Karl Lindqvist"), ("General", "Omar Haddad"),
          ("Foreign Minister", "Sofia Marquez"), ("opposition leader", "Tomas Novak"),
          ("Defence Minister", "Rahul Mehta"), ("President", "Joe Biden"), ("President", "Vladimir Putin"),
          ("Secretary-General", "Antonio Guterres"), ("Chancellor", "Olaf Scholz")]
ORGS = ["the United Nations", "NATO", "the European Union", "the World Health Organization",
        "the Red Cross", "the African Union", "Human Rights Watch", "the International Monetary Fund",
        "Amnesty International", "the World Bank"]
PLACES = [("Baghdad", "Iraq"), ("Kabul", "Afghanistan"), ("Kyiv", "Ukraine"), ("Khartoum", "Sudan"),
          ("Damascus", "Syria"), ("Nairobi", "Kenya"), ("Lagos", "Nigeria"), ("Caracas", "Venezuela"),
          ("Beirut", "Lebanon"), ("Manila", "Philippines"), ("Lima", "Peru"), ("Dhaka", "Bangladesh"),
          ("Mosul", "Iraq"), ("Aleppo", "Syria"), ("Kharkiv", "Ukraine"), ("Goma", "Democratic Republic of the Congo")]
GROUPS = ["rebels", "protesters", "militants", "security forces", "government troops", "insurgents"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TEMPLATES = [
    "{title} {person} said on {weekday} that the government would {verb} talks with {org} in {city}.",
    "At least {n} people were killed and {m} wounded when a car bomb exploded near a market in {city}, police said.",
    "{group_cap} clashed with police in {city} on {weekday}, and witnesses said several buildings were set on fire.",
    "The attack came {ago} after {org} warned that violence in {country} could spread across the region.",
    "In {month} {year}, {country} signed a ceasefire agreement with armed groups in the north of the country.",
    "{org_cap} called for an independent investigation and urged all sides to protect civilians.",
    "Thousands of people marched through the streets of {city} demanding the resignation of {title} {person}.",
    "Officials in {city}, about {km} kilometres south of the capital, said {n} soldiers had died in the ambush.",
    "{title} {person} is due to meet leaders of {country2} in {city2} next week to discuss trade and security.",
    "According to {org}, more than {big} civilians have fled their homes since fighting began in {month}.",
    "The economy of {country} has shrunk sharply since {year}, and inflation reached {n} percent last month.",
    "Analysts say the elections planned for {month} {year2} are unlikely to be free or fair.",
    "{group_cap} seized control of the town of {city} on {weekday} after days of heavy fighting.",
    "Police arrested {n} suspects in connection with the bombing, the interior ministry said in a statement.",
]
VERBS = ["resume", "suspend", "open", "join", "reject"]


def article(rnd: random.Random, words: int = 800) -> tuple[str, str]:
    """A news-like article of about `words` words, with its publication date."""
    year = rnd.randint(2005, 2023)
    pub = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    city, country = rnd.choice(PLACES)
    title = rnd.choice(["Violence flares in", "Talks stall in", "Crisis deepens in", "Protests spread in"])
    paras = [f"{title} {country}", ""]
    count = 0
    while count < words:
        sentences = []
        for _ in range(rnd.randint(2, 3)):
            t, p = rnd.choice(PEOPLE)
            c2, k2 = rnd.choice(PLACES)
            c1, k1 = rnd.choice(PLACES)
            grp = rnd.choice(GROUPS)
            org = rnd.choice(ORGS)
            s = rnd.choice(TEMPLATES).format(
                title=t, person=p, weekday=rnd.choice(WEEKDAYS), verb=rnd.choice(VERBS), org=org,
                org_cap=org[0].upper() + org[1:], city=c1, country=k1, country2=k2, city2=c2,
                n=rnd.randint(2, 60), m=rnd.randint(5, 90), group_cap=grp.capitalize(),
                ago=rnd.choice(["two days", "a week", "hours", "a month"]), month=rnd.choice(MONTHS),
                year=year - rnd.randint(0, 3), year2=year + 1, km=rnd.randint(10, 200),
                big=rnd.choice(["10,000", "250,000", "1.2 million", "45,000"]))
            s = s[0].upper() + s[1:]
            sentences.append(s)
        para = " ".join(sentences)
        paras += [para, ""]
        count += len(para.split())
    return "\n".join(paras), pub


def _hwm_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a live process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _dated_in_thread(docs: list[tuple[str, str]], extract_text: Any) -> Iterator[Any]:
    """The date pass in a producer thread; timelines come out in order through a bounded queue."""
    q: queue.Queue = queue.Queue(maxsize=100)
    end = object()

    def produce() -> None:
        try:
            for text, pub in docs:
                q.put(extract_text(text, pub))
        finally:
            q.put(end)

    th = threading.Thread(target=produce, daemon=True)
    th.start()
    while (tl := q.get()) is not end:
        yield tl
    th.join()


def one(n_articles: int, seed: int = 11, scope: str = "event", processes: int = 1,
        threads: int = 1) -> dict[str, float]:
    """One measurement in this process: start-up, then n articles through the full pipeline.

    With `processes` > 1 the entity pass runs in that many worker processes
    (`enrich_many(..., n_process=...)`), fed while this process runs the date pass; memory is
    then the sum of the peak RSS of this process and of every worker."""
    t0 = time.perf_counter()
    from keydates.entities import enrich_many, load_nlp
    from keydates.entities.gazetteer import gazetteer
    from keydates.events import extract_text

    if processes > 1:
        from keydates.entities.parallel import pool, shutdown, worker_pids
        pool(processes)  # start the workers (each loads the model and the gazetteer)
    else:
        load_nlp()
        gazetteer()
    startup = time.perf_counter() - t0
    rnd = random.Random(seed)
    docs = [article(rnd) for _ in range(n_articles)]
    words = sum(len(t.split()) for t, _ in docs)
    t1 = time.perf_counter()
    c1 = time.process_time()
    if processes > 1:
        w1 = {pid: _cpu_s(pid) for pid in worker_pids()}
        tls = enrich_many((extract_text(text, pub) for text, pub in docs), scope=scope, n_process=processes)
    elif threads > 1:
        tls = []
        stream = _dated_in_thread(docs, extract_text)
        while part := list(itertools.islice(stream, 50)):
            enrich_many(part, scope=scope)
            tls += part
    else:
        tls = []
        chunk = 50
        for i in range(0, len(docs), chunk):
            part = [extract_text(text, pub) for text, pub in docs[i:i + chunk]]
            enrich_many(part, scope=scope)
            tls += part
    elapsed = time.perf_counter() - t1
    cpu = time.process_time() - c1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_mb = 0.0
    if processes > 1:
        cpu += sum(_cpu_s(pid) - w1.get(pid, 0.0) for pid in worker_pids())
        workers_mb = sum(_hwm_mb(pid) for pid in worker_pids())
        shutdown()
    n_events = sum(len(tl.events) for tl in tls)
    event_words = sum(len(ev.text.split()) for tl in tls for ev in tl.events)
    return {"articles": n_articles, "processes": processes, "threads": threads, "words_per_article": words / n_articles,
            "startup_s": startup, "seconds": elapsed, "articles_per_s": n_articles / elapsed,
            "articles_per_cpu_s": n_articles / cpu, "load_avg": os.getloadavg()[0], "events": n_events,
            "event_word_share": event_words / words, "peak_rss_mb": rss_mb + workers_mb,
            "parent_rss_mb": rss_mb, "workers_rss_mb": workers_mb}


def stages(n_articles: int, seed: int = 11, batch_size: int = 64) -> dict[str, float]:
    """CPU milliseconds per article of every stage, in one process (`time.process_time`).

    For the parser and the NER, `predict` is split into the model's forward pass (tok2vec and
    the precomputed input layer: Python, except the BLAS products) and the greedy transition
    loop, which spaCy runs without the GIL (`_parseC` under `nogil`)."""
    from keydates.entities import pipeline as P
    from keydates.entities.gazetteer import gazetteer
    from keydates.entities.resolve import Resolver
    from keydates.events import extract_text

    nlp = P.load_nlp()
    gazetteer()
    rnd = random.Random(seed)
    docs = [article(rnd) for _ in range(n_articles)]
    extract_text(*docs[0])
    out: dict[str, float] = {}
    c = time.process_time()
    tls = [extract_text(text, pub) for text, pub in docs]
    out["date pass"] = time.process_time() - c
    events = [ev for tl in tls for ev in tl.events]
    texts = [ev.text for ev in events]
    c = time.process_time()
    parsed = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - c
    batches = [parsed[i:i + batch_size] for i in range(0, len(parsed), batch_size)]
    for name, proc in nlp.pipeline:
        c = time.process_time()
        if name in ("parser", "ner"):
            forward = 0.0
            for batch in batches:
                for sub in [sorted(batch, key=len)[i:i + batch_size // 4] for i in range(0, len(batch), batch_size // 4)]:
                    f = time.process_time()
                    proc.model.predict(sub).clear_memory()  # the forward pass alone, for the split
                    forward += time.process_time() - f
                    proc.set_annotations(sub, proc.predict(sub))
            total = time.process_time() - c - forward
            out[f"{name} forward pass (holds the GIL but in BLAS)"] = forward
            out[f"{name} greedy loop (no GIL) + annotations"] = total - forward
        else:
            for batch in batches:
                for doc in proc.pipe(batch) if hasattr(proc, "pipe") else map(proc, batch):
                    pass
            out[name] = time.process_time() - c
    c = time.process_time()
    analyses = [P.analyze(d, P._date_spans(ev), ev.text, t) for d, ev, t in zip(parsed, events, texts)]
    out["entity rules"] = time.process_time() - c
    c = time.process_time()
    i = 0
    for tl in tls:
        mine = analyses[i:i + len(tl.events)]
        i += len(tl.events)
        res = Resolver([a.mentions for a in mine])
        for a in mine:
            P.resolve_event(res, a)
    out["merge"] = time.process_time() - c
    return {k: v / n_articles * 1000 for k, v in out.items()}


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by a live process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scope", choices=["event", "lead"], default="event",
                    help="entity pass over whole events (default) or their lead sentences")
    ap.add_argument("--processes", type=int, default=1,
                    help="worker processes for the entity pass (enrich_many n_process; default 1)")
    ap.add_argument("--threads", type=int, default=1, choices=[1, 2],
                    help="2: the date pass in a second thread of this process (default 1)")
    ap.add_argument("--stages", action="store_true", help="CPU ms per article of every stage, one process")
    ap.add_argument("--one", action="store_true", help="one measurement in this process (JSON)")
    args = ap.parse_args()
    if args.stages:
        res = stages(args.articles)
        for k, v in res.items():
            print(f"{k:48} {v:6.1f} ms")
        print(f"{'total':48} {sum(res.values()):6.1f} ms per article (load average {os.getloadavg()[0]:.1f})")
        return
    if args.one:
        print(json.dumps(one(args.articles, scope=args.scope, processes=args.processes, threads=args.threads)))
        return
    results = []
    for r in range(args.runs):
        out = subprocess.run([sys.executable, __file__, "--one", "--articles", str(args.articles),
                              "--scope", args.scope, "--processes", str(args.processes),
                              "--threads", str(args.threads)],
                             capture_output=True, text=True, check=True, cwd=REPO)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(res)
        print(f"run {r + 1}: {res['articles_per_s']:.1f} articles/s wall, {res['articles_per_cpu_s']:.1f} per CPU "
              f"second (load average {res['load_avg']:.1f}), peak RSS {res['peak_rss_mb']:.0f} MB, "
              f"start-up {res['startup_s']:.1f} s, {res['events']} events "
              f"({res['event_word_share']:.0%} of the words)", flush=True)
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    print(f"median of {args.runs} (scope={args.scope}, processes={args.processes}, threads={args.threads}): {med['articles_per_s']:.1f} articles/s wall, "
          f"{med['articles_per_cpu_s']:.1f} per CPU second "
          f"({med['words_per_article']:.0f} words each), peak RSS {med['peak_rss_mb']:.0f} MB, "
          f"start-up {med['startup_s']:.1f} s")


if __name__ == "__main__":
    main()
