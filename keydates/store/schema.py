"""SQLAlchemy Core tables the store queries (the schema itself is made by the migrations).

Keep in step with `migrations/versions/`: a test compares both on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()
TS, DAY, KEY = sa.String(40), sa.String(16), sa.String(16)


def _fk(table: str, ondelete: str = "CASCADE", nullable: bool = False) -> sa.Column:
    return sa.Column(f"{table[:-1]}_id", sa.Integer, sa.ForeignKey(f"{table}.id", ondelete=ondelete),
                     nullable=nullable)


timelines = sa.Table(
    "timelines", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("slug", sa.String(200), nullable=False, unique=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
)
documents = sa.Table(
    "documents", metadata,
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
)
timeline_documents = sa.Table(
    "timeline_documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _fk("timelines"), _fk("documents"),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("notes", sa.JSON, nullable=False),
    sa.Column("added_at", TS, nullable=False),
)
events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _fk("timelines"), _fk("documents"),
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
    sa.Column("lo", KEY),
    sa.Column("hi", KEY),
    sa.Column("span_class", sa.Integer),  # migration 0002
    sa.Column("granularity", sa.String(16), nullable=False),
    sa.Column("basis", sa.String(16), nullable=False),
    sa.Column("sort_key", sa.String(40), nullable=False),
    sa.Column("search_text", sa.Text, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("original", sa.JSON(none_as_null=True), nullable=True),  # NULL: same as data
    sa.Column("corrected_fields", sa.JSON, nullable=False),
    sa.Column("merged_into", sa.Integer, nullable=True),  # migration 0004: hidden when set
    sa.Column("split_from", sa.Integer, nullable=True),  # migration 0004
)
entities = sa.Table(
    "entities", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(300), nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("norm", sa.String(300), nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
)
entity_aliases = sa.Table(
    "entity_aliases", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("alias", sa.Text, nullable=False),
    sa.Column("norm", sa.String(300), nullable=False),
)
event_entities = sa.Table(
    "event_entities", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("mention", sa.Text, nullable=False),
)
places = sa.Table(
    "places", metadata,
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
event_places = sa.Table(
    "event_places", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("place_id", sa.Integer, sa.ForeignKey("places.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("mention", sa.Text, nullable=False),
)
corrections = sa.Table(
    "corrections", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="SET NULL")),
    sa.Column("timeline_id", sa.Integer, nullable=False),
    sa.Column("document_id", sa.Integer, nullable=False),
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
audit_log = sa.Table(
    "audit_log", metadata,
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
users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("created_at", TS, nullable=False),
)
