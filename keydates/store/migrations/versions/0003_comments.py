"""Reader comments: the comments (threaded, moderated; the email kept for moderation only) and
the captcha challenges already used (so a challenge works once).

Revision ID: 0003_comments
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_comments"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.String(40)  # ISO 8601 UTC timestamps as text, as in 0001


def upgrade() -> None:
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        # what the comment is about: ("timeline", timeline id) or ("event", event id); no foreign
        # key, so comments outlive a deleted timeline or event (kept, not lost)
        sa.Column("target_kind", sa.String(16), nullable=False),
        sa.Column("target_id", sa.Integer, nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("comments.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("depth", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),  # never shown, exported or logged
        sa.Column("author_key", sa.String(64), nullable=False),  # sha256 of name + email
        sa.Column("website", sa.String(400), nullable=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # pending, approved, spam
        sa.Column("spam_reason", sa.String(64), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("moderated_at", TS, nullable=True),
        sa.Column("moderated_by", sa.String(200), nullable=True),
        sqlite_autoincrement=True,  # ids in URLs (#comment-12) are never reused
    )
    op.create_index("ix_comments_target", "comments", ["target_kind", "target_id", "status"])
    op.create_index("ix_comments_status", "comments", ["status", "id"])
    op.create_index("ix_comments_author", "comments", ["author_key", "status"])
    op.create_table(
        "comment_challenges",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("used_at", TS, nullable=False),
    )
    op.create_index("ix_comment_challenges_used", "comment_challenges", ["used_at"])


def downgrade() -> None:
    op.drop_table("comment_challenges")
    op.drop_table("comments")
