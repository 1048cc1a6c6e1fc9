"""Reader comments (issue 7): "Leave a Reply" on every timeline and event, moderated by editors.

- The form (`_comments.html`, included at the end of the timeline and event pages with
  `comment_target` = "timeline:<slug>" or "event:<id>") posts to `/timelines/{slug}/comments` or
  `/events/{id}/comments` with the session's CSRF token, a signed arithmetic captcha
  (`keydates.web.captcha`), a hidden honeypot field; rate limits per client address and overall
  answer 429 with Retry-After. Errors re-render the page (422) keeping what the reader typed.
- A first-time commenter's comment is held; later ones of an approved name + email appear at once.
  Editors moderate at `/comments/moderation` (approve, spam, delete) and see the pending count on
  every page (`comments/_badge.html`, included by base.html).
- JSON: `/api/timelines/{slug}/comments`, `/api/events/{id}/comments` (approved only).
- The email is stored for moderation only: no page, API response, export or log line shows it.
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from markupsafe import Markup, escape

from keydates.errors import InputError, NotFoundError
from keydates.store.comments import (
    STATUSES, ChallengeReplayed, Comment, CommentStore, NewComment,
)
from keydates.web.auth import check_csrf, get_session, is_editor, page_context, require_editor
from keydates.web.captcha import Captcha, CaptchaError
from keydates.web.errors import ErrorResponse, WebError

log = logging.getLogger("keydates.web.comments")
router = APIRouter()  # the pages and form posts set include_in_schema=False
OWN_COOKIE = "keydates_comments"  # signed ids of the reader's own held comments
OWN_MAX_AGE = 3 * 24 * 3600
HONEYPOT = "homepage"
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": desc}
    for code, desc in ((404, "Not found"), (422, "Invalid request"))
}


# -- settings and rate limits ---------------------------------------------------------------------
def _rate(text: str, name: str) -> tuple[int, float]:
    count, _, window = text.partition("/")
    try:
        n, w = int(count), float(window)
    except ValueError:
        raise InputError(f"${name} must look like COUNT/SECONDS (e.g. 5/600), not {text!r}") \
            from None
    if n < 1 or w <= 0:
        raise InputError(f"${name} needs a positive count and window, not {text!r}")
    return n, w


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise InputError(f"${name} must be a whole number, not {raw!r}") from None


@dataclass(frozen=True, slots=True)
class Settings:
    """The comment form's limits (environment variables in brackets)."""

    per_client: tuple[int, float] = (5, 600.0)  # posts per seconds per address [..._RATE]
    overall: tuple[int, float] = (60, 60.0)  # posts per seconds, all addresses [..._RATE_TOTAL]
    min_fill_seconds: int = 3  # a form sent faster is refused [KEYDATES_COMMENT_MIN_FILL]
    max_length: int = 4000  # characters of a comment [KEYDATES_COMMENT_MAX_LENGTH]
    max_depth: int = 3  # reply levels [KEYDATES_COMMENT_DEPTH]
    captcha_max_age: int = 7200  # seconds a captcha stays valid [KEYDATES_CAPTCHA_MAX_AGE]

    @classmethod
    def from_env(cls) -> "Settings":
        """Defaults overridden by KEYDATES_COMMENT_* variables."""
        base = cls()
        return cls(
            per_client=_rate(os.environ.get("KEYDATES_COMMENT_RATE") or "5/600",
                             "KEYDATES_COMMENT_RATE"),
            overall=_rate(os.environ.get("KEYDATES_COMMENT_RATE_TOTAL") or "60/60",
                          "KEYDATES_COMMENT_RATE_TOTAL"),
            min_fill_seconds=_int("KEYDATES_COMMENT_MIN_FILL", base.min_fill_seconds),
            max_length=_int("KEYDATES_COMMENT_MAX_LENGTH", base.max_length),
            max_depth=max(1, _int("KEYDATES_COMMENT_DEPTH", base.max_depth)),
            captcha_max_age=_int("KEYDATES_CAPTCHA_MAX_AGE", base.captcha_max_age),
        )


class RateLimiter:
    """Sliding-window limits per client address and overall (in this process)."""

    def __init__(self, per_client: tuple[int, float], overall: tuple[int, float],
                 clock: Any = time.monotonic) -> None:
        self.per_client, self.overall, self.clock = per_client, overall, clock
        self.clients: dict[str, deque[float]] = {}
        self.all: deque[float] = deque()
        self.lock = threading.Lock()

    @staticmethod
    def _wait(hits: deque[float], limit: tuple[int, float], now: float) -> float:
        count, window = limit
        while hits and hits[0] <= now - window:
            hits.popleft()
        return hits[len(hits) - count] + window - now if len(hits) >= count else 0.0

    def hit(self, client: str) -> int:
        """0 when a post from `client` may go ahead (it is counted), else the seconds to wait."""
        now = self.clock()
        with self.lock:
            mine = self.clients.setdefault(client, deque())
            wait = max(self._wait(mine, self.per_client, now),
                       self._wait(self.all, self.overall, now))
            if wait > 0:
                return max(1, math.ceil(wait))
            mine.append(now)
            self.all.append(now)
            if len(self.clients) > 10_000:  # forget idle addresses
                for key in [k for k, v in self.clients.items() if not v or
                            v[-1] <= now - self.per_client[1]]:
                    del self.clients[key]
            return 0


@dataclass
class CommentService:
    """What the comment routes share: settings, captcha, limits (one per app)."""

    app: Any
    settings: Settings
    captcha: Captcha = field(init=False)
    limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.configure()

    def configure(self, **changes: Any) -> None:
        """Change settings (tests and benchmarks raise the limits); resets the counters."""
        self.settings = replace(self.settings, **changes)
        self.captcha = Captcha(self.app.state.secret, self.settings.captcha_max_age)
        self.limiter = RateLimiter(self.settings.per_client, self.settings.overall)

    @property
    def store(self) -> CommentStore:
        return CommentStore(self.app.state.store)


def install(app: Any, settings: Settings | None = None) -> CommentService:
    """Attach the comment service to the app and give the templates their hooks."""
    service = CommentService(app, settings or Settings.from_env())
    app.state.comments = service
    env = app.state.templates.env
    env.globals.update(comment_box=comment_box, comment_pending=pending_count)
    return service


def _service(request: Request) -> CommentService:
    service = getattr(request.app.state, "comments", None)
    if service is None:
        service = install(request.app)
    return service


# -- rendering ------------------------------------------------------------------------------------
_LINK = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_TRAIL = ".,;:!?'\")]}"


def _split_link(raw: str) -> tuple[str, str]:
    """A bare link without the punctuation that ends the sentence around it."""
    tail = ""
    while raw and raw[-1] in _TRAIL:
        if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
            break
        tail = raw[-1] + tail
        raw = raw[:-1]
    return raw, tail


def link(url: str, text: str | None = None) -> Markup:
    """An escaped link with rel="nofollow ugc" (reader content)."""
    return Markup('<a href="{}" rel="nofollow ugc">{}</a>').format(url, text or url)


def render_body(text: str) -> Markup:
    """Plain text to safe HTML: escaped, paragraphs at blank lines, <br> at line breaks, bare
    http(s) and www. links made into nofollow links."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for para in paragraphs:
        parts: list[str] = []
        pos = 0
        for m in _LINK.finditer(para):
            url, tail = _split_link(m.group(0))
            if not url or url.lower() in ("http://", "https://", "www."):
                continue
            parts.append(str(escape(para[pos:m.start()])))
            href = url if "://" in url else "https://" + url
            parts.append(str(link(href, url)))
            parts.append(str(escape(tail)))
            pos = m.end()
        parts.append(str(escape(para[pos:])))
        out.append("<p>" + "".join(parts).replace("\n", "<br>\n") + "</p>")
    return Markup("\n".join(out))


def human_time(stamp: str) -> str:
    """"24 November 2026 at 01:45 UTC" from an ISO timestamp."""
    from datetime import datetime

    try:
        at = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{at.day} {at:%B %Y} at {at:%H:%M} UTC"


@dataclass(frozen=True, slots=True)
class ShownComment:
    """A comment as the template shows it."""

    comment: Comment
    body_html: Markup
    when: str
    held: bool = False
    level: int = 1  # nesting shown on the page (1: starts a thread)

    def __getattr__(self, name: str) -> Any:  # c.name, c.id, ... of the comment
        return getattr(self.comment, name)


def _shown(c: Comment, held: bool = False, level: int = 1) -> ShownComment:
    return ShownComment(c, render_body(c.body), human_time(c.created_at), held, level)


# -- targets ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Target:
    """A timeline or an event that comments are about."""

    kind: str
    id: int
    page_url: str
    post_url: str


def _digits(text: str) -> bool:
    """ASCII digits only: "¹" and "٣" are digits to str.isdigit() but not to int()."""
    return text.isascii() and text.isdigit()


def _target(request: Request, spec: str) -> Target:
    kind, _, key = spec.partition(":")
    store = request.app.state.store
    if kind == "timeline":
        if _digits(key) and int(key) > 2**62:  # an id the database cannot hold
            raise NotFoundError(f"no timeline {key!r}")
        tid = store.timeline_id(key)
        return Target("timeline", tid, f"/timelines/{key}", f"/timelines/{key}/comments")
    if kind == "event":
        try:
            eid = int(key)
        except ValueError:
            raise NotFoundError(f"no event {key!r}") from None
        store.get_event(eid)
        return Target("event", eid, f"/events/{eid}", f"/events/{eid}/comments")
    raise NotFoundError(f"comments cannot be about {spec!r}")


def _own_ids(request: Request) -> list[int]:
    raw = request.cookies.get(OWN_COOKIE)
    if not raw:
        return []
    try:
        ids = _own_serializer(request).loads(raw, max_age=OWN_MAX_AGE)
    except BadSignature:
        return []
    return [int(i) for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


def _own_serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(request.app.state.secret, salt="keydates-own-comments")


def comment_box(request: Request, spec: str) -> dict[str, Any]:
    """Everything `_comments.html` shows for one target: the approved comments in thread order
    (the reader's own held ones marked), the form (values and errors kept after a failed post),
    a fresh captcha, the comment replied to."""
    service = _service(request)
    target = _target(request, spec)
    store = service.store
    approved = store.public(target.kind, target.id)
    held = [c for c in store.for_target(target.kind, target.id, _own_ids(request))
            if c.status == "pending"]
    from keydates.store.comments import thread_order

    held_ids = {c.id for c in held}
    ordered = thread_order(approved + held)
    levels: dict[int, int] = {}
    shown = []
    for c in ordered:  # thread order: a parent comes before its replies
        levels[c.id] = levels[c.parent_id] + 1 if c.parent_id in levels else 1
        shown.append(_shown(c, c.id in held_ids, levels[c.id]))
    state = getattr(request.state, "comment_form", None)
    form = state["values"] if state else {}
    errors = state["errors"] if state else {}
    reply_raw = form.get("reply_to") or request.query_params.get("replyto", "")
    reply_to = None
    if _digits(str(reply_raw)):
        reply_to = next((c for c in shown if c.id == int(reply_raw) and not c.held), None)
    return {
        "target": target, "comments": shown, "count": len(approved), "form": form,
        "errors": errors, "challenge": service.captcha.new(), "reply_to": reply_to,
        "settings": service.settings, "honeypot": HONEYPOT,
    }


def pending_count(request: Request) -> int | None:
    """Comments waiting for moderation, for editors (None for everyone else)."""
    if not is_editor(request) or getattr(request.app.state, "store", None) is None:
        return None
    return _service(request).store.count("pending")


# -- posting ----------------------------------------------------------------------------------------
_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"]{1,64}@[^@\s<>()\[\]\\,;:\"_]+\.[^@\s<>()\[\]\\,;:\"_]{2,}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def validate(values: dict[str, str], settings: Settings) -> tuple[NewComment | None, dict]:
    """The comment a form describes, or the messages of what is wrong (field -> message)."""
    errors: dict[str, str] = {}
    body = _clean(values.get("comment", "")).strip()
    name = " ".join(_clean(values.get("author", "")).split())
    email = values.get("email", "").strip()
    website = values.get("url", "").strip()
    if not body:
        errors["comment"] = "Please write a comment."
    elif len(body) > settings.max_length:
        errors["comment"] = (f"The comment is {len(body)} characters long; the limit is "
                             f"{settings.max_length}.")
    if not name:
        errors["author"] = "Please give your name."
    elif len(name) > 100:
        errors["author"] = "The name is longer than 100 characters."
    if not email:
        errors["email"] = "Please give your email address (it will not be published)."
    elif len(email) > 254 or not _EMAIL.match(email):
        errors["email"] = "This does not look like an email address (name@example.org)."
    if website:
        if "://" not in website:
            website = "https://" + website
        parts = urlsplit(website)
        if (len(website) > 300 or parts.scheme.lower() not in ("http", "https")
                or not parts.hostname or "." not in parts.hostname.strip(".")
                or re.search(r"[\s<>\"'`]", website)):
            errors["url"] = "The website must be a web address (https://example.org), or empty."
    if errors:
        return None, errors
    parent = values.get("reply_to", "")
    return NewComment("", 0, int(parent) if _digits(parent) else None, name, email,
                      website or None, body), {}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _rerender(request: Request, spec: str, values: dict[str, str], errors: dict[str, str],
              status: int) -> Response:
    """The page again with the form as the reader filled it and the messages."""
    from keydates.web import pages

    request.state.comment_form = {"values": values, "errors": errors}
    kind, _, key = spec.partition(":")
    if kind == "timeline":
        response = pages.timeline_page(request, key)
    else:
        response = pages.event_page(request, int(key))
    response.status_code = status
    return response


def _post(request: Request, spec: str, form: dict[str, str]) -> Response:
    service = _service(request)
    wait = service.limiter.hit(_client(request))
    if wait:
        raise WebError(429, f"too many comments; try again in {wait} seconds",
                       "too_many_requests", headers={"Retry-After": str(wait)})
    target = _target(request, spec)
    values = {k: form.get(k, "") for k in ("comment", "author", "email", "url", "reply_to")}
    try:
        check_csrf(request, form.get("csrf_token"))
    except WebError as exc:
        return _rerender(request, spec, values, {"form": exc.message}, 403)
    try:
        checked = service.captcha.check(form.get("captcha_token", ""), form.get("captcha", "")[:8])
    except CaptchaError as exc:
        return _rerender(request, spec, values, {"captcha": _sentence(str(exc))}, 422)
    store = service.store
    settings = service.settings
    if form.get(HONEYPOT, "").strip():  # only robots fill the hidden field: kept as spam
        new, _ = validate(values, replace(settings, max_length=10 * settings.max_length))
        if new is not None:
            try:
                c = store.add(replace(new, target_kind=target.kind, target_id=target.id),
                              challenge_id=checked.id, max_depth=settings.max_depth,
                              spam_reason="honeypot",
                              challenge_max_age=settings.captcha_max_age)
                log.info("comment %d on %s %d kept as spam (honeypot)", c.id, target.kind,
                         target.id)
            except (ChallengeReplayed, NotFoundError):
                pass
        return RedirectResponse(f"{target.page_url}?comment=held#respond", status_code=303)
    new, errors = validate(values, settings)
    if not checked.correct:
        errors["captcha"] = "That is not the missing number; try the new sum."
    elif checked.age < settings.min_fill_seconds:
        errors["captcha"] = ("That was faster than a person can type; please check your "
                             "comment and send it again.")
    if errors or new is None:
        try:  # a wrong answer uses the challenge up too (no guessing on one challenge)
            store.use_challenge(checked.id, settings.captcha_max_age)
        except ChallengeReplayed:
            errors["captcha"] = "This captcha was already used; solve the new one."
        return _rerender(request, spec, values, errors, 422)
    try:
        c = store.add(replace(new, target_kind=target.kind, target_id=target.id),
                      challenge_id=checked.id, max_depth=settings.max_depth,
                      challenge_max_age=settings.captcha_max_age)
    except ChallengeReplayed:
        return _rerender(request, spec, values,
                         {"captcha": "This captcha was already used; solve the new one."}, 422)
    except NotFoundError as exc:
        values["reply_to"] = ""
        return _rerender(request, spec, values, {"form": _sentence(str(exc))}, 422)
    log.info("comment %d on %s %d stored as %s", c.id, target.kind, target.id, c.status)
    if c.status == "approved":
        return RedirectResponse(f"{target.page_url}?comment=posted#comment-{c.id}",
                                status_code=303)
    response = RedirectResponse(f"{target.page_url}?comment=held#comment-{c.id}",
                                status_code=303)
    own = ([c.id] + _own_ids(request))[:20]
    response.set_cookie(OWN_COOKIE, _own_serializer(request).dumps(own), max_age=OWN_MAX_AGE,
                        httponly=True, samesite="lax", secure=request.url.scheme == "https",
                        path="/")
    return response


async def _form(request: Request) -> dict[str, str]:
    data = await request.form()
    return {k: v for k, v in data.items() if isinstance(v, str)}


@router.post("/timelines/{slug}/comments", include_in_schema=False)
async def post_timeline_comment(request: Request, slug: str) -> Response:
    """Leave a reply on a timeline."""
    form = await _form(request)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_post, request, f"timeline:{slug}", form)


@router.post("/events/{event_id}/comments", include_in_schema=False)
async def post_event_comment(request: Request, event_id: int) -> Response:
    """Leave a reply on an event."""
    form = await _form(request)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_post, request, f"event:{event_id}", form)


# -- moderation -----------------------------------------------------------------------------------
def _target_links(request: Request, items: list[Any]) -> dict[tuple[str, int], tuple[str, str]]:
    """(kind, id) -> (url, label) of the comments' timelines and events."""
    store = request.app.state.store
    names = {s.id: s for s in request.app.state.timelines.list_timelines()}
    out: dict[tuple[str, int], tuple[str, str]] = {}
    for item in items:
        c = item.comment
        key = (c.target_kind, c.target_id)
        if key in out:
            continue
        if c.target_kind == "timeline":
            s = names.get(c.target_id)
            out[key] = ((f"/timelines/{s.slug}", s.title or s.name) if s is not None
                        else ("", f"deleted timeline {c.target_id}"))
        else:
            try:
                ev = store.get_event(c.target_id)
                s = names.get(ev.timeline_id)
                label = (ev.event.headline or ev.event.text[:60]) + (
                    f" ({s.title or s.name})" if s is not None else "")
                out[key] = (f"/events/{c.target_id}", label)
            except NotFoundError:
                out[key] = ("", f"deleted event {c.target_id}")
    return out


@router.get("/comments/moderation", response_class=HTMLResponse, include_in_schema=False)
def moderation(request: Request, status: str = Query("pending", max_length=20),
               page: int = Query(1, ge=1, le=100_000)) -> Response:
    """The editors' queue: pending comments (and the spam and approved ones) to act on."""
    if not get_session(request).user:
        return RedirectResponse(f"/login?next=/comments/moderation%3Fstatus%3D{status}",
                                status_code=303)
    require_editor(request)
    if status not in STATUSES:
        raise WebError(404, f"no comment status {status!r} (known: {', '.join(STATUSES)})")
    size = 50
    store = _service(request).store
    items, total = store.queue(status, limit=size, offset=(page - 1) * size)
    shown = [(item, _shown(item.comment)) for item in items]
    context = page_context(request, title="Comments to moderate", status=status, items=shown,
                           total=total, counts=store.counts(), page=page,
                           pages=max(1, math.ceil(total / size)),
                           targets=_target_links(request, items),
                           done=request.query_params.get("done"))
    response = request.app.state.templates.TemplateResponse(
        request, "comments/moderation.html", context)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/comments/{comment_id}/moderate", include_in_schema=False)
def moderate(request: Request, comment_id: int, csrf_token: str = Form(""),
             action: str = Form(""), back: str = Form("pending")) -> Response:
    """Approve, mark as spam, unapprove or delete a comment (editors)."""
    check_csrf(request, csrf_token)
    user = require_editor(request)
    if action not in ("approve", "spam", "unapprove", "delete"):
        raise WebError(422, f"unknown action {action!r}", "validation_error")
    _service(request).store.moderate(comment_id, action, user)
    log.info("comment %d: %s by %s", comment_id, action, user)
    back = back if back in STATUSES else "pending"
    return RedirectResponse(f"/comments/moderation?status={back}&done={action}",
                            status_code=303)


# -- JSON -------------------------------------------------------------------------------------------
def _json_page(request: Request, target: Target, limit: int, offset: int) -> dict[str, Any]:
    rows = _service(request).store.public(target.kind, target.id)
    items = [dict(c.to_public(), url=f"{target.page_url}#comment-{c.id}")
             for c in rows[offset:offset + limit]]
    nxt = None
    if offset + len(items) < len(rows):
        nxt = f"{request.url.path}?limit={limit}&offset={offset + limit}"
    return {"items": items, "total": len(rows), "limit": limit, "offset": offset, "next": nxt}


Limit = Query(100, ge=1, le=500, description="comments per page")
Offset = Query(0, ge=0, le=10_000_000, description="comments to skip")


@router.get("/api/timelines/{slug}/comments", tags=["comments"],
            responses=ERRORS, summary="Approved reader comments of a timeline (no emails)")
def api_timeline_comments(request: Request, slug: str = Path(max_length=200),
                          limit: int = Limit, offset: int = Offset) -> dict:
    return _json_page(request, _target(request, f"timeline:{slug}"), limit, offset)


@router.get("/api/events/{event_id}/comments", tags=["comments"],
            responses=ERRORS, summary="Approved reader comments of an event (no emails)")
def api_event_comments(request: Request, event_id: int = Path(ge=1, le=2**62),
                       limit: int = Limit, offset: int = Offset) -> dict:
    return _json_page(request, _target(request, f"event:{event_id}"), limit, offset)


__all__ = ["CommentService", "RateLimiter", "Settings", "comment_box", "install",
           "pending_count", "render_body", "router", "validate"]
