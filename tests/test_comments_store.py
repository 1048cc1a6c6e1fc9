"""Comment storage on SQLite and PostgreSQL: statuses, author approval, once-only challenges,
reply depth, thread order, and the migration."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from keydates.errors import NotFoundError
from keydates.store.comments import (
    ChallengeReplayed, Comment, CommentStore, NewComment, author_key, comments, email_hint,
    thread_order,
)


def new(body: str = "Hello", name: str = "Ann", email: str = "ann@example.org",
        parent: int | None = None, kind: str = "timeline", target: int = 1) -> NewComment:
    return NewComment(kind, target, parent, name, email, None, body)


@pytest.fixture()
def cstore(fresh_db: Any) -> CommentStore:
    return CommentStore(fresh_db)


def test_comments_store_first_held_then_approved_author_direct(cstore: CommentStore) -> None:
    first = cstore.add(new("first"))
    assert first.status == "pending"
    assert cstore.add(new("second")).status == "pending"  # still no approved comment
    cstore.moderate(first.id, "approve", "ed")
    assert cstore.add(new("third", name=" ANN ", email="Ann@Example.org")).status == "approved"
    assert cstore.add(new("other", email="ann@elsewhere.org")).status == "pending"
    assert cstore.counts() == {"pending": 2, "approved": 2, "spam": 0}
    assert [c.body for c in cstore.public("timeline", 1)] == ["first", "third"]
    assert cstore.public("timeline", 2) == [] and cstore.public("event", 1) == []


def test_comments_store_spam_author_not_auto_approved(cstore: CommentStore) -> None:
    a = cstore.add(new("ok"))
    cstore.moderate(a.id, "approve", "ed")
    b = cstore.add(new("bad"))
    cstore.moderate(b.id, "spam", "ed")
    assert cstore.add(new("again")).status == "pending"
    assert cstore.add(new("bot", name="Bot"), spam_reason="honeypot").status == "spam"
    items, total = cstore.queue("spam")
    assert total == 2 and {i.comment.body for i in items} == {"bad", "bot"}
    assert items[0].author_approved == 1 and items[0].author_spam == 1


def test_comments_store_challenge_works_once(cstore: CommentStore) -> None:
    cstore.add(new("one"), challenge_id="c1")
    with pytest.raises(ChallengeReplayed):
        cstore.add(new("two"), challenge_id="c1")
    with pytest.raises(ChallengeReplayed):
        cstore.use_challenge("c1")
    cstore.use_challenge("c2")
    with pytest.raises(ChallengeReplayed):
        cstore.add(new("three"), challenge_id="c2")
    assert [b for _, b in cstore.all_bodies()] == ["one"]  # nothing half-stored


def test_comments_store_depth_limit_and_thread_order(cstore: CommentStore) -> None:
    root = cstore.add(new("root"))
    cstore.moderate(root.id, "approve", "ed")
    parent = root
    for i in range(4):
        parent = cstore.add(new(f"r{i}", parent=parent.id))
        assert parent.status == "approved"
    second = cstore.add(new("second thread"))
    late_reply = cstore.add(new("late reply to root", parent=root.id))
    rows = cstore.public("timeline", 1)
    assert [(c.body, c.depth) for c in rows] == [
        ("root", 1), ("r0", 2), ("r1", 3), ("r2", 3), ("r3", 3), ("late reply to root", 2),
        ("second thread", 1)]
    assert second.depth == 1 and late_reply.parent_id == root.id


@pytest.mark.parametrize("parent_status, kind, target", [
    ("pending", "timeline", 1), ("spam", "timeline", 1), ("approved", "event", 1),
    ("approved", "timeline", 2),
])
def test_comments_store_reply_only_to_published_comments_of_the_same_page(
        cstore: CommentStore, parent_status: str, kind: str, target: int) -> None:
    p = cstore.add(new("parent"))
    if parent_status != "pending":
        cstore.moderate(p.id, {"approved": "approve", "spam": "spam"}[parent_status], "ed")
    with pytest.raises(NotFoundError):
        cstore.add(new("reply", parent=p.id, kind=kind, target=target))


def test_comments_store_comment_has_no_email(cstore: CommentStore, fresh_db: Any) -> None:
    c = cstore.add(new(email="secret@example.org"))
    assert "email" not in Comment.__dataclass_fields__
    assert "secret@example.org" not in repr(c) and "secret" not in repr(c.to_public())
    with fresh_db.engine.connect() as conn:  # but it is stored, for moderation
        assert conn.execute(sa.select(comments.c.email)).scalar_one() == "secret@example.org"
    assert email_hint("secret@example.org") == "s…@example.org"
    assert author_key("Ann  B", "A@x.org ") == author_key("ann b", "a@x.org")


def test_comments_store_delete_and_unknown(cstore: CommentStore) -> None:
    c = cstore.add(new())
    assert cstore.moderate(c.id, "delete", "ed") is None
    with pytest.raises(NotFoundError):
        cstore.get(c.id)
    with pytest.raises(NotFoundError):
        cstore.moderate(12345, "approve", "ed")


def test_comments_thread_order_orphan_reply_starts_a_thread() -> None:
    def c(i: int, parent: int | None) -> Comment:
        return Comment(i, "timeline", 1, parent, 1, "n", None, str(i), "approved", "t", "k")

    order = thread_order([c(5, None), c(2, None), c(3, 2), c(4, 99), c(6, 3)])
    assert [x.id for x in order] == [2, 3, 6, 4, 5]


def test_comments_store_migration_down_and_up(db_url: str) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from keydates.store import migrate, open_store

    with open_store(db_url) as store:
        CommentStore(store).add(new())
        with store.engine.connect() as conn:
            conn.execution_options(keydates_write=True)
            with conn.begin():
                before = ScriptDirectory.from_config(migrate.config()).get_revision(
                    "0003_comments").down_revision
                command.downgrade(migrate.config(conn), before)
        assert "comments" not in sa.inspect(store.engine).get_table_names()
        assert "events" in sa.inspect(store.engine).get_table_names()
    with open_store(db_url) as store:
        assert "comment_challenges" in sa.inspect(store.engine).get_table_names()
        assert CommentStore(store).counts()["pending"] == 0
