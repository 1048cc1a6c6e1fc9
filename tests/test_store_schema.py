"""Schema and migrations: the same Alembic migrations on SQLite and PostgreSQL, in step with the
tables the code queries; users with argon2 passwords."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from keydates.store import AuthError, open_store
from keydates.store import migrate
from keydates.store import schema as t


def test_store_schema_matches_migrations(fresh_db):
    insp = sa.inspect(fresh_db.engine)
    tables = set(insp.get_table_names())
    for table in t.metadata.sorted_tables:
        assert table.name in tables
        have = {c["name"] for c in insp.get_columns(table.name)}
        assert {c.name for c in table.columns} <= have, table.name
    with fresh_db.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()


def test_store_schema_full_text_index_per_dialect(fresh_db):
    insp = sa.inspect(fresh_db.engine)
    if fresh_db.dialect == "sqlite":
        assert "events_fts" in insp.get_table_names()
    else:
        assert "search" in {c["name"] for c in insp.get_columns("events")}
        assert "ix_events_search" in {i["name"] for i in insp.get_indexes("events")}


def test_store_migrations_downgrade_and_upgrade_again(db_url, make_timeline):
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            conn.execution_options(keydates_write=True)
            with conn.begin():
                command.downgrade(migrate.config(conn), "base")
        assert "events" not in sa.inspect(store.engine).get_table_names()
    with open_store(db_url) as store:  # opening migrates to head again
        store.add_timeline(make_timeline([{"text": "In 2003.", "value": "2003"}]))
        assert store.counts()["events"] == 1


def test_store_sqlite_uses_wal_and_foreign_keys(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'k.db'}") as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_store_users_argon2_verify(fresh_db):
    user = fresh_db.add_user("ann", "correct horse", role="admin")
    assert (user.name, user.role) == ("ann", "admin")
    assert fresh_db.verify_user("ann", "correct horse") == user
    assert fresh_db.verify_user("ann", "wrong") is None
    assert fresh_db.verify_user("nobody", "correct horse") is None
    with fresh_db.engine.connect() as conn:
        stored = conn.execute(sa.select(t.users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2") and "correct horse" not in stored
    fresh_db.set_password("ann", "battery staple")
    assert fresh_db.verify_user("ann", "battery staple") == user
    assert [u.name for u in fresh_db.list_users()] == ["ann"]
    assert fresh_db.get_user("bob") is None


@pytest.mark.parametrize("name,password,role,message", [
    ("", "pw", "editor", "name"),
    ("bob", "", "editor", "password"),
    ("bob", "pw", "overlord", "unknown role"),
])
def test_store_users_bad_input(fresh_db, name, password, role, message):
    with pytest.raises(AuthError, match=message):
        fresh_db.add_user(name, password, role=role)


def test_store_users_duplicate_name(fresh_db):
    fresh_db.add_user("ann", "pw")
    with pytest.raises(AuthError, match="already exists"):
        fresh_db.add_user("ann", "other")


def test_store_migration_0002_backfills_span_classes(db_url, make_timeline):
    with open_store(db_url) as store:
        store.add_timeline(make_timeline([
            {"text": "On 20 March 2003.", "value": "2003-03-20"},
            {"text": "In 2003 to 2011.", "value": "2003", "range_end": "2011"},
            {"text": "Since 2011.", "value": "2011", "mod": "AFTER"},
            {"text": "Undated.", "value": None}]), name="spans")
        with store.engine.connect() as conn:
            conn.execution_options(keydates_write=True)
            with conn.begin():
                command.downgrade(migrate.config(conn), "0001")
    with open_store(db_url) as store:  # upgrades to head again, filling span_class
        with store.engine.connect() as conn:
            got = dict(conn.execute(sa.select(t.events.c.text, t.events.c.span_class)).all())
        assert got == {"On 20 March 2003.": 0, "In 2003 to 2011.": 4, "Since 2011.": 6,
                       "Undated.": None}
        assert [e.event.text for e in store.query(date_from="2008", date_to="2008").events] == [
            "In 2003 to 2011."]
        assert store.query(date_from="2030").total == 1
