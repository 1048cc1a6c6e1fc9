"""What the pages show, computed from stored events: human dates, the time band, facets, the map,
the highlighted source paragraph and how a date was resolved. Pure functions, no web objects."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from keydates.model import Event
from keydates.time.values import bounds, humanize, parse_iso_day

DAY_MS = 86_400_000

BASIS_TEXT = {
    "explicit": "stated in the entry",
    "context": "completed from the context",
    "relative": "computed from a relative expression",
    "publication": "anchored to the publication date",
    "none": "no date could be found",
}
ANCHOR_TEXT = {
    "publication": "the publication date",
    "narrative": "the date the narrative had reached",
    "header": "the section header",
    "previous_event": "the previous entry",
}


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian day with an astronomical year (any year)."""
    y = year - (month <= 2)
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def iso_to_ms(iso: str | None, end_of_day: bool = False) -> int | None:
    """Milliseconds since the epoch of an ISO day ('-0585-01-01' works), for the time band."""
    if not iso:
        return None
    try:
        y, m, d = parse_iso_day(iso)
    except ValueError:
        return None
    ms = days_from_civil(y, m, d) * DAY_MS
    return ms + DAY_MS - 1 if end_of_day else ms


def event_span(event: Event) -> tuple[str | None, str | None]:
    """First and last day an event's date covers (stored bounds, else computed)."""
    d = event.date
    first, last = d.earliest, d.latest
    if first is None and last is None and d.value:
        first, last = bounds(d.value, d.mod, d.range_end)
    return first, last


def human_date(event: Event, short: bool = False) -> str:
    """The event's date as people write it ('late December 2019', 'c. 3500 BC')."""
    d = event.date
    return humanize(d.value, d.mod, d.range_end, short=short)


def from_context(event: Event) -> bool:
    """Whether the date was not stated in the entry itself."""
    return event.date.basis not in ("explicit", "none") and bool(event.date.value)


def resolution(event: Event) -> str:
    """One sentence on how the date was resolved, e.g. '“October 2” completed from the context:
    the previous entry (16 May 2003, 2003-05-16).'"""
    d = event.date
    if not d.value:
        return "No date could be found for this entry."
    quoted = f"“{d.evidence}”" if d.evidence else "The date"
    anchor = d.anchor if d.anchor and d.anchor.kind != "none" else None
    ref = ""
    if anchor:
        ref = ANCHOR_TEXT.get(anchor.kind, anchor.kind)
        if anchor.value:
            ref += f" ({humanize(anchor.value)}, {anchor.value})"
    if d.basis == "explicit":
        return f"Stated in the entry: {quoted}." if d.evidence else "Stated in the entry."
    verb = {"context": "completed from the context", "relative": "counted",
            "publication": "counted"}.get(d.basis, BASIS_TEXT.get(d.basis, d.basis))
    if d.basis == "publication" and not ref:
        ref = "the publication date"
    if not ref:
        return f"{quoted} {verb}."
    joiner = ": " if d.basis == "context" else " from "
    return f"{quoted} {verb}{joiner}{ref}."


def year_of(event: Event) -> int | None:
    """The (historical, negative for BC) year the event starts in, for the year facet."""
    first, last = event_span(event)
    iso = first or last
    if not iso:
        return None
    y = parse_iso_day(iso)[0]
    return y if y > 0 else y - 1  # astronomical 0 is 1 BC


def year_label(year: int) -> str:
    """'2003', '586 BC'."""
    return f"{-year} BC" if year < 0 else str(year)


@dataclass(slots=True)
class Facet:
    """One facet value with its count and whether it is the active filter."""

    key: str
    label: str
    count: int
    active: bool = False


@dataclass(slots=True)
class Facets:
    """Facet values of a set of events, most frequent first (years in order)."""

    actors: list[Facet] = field(default_factory=list)
    places: list[Facet] = field(default_factory=list)
    kinds: list[Facet] = field(default_factory=list)
    years: list[Facet] = field(default_factory=list)


def facets(events: Iterable[Event], active: dict[str, str | None], top: int = 15) -> Facets:
    """Count actors, places, kinds and years over `events`."""
    actors: Counter[str] = Counter()
    actor_names: dict[str, str] = {}
    places: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    years: Counter[int] = Counter()
    for ev in events:
        for a in {a.entity_id: a for a in ev.actors}.values():
            actors[a.entity_id] += 1
            actor_names[a.entity_id] = a.name
        for name in {p.name for p in ev.places}:
            places[name] += 1
        if ev.kind:
            kinds[ev.kind] += 1
        y = year_of(ev)
        if y is not None:
            years[y] += 1

    def top_of(counter: Counter[str], key: str, names: dict[str, str] | None = None) -> list[Facet]:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return [Facet(k, (names or {}).get(k, k), n, active.get(key) == k) for k, n in items]

    return Facets(
        actors=top_of(actors, "actor", actor_names),
        places=top_of(places, "place"),
        kinds=top_of(kinds, "kind"),
        years=[Facet(str(y), year_label(y), n, active.get("year") == str(y))
               for y, n in sorted(years.items())],
    )


def band_items(rows: Iterable[tuple[int, Event]]) -> dict[str, Any]:
    """Items of the vis-timeline band: events (partial dates as the spans they cover) and eras.

    `rows` are (event id, event). Times are milliseconds since 1970 so BC dates work.
    """
    items: list[dict[str, Any]] = []
    eras: dict[str, list[int]] = {}
    order: list[str] = []
    for event_id, ev in rows:
        first, last = event_span(ev)
        start = iso_to_ms(first or last)
        if start is None:
            continue
        end = iso_to_ms(last or first, end_of_day=True)
        label = short_label(ev)
        item: dict[str, Any] = {"id": event_id, "group": "events", "content": label,
                                "start": start,
                                "title": f"{human_date(ev)}: {label}",
                                "href": f"/events/{event_id}"}
        if end is not None and end - start > DAY_MS:
            item["end"] = end
            item["type"] = "range"
        else:
            item["type"] = "point"
        if from_context(ev):
            item["className"] = "ctx"
        items.append(item)
        if ev.section:
            if ev.section not in eras:
                eras[ev.section] = [start, end or start]
                order.append(ev.section)
            else:
                eras[ev.section][0] = min(eras[ev.section][0], start)
                eras[ev.section][1] = max(eras[ev.section][1], end or start)
    for i, name in enumerate(order):
        lo, hi = eras[name]
        end = max(hi, lo + DAY_MS)
        items.append({"id": f"era-{i}", "group": "eras", "content": name, "start": lo,
                      "end": end, "type": "range", "className": f"era era-{i % 2}",
                      "title": name})
        items.append({"id": f"era-bg-{i}", "content": "", "start": lo, "end": end,
                      "type": "background", "className": f"era era-{i % 2}"})
    return {"items": items}


_LEAD_DATE = re.compile(r"^\W*(?:(?:on|in|at|by|from|since|during|between|around|early|late|mid)\s+)*",
                        re.I)


def short_label(event: Event, width: int = 48) -> str:
    """A short label for the band: the headline, else the text without its leading date phrase
    ("On May 1, President Bush declares ..." -> "President Bush declares ...")."""
    text = (event.headline or "").strip()
    if not text:
        text = event.text.strip()
        ev = event.date.evidence
        if ev and event.date.evidence_start is not None and event.start <= (
                event.date.evidence_start) <= event.start + 40:
            head = text[: event.date.evidence_end - event.start] if event.date.evidence_end else ""
            if head.endswith(ev) and _LEAD_DATE.sub("", head[: -len(ev)]) == "":
                text = text[len(head):].lstrip(" ,:;–—-")
                text = text[:1].upper() + text[1:]
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def map_points(rows: Iterable[tuple[int, Event]]) -> list[dict[str, Any]]:
    """One point per place with coordinates, listing the events that mention it."""
    points: dict[tuple[float, float, str], dict[str, Any]] = {}
    for event_id, ev in rows:
        for p in ev.places:
            if p.lat is None or p.lon is None:
                continue
            key = (round(p.lat, 4), round(p.lon, 4), p.name)
            point = points.setdefault(key, {"name": p.name, "lat": p.lat, "lon": p.lon,
                                            "events": []})
            if len(point["events"]) < 20 and all(e["id"] != event_id for e in point["events"]):
                point["events"].append({"id": event_id, "date": human_date(ev, short=True),
                                        "label": short_label(ev, 70)})
    return sorted(points.values(), key=lambda p: -len(p["events"]))


@dataclass(slots=True)
class Segment:
    """A piece of the source paragraph; `event`/`date` say whether it is highlighted."""

    text: str
    event: bool = False
    date: bool = False


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the paragraph (blank-line separated block) holding [start, end)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    return lo, hi


def highlight(text: str, event: Event) -> tuple[list[Segment], bool]:
    """The source paragraph of an event cut into segments; True when the date evidence is in it.

    Offsets of the event and of its date evidence point into the document text.
    """
    if not text or event.end <= event.start or event.end > len(text):
        return [Segment(event.text, event=True)], False
    lo, hi = paragraph(text, event.start, event.end)
    d = event.date
    ds, de = d.evidence_start, d.evidence_end
    has_date = ds is not None and de is not None and lo <= ds < de <= hi
    cuts = {lo, hi, event.start, event.end}
    if has_date:
        cuts |= {ds, de}  # type: ignore[arg-type]
    points = sorted(c for c in cuts if lo <= c <= hi)
    segments = []
    for a, b in zip(points, points[1:]):
        if a == b:
            continue
        in_event = event.start <= a < event.end
        in_date = has_date and ds <= a < de  # type: ignore[operator]
        segments.append(Segment(text[a:b], event=in_event, date=bool(in_date)))
    return segments, has_date


MODS = [
    ("", "exactly"), ("APPROX", "about (c.)"), ("START", "early"), ("MID", "mid"),
    ("END", "late"), ("BEFORE", "before"), ("AFTER", "after"), ("ON_OR_AFTER", "since"),
    ("ON_OR_BEFORE", "until"),
]


def iso_to_timex(iso: str) -> str:
    """An astronomical ISO day as a TIMEX3 value ('-0585-03-01' -> 'BC0586-03-01')."""
    y, m, d = parse_iso_day(iso)
    year = f"BC{1 - y:04d}" if y <= 0 else f"{y:04d}"
    return f"{year}-{m:02d}-{d:02d}"


def human_span(first: str | None, last: str | None) -> str:
    """'20 Mar 2003 – 3 Jan 2020' for a timeline's span."""
    parts = [humanize(iso_to_timex(x), short=True) if x else "…" for x in (first, last)]
    if not first and not last:
        return "undated"
    return parts[0] if parts[0] == parts[1] else f"{parts[0]} – {parts[1]}"


def source_label(source: str) -> str:
    """How a document's source is shown: a URL as is, a local path by its file name only."""
    if not source or source == "-":
        return "pasted text"
    if source.startswith(("http://", "https://")):
        return source
    if "\n" in source or len(source) > 300:
        return "pasted text"
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def check_url(url: str) -> str:
    """A fetchable http(s) URL, or `InputError` saying what is wrong with it."""
    from urllib.parse import urlsplit

    from keydates.errors import InputError

    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise InputError(f"not a valid URL: {url[:200]!r}") from None
    if parts.scheme not in ("http", "https") or any(c.isspace() for c in url):
        raise InputError("the URL must start with http:// or https:// and have no spaces")
    try:
        labels = host.encode("idna").split(b".") if host else []
    except UnicodeError:
        labels = []
    if not labels or any(not 0 < len(label) <= 63 for label in labels) or len(host) > 253:
        raise InputError(f"the URL has no valid host name: {url[:200]!r}")
    return url
