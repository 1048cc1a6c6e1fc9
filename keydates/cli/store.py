"""Store commands: add, query, list, show, export, import, correct, audit, delete, user.

Every command takes `--db URL` (or $KEYDATES_DB; default sqlite:///./keydates.db).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from keydates.cli import app
from keydates.cli.output import OutputFormat, emit
from keydates.errors import InputError, KeydatesError

DB_HELP = "Database URL (sqlite:///PATH or postgresql+psycopg://USER@HOST/DB); default " \
          "$KEYDATES_DB, else sqlite:///./keydates.db."
READABLE = {".txt", ".md", ".markdown", ".html", ".htm", ".text"}
EVENT_COLUMNS = ["id", "timeline", "date", "kind", "headline", "text", "actors", "places",
                 "corrected"]
LIST_COLUMNS = ["slug", "name", "n_events", "n_documents", "earliest", "latest", "updated_at"]

user_app = typer.Typer(help="Users of the web app and of corrections.", no_args_is_help=True)
app.add_typer(user_app, name="user")


def _db_option() -> Any:
    return typer.Option(None, "--db", envvar="KEYDATES_DB", help=DB_HELP, show_envvar=True)


def _open(db: str | None) -> Any:
    from keydates.store import open_store

    return open_store(db)


def _err() -> Console:
    return Console(stderr=True)


def expand_sources(sources: list[str]) -> list[str]:
    """Paths and URLs to add: a directory stands for its readable files (sorted)."""
    out: list[str] = []
    for s in sources:
        p = Path(s)
        if "://" not in s and p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READABLE)
            if not files:
                raise InputError(f"{s}: no .txt, .md or .html file in this directory")
            out += [str(f) for f in files]
        else:
            out.append(s)
    return out


def event_row(e: Any) -> dict[str, Any]:
    """A flat row for tables: id, timeline, date as people write it, ..."""
    from keydates.time.values import humanize

    ev, d = e.event, e.event.date
    return {"id": e.id, "timeline": e.timeline_slug,
            "date": humanize(d.value, d.mod, d.range_end), "value": d.value, "mod": d.mod,
            "range_end": d.range_end, "earliest": d.earliest, "latest": d.latest,
            "kind": ev.kind, "headline": ev.headline, "text": ev.text,
            "section": ev.section,
            "actors": "; ".join(dict.fromkeys(a.name for a in ev.actors)),
            "places": "; ".join(dict.fromkeys(p.name for p in ev.places)),
            "corrected": "yes" if e.corrected else ""}


@app.command("add")
def add(
    sources: list[str] = typer.Argument(..., metavar="PATH|URL...",
                                        help="Chronologies to read (files, directories, URLs)."),
    timeline: Optional[str] = typer.Option(None, "--timeline", "-t",
                                           help="Timeline name (default: each document's title)."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date anchoring relative dates."),
    replace: bool = typer.Option(False, "--replace",
                                 help="Re-extract documents already stored (corrections kept)."),
    user: str = typer.Option("cli", "--user", help="Name recorded in the audit log."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="Report format."),
    db: Optional[str] = _db_option(),
) -> None:
    """Extract chronologies and store them: one transaction per document.

    Adding the same document twice changes nothing (content hash); a document that fails
    leaves the store as it was and the others are still added (exit code 1).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    items = expand_sources(sources)
    store = _open(db)
    rows: list[dict[str, Any]] = []
    failed = 0
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        console=_err(), transient=True, disable=len(items) < 2)
    with progress:
        task = progress.add_task("adding", total=len(items))
        for source in items:
            progress.update(task, description=f"adding {Path(source).name[:40]}")
            try:
                res = store.add(source, timeline=timeline, published=published, user=user,
                                replace=replace)
                status = "replaced" if res.replaced else "added" if res.created else "unchanged"
                rows.append({"source": source, "timeline": res.timeline_slug,
                             "events": len(res.event_ids), "status": status, "error": ""})
            except KeydatesError as exc:
                failed += 1
                rows.append({"source": source, "timeline": timeline or "", "events": 0,
                             "status": "failed", "error": str(exc)})
            progress.advance(task)
    if any(r["status"] in ("added", "replaced") for r in rows):
        try:
            store.optimize()  # keep the query planner's statistics in step with the data
        except KeydatesError as exc:  # best effort: the documents are stored already
            _err().print(f"keydates: note: statistics not refreshed ({exc})")
    store.close()
    emit(rows, fmt, columns=["source", "timeline", "events", "status", "error"])
    if failed:
        _err().print(f"keydates: {failed} of {len(items)} document(s) failed; nothing of them "
                     "was stored", style="red")
        raise typer.Exit(1)


@app.command("query")
def query(
    timeline: Optional[str] = typer.Option(None, "--timeline", "-t", help="Slug, name or id."),
    date_from: Optional[str] = typer.Option(None, "--from", metavar="DATE",
                                            help="Events covering any day from DATE (2019, "
                                                 "2019-12, 2019-12-20)."),
    date_to: Optional[str] = typer.Option(None, "--to", metavar="DATE",
                                          help="Events covering any day up to DATE."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor name, alias or id."),
    place: Optional[str] = typer.Option(None, "--place", help="Place name or country code."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Event kind."),
    text: Optional[str] = typer.Option(None, "--text", help="Full-text search (all words)."),
    limit: int = typer.Option(100, "--limit", min=0, help="At most this many events (0: all)."),
    offset: int = typer.Option(0, "--offset", min=0),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
    db: Optional[str] = _db_option(),
) -> None:
    """Events across timelines, chronological; dates match by overlap of the days covered."""
    from keydates.store import EventQuery

    store = _open(db)
    res = store.query(EventQuery(timeline=timeline, date_from=date_from, date_to=date_to,
                                 actor=actor, place=place, kind=kind, text=text,
                                 limit=limit or None, offset=offset))
    store.close()
    rows = [event_row(e) for e in res.events]
    doc = {"total": res.total, "offset": offset, "events": [e.to_dict() for e in res.events]}
    emit(rows, fmt, columns=EVENT_COLUMNS, document=doc,
         title=f"{res.total} event(s)" if fmt is OutputFormat.table else None)


@app.command("list")
def list_(
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
    db: Optional[str] = _db_option(),
) -> None:
    """Timelines in the store, with their number of events and the span they cover."""
    store = _open(db)
    rows = [s.to_dict() for s in store.list_timelines()]
    store.close()
    emit(rows, fmt, columns=LIST_COLUMNS + (["id", "title", "created_at"]
                                            if fmt is not OutputFormat.table else []))


@app.command("show")
def show(
    timeline: str = typer.Argument(..., help="Slug, name or id."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
    db: Optional[str] = _db_option(),
) -> None:
    """One timeline: its events in chronological order."""
    store = _open(db)
    tl = store.get_timeline(timeline)
    store.close()
    rows = [event_row(e) for e in tl.events]
    doc = {"timeline": tl.summary.to_dict(),
           "documents": [{k: v for k, v in d.to_dict().items() if k != "text"}
                         for d in tl.documents],
           "events": [e.to_dict() for e in tl.events]}
    s = tl.summary
    emit(rows, fmt, columns=["id", "date", "kind", "headline", "text", "places", "corrected"],
         document=doc, title=f"{s.name}: {s.n_events} events, {s.earliest} to {s.latest}")


@app.command("export")
def export(
    timeline: str = typer.Argument(..., help="Slug, name or id."),
    fmt: str = typer.Option("json", "--format", "-f",
                            help="json, jsonl, csv, md, timelinejs, ics, geojson or timeml."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File (default: stdout)."),
    db: Optional[str] = _db_option(),
) -> None:
    """Write a timeline in one of the export formats."""
    from keydates.export import get_exporter

    exporter = get_exporter(fmt)
    store = _open(db)
    body = exporter.render(store.get_timeline(timeline))
    store.close()
    data = body.encode("utf-8") if isinstance(body, str) else body
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from None
    _err().print(f"wrote {output} ({exporter.name}, {len(data)} bytes)")


@app.command("import")
def import_(
    file: str = typer.Argument(..., metavar="FILE|-", help="A json or jsonl export."),
    timeline: Optional[str] = typer.Option(None, "--timeline", "-t",
                                           help="Import under this name instead."),
    fmt: Optional[str] = typer.Option(None, "--format", help="json or jsonl (default: guess)."),
    user: str = typer.Option("cli", "--user", help="Name recorded in the audit log."),
    db: Optional[str] = _db_option(),
) -> None:
    """Read back a json/jsonl export; a malformed file is rejected whole (nothing written)."""
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {file}: {exc.strerror}") from None
    if fmt is None and file.endswith(".jsonl"):
        fmt = "jsonl"
    store = _open(db)
    try:
        results = store.import_data(data, fmt, name=timeline, user=user)
    except KeydatesError as exc:
        raise type(exc)(f"{file}: {exc}") from None
    finally:
        store.close()
    added = sum(1 for r in results if r.created)
    events = sum(len(r.event_ids) for r in results if r.created)
    slugs = ", ".join(dict.fromkeys(r.timeline_slug for r in results))
    typer.echo(f"imported {added} document(s), {events} event(s) into {slugs}"
               + (f"; {len(results) - added} already there" if added < len(results) else ""))


def _parse_set(items: list[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--set {item!r}: use FIELD=VALUE (e.g. date.value=2003-03-20)")
        key = key.strip()
        if key in ("actors", "places", "casualties"):
            try:
                changes[key] = json.loads(value)
            except json.JSONDecodeError:
                raise InputError(f"--set {key}=...: give a JSON list") from None
        else:
            changes[key] = value if value != "" else None
    return changes


@app.command("correct")
def correct(
    event_id: int = typer.Argument(..., help="Event id (see `keydates query`)."),
    sets: list[str] = typer.Option(..., "--set", metavar="FIELD=VALUE",
                                   help="date.value, date.mod, date.range_end, headline, text, "
                                        "kind, section; actors/places as JSON lists."),
    user: str = typer.Option(..., "--user", help="Who makes the correction."),
    reason: Optional[str] = typer.Option(None, "--reason", help="Why."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
    db: Optional[str] = _db_option(),
) -> None:
    """Correct an event; the original extraction is kept and the edit is audited."""
    store = _open(db)
    e = store.correct_event(event_id, _parse_set(sets), user=user, reason=reason)
    store.close()
    emit([event_row(e)], fmt, columns=EVENT_COLUMNS, document=e.to_dict())


@app.command("audit")
def audit(
    event_id: Optional[int] = typer.Argument(None, help="Only this event."),
    limit: int = typer.Option(50, "--limit", min=1),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
    db: Optional[str] = _db_option(),
) -> None:
    """The audit log: who added, corrected or deleted what, when and why (newest first)."""
    store = _open(db)
    rows = [a.to_dict() for a in store.audit(event_id, limit=limit)]
    store.close()
    emit(rows, fmt, columns=["id", "at", "user", "action", "event_id", "document_id", "reason",
                             "changes"])


@app.command("delete")
def delete(
    timeline: str = typer.Argument(..., help="Slug, name or id."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask."),
    user: str = typer.Option("cli", "--user"),
    db: Optional[str] = _db_option(),
) -> None:
    """Delete a timeline and its events."""
    store = _open(db)
    summary = store.get_timeline(timeline).summary
    if not yes and not typer.confirm(f"delete {summary.name!r} ({summary.n_events} events)?"):
        raise typer.Exit(1)
    store.delete_timeline(summary.id, user=user)
    store.close()
    typer.echo(f"deleted {summary.slug}")


@user_app.command("add")
def user_add(
    name: str = typer.Argument(...),
    role: str = typer.Option("editor", "--role", help="admin, editor or reader."),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="Read the password from standard input."),
    db: Optional[str] = _db_option(),
) -> None:
    """Create a user (the password is asked for, or read from stdin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = _open(db)
    u = store.add_user(name, password, role=role)
    store.close()
    typer.echo(f"created user {u.name} ({u.role})")


@user_app.command("passwd")
def user_passwd(
    name: str = typer.Argument(...),
    password_stdin: bool = typer.Option(False, "--password-stdin"),
    db: Optional[str] = _db_option(),
) -> None:
    """Change a user's password."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    store = _open(db)
    store.set_password(name, password)
    store.close()
    typer.echo(f"password of {name} changed")


@user_app.command("list")
def user_list(
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
    db: Optional[str] = _db_option(),
) -> None:
    """Users in the store."""
    store = _open(db)
    rows = [u.to_dict() for u in store.list_users()]
    store.close()
    emit(rows, fmt, columns=["name", "role", "created_at"])
