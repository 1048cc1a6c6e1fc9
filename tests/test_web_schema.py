"""Schemathesis against the OpenAPI schema: generated requests never cause a server error, and
every error response has the one error shape. Bounded to a few dozen examples per operation."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")

from keydates.web import create_app  # noqa: E402
from keydates.web.cache import TimelineCache  # noqa: E402
from keydates.web.jobs import JobRunner  # noqa: E402

EDITOR = {"Authorization": "Basic " + base64.b64encode(b"ann:correct horse").decode()}
# The schema does not depend on the data; each test points the app at a fresh store.
APP = create_app(None, secret="schema-test")
schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP)


@pytest.fixture()
def live_store(web_store: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    import httpx

    def offline(url: str, **kw: Any) -> Any:  # generated URLs are never fetched
        raise httpx.ConnectError(f"offline test: {url[:40]}")

    monkeypatch.setattr(httpx, "get", offline)
    APP.state.store = web_store
    APP.state.jobs = JobRunner(web_store)
    APP.state.timelines = TimelineCache(web_store)
    yield web_store
    APP.state.jobs.shutdown()
    APP.state.store = None


@schema.parametrize()
@settings(max_examples=30, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_web_schema_no_server_errors(case: Any, live_store: Any) -> None:
    headers = EDITOR if case.method.upper() in ("POST", "PATCH", "PUT", "DELETE") else None
    response = case.call(headers=headers)
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:500])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {
            "status", "code", "message", "details"}, body
        assert body["error"]["status"] == response.status_code
