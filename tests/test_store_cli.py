"""The store commands end to end: add, list, show, query, export, import, correct, user;
concurrent writers on one SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from keydates.cli import app
from keydates.store import open_store

KEYDATES = [sys.executable, "-c", "from keydates.cli import main; main()"]

CHRONOLOGY = """Iraq: key dates

Main dates since the 2003 invasion.

March 20, 2003 - US-led forces invade Iraq.

December 13, 2003 - Saddam Hussein is captured near Tikrit.

December 18, 2011 - The last US troops leave Iraq.
"""


def chronology(n: int) -> str:
    """A small chronology whose content differs with n (distinct content hashes)."""
    year = 1950 + n
    return (f"Timeline {n}: key dates\n\nMarch 3, {year} - Talks open in Geneva (round {n}).\n\n"
            f"June 9, {year} - The treaty number {n} is signed.\n\n"
            f"November 21, {year + 1} - Parliament ratifies treaty {n}.\n")


def run(*args: str, db: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KEYDATES_DB": db, "COLUMNS": "200"}
    return subprocess.run([*KEYDATES, *args], capture_output=True, text=True, env=env,
                           input=stdin, timeout=300)


@pytest.fixture()
def files(tmp_path: Path) -> list[Path]:
    out = []
    for n in range(3):
        p = tmp_path / "in" / f"c{n}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(chronology(n), encoding="utf-8")
        out.append(p)
    return out


def cli(db_url: str, *args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, [*args, "--db", db_url], input=stdin, catch_exceptions=False)


def test_store_cli_add_list_show_query(db_url, files, tmp_path):
    res = cli(db_url, "add", *map(str, files), "--timeline", "Treaties", "--format", "json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [r["status"] for r in rows] == ["added"] * 3 and all(r["events"] >= 2 for r in rows)
    again = json.loads(cli(db_url, "add", str(files[0]), "-t", "Treaties", "--format",
                           "json").stdout)
    assert again[0]["status"] == "unchanged"
    listing = json.loads(cli(db_url, "list", "--format", "json").stdout)
    assert [(t["slug"], t["n_documents"]) for t in listing] == [("treaties", 3)]
    shown = json.loads(cli(db_url, "show", "treaties", "--format", "json").stdout)
    assert shown["timeline"]["n_events"] == len(shown["events"]) >= 6
    found = json.loads(cli(db_url, "query", "--from", "1951", "--to", "1951", "--text", "treaty",
                           "--format", "json").stdout)
    assert found["total"] >= 1
    assert all(e["event"]["date"]["earliest"] <= "1951-12-31" for e in found["events"])
    csv_out = cli(db_url, "query", "--timeline", "treaties", "--format", "csv").output
    assert csv_out.splitlines()[0].startswith("id,timeline,date")


def test_store_cli_add_directory_and_a_failure_keeps_the_rest(db_url, files, tmp_path):
    missing = str(tmp_path / "missing.txt")
    res = cli(db_url, "add", str(files[0].parent), missing, "--format", "json")
    assert res.exit_code == 1
    rows = json.loads(res.stdout)
    assert [r["status"] for r in rows] == ["added", "added", "added", "failed"]
    assert "missing.txt" in rows[-1]["error"]
    with open_store(db_url) as store:
        assert store.counts()["documents"] == 3


def test_store_cli_export_import_roundtrip(db_url, files, tmp_path):
    cli(db_url, "add", str(files[0]), "-t", "One")
    out = tmp_path / "one.jsonl"
    res = cli(db_url, "export", "one", "--format", "jsonl", "-o", str(out))
    assert res.exit_code == 0 and out.exists()
    res = cli(db_url, "import", str(out), "--timeline", "Copy")
    assert res.exit_code == 0 and "imported 1 document(s)" in res.output
    a = cli(db_url, "export", "one", "--format", "jsonl").stdout_bytes.decode()
    b = cli(db_url, "export", "copy", "--format", "jsonl").stdout_bytes.decode()
    assert a.replace('"name": "One", "slug": "one"', "") == \
        b.replace('"name": "Copy", "slug": "copy"', "")
    for fmt in ("json", "csv", "md", "timelinejs", "ics", "geojson", "timeml"):
        res = cli(db_url, "export", "one", "-f", fmt)
        assert res.exit_code == 0 and res.stdout_bytes, fmt


def test_store_cli_correct_and_audit(db_url, files):
    cli(db_url, "add", str(files[0]), "-t", "One")
    event = json.loads(cli(db_url, "query", "--format", "json").stdout)["events"][0]
    res = cli(db_url, "correct", str(event["id"]), "--set", "date.value=1950-03-04",
              "--set", "headline=Talks", "--user", "ann", "--reason", "off by one",
              "--format", "json")
    assert res.exit_code == 0, res.output
    fixed = json.loads(res.stdout)
    assert fixed["event"]["date"]["value"] == "1950-03-04" and fixed["corrected"]
    log = json.loads(cli(db_url, "audit", str(event["id"]), "--format", "json").stdout)
    assert log[0]["user"] == "ann" and log[0]["reason"] == "off by one"


def test_store_cli_user_add_password_stdin(db_url):
    res = cli(db_url, "user", "add", "ann", "--password-stdin", "--role", "admin",
              stdin="s3cret\n")
    assert res.exit_code == 0 and "created user ann (admin)" in res.output
    with open_store(db_url) as store:
        assert store.verify_user("ann", "s3cret") is not None


@pytest.mark.parametrize("args,message", [
    (["show", "nope"], "no timeline 'nope'"),
    (["export", "nope", "-f", "ics"], "no timeline 'nope'"),
    (["query", "--from", "2019-02-30"], "is not a date"),
    (["import", "/no/such/file.json"], "cannot read"),
])
def test_store_cli_errors_are_one_line(tmp_path, args, message):
    res = run(*args, db=f"sqlite:///{tmp_path / 'k.db'}")
    assert res.returncode == 1
    assert message in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_store_cli_malformed_import_names_the_line_and_writes_nothing(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    good = tmp_path / "c.txt"
    good.write_text(CHRONOLOGY, encoding="utf-8")
    assert run("add", str(good), "-t", "Iraq", db=db).returncode == 0
    out = tmp_path / "iraq.jsonl"
    assert run("export", "iraq", "-f", "jsonl", "-o", str(out), db=db).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3][:-5]  # truncate the third event (line 4)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(db) as store:
        before = store.counts()
    res = run("import", str(bad), "--timeline", "Other", db=db)
    assert res.returncode == 1 and "line 4" in res.stderr, res.stderr
    with open_store(db) as store:
        assert store.counts() == before


def test_store_cli_two_writers_on_one_sqlite_file(tmp_path):
    """Two `keydates add` processes on one new SQLite file: both succeed, nothing is lost."""
    db = f"sqlite:///{tmp_path / 'shared.db'}"
    groups = []
    for g in range(2):
        d = tmp_path / f"group{g}"
        d.mkdir()
        for n in range(6):
            (d / f"c{n}.txt").write_text(chronology(g * 10 + n), encoding="utf-8")
        groups.append(d)
    same = tmp_path / "same.txt"
    same.write_text(CHRONOLOGY, encoding="utf-8")
    env = {**os.environ, "KEYDATES_DB": db}
    procs = [subprocess.Popen([*KEYDATES, "add", str(d), str(same), "--format", "json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for d in groups]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    statuses = sorted(r["status"] for out, _ in outs for r in json.loads(out))
    assert statuses.count("added") == 13 and statuses.count("unchanged") == 1
    with open_store(db) as store:
        assert store.counts()["documents"] == 13
    con = sqlite3.connect(tmp_path / "shared.db")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
