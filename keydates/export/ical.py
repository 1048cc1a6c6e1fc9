"""iCalendar (RFC 5545): one all-day VEVENT per dated event, spanning the days it covers.

DTSTART is the first day, DTEND the day after the last (RFC 5545 all-day events end
exclusively). Events the format cannot hold are left out and counted in X-KEYDATES-SKIPPED:
undated ones, open-ended ones ("since 2011"), and days outside years 1-9999.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from icalendar import Calendar
from icalendar import Event as IEvent

from keydates.store.codec import date_bounds
from keydates.store.types import StoredEvent, StoredTimeline
from keydates.time.values import humanize, parse_iso_day


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    y, m, d = parse_iso_day(iso)
    if not 1 <= y <= 9999:
        return None
    return date(y, m, d)


def _stamp(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _vevent(e: StoredEvent, tl: StoredTimeline, stamp: datetime) -> IEvent | None:
    d = e.event.date
    lo, hi = date_bounds(d)
    first, last = _day(lo), _day(hi)
    if first is None or last is None:
        return None
    try:
        end = last + timedelta(days=1)
    except OverflowError:
        return None
    doc = tl.document(e.document_id)
    ev = e.event
    item = IEvent()
    uid_base = (doc.content_hash[:16] if doc else tl.slug)
    item.add("uid", f"{uid_base}-{e.position}@keydates")
    item.add("dtstamp", stamp)
    item.add("dtstart", first)
    item.add("dtend", end)
    summary = ev.headline or (ev.text if len(ev.text) <= 120 else ev.text[:117].rstrip() + "…")
    item.add("summary", summary)
    item.add("description", f"{humanize(d.value, d.mod, d.range_end)}: {ev.text}")
    item.add("transp", "TRANSPARENT")
    if ev.kind:
        item.add("categories", [ev.kind])
    if ev.places:
        item.add("location", ", ".join(dict.fromkeys(p.name for p in ev.places)))
        geo = next((p for p in ev.places if p.lat is not None and p.lon is not None), None)
        if geo is not None:
            item.add("geo", (geo.lat, geo.lon))
    if doc and "://" in doc.source:
        item.add("url", doc.source)
    return item


def render_ics(tl: StoredTimeline) -> str:
    """The iCalendar text (CRLF line ends, folded lines, escaped text: done by `icalendar`)."""
    cal = Calendar()
    cal.add("prodid", "-//keydates//keydates timeline export//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", tl.name)
    stamp = _stamp(tl.summary.updated_at)
    skipped = 0
    for e in tl.events:
        item = _vevent(e, tl, stamp)
        if item is None:
            skipped += 1
            continue
        cal.add_component(item)
    cal.add("x-keydates-skipped", str(skipped))
    return cal.to_ical().decode("utf-8")
