"""Editor accounts in the browser: signed session cookies and session-bound CSRF tokens.

The session is a cookie signed with itsdangerous (HttpOnly, SameSite=Lax, Secure over https)
holding the user name (when signed in) and a random CSRF token. Every form carries that token
in a hidden `csrf_token` field; API calls made with the cookie send it as `X-CSRF-Token`.
API clients without a browser may instead send HTTP Basic credentials on each write.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from keydates.web.errors import WebError

COOKIE = "keydates_session"
MAX_AGE = 14 * 24 * 3600  # seconds a session stays valid
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
EDITOR_ROLES = ("editor", "admin")


@dataclass(slots=True)
class Session:
    """What the signed cookie holds."""

    csrf: str
    user: str | None = None
    role: str | None = None
    changed: bool = False


def _serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(request.app.state.secret, salt="keydates-session")


def get_session(request: Request) -> Session:
    """The request's session; a fresh anonymous one (with a new CSRF token) when absent."""
    cached = getattr(request.state, "session", None)
    if cached is not None:
        return cached
    session: Session | None = None
    raw = request.cookies.get(COOKIE)
    if raw:
        try:
            data = _serializer(request).loads(raw, max_age=MAX_AGE)
            if isinstance(data, dict) and isinstance(data.get("c"), str):
                user = data.get("u") if isinstance(data.get("u"), str) else None
                role = data.get("r") if isinstance(data.get("r"), str) else None
                session = Session(csrf=data["c"], user=user, role=role)
        except BadSignature:
            session = None
    if session is None:
        session = Session(csrf=secrets.token_urlsafe(24), changed=True)
    request.state.session = session
    return session


def save_session(request: Request, response: Response) -> None:
    """Write the session cookie on a response when it is new or changed."""
    session = getattr(request.state, "session", None)
    if session is None or not session.changed:
        return
    value = _serializer(request).dumps({"c": session.csrf, "u": session.user, "r": session.role})
    response.set_cookie(COOKIE, value, max_age=MAX_AGE, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/")


def sign_in(request: Request, user: str, role: str) -> None:
    """Bind the session to a user, with a new CSRF token (no session fixation)."""
    session = get_session(request)
    session.user = user
    session.role = role
    session.csrf = secrets.token_urlsafe(24)
    session.changed = True


def sign_out(request: Request) -> None:
    """Forget the user and rotate the CSRF token."""
    session = get_session(request)
    session.user = None
    session.role = None
    session.csrf = secrets.token_urlsafe(24)
    session.changed = True


def current_user(request: Request) -> str | None:
    """The signed-in editor's name, or None for anonymous visitors."""
    return get_session(request).user


def check_csrf(request: Request, token: str | None) -> None:
    """Refuse a state-changing request whose CSRF token does not match the session's."""
    expected = get_session(request).csrf
    if not token or not hmac.compare_digest(token.encode(), expected.encode()):
        raise WebError(403, "missing or invalid CSRF token; reload the page and try again",
                       "csrf_failed")


def is_editor(request: Request) -> bool:
    """Whether the visitor is signed in with a role that may edit."""
    session = get_session(request)
    return bool(session.user) and session.role in EDITOR_ROLES


def require_editor(request: Request) -> str:
    """The signed-in editor (pages); 401 when anonymous, 403 for a reader account."""
    session = get_session(request)
    if not session.user:
        raise WebError(401, "sign in as an editor to do this", "unauthorized")
    if session.role not in EDITOR_ROLES:
        raise WebError(403, f"the account {session.user!r} may read but not edit", "forbidden")
    return session.user


class LoginThrottle:
    """Refuse password checks from an address after too many failures in a window (429)."""

    def __init__(self, max_failures: int = 8, window: float = 300.0) -> None:
        self.max_failures = max_failures
        self.window = window
        self.failures: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self.failures.setdefault(key, deque())
        while times and times[0] < now - self.window:
            times.popleft()
        return times

    def check(self, key: str) -> None:
        """Raise a 429 `WebError` with Retry-After when `key` failed too often lately."""
        now = time.monotonic()
        with self.lock:
            times = self._recent(key, now)
            if len(times) >= self.max_failures:
                wait = int(times[0] + self.window - now) + 1
                raise WebError(429, f"too many failed sign-ins; try again in {wait} s",
                               "too_many_requests", headers={"Retry-After": str(wait)})

    def failed(self, key: str) -> None:
        """Count one failure."""
        with self.lock:
            self._recent(key, time.monotonic()).append(time.monotonic())
            if len(self.failures) > 10_000:  # forget the oldest addresses
                for old in list(self.failures)[:5_000]:
                    self.failures.pop(old, None)


def client_key(request: Request) -> str:
    """The address password failures are counted against."""
    return request.client.host if request.client else "unknown"


def verify_password(request: Request, name: str, password: str) -> Any:
    """`Store.verify_user` behind the throttle: the user, or None for a wrong password."""
    throttle: LoginThrottle = request.app.state.login_throttle
    key = client_key(request)
    throttle.check(key)
    user = request.app.state.store.verify_user(name, password) if name else None
    if user is None:
        throttle.failed(key)
    return user


def basic_credentials(request: Request) -> tuple[str, str] | None:
    """User name and password of an `Authorization: Basic` header, if any."""
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        raw = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    name, sep, password = raw.partition(":")
    return (name, password) if sep else None


def api_editor(request: Request) -> str:
    """The editor behind an API write: HTTP Basic, or the session cookie plus X-CSRF-Token."""
    creds = basic_credentials(request)
    if creds is not None:
        found = verify_password(request, *creds)
        if found is None:
            raise WebError(401, "wrong user name or password", "unauthorized",
                           headers={"WWW-Authenticate": 'Basic realm="keydates"'})
        if found.role not in EDITOR_ROLES:
            raise WebError(403, f"the account {found.name!r} may read but not edit", "forbidden")
        return found.name
    if not current_user(request):
        raise WebError(401, "sign in as an editor (session cookie or HTTP Basic) to do this",
                       "unauthorized", headers={"WWW-Authenticate": 'Basic realm="keydates"'})
    user = require_editor(request)
    check_csrf(request, request.headers.get(CSRF_HEADER))
    return user


def page_context(request: Request, **extra: Any) -> dict[str, Any]:
    """What every template needs: the user, the CSRF token, the app's notes."""
    session = get_session(request)
    context: dict[str, Any] = {
        "request": request,
        "user": session.user,
        "editor": bool(session.user) and session.role in EDITOR_ROLES,
        "csrf_token": session.csrf,
        "app_notes": getattr(request.app.state, "notes", []),
    }
    context.update(extra)
    return context
