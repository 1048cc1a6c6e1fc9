"""Interval index: events.span_class (how long an event is, in classes) with an index on
(span_class, lo), so that date-overlap queries search a bounded range per class; the index on
`hi` alone goes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of keydates.store.codec.SPAN_CLASSES at this revision.
SPAN_CLASSES = (1, 31, 92, 366, 3660, 36600)
OPEN_LO, OPEN_HI = "000000-00-00", "999999-99-99"


def _day(key: str) -> int:
    y, m, d = int(key[:6]) - 100000, int(key[7:9]), int(key[10:12])
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy


def _class(lo: str, hi: str) -> int:
    if lo == OPEN_LO or hi == OPEN_HI:
        return len(SPAN_CLASSES)
    days = _day(hi) - _day(lo) + 1
    return next((i for i, limit in enumerate(SPAN_CLASSES) if days <= limit), len(SPAN_CLASSES))


def upgrade() -> None:
    op.add_column("events", sa.Column("span_class", sa.Integer, nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, lo, hi FROM events WHERE lo IS NOT NULL")).all()
    updates = [{"i": r.id, "c": _class(r.lo, r.hi)} for r in rows]
    if updates:
        conn.execute(sa.text("UPDATE events SET span_class = :c WHERE id = :i"), updates)
    op.create_index("ix_events_span_lo", "events", ["span_class", "lo"])
    # Window queries now go through (span_class, lo); an index on hi alone only slowed writes.
    op.drop_index("ix_events_hi", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_hi", "events", ["hi"])
    op.drop_index("ix_events_span_lo", table_name="events")
    # Plain ALTER (SQLite >= 3.35): a batch copy of the table would drop the FTS triggers.
    op.execute("ALTER TABLE events DROP COLUMN span_class")
