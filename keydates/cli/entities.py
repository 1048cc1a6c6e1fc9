"""`keydates entities`: a chronology's events with actors, places, kinds, casualties, headlines."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from keydates.cli import app
from keydates.cli.output import OutputFormat, emit

TABLE_COLUMNS = ["date", "kind", "headline", "actors", "places", "casualties"]
FLAT_COLUMNS = ["start", "end", "value", "kind", "kind_trigger", "headline", "actors", "places",
                "casualties", "text"]
SUMMARY_COLUMNS = ["name", "type", "events", "roles", "aliases"]
PLACE_COLUMNS = ["name", "precision", "country_code", "lat", "lon", "events"]


def _casualty(c: Any) -> str:
    q = {"at_least": "≥", "at_most": "≤", "approximately": "~"}.get(c.qualifier, "")
    who = f" {c.who}" if c.who else ""
    party = f" ({c.party})" if c.party else ""
    return f"{c.category} {q}{c.count:,}{who}{party}{' vague' if c.vague else ''}"


def _place(p: Any) -> str:
    where = f"{p.lat:.2f},{p.lon:.2f}" if p.lat is not None else p.precision
    rel = f", {p.relative}" if p.relative and p.relative != p.name else ""
    return f"{p.name} [{where}]{rel}"


def entity_rows(timeline: Any, table: bool) -> list[dict[str, Any]]:
    """One row per event with its entity fields."""
    from keydates.time.values import humanize

    rows = []
    for e in timeline.events:
        d = e.date
        actors = [f"{a.name} ({a.role})" for a in e.actors if not (table and a.generic)]
        row = {"kind": e.kind, "headline": e.headline, "actors": actors,
               "places": [_place(p) for p in e.places], "casualties": [_casualty(c) for c in e.casualties]}
        if table:
            row["date"] = humanize(d.value, d.mod, d.range_end, short=True) if d.value else ""
        else:
            row.update({"start": e.start, "end": e.end, "value": d.value, "kind_trigger": e.kind_trigger,
                        "text": e.text})
        rows.append(row)
    return rows


@app.command("entities")
def entities(
    source: str = typer.Argument(..., metavar="PATH|URL|-",
                                 help="A text, Markdown or HTML file, an http(s) URL, or - for stdin."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date (default: from the document)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format",
                                     help="table (default), json, jsonl, csv or md."),
    summary: bool = typer.Option(False, "--summary",
                                 help="Document-level lists of entities and places with counts."),
    scope: str = typer.Option("event", "--scope", help="event (default) or lead: parse only the "
                                                        "first sentence of each event (faster)."),
) -> None:
    """Dated events with headline, actors (and roles), places, kind and casualty figures."""
    from keydates.entities import enrich
    from keydates.entities import summary as summarize
    from keydates.errors import InputError
    from keydates.events import extract as run
    from keydates.cli.extract import emit_whole, read_source

    if scope not in ("event", "lead"):
        raise InputError(f"--scope must be 'event' or 'lead', not {scope!r}")
    timeline = enrich(run(read_source(source, published)), scope=scope)
    title = timeline.document.title or Path(timeline.document.source).name
    if summary:
        s = summarize(timeline)
        if fmt is OutputFormat.json:
            emit([], fmt, document=s)
            return
        rows = [{**e, "aliases": e["aliases"], "roles": ", ".join(f"{k} {v}" for k, v in e["roles"].items())}
                for e in s["entities"]]
        emit(rows, fmt, columns=SUMMARY_COLUMNS, title=f"{title} — entities")
        emit(s["places"], fmt, columns=PLACE_COLUMNS, title=f"{title} — places")
        return
    if emit_whole(timeline, fmt):
        return
    table = fmt in (OutputFormat.table, OutputFormat.md)
    emit(entity_rows(timeline, table), fmt, columns=TABLE_COLUMNS if table else FLAT_COLUMNS,
         title=f"{title} — {len(timeline.events)} events")
