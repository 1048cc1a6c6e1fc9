"""Initial schema: documents, timelines, events, entities, places, corrections, audit, users.

Portable SQL for SQLite and PostgreSQL; full-text search is FTS5 (SQLite) or a generated
tsvector column with a GIN index (PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.String(40)  # ISO 8601 UTC timestamps as text: portable and sortable
DAY = sa.String(16)  # ISO days with astronomical years ("-0585-01-01")
KEY = sa.String(16)  # the same day padded to sort as text ("099415-01-01")


def upgrade() -> None:
    op.create_table(
        "timelines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sqlite_autoincrement=True,  # ids in URLs are never reused
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("lead", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("published_source", sa.String(32)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sqlite_autoincrement=True,  # ids in URLs are never reused
    )
    op.create_table(
        "timeline_documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("timeline_id", sa.Integer,
                  sa.ForeignKey("timelines.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("notes", sa.JSON, nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.UniqueConstraint("timeline_id", "document_id", name="uq_timeline_documents"),
    )
    op.create_index("ix_timeline_documents_document", "timeline_documents", ["document_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("timeline_id", sa.Integer,
                  sa.ForeignKey("timelines.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("section", sa.Text),
        sa.Column("headline", sa.Text),
        sa.Column("kind", sa.String(64)),
        sa.Column("date_value", sa.String(64)),
        sa.Column("date_mod", sa.String(32)),
        sa.Column("date_range_end", sa.String(64)),
        sa.Column("earliest", DAY),
        sa.Column("latest", DAY),
        sa.Column("lo", KEY),  # padded earliest; "000000-00-00" when open before
        sa.Column("hi", KEY),  # padded latest; "999999-99-99" when open after
        sa.Column("granularity", sa.String(16), nullable=False),
        sa.Column("basis", sa.String(16), nullable=False),
        sa.Column("sort_key", sa.String(40), nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),  # effective event (corrections applied)
        sa.Column("original", sa.JSON, nullable=True),  # as extracted; NULL: same as data
        sa.Column("corrected_fields", sa.JSON, nullable=False),
        sqlite_autoincrement=True,  # ids in URLs are never reused
    )
    op.create_index("ix_events_timeline_sort", "events",
                    ["timeline_id", "sort_key", "document_id", "position"])
    op.create_index("ix_events_sort", "events", ["sort_key"])
    op.create_index("ix_events_document", "events", ["document_id", "position"])
    op.create_index("ix_events_lo", "events", ["lo"])
    op.create_index("ix_events_hi", "events", ["hi"])
    op.create_index("ix_events_kind", "events", ["kind"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("norm", sa.String(300), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
    )
    op.create_index("ix_entities_norm", "entities", ["norm"])
    op.create_table(
        "entity_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entity_id", sa.Integer,
                  sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("norm", sa.String(300), nullable=False),
        sa.UniqueConstraint("entity_id", "norm", name="uq_entity_aliases"),
    )
    op.create_index("ix_entity_aliases_norm", "entity_aliases", ["norm"])
    op.create_table(
        "event_entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer,
                  sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("entity_id", sa.Integer,
                  sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("mention", sa.Text, nullable=False),
    )
    op.create_index("ix_event_entities_entity", "event_entities", ["entity_id", "event_id"])
    op.create_index("ix_event_entities_event", "event_entities", ["event_id"])
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(400), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("norm", sa.String(300), nullable=False),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country_code", sa.String(8)),
        sa.Column("precision", sa.String(16), nullable=False),
        sa.Column("geonameid", sa.Integer),
    )
    op.create_index("ix_places_norm", "places", ["norm"])
    op.create_table(
        "event_places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer,
                  sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("place_id", sa.Integer,
                  sa.ForeignKey("places.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mention", sa.Text, nullable=False),
    )
    op.create_index("ix_event_places_place", "event_places", ["place_id", "event_id"])
    op.create_index("ix_event_places_event", "event_places", ["event_id"])
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        # NULL when the event is gone and no event of a re-extraction matched (orphan)
        sa.Column("event_id", sa.Integer,
                  sa.ForeignKey("events.id", ondelete="SET NULL"), nullable=True),
        sa.Column("timeline_id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        # where the corrected event was, to find it again after re-extraction
        sa.Column("anchor_start", sa.Integer, nullable=False),
        sa.Column("anchor_end", sa.Integer, nullable=False),
        sa.Column("anchor_quote", sa.Text, nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_index("ix_corrections_event", "corrections", ["event_id"])
    op.create_index("ix_corrections_document", "corrections", ["timeline_id", "document_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("timeline_id", sa.Integer),
        sa.Column("document_id", sa.Integer),
        sa.Column("event_id", sa.Integer),
        sa.Column("changes", sa.JSON, nullable=False),
    )
    op.create_index("ix_audit_log_event", "audit_log", ["event_id"])
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content='events', "
            "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN "
            "INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN "
            "INSERT INTO events_fts(events_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER events_fts_au AFTER UPDATE OF search_text ON events BEGIN "
            "INSERT INTO events_fts(events_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); "
            "INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(search_text, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_events_search ON events USING gin (search)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("events_fts_ai", "events_fts_ad", "events_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS events_fts")
    for table in ("users", "audit_log", "corrections", "event_places", "places",
                  "event_entities", "entity_aliases", "entities", "events", "timeline_documents",
                  "documents", "timelines"):
        op.drop_table(table)
