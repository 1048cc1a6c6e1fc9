"""The `Store`: one object per database, every public method one transaction."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from keydates.errors import KeydatesError, NotFoundError, StoreError
from keydates.model import Timeline
from keydates.store import codec, migrate, reading, writing
from keydates.store import schema as t
from keydates.store.types import (
    AddResult, AuditEntry, AuthError, EntityCount, EventQuery, PlaceCount, QueryResult,
    StoredEvent, StoredTimeline, TimelineSummary, User,
)

DEFAULT_URL = "sqlite:///./keydates.db"


def resolve_url(url: str | None = None) -> str:
    """The database URL: `url`, else $KEYDATES_DB, else `sqlite:///./keydates.db`.

    A plain path ("data/k.db") is taken as a SQLite file.
    """
    url = url or os.environ.get("KEYDATES_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def open_store(url: str | None = None) -> "Store":
    """Open (creating and migrating to the newest schema if needed) the store at `url`."""
    return Store(resolve_url(url))


def _sqlite_engine(url: str) -> sa.Engine:
    parsed = sa.make_url(url)
    memory = parsed.database in (None, "", ":memory:")
    if not memory:
        parent = Path(parsed.database).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(f"cannot open store {url}: directory {parent} does not exist")
    kwargs: dict[str, Any] = {"connect_args": {"timeout": 60, "check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = StaticPool
    engine = sa.create_engine(url, **kwargs)

    @sa_event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        if not memory:
            _set_wal(dbapi_conn, cur)  # readers never block the writer
            cur.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: no corruption
            # Checkpoint (copy the WAL into the database and fsync both) every ~40 MB of WAL
            # instead of 4 MB: the fsyncs took a third of the time of a bulk add, and a page
            # rewritten by several commits is copied once. See docs/store.md.
            cur.execute("PRAGMA wal_autocheckpoint = 10000")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock up front (IMMEDIATE) so two writers queue on the busy
        # timeout instead of failing with "database is locked" when upgrading a read lock.
        write = conn.get_execution_options().get("keydates_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _set_wal(dbapi_conn: Any, cur: Any) -> None:
    """Switch a SQLite file to WAL. The switch needs the database to itself and does not wait
    on the busy timeout, so two processes opening a new store at once can see "database is
    locked": the mode is kept in the file, so check it first and retry the switch briefly."""
    import sqlite3
    import time

    for attempt in range(50):
        try:
            if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if attempt == 49:
                raise
            time.sleep(0.1)


class Store:
    """A keydates store on SQLite or PostgreSQL (see docs/store.md)."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            if url.startswith("sqlite"):
                self.engine = _sqlite_engine(url)
            elif url.startswith("postgresql"):
                self.engine = sa.create_engine(url, pool_pre_ping=True)
            else:
                raise StoreError(f"unsupported database URL {url!r} (use sqlite:///PATH or "
                                 "postgresql+psycopg://USER@HOST/DB)")
            self.dialect = self.engine.dialect.name
            migrate.upgrade(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open store {self.safe_url}: {_short(exc)}") from exc

    @property
    def safe_url(self) -> str:
        """The URL without its password."""
        try:
            return sa.make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - only for messages
            return "<database>"

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(keydates_write=True)
                with conn.begin():
                    if self.dialect == "postgresql":
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"),
                                     {"k": writing.PG_WRITE_LOCK})
                    yield conn
        except KeydatesError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"store {self.safe_url}: {_short(exc)}") from exc
        except (TypeError, ValueError) as exc:  # data the database cannot hold; rolled back
            raise StoreError(f"store {self.safe_url}: cannot store this data: {exc}") from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                with conn.begin():
                    yield conn
        except KeydatesError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"store {self.safe_url}: {_short(exc)}") from exc

    # -- adding ---------------------------------------------------------------------------------
    def add_timeline(self, timeline: Timeline, name: str | None = None, *, user: str = "system",
                     replace: bool = False) -> AddResult:
        """Store one extracted document and its events in the timeline `name`, in one transaction.

        `name` defaults to the document title (else its source). The same content (hash) already
        in that timeline changes nothing (`created=False`) unless `replace=True` (re-extraction).
        A new version of a source already in the timeline (same source, new hash) replaces the
        old one. On re-extraction, corrections move to the matching new events (same offsets and
        quote, else the same quote); corrections that match nothing are kept as orphans in the
        audit log.
        """
        with self._write() as conn:
            return writing.add_document(conn, timeline.document,
                                        [codec.event_dict(e) for e in timeline.events],
                                        list(timeline.notes), name, user=user, replace=replace)

    def add(self, source: str, timeline: str | None = None, published: str | None = None, *,
            user: str = "system", replace: bool = False) -> AddResult:
        """Extract `source` (path, URL or text) with `keydates.extract`, enrich it with the
        entity pass when `keydates.entities` provides one, then `add_timeline`."""
        return self.add_timeline(writing.extract_and_enrich(source, published), timeline,
                                 user=user, replace=replace)

    def import_data(self, data: str | bytes, fmt: str | None = None, name: str | None = None, *,
                    user: str = "system") -> list[AddResult]:
        """Import a `json` or `jsonl` export (format guessed when None) in one transaction.

        A malformed file raises `ImportFormatError` naming the line; nothing is written.
        """
        from keydates.export.lossless import parse

        bundles = parse(data, fmt)
        if name and len(bundles) > 1:
            from keydates.errors import ImportFormatError

            raise ImportFormatError("the file holds several timelines; import it without a name")
        results: list[AddResult] = []
        with self._write() as conn:
            for bundle in bundles:
                for doc in bundle.documents:
                    results.append(writing.add_document(
                        conn, doc.document, doc.events, doc.notes, name or bundle.name,
                        user=user, corrections=doc.corrections, action="import"))
        return results

    # -- reading --------------------------------------------------------------------------------
    def list_timelines(self) -> list[TimelineSummary]:
        """Every timeline, by name."""
        with self._read() as conn:
            return reading.summaries(conn)

    def timeline_id(self, slug_or_id: str | int) -> int:
        """The id of a timeline given its id, slug or name (raises `NotFoundError`)."""
        with self._read() as conn:
            return reading.timeline_id(conn, slug_or_id)

    def get_timeline(self, slug_or_id: str | int) -> StoredTimeline:
        """A timeline with documents and events (chronological, then text order).

        Raises `NotFoundError`."""
        with self._read() as conn:
            return reading.timeline(conn, reading.timeline_id(conn, slug_or_id))

    def query(self, q: EventQuery | None = None, **filters: Any) -> QueryResult:
        """Events matching `q` (or keyword filters of `EventQuery`), in chronological order."""
        q = q or EventQuery(**filters)
        with self._read() as conn:
            return reading.query(conn, q)

    def get_event(self, event_id: int) -> StoredEvent:
        """One event (raises `NotFoundError`)."""
        with self._read() as conn:
            return reading.event(conn, event_id)

    def entities(self, timeline: str | int | None = None) -> list[EntityCount]:
        """Actors with the number of events they appear in, most frequent first."""
        with self._read() as conn:
            tid = reading.timeline_id(conn, timeline) if timeline is not None else None
            return reading.entity_counts(conn, tid)

    def places(self, timeline: str | int | None = None) -> list[PlaceCount]:
        """Places with coordinates and event counts, most frequent first."""
        with self._read() as conn:
            tid = reading.timeline_id(conn, timeline) if timeline is not None else None
            return reading.place_counts(conn, tid)

    def delete_timeline(self, slug_or_id: str | int, *, user: str = "system",
                        reason: str | None = None) -> None:
        """Delete a timeline and its events (documents no timeline uses are deleted too)."""
        with self._write() as conn:
            writing.delete_timeline(conn, reading.timeline_id(conn, slug_or_id), user, reason)

    # -- corrections ----------------------------------------------------------------------------
    def correct_event(self, event_id: int, changes: dict[str, Any], user: str,
                      reason: str | None = None) -> StoredEvent:
        """Correct an event; the original extraction is kept.

        Keys of `changes`: "text", "headline", "section", "kind", "actors", "places",
        "casualties", "date" (a TIMEX3 value or a dict of EventDate fields) or "date.value",
        "date.mod", "date.range_end" (earliest/latest/granularity are recomputed). Raises
        `CorrectionError` for unknown fields or invalid values, `NotFoundError` for unknown events.
        """
        flat = codec.flatten_changes(changes)
        with self._write() as conn:
            writing.correct(conn, event_id, flat, user, reason)
            return reading.event(conn, event_id)

    def revert_event(self, event_id: int, user: str, reason: str | None = None,
                     fields: list[str] | None = None) -> StoredEvent:
        """Undo corrections (all, or only `fields`), returning to the original extraction.

        Undoing all of them also undoes merges into the event and splits of it."""
        with self._write() as conn:
            writing.revert(conn, event_id, fields, user, reason)
            return reading.event(conn, event_id)

    def merge_events(self, ids: list[int], user: str, reason: str | None = None) -> StoredEvent:
        """Merge events of one document into the first in text order (it keeps its id and date,
        its span covers all, texts joined); the others are kept but hidden (`merged_into`).

        One `merge` audit entry; survives re-extraction; `revert_event(first)` undoes it.
        Raises `NotFoundError` (unknown id), `CorrectionError` (fewer than two events, other
        timelines or documents, an event already merged)."""
        from keydates.store import edits

        with self._write() as conn:
            return reading.event(conn, edits.merge(conn, list(ids), user, reason))

    def split_event(self, event_id: int, at: int, user: str,
                    reason: str | None = None) -> list[StoredEvent]:
        """Split an event's text at character offset `at` (0 < at < len(text)) into itself and
        a new event with the same date (`split_from`); `split` audit entries.

        Survives re-extraction; `revert_event(event_id)` rejoins. Raises `NotFoundError`,
        `CorrectionError` (offset outside the text, a merged event)."""
        from keydates.store import edits

        with self._write() as conn:
            return [reading.event(conn, i) for i in edits.split(conn, event_id, at, user, reason)]

    def audit(self, event_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Audit log entries, newest first (of one event, or all)."""
        with self._read() as conn:
            return reading.audit(conn, event_id=event_id, limit=limit)

    # -- users ----------------------------------------------------------------------------------
    def add_user(self, name: str, password: str, role: str = "editor") -> User:
        """Create a user (argon2 hash). Raises `AuthError` when the name exists."""
        from keydates.store import users

        name = name.strip()
        if not name or not password:
            raise AuthError("a user needs a name and a non-empty password")
        if role not in users.ROLES:
            raise AuthError(f"unknown role {role!r} (known: {', '.join(users.ROLES)})")
        with self._write() as conn:
            return users.add(conn, name, password, role)

    def set_password(self, name: str, password: str) -> None:
        """Change a user's password (raises `NotFoundError`)."""
        from keydates.store import users

        if not password:
            raise AuthError("the password cannot be empty")
        with self._write() as conn:
            users.set_password(conn, name, password)

    def verify_user(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None."""
        from keydates.store import users

        with self._read() as conn:
            return users.verify(conn, name, password)

    def get_user(self, name: str) -> User | None:
        """A user by name, or None."""
        from keydates.store import users

        with self._read() as conn:
            return users.get(conn, name)

    def list_users(self) -> list[User]:
        """All users by name."""
        from keydates.store import users

        with self._read() as conn:
            return users.list_all(conn)

    def optimize(self) -> None:
        """Refresh the query planner's statistics (after adding many documents).

        SQLite: `PRAGMA optimize` with a bounded analysis; PostgreSQL: `ANALYZE` of the tables
        queries filter on. `keydates add` calls it after storing documents.
        """
        try:
            with self.engine.connect() as conn:
                # A write transaction from the start: upgrading a read transaction to write
                # fails at once (SQLITE_BUSY_SNAPSHOT) when another process has just written.
                conn.execution_options(keydates_write=True)
                if self.dialect == "sqlite":
                    conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
                    has_stats = conn.exec_driver_sql(
                        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
                    conn.exec_driver_sql("PRAGMA optimize" if has_stats else "ANALYZE")
                else:
                    for table in ("events", "event_entities", "event_places", "entities",
                                  "entity_aliases", "places"):
                        conn.exec_driver_sql(f"ANALYZE {table}")
                conn.commit()
        except SQLAlchemyError as exc:
            raise StoreError(f"store {self.safe_url}: {_short(exc)}") from exc

    def counts(self) -> dict[str, int]:
        """Rows per main table (for `keydates list --stats`, tests and benchmarks)."""
        with self._read() as conn:
            return {name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                    for name, table in (("timelines", t.timelines), ("documents", t.documents),
                                        ("events", t.events), ("entities", t.entities),
                                        ("places", t.places), ("corrections", t.corrections),
                                        ("audit_log", t.audit_log), ("users", t.users))}


def _short(exc: SQLAlchemyError) -> str:
    """The first line of a driver error, without SQL and parameters."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


__all__ = ["DEFAULT_URL", "Store", "open_store", "resolve_url", "NotFoundError"]
