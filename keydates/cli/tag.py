"""`keydates tag`: every time expression of a text or TimeML document, normalized and anchored."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from keydates.cli import app
from keydates.cli.output import OutputFormat, emit
from keydates.errors import InputError

# Texts larger than this are refused with a message rather than tagged for minutes.
MAX_INPUT_BYTES = 10 * 1024 * 1024
TABLE_COLUMNS = ["start", "end", "text", "type", "value", "mod", "range_end", "earliest", "latest",
                 "anchor", "rule"]


class TagFormat(str, Enum):
    """Output formats of `keydates tag`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"
    timeml = "timeml"


def read_input(source: str, max_bytes: int | None = None) -> str:
    """The text of a file or of standard input ("-"), with named errors for unusable input."""
    from keydates.time.timeml import decode_text, read_text_file

    max_bytes = max_bytes or MAX_INPUT_BYTES
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"standard input too large (more than {max_bytes / 1e6:.0f} MB)")
        text = decode_text(data, "standard input")
    else:
        text = read_text_file(source, max_bytes)
    if not text.strip():
        raise InputError(f"{'standard input' if source == '-' else source}: empty input, no text to tag")
    return text


def _row(expr: Any) -> dict[str, Any]:
    row = expr.to_dict()
    anchor = row.pop("anchor", None) or {}
    row["anchor"] = f"{anchor.get('kind')}:{anchor.get('value')}" if anchor.get("value") else anchor.get("kind")
    return row


@app.command("tag")
def tag(
    source: str = typer.Argument(..., metavar="FILE|-",
                                 help="A plain text or TimeML file, or - for standard input."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date that anchors relative dates ('on Friday', 'yesterday'). "
             "Default: the DCT of a TimeML input, else none."),
    fmt: TagFormat = typer.Option(TagFormat.table, "--format",
                                  help="table, json, jsonl, csv, md, or timeml (TIMEX3 in TEXT)."),
) -> None:
    """Find, normalize and anchor every time expression (TIMEX3 values) in a text.

    A TimeML input (detected by its content: TE3input, or a gold file whose tags are ignored) is
    tagged on its TEXT, with its DCT as publication date unless --published is given.
    """
    from keydates.time import parse_published
    from keydates.time import tag as tag_text
    from keydates.time.timeml import looks_like_timeml, new_timeml, parse_timeml, write_timeml

    day = parse_published(published) if published is not None else None
    content = read_input(source)
    doc = None
    text = content
    if looks_like_timeml(content):
        doc = parse_timeml(content, source if source != "-" else "standard input")
        text = doc.text
        if day is None:
            day = doc.published
        if not text.strip() and fmt is not TagFormat.timeml:
            raise InputError(f"{doc.source}: the TimeML TEXT is empty, no text to tag")
    # TimeML marks each end of a range as its own TIMEX3; the other formats keep range_end.
    expressions = tag_text(text, published=day, timeml=fmt is TagFormat.timeml)
    if fmt is TagFormat.timeml:
        if doc is not None:
            out = write_timeml(doc, expressions)
        else:
            name = None if source == "-" else Path(source).stem
            out = new_timeml(text, expressions, published=day, docid=name)
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
        return
    if fmt is TagFormat.json:
        emit([], OutputFormat.json, document=[e.to_dict() for e in expressions])
        return
    title = f"{len(expressions)} time expressions" + (f" (published {day})" if day else "")
    emit([_row(e) for e in expressions], OutputFormat(fmt.value), columns=TABLE_COLUMNS, title=title)
