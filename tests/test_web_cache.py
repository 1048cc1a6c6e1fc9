"""The timeline cache: served until the store changes, bounded by a number of events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from keydates.web.cache import TimelineCache


@dataclass
class _Summary:
    id: int


@dataclass
class _Timeline:
    slug: str
    summary: _Summary
    events: list[int] = field(default_factory=list)


@dataclass
class _Entry:
    id: int


class CountingStore:
    """A tiny stand-in: counts loads; `write()` adds an audit entry as every store write does."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self.loads: list[str] = []
        self.log: list[_Entry] = []

    def audit(self, limit: int | None = None) -> list[_Entry]:
        return list(reversed(self.log))[:limit]

    def write(self) -> None:
        self.log.append(_Entry(len(self.log) + 1))

    def get_timeline(self, key: Any) -> _Timeline:
        self.loads.append(str(key))
        slug = str(key)
        return _Timeline(slug, _Summary(list(self.sizes).index(slug) + 1),
                         list(range(self.sizes[slug])))

    def list_timelines(self) -> list[str]:
        self.loads.append("list")
        return list(self.sizes)


def test_web_cache_serves_until_the_store_changes() -> None:
    store = CountingStore({"a": 10, "b": 10})
    cache = TimelineCache(store, max_events=100)
    first = cache.get("a")
    assert cache.get("a") is first and cache.get(1) is first  # by slug and by id
    assert cache.list_timelines() == cache.list_timelines()
    assert store.loads == ["a", "list"]
    store.write()
    assert cache.get("a") is not first
    assert store.loads == ["a", "list", "a"]


@pytest.mark.parametrize("budget, loads", [
    (25, ["a", "b", "c", "a"]),  # a evicted when c arrives (30 events > 25)
    (30, ["a", "b", "c"]),
    (0, ["a", "b", "c", "a"]),  # cache off
])
def test_web_cache_is_bounded_by_events(budget: int, loads: list[str]) -> None:
    store = CountingStore({"a": 10, "b": 10, "c": 10})
    cache = TimelineCache(store, max_events=budget)
    for key in ("a", "b", "c", "a"):
        cache.get(key)
    assert store.loads == loads
