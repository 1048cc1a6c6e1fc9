"""Reader comments under load: 200 posts from 20 concurrent clients against `keydates serve`.

    .venv/bin/python bench/bench_comments.py                 # both runs, printed
    .venv/bin/python bench/bench_comments.py --record        # also append to docs/benchmarks.md

Each client is a separate browser-like session (its own cookies and CSRF token): it loads the
timeline page once per comment, reads the captcha question ("73 + _ = 75") from the page and
solves it, waits the minimum fill time once, then posts its comments. Runs (issue 7):
1. rate limits raised for the run (KEYDATES_COMMENT_RATE, _RATE_TOTAL): every post is stored
   exactly once (checked in the database: one row per accepted post, no duplicate bodies), and
   then every client replays one of its used captchas: all refused;
2. normal limits, all clients behind one address: the first posts pass, the excess gets 429 with
   a Retry-After header;
3. normal limits, 20 addresses (X-Forwarded-For from the trusted local proxy): per-address and
   overall limits together.
The server is a separate process on 127.0.0.1 with a fresh SQLite store in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
SLUG = "load-test"
QUESTION = re.compile(r'id="captcha-question">([^<]+)<')


def _field(html: str, name: str) -> str:
    m = re.search(rf'name="{name}" value="([^"]*)"', html[html.index('id="comment-form"'):])
    if m is None:
        raise RuntimeError(f"no {name} in the comment form")
    return m.group(1)


def solve(question: str) -> int:
    """The missing number of "73 + _ = 75" (as a reader reads it)."""
    left, right, total = (p.strip() for p in question.replace("=", "+").split("+"))
    return int(total) - int(right if left == "_" else left)


def make_store(path: Path) -> None:
    """A store with one small timeline to comment on."""
    from keydates.model import Document, Event, EventDate, Timeline
    from keydates.store import open_store
    from keydates.time.values import bounds, granularity

    text = "Load test: key dates\n\nOn March 20, 2003, the war starts.\n"
    quote = "On March 20, 2003, the war starts."
    start = text.index(quote)
    first, last = bounds("2003-03-20", None)
    event = Event(start=start, end=start + len(quote), text=quote, section=None,
                  date=EventDate(value="2003-03-20", earliest=first, latest=last,
                                 granularity=granularity("2003-03-20"), basis="explicit"))
    doc = Document(text=text, source="load.txt", title="Load test: key dates")
    with open_store(f"sqlite:///{path}") as store:
        store.add_timeline(Timeline(document=doc, events=[event]), name="Load test")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`keydates serve` in a child process with the given comment settings."""

    def __init__(self, db: Path, env: dict[str, str]) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        inherited = {k: v for k, v in os.environ.items()  # the run sets the limits
                     if not k.startswith(("KEYDATES_COMMENT_", "KEYDATES_CAPTCHA_"))}
        full = dict(inherited, KEYDATES_SECRET="bench-secret", **env)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from keydates.cli import main; main()", "serve", "--db", f"sqlite:///{db}",
             "--no-sample", "--port", str(self.port), "--log-level", "warning"],
            env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read().decode() if self.proc.stderr else "")
            try:
                if httpx.get(f"{self.base}/api/timelines", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the server did not start in 60 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@dataclass
class Outcome:
    """What the clients saw."""

    statuses: Counter = field(default_factory=Counter)
    accepted: list[str] = field(default_factory=list)  # bodies of posts answered 303
    retry_after: list[int] = field(default_factory=list)
    missing_retry_after: int = 0
    replays_refused: int = 0
    replays_accepted: int = 0
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


def run_load(base: str, clients: int = 20, posts: int = 200, addresses: int = 1,
             min_fill: float = 3.0, replay: bool = False) -> Outcome:
    """`posts` comments from `clients` concurrent sessions; `addresses` distinct client
    addresses (sent as X-Forwarded-For, which the server trusts from 127.0.0.1)."""
    out = Outcome()
    lock = threading.Lock()
    per = [posts // clients + (1 if i < posts % clients else 0) for i in range(clients)]
    barrier = threading.Barrier(clients)

    def client(i: int) -> None:
        headers = {"X-Forwarded-For": f"198.51.100.{i % addresses + 1}"} if addresses > 1 else {}
        with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
            forms = []
            try:
                for k in range(per[i]):
                    html = http.get(f"/timelines/{SLUG}").text
                    forms.append({"csrf_token": _field(html, "csrf_token"),
                                  "captcha_token": _field(html, "captcha_token"),
                                  "captcha": str(solve(QUESTION.search(html).group(1))),
                                  "reply_to": "", "author": f"Reader {i}",
                                  "email": f"reader{i}@example.org", "url": "",
                                  "comment": f"client {i} comment {k}"})
            except Exception as exc:  # noqa: BLE001 - reported, not raised
                with lock:
                    out.errors.append(f"client {i} loading forms: {exc!r}")
            barrier.wait()
            time.sleep(min_fill)  # a person takes a few seconds to write
            for form in forms:
                t0 = time.perf_counter()
                r = http.post(f"/timelines/{SLUG}/comments", data=form)
                with lock:
                    out.latencies.append(time.perf_counter() - t0)
                    out.statuses[r.status_code] += 1
                    if r.status_code == 303:
                        out.accepted.append(form["comment"])
                    elif r.status_code == 429:
                        if "retry-after" in r.headers:
                            out.retry_after.append(int(r.headers["retry-after"]))
                        else:
                            out.missing_retry_after += 1
            if replay and forms:
                again = dict(forms[0], comment=f"client {i} replay")
                r = http.post(f"/timelines/{SLUG}/comments", data=again)
                with lock:
                    refused = r.status_code == 422 and "already used" in r.text
                    out.replays_refused += refused
                    out.replays_accepted += r.status_code == 303

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.seconds = time.perf_counter() - started - min_fill
    return out


def stored_bodies(db: Path) -> list[str]:
    """Bodies of every stored comment."""
    from keydates.store import open_store
    from keydates.store.comments import CommentStore

    with open_store(f"sqlite:///{db}") as store:
        return [b for _, b in CommentStore(store).all_bodies()]


def scenario(name: str, env: dict[str, str], clients: int, posts: int, addresses: int,
             replay: bool = False) -> dict[str, Any]:
    """One run on a fresh store; returns the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "comments.db"
        make_store(db)
        server = Server(db, env)
        try:
            out = run_load(server.base, clients, posts, addresses, replay=replay)
        finally:
            server.stop()
        bodies = stored_bodies(db)
    counts = Counter(bodies)
    lat = sorted(out.latencies) or [0.0]
    return {
        "name": name, "env": env, "clients": clients, "posts": posts, "addresses": addresses,
        "statuses": dict(sorted(out.statuses.items())), "accepted": len(out.accepted),
        "stored": len(bodies), "duplicates": sum(n - 1 for n in counts.values() if n > 1),
        "stored_equals_accepted": sorted(bodies) == sorted(out.accepted),
        "retry_after": (min(out.retry_after), max(out.retry_after)) if out.retry_after else None,
        "missing_retry_after": out.missing_retry_after,
        "replays_refused": out.replays_refused, "replays_accepted": out.replays_accepted,
        "post_median_ms": statistics.median(lat) * 1000,
        "post_p95_ms": lat[int(len(lat) * 0.95) - 1 if len(lat) > 1 else 0] * 1000,
        "posts_per_s": len(out.latencies) / out.seconds if out.seconds > 0 else 0.0,
        "errors": out.errors,
    }


RAISED = {"KEYDATES_COMMENT_RATE": "1000/60", "KEYDATES_COMMENT_RATE_TOTAL": "10000/60"}


def run_all(clients: int = 20, posts: int = 200) -> list[dict[str, Any]]:
    """The three runs of the module docstring."""
    return [
        scenario("raised limits", RAISED, clients, posts, 1, replay=True),
        scenario("normal limits, one address", {}, clients, posts, 1),
        scenario("normal limits, 20 addresses", {}, clients, posts, 20),
    ]


def report(results: list[dict[str, Any]]) -> str:
    lines = [
        "| run | posts (clients) | 303 stored | 429 | other | stored rows | duplicates | "
        "Retry-After (s) | replays refused | post median / p95 | posts/s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        st = r["statuses"]
        other = {k: v for k, v in st.items() if k not in (303, 429)}
        ra = f"{r['retry_after'][0]}–{r['retry_after'][1]}" if r["retry_after"] else "–"
        replay = f"{r['replays_refused']}/{r['clients']}" if r["name"] == "raised limits" \
            else "–"
        lines.append(
            f"| {r['name']} | {r['posts']} ({r['clients']}) | {st.get(303, 0)} | "
            f"{st.get(429, 0)} | {other or 0} | {r['stored']} | {r['duplicates']} | {ra} | "
            f"{replay} | {r['post_median_ms']:.0f} / {r['post_p95_ms']:.0f} ms | "
            f"{r['posts_per_s']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--record", action="store_true", help="append to docs/benchmarks.md")
    args = parser.parse_args()
    results = run_all(args.clients, args.posts)
    table = report(results)
    print(table)
    for r in results:
        if r["errors"] or r["missing_retry_after"] or not r["stored_equals_accepted"]:
            print(f"PROBLEM in {r['name']}: {r['errors'][:3]} missing Retry-After "
                  f"{r['missing_retry_after']}, stored == accepted: {r['stored_equals_accepted']}")
    if args.record:
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        text = (f"\n### Reader comments under load ({stamp})\n\n"
                f"`.venv/bin/python bench/bench_comments.py --record` on {platform.machine()}, "
                f"{os.cpu_count()} cores, Python {platform.python_version()}, `keydates serve` "
                f"(one uvicorn process, SQLite), load average {load:.1f} at the end. "
                f"{args.posts} posts from {args.clients} concurrent sessions, each solving the "
                "captcha from the page text; normal limits are 5 posts per 600 s per address "
                "and 60 per 60 s overall; raised: "
                f"{RAISED['KEYDATES_COMMENT_RATE']} and {RAISED['KEYDATES_COMMENT_RATE_TOTAL']}."
                "\n\n" + table + "\n")
        with open(REPO / "docs" / "benchmarks.md", "a", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
