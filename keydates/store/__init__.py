"""Keep timelines: SQLite by default, PostgreSQL for servers, search, corrections, users.

    from keydates.store import open_store, EventQuery
    store = open_store()                      # $KEYDATES_DB or sqlite:///./keydates.db
    result = store.add("chronology.txt", timeline="Iraq")   # extract + enrich + store
    page = store.query(EventQuery(timeline="iraq", date_from="2008", actor="Bush"))
    store.correct_event(page.events[0].id, {"date.value": "2008-12-14"}, user="ann",
                        reason="the source says 14 December")

Every write is one transaction; the schema is created and upgraded by Alembic migrations
(`keydates/store/migrations/`) when the store is opened. See docs/store.md.
"""

from __future__ import annotations

from keydates.store.store import DEFAULT_URL, Store, open_store, resolve_url
from keydates.store.types import (
    AddResult, AuditEntry, AuthError, Correction, CorrectionError, EntityCount, EventQuery, PlaceCount,
    QueryResult, StoredDocument, StoredEvent, StoredTimeline, TimelineSummary, User,
)

__all__ = [
    "DEFAULT_URL", "Store", "open_store", "resolve_url",
    "AddResult", "AuditEntry", "AuthError", "Correction", "CorrectionError", "EntityCount", "EventQuery",
    "PlaceCount", "QueryResult", "StoredDocument", "StoredEvent", "StoredTimeline",
    "TimelineSummary", "User",
]
