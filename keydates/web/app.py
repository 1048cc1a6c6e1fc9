"""The FastAPI application of `keydates serve`: pages, JSON API, static files, one error shape."""

from __future__ import annotations

import logging
import os
import secrets
import time
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode
from typing import Any, AsyncIterator, Callable

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from keydates import __version__
from keydates.web import errors
from keydates.web.cache import DEFAULT_EVENTS, TimelineCache
from keydates.web.auth import LoginThrottle, save_session

log = logging.getLogger("keydates.web")
HERE = Path(__file__).resolve().parent

# Everything a page loads comes from this server; a browser refuses anything else.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Pure ASGI middleware adding the CSP and related headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _template_env(templates: Jinja2Templates) -> None:
    from keydates.web import views

    env = templates.env
    env.globals.update(version=__version__, views=views)
    env.filters["human"] = views.human_date
    env.filters["qs"] = lambda params: urlencode({k: v for k, v in params.items() if v})


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.jobs.shutdown()


def create_app(store: Any, *, secret: str | None = None, notes: list[str] | None = None,
               jobs_workers: int = 1, cache_events: int | None = None) -> FastAPI:
    """The web app over an open `keydates.store.Store`.

    `secret` signs session cookies (default $KEYDATES_SECRET, else random per process: sessions
    then end when the server restarts). `notes` are shown on the home page (e.g. why the sample
    chronology is missing). `cache_events` bounds the timeline cache (default
    $KEYDATES_CACHE_EVENTS, else 20,000 events, about 90 MB).
    """
    from keydates.web import api, comments, editing, jobs, pages

    app = FastAPI(
        title="keydates", version=__version__,
        description="Timelines extracted from news chronologies: events with normalized dates, "
                    "actors, places, kinds and casualties. Errors always have the shape "
                    '{"error": {"status", "code", "message", "details"}}.',
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; /api lists routes
        openapi_url="/api/openapi.json", lifespan=_lifespan,
    )
    app.state.store = store
    app.state.secret = secret or os.environ.get("KEYDATES_SECRET") or secrets.token_hex(32)
    app.state.notes = list(notes or [])
    app.state.jobs = jobs.JobRunner(store, workers=jobs_workers)
    if cache_events is None:
        cache_events = int(os.environ.get("KEYDATES_CACHE_EVENTS") or DEFAULT_EVENTS)
    app.state.timelines = TimelineCache(store, cache_events)
    app.state.login_throttle = LoginThrottle()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    _template_env(templates)
    app.state.templates = templates
    comments.install(app)  # reader comments: settings, limits, template hooks

    errors.install(app)

    @app.middleware("http")
    async def _session_cookie(request: Request, call_next: Callable[..., Any]) -> Any:
        started = time.perf_counter()
        response = await call_next(request)
        if getattr(request.state, "session", None) is not None:
            save_session(request, response)
        # Time spent in the app (routing, store, rendering), for browsers' devtools and bench/.
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        return response

    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(editing.api_router)
    app.include_router(editing.router)
    app.include_router(pages.router)
    app.include_router(comments.router)

    return app



def app_from_env() -> FastAPI:
    """The app of one worker process of `keydates serve --workers N` ($KEYDATES_DB,
    $KEYDATES_SECRET, $KEYDATES_WEB_NOTES as set by the parent)."""
    import json

    from keydates.store import open_store

    notes = json.loads(os.environ.get("KEYDATES_WEB_NOTES") or "[]")
    return create_app(open_store(os.environ.get("KEYDATES_DB")), notes=notes)
