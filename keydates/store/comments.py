"""Reader comments in the store: threaded, moderated, the email kept for moderation only.

    from keydates.store.comments import CommentStore, NewComment
    comments = CommentStore(store)
    c = comments.add(NewComment("timeline", 1, None, "Ann", "ann@example.org", None, "Hi"),
                     challenge_id="3f2a...")      # pending: Ann has no approved comment yet
    comments.moderate(c.id, "approve", user="ed")  # later comments of Ann+email: approved at once

The tables are made by the migration `0003_comments`. The email is stored for moderation only:
`Comment` (what pages and the API get) has no email field at all; only `author_key` (a hash of
the normalized name and email) links the comments of one author.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from keydates.errors import KeydatesError, NotFoundError
from keydates.store import codec
from keydates.store import schema as t

STATUSES = ("pending", "approved", "spam")
ACTIONS = ("approve", "spam", "unapprove", "delete")
TARGET_KINDS = ("timeline", "event")
TS = sa.String(40)

comments = sa.Table(
    "comments", t.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("target_kind", sa.String(16), nullable=False),
    sa.Column("target_id", sa.Integer, nullable=False),
    sa.Column("parent_id", sa.Integer, sa.ForeignKey("comments.id", ondelete="SET NULL")),
    sa.Column("depth", sa.Integer, nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("author_key", sa.String(64), nullable=False),
    sa.Column("website", sa.String(400)),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("spam_reason", sa.String(64)),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("moderated_at", TS),
    sa.Column("moderated_by", sa.String(200)),
)
comment_challenges = sa.Table(
    "comment_challenges", t.metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("used_at", TS, nullable=False),
)


class ChallengeReplayed(KeydatesError):
    """A captcha challenge that was already used."""


@dataclass(frozen=True, slots=True)
class NewComment:
    """What a reader submits (already validated by the web layer)."""

    target_kind: str
    target_id: int
    parent_id: int | None
    name: str
    email: str
    website: str | None
    body: str


@dataclass(frozen=True, slots=True)
class Comment:
    """A stored comment as pages and the API see it: no email, ever."""

    id: int
    target_kind: str
    target_id: int
    parent_id: int | None
    depth: int
    name: str
    website: str | None
    body: str
    status: str
    created_at: str
    author_key: str
    spam_reason: str | None = None
    moderated_at: str | None = None
    moderated_by: str | None = None

    def to_public(self) -> dict[str, Any]:
        """The JSON of an approved comment (no email, no author key, no moderation data)."""
        return {"id": self.id, "parent_id": self.parent_id, "depth": self.depth,
                "name": self.name, "website": self.website, "body": self.body,
                "created_at": self.created_at}


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A comment in the moderation queue, with what a moderator needs about its author."""

    comment: Comment
    email_hint: str  # "a…@example.org": the domain, never the whole address
    author_approved: int  # approved comments of the same name + email
    author_spam: int


def author_key(name: str, email: str) -> str:
    """The hash that identifies one commenter: case- and space-insensitive name and email."""
    norm = " ".join(name.split()).casefold() + "\n" + email.strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def email_hint(email: str) -> str:
    """The first character and the domain of an address ("a…@example.org")."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}…@{domain}" if domain else "…"


_PUBLIC = [c for c in comments.c if c.name != "email"]


def _comment(row: Any) -> Comment:
    return Comment(id=row.id, target_kind=row.target_kind, target_id=row.target_id,
                   parent_id=row.parent_id, depth=row.depth, name=row.name, website=row.website,
                   body=row.body, status=row.status, created_at=row.created_at,
                   author_key=row.author_key, spam_reason=row.spam_reason,
                   moderated_at=row.moderated_at, moderated_by=row.moderated_by)


def thread_order(items: Iterable[Comment]) -> list[Comment]:
    """Comments in reading order: threads oldest first (newest thread last), each reply under
    its parent, replies oldest first. A reply whose parent is not in `items` starts a thread."""
    rows = sorted(items, key=lambda c: c.id)
    ids = {c.id for c in rows}
    children: dict[int | None, list[Comment]] = {}
    for c in rows:
        children.setdefault(c.parent_id if c.parent_id in ids else None, []).append(c)
    out: list[Comment] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(reversed(children.get(c.id, [])))
    return out


class CommentStore:
    """Comment storage on an open `keydates.store.Store` (each method one transaction)."""

    def __init__(self, store: Any) -> None:
        self.store = store

    # -- writing --------------------------------------------------------------------------------
    def add(self, new: NewComment, *, challenge_id: str | None = None, max_depth: int = 3,
            spam_reason: str | None = None, challenge_max_age: int = 7200) -> Comment:
        """Store a comment; with `challenge_id`, use up that captcha challenge in the same
        transaction (raises `ChallengeReplayed` when it was used before: nothing is stored).

        Status: `spam` when `spam_reason` is given; else `approved` when the same name + email
        has an approved comment and no spam; else `pending`. A reply deeper than `max_depth`
        is attached to its parent's parent (the thread stays readable).
        """
        if new.target_kind not in TARGET_KINDS:
            raise KeydatesError(f"unknown comment target {new.target_kind!r}")
        key = author_key(new.name, new.email)
        stamp = codec.now()
        with self.store._write() as conn:
            if challenge_id is not None:
                _use_challenge(conn, challenge_id, stamp, challenge_max_age)
            parent_id, depth = _placement(conn, new, max_depth)
            if spam_reason:
                status = "spam"
            else:
                counts = _author_counts(conn, [key]).get(key, {})
                status = "approved" if counts.get("approved") and not counts.get("spam") \
                    else "pending"
            cid = conn.execute(sa.insert(comments).values(
                target_kind=new.target_kind, target_id=new.target_id, parent_id=parent_id,
                depth=depth, name=new.name, email=new.email, author_key=key,
                website=new.website, body=new.body, status=status, spam_reason=spam_reason,
                created_at=stamp).returning(comments.c.id)).scalar_one()
            return _get(conn, int(cid))

    def use_challenge(self, challenge_id: str, max_age: int = 7200) -> None:
        """Mark a captcha challenge used (raises `ChallengeReplayed` when it already was)."""
        with self.store._write() as conn:
            _use_challenge(conn, challenge_id, codec.now(), max_age)

    def moderate(self, comment_id: int, action: str, user: str) -> Comment | None:
        """approve, spam, unapprove (back to pending) or delete a comment; returns it (None when
        deleted). Replies of a deleted comment move up to its parent."""
        if action not in ACTIONS:
            raise KeydatesError(f"unknown moderation action {action!r} (known: {', '.join(ACTIONS)})")
        with self.store._write() as conn:
            current = _get(conn, comment_id)
            if action == "delete":
                conn.execute(sa.update(comments).where(comments.c.parent_id == comment_id)
                             .values(parent_id=current.parent_id))
                conn.execute(sa.delete(comments).where(comments.c.id == comment_id))
                return None
            status = {"approve": "approved", "spam": "spam", "unapprove": "pending"}[action]
            conn.execute(sa.update(comments).where(comments.c.id == comment_id).values(
                status=status, moderated_at=codec.now(), moderated_by=user,
                spam_reason=current.spam_reason if status == "spam" else None))
            return _get(conn, comment_id)

    # -- reading --------------------------------------------------------------------------------
    def get(self, comment_id: int) -> Comment:
        """One comment, any status (raises `NotFoundError`)."""
        with self.store._read() as conn:
            return _get(conn, comment_id)

    def public(self, target_kind: str, target_id: int) -> list[Comment]:
        """The approved comments of a timeline or event, in thread order."""
        with self.store._read() as conn:
            rows = conn.execute(sa.select(*_PUBLIC).where(
                comments.c.target_kind == target_kind, comments.c.target_id == target_id,
                comments.c.status == "approved"))
            return thread_order(_comment(r) for r in rows)

    def count(self, status: str = "pending") -> int:
        """How many comments have a status (the editors' badge counts `pending`)."""
        with self.store._read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(comments)
                                .where(comments.c.status == status)).scalar_one()

    def counts(self) -> dict[str, int]:
        """Comments per status."""
        with self.store._read() as conn:
            rows = conn.execute(sa.select(comments.c.status, sa.func.count())
                                .group_by(comments.c.status)).all()
        found = {s: int(n) for s, n in rows}
        return {s: found.get(s, 0) for s in STATUSES}

    def queue(self, status: str = "pending", limit: int = 100, offset: int = 0
              ) -> tuple[list[QueueItem], int]:
        """Comments of a status for moderators, oldest first, with their author's history."""
        if status not in STATUSES:
            raise KeydatesError(f"unknown comment status {status!r}")
        with self.store._read() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(comments)
                                 .where(comments.c.status == status)).scalar_one()
            rows = conn.execute(sa.select(comments).where(comments.c.status == status)
                                .order_by(comments.c.id).limit(limit).offset(offset)).all()
            history = _author_counts(conn, {r.author_key for r in rows})
        items = [QueueItem(_comment(r), email_hint(r.email),
                           history.get(r.author_key, {}).get("approved", 0),
                           history.get(r.author_key, {}).get("spam", 0)) for r in rows]
        return items, int(total)

    def for_target(self, target_kind: str, target_id: int, ids: Iterable[int]) -> list[Comment]:
        """Comments of a target among `ids`, any status (an author's own held comments)."""
        wanted = [int(i) for i in ids][:20]
        if not wanted:
            return []
        with self.store._read() as conn:
            rows = conn.execute(sa.select(*_PUBLIC).where(
                comments.c.id.in_(wanted), comments.c.target_kind == target_kind,
                comments.c.target_id == target_id))
            return [_comment(r) for r in rows]

    def all_bodies(self) -> list[tuple[int, str]]:
        """(id, body) of every comment (tests and benchmarks check for duplicates)."""
        with self.store._read() as conn:
            return [(r.id, r.body) for r in conn.execute(
                sa.select(comments.c.id, comments.c.body).order_by(comments.c.id))]


def _get(conn: Connection, comment_id: int) -> Comment:
    row = conn.execute(sa.select(*_PUBLIC).where(comments.c.id == comment_id)).first()
    if row is None:
        raise NotFoundError(f"no comment {comment_id}")
    return _comment(row)


def _use_challenge(conn: Connection, challenge_id: str, stamp: str, max_age: int) -> None:
    # Challenges older than their signature's lifetime can never be replayed: forget them.
    cutoff = (datetime.fromisoformat(stamp) - timedelta(seconds=max_age + 60)).isoformat()
    conn.execute(sa.delete(comment_challenges).where(comment_challenges.c.used_at < cutoff))
    try:
        with conn.begin_nested():
            conn.execute(sa.insert(comment_challenges).values(id=challenge_id, used_at=stamp))
    except IntegrityError:
        raise ChallengeReplayed("this captcha was already used") from None


def _placement(conn: Connection, new: NewComment, max_depth: int) -> tuple[int | None, int]:
    """The parent a reply hangs under and its depth (1 for a thread's first comment)."""
    if new.parent_id is None:
        return None, 1
    parent = conn.execute(sa.select(comments.c.id, comments.c.parent_id, comments.c.depth,
                                    comments.c.status, comments.c.target_kind,
                                    comments.c.target_id)
                          .where(comments.c.id == new.parent_id)).first()
    if (parent is None or parent.status != "approved" or parent.target_kind != new.target_kind
            or parent.target_id != new.target_id):
        raise NotFoundError(f"no published comment {new.parent_id} to reply to here")
    if parent.depth >= max_depth:  # too deep: a sibling of the parent
        return parent.parent_id, parent.depth
    return parent.id, parent.depth + 1


def _author_counts(conn: Connection, keys: Iterable[str]) -> dict[str, dict[str, int]]:
    keys = list(keys)
    if not keys:
        return {}
    rows = conn.execute(sa.select(comments.c.author_key, comments.c.status, sa.func.count())
                        .where(comments.c.author_key.in_(keys))
                        .group_by(comments.c.author_key, comments.c.status)).all()
    out: dict[str, dict[str, int]] = {}
    for key, status, n in rows:
        out.setdefault(key, {})[status] = int(n)
    return out


__all__ = ["ACTIONS", "STATUSES", "ChallengeReplayed", "Comment", "CommentStore", "NewComment",
           "QueueItem", "author_key", "comment_challenges", "comments", "email_hint",
           "thread_order"]
