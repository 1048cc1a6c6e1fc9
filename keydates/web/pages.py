"""Server-rendered pages: home (timelines, add form), timeline, event, sign-in, corrections."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from keydates.errors import InputError, NotFoundError
from keydates.web import editing, views
from keydates.web.api import exporters_or_none as _exporters
from keydates.web.auth import (
    check_csrf, page_context, require_editor, sign_in, sign_out, verify_password,
)
from keydates.web.errors import WebError

router = APIRouter(include_in_schema=False)
MAX_UPLOAD = 5 * 1024 * 1024  # bytes of an uploaded or pasted chronology
LIST_LIMIT = 2000  # events listed on one timeline page


def _render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, template, page_context(request, **context), status_code=status)


def _store(request: Request) -> Any:
    return request.app.state.store


# -- home and adding ----------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The timelines with spans and counts, and the form to add a chronology."""
    timelines = request.app.state.timelines.list_timelines()
    return _render(request, "home.html", title="Timelines", timelines=timelines, form={},
                   form_error=None)


def _valid_published(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"publication date {value!r} is not a calendar date (YYYY-MM-DD)") from None


@router.post("/add", response_class=HTMLResponse)
async def add(request: Request, csrf_token: str = Form(""), text: str = Form(""),
              url: str = Form(""), published: str = Form(""), timeline: str = Form(""),
              file: UploadFile | None = File(None)) -> Response:
    """Start extracting a pasted text, an uploaded file or a URL; then follow the job."""
    check_csrf(request, csrf_token)
    user = require_editor(request)
    form = {"text": text, "url": url, "published": published, "timeline": timeline}
    try:
        pub = _valid_published(published)
        source, label = await _source_of(text, url, file)
    except InputError as exc:
        timelines = _store(request).list_timelines()
        return _render(request, "home.html", status=422, title="Timelines", timelines=timelines,
                       form=form, form_error=str(exc))
    upload = str(Path(source).parent) if file is not None and file.filename else None
    job = request.app.state.jobs.submit(source, label, user, timeline.strip() or None, pub,
                                        cleanup=upload)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def _upload_path(filename: str, content: str) -> str:
    """Save an upload under its own name (the reader uses the suffix: .md, .html) in a fresh
    temporary folder; the job removes the folder when the extraction is over."""
    name = re.sub(r"[^\w.-]+", "_", filename.replace("\\", "/").rsplit("/", 1)[-1])[:100]
    folder = Path(tempfile.mkdtemp(prefix="keydates-upload-"))
    path = folder / (name.lstrip(".") or "upload.txt")
    path.write_text(content, encoding="utf-8")
    return str(path)


async def _source_of(text: str, url: str, file: UploadFile | None) -> tuple[str, str]:
    """The one source given (text, file or URL) and a label for it."""
    given = []
    if file is not None and file.filename:
        data = await file.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise InputError(f"the file is larger than {MAX_UPLOAD // (1024 * 1024)} MB")
        if b"\x00" in data[:4096]:
            raise InputError("the file is binary; upload plain text, Markdown or HTML")
        try:
            content = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("the file is not UTF-8 text") from None
        if not content.strip():
            raise InputError("the uploaded file is empty")
        given.append((_upload_path(file.filename, content), file.filename))
    if text.strip():
        if len(text.encode()) > MAX_UPLOAD:
            raise InputError(f"the text is larger than {MAX_UPLOAD // (1024 * 1024)} MB")
        given.append((text, "pasted text"))
    if url.strip():
        checked = views.check_url(url)
        given.append((checked, checked))
    if not given:
        raise InputError("paste a chronology, choose a file or give a URL")
    if len(given) > 1:
        raise InputError("give only one of: pasted text, a file, a URL")
    return given[0]


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> HTMLResponse:
    """Progress of an extraction, then the extracted timeline for review."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise WebError(404, "no such extraction job (jobs are forgotten when the server restarts)")
    events = []
    if job.state == "done" and job.event_ids:
        store = _store(request)
        for event_id in job.event_ids[:LIST_LIMIT]:
            try:
                events.append(store.get_event(event_id))
            except NotFoundError:
                continue
    return _render(request, "job.html", title="Adding a chronology", job=job, events=events)


# -- timeline -------------------------------------------------------------------------------------
def _year_value(year: str) -> str | None:
    try:
        y = int(year)
    except ValueError:
        return None
    return f"BC{-y:04d}" if y < 0 else f"{y:04d}"


@router.get("/timelines/{slug}", response_class=HTMLResponse)
def timeline_page(request: Request, slug: str, actor: str = "", place: str = "", kind: str = "",
                  year: str = "", q: str = "") -> HTMLResponse:
    """Title, lead, time band, map, facets, search and the events grouped by section."""
    from keydates.store import EventQuery

    store = _store(request)
    tl = request.app.state.timelines.get(slug)
    active = {"actor": actor or None, "place": place or None, "kind": kind or None,
              "year": year or None, "q": q or None}
    filtered = any(active.values())
    if filtered:
        yv = _year_value(year) if year else None
        if year and yv is None:
            raise WebError(422, f"year {year!r} is not a number", "validation_error")
        result = store.query(EventQuery(timeline=tl.summary.id, actor=actor or None,
                                        place=place or None, kind=kind or None,
                                        text=q or None, date_from=yv, date_to=yv,
                                        limit=LIST_LIMIT))
        stored, total = result.events, result.total
    else:
        stored, total = tl.events[:LIST_LIMIT], len(tl.events)
    rows = [(s.id, s.event) for s in stored]
    groups: list[tuple[str | None, list[Any]]] = []
    index: dict[str | None, int] = {}
    # The list follows the text (sections in the order the author wrote them); the band shows
    # chronology.
    for s in sorted(stored, key=lambda s: (s.document_id, s.position)):
        key = s.event.section
        if key not in index:
            index[key] = len(groups)
            groups.append((key, []))
        groups[index[key]][1].append(s)
    doc = tl.documents[0] if tl.documents else None
    actor_label = None
    if actor:
        actor_label = next((a.name for s in tl.events for a in s.event.actors
                            if a.entity_id == actor), actor)
    return _render(
        request, "timeline.html", title=tl.summary.title or tl.summary.name, tl=tl, doc=doc,
        groups=groups, shown=len(stored), total=total, all_total=len(tl.events),
        filtered=filtered, active=active, actor_label=actor_label,
        facets=views.facets((s.event for s in (stored if filtered else tl.events)), active),
        band=views.band_items(rows), points=views.map_points(rows), exporters=_exporters(),
    )


@router.get("/timelines/{slug}/export/{fmt}")
def export_page(request: Request, slug: str, fmt: str) -> Response:
    """Download a timeline in one export format."""
    from keydates.web.api import export_response

    return export_response(request, slug, fmt)


# -- event ------------------------------------------------------------------------------------
def _event_context(request: Request, event_id: int) -> dict[str, Any]:
    store = _store(request)
    stored = store.get_event(event_id)
    tl = request.app.state.timelines.get(stored.timeline_id)
    ids = [s.id for s in tl.events]
    pos = ids.index(stored.id) if stored.id in ids else -1
    prev_ev = tl.events[pos - 1] if pos > 0 else None
    next_ev = tl.events[pos + 1] if 0 <= pos < len(ids) - 1 else None
    doc = tl.document(stored.document_id)
    segments, date_in_para = views.highlight(doc.text if doc else "", stored.event)
    return {
        "stored": stored, "ev": stored.event, "tl": tl, "doc": doc, "prev_ev": prev_ev,
        "next_ev": next_ev, "segments": segments, "date_in_para": date_in_para,
        "audit": store.audit(stored.id), "mods": views.MODS, "form_error": None,
        "title": stored.event.headline or views.human_date(stored.event),
        "split_points": editing.split_points(stored.event.text),
        "text_neighbours": editing.text_neighbours(request, stored),
        "can_restructure": hasattr(store, "merge_events") and stored.merged_into is None,
    }


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: int) -> HTMLResponse:
    """The source paragraph highlighted, the date's resolution, entities, audit, edit form."""
    return _render(request, "event.html", **_event_context(request, event_id))


@router.post("/events/{event_id}/correct", response_class=HTMLResponse)
def correct(request: Request, event_id: int, csrf_token: str = Form(""),
            date_value: str = Form(""), date_mod: str = Form(""), date_range_end: str = Form(""),
            text: str = Form(""), headline: str = Form(""), kind: str = Form(""),
            reason: str = Form("")) -> Response:
    """Apply an editor's correction (only the fields that changed)."""
    check_csrf(request, csrf_token)
    user = require_editor(request)
    store = _store(request)
    ev = store.get_event(event_id).event
    changes: dict[str, Any] = {}
    if date_value.strip() != (ev.date.value or ""):
        changes["date.value"] = date_value.strip() or None
    if (date_mod or None) != (ev.date.mod or None):
        changes["date.mod"] = date_mod or None
    if date_range_end.strip() != (ev.date.range_end or ""):
        changes["date.range_end"] = date_range_end.strip() or None
    for name, new, old in (("text", text, ev.text), ("headline", headline, ev.headline),
                           ("kind", kind, ev.kind)):
        if new.strip() != (old or ""):
            changes[name] = new.strip() or None
    if not changes:
        return RedirectResponse(f"/events/{event_id}?saved=0", status_code=303)
    try:
        store.correct_event(event_id, changes, user=user, reason=reason.strip() or None)
    except InputError as exc:
        context = _event_context(request, event_id)
        context["form_error"] = str(exc)
        context["form"] = {"date_value": date_value, "date_mod": date_mod,
                           "date_range_end": date_range_end, "text": text,
                           "headline": headline, "kind": kind, "reason": reason}
        return _render(request, "event.html", status=422, **context)
    return RedirectResponse(f"/events/{event_id}?saved=1", status_code=303)


@router.post("/events/{event_id}/revert")
def revert(request: Request, event_id: int, csrf_token: str = Form(""),
           reason: str = Form("")) -> Response:
    """Undo every correction of an event (back to the extraction)."""
    check_csrf(request, csrf_token)
    user = require_editor(request)
    _store(request).revert_event(event_id, user=user, reason=reason.strip() or None)
    return RedirectResponse(f"/events/{event_id}?saved=1", status_code=303)


# -- accounts ---------------------------------------------------------------------------------
def _safe_next(target: str) -> str:
    return target if target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:  # noqa: A002
    """The sign-in form for editors."""
    return _render(request, "login.html", title="Sign in", next=_safe_next(next), error=None,
                   name="")


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, csrf_token: str = Form(""), name: str = Form(""),
          password: str = Form(""), next: str = Form("/")) -> Response:  # noqa: A002
    """Check the password (argon2, in the store) and start a signed session."""
    check_csrf(request, csrf_token)
    user = verify_password(request, name.strip(), password)
    if user is None:
        return _render(request, "login.html", status=401, title="Sign in", next=_safe_next(next),
                       error="Wrong name or password.", name=name)
    sign_in(request, user.name, user.role)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, csrf_token: str = Form("")) -> Response:
    """End the session."""
    check_csrf(request, csrf_token)
    sign_out(request)
    return RedirectResponse("/", status_code=303)


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    """A readable list of the JSON API's operations (the schema is /api/openapi.json)."""
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params})
    return _render(request, "api.html", title="JSON API", ops=ops)

