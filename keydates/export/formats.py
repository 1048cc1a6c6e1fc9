"""The built-in exporters: lossless JSON/JSONL, flat CSV, Markdown, and the formats of other
tools (TimelineJS3, iCalendar, GeoJSON, TimeML). Importing this module registers them."""

from __future__ import annotations

import csv
import io
from typing import Any

from keydates.export import Exporter, register
from keydates.export import lossless
from keydates.export.geo import render_geojson
from keydates.export.ical import render_ics
from keydates.export.timelinejs import render_timelinejs
from keydates.export.timeml import render_timeml
from keydates.store.codec import date_bounds
from keydates.store.types import StoredEvent, StoredTimeline
from keydates.time.values import humanize

CSV_COLUMNS = [
    "id", "timeline", "document_id", "position", "display_date", "date_value", "date_mod",
    "date_range_end", "earliest", "latest", "granularity", "basis", "section", "headline",
    "text", "kind", "actors", "places", "killed", "injured", "evidence", "start", "end",
    "source", "corrected", "corrected_fields",
]


def display_date(e: StoredEvent) -> str:
    """The event date as people write it ('late December 2019')."""
    d = e.event.date
    return humanize(d.value, d.mod, d.range_end)


def _casualty(e: StoredEvent, category: str) -> int | None:
    counts = [c.count for c in e.event.casualties if c.category == category]
    return sum(counts) if counts else None


def flat_row(e: StoredEvent, tl: StoredTimeline) -> dict[str, Any]:
    """One flat row per event (CSV, tables)."""
    ev, d = e.event, e.event.date
    doc = tl.document(e.document_id)
    earliest, latest = date_bounds(d)
    return {
        "id": e.id, "timeline": e.timeline_slug or tl.slug, "document_id": e.document_id,
        "position": e.position, "display_date": display_date(e), "date_value": d.value,
        "date_mod": d.mod, "date_range_end": d.range_end, "earliest": earliest,
        "latest": latest, "granularity": d.granularity, "basis": d.basis,
        "section": ev.section, "headline": ev.headline, "text": ev.text, "kind": ev.kind,
        "actors": "; ".join(dict.fromkeys(a.name for a in ev.actors)),
        "places": "; ".join(dict.fromkeys(p.name for p in ev.places)),
        "killed": _casualty(e, "killed"), "injured": _casualty(e, "injured"),
        "evidence": d.evidence, "start": ev.start, "end": ev.end,
        "source": doc.source if doc else None, "corrected": e.corrected,
        "corrected_fields": "; ".join(e.corrected_fields),
    }


def render_csv(tl: StoredTimeline) -> str:
    """One row per event, flat columns (CSV_COLUMNS), RFC 4180 quoting."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for e in tl.events:
        writer.writerow({k: ("" if v is None else v) for k, v in flat_row(e, tl).items()})
    return buf.getvalue()


def _md(text: str | None) -> str:
    """Inline Markdown text with its markup characters escaped."""
    out = (text or "").replace("\\", "\\\\")
    for ch in "*_`[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def render_md(tl: StoredTimeline) -> str:
    """A readable chronology: title, lead, then dated bullets under their section headings."""
    lines = [f"# {_md(tl.name)}", ""]
    for doc in tl.documents:
        if doc.title and doc.title != tl.name:
            lines.append(f"*{_md(doc.title)}*  ")
        src = _md(doc.source) + (f", published {doc.published}" if doc.published else "")
        lines += [f"Source: {src}", ""]
        if doc.lead:
            lines += [_md(doc.lead), ""]
    section: str | None = None
    for e in tl.events:
        ev = e.event
        if ev.section and ev.section != section:
            lines += ["", f"## {_md(ev.section)}", ""]
            section = ev.section
        head = f"**{_md(ev.headline)}.** " if ev.headline else ""
        extra = []
        if ev.kind:
            extra.append(ev.kind)
        if ev.places:
            extra.append(", ".join(dict.fromkeys(p.name for p in ev.places)))
        tail = f" _({_md('; '.join(extra))})_" if extra else ""
        mark = " (corrected)" if e.corrected else ""
        lines.append(f"- **{_md(display_date(e))}**{mark}: {head}{_md(ev.text)}{tail}")
    return "\n".join(lines).rstrip() + "\n"


for _exp in (
    Exporter("json", "json", "application/json", lossless.render_json,
             "lossless: documents, events, original extraction and corrections"),
    Exporter("jsonl", "jsonl", "application/x-ndjson", lossless.render_jsonl,
             "lossless, one record per line (timeline, document, event)"),
    Exporter("csv", "csv", "text/csv; charset=utf-8", render_csv, "one row per event"),
    Exporter("md", "md", "text/markdown; charset=utf-8", render_md, "readable chronology"),
    Exporter("timelinejs", "json", "application/json", render_timelinejs,
             "TimelineJS3 JSON (eras = sections, groups = kinds)"),
    Exporter("ics", "ics", "text/calendar; charset=utf-8", render_ics,
             "iCalendar (RFC 5545), all-day events over each event's interval"),
    Exporter("geojson", "geojson", "application/geo+json", render_geojson,
             "one point feature per event place"),
    Exporter("timeml", "tml", "application/xml", render_timeml,
             "the document text with TIMEX3 around each event's date evidence"),
):
    register(_exp)
