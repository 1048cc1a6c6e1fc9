"""Merging and splitting events (editors): the event page's forms and the API endpoints
POST /api/events/{id}/merge and POST /api/events/{id}/split (see `Store.merge_events`,
`Store.split_event`)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from keydates.errors import InputError
from keydates.web.api import ERRORS, event_json
from keydates.web.auth import api_editor, check_csrf, require_editor
from keydates.web.errors import WebError

api_router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)
router = APIRouter(include_in_schema=False)
EventId = Path(ge=1, le=2**62, description="event id")
_BOUNDARY = re.compile(r"[.;:!?](?:[\"”’)\]]*)\s+(?=\S)")


def split_points(text: str, width: int = 28) -> list[tuple[int, str]]:
    """Offsets where `text` can be split at a sentence (or clause) boundary, with a label
    showing the text around the cut ("… end of one. | Start of next …")."""
    out = []
    for m in _BOUNDARY.finditer(text):
        at = m.end()
        if 0 < at < len(text):
            before, after = text[max(0, at - width):at].rstrip(), text[at:at + width]
            out.append((at, f"…{before} | {after}…"))
    return out


def text_neighbours(request: Request, stored: Any) -> tuple[int | None, int | None]:
    """The visible events just before and after `stored` in its document's text order."""
    tl = request.app.state.timelines.get(stored.timeline_id)
    same = sorted((e for e in tl.events if e.document_id == stored.document_id),
                  key=lambda e: (e.position, e.event.start, e.id))
    ids = [e.id for e in same]
    if stored.id not in ids:
        return None, None
    i = ids.index(stored.id)
    return (ids[i - 1] if i > 0 else None), (ids[i + 1] if i < len(ids) - 1 else None)


def merge_ids(request: Request, stored: Any, target: str, ids: list[int] | None) -> list[int]:
    """The events to merge: `stored` with its previous or next event in the text, or with
    the given ids."""
    if ids:
        return [stored.id, *ids]
    prev_id, next_id = text_neighbours(request, stored)
    other = {"previous": prev_id, "next": next_id}.get(target)
    if target not in ("previous", "next"):
        raise WebError(422, "merge with the previous or next event, or give event ids",
                       "validation_error")
    if other is None:
        raise WebError(422, f"this event has no {target} event in its document to merge with",
                       "validation_error")
    return [stored.id, other]


def parse_ids(raw: str) -> list[int]:
    """Event ids typed in a form ("12, 13 #14")."""
    words = [w for w in re.split(r"[\s,;#]+", raw) if w]
    if not all(w.isascii() and w.isdigit() and len(w) < 19 for w in words):
        raise InputError(f"event ids are numbers separated by commas, not {raw.strip()!r}")
    return [int(w) for w in words]


# -- API ----------------------------------------------------------------------------------------
class Merge(BaseModel):
    """Merge this event with its previous or next event in the text, or with `ids`."""

    target: Literal["previous", "next"] | None = Field(None, alias="with")
    ids: list[Annotated[int, Field(ge=1, le=2**62)]] | None = Field(
        None, max_length=500, description="other events to merge (instead of `with`)")
    reason: str | None = Field(None, max_length=2000)

    model_config = {"populate_by_name": True,
                    "json_schema_extra": {"examples": [{"with": "next", "reason": "one event"}]}}


class Split(BaseModel):
    """Split this event's text at a character offset (0 < at < length of its text)."""

    at: int = Field(ge=1, le=1_000_000)
    reason: str | None = Field(None, max_length=2000)


@api_router.post("/events/{event_id}/merge", summary="Merge events (editors)")
def api_merge(request: Request, body: Merge, event_id: int = EventId,
              user: str = Depends(api_editor)) -> dict:
    store = request.app.state.store
    stored = store.get_event(event_id)
    if not body.ids and body.target is None:
        raise WebError(422, "give `with` (previous or next) or `ids`", "validation_error")
    merged = store.merge_events(merge_ids(request, stored, body.target or "", body.ids),
                                user=user, reason=body.reason)
    data = event_json(merged)
    data["audit"] = [a.to_dict() for a in store.audit(merged.id)]
    return data


@api_router.post("/events/{event_id}/split", summary="Split an event in two (editors)")
def api_split(request: Request, body: Split, event_id: int = EventId,
              user: str = Depends(api_editor)) -> dict:
    parts = request.app.state.store.split_event(event_id, body.at, user=user,
                                                reason=body.reason)
    items = [event_json(p) for p in parts]
    return {"items": items, "total": len(items), "limit": len(items), "offset": 0, "next": None}


# -- pages --------------------------------------------------------------------------------------
def _form_error(request: Request, event_id: int, exc: Exception) -> Response:
    from keydates.web.pages import _event_context, _render

    context = _event_context(request, event_id)
    context["form_error"] = str(exc.message if isinstance(exc, WebError) else exc)
    return _render(request, "event.html", status=422, **context)


@router.post("/events/{event_id}/merge")
def merge_page(request: Request, event_id: int, csrf_token: str = Form(""),
               target: str = Form("next"), ids: str = Form(""),
               reason: str = Form("")) -> Response:
    """Merge the event with its neighbour in the text, or with the ids typed."""
    check_csrf(request, csrf_token)
    user = require_editor(request)
    store = request.app.state.store
    stored = store.get_event(event_id)
    try:
        wanted = merge_ids(request, stored, target, parse_ids(ids) if ids.strip() else None)
        merged = store.merge_events(wanted, user=user, reason=reason.strip() or None)
    except (InputError, WebError) as exc:
        return _form_error(request, event_id, exc)
    return RedirectResponse(f"/events/{merged.id}?saved=1", status_code=303)


@router.post("/events/{event_id}/split")
def split_page(request: Request, event_id: int, csrf_token: str = Form(""),
               boundary: str = Form(""), at: str = Form(""),
               reason: str = Form("")) -> Response:
    """Split the event at a sentence boundary (select) or at a typed character offset."""
    check_csrf(request, csrf_token)
    user = require_editor(request)
    raw = (at or boundary).strip()
    try:
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
            raise InputError("choose where to split: a sentence boundary or a character offset")
        request.app.state.store.split_event(event_id, int(raw), user=user,
                                            reason=reason.strip() or None)
    except InputError as exc:
        return _form_error(request, event_id, exc)
    return RedirectResponse(f"/events/{event_id}?saved=1", status_code=303)
