"""Corrections: the original extraction is kept, edits are audited, and they survive
re-extraction of their document."""

from __future__ import annotations

import pytest

from keydates.errors import NotFoundError
from keydates.store import CorrectionError, EventQuery

ENTRIES = [
    {"text": "On 20 March 2003, US forces invade Iraq.", "value": "2003-03-20",
     "evidence": "20 March 2003", "actors": ["United States"], "kind": "attack"},
    {"text": "In late December 2019, protests.", "value": "2019-12", "mod": "END",
     "evidence": "late December 2019"},
    {"text": "On 3 January 2020, a drone strike.", "value": "2020-01-03"},
]


@pytest.fixture()
def added(fresh_db, make_timeline):
    res = fresh_db.add_timeline(make_timeline(ENTRIES, source="iraq.txt"), name="Iraq")
    return fresh_db, res.event_ids


def test_store_correct_keeps_original_and_records_who_when_why(added):
    store, ids = added
    e = store.correct_event(ids[1], {"date": {"value": "2018-12"}, "headline": "Protests"},
                            user="ann", reason="the source says 2018")
    assert e.corrected and e.corrected_fields == ["date.value", "headline"]
    assert e.event.date.value == "2018-12" and e.event.date.mod == "END"
    assert (e.event.date.earliest, e.event.date.latest) == ("2018-12-21", "2018-12-31")
    assert e.event.headline == "Protests"
    assert e.original.date.value == "2019-12" and e.original.headline is None
    [entry] = store.audit(ids[1])
    assert (entry.user, entry.action, entry.reason) == ("ann", "correct", "the source says 2018")
    assert entry.changes["date.value"] == {"old": "2019-12", "new": "2018-12"}
    assert entry.at.endswith("+00:00")
    assert [(c.field, c.value, c.user) for c in store.get_event(ids[1]).corrections] == [
        ("date.value", "2018-12", "ann"), ("headline", "Protests", "ann")]


def test_store_correct_changes_what_queries_see(added):
    store, ids = added
    assert store.query(EventQuery(date_from="2018-12", date_to="2018-12")).total == 0
    store.correct_event(ids[1], {"date.value": "2018-12"}, user="ann")
    assert [e.id for e in store.query(EventQuery(date_from="2018-12", date_to="2018-12")
                                      ).events] == [ids[1]]
    store.correct_event(ids[2], {"actors": [{"name": "Iran", "entity_id": "ent:iran"}],
                                 "text": "On 3 January 2020, a drone strike kills Soleimani."},
                        user="bob")
    assert [e.id for e in store.query(EventQuery(actor="iran")).events] == [ids[2]]
    assert [e.id for e in store.query(EventQuery(text="Soleimani")).events] == [ids[2]]
    # chronological order follows the corrected date
    assert [e.id for e in store.get_timeline("iraq").events] == [ids[0], ids[1], ids[2]]


def test_store_correct_again_then_revert(added):
    store, ids = added
    store.correct_event(ids[0], {"kind": "invasion"}, user="ann")
    store.correct_event(ids[0], {"kind": "war"}, user="bob", reason="taxonomy")
    assert store.get_event(ids[0]).event.kind == "war"
    reverted = store.revert_event(ids[0], user="carl", reason="back to the extraction")
    assert reverted.event == reverted.original and not reverted.corrected
    assert [a.action for a in store.audit(ids[0])] == ["revert", "correct", "correct"]
    assert [c.active for c in reverted.corrections] == [False, False]


@pytest.mark.parametrize("changes,message", [
    ({"colour": "red"}, "unknown field"),
    ({"date.value": "2019-02-30"}, "not a valid TIMEX3"),
    ({"date": {"value": "next Tuesday"}}, "not a valid TIMEX3"),
    ({"date.mod": "SOMETIMES"}, "not a TIMEX3 modifier"),
    ({"date.weekday": "Monday"}, "unknown date field"),
    ({"text": ""}, "cannot be empty"),
    ({"actors": "Bush"}, "expected list"),
    ({"actors": [{"nom": "Bush"}]}, "unknown field"),
    ({}, "at least one field"),
])
def test_store_correct_rejects_bad_changes_and_writes_nothing(added, changes, message):
    store, ids = added
    before = store.counts()
    with pytest.raises(CorrectionError, match=message):
        store.correct_event(ids[0], changes, user="ann")
    assert store.counts() == before
    assert not store.get_event(ids[0]).corrected


def test_store_correct_unknown_event_or_anonymous_user(added):
    store, ids = added
    with pytest.raises(NotFoundError):
        store.correct_event(999_999, {"kind": "x"}, user="ann")
    with pytest.raises(CorrectionError, match="user"):
        store.correct_event(ids[0], {"kind": "x"}, user=" ")


def test_store_corrections_survive_reextraction_of_the_same_document(added, make_timeline):
    store, ids = added
    store.correct_event(ids[1], {"date.value": "2018-12"}, user="ann", reason="typo")
    res = store.add_timeline(make_timeline(ENTRIES, source="iraq.txt"), name="Iraq",
                             replace=True)
    assert res.created and res.replaced
    assert res.event_ids == ids  # matched events keep their ids (URLs, history)
    moved = store.get_event(ids[1])
    assert moved.event.date.value == "2018-12" and moved.original.date.value == "2019-12"
    assert moved.corrections[0].user == "ann" and moved.corrections[0].reason == "typo"
    assert [a.action for a in store.audit(ids[1])] == ["correct"]


def test_store_corrections_follow_their_quote_into_a_new_version(added, make_timeline):
    store, ids = added
    store.correct_event(ids[1], {"headline": "Protests"}, user="ann")
    store.correct_event(ids[2], {"kind": "attack"}, user="ann")
    # New version: a paragraph inserted at the top shifts every offset; the drone strike
    # entry is gone.
    newer = make_timeline([{"text": "In 1990, Iraq invades Kuwait.", "value": "1990"}]
                          + ENTRIES[:2], source="iraq.txt")
    res = store.add_timeline(newer, name="Iraq")
    assert res.replaced
    events = {e.event.text: e for e in store.get_timeline("iraq").events}
    protests = events["In late December 2019, protests."]
    assert protests.event.headline == "Protests"
    assert protests.event.start == newer.events[2].start  # the new offsets, not the old
    assert not events["In 1990, Iraq invades Kuwait."].corrected
    orphans = [a for a in store.audit() if a.action == "orphan"]
    assert len(orphans) == 1 and orphans[0].changes["field"] == "kind"
    assert orphans[0].event_id == ids[2]
    assert res.event_ids[1:] == ids[:2]  # same events, new positions after the inserted one
    assert res.event_ids[0] not in ids


@pytest.mark.parametrize("old,new,expected", [
    # same offsets and quote
    ([(0, 10, "In 2003.")], [(5, 0, 10, "In 2003.")], [5]),
    # quote moved: nearest identical quote wins
    ([(50, 58, "In 2003.")], [(1, 0, 8, "In 2003."), (2, 60, 68, "In 2003.")], [2]),
    # spacing and case differences do not matter
    ([(0, 12, "In  2003, war")], [(7, 3, 15, "in 2003, War")], [7]),
    # a word added: still the same event
    ([(0, 30, "In 2003, US forces invade Iraq")],
     [(4, 0, 34, "In 2003, US-led forces invade Iraq.")], [None]),
    ([(0, 30, "In 2003, US forces invade Iraq")],
     [(4, 0, 33, "In 2003, US forces invade Iraq.")], [4]),
    # nothing alike
    ([(0, 8, "In 2003.")], [(9, 0, 8, "In 1990.")], [None]),
])
def test_store_match_event_stages(old, new, expected):
    from keydates.store.writing import match_event

    assert [match_event(o, new) for o in old] == expected


def test_store_unchanged_document_keeps_corrections_without_replace(added, make_timeline):
    store, ids = added
    store.correct_event(ids[0], {"headline": "Invasion"}, user="ann")
    res = store.add_timeline(make_timeline(ENTRIES, source="iraq.txt"), name="Iraq")
    assert not res.created and res.event_ids == ids
    assert store.get_event(ids[0]).event.headline == "Invasion"
