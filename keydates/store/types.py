"""Typed values the store returns and accepts (the public API of `keydates.store`).

Everything here is a plain dataclass so the CLI, the web app and the exporters can use the
results without touching SQLAlchemy. Dates are ISO 8601 strings with astronomical year numbers
(as `keydates.time.values.bounds` returns them); timestamps are ISO 8601 UTC strings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from keydates.errors import InputError, KeydatesError
from keydates.model import Event


class CorrectionError(InputError):
    """A correction that names an unknown field or gives an invalid value (nothing is written)."""


class AuthError(KeydatesError):
    """A user name that already exists, or an empty name or password."""


@dataclass(slots=True)
class AddResult:
    """What `Store.add_timeline` / `Store.add` did with one document."""

    document_id: int
    timeline_id: int
    timeline_slug: str
    event_ids: list[int]
    created: bool  # False: the same content was already in this timeline, nothing changed
    replaced: bool = False  # True: an earlier version of the same source was re-extracted
    source: str = ""


@dataclass(slots=True)
class TimelineSummary:
    """One row of `Store.list_timelines`."""

    id: int
    slug: str
    name: str
    title: str | None  # title of its first document
    n_events: int
    n_documents: int
    earliest: str | None  # first day covered by any event
    latest: str | None  # last day covered by any event
    created_at: str
    updated_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class StoredDocument:
    """A stored document: `keydates.model.Document` fields plus its store id."""

    id: int
    source: str
    format: str
    title: str | None
    lead: str | None
    published: str | None
    published_source: str | None
    content_hash: str
    text: str
    added_at: str
    notes: list[str] = field(default_factory=list)  # Timeline.notes of its extraction

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Correction:
    """One corrected field of an event, kept with who, when and why (`active`: still applied)."""

    field: str  # "headline", "date.value", ...
    value: Any
    user: str
    at: str
    reason: str | None = None
    active: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class StoredEvent:
    """An event as stored: the effective event (corrections applied) and the original extraction."""

    id: int
    timeline_id: int
    timeline_slug: str
    document_id: int
    position: int  # index of the event in its document's extraction (text order)
    event: Event  # corrections applied
    original: Event  # as extracted
    corrected: bool = False
    corrected_fields: list[str] = field(default_factory=list)  # e.g. ["date.value", "headline"]
    # Correction history, oldest first; filled by get_event and get_timeline (not by query).
    corrections: list[Correction] = field(default_factory=list)
    merged_into: int | None = None  # set: merged into that event, hidden from lists
    split_from: int | None = None  # set: the second part of a split of that event

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form: ids plus the effective event (`event`) and the original."""
        extra = {k: v for k, v in (("merged_into", self.merged_into),
                                   ("split_from", self.split_from)) if v is not None}
        return {**extra,
            "id": self.id, "timeline_id": self.timeline_id, "timeline": self.timeline_slug,
            "document_id": self.document_id, "position": self.position,
            "corrected": self.corrected, "corrected_fields": list(self.corrected_fields),
            "event": self.event.to_dict(), "original": self.original.to_dict(),
            "corrections": [c.to_dict() for c in self.corrections],
        }


@dataclass(slots=True)
class AuditEntry:
    """One entry of the audit log: who did what, when and why."""

    id: int
    at: str
    user: str
    action: str  # add | replace | import | correct | revert | merge | split | delete | orphan
    reason: str | None
    timeline_id: int | None = None
    document_id: int | None = None
    event_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)  # field -> {"old": ..., "new": ...}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class StoredTimeline:
    """A timeline with its documents and its events in chronological, then text, order.

    Exporters render this; `from_timeline` wraps an unsaved `keydates.model.Timeline` so the
    same exporters serve `keydates extract` output too.
    """

    summary: TimelineSummary
    documents: list[StoredDocument]
    events: list[StoredEvent]
    corrections: list[AuditEntry] = field(default_factory=list)  # correct/revert entries

    @property
    def slug(self) -> str:
        return self.summary.slug

    @property
    def name(self) -> str:
        return self.summary.name

    def document(self, document_id: int) -> StoredDocument | None:
        return next((d for d in self.documents if d.id == document_id), None)

    @classmethod
    def from_timeline(cls, timeline: Any, name: str | None = None) -> "StoredTimeline":
        """An unsaved timeline (ids start at 1) built from a `keydates.model.Timeline`."""
        from keydates.store.codec import unsaved_timeline

        return unsaved_timeline(timeline, name)


@dataclass(slots=True)
class EventQuery:
    """Filters of `Store.query`; every filter is optional and they combine with AND.

    `date_from`/`date_to` take an ISO day or any TIMEX3 date value ("2008", "2019-12"): an event
    matches when the days it covers overlap [first day of date_from, last day of date_to].
    `actor` matches entity names, aliases and ids (case-insensitive substring); `place` matches
    place names or ISO country codes; `kind` is exact; `text` is a full-text search (words AND).
    """

    timeline: str | int | None = None  # slug, name or id
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    place: str | None = None
    kind: str | None = None
    text: str | None = None
    document_id: int | None = None
    limit: int | None = 100  # None: no limit
    offset: int = 0


@dataclass(slots=True)
class QueryResult:
    """A page of matching events (chronological order) and the total number of matches."""

    events: list[StoredEvent]
    total: int


@dataclass(slots=True)
class EntityCount:
    """An entity (actor) with the number of events it takes part in."""

    entity_id: str
    name: str
    type: str
    n_events: int
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class PlaceCount:
    """A place with its coordinates and the number of events that mention it."""

    name: str
    lat: float | None
    lon: float | None
    country_code: str | None
    precision: str
    geonameid: int | None
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class User:
    """A user of the web app and of corrections (passwords are argon2 hashes, never returned)."""

    id: int
    name: str
    role: str  # admin | editor | reader
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


__all__ = [
    "AddResult", "AuditEntry", "AuthError", "Correction", "CorrectionError", "EntityCount", "EventQuery",
    "PlaceCount", "QueryResult", "StoredDocument", "StoredEvent", "StoredTimeline",
    "TimelineSummary", "User",
]
