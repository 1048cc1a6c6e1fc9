"""Fast multi-row inserts for the add path (events and their entity/place links).

SQLAlchemy's executemany builds a parameter dict per row and, on PostgreSQL, runs one INSERT
per row on the server; for the 50-200 rows of a typical document that was most of the time
of `Store.add_timeline`. Here the rows become tuples once, with the values converted by the
columns' own bind processors (JSON serialized exactly as SQLAlchemy does), and go to the
database in one call:

* PostgreSQL (psycopg 3): `COPY ... FROM STDIN`, one stream parsed by the server without
  per-statement work (an `INSERT ... SELECT * FROM unnest(arrays)` of the link rows, one
  round trip instead of two, measured 10-30% slower: dumping the arrays costs more);
* elsewhere (SQLite): the driver's executemany, which SQLite runs in C on one statement.

Rows are written inside the caller's transaction, so a failure rolls them back with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect

from keydates.errors import StoreError

Processor = Callable[[Any], Any] | None
COPY, EXECUTEMANY = "copy", "executemany"


@lru_cache(maxsize=64)
def _plan(table: sa.Table, names: tuple[str, ...],
          dialect: Dialect) -> tuple[str, str, tuple[Processor, ...]]:
    """(strategy, statement, bind processors of `names`) for inserting into `table`."""
    procs = tuple(table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names)
    prep = dialect.identifier_preparer
    target = f"{prep.format_table(table)} ({', '.join(prep.quote(n) for n in names)})"
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        return COPY, f"COPY {target} FROM STDIN", procs
    marks = ", ".join(_marker(dialect, i) for i in range(len(names)))
    return EXECUTEMANY, f"INSERT INTO {target} VALUES ({marks})", procs


def _marker(dialect: Dialect, i: int) -> str:
    style = dialect.paramstyle
    if style == "qmark":
        return "?"
    if style == "numeric":
        return f":{i + 1}"
    if style in ("format", "pyformat"):
        return "%s"
    raise StoreError(f"unsupported DBAPI parameter style {style!r}")  # pragma: no cover


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]],
                names: Sequence[str] | None = None) -> None:
    """Insert `rows` (dicts with the same keys, or `names`) into `table` in one call."""
    if not rows:
        return
    cols = tuple(names or rows[0])
    how, sql, procs = _plan(table, cols, conn.dialect)
    get = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[cols[0]],))
    data = [get(r) for r in rows]
    convert = [(i, p) for i, p in enumerate(procs) if p is not None]
    if convert:
        for n, values in enumerate(data):
            values = list(values)
            for i, p in convert:
                values[i] = p(values[i])
            data[n] = tuple(values)
    if how == EXECUTEMANY:
        conn.exec_driver_sql(sql, data)
        return
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    try:
        with dbapi.cursor() as cur, cur.copy(sql) as copy:
            for row in data:
                copy.write_row(row)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise StoreError(f"cannot store rows of {table.name}: {exc}".strip()) from exc
