"""Reads of the store: timelines, interval queries, full-text search, entities, audit."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from keydates.errors import InputError, NotFoundError
from keydates.store import codec
from keydates.store import schema as t
from keydates.store.types import (
    AuditEntry, Correction, EntityCount, EventQuery, PlaceCount, QueryResult, StoredDocument, StoredEvent,
    StoredTimeline, TimelineSummary,
)
from keydates.time import values

_EVENT_COLS = (t.events.c.id, t.events.c.timeline_id, t.timelines.c.slug, t.events.c.document_id,
               t.events.c.position, t.events.c.data, t.events.c.original,
               t.events.c.corrected_fields, t.events.c.merged_into, t.events.c.split_from)
# id last: the part split from an event (same position, newer id) follows it
_ORDER = (t.events.c.sort_key, t.events.c.document_id, t.events.c.position, t.events.c.id)
VISIBLE = t.events.c.merged_into.is_(None)  # merged events are kept but hidden


def timeline_id(conn: Connection, ref: str | int | None) -> int:
    """Resolve a timeline id, slug or name (raises `NotFoundError`)."""
    if ref is None:
        raise NotFoundError("no timeline given")
    text = str(ref).strip()
    conds = [t.timelines.c.slug == text, t.timelines.c.slug == codec.slugify(text),
             t.timelines.c.name == text]
    # ids are 64-bit ASCII digits ("¹" is a digit to isdigit() but not to int())
    if text.isascii() and text.isdigit() and int(text) < 2**63:
        conds.insert(0, t.timelines.c.id == int(text))
    for cond in conds:
        tid = conn.execute(sa.select(t.timelines.c.id).where(cond)).scalar()
        if tid is not None:
            return int(tid)
    raise NotFoundError(f"no timeline {text!r} (see `keydates list`)")


def _stored_event(row: Any) -> StoredEvent:
    return StoredEvent(id=row.id, timeline_id=row.timeline_id, timeline_slug=row.slug,
                       document_id=row.document_id, position=row.position,
                       event=codec.stored_event(row.data),
                       original=codec.stored_event(row.original if row.original is not None
                                                   else row.data),
                       corrected=bool(row.corrected_fields),
                       corrected_fields=list(row.corrected_fields or []),
                       merged_into=row.merged_into, split_from=row.split_from)


def _summaries(conn: Connection, tid: int | None = None) -> list[TimelineSummary]:
    """Summaries of every timeline, or of one: its aggregates are then computed over its own
    rows only (filtering outside the grouped subqueries would aggregate every timeline)."""
    ev_q = (sa.select(t.events.c.timeline_id, sa.func.count().label("n"),
                      sa.func.min(sa.case((t.events.c.earliest.is_not(None), t.events.c.lo)))
                      .label("lo"),
                      sa.func.max(sa.case((t.events.c.latest.is_not(None), t.events.c.hi)))
                      .label("hi"))
            .where(VISIBLE).group_by(t.events.c.timeline_id))
    docs_q = (sa.select(t.timeline_documents.c.timeline_id, sa.func.count().label("n"),
                        sa.func.min(t.timeline_documents.c.document_id).label("first"))
              .group_by(t.timeline_documents.c.timeline_id))
    if tid is not None:
        ev_q = ev_q.where(t.events.c.timeline_id == tid)
        docs_q = docs_q.where(t.timeline_documents.c.timeline_id == tid)
    ev, docs = ev_q.subquery(), docs_q.subquery()
    stmt = (sa.select(t.timelines, ev.c.n.label("n_events"), ev.c.lo, ev.c.hi,
                      docs.c.n.label("n_documents"), t.documents.c.title)
            .outerjoin(ev, ev.c.timeline_id == t.timelines.c.id)
            .outerjoin(docs, docs.c.timeline_id == t.timelines.c.id)
            .outerjoin(t.documents, t.documents.c.id == docs.c.first)
            .order_by(t.timelines.c.name, t.timelines.c.id))
    if tid is not None:
        stmt = stmt.where(t.timelines.c.id == tid)
    return [TimelineSummary(id=r.id, slug=r.slug, name=r.name, title=r.title,
                            n_events=r.n_events or 0, n_documents=r.n_documents or 0,
                            earliest=codec.unpad(r.lo), latest=codec.unpad(r.hi),
                            created_at=r.created_at, updated_at=r.updated_at)
            for r in conn.execute(stmt)]


def summaries(conn: Connection) -> list[TimelineSummary]:
    """Every timeline with its counts and span, by name."""
    return _summaries(conn)


def timeline(conn: Connection, tid: int) -> StoredTimeline:
    """A whole timeline: summary, documents (in order added), events (chronological)."""
    summary = _summaries(conn, tid)[0]
    docs = [StoredDocument(id=r.id, source=r.source, format=r.format, title=r.title, lead=r.lead,
                           published=r.published, published_source=r.published_source,
                           content_hash=r.content_hash, text=r.text, added_at=r.added_at,
                           notes=list(r.notes or []))
            for r in conn.execute(
                sa.select(t.documents, t.timeline_documents.c.notes)
                .join(t.timeline_documents, t.timeline_documents.c.document_id == t.documents.c.id)
                .where(t.timeline_documents.c.timeline_id == tid)
                .order_by(t.timeline_documents.c.position))]
    rows = conn.execute(sa.select(*_EVENT_COLS).join(t.timelines)
                        .where(t.events.c.timeline_id == tid, VISIBLE).order_by(*_ORDER))
    events = [_stored_event(r) for r in rows]
    history = corrections_of(conn, tid)
    for e in events:
        e.corrections = history.get(e.id, [])
    fixes = [e for e in audit(conn, timeline_id=tid)
             if e.action in ("correct", "revert", "merge", "split")]
    return StoredTimeline(summary=summary, documents=docs, events=events, corrections=fixes)


def event(conn: Connection, event_id: int) -> StoredEvent:
    """One event by id (raises `NotFoundError`)."""
    row = conn.execute(sa.select(*_EVENT_COLS).join(t.timelines)
                       .where(t.events.c.id == event_id)).first()
    if row is None:
        raise NotFoundError(f"no event {event_id}")
    stored = _stored_event(row)
    stored.corrections = corrections_of(conn, row.timeline_id, event_id).get(event_id, [])
    return stored


def query_bounds(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Padded [lo, hi] keys of a query: first day of `date_from`, last day of `date_to`."""
    lo = hi = None
    if date_from:
        first, _ = values.bounds(date_from.strip())
        if first is None:
            raise InputError(f"--from: {date_from!r} is not a date (use 2019, 2019-12 or "
                             "2019-12-20)")
        lo = codec.pad(first)
    if date_to:
        _, last = values.bounds(date_to.strip())
        if last is None:
            raise InputError(f"--to: {date_to!r} is not a date (use 2019, 2019-12 or 2019-12-20)")
        hi = codec.pad(last)
    if lo and hi and lo > hi:
        raise InputError(f"the date range {date_from}..{date_to} is empty (from is after to)")
    return lo, hi


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_query(text: str) -> str | None:
    """User words -> an FTS5 query: every word required, `word*` as a prefix search."""
    terms = []
    for m in re.finditer(r"(\w+)(\*?)", text):
        terms.append(f'"{m.group(1)}"{m.group(2)}')
    return " ".join(terms) or None


def ts_query(text: str) -> str | None:
    """User words -> a PostgreSQL tsquery: every word required, `word*` as a prefix search."""
    terms = [m.group(1) + (":*" if m.group(2) else "")
             for m in re.finditer(r"(\w+)(\*?)", text)]
    return " & ".join(terms) or None


def overlap(lo: str | None, hi: str | None, use_index: bool = True) -> Any:
    """Events whose [lo, hi] overlaps the query window (padded keys; None = open).

    Per span class c (events covering at most SPAN_CLASSES[c] days), an overlapping event must
    start within [lo - SPAN_CLASSES[c] + 1, hi]: a bounded range on the (span_class, lo) index
    instead of every event that starts before `hi`. Undated events match no window.
    `use_index=False` gives the plain test, for when another filter drives the query.
    """
    e = t.events.c
    if not use_index:
        cond = [e.lo.is_not(None)]
        if lo is not None:
            cond.append(e.hi >= lo)
        if hi is not None:
            cond.append(e.lo <= hi)
        return sa.and_(*cond)
    if lo is None:  # only an upper bound: everything that starts before it
        return sa.and_(e.span_class.is_not(None), e.lo <= hi)
    first = codec.key_day(lo)
    terms = []
    for c, limit in enumerate(codec.SPAN_CLASSES):
        cond = [e.span_class == c, e.lo >= codec.day_key(first - limit + 1), e.hi >= lo]
        if hi is not None:
            cond.append(e.lo <= hi)
        terms.append(sa.and_(*cond))
    rest = [e.span_class == codec.OPEN_CLASS, e.hi >= lo]
    if hi is not None:
        rest.append(e.lo <= hi)
    terms.append(sa.and_(*rest))
    return sa.or_(*terms)


def _ids(conn: Connection, stmt: Any, limit: int = 2000) -> Any:
    """The ids a small lookup returns, as a literal list (or the subquery when there are many)."""
    ids = conn.execute(stmt.limit(limit + 1)).scalars().all()
    return stmt if len(ids) > limit else [int(i) for i in ids]


def _conditions(conn: Connection, q: EventQuery) -> list[Any]:
    conds: list[Any] = [VISIBLE]
    if q.timeline is not None and str(q.timeline).strip():
        conds.append(t.events.c.timeline_id == timeline_id(conn, q.timeline))
    if q.document_id is not None:
        conds.append(t.events.c.document_id == q.document_id)
    lo, hi = query_bounds(q.date_from, q.date_to)
    if lo or hi:
        # With a selective filter (actor, place, text, timeline) the database should start
        # from it and check dates on the few rows it yields; the span-class index is for
        # windows that are the main filter.
        selective = any(x not in (None, "") for x in (q.timeline, q.document_id, q.actor,
                                                       q.place, q.text))
        conds.append(overlap(lo, hi, use_index=not selective))
    # Actors and places are resolved to ids first (small tables, substring match), so the
    # planner sees the real list and starts from the link index instead of guessing how many
    # rows a LIKE '%...%' matches (PostgreSQL otherwise scanned every event).
    if q.actor and q.actor.strip():
        a = q.actor.strip()
        pattern = _like(codec.norm(a))
        ents = sa.select(t.entities.c.id).where(sa.or_(
            t.entities.c.key == a, t.entities.c.norm.like(pattern, escape="\\"),
            t.entities.c.id.in_(sa.select(t.entity_aliases.c.entity_id)
                                .where(t.entity_aliases.c.norm.like(pattern, escape="\\")))))
        conds.append(t.events.c.id.in_(sa.select(t.event_entities.c.event_id).where(
            t.event_entities.c.entity_id.in_(_ids(conn, ents)))))
    if q.place and q.place.strip():
        p = q.place.strip()
        plc = sa.select(t.places.c.id).where(sa.or_(
            t.places.c.norm.like(_like(codec.norm(p)), escape="\\"),
            sa.func.upper(t.places.c.country_code) == p.upper()))
        conds.append(t.events.c.id.in_(sa.select(t.event_places.c.event_id).where(
            t.event_places.c.place_id.in_(_ids(conn, plc)))))
    if q.kind and q.kind.strip():
        conds.append(t.events.c.kind == q.kind.strip())
    if q.text and q.text.strip():
        if conn.dialect.name == "sqlite":
            match = fts_query(q.text)
            if match:
                conds.append(t.events.c.id.in_(sa.text(
                    "SELECT rowid FROM events_fts WHERE events_fts MATCH :fts")
                    .bindparams(fts=match)))
        elif conn.dialect.name == "postgresql":
            tsq = ts_query(q.text)
            if tsq:
                conds.append(sa.text("events.search @@ to_tsquery('english', :fts)")
                             .bindparams(fts=tsq))
        else:  # pragma: no cover - other databases: plain substring search
            conds.append(t.events.c.search_text.ilike(_like(q.text.strip()), escape="\\"))
    return conds


def query(conn: Connection, q: EventQuery) -> QueryResult:
    """Events matching every filter of `q`, chronological, with the total count."""
    if q.limit is not None and q.limit < 0 or q.offset < 0:
        raise InputError("limit and offset cannot be negative")
    conds = _conditions(conn, q)
    total = conn.execute(sa.select(sa.func.count()).select_from(t.events).where(*conds)
                         ).scalar_one()
    stmt = (sa.select(*_EVENT_COLS).join(t.timelines).where(*conds).order_by(*_ORDER)
            .offset(q.offset))
    if q.limit is not None:
        stmt = stmt.limit(q.limit)
    return QueryResult(events=[_stored_event(r) for r in conn.execute(stmt)], total=int(total))


def entity_counts(conn: Connection, tid: int | None) -> list[EntityCount]:
    """Entities with the number of (distinct) events they take part in."""
    n = sa.func.count(sa.distinct(t.event_entities.c.event_id)).label("n")
    stmt = (sa.select(t.entities.c.id, t.entities.c.key, t.entities.c.name, t.entities.c.type, n)
            .join(t.event_entities, t.event_entities.c.entity_id == t.entities.c.id)
            .join(t.events, t.events.c.id == t.event_entities.c.event_id)
            .where(VISIBLE)
            .group_by(t.entities.c.id, t.entities.c.key, t.entities.c.name, t.entities.c.type)
            .order_by(n.desc(), t.entities.c.name))
    if tid is not None:
        stmt = stmt.where(t.events.c.timeline_id == tid)
    rows = conn.execute(stmt).all()
    aliases: dict[int, list[str]] = {}
    if rows:
        for eid, alias in conn.execute(
                sa.select(t.entity_aliases.c.entity_id, t.entity_aliases.c.alias)
                .where(t.entity_aliases.c.entity_id.in_([r.id for r in rows]))
                .order_by(t.entity_aliases.c.id)):
            aliases.setdefault(eid, []).append(alias)
    return [EntityCount(entity_id=r.key, name=r.name, type=r.type, n_events=r.n,
                        aliases=[a for a in aliases.get(r.id, []) if a != r.name])
            for r in rows]


def place_counts(conn: Connection, tid: int | None) -> list[PlaceCount]:
    """Places with the number of (distinct) events that mention them."""
    n = sa.func.count(sa.distinct(t.event_places.c.event_id)).label("n")
    cols = (t.places.c.id, t.places.c.name, t.places.c.lat, t.places.c.lon,
            t.places.c.country_code, t.places.c.precision, t.places.c.geonameid)
    stmt = (sa.select(*cols, n)
            .join(t.event_places, t.event_places.c.place_id == t.places.c.id)
            .join(t.events, t.events.c.id == t.event_places.c.event_id)
            .where(VISIBLE).group_by(*cols).order_by(n.desc(), t.places.c.name))
    if tid is not None:
        stmt = stmt.where(t.events.c.timeline_id == tid)
    return [PlaceCount(name=r.name, lat=r.lat, lon=r.lon, country_code=r.country_code,
                       precision=r.precision, geonameid=r.geonameid, n_events=r.n)
            for r in conn.execute(stmt)]


def audit(conn: Connection, event_id: int | None = None, timeline_id: int | None = None,
          limit: int | None = None) -> list[AuditEntry]:
    """Audit entries, newest first."""
    stmt = sa.select(t.audit_log).order_by(t.audit_log.c.id.desc())
    if event_id is not None:
        stmt = stmt.where(t.audit_log.c.event_id == event_id)
    if timeline_id is not None:
        stmt = stmt.where(t.audit_log.c.timeline_id == timeline_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [AuditEntry(id=r.id, at=r.at, user=r.user_name, action=r.action, reason=r.reason,
                       timeline_id=r.timeline_id, document_id=r.document_id, event_id=r.event_id,
                       changes=dict(r.changes or {}))
            for r in conn.execute(stmt)]


def corrections_of(conn: Connection, tid: int,
                   event_id: int | None = None) -> dict[int, list[Correction]]:
    """Every correction (active or not) of a timeline's events, by event id, oldest first."""
    out: dict[int, list[Correction]] = {}
    stmt = sa.select(t.corrections).where(t.corrections.c.timeline_id == tid,
                                          t.corrections.c.event_id.is_not(None))
    if event_id is not None:
        stmt = stmt.where(t.corrections.c.event_id == event_id)
    for r in conn.execute(stmt.order_by(t.corrections.c.id)):
        out.setdefault(r.event_id, []).append(Correction(
            field=r.field, value=r.value, user=r.user_name, at=r.at, reason=r.reason,
            active=bool(r.active)))
    return out
