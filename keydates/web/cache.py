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


class TimelineCache:
    """Least-recently-used `StoredTimeline`s keyed by slug or id, valid for one store version."""

    def __init__(self, store: Any, size: int = 16) -> None:
        self.store = store
        self.size = size
        self.items: OrderedDict[str, Any] = OrderedDict()
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
            if version == self.version:
                for k in {name, timeline.slug, str(timeline.summary.id)}:
                    self.items[k] = timeline
                while len(self.items) > self.size * 3:
                    self.items.popitem(last=False)
        return timeline

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
