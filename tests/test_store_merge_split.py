"""Merging and splitting events: audited, hidden from lists but kept, undoable with a revert, and
they survive re-extraction of their document (or leave orphan entries)."""

from __future__ import annotations

import json

import pytest

from keydates.errors import NotFoundError
from keydates.export import get_exporter
from keydates.store import CorrectionError, EventQuery

ENTRIES = [
    {"text": "On 20 March 2003, US forces invade Iraq.", "value": "2003-03-20",
     "evidence": "20 March 2003", "actors": ["United States"], "kind": "attack"},
    {"text": "Baghdad falls to US troops.", "value": "2003-04-09",
     "actors": ["Iraq"], "places": [("Baghdad", 33.3, 44.4, "IQ")]},
    {"text": "On 3 January 2020, a drone strike. Iran vows revenge.", "value": "2020-01-03",
     "actors": ["Iran"]},
]


@pytest.fixture()
def added(fresh_db, make_timeline):
    res = fresh_db.add_timeline(make_timeline(ENTRIES, source="iraq.txt"), name="Iraq")
    return fresh_db, res.event_ids


def _ids(store, **filters):
    return [e.id for e in store.query(EventQuery(**filters)).events]


def test_store_merge_keeps_first_and_hides_others(added):
    store, ids = added
    merged = store.merge_events([ids[1], ids[0]], user="ann", reason="one event")
    assert merged.id == ids[0]
    assert merged.event.date.value == "2003-03-20"
    assert merged.event.text == ("On 20 March 2003, US forces invade Iraq. "
                                 "Baghdad falls to US troops.")
    assert (merged.event.start, merged.event.end) == (
        store.get_event(ids[0]).original.start, store.get_event(ids[1]).original.end)
    assert {a.name for a in merged.event.actors} == {"United States", "Iraq"}
    assert [p.name for p in merged.event.places] == ["Baghdad"]
    hidden = store.get_event(ids[1])  # kept
    assert hidden.merged_into == ids[0]
    assert [e.id for e in store.get_timeline("iraq").events] == [ids[0], ids[2]]
    assert store.list_timelines()[0].n_events == 2
    assert _ids(store, timeline="iraq") == [ids[0], ids[2]]
    assert _ids(store, text="Baghdad") == [ids[0]]
    assert _ids(store, actor="Iraq") == [ids[0]]
    assert _ids(store, date_from="2003-04-09", date_to="2003-04-09") == []
    [entry] = store.audit(ids[0])
    assert (entry.action, entry.user, entry.reason) == ("merge", "ann", "one event")
    assert entry.changes["merged"] == [ids[1]]


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "ics"])
def test_store_merged_events_are_not_exported(added, fmt):
    store, ids = added
    store.merge_events([ids[0], ids[1]], user="ann")
    body = get_exporter(fmt).render(store.get_timeline("iraq"))
    text = body if isinstance(body, str) else body.decode()
    if fmt == "json":  # lossless: imported again, the merged event is one event
        assert len(json.loads(text)["events"]) == 2
        [res] = store.import_data(text, name="Iraq again")
        texts = [e.event.text for e in store.get_timeline(res.timeline_slug).events]
        assert texts == [store.get_event(ids[0]).event.text, ENTRIES[2]["text"]]
    elif fmt == "ics":
        assert text.count("BEGIN:VEVENT") == 2
    else:
        assert text.count("Baghdad falls to US troops") == 1  # only in the merged text


def test_store_split_makes_two_events_with_the_date(added):
    store, ids = added
    text = store.get_event(ids[2]).event.text
    at = text.index("Iran")
    first, second = store.split_event(ids[2], at, user="bob", reason="two events")
    assert first.id == ids[2] and second.split_from == ids[2]
    assert first.event.text == "On 3 January 2020, a drone strike."
    assert second.event.text == "Iran vows revenge."
    assert second.event.date.value == first.event.date.value == "2020-01-03"
    assert [a.name for a in second.event.actors] == ["Iran"] and first.event.actors == []
    assert first.event.end <= second.event.start
    assert [e.id for e in store.get_timeline("iraq").events] == [ids[0], ids[1], ids[2],
                                                                 second.id]
    assert _ids(store, text="revenge") == [second.id]
    assert [a.action for a in store.audit(ids[2])] == ["split"]
    assert store.audit(second.id)[0].changes["split_from"] == ids[2]
    # the new part is corrected like any event
    store.correct_event(second.id, {"date.value": "2020-01-05"}, user="bob")
    assert store.get_event(second.id).event.date.value == "2020-01-05"


def test_store_revert_undoes_merge_and_split(added):
    store, ids = added
    store.merge_events([ids[0], ids[1]], user="ann")
    back = store.revert_event(ids[0], user="ann")
    assert back.event.text == ENTRIES[0]["text"]
    assert store.get_event(ids[1]).merged_into is None
    assert len(store.get_timeline("iraq").events) == 3
    assert store.audit(ids[0])[0].changes["unmerged"] == [ids[1]]
    _, part = store.split_event(ids[2], 10, user="ann")
    store.revert_event(ids[2], user="ann")
    assert store.get_event(ids[2]).event.text == ENTRIES[2]["text"]
    with pytest.raises(NotFoundError):
        store.get_event(part.id)
    assert len(store.get_timeline("iraq").events) == 3


def test_store_merge_and_split_survive_reextraction(added, make_timeline):
    store, ids = added
    store.merge_events([ids[0], ids[1]], user="ann")
    text = store.get_event(ids[2]).event.text
    _, part = store.split_event(ids[2], text.index("Iran"), user="ann")
    store.correct_event(part.id, {"kind": "threat"}, user="ann")
    # a new version of the source: a line before shifts every offset
    res = store.add_timeline(make_timeline(ENTRIES, source="iraq.txt", prefix="Key dates.\n"),
                             name="Iraq")
    assert res.replaced
    events = store.get_timeline("iraq").events
    assert [e.id for e in events] == [ids[0], ids[2], part.id]
    merged, head, tail = events
    assert merged.event.text.endswith("Baghdad falls to US troops.")
    assert merged.event.start == len("Key dates.\n")
    assert head.event.text == "On 3 January 2020, a drone strike."
    assert tail.event.text == "Iran vows revenge." and tail.event.kind == "threat"
    doc = store.get_timeline("iraq").documents[0].text
    assert doc[tail.event.start:tail.event.end] == "Iran vows revenge."
    assert store.get_event(ids[1]).merged_into == ids[0]


def test_store_merge_and_split_orphaned_when_their_event_is_gone(added, make_timeline):
    store, ids = added
    store.merge_events([ids[0], ids[1]], user="ann")
    _, part = store.split_event(ids[2], 10, user="ann")
    rewritten = [{"text": "In March 2003 the war began.", "value": "2003-03"}, ENTRIES[1]]
    store.add_timeline(make_timeline(rewritten, source="iraq.txt"), name="Iraq")
    events = store.get_timeline("iraq").events
    assert ids[1] in [e.id for e in events]  # shown again: its merge target is gone
    assert part.id not in [e.id for e in events]
    orphans = [a for a in store.audit() if a.action == "orphan"]
    assert any(a.changes.get("unmerged") == [ids[1]] for a in orphans)
    assert any(a.changes.get("split_from") == ids[2] for a in orphans)


def test_store_merge_split_errors(added, make_timeline):
    store, ids = added
    other = store.add_timeline(make_timeline([{"text": "In 1990, war.", "value": "1990"}],
                                             source="other.txt"), name="Other").event_ids
    with pytest.raises(NotFoundError):
        store.merge_events([ids[0], 999_999], user="ann")
    with pytest.raises(CorrectionError, match="different timelines"):
        store.merge_events([ids[0], other[0]], user="ann")
    with pytest.raises(CorrectionError, match="at least two"):
        store.merge_events([ids[0], ids[0]], user="ann")
    with pytest.raises(CorrectionError, match="user"):
        store.merge_events([ids[0], ids[1]], user=" ")
    store.merge_events([ids[0], ids[1]], user="ann")
    with pytest.raises(CorrectionError, match="already merged"):
        store.merge_events([ids[1], ids[2]], user="ann")
    with pytest.raises(NotFoundError):
        store.split_event(999_999, 3, user="ann")
    n = len(store.get_event(ids[2]).event.text)
    for at in (0, -1, n, n + 5):
        with pytest.raises(CorrectionError, match="outside"):
            store.split_event(ids[2], at, user="ann")
    with pytest.raises(CorrectionError, match="merged"):
        store.split_event(ids[1], 3, user="ann")
    assert len(store.get_timeline("iraq").events) == 2  # nothing else changed
