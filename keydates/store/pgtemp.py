"""A throw-away PostgreSQL server in a temporary directory (tests and benchmarks).

    with temporary_postgres() as server:
        url = server.create_database("t1")   # postgresql+psycopg://...

Uses the Debian/Ubuntu server binaries (initdb, pg_ctl); when run as root, the server runs as
the `postgres` system user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from keydates.errors import StoreError


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl, newest version first; None when absent."""
    env = os.environ.get("KEYDATES_PG_BINDIR")
    if env:  # an explicit choice (a directory without initdb means: no PostgreSQL)
        ok = (Path(env) / "initdb").exists() and (Path(env) / "pg_ctl").exists()
        return Path(env) if ok else None
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
                         reverse=True)
    which = shutil.which("initdb")
    if which:
        candidates.append(str(Path(which).parent))
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class TempPostgres:
    """A running temporary server."""

    port: int
    datadir: Path
    user: str = "postgres"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create a database (empty, or a copy of `template`) and return its URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as conn:
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def temporary_postgres() -> Iterator[TempPostgres]:
    """Start a server on a free local port (trust auth, no fsync) and stop it afterwards."""
    bindir = find_bindir()
    if bindir is None:
        raise StoreError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise StoreError("running as root and there is no `postgres` user to run the "
                             "server as") from None
    as_owner: dict[str, Any] = ({"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": [],
                       "env": {**os.environ, "HOME": str(owner.pw_dir)}} if owner else {})
    base = Path(tempfile.mkdtemp(prefix="keydates-pg-"))
    datadir, sockdir = base / "data", base / "sock"
    sockdir.mkdir()
    if owner is not None:
        for p in (base, sockdir):
            os.chown(p, owner.pw_uid, owner.pw_gid)
    port = _free_port()

    def run(*args: str) -> None:
        res = subprocess.run(list(args), capture_output=True, text=True, cwd=base, **as_owner)
        if res.returncode != 0:
            raise StoreError(f"{Path(args[0]).name} failed: {(res.stderr or res.stdout).strip()}")

    try:
        run(str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-locale", "--no-sync")
        opts = (f"-p {port} -k {sockdir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        run(str(bindir / "pg_ctl"), "-D", str(datadir), "-o", opts, "-l", str(base / "log"),
            "-w", "-t", "60", "start")
        try:
            yield TempPostgres(port=port, datadir=datadir)
        finally:
            subprocess.run([str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "fast", "-w",
                            "stop"], capture_output=True, cwd=base, **as_owner)
    finally:
        shutil.rmtree(base, ignore_errors=True)
