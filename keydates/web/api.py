"""The JSON API under /api/: timelines, events, entities, places, documents, exports, audit.

Lists are paginated with `limit`/`offset` and return {"items", "total", "limit", "offset",
"next"}. Writes need an editor: HTTP Basic credentials, or the session cookie plus the
`X-CSRF-Token` header. Every error has the shape of `keydates.web.errors.ErrorResponse`.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from keydates.errors import InputError
from keydates.web import views
from keydates.web.auth import api_editor
from keydates.web.errors import ErrorResponse, WebError

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": desc}
    for code, desc in ((400, "Bad request"), (401, "Not signed in"), (403, "Not allowed"),
                       (404, "Not found"), (422, "Invalid request"), (500, "Server error"))
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)
MAX_LIMIT = 500


def _store(request: Request) -> Any:
    return request.app.state.store


def _page(request: Request, items: list[Any], total: int, limit: int, offset: int) -> dict:
    nxt = None
    if offset + len(items) < total:
        params = dict(request.query_params)
        params.update(offset=str(offset + limit), limit=str(limit))
        nxt = f"{request.url.path}?{urlencode(params)}"
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next": nxt}


def plain(obj: Any) -> Any:
    """Dataclasses (with slots) to JSON-able dicts; much faster than `dataclasses.asdict`,
    which deep-copies every value."""
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    names = _FIELDS.get(type(obj))
    if names is None:
        names = _FIELDS[type(obj)] = [f.name for f in dataclasses.fields(obj)]
    return {n: plain(getattr(obj, n)) for n in names}


_FIELDS: dict[type, list[str]] = {}


def event_json(stored: Any) -> dict[str, Any]:
    """A stored event for the API: ids, the effective event, the extraction when corrected
    (else null), its human date and page URL."""
    data = {
        "id": stored.id, "timeline_id": stored.timeline_id, "timeline": stored.timeline_slug,
        "document_id": stored.document_id, "position": stored.position,
        "corrected": stored.corrected, "corrected_fields": list(stored.corrected_fields),
        "event": plain(stored.event),
        "original": plain(stored.original) if stored.corrected else None,
    }
    data["human_date"] = views.human_date(stored.event)
    data["date_from_context"] = views.from_context(stored.event)
    data["url"] = f"/events/{stored.id}"
    return data


Limit = Query(50, ge=1, le=MAX_LIMIT, description="items per page")
Offset = Query(0, ge=0, le=10_000_000, description="items to skip")


# -- timelines --------------------------------------------------------------------------------
@router.get("/timelines", summary="List timelines with spans and counts")
def list_timelines(request: Request, limit: int = Limit, offset: int = Offset) -> dict:
    rows = request.app.state.timelines.list_timelines()
    items = [dict(t.to_dict(), url=f"/timelines/{t.slug}") for t in rows[offset:offset + limit]]
    return _page(request, items, len(rows), limit, offset)


@router.get("/timelines/{slug}", summary="One timeline: summary, documents, exports")
def get_timeline(request: Request, slug: str = Path(max_length=200)) -> dict:
    tl = request.app.state.timelines.get(slug)
    docs = [{k: v for k, v in d.to_dict().items() if k != "text"} for d in tl.documents]
    return {
        "timeline": tl.summary.to_dict(), "documents": docs,
        "events": f"/api/events?timeline={tl.slug}",
        "exports": {e.name: f"/api/timelines/{tl.slug}/export/{e.name}" for e in _exporters()},
    }


# -- events -----------------------------------------------------------------------------------
@router.get("/events", summary="Search events (the filters of `keydates query`)")
def list_events(
    request: Request,
    timeline: str | None = Query(None, max_length=200, description="slug, name or id"),
    date_from: str | None = Query(None, alias="from", max_length=40,
                                  description="events overlapping from this ISO day or TIMEX3 "
                                              "value on (2008, 2019-12, 2019-12-20)"),
    date_to: str | None = Query(None, alias="to", max_length=40,
                                description="... up to this day or value"),
    actor: str | None = Query(None, max_length=200, description="actor name, alias or id"),
    place: str | None = Query(None, max_length=200, description="place name or country code"),
    kind: str | None = Query(None, max_length=100, description="event kind"),
    text: str | None = Query(None, max_length=500, description="full-text search (all words)"),
    document_id: int | None = Query(None, ge=1, le=2**62),
    limit: int = Limit, offset: int = Offset,
    q: str | None = Query(None, max_length=500, include_in_schema=False),
    old_from: str | None = Query(None, alias="date_from", max_length=40, include_in_schema=False),
    old_to: str | None = Query(None, alias="date_to", max_length=40, include_in_schema=False),
) -> dict:
    """The filters and names of `keydates query` (--from, --to, --actor, --place, --kind,
    --text); `q`, `date_from` and `date_to` are accepted as well."""
    from keydates.store import EventQuery

    query = EventQuery(timeline=timeline, date_from=date_from or old_from,
                       date_to=date_to or old_to, actor=actor, place=place, kind=kind,
                       text=text or q, document_id=document_id, limit=limit, offset=offset)
    result = _store(request).query(query)
    return _page(request, [event_json(e) for e in result.events], result.total, limit, offset)


EventId = Path(ge=1, le=2**62, description="event id")


@router.get("/events/{event_id}", summary="One event with its audit trail")
def get_event(request: Request, event_id: int = EventId) -> dict:
    store = _store(request)
    data = event_json(store.get_event(event_id))
    data["audit"] = [a.to_dict() for a in store.audit(event_id)]
    return data


class Correction(BaseModel):
    """A correction: fields of `Store.correct_event` ("date.value", "kind", "text", ...)."""

    changes: dict[str, Any] = Field(min_length=1, examples=[{"date.value": "2003-04-09"}])
    reason: str | None = Field(None, max_length=2000)


@router.patch("/events/{event_id}", summary="Correct an event (editors)")
def correct_event(request: Request, body: Correction, event_id: int = EventId,
                  user: str = Depends(api_editor)) -> dict:
    stored = _store(request).correct_event(event_id, body.changes, user=user, reason=body.reason)
    return event_json(stored)


class Revert(BaseModel):
    """Undo corrections: all of them, or only `fields`."""

    fields: list[str] | None = None
    reason: str | None = Field(None, max_length=2000)


@router.post("/events/{event_id}/revert", summary="Undo corrections of an event (editors)")
def revert_event(request: Request, body: Revert, event_id: int = EventId,
                 user: str = Depends(api_editor)) -> dict:
    stored = _store(request).revert_event(event_id, user=user, reason=body.reason,
                                          fields=body.fields)
    return event_json(stored)


@router.get("/events/{event_id}/audit", summary="Audit trail of an event, newest first")
def event_audit(request: Request, event_id: int = EventId) -> dict:
    store = _store(request)
    store.get_event(event_id)
    items = [a.to_dict() for a in store.audit(event_id)]
    return {"items": items, "total": len(items), "limit": len(items), "offset": 0, "next": None}


# -- entities, places ------------------------------------------------------------------------
@router.get("/entities", summary="Actors with their event counts")
def entities(request: Request, timeline: str | None = Query(None, max_length=200),
             limit: int = Limit, offset: int = Offset) -> dict:
    return _counted(request, _store(request).entities, timeline, limit, offset)


@router.get("/places", summary="Places with coordinates and event counts")
def places(request: Request, timeline: str | None = Query(None, max_length=200),
           limit: int = Limit, offset: int = Offset) -> dict:
    return _counted(request, _store(request).places, timeline, limit, offset)


def _counted(request: Request, fetch: Any, timeline: str | None, limit: int, offset: int) -> dict:
    """A page of a store listing with counts (entities, places), of one timeline or all."""
    if timeline:
        request.app.state.timelines.get(timeline)  # 404 in the one error shape when unknown
    rows = fetch(timeline)
    items = [r.to_dict() for r in rows[offset:offset + limit]]
    return _page(request, items, len(rows), limit, offset)


# -- documents -------------------------------------------------------------------------------
@router.get("/documents", summary="Documents of a timeline (or of all), without their text")
def documents(request: Request, timeline: str | None = Query(None, max_length=200),
              limit: int = Limit, offset: int = Offset) -> dict:
    slugs = [timeline] if timeline else [t.slug for t in
                                         request.app.state.timelines.list_timelines()]
    rows: list[dict[str, Any]] = []
    seen: set[int] = set()
    for slug in slugs:
        tl = request.app.state.timelines.get(slug)
        for d in tl.documents:
            if d.id not in seen:
                seen.add(d.id)
                rows.append(dict({k: v for k, v in d.to_dict().items() if k != "text"},
                                 timeline=tl.slug))
    return _page(request, rows[offset:offset + limit], len(rows), limit, offset)


class NewDocument(BaseModel):
    """A chronology to extract and store: exactly one of `text` and `url`."""

    text: str | None = Field(None, max_length=5_000_000, description="the chronology itself")
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    published: str | None = Field(None, max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                  description="publication date (anchors 'on Friday')")
    timeline: str | None = Field(None, max_length=200, description="timeline name or slug")


@router.post("/documents", status_code=201, summary="Add a document (editors; extracts it)")
def add_document(request: Request, body: NewDocument, user: str = Depends(api_editor)) -> dict:
    sources = [s for s in (body.text, body.url) if s and s.strip()]
    if len(sources) != 1:
        raise WebError(422, "give exactly one of 'text' and 'url'", "validation_error")
    if body.url and body.url.strip():
        sources = [views.check_url(body.url)]
    result = _store(request).add(sources[0], timeline=body.timeline, published=body.published,
                                 user=user)
    return {"document_id": result.document_id, "timeline": result.timeline_slug,
            "event_ids": result.event_ids, "created": result.created, "replaced": result.replaced,
            "url": f"/timelines/{result.timeline_slug}"}


@router.get("/jobs/{job_id}", summary="Progress of an extraction started from the web form")
def job(request: Request, job_id: str = Path(max_length=40)) -> dict:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise WebError(404, "no such extraction job")
    return found.to_dict()


# -- exports ---------------------------------------------------------------------------------
def exporters_or_none() -> list[Any]:
    """The registered exporters; none when the export package cannot load (pages still work)."""
    try:
        from keydates.export import exporters

        return exporters()
    except Exception:  # noqa: BLE001
        logging.getLogger("keydates.web").exception("exporters unavailable")
        return []


_exporters = exporters_or_none


@router.get("/exports", summary="Export formats")
def export_formats() -> dict:
    items = [{"name": e.name, "extension": e.extension, "media_type": e.media_type,
              "description": e.description} for e in _exporters()]
    return {"items": items, "total": len(items), "limit": len(items), "offset": 0, "next": None}


def export_response(request: Request, slug: str, fmt: str) -> Response:
    """A timeline rendered by one exporter, as a download."""
    from keydates.export import get_exporter

    try:
        exporter = get_exporter(fmt)
    except InputError as exc:
        raise WebError(404, str(exc)) from None
    except ImportError:
        raise WebError(404, "no exporters are installed") from None
    tl = request.app.state.timelines.get(slug)
    body = exporter.render(tl)
    filename = f"{tl.slug}.{exporter.extension}"
    return Response(body, media_type=exporter.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/timelines/{slug}/export/{fmt}", summary="A timeline in one export format")
def export(request: Request, slug: str = Path(max_length=200),
           fmt: str = Path(max_length=40)) -> Response:
    return export_response(request, slug, fmt)

