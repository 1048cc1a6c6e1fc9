"""Alembic environment: migrations run programmatically on the connection `keydates.store` opens."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - always called through keydates.store.migrate
    raise RuntimeError("keydates migrations run through keydates.store.migrate.upgrade()")

context.configure(connection=connection, target_metadata=None, transactional_ddl=True,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
