"""TimelineJS3 JSON: partial dates kept as year/month/day, sections as eras, kinds as groups.

See https://timeline.knightlab.com/docs/json-format.html. Years before 1 AD are written as
negative historical years (586 BC -> -586); `display_date` says the date as people write it
("late December 2019"), so a month stays a month and a modifier is not lost. Undated events are
left out (TimelineJS needs a start date).
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from keydates.store.codec import date_bounds
from keydates.store.types import StoredEvent, StoredTimeline
from keydates.time.values import humanize, parse_iso_day

_PLAIN = re.compile(r"^(?P<bc>BC)?(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
_COARSE = {"millennium", "century", "decade", "year"}


def _historical(astro_year: int) -> int:
    return astro_year if astro_year > 0 else astro_year - 1


def value_parts(value: str | None) -> dict[str, int] | None:
    """{'year', 'month', 'day'} of a plain TIMEX3 date ('2003-05' -> year 2003, month 5)."""
    m = _PLAIN.match(value or "")
    if not m:
        return None
    year = int(m["y"])
    parts = {"year": -year if m["bc"] else year}
    if m["m"]:
        parts["month"] = int(m["m"])
    if m["d"]:
        parts["day"] = int(m["d"])
    return parts


def day_parts(iso: str, granularity: str) -> dict[str, int]:
    """Parts of an ISO day cut to a granularity (a decade keeps only years)."""
    y, m, d = parse_iso_day(iso)
    parts = {"year": _historical(y)}
    if granularity not in _COARSE:
        parts["month"] = m
        if granularity in ("day", "week", "weekend", "partofday", "time"):
            parts["day"] = d
    return parts


def _dates(e: StoredEvent) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    d = e.event.date
    start = value_parts(d.value)
    end = value_parts(d.range_end) if d.range_end else None
    gran = d.granularity or "none"
    lo, hi = date_bounds(d)
    if start is None and lo:
        start = day_parts(lo, gran)
        if end is None and hi and hi != lo:
            end = day_parts(hi, gran)
    if start is None and hi:  # open start ("before 2003"): show its last day
        start = day_parts(hi, gran)
    return start, end


def _text(e: StoredEvent) -> dict[str, str]:
    ev = e.event
    headline = ev.headline or (ev.text if len(ev.text) <= 80 else ev.text[:77].rstrip() + "…")
    return {"headline": html.escape(headline), "text": f"<p>{html.escape(ev.text)}</p>"}


def timelinejs(tl: StoredTimeline) -> dict[str, Any]:
    """The TimelineJS3 document as a dict."""
    lead = next((d.lead for d in tl.documents if d.lead), None)
    out: dict[str, Any] = {"title": {"text": {
        "headline": html.escape(tl.name), "text": f"<p>{html.escape(lead)}</p>" if lead else ""}}}
    events, eras = [], {}
    for e in tl.events:
        start, end = _dates(e)
        if start is None:
            continue
        d = e.event.date
        item: dict[str, Any] = {"unique_id": f"event-{e.id}", "start_date": start,
                                "display_date": humanize(d.value, d.mod, d.range_end),
                                "text": _text(e)}
        if end:
            item["end_date"] = end
        if e.event.kind:
            item["group"] = e.event.kind
        events.append(item)
        lo, hi = date_bounds(d)
        if e.event.section and (lo or hi):
            lo, hi = lo or hi, hi or lo
            era = eras.setdefault(e.event.section, [lo, hi])
            if parse_iso_day(lo) < parse_iso_day(era[0]):  # type: ignore[arg-type]
                era[0] = lo
            if parse_iso_day(hi) > parse_iso_day(era[1]):  # type: ignore[arg-type]
                era[1] = hi
    out["events"] = events
    if eras:
        out["eras"] = [{"start_date": day_parts(lo, "day"), "end_date": day_parts(hi, "day"),
                        "text": {"headline": html.escape(name)}}
                       for name, (lo, hi) in eras.items()]
    return out


def render_timelinejs(tl: StoredTimeline) -> str:
    """TimelineJS3 JSON text."""
    return json.dumps(timelinejs(tl), ensure_ascii=False, indent=2) + "\n"
