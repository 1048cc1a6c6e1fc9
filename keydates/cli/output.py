"""One output layer for every command: table (Rich), JSON, JSON Lines, CSV, Markdown.

Commands build a list of flat row dicts (plus, for JSON, an optional full document) and call
`emit`, so every command offers the same `--format` choices with the same behaviour.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from typing import Any, Iterable, Sequence

from rich.console import Console
from rich.table import Table


class OutputFormat(str, Enum):
    """Output formats shared by the commands."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(rows: Sequence[dict[str, Any]], fmt: OutputFormat, columns: Sequence[str] | None = None,
           document: Any = None, title: str | None = None) -> str:
    """Render rows in a format; `document` (any JSON-able object) replaces rows for `json`."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt is OutputFormat.json:
        payload = document if document is not None else list(rows)
        return json.dumps(payload, ensure_ascii=False, indent=2)
    if fmt is OutputFormat.jsonl:
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in cols])
        return buf.getvalue().rstrip("\n")
    if fmt is OutputFormat.md:
        lines = [f"# {title}", ""] if title else []
        lines.append("| " + " | ".join(cols) + " |")
        lines.append("|" + "---|" * len(cols))
        for r in rows:
            lines.append("| " + " | ".join(_cell(r.get(c)).replace("|", "\\|").replace("\n", " ")
                                           for c in cols) + " |")
        return "\n".join(lines)
    console = Console(record=True, width=120, file=io.StringIO())
    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in cols])
    console.print(table)
    return console.export_text().rstrip("\n")


def emit(rows: Iterable[dict[str, Any]], fmt: OutputFormat, columns: Sequence[str] | None = None,
         document: Any = None, title: str | None = None) -> None:
    """Write rendered rows to standard output (tables go through Rich for the terminal)."""
    rows = list(rows)
    if fmt is OutputFormat.table and sys.stdout.isatty():
        console = Console()
        cols = list(columns or (rows[0].keys() if rows else []))
        table = Table(title=title)
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)) for c in cols])
        console.print(table)
        return
    sys.stdout.write(render(rows, fmt, columns, document=document, title=title) + "\n")
