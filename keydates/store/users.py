"""Users of the web app and of corrections: names with argon2 password hashes."""

from __future__ import annotations

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection

from keydates.errors import NotFoundError
from keydates.store import codec
from keydates.store import schema as t
from keydates.store.types import AuthError, User

ROLES = ("admin", "editor", "reader")
_HASHER = PasswordHasher()


def _user(row: sa.Row) -> User:
    return User(id=row.id, name=row.name, role=row.role, created_at=row.created_at)


def add(conn: Connection, name: str, password: str, role: str) -> User:
    """Insert a user; the name must be new."""
    if conn.execute(sa.select(t.users.c.id).where(t.users.c.name == name)).scalar() is not None:
        raise AuthError(f"user {name!r} already exists")
    stamp = codec.now()
    uid = conn.execute(sa.insert(t.users).values(
        name=name, password_hash=_HASHER.hash(password), role=role, created_at=stamp)
        .returning(t.users.c.id)).scalar_one()
    return User(id=int(uid), name=name, role=role, created_at=stamp)


def set_password(conn: Connection, name: str, password: str) -> None:
    """Replace a user's password hash."""
    res = conn.execute(sa.update(t.users).where(t.users.c.name == name)
                       .values(password_hash=_HASHER.hash(password)))
    if res.rowcount == 0:
        raise NotFoundError(f"no user {name!r}")


def verify(conn: Connection, name: str, password: str) -> User | None:
    """The user when `password` matches its hash, else None (same cost for unknown names)."""
    row = conn.execute(sa.select(t.users).where(t.users.c.name == name)).first()
    stored = row.password_hash if row is not None else _DUMMY
    try:
        _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return _user(row) if row is not None else None


def get(conn: Connection, name: str) -> User | None:
    """A user by name."""
    row = conn.execute(sa.select(t.users).where(t.users.c.name == name)).first()
    return _user(row) if row is not None else None


def list_all(conn: Connection) -> list[User]:
    """Every user by name."""
    return [_user(r) for r in conn.execute(sa.select(t.users).order_by(t.users.c.name))]


_DUMMY = _HASHER.hash("keydates-no-such-user")
