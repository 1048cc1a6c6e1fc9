"""Bulk writes of the add path (keydates/store/bulk.py): rows read back exactly as SQLAlchemy
writes them, a failing bulk write rolls the whole document back, and two processes adding many
documents at once to one store (sharing actors, places and one document) both succeed."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa

from keydates.errors import StoreError
from keydates.store import EventQuery, bulk
from keydates.store import schema as t

CHANGES = [
    {"source": "a.txt", "events": 3},
    {"nested": {"list": [1, 2.5, None, True], "text": "Ça « va » – 東京"}},
    {},
]


def test_store_bulk_rows_read_back_as_sqlalchemy_writes_them(fresh_db):
    rows = [{"at": "2026-01-01T00:00:00+00:00", "user_name": "ann", "action": f"test{i}",
             "reason": None if i else "why", "timeline_id": i, "document_id": None,
             "event_id": None, "changes": c} for i, c in enumerate(CHANGES)]
    fix = [{"event_id": None, "timeline_id": 1, "document_id": 1, "anchor_start": 0,
            "anchor_end": 4, "anchor_quote": "text", "field": "headline", "value": v,
            "user_name": "ann", "at": "2026-01-01T00:00:00+00:00", "reason": None,
            "active": bool(i % 2)} for i, v in enumerate([None, "Shoe", ["a", {"b": 1}]])]
    with fresh_db._write() as conn:
        conn.execute(sa.insert(t.audit_log), rows)
        bulk.insert_rows(conn, t.audit_log, rows)
        conn.execute(sa.insert(t.corrections), fix)
        bulk.insert_rows(conn, t.corrections, fix)
    with fresh_db._read() as conn:
        got = conn.execute(sa.select(t.audit_log).order_by(t.audit_log.c.id)).mappings().all()
        raw = conn.execute(sa.select(sa.cast(t.audit_log.c.changes, sa.Text))
                           .order_by(t.audit_log.c.id)).scalars().all()
        cor = conn.execute(sa.select(t.corrections.c.value, t.corrections.c.active,
                                     t.corrections.c.value.is_(None).label("sql_null"))
                           .order_by(t.corrections.c.id)).all()
    strip = [{k: v for k, v in r.items() if k != "id"} for r in got]
    assert strip[:3] == strip[3:] == rows
    assert raw[:3] == raw[3:]  # the same JSON text, byte for byte
    assert cor[:3] == cor[3:]
    assert [c.value for c in cor[3:]] == [None, "Shoe", ["a", {"b": 1}]]
    assert [c.active for c in cor[3:]] == [False, True, False]


def test_store_bulk_failure_rolls_back_the_document(fresh_db, make_timeline):
    fresh_db.add_timeline(make_timeline([{"text": "In 2003, war.", "value": "2003",
                                          "evidence": "2003", "actors": ["Iraq"]}]), name="a")
    before = fresh_db.counts()
    with pytest.raises(StoreError), fresh_db._write() as conn:
        conn.execute(sa.insert(t.timelines).values(slug="b", name="b", created_at="x",
                                                   updated_at="x"))
        # a link to an event that does not exist: the foreign key refuses it mid-way
        bulk.insert_rows(conn, t.event_entities, [
            {"event_id": 10 ** 6, "entity_id": 1, "role": "agent", "mention": "Iraq"}])
    assert fresh_db.counts() == before
    assert [s.slug for s in fresh_db.list_timelines()] == ["a"]


def test_store_bulk_empty_rows_write_nothing(fresh_db):
    with fresh_db._write() as conn:
        bulk.insert_rows(conn, t.event_places, [])
    assert fresh_db.counts()["events"] == 0


WRITER = textwrap.dedent("""
    import sys
    from keydates.model import Actor, Document, Event, EventDate, Place, Timeline
    from keydates.store import open_store

    url, who = sys.argv[1], sys.argv[2]

    def timeline(n, label):
        text, events = "", []
        for i in range(6):
            quote = f"In {1990 + i}, Actor {i % 3} met Actor {(n + i) % 5} ({label} {n})."
            start = len(text)
            text += quote + "\\n"
            y = str(1990 + i)
            events.append(Event(
                start=start, end=start + len(quote), text=quote, section=None,
                date=EventDate(value=y, earliest=f"{y}-01-01", latest=f"{y}-12-31",
                               granularity="year", basis="explicit", evidence=y),
                actors=[Actor(f"Actor {k}", f"ent:actor-{k}", "person", "agent", f"Actor {k}")
                        for k in sorted({i % 3, (n + i) % 5})],
                places=[Place(f"Town {i % 2}", 10.0 + i % 2, 20.0, "XX", "city", "Town")]))
        return Timeline(Document(text=text, source=f"{label}-{n}.txt", title=f"{label} {n}"),
                        events)

    store = open_store(url)
    for n in range(12):
        store.add_timeline(timeline(n, who), name=f"{who} {n}")
    store.add_timeline(timeline(0, "shared"), name="shared")  # the same document twice
    print("ok")
""")


def test_store_bulk_two_processes_add_many_documents(db_url):
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db_url, who],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("left", "right")]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-800:] for _, err in outs]
    from keydates.store import open_store

    with open_store(db_url) as store:
        counts = store.counts()
        assert counts["events"] == 2 * 12 * 6 + 6  # the shared document stored once
        assert counts["entities"] == 5 and counts["places"] == 2  # no duplicates
        assert len(store.list_timelines()) == 2 * 12 + 1
        assert store.query(EventQuery(actor="Actor 4")).total > 0
        with store._read() as conn:
            aliases = conn.execute(sa.select(sa.func.count()).select_from(t.entity_aliases)
                                   ).scalar()
        assert aliases == 5
