"""Writes of the store, each called inside one transaction opened by `Store`."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from keydates.errors import NotFoundError, StoreError
from keydates.model import Document, Timeline
from keydates.store import bulk, codec
from keydates.store import schema as t
from keydates.store.types import AddResult, CorrectionError

PG_WRITE_LOCK = 0x6B657965  # pg_advisory_xact_lock key: writers queue instead of racing


def allocate_ids(conn: Connection, table: sa.Table, n: int) -> list[int]:
    """`n` fresh primary keys for `table`, so rows can be inserted with a plain executemany
    (much faster than one INSERT ... RETURNING per row). Safe because every writer holds the
    store's write lock (SQLite BEGIN IMMEDIATE, PostgreSQL advisory lock); PostgreSQL takes
    them from the table's sequence, SQLite continues after the largest id ever used."""
    if n <= 0:
        return []
    name = table.name
    if conn.dialect.name == "postgresql":
        return [int(i) for i in conn.execute(sa.text(
            "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": name, "n": n}).scalars()]
    last = conn.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    if table.dialect_options["sqlite"].get("autoincrement") or name in _AUTOINCREMENT:
        seq = conn.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = :t"),
                           {"t": name}).scalar() or 0
        last = max(last, int(seq))
    return list(range(last + 1, last + n + 1))


_AUTOINCREMENT = {"timelines", "documents", "events"}


# Statements of the add path, built once: building a statement and its cache key cost more
# client time than running it (each is still compiled once per engine by SQLAlchemy).
_td = t.timeline_documents
_TIMELINE_BY_SLUG = sa.select(t.timelines.c.id).where(t.timelines.c.slug == sa.bindparam("slug"))
_NEW_TIMELINE = sa.insert(t.timelines).returning(t.timelines.c.id)
_DOC_BY_HASH = (sa.select(t.documents.c.id, t.documents.c.published, _td.c.id.label("link"))
                .outerjoin(_td, sa.and_(_td.c.document_id == t.documents.c.id,
                                        _td.c.timeline_id == sa.bindparam("tid")))
                .where(t.documents.c.content_hash == sa.bindparam("digest")))
_NEW_DOC = sa.insert(t.documents).returning(t.documents.c.id)
_OLD_VERSION = (sa.select(t.documents.c.id)
                .join(_td, _td.c.document_id == t.documents.c.id)
                .where(_td.c.timeline_id == sa.bindparam("tid"),
                       t.documents.c.source == sa.bindparam("source"),
                       t.documents.c.id != sa.bindparam("doc"))
                .order_by(t.documents.c.id.desc()).limit(1))
_LINK_DOC = sa.insert(_td).from_select(
    ["timeline_id", "document_id", "position", "notes", "added_at"],
    sa.select(sa.bindparam("tid", type_=sa.Integer), sa.bindparam("doc", type_=sa.Integer),
              sa.func.coalesce(sa.func.max(_td.c.position), -1) + 1,
              sa.bindparam("notes", type_=sa.JSON), sa.bindparam("stamp", type_=sa.String))
    .where(_td.c.timeline_id == sa.bindparam("tid")))
_TOUCH_TIMELINE = (sa.update(t.timelines).where(t.timelines.c.id == sa.bindparam("tid"))
                   .values(updated_at=sa.bindparam("stamp")))
_AUDIT = sa.insert(t.audit_log)


def extract_and_enrich(source: str, published: str | None) -> Timeline:
    """Read a chronology with `keydates.extract`, then run the entity pass when it exists."""
    try:
        from keydates.events import extract
    except ImportError as exc:
        raise StoreError(f"the chronology reader is not available: {exc}") from exc
    timeline = extract(source, published=published)
    enrich = _entity_pass()
    if enrich is not None:
        result = enrich(timeline)
        if isinstance(result, Timeline):
            timeline = result
    return timeline


def _entity_pass() -> Any:
    """The entity pass of `keydates.entities` (`enrich`/`annotate`), or None when absent."""
    try:
        module = importlib.import_module("keydates.entities")
    except ImportError:
        return None
    for name in ("enrich", "annotate", "enrich_timeline"):
        func = getattr(module, name, None)
        if callable(func):
            return func
    return None


def audit(conn: Connection, user: str, action: str, *, reason: str | None = None,
          timeline_id: int | None = None, document_id: int | None = None,
          event_id: int | None = None, changes: dict[str, Any] | None = None,
          at: str | None = None) -> None:
    """Append one entry to the audit log."""
    conn.execute(_AUDIT, {
        "at": at or codec.now(), "user_name": user, "action": action, "reason": reason,
        "timeline_id": timeline_id, "document_id": document_id, "event_id": event_id,
        "changes": changes or {}})



def ensure_timeline(conn: Connection, name: str) -> int:
    """The id of the timeline called `name` (by slug), created when missing."""
    return _timeline(conn, name)[0]


def _timeline(conn: Connection, name: str, stamp: str | None = None) -> tuple[int, bool]:
    """(id, created) of the timeline called `name` (by slug), created (at `stamp`, default
    now) when missing."""
    slug = codec.slugify(name)
    tid = conn.execute(_TIMELINE_BY_SLUG, {"slug": slug}).scalar()
    if tid is not None:
        return int(tid), False
    stamp = stamp or codec.now()
    return int(conn.execute(_NEW_TIMELINE, {"slug": slug, "name": name.strip(),
                                            "created_at": stamp, "updated_at": stamp})
               .scalar_one()), True


def default_name(doc: Document) -> str:
    """A timeline name for a document: its title, else its file name, else 'timeline'."""
    if doc.title and doc.title.strip():
        return doc.title.strip()
    if doc.source and doc.source != "-":
        return Path(doc.source.rstrip("/")).stem or doc.source
    return "timeline"


def add_document(conn: Connection, doc: Document, originals: list[dict[str, Any]],
                 notes: list[str], name: str | None, *, user: str, replace: bool = False,
                 corrections: list[list[dict[str, Any]]] | None = None,
                 action: str = "add") -> AddResult:
    """Store a document and its events in a timeline (see `Store.add_timeline`).

    `corrections[i]` (import) are the corrections of event i: dicts with field, value,
    user, at, reason, active.
    """
    name = (name or "").strip() or default_name(doc)
    stamp = codec.now()
    tid, new_timeline = _timeline(conn, name, stamp)
    slug = codec.slugify(name)  # _timeline finds timelines by this slug
    digest = codec.content_hash(doc)
    found = conn.execute(_DOC_BY_HASH, {"tid": tid, "digest": digest}).first()
    doc_id = found.id if found is not None else None
    linked = found is not None and found.link is not None
    if linked and not replace and doc.published:
        # The same text read with another publication date resolves relative dates ("on
        # Friday") differently: that is a re-extraction, not a duplicate.
        if found.published != doc.published:
            replace = True
            conn.execute(sa.update(t.documents).where(t.documents.c.id == doc_id).values(
                published=doc.published, published_source=doc.published_source))
    if linked and not replace:
        ids = conn.execute(sa.select(t.events.c.id).where(
            t.events.c.timeline_id == tid, t.events.c.document_id == doc_id)
            .order_by(t.events.c.position)).scalars().all()
        return AddResult(document_id=int(doc_id), timeline_id=tid, timeline_slug=slug,
                         event_ids=[int(i) for i in ids], created=False, source=doc.source)
    if doc_id is None:
        doc_id = conn.execute(_NEW_DOC, {
            "content_hash": digest, "source": doc.source, "format": doc.format,
            "title": doc.title, "lead": doc.lead, "published": doc.published,
            "published_source": doc.published_source, "text": doc.text,
            "added_at": stamp}).scalar_one()
    # Which earlier document (if any) does this one replace: itself (re-extraction) or an
    # older version of the same source in this timeline.
    old_doc: int | None = int(doc_id) if linked else None
    if old_doc is None and doc.source not in ("", "-") and action == "add" and not new_timeline:
        old_doc = conn.execute(_OLD_VERSION, {"tid": tid, "source": doc.source,
                                              "doc": int(doc_id)}).scalar()
    if not linked:
        conn.execute(_LINK_DOC, {"tid": tid, "doc": int(doc_id), "notes": list(notes),
                                 "stamp": stamp})
    else:
        conn.execute(sa.update(t.timeline_documents).where(
            t.timeline_documents.c.timeline_id == tid,
            t.timeline_documents.c.document_id == doc_id).values(notes=list(notes)))
    if old_doc is not None:
        event_ids = _reextract(conn, tid, int(old_doc), int(doc_id), originals, user)
        if old_doc != doc_id:
            conn.execute(sa.delete(t.timeline_documents).where(
                t.timeline_documents.c.timeline_id == tid,
                t.timeline_documents.c.document_id == old_doc))
            _drop_unused_document(conn, int(old_doc))
    else:
        event_ids = insert_events(conn, tid, int(doc_id), originals, corrections)
    if not new_timeline:  # a new one was created with this stamp
        conn.execute(_TOUCH_TIMELINE, {"tid": tid, "stamp": stamp})
    replaced = old_doc is not None
    audit(conn, user, "replace" if replaced else action, timeline_id=tid, document_id=int(doc_id),
          changes={"source": doc.source, "events": len(event_ids),
                   **({"replaced_document": int(old_doc)} if replaced else {})})
    return AddResult(document_id=int(doc_id), timeline_id=tid, timeline_slug=slug,
                     event_ids=event_ids, created=True, replaced=replaced, source=doc.source)


def insert_events(conn: Connection, tid: int, doc_id: int, originals: Sequence[dict[str, Any]],
                  corrections: list[list[dict[str, Any]]] | None = None,
                  positions: Sequence[int] | None = None) -> list[int]:
    """Insert events (with their corrections, if any) and their entity/place links.

    `positions` are the events' indexes in their document's extraction (default 0, 1, ...)."""
    if not originals:
        return []
    rows = []
    for n, original in enumerate(originals):
        pos = positions[n] if positions is not None else n
        active = [c for c in (corrections[n] if corrections else []) if c.get("active", True)]
        flat = {c["field"]: c["value"] for c in active}
        data = codec.apply_corrections(original, flat) if flat else original
        # `original` is NULL while the event is uncorrected: it is then `data` (half the JSON)
        rows.append({"timeline_id": tid, "document_id": doc_id, "position": pos,
                     **codec.event_columns(data), "data": data,
                     "original": original if flat else None, "corrected_fields": sorted(flat)})
    ids = allocate_ids(conn, t.events, len(rows))
    for i, row in zip(ids, rows):
        row["id"] = i
    bulk.insert_rows(conn, t.events, rows)
    link_events(conn, list(zip(ids, [r["data"] for r in rows])))
    if corrections:
        crow = []
        for n, (eid, original) in enumerate(zip(ids, originals)):
            for c in corrections[n]:
                crow.append({"event_id": eid, "timeline_id": tid, "document_id": doc_id,
                             "anchor_start": original["start"], "anchor_end": original["end"],
                             "anchor_quote": original.get("text") or "", "field": c["field"],
                             "value": c.get("value"), "user_name": c.get("user") or "unknown",
                             "at": c.get("at") or codec.now(), "reason": c.get("reason"),
                             "active": bool(c.get("active", True))})
        if crow:
            conn.execute(sa.insert(t.corrections), crow)
    return ids


def link_events(conn: Connection, items: list[tuple[int, dict[str, Any]]]) -> None:
    """Create entity, alias and place rows for events and link them (event id, event dict)."""
    actors = [(eid, a) for eid, ev in items for a in ev.get("actors") or []]
    places = [(eid, p) for eid, ev in items for p in ev.get("places") or []]
    if actors:
        ent_ids = _upsert_entities(conn, [a for _, a in actors])
        bulk.insert_rows(conn, t.event_entities, [
            {"event_id": eid, "entity_id": ent_ids[_entity_key(a)],
             "role": a.get("role") or "other", "mention": a.get("mention") or ""}
            for eid, a in actors])
    if places:
        place_ids = _upsert_places(conn, [p for _, p in places])
        bulk.insert_rows(conn, t.event_places, [
            {"event_id": eid, "place_id": place_ids[_place_key(p)], "mention": p.get("mention") or ""}
            for eid, p in places])


def _entity_key(actor: dict[str, Any]) -> str:
    return (actor.get("entity_id") or f"name:{codec.norm(actor.get('name') or '')}")[:300]


def _place_key(place: dict[str, Any]) -> str:
    if place.get("geonameid"):
        return f"geo:{place['geonameid']}"
    return f"name:{codec.norm(place.get('name') or '')}|{place.get('country_code') or ''}"[:400]


def _keyed(conn: Connection, table: sa.Table,
           values: list[str]) -> tuple[sa.FromClause, list[sa.ColumnElement[bool]]]:
    """`table` restricted to the rows whose `key` is in `values`: a FROM clause and the
    conditions to add to its WHERE clause (none here).

    The keys travel as one JSON array parameter, expanded by the database
    (`json_array_elements_text` on PostgreSQL, `json_each` on SQLite) and joined with the
    table: one statement text whatever their number, so it is compiled and prepared once
    (an IN list is a new statement for every length), the JSON costs the client one
    `json.dumps`, and the plan stays an index or hash lookup even as PostgreSQL's generic
    plan (`key = ANY($1)` became a linear scan per row)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import JSON

        k = (sa.func.json_array_elements_text(sa.bindparam(None, values, type_=JSON))
             .table_valued("value").render_derived(name="k"))
    else:
        k = sa.func.json_each(sa.bindparam(None, values, type_=sa.JSON)).table_valued(
            "value").alias("k")
    return k.join(table, table.c.key == k.c.value), []


def _upsert_entities(conn: Connection, actors: list[dict[str, Any]]) -> dict[str, int]:
    """Ids of the actors' entities, creating missing entities and aliases: one SELECT for the
    known entities with their aliases, one INSERT ... RETURNING for the new ones."""
    by_key = {_entity_key(a): a for a in actors}
    e, al = t.entities, t.entity_aliases
    found: dict[str, int] = {}
    have: set[tuple[int, str]] = set()
    known, cond = _keyed(conn, e, list(by_key))
    for key, eid, norm in conn.execute(
            sa.select(e.c.key, e.c.id, al.c.norm)
            .select_from(known.outerjoin(al, al.c.entity_id == e.c.id)).where(*cond)):
        found[key] = eid
        if norm is not None:
            have.add((eid, norm))
    missing = [k for k in by_key if k not in found]
    if missing:
        rows = [{"key": k, "name": by_key[k].get("name") or k,
                 "norm": codec.norm(by_key[k].get("name") or k),
                 "type": by_key[k].get("type") or "other"} for k in missing]
        found.update(conn.execute(sa.insert(e).returning(e.c.key, e.c.id), rows).all())
    wanted: dict[tuple[int, str], str] = {}
    for a in actors:
        eid = found[_entity_key(a)]
        for alias in (a.get("name") or "", a.get("mention") or ""):
            if alias.strip():
                wanted.setdefault((eid, codec.norm(alias)), alias.strip())
    bulk.insert_rows(conn, al, [{"entity_id": i, "norm": n, "alias": a}
                                for (i, n), a in wanted.items() if (i, n) not in have])
    return found


def _upsert_places(conn: Connection, items: list[dict[str, Any]]) -> dict[str, int]:
    """Ids of the places, creating the missing ones (one SELECT, one INSERT ... RETURNING)."""
    by_key = {_place_key(p): p for p in items}
    pl = t.places
    known, cond = _keyed(conn, pl, list(by_key))
    found = dict(conn.execute(sa.select(pl.c.key, pl.c.id).select_from(known).where(*cond))
                 .all())
    missing = [k for k in by_key if k not in found]
    if missing:
        rows = [{"key": k, "name": by_key[k].get("name") or k,
                 "norm": codec.norm(by_key[k].get("name") or k), "lat": by_key[k].get("lat"),
                 "lon": by_key[k].get("lon"), "country_code": by_key[k].get("country_code"),
                 "precision": by_key[k].get("precision") or "unknown",
                 "geonameid": by_key[k].get("geonameid")} for k in missing]
        found.update(conn.execute(sa.insert(pl).returning(pl.c.key, pl.c.id), rows).all())
    return found


def _drop_unused_document(conn: Connection, doc_id: int) -> None:
    used = conn.execute(sa.select(t.timeline_documents.c.id)
                        .where(t.timeline_documents.c.document_id == doc_id).limit(1)).scalar()
    if used is None:
        conn.execute(sa.delete(t.documents).where(t.documents.c.id == doc_id))


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def match_event(anchor: tuple[int, int, str], new: list[tuple[int, int, int, str]],
                stages: tuple[int, ...] = (0, 1, 2)) -> int | None:
    """The new event an old one anchored at (start, end, quote) becomes, or None.

    Stage 0: same offsets and quote; stage 1: the same quote (ignoring case and spacing),
    nearest to the old offset; stage 2: a quote containing the other when they share >= 80% of
    their length (a typo fixed, a word added), nearest first.
    """
    start, end, quote = anchor
    q = _squash(quote)
    for stage in stages:
        if stage == 0:
            hit = next((eid for eid, s, e, text in new if (s, e, text) == (start, end, quote)),
                       None)
            if hit is not None:
                return hit
            continue
        near = []
        for eid, s, e, text in new:
            n = _squash(text)
            if stage == 1 and n == q:
                near.append((abs(s - start), eid))
            elif stage == 2:
                short, long_ = sorted((n, q), key=len)
                if short and short in long_ and len(short) >= 0.8 * len(long_):
                    near.append((abs(s - start), eid))
        if near:
            return min(near)[1]
    return None


def _reextract(conn: Connection, tid: int, old_doc: int, doc_id: int,
               originals: list[dict[str, Any]], user: str) -> list[int]:
    """Replace the events of `old_doc` in a timeline by a new extraction (of the same or a newer
    document), keeping the id of every old event that matches a new one (see `match_event`), so
    its corrections, audit history and URLs carry over. Corrections of old events that match
    nothing are kept with their event cleared and logged as orphans. Returns the new events'
    ids in text order."""
    old = conn.execute(sa.select(
        t.events.c.id, t.events.c.start_offset, t.events.c.end_offset,
        sa.func.coalesce(t.events.c.original, t.events.c.data).label("original"))
        .where(t.events.c.timeline_id == tid, t.events.c.document_id == old_doc,
               t.events.c.split_from.is_(None))  # split parts follow their event (edits.py)
        .order_by(t.events.c.position)).all()
    new = [(i, o["start"], o["end"], o.get("text") or "") for i, o in enumerate(originals)]
    kept: dict[int, int] = {}  # new position -> old event id
    for stage in (0, 1, 2):  # exact matches first, so a fuzzy one never takes their place
        for r in old:
            if r.id in kept.values():
                continue
            free = [n for n in new if n[0] not in kept]
            pos = match_event((r.start_offset, r.end_offset, r.original.get("text") or ""),
                              free, (stage,))
            if pos is not None:
                kept[pos] = r.id
    gone = [r.id for r in old if r.id not in kept.values()]
    from keydates.store import edits

    gone += edits.follow_reextraction(conn, tid, old_doc, doc_id, old, kept, originals, gone,
                                      user)
    if gone:
        for c in conn.execute(sa.select(t.corrections).where(
                t.corrections.c.event_id.in_(gone), t.corrections.c.active.is_(True))
                .order_by(t.corrections.c.id)).mappings():
            audit(conn, user, "orphan", timeline_id=tid, document_id=doc_id,
                  event_id=c["event_id"],
                  reason="no event of the new extraction matches the corrected event",
                  changes={"correction": c["id"], "field": c["field"], "value": c["value"],
                           "quote": c["anchor_quote"]})
        conn.execute(sa.update(t.corrections).where(t.corrections.c.event_id.in_(gone))
                     .values(event_id=None, document_id=doc_id))
        conn.execute(sa.delete(t.events).where(t.events.c.id.in_(gone)))
    for pos, eid in kept.items():
        o = originals[pos]
        conn.execute(sa.update(t.events).where(t.events.c.id == eid).values(
            document_id=doc_id, position=pos, original=o, data=o))
        conn.execute(sa.update(t.corrections).where(t.corrections.c.event_id == eid).values(
            document_id=doc_id, anchor_start=o["start"], anchor_end=o["end"],
            anchor_quote=o.get("text") or ""))
        refresh(conn, eid)
    fresh = [i for i in range(len(originals)) if i not in kept]
    inserted = dict(zip(fresh, insert_events(conn, tid, doc_id, [originals[i] for i in fresh],
                                             positions=fresh)))
    return [kept.get(i) or inserted[i] for i in range(len(originals))]


def refresh(conn: Connection, event_id: int) -> None:
    """Recompute an event's effective data, columns and links from original + corrections."""
    row = conn.execute(sa.select(t.events.c.original, t.events.c.data)
                       .where(t.events.c.id == event_id)).first()
    if row is None:
        raise NotFoundError(f"no event {event_id}")
    original = row.original if row.original is not None else row.data
    active = conn.execute(sa.select(t.corrections.c.field, t.corrections.c.value).where(
        t.corrections.c.event_id == event_id, t.corrections.c.active.is_(True))
        .order_by(t.corrections.c.id)).all()
    flat = {f: v for f, v in active}
    data = codec.apply_corrections(original, flat)
    conn.execute(sa.update(t.events).where(t.events.c.id == event_id).values(
        **codec.event_columns(data), data=data, original=original if flat else None,
        corrected_fields=sorted(flat)))
    conn.execute(sa.delete(t.event_entities).where(t.event_entities.c.event_id == event_id))
    conn.execute(sa.delete(t.event_places).where(t.event_places.c.event_id == event_id))
    link_events(conn, [(event_id, data)])


def _event_row(conn: Connection, event_id: int) -> Any:
    row = conn.execute(sa.select(t.events.c.id, t.events.c.timeline_id, t.events.c.document_id,
                                 t.events.c.data, sa.func.coalesce(t.events.c.original,
                                                                   t.events.c.data)
                                 .label("original"))
                       .where(t.events.c.id == event_id)).first()
    if row is None:
        raise NotFoundError(f"no event {event_id}")
    return row


def correct(conn: Connection, event_id: int, flat: dict[str, Any], user: str,
            reason: str | None) -> None:
    """Record a correction (one row per field) and apply it."""
    if not user or not user.strip():
        raise CorrectionError("a correction needs the name of the user who makes it")
    row = _event_row(conn, event_id)
    stamp = codec.now()
    old = codec.apply_corrections(row.data, {})
    diff = {}
    for field, value in flat.items():
        diff[field] = {"old": _get(old, field), "new": value}
    save_corrections(conn, row, flat, user, reason, stamp)
    audit(conn, user, "correct", reason=reason, timeline_id=row.timeline_id,
          document_id=row.document_id, event_id=event_id, changes=diff, at=stamp)


def save_corrections(conn: Connection, row: Any, flat: dict[str, Any], user: str,
                     reason: str | None, stamp: str) -> None:
    """Record corrections of the event `row` (replacing active ones of the same fields),
    anchored on its extraction, and apply them (no audit entry)."""
    event_id = row.id
    conn.execute(sa.update(t.corrections).where(
        t.corrections.c.event_id == event_id, t.corrections.c.field.in_(list(flat)),
        t.corrections.c.active.is_(True)).values(active=False))
    conn.execute(sa.insert(t.corrections), [
        {"event_id": event_id, "timeline_id": row.timeline_id, "document_id": row.document_id,
         "anchor_start": row.original["start"], "anchor_end": row.original["end"],
         "anchor_quote": row.original.get("text") or "", "field": f, "value": v,
         "user_name": user, "at": stamp, "reason": reason, "active": True}
        for f, v in flat.items()])
    refresh(conn, event_id)
    conn.execute(sa.update(t.timelines).where(t.timelines.c.id == row.timeline_id)
                 .values(updated_at=stamp))


def revert(conn: Connection, event_id: int, fields: list[str] | None, user: str,
           reason: str | None) -> None:
    """Deactivate corrections of an event (all, or those of `fields`)."""
    row = _event_row(conn, event_id)
    cond = [t.corrections.c.event_id == event_id, t.corrections.c.active.is_(True)]
    if fields:
        expanded = {f for f in fields if f != "date"}
        if "date" in fields:
            expanded |= {f"date.{k}" for k in codec.DATE_FIELDS}
        cond.append(t.corrections.c.field.in_(sorted(expanded)))
    undone = conn.execute(sa.select(t.corrections.c.field).where(*cond)).scalars().all()
    if not undone:
        return
    conn.execute(sa.update(t.corrections).where(*cond).values(active=False))
    before = row.data
    refresh(conn, event_id)
    after = conn.execute(sa.select(t.events.c.data).where(t.events.c.id == event_id)).scalar_one()
    changes: dict[str, Any] = {f: {"old": _get(before, f), "new": _get(after, f)}
                               for f in sorted(set(undone))}
    if not fields:  # back to the extraction: merged events reappear, split parts rejoin
        from keydates.store import edits

        changes.update(edits.undo_structure(conn, event_id, user))
    audit(conn, user, "revert", reason=reason, timeline_id=row.timeline_id,
          document_id=row.document_id, event_id=event_id, changes=changes)


def _get(ev: dict[str, Any], field: str) -> Any:
    if field.startswith("date."):
        return (ev.get("date") or {}).get(field[5:])
    return ev.get(field)


def delete_timeline(conn: Connection, tid: int, user: str, reason: str | None) -> None:
    """Delete a timeline, its events and the documents no other timeline uses."""
    name = conn.execute(sa.select(t.timelines.c.name).where(t.timelines.c.id == tid)).scalar_one()
    docs = conn.execute(sa.select(t.timeline_documents.c.document_id)
                        .where(t.timeline_documents.c.timeline_id == tid)).scalars().all()
    conn.execute(sa.update(t.corrections).where(t.corrections.c.timeline_id == tid)
                 .values(event_id=None, active=False))
    conn.execute(sa.delete(t.events).where(t.events.c.timeline_id == tid))
    conn.execute(sa.delete(t.timeline_documents).where(t.timeline_documents.c.timeline_id == tid))
    conn.execute(sa.delete(t.timelines).where(t.timelines.c.id == tid))
    for doc_id in docs:
        _drop_unused_document(conn, int(doc_id))
    audit(conn, user, "delete", reason=reason, timeline_id=tid, changes={"name": name})
