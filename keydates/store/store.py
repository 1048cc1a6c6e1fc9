"""The `Store`: one object per database, every public method one transaction."""

from __future__ import annotations

import os
from typing import Any

from keydates.model import Timeline
from keydates.store.types import (
    AddResult, AuditEntry, EntityCount, EventQuery, PlaceCount, QueryResult, StoredEvent,
    StoredTimeline, TimelineSummary, User,
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


class Store:
    """A keydates store on SQLite or PostgreSQL (see docs/store.md)."""

    def __init__(self, url: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release the connection pool."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        raise NotImplementedError

    def add(self, source: str, timeline: str | None = None, published: str | None = None, *,
            user: str = "system", replace: bool = False) -> AddResult:
        """Extract `source` (path, URL or text) with `keydates.extract`, enrich it with the
        entity pass when `keydates.entities` provides one, then `add_timeline`."""
        raise NotImplementedError

    def import_data(self, data: str | bytes, fmt: str | None = None, name: str | None = None, *,
                    user: str = "system") -> list[AddResult]:
        """Import a `json` or `jsonl` export (format guessed when None) in one transaction.

        A malformed file raises `ImportFormatError` naming the line; nothing is written.
        """
        raise NotImplementedError

    # -- reading --------------------------------------------------------------------------------
    def list_timelines(self) -> list[TimelineSummary]:
        """Every timeline, by name."""
        raise NotImplementedError

    def get_timeline(self, slug_or_id: str | int) -> StoredTimeline:
        """A timeline with documents and events (chronological, then text order).

        Raises `NotFoundError`."""
        raise NotImplementedError

    def query(self, q: EventQuery | None = None, **filters: Any) -> QueryResult:
        """Events matching `q` (or keyword filters of `EventQuery`), in chronological order."""
        raise NotImplementedError

    def get_event(self, event_id: int) -> StoredEvent:
        """One event (raises `NotFoundError`)."""
        raise NotImplementedError

    def entities(self, timeline: str | int | None = None) -> list[EntityCount]:
        """Actors with the number of events they appear in, most frequent first."""
        raise NotImplementedError

    def places(self, timeline: str | int | None = None) -> list[PlaceCount]:
        """Places with coordinates and event counts, most frequent first."""
        raise NotImplementedError

    def delete_timeline(self, slug_or_id: str | int, *, user: str = "system",
                        reason: str | None = None) -> None:
        """Delete a timeline and its events (documents no timeline uses are deleted too)."""
        raise NotImplementedError

    # -- corrections ----------------------------------------------------------------------------
    def correct_event(self, event_id: int, changes: dict[str, Any], user: str,
                      reason: str | None = None) -> StoredEvent:
        """Correct an event; the original extraction is kept.

        Keys of `changes`: "text", "headline", "section", "kind", "actors", "places",
        "casualties", "date" (a dict of EventDate fields) or "date.value", "date.mod",
        "date.range_end" (earliest/latest/granularity are recomputed). Raises `CorrectionError`
        for unknown fields or invalid TIMEX3 values, `NotFoundError` for unknown events.
        """
        raise NotImplementedError

    def revert_event(self, event_id: int, user: str, reason: str | None = None,
                     fields: list[str] | None = None) -> StoredEvent:
        """Undo corrections (all, or only `fields`), returning to the original extraction."""
        raise NotImplementedError

    def audit(self, event_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Audit log entries, newest first (of one event, or all)."""
        raise NotImplementedError

    # -- users ----------------------------------------------------------------------------------
    def add_user(self, name: str, password: str, role: str = "editor") -> User:
        """Create a user (argon2 hash). Raises `AuthError` when the name exists."""
        raise NotImplementedError

    def set_password(self, name: str, password: str) -> None:
        """Change a user's password (raises `NotFoundError`)."""
        raise NotImplementedError

    def verify_user(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None."""
        raise NotImplementedError

    def get_user(self, name: str) -> User | None:
        """A user by name, or None."""
        raise NotImplementedError

    def list_users(self) -> list[User]:
        """All users by name."""
        raise NotImplementedError
