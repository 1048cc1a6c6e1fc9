"""Merging and splitting events (editors), on the corrections mechanism so both survive
re-extraction. Called inside one write transaction opened by `Store`.

* Merge: the first event in text order keeps its id and date; corrections on it set the
  joined text, a `span` (shift of its start and end) covering every merged event, and the union
  of actors, places and casualties. The others stay stored with `merged_into` set, hidden from
  timelines, queries and exports; they keep their ids and are matched on re-extraction like
  any event, so the merge holds as long as the first event is found again.
* Split: the event keeps its id and the first part (corrections of `text` and `span`); the
  second part is a new event with `split_from` set, the same date, and the actors and places
  it mentions. On re-extraction it follows its event (shifted with it) and is dropped, with an
  `orphan` audit entry, when its event matches nothing.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from keydates.errors import NotFoundError
from keydates.store import codec
from keydates.store import schema as t
from keydates.store import writing
from keydates.store.types import CorrectionError


def _rows(conn: Connection, ids: Sequence[int]) -> dict[int, Any]:
    ids = [i for i in ids if 0 < i < 2**63]  # larger numbers cannot be ids (64-bit)
    rows = conn.execute(sa.select(
        t.events.c.id, t.events.c.timeline_id, t.events.c.document_id, t.events.c.position,
        t.events.c.merged_into, t.events.c.split_from, t.events.c.data,
        sa.func.coalesce(t.events.c.original, t.events.c.data).label("original"))
        .where(t.events.c.id.in_(list(ids)))).all()
    return {int(r.id): r for r in rows}


def _user(user: str) -> None:
    if not user or not user.strip():
        raise CorrectionError("merging or splitting needs the name of the user who does it")


def _union(first: list[Any], more: list[Any]) -> list[Any]:
    seen = {json.dumps(x, sort_keys=True) for x in first}
    out = list(first)
    for x in more:
        key = json.dumps(x, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def merge(conn: Connection, ids: Sequence[int], user: str, reason: str | None) -> int:
    """Merge events of one document into the first in text order; returns its id."""
    _user(user)
    wanted = list(dict.fromkeys(int(i) for i in ids))
    if len(wanted) < 2:
        raise CorrectionError("merging needs at least two different events")
    rows = _rows(conn, wanted)
    missing = [i for i in wanted if i not in rows]
    if missing:
        raise NotFoundError(f"no event {', '.join(map(str, missing))}")
    for r in rows.values():
        if r.merged_into is not None:
            raise CorrectionError(f"event {r.id} is already merged into event {r.merged_into}")
    if len({r.timeline_id for r in rows.values()}) > 1:
        raise CorrectionError("events of different timelines cannot be merged")
    if len({r.document_id for r in rows.values()}) > 1:
        raise CorrectionError("events of different documents cannot be merged")
    order = sorted(rows.values(), key=lambda r: (r.position, r.data["start"], r.id))
    first, others = order[0], order[1:]
    data = [r.data for r in order]
    start = min(int(d["start"]) for d in data)
    end = max(int(d["end"]) for d in data)
    flat: dict[str, Any] = {
        "text": " ".join((d.get("text") or "").strip() for d in data),
        "span": [start - int(first.original["start"]), end - int(first.original["end"])],
    }
    for key in ("actors", "places", "casualties"):
        merged = list(first.data.get(key) or [])
        for d in data[1:]:
            merged = _union(merged, list(d.get(key) or []))
        if merged != list(first.data.get(key) or []):
            flat[key] = merged
    stamp = codec.now()
    writing.save_corrections(conn, first, flat, user, reason, stamp)
    other_ids = [int(r.id) for r in others]
    conn.execute(sa.update(t.events).where(t.events.c.id.in_(other_ids))
                 .values(merged_into=first.id))
    # events earlier merged into one of these now belong to the first
    conn.execute(sa.update(t.events).where(t.events.c.merged_into.in_(other_ids))
                 .values(merged_into=first.id))
    writing.audit(conn, user, "merge", reason=reason, timeline_id=first.timeline_id,
                  document_id=first.document_id, event_id=int(first.id), at=stamp,
                  changes={"merged": other_ids,
                           "text": {"old": first.data.get("text"), "new": flat["text"]},
                           "span": {"old": [first.data["start"], first.data["end"]],
                                    "new": [start, end]}})
    return int(first.id)


def _mentioned(items: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    low = text.casefold()
    return [x for x in items if (x.get("mention") or x.get("name") or "").casefold() in low]


def split(conn: Connection, event_id: int, at: int, user: str, reason: str | None) -> list[int]:
    """Split an event's text at character `at`; returns [its id, the new part's id]."""
    _user(user)
    rows = _rows(conn, [event_id])
    if event_id not in rows:
        raise NotFoundError(f"no event {event_id}")
    row = rows[event_id]
    if row.merged_into is not None:
        raise CorrectionError(f"event {event_id} is merged into event {row.merged_into}; "
                              "split that one")
    text = row.data.get("text") or ""
    if isinstance(at, bool) or not isinstance(at, int) or not 0 < at < len(text):
        raise CorrectionError(f"split offset {at!r} is outside the event's text "
                              f"(1 to {max(len(text) - 1, 0)})")
    head, tail = text[:at].rstrip(), text[at:].lstrip()
    if not head or not tail:
        raise CorrectionError(f"splitting at {at} leaves an empty part")
    start, end = int(row.data["start"]), int(row.data["end"])
    tail_start = min(start + len(text) - len(tail), end)
    flat: dict[str, Any] = {
        "text": head,
        "span": [start - int(row.original["start"]), start + len(head) - int(row.original["end"])],
    }
    for key in ("actors", "places"):
        kept = _mentioned(list(row.data.get(key) or []), head)
        if kept != list(row.data.get(key) or []):
            flat[key] = kept
    part = copy.deepcopy(row.data)
    part.update(start=tail_start, end=end, text=tail, headline=None,
                actors=_mentioned(list(row.data.get("actors") or []), tail),
                places=_mentioned(list(row.data.get("places") or []), tail),
                casualties=[c for c in row.data.get("casualties") or []
                            if (c.get("text") or "").casefold() in tail.casefold()])
    stamp = codec.now()
    writing.save_corrections(conn, row, flat, user, reason, stamp)
    [new_id] = writing.insert_events(conn, row.timeline_id, row.document_id, [part],
                                     positions=[row.position])
    conn.execute(sa.update(t.events).where(t.events.c.id == new_id).values(split_from=event_id))
    for eid, changes in ((event_id, {"at": at, "new_event": new_id,
                                     "text": {"old": text, "new": head}}),
                         (new_id, {"at": at, "split_from": event_id,
                                   "text": {"old": text, "new": tail}})):
        writing.audit(conn, user, "split", reason=reason, timeline_id=row.timeline_id,
                      document_id=row.document_id, event_id=eid, at=stamp, changes=changes)
    return [event_id, int(new_id)]


def undo_structure(conn: Connection, event_id: int, user: str) -> dict[str, Any]:
    """After a full revert of `event_id`: show the events merged into it again and delete the
    parts split from it (their corrections are kept, without event). Returns audit changes."""
    out: dict[str, Any] = {}
    released = [int(i) for i in conn.execute(sa.select(t.events.c.id).where(
        t.events.c.merged_into == event_id).order_by(t.events.c.id)).scalars()]
    if released:
        conn.execute(sa.update(t.events).where(t.events.c.id.in_(released))
                     .values(merged_into=None))
        out["unmerged"] = released
    parts = [int(i) for i in conn.execute(sa.select(t.events.c.id).where(
        t.events.c.split_from == event_id).order_by(t.events.c.id)).scalars()]
    for pid in parts:  # parts split from a part go too
        out.setdefault("rejoined", []).append(pid)
        out["rejoined"] += undo_structure(conn, pid, user).get("rejoined", [])
    if parts:
        gone = out["rejoined"]
        conn.execute(sa.update(t.corrections).where(t.corrections.c.event_id.in_(gone))
                     .values(event_id=None, active=False))
        conn.execute(sa.update(t.events).where(t.events.c.merged_into.in_(gone))
                     .values(merged_into=None))
        conn.execute(sa.delete(t.events).where(t.events.c.id.in_(gone)))
    return out


def _shift(ev: dict[str, Any], delta: int) -> dict[str, Any]:
    ev = copy.deepcopy(ev)
    ev["start"] = int(ev["start"]) + delta
    ev["end"] = int(ev["end"]) + delta
    date = ev.get("date") or {}
    for key in ("evidence_start", "evidence_end"):
        if date.get(key) is not None:
            date[key] = int(date[key]) + delta
    return ev


def follow_reextraction(conn: Connection, tid: int, old_doc: int, doc_id: int, old: list[Any],
                        kept: dict[int, int], originals: list[dict[str, Any]], gone: list[int],
                        user: str) -> list[int]:
    """During `writing._reextract`: move split parts with their event (shifted like it) and
    return those whose event is gone; show again events merged into a gone event. Both cases
    leave an `orphan` audit entry."""
    new_pos = {eid: pos for pos, eid in kept.items()}
    old_start = {int(r.id): int(r.original["start"]) for r in old}
    lost: list[int] = []
    parts = conn.execute(sa.select(
        t.events.c.id, t.events.c.split_from,
        sa.func.coalesce(t.events.c.original, t.events.c.data).label("original"))
        .where(t.events.c.timeline_id == tid, t.events.c.document_id == old_doc,
               t.events.c.split_from.is_not(None)).order_by(t.events.c.id)).all()
    for p in parts:  # a part of a part: its event is itself a part (handled in id order)
        parent = int(p.split_from)
        if parent in new_pos:
            pos = new_pos[parent]
            delta = int(originals[pos]["start"]) - old_start[parent]
            new_pos[int(p.id)] = pos
            old_start[int(p.id)] = int(p.original["start"])
            o = _shift(p.original, delta)
            conn.execute(sa.update(t.events).where(t.events.c.id == p.id).values(
                document_id=doc_id, position=pos, original=o, data=o))
            conn.execute(sa.update(t.corrections).where(t.corrections.c.event_id == p.id)
                         .values(document_id=doc_id, anchor_start=o["start"],
                                 anchor_end=o["end"], anchor_quote=o.get("text") or ""))
            writing.refresh(conn, int(p.id))
        else:
            lost.append(int(p.id))
            writing.audit(conn, user, "orphan", timeline_id=tid, document_id=doc_id,
                          event_id=int(p.id),
                          reason="the event this part was split from matches nothing in the "
                                 "new extraction",
                          changes={"split_from": parent, "quote": p.original.get("text")})
    dropped = set(gone) | set(lost)
    if dropped:
        for target in sorted(dropped):
            members = [int(i) for i in conn.execute(sa.select(t.events.c.id).where(
                t.events.c.merged_into == target).order_by(t.events.c.id)).scalars()
                if int(i) not in dropped]
            if not members:
                continue
            conn.execute(sa.update(t.events).where(t.events.c.id.in_(members))
                         .values(merged_into=None))
            writing.audit(conn, user, "orphan", timeline_id=tid, document_id=doc_id,
                          event_id=target,
                          reason="the event these were merged into matches nothing in the new "
                                 "extraction; they are shown again",
                          changes={"merge": target, "unmerged": members})
    return lost
