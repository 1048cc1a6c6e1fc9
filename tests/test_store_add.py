"""Adding documents: content-hash dedup, several timelines, new versions, atomic failure."""

from __future__ import annotations

import pytest

from keydates.errors import NotFoundError, StoreError
from keydates.model import Place
from keydates.store import EventQuery, open_store

ENTRIES = [
    {"text": "On 20 March 2003, US forces invade Iraq.", "value": "2003-03-20",
     "evidence": "20 March 2003", "actors": ["United States"],
     "places": [("Baghdad", 33.34, 44.4, "IQ")], "kind": "attack", "section": "War"},
    {"text": "In late December 2019, protests.", "value": "2019-12", "mod": "END",
     "evidence": "late December 2019"},
]


def test_store_add_stores_document_events_and_links(fresh_db, make_timeline):
    tl = make_timeline(ENTRIES, title="Iraq: key dates", published="2020-01-03")
    res = fresh_db.add_timeline(tl)
    assert res.created and not res.replaced and res.timeline_slug == "iraq-key-dates"
    stored = fresh_db.get_timeline(res.timeline_slug)
    assert stored.summary.name == "Iraq: key dates"
    assert [d.text for d in stored.documents] == [tl.document.text]
    assert stored.documents[0].published == "2020-01-03"
    assert [e.event for e in stored.events] == tl.events  # lossless, in chronological order
    assert [e.original for e in stored.events] == tl.events
    assert not any(e.corrected for e in stored.events)
    assert fresh_db.counts()["entities"] == 1 and fresh_db.counts()["places"] == 1


def test_store_add_same_content_twice_changes_nothing(fresh_db, make_timeline):
    first = fresh_db.add_timeline(make_timeline(ENTRIES))
    before = fresh_db.counts()
    again = fresh_db.add_timeline(make_timeline(ENTRIES))
    assert not again.created and again.event_ids == first.event_ids
    assert fresh_db.counts() == before


def test_store_add_same_text_with_another_publication_date_reextracts(fresh_db,
                                                                      make_timeline):
    first = fresh_db.add_timeline(make_timeline(ENTRIES, published="2020-01-03"))
    fresh_db.correct_event(first.event_ids[0], {"headline": "Invasion"}, user="ann")
    again = fresh_db.add_timeline(make_timeline(ENTRIES, published="2020-01-03"))
    assert not again.created
    moved = fresh_db.add_timeline(make_timeline(ENTRIES, published="2021-06-01"))
    assert moved.created and moved.replaced and moved.event_ids == first.event_ids
    tl = fresh_db.get_timeline(moved.timeline_slug)
    assert tl.documents[0].published == "2021-06-01"
    assert fresh_db.get_event(first.event_ids[0]).event.headline == "Invasion"


def test_store_add_same_document_into_another_timeline(fresh_db, make_timeline):
    a = fresh_db.add_timeline(make_timeline(ENTRIES), name="mine")
    b = fresh_db.add_timeline(make_timeline(ENTRIES), name="theirs")
    assert b.created and a.document_id == b.document_id and a.timeline_id != b.timeline_id
    assert fresh_db.counts()["documents"] == 1
    assert fresh_db.query(EventQuery()).total == 4


def test_store_add_several_documents_into_one_timeline(fresh_db, make_timeline):
    fresh_db.add_timeline(make_timeline(ENTRIES, source="a.txt"), name="Iraq")
    fresh_db.add_timeline(make_timeline([{"text": "In 2011, troops leave.", "value": "2011"}],
                                        source="b.txt"), name="Iraq")
    tl = fresh_db.get_timeline("iraq")
    assert tl.summary.n_documents == 2 and tl.summary.n_events == 3
    assert [e.event.text for e in tl.events][1] == "In 2011, troops leave."


def test_store_add_new_version_of_a_source_replaces_it(fresh_db, make_timeline):
    fresh_db.add_timeline(make_timeline(ENTRIES, source="https://example.org/iraq"))
    newer = make_timeline(ENTRIES + [{"text": "In 2011, troops leave.", "value": "2011"}],
                          source="https://example.org/iraq")
    res = fresh_db.add_timeline(newer)
    assert res.created and res.replaced
    tl = fresh_db.get_timeline(res.timeline_slug)
    assert tl.summary.n_documents == 1 and tl.summary.n_events == 3
    assert fresh_db.counts()["documents"] == 1  # the old version is no longer used


def test_store_add_failure_midway_leaves_store_as_it_was(fresh_db, make_timeline):
    fresh_db.add_timeline(make_timeline(ENTRIES), name="existing")
    before = fresh_db.counts()
    listing = fresh_db.list_timelines()
    bad = make_timeline(ENTRIES + [{"text": "In 2011, troops leave.", "value": "2011"}],
                        source="other.txt", title="Broken")
    # The third event carries a value the database cannot store (a buggy extractor): the
    # document, timeline and first events are written before it fails.
    bad.events[2].places = [Place("Nowhere", lat=object())]  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        fresh_db.add_timeline(bad)
    assert fresh_db.counts() == before
    assert fresh_db.list_timelines() == listing
    with pytest.raises(NotFoundError):
        fresh_db.get_timeline("broken")


def test_store_add_empty_timeline_is_kept(fresh_db, make_timeline):
    res = fresh_db.add_timeline(make_timeline([], prefix="No dates here.\n"), name="empty")
    assert res.created and res.event_ids == []
    assert fresh_db.get_timeline("empty").summary.n_events == 0


def test_store_delete_timeline_removes_events_and_unused_documents(fresh_db, make_timeline):
    fresh_db.add_timeline(make_timeline(ENTRIES), name="a")
    fresh_db.add_timeline(make_timeline(ENTRIES), name="b")
    fresh_db.delete_timeline("a", user="ann", reason="duplicate")
    assert [s.slug for s in fresh_db.list_timelines()] == ["b"]
    assert fresh_db.counts()["documents"] == 1  # still used by b
    fresh_db.delete_timeline("b")
    assert fresh_db.counts()["documents"] == 0 and fresh_db.counts()["events"] == 0
    assert fresh_db.audit()[0].action == "delete"


def test_store_open_reopens_existing_store(db_url, make_timeline):
    with open_store(db_url) as store:
        store.add_timeline(make_timeline(ENTRIES), name="kept")
    with open_store(db_url) as store:
        assert store.get_timeline("kept").summary.n_events == 2


@pytest.mark.parametrize("url,message", [
    ("sqlite:////no/such/directory/k.db", "does not exist"),
    ("mysql://localhost/x", "unsupported database URL"),
    ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open store"),
])
def test_store_open_bad_url_is_a_store_error(url, message):
    with pytest.raises(StoreError, match=message):
        open_store(url)


def test_store_open_default_url_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KEYDATES_DB", str(tmp_path / "env.db"))
    with open_store() as store:
        assert store.url == f"sqlite:///{tmp_path / 'env.db'}"
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("KEYDATES_DB")
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        assert store.url == "sqlite:///./keydates.db"
    assert (tmp_path / "keydates.db").exists()
