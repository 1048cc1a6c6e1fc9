"""Run the Alembic migrations programmatically, under a lock so concurrent openers are safe."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_LOCK = 0x6B657964  # "keyd": pg_advisory_xact_lock key for schema changes


def config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    """The newest revision of the packaged migrations."""
    rev = ScriptDirectory.from_config(config()).get_current_head()
    assert rev is not None
    return rev


def current(conn: Connection) -> str | None:
    """The revision a database is at (None: empty database)."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Bring the database to the newest revision; returns it.

    SQLite: the check and the upgrade run in one `BEGIN IMMEDIATE` transaction, so a second
    process opening the same new file waits and then finds the schema there. PostgreSQL: an
    advisory transaction lock serializes concurrent upgrades.
    """
    target = head()
    with engine.connect() as conn:
        if current(conn) == target:
            conn.rollback()
            return target
        conn.rollback()
        conn.execution_options(keydates_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
            if current(conn) != target:
                from alembic import command

                command.upgrade(config(conn), "head")
    return target
