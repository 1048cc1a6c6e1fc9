"""One error shape for every failure of the web app.

Every error under /api/ is JSON of this shape (and HTML pages render the same fields):

    {"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}

`details` lists validation problems (422) as {"loc": [...], "msg": "...", "type": "..."}.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from keydates.errors import InputError, KeydatesError, NotFoundError

log = logging.getLogger("keydates.web")

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "validation_error", 429: "too_many_requests", 500: "internal_error",
    503: "unavailable",
}


class ErrorBody(BaseModel):
    """The body of an error: HTTP status, a stable code, a human message, optional details."""

    status: int
    code: str
    message: str
    details: list[dict[str, Any]] = []


class ErrorResponse(BaseModel):
    """The JSON every failing API call returns."""

    error: ErrorBody


class WebError(Exception):
    """An error raised by a route with its HTTP status and stable code."""

    def __init__(self, status: int, message: str, code: str | None = None,
                 details: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = details or []
        self.headers = headers or {}


def error_payload(status: int, message: str, code: str | None = None,
                  details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The JSON body of an error."""
    return {"error": {"status": status, "code": code or CODES.get(status, "error"),
                      "message": message, "details": details or []}}


def _wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def render_error(request: Request, status: int, message: str, code: str | None = None,
                 details: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None) -> Response:
    """JSON for the API (and JSON clients), an HTML page for browsers."""
    payload = error_payload(status, message, code, details)
    if _wants_json(request):
        return JSONResponse(payload, status_code=status, headers=headers)
    templates = getattr(request.app.state, "templates", None)
    if templates is None:  # pragma: no cover - app without templates
        return HTMLResponse(f"<h1>{status}</h1><p>{message}</p>", status_code=status)
    from keydates.web.auth import page_context

    context = page_context(request, title=f"Error {status}")
    context["error"] = payload["error"]
    return templates.TemplateResponse(request, "error.html", context, status_code=status,
                                      headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        out.append({"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", "")),
                    "type": str(err.get("type", ""))})
    return out


def install(app: FastAPI) -> None:
    """Register the handlers that turn every exception into the one error shape."""

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError) -> Response:
        return render_error(request, exc.status, exc.message, exc.code, exc.details, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return render_error(request, exc.status_code, message,
                            headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return render_error(request, 422, "the request is not valid", "validation_error",
                            _validation_details(exc))

    @app.exception_handler(NotFoundError)
    async def _not_found(request: Request, exc: NotFoundError) -> Response:
        return render_error(request, 404, str(exc) or "not found")

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Response:
        return render_error(request, 422, str(exc), "invalid_input")

    @app.exception_handler(KeydatesError)
    async def _keydates_error(request: Request, exc: KeydatesError) -> Response:
        log.warning("keydates error on %s: %s", request.url.path, exc)
        return render_error(request, 400, str(exc), type(exc).__name__)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return render_error(request, 500, "internal error; the server log has the details")
