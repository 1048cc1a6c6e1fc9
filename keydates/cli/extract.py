"""`keydates extract`: a chronology's timeline; `keydates eval chronology`: score against gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from keydates.cli import app
from keydates.cli.evaluate import eval_app
from keydates.cli.output import OutputFormat, emit

TABLE_COLUMNS = ["date", "basis", "section", "text"]
FLAT_COLUMNS = ["start", "end", "value", "mod", "range_end", "earliest", "latest", "granularity",
                "basis", "evidence", "section", "text"]


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def event_rows(timeline: Any, table: bool) -> list[dict[str, Any]]:
    """Rows of the events: human dates for the table, flat TIMEX3 fields otherwise."""
    from keydates.time.values import humanize

    rows = []
    for e in timeline.events:
        d = e.date
        if table:
            rows.append({"date": humanize(d.value, d.mod, d.range_end, short=True),
                         "basis": d.basis, "section": e.section or "", "text": _short(e.text)})
        else:
            rows.append({"start": e.start, "end": e.end, "value": d.value, "mod": d.mod,
                         "range_end": d.range_end, "earliest": d.earliest, "latest": d.latest,
                         "granularity": d.granularity, "basis": d.basis, "evidence": d.evidence,
                         "section": e.section, "text": e.text})
    return rows


def read_source(source: str, published: str | None) -> Any:
    """The command-line source: "-" is standard input, an http(s) URL is fetched, else a path."""
    from keydates.read import URL_RE, read_path, read_stdin, read_url

    if source == "-":
        return read_stdin(published)
    if URL_RE.match(source):
        return read_url(source, published)
    return read_path(source, published)


def emit_whole(timeline: Any, fmt: OutputFormat) -> bool:
    """Write the lossless formats (json: the whole timeline; jsonl: one event a line).

    Returns False for the row formats, which each command renders with its own columns."""
    if fmt is OutputFormat.json:
        emit([], fmt, document=timeline.to_dict())
        return True
    if fmt is OutputFormat.jsonl:
        emit([e.to_dict() for e in timeline.events], fmt)
        return True
    return False


@app.command("extract")
def extract(
    source: str = typer.Argument(..., metavar="PATH|URL|-",
                                 help="A text, Markdown or HTML file, an http(s) URL, or - for stdin."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date (default: HTML metadata or a dateline; else none, and weekdays "
             "or 'today' stay undated)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format",
                                     help="table (default), json, jsonl, csv or md."),
) -> None:
    """Turn a chronology into dated events (dates resolved from context, no entity pass)."""
    from keydates.events import extract as run

    timeline = run(read_source(source, published))
    if emit_whole(timeline, fmt):
        return
    table = fmt in (OutputFormat.table, OutputFormat.md)
    rows = event_rows(timeline, table)
    doc = timeline.document
    title = doc.title or Path(doc.source).name
    if table:
        pub = f"published {doc.published} ({doc.published_source})" if doc.published \
            else "publication date unknown"
        title = f"{title} — {len(rows)} events, {pub}"
    emit(rows, fmt, columns=TABLE_COLUMNS if table else FLAT_COLUMNS, title=title)
    if fmt is OutputFormat.table:
        for note in timeline.notes:
            typer.echo(f"note: {note}", err=True)


SCORE_COLUMNS = ["document", "gold", "events", "coverage", "value", "strict", "extra"]


def _score_row(s: Any) -> dict[str, Any]:
    r = s.rates()
    return {"document": s.name, "gold": s.gold, "events": s.events,
            "coverage": f"{r['coverage']:.1f}", "value": f"{r['value_accuracy']:.1f}",
            "strict": f"{r['strict_accuracy']:.1f}", "extra": f"{s.extra} ({r['extra_rate']:.1f})"}


def _fmt_date(d: dict[str, Any] | None) -> str:
    if d is None:
        return "no event"
    out = str(d.get("value"))
    if d.get("mod"):
        out += f" {d['mod']}"
    if d.get("end"):
        out += f" ..{d['end']}"
    if d.get("basis"):
        out += f" [{d['basis']}]"
    return out


@eval_app.command("chronology")
def chronology(
    directory: Path = typer.Argument(..., help="Folder of NAME.txt|.md|.html + NAME.gold.jsonl "
                                               "(+ optional NAME.meta.json)."),
    errors: bool = typer.Option(True, "--errors/--no-errors", help="List each error."),
    use_meta: bool = typer.Option(True, "--meta/--no-meta",
                                  help="Give NAME.meta.json's publication_date (default), or let "
                                       "the reader find it in the text."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, json, csv, md."),
) -> None:
    """Score extracted timelines against gold chronologies: coverage, value and strict accuracy,
    extra events (% of gold entries), and each error."""
    from keydates.evaluate.chronology import evaluate_directory

    docs, total = evaluate_directory(directory, use_meta=use_meta)
    if fmt is OutputFormat.json or fmt is OutputFormat.jsonl:
        payload = {"documents": [d.to_dict() for d in docs], "total": {
            k: v for k, v in total.to_dict().items() if k not in ("results", "extra_events")}}
        emit([], OutputFormat.json, document=payload)
        return
    rows = [_score_row(d) for d in docs] + [_score_row(total)]
    emit(rows, fmt, columns=SCORE_COLUMNS, title=f"Chronology scores on {directory} (percent)")
    if errors and fmt is OutputFormat.table:
        for d in docs:
            for r in d.errors():
                typer.echo(f"{d.name}: {r.error}: gold {_fmt_date(r.gold)} | system "
                           f"{_fmt_date(r.system)} | {r.quote[:70]}")
            for x in d.extra_events:
                typer.echo(f"{d.name}: extra: {_fmt_date(x)} | {_short(x['text'], 70)}")
