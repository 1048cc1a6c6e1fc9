"""Events as stored: dict <-> `Event`, the columns derived from an event, corrections applied."""

from __future__ import annotations

import copy
import hashlib
import re
import unicodedata
from dataclasses import fields
from datetime import datetime, timezone
from typing import Any

from keydates.model import (
    Actor, Anchor, Casualties, Document, Event, EventDate, Place, Timeline,
)
from keydates.store.types import (
    CorrectionError, StoredDocument, StoredEvent, StoredTimeline, TimelineSummary,
)
from keydates.time import values

OPEN_LO = "000000-00-00"  # events open before ("before 2003") start at -infinity
OPEN_HI = "999999-99-99"  # events open after ("since 2011") end at +infinity
UNDATED_SORT = "1"

# Fields a correction may set, and the type of value each accepts.
TOP_FIELDS = {"text": str, "headline": str, "section": str, "kind": str, "kind_trigger": str,
              "actors": list, "places": list, "casualties": list}
DATE_FIELDS = {"value", "mod", "range_end", "earliest", "latest", "granularity", "basis",
               "evidence", "evidence_start", "evidence_end"}
DERIVED_DATE = {"earliest", "latest", "granularity"}


def now() -> str:
    """The current UTC time as ISO 8601 text (seconds)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def slugify(name: str) -> str:
    """A URL-safe slug: 'Timeline: US–Iraq (2003)' -> 'timeline-us-iraq-2003'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:180]
    if slug:
        return slug
    return "t-" + hashlib.sha1(name.encode()).hexdigest()[:10]


def norm(text: str) -> str:
    """Case- and space-insensitive form for matching names."""
    return " ".join(text.casefold().split())[:300]


def content_hash(doc: Document) -> str:
    """The document's content hash (sha256 of its text when the reader left it empty)."""
    return doc.content_hash or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


# -- dict <-> dataclasses -------------------------------------------------------------------------
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


_SCALARS = frozenset({str, int, float, bool, type(None)})


def plain(obj: Any) -> Any:
    """`dataclasses.asdict` without its deep copies (several times faster on events)."""
    cls = obj.__class__
    if cls in _SCALARS:
        return obj
    names = _FIELD_NAMES.get(cls)
    if names is None and hasattr(cls, "__dataclass_fields__"):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    if names is not None:
        return {n: plain(getattr(obj, n)) for n in names}
    if isinstance(obj, list):
        return [plain(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(plain(x) for x in obj)
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    return obj


def event_dict(event: Event) -> dict[str, Any]:
    """`event.to_dict()`, fast."""
    return plain(event)


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    try:
        return cls(**data)
    except TypeError as exc:
        raise ValueError(f"{where}: {exc}") from None


def event_from_dict(data: dict[str, Any], where: str = "event") -> Event:
    """Rebuild an `Event` from `Event.to_dict()` output (raises ValueError naming the field)."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object")
    d = dict(data)
    date = dict(d.get("date") or {})
    if not isinstance(date, dict):
        raise ValueError(f"{where}.date: expected an object")
    date["anchor"] = _build(Anchor, date.get("anchor") or {}, f"{where}.date.anchor")
    d["date"] = _build(EventDate, date, f"{where}.date")
    for key, cls in (("actors", Actor), ("places", Place), ("casualties", Casualties)):
        items = d.get(key) or []
        if not isinstance(items, list):
            raise ValueError(f"{where}.{key}: expected a list")
        d[key] = [_build(cls, item, f"{where}.{key}[{i}]") for i, item in enumerate(items)]
    event = _build(Event, d, where)
    _check_date(event.date, f"{where}.date")
    for name in ("start", "end"):
        if not isinstance(getattr(event, name), int) or isinstance(getattr(event, name), bool):
            raise ValueError(f"{where}.{name}: expected an integer offset")
    if not isinstance(event.text, str):
        raise ValueError(f"{where}.text: expected a string")
    return event


_ISO_DAY = re.compile(r"^-?\d{4}-\d{2}-\d{2}$")


def _check_date(date: EventDate, where: str) -> None:
    """Types and shapes of an EventDate read from outside (an import file)."""
    for name in ("value", "mod", "range_end", "earliest", "latest", "evidence"):
        v = getattr(date, name)
        if v is not None and not isinstance(v, str):
            raise ValueError(f"{where}.{name}: expected a string or null")
    for name in ("granularity", "basis"):
        if not isinstance(getattr(date, name), str):
            raise ValueError(f"{where}.{name}: expected a string")
    for name in ("evidence_start", "evidence_end"):
        v = getattr(date, name)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
            raise ValueError(f"{where}.{name}: expected an integer or null")
    for name in ("value", "range_end"):
        v = getattr(date, name)
        if v and not (values.is_valid(v) or values.is_valid(v, "DURATION")):
            raise ValueError(f"{where}.{name}: {v!r} is not a valid TIMEX3 value")
    for name in ("earliest", "latest"):
        v = getattr(date, name)
        if v and not _ISO_DAY.match(v):
            raise ValueError(f"{where}.{name}: {v!r} is not an ISO day (YYYY-MM-DD)")


def stored_event(data: dict[str, Any]) -> Event:
    """An `Event` from the store's own JSON (already validated on the way in: no checks)."""
    d = data["date"]
    date = EventDate(**{**d, "anchor": Anchor(**(d.get("anchor") or {}))})
    return Event(**{**data, "date": date,
                    "actors": [Actor(**a) for a in data.get("actors") or []],
                    "places": [Place(**p) for p in data.get("places") or []],
                    "casualties": [Casualties(**c) for c in data.get("casualties") or []]})


def document_from_dict(data: dict[str, Any], where: str = "document") -> Document:
    """Rebuild a `Document` (raises ValueError naming the field)."""
    doc = _build(Document, data, where)
    if not isinstance(doc.text, str):
        raise ValueError(f"{where}.text: expected a string")
    return doc


# -- derived columns ------------------------------------------------------------------------------
def pad(iso: str) -> str:
    """An astronomical ISO day shifted to sort as text: '-0585-01-01' -> '099415-01-01'."""
    y, m, d = values.parse_iso_day(iso)
    return f"{y + 100000:06d}-{m:02d}-{d:02d}"


def unpad(key: str | None) -> str | None:
    """Inverse of `pad` (None for the open-end sentinels)."""
    if not key or key in (OPEN_LO, OPEN_HI):
        return None
    y, rest = key[:6], key[7:]
    return values.iso_day(int(y) - 100000, int(rest[:2]), int(rest[3:5]))


# Interval index: events are classed by how many days they cover, so that an overlap query can
# search each class on (span_class, lo) within [from - longest span of the class, to] instead
# of every event that starts before `to`. The last class holds longer and open-ended events.
SPAN_CLASSES = (1, 31, 92, 366, 3660, 36600)
OPEN_CLASS = len(SPAN_CLASSES)


def day_number(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 in the proleptic Gregorian calendar, for any astronomical year."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def from_day_number(n: int) -> tuple[int, int, int]:
    """Inverse of `day_number`."""
    n += 719468
    era = n // 146097
    doe = n - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (m <= 2), m, d


def key_day(key: str) -> int:
    """Day number of a padded key ('102003-03-20')."""
    return day_number(int(key[:6]) - 100000, int(key[7:9]), int(key[10:12]))


def day_key(n: int) -> str:
    """Padded key of a day number."""
    y, m, d = from_day_number(n)
    return f"{y + 100000:06d}-{m:02d}-{d:02d}"


def span_class(lo: str | None, hi: str | None) -> int | None:
    """The span class of an event's padded bounds (None for undated events)."""
    if lo is None or hi is None:
        return None
    if lo == OPEN_LO or hi == OPEN_HI:
        return OPEN_CLASS
    days = key_day(hi) - key_day(lo) + 1
    return next((i for i, limit in enumerate(SPAN_CLASSES) if days <= limit), OPEN_CLASS)


def date_bounds(date: EventDate) -> tuple[str | None, str | None]:
    """The first and last day an event date covers: the reader's, else computed from its value."""
    if date.earliest or date.latest:
        return date.earliest, date.latest
    if date.value:
        return values.bounds(date.value, date.mod, date.range_end)
    return None, None


def event_columns(ev: dict[str, Any]) -> dict[str, Any]:
    """The queryable columns of an event dict (`Event.to_dict()` shape)."""
    d = ev.get("date") or {}
    first, last = d.get("earliest"), d.get("latest")
    if not first and not last and d.get("value"):
        first, last = values.bounds(d["value"], d.get("mod"), d.get("range_end"))
    if first is None and last is None:
        lo = hi = None
        sort = f"{UNDATED_SORT}|"
    else:
        lo = pad(first) if first else OPEN_LO
        hi = pad(last) if last else OPEN_HI
        sort = f"0|{pad(first or last)}|{pad(last or first)}"  # type: ignore[arg-type]
    words = [ev.get("headline") or "", ev.get("text") or "", ev.get("section") or "",
             ev.get("kind") or ""]
    for a in ev.get("actors") or []:
        words += [a.get("name") or "", a.get("mention") or ""]
    for p in ev.get("places") or []:
        words += [p.get("name") or "", p.get("mention") or ""]
    return {
        "start_offset": ev["start"], "end_offset": ev["end"], "text": ev.get("text") or "",
        "section": ev.get("section"), "headline": ev.get("headline"), "kind": ev.get("kind"),
        "date_value": d.get("value"), "date_mod": d.get("mod"),
        "date_range_end": d.get("range_end"), "earliest": first, "latest": last, "lo": lo,
        "hi": hi, "span_class": span_class(lo, hi), "granularity": d.get("granularity") or "none",
        "basis": d.get("basis") or "none", "sort_key": sort,
        # each distinct piece once (an actor's name is often its mention): less to index
        "search_text": "\n".join(dict.fromkeys(w for w in words if w)),
    }


# -- corrections ----------------------------------------------------------------------------------
def flatten_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate a correction and flatten it to field paths ("date.value", "headline", ...)."""
    if not isinstance(changes, dict) or not changes:
        raise CorrectionError("a correction needs at least one field to change")
    flat: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "date":
            if isinstance(value, str):
                value = {"value": value}
            if not isinstance(value, dict):
                raise CorrectionError("date: give a TIMEX3 value or an object of date fields")
            for sub, v in value.items():
                flat[f"date.{sub}"] = v
        else:
            flat[key] = value
    for key, value in flat.items():
        if key.startswith("date."):
            sub = key[5:]
            if sub not in DATE_FIELDS:
                raise CorrectionError(f"unknown date field {sub!r} (known: "
                                      f"{', '.join(sorted(DATE_FIELDS))})")
            if sub in ("value", "range_end") and value is not None:
                if not isinstance(value, str) or not values.is_valid(value):
                    raise CorrectionError(f"{key}: {value!r} is not a valid TIMEX3 date value")
            if sub == "mod" and value is not None and value not in values.MODS:
                raise CorrectionError(f"date.mod: {value!r} is not a TIMEX3 modifier")
        elif key not in TOP_FIELDS:
            raise CorrectionError(f"unknown field {key!r} (known: date, "
                                  f"{', '.join(sorted(TOP_FIELDS))})")
        elif value is not None and not isinstance(value, TOP_FIELDS[key]):
            raise CorrectionError(f"{key}: expected {TOP_FIELDS[key].__name__}")
    if "text" in flat and not flat["text"]:
        raise CorrectionError("text: an event's text cannot be empty")
    probe = apply_corrections({"start": 0, "end": 0, "text": "x", "section": None,
                               "date": {"value": None}}, flat)
    try:
        event_from_dict(probe, "correction")
    except ValueError as exc:
        raise CorrectionError(str(exc)) from None
    return flat


def check_span(value: Any) -> None:
    """A `span` correction (merge/split): [start shift, end shift], two integers."""
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
        raise CorrectionError("span: expected [start shift, end shift] (two integers)")


def apply_corrections(original: dict[str, Any], flat: dict[str, Any]) -> dict[str, Any]:
    """The event dict with corrected fields set; date bounds are recomputed when the value,
    modifier or range end changes (unless the correction gives them too)."""
    ev = copy.deepcopy(original)
    date = ev.setdefault("date", {})
    touched_date = False
    for key, value in flat.items():
        if key.startswith("date."):
            date[key[5:]] = value
            touched_date = touched_date or key[5:] in ("value", "mod", "range_end")
        elif key == "span":  # merge/split: [start shift, end shift] from the extraction
            ev["start"] = int(original["start"]) + int(value[0])
            ev["end"] = int(original["end"]) + int(value[1])
        else:
            ev[key] = copy.deepcopy(value)
    if touched_date:
        given = {k[5:] for k in flat if k.startswith("date.")}
        first, last = values.bounds(date.get("value"), date.get("mod"), date.get("range_end"))
        if "earliest" not in given:
            date["earliest"] = first
        if "latest" not in given:
            date["latest"] = last
        if "granularity" not in given:
            date["granularity"] = values.granularity(date.get("value") or "")
    return ev


# -- unsaved timelines (exporters on `extract` output) ---------------------------------------------
def unsaved_timeline(timeline: Timeline, name: str | None = None) -> StoredTimeline:
    """Wrap a `Timeline` as a `StoredTimeline` (document id 1, event ids from 1, no corrections)."""
    doc = timeline.document
    stamp = now()
    name = name or doc.title or doc.source or "timeline"
    sdoc = StoredDocument(id=1, source=doc.source, format=doc.format, title=doc.title,
                          lead=doc.lead, published=doc.published,
                          published_source=doc.published_source, content_hash=content_hash(doc),
                          text=doc.text, added_at=stamp, notes=list(timeline.notes))
    slug = slugify(name)
    stored = [StoredEvent(id=i + 1, timeline_id=0, timeline_slug=slug, document_id=1, position=i,
                          event=e, original=copy.deepcopy(e))
              for i, e in enumerate(timeline.events)]
    stored.sort(key=lambda s: (event_columns(s.event.to_dict())["sort_key"], s.position))
    cols = [event_columns(s.event.to_dict()) for s in stored]
    los = [c["lo"] for c in cols if c["earliest"]]
    his = [c["hi"] for c in cols if c["latest"]]
    summary = TimelineSummary(id=0, slug=slug, name=name, title=doc.title, n_events=len(stored),
                              n_documents=1, earliest=unpad(min(los)) if los else None,
                              latest=unpad(max(his)) if his else None, created_at=stamp,
                              updated_at=stamp)
    return StoredTimeline(summary=summary, documents=[sdoc], events=stored)
