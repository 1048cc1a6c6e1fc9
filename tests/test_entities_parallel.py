"""enrich_many(..., n_process=2): worker processes give the same fields as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keydates.entities import enrich_many
from keydates.entities.evaluate import timeline_of
from keydates.entities.parallel import _groups, shutdown
from keydates.model import Timeline

DATA = Path(__file__).parent / "data" / "entities"
FIELDS = ("headline", "actors", "places", "kind", "kind_trigger", "casualties")


def _timelines() -> list[Timeline]:
    files = sorted(DATA.glob("*.json"))[:6]
    return [timeline_of(json.loads(f.read_text(encoding="utf-8"))["text"], f.name) for f in files]


def _fields(tls: list[Timeline]) -> list[list[tuple]]:
    return [[tuple(getattr(ev, f) for f in FIELDS) for ev in tl.events] for tl in tls]


@pytest.fixture(scope="module")
def workers():
    """Stops the worker pool after the module (it is started by the first parallel call)."""
    yield
    shutdown()


@pytest.mark.parametrize("scope", ["event", "lead"])
def test_entities_parallel_same_fields_as_one_process(workers, scope: str) -> None:
    serial = enrich_many(_timelines(), scope=scope)
    originals = _timelines()
    parallel = enrich_many(iter(originals), scope=scope, n_process=2, batch_size=16)
    assert [tl is o for tl, o in zip(parallel, originals)] == [True] * len(originals)  # filled in place
    assert _fields(parallel) == _fields(serial)
    assert any(ev.actors for tl in parallel for ev in tl.events)


def test_entities_parallel_refuses_a_model_of_the_caller() -> None:
    with pytest.raises(ValueError, match="n_process"):
        enrich_many(_timelines()[:1], nlp=object(), n_process=2)  # type: ignore[arg-type]


@pytest.mark.parametrize("sizes,min_events,expected", [
    ([3, 3, 3], 5, [[3, 3], [3]]),
    ([10, 1], 5, [[10], [1]]),
    ([], 5, []),
    ([0, 0, 7], 5, [[0, 0, 7]]),
])
def test_entities_parallel_groups_whole_timelines(sizes: list[int], min_events: int,
                                                  expected: list[list[int]]) -> None:
    tls = [timeline_of("\n\n".join(f"Event {i}." for i in range(n)) or "") for n in sizes]
    assert [[len(t.events) for t in g] for g in _groups(tls, min_events)] == expected
