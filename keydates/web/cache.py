"""A small cache of whole timelines for the pages, invalidated by any write to the store.

Decoding a 500-event timeline from the store takes 100-300 ms; pages read the same timelines
again and again. Every write to the store (add, replace, correct, revert, delete, from this
process or another) adds an audit entry, so the id of the newest audit entry is a version
number of the whole store: when it changes, the cache is emptied.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


DEFAULT_EVENTS = 20_000  # about 90 MB of decoded events (a 500-event timeline is ~2.3 MB)


class TimelineCache:
    """Least-recently-used `StoredTimeline`s keyed by slug or id, valid for one store version,
    holding at most `max_events` events in all (the memory is in the events)."""

    def __init__(self, store: Any, max_events: int = DEFAULT_EVENTS) -> None:
        self.store = store
        self.max_events = max_events
        self.items: OrderedDict[str, Any] = OrderedDict()  # several keys per timeline
        self.version: int | None = None
        self.summaries: list[Any] | None = None
        self.lock = threading.Lock()

    def current_version(self) -> int:
        """Id of the newest audit entry (0 for an empty log)."""
        newest = self.store.audit(limit=1)
        return newest[0].id if newest else 0

    def get(self, key: str | int) -> Any:
        """The timeline `key` (slug, name or id), from the cache when the store is unchanged."""
        version = self.current_version()
        name = str(key)
        with self.lock:
            if version != self.version:
                self._reset(version)
            hit = self.items.get(name)
            if hit is not None:
                self.items.move_to_end(name)
                return hit
        timeline = self.store.get_timeline(key)
        with self.lock:
            if version == self.version and len(timeline.events) <= self.max_events:
                for k in {name, timeline.slug, str(timeline.summary.id)}:
                    self.items[k] = timeline
                while self._events() > self.max_events:
                    _, old = self.items.popitem(last=False)
                    for k in [k for k, v in self.items.items() if v is old]:
                        del self.items[k]
        return timeline

    def _events(self) -> int:
        unique = {id(v): v for v in self.items.values()}
        return sum(len(v.events) for v in unique.values())

    def _reset(self, version: int) -> None:
        self.items.clear()
        self.summaries = None
        self.version = version

    def list_timelines(self) -> list[Any]:
        """`Store.list_timelines`, from the cache when the store is unchanged."""
        version = self.current_version()
        with self.lock:
            if version != self.version:
                self._reset(version)
            if self.summaries is not None:
                return self.summaries
        rows = self.store.list_timelines()
        with self.lock:
            if version == self.version:
                self.summaries = rows
        return rows
