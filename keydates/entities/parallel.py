"""The entity pass on several cores: worker processes, each with its own model and gazetteer.

`enrich_many(timelines, n_process=2)` sends groups of whole timelines to a pool of worker
processes (started once per process and reused; "spawn", so nothing is shared by fork) and
copies the entity fields they return into the caller's events. Timelines are never split: the
timeline-wide merge of actors sees the same events as in one process, so the results are the
same. Each worker holds the model (~50 MB) and the gazetteer (~150 MB); the parent loads
neither.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from keydates.errors import KeydatesError
from keydates.model import Timeline

Fields = list[list[tuple[Any, ...]]]  # per timeline, per event: the entity fields

_POOLS: dict[int, ProcessPoolExecutor] = {}


class WorkerError(KeydatesError):
    """A worker process of the entity pass died (out of memory, killed)."""


def _init_worker() -> None:
    """Load the model and the gazetteer once per worker."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from keydates.entities.gazetteer import gazetteer
    from keydates.entities.pipeline import load_nlp
    load_nlp()
    gazetteer()


def _ready() -> int:
    return os.getpid()


def _enrich_group(group: list[Timeline], scope: str, batch_size: int) -> Fields:
    """Worker side: the entity pass over one group of timelines; only the new fields go back."""
    from keydates.entities.pipeline import enrich_many
    enrich_many(group, batch_size=batch_size, scope=scope)
    return [[(ev.headline, ev.actors, ev.places, ev.kind, ev.kind_trigger, ev.casualties)
             for ev in tl.events] for tl in group]


def pool(n_process: int) -> ProcessPoolExecutor:
    """The pool of `n_process` workers, started (models loaded) on first use and then reused."""
    ex = _POOLS.get(n_process)
    if ex is None:
        ex = ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_init_worker)
        try:
            for f in [ex.submit(_ready) for _ in range(n_process)]:  # start them all now
                f.result()
        except BrokenProcessPool as exc:
            ex.shutdown(wait=False, cancel_futures=True)
            raise WorkerError(f"the entity workers could not start: {exc}") from exc
        _POOLS[n_process] = ex
    return ex


def shutdown() -> None:
    """Stop every worker pool of this process (also done at exit)."""
    while _POOLS:
        _, ex = _POOLS.popitem()
        ex.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)


def worker_pids() -> list[int]:
    """Process ids of the live workers (for memory measurements)."""
    return [p.pid for p in multiprocessing.active_children() if p.pid is not None]


def _groups(timelines: Iterable[Timeline], min_events: int) -> Iterator[list[Timeline]]:
    group: list[Timeline] = []
    n = 0
    for tl in timelines:
        group.append(tl)
        n += len(tl.events)
        if n >= min_events:
            yield group
            group, n = [], 0
    if group:
        yield group


def enrich_parallel(timelines: Iterable[Timeline], n_process: int, batch_size: int = 64,
                    scope: str = "event") -> list[Timeline]:
    """`enrich_many` over `n_process` workers: groups of about `batch_size` events each; the
    iterable is consumed while the workers run (a generator of timelines overlaps with them)."""
    ex = pool(n_process)
    done: list[Timeline] = []
    futures = []
    try:
        for group in _groups(timelines, batch_size):
            futures.append((group, ex.submit(_enrich_group, group, scope, batch_size)))
        for group, fut in futures:
            for tl, fields in zip(group, fut.result()):
                for ev, (headline, actors, places, kind, trigger, casualties) in zip(tl.events, fields):
                    ev.headline, ev.actors, ev.places = headline, actors, places
                    ev.kind, ev.kind_trigger, ev.casualties = kind, trigger, casualties
                done.append(tl)
    except BrokenProcessPool as exc:
        _POOLS.pop(n_process, None)
        ex.shutdown(wait=False, cancel_futures=True)
        raise WorkerError(f"an entity worker died: {exc}") from exc
    return done
