"""Merged and split events: `events.merged_into` (the event a merged one was folded into; such
events are kept but hidden from timelines, queries and exports) and `events.split_from` (the
event a split part was cut from; it follows that event through re-extraction).

No foreign keys (plain ALTER TABLE on both databases): the store clears them itself.

Revision ID: 0004_merge_split
Revises: 0003_comments
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_merge_split"
down_revision = "0003_comments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("merged_into", sa.Integer, nullable=True))
    op.add_column("events", sa.Column("split_from", sa.Integer, nullable=True))
    op.create_index("ix_events_merged_into", "events", ["merged_into"])
    op.create_index("ix_events_split_from", "events", ["split_from"])


def downgrade() -> None:
    op.drop_index("ix_events_split_from", table_name="events")
    op.drop_index("ix_events_merged_into", table_name="events")
    # Plain ALTER (SQLite >= 3.35): a batch copy of the table would drop the FTS triggers.
    op.execute("ALTER TABLE events DROP COLUMN split_from")
    op.execute("ALTER TABLE events DROP COLUMN merged_into")
