"""The JSON API: listings, filters, pagination, corrections, exports and the one error shape."""

from __future__ import annotations

import base64
from typing import Any

import pytest

EDITOR = {"Authorization": "Basic " + base64.b64encode(b"ann:correct horse").decode()}
READER = {"Authorization": "Basic " + base64.b64encode(b"rob:battery staple").decode()}
WRONG = {"Authorization": "Basic " + base64.b64encode(b"ann:wrong").decode()}


def assert_error_shape(body: Any, status: int) -> None:
    """Every error is {"error": {"status", "code", "message", "details"}} and nothing else."""
    assert set(body) == {"error"}, body
    err = body["error"]
    assert set(err) == {"status", "code", "message", "details"}, err
    assert err["status"] == status
    assert isinstance(err["code"], str) and err["code"]
    assert isinstance(err["message"], str) and err["message"]
    assert isinstance(err["details"], list)


def test_web_api_timelines_list_spans_and_counts(web_client: Any) -> None:
    body = web_client.get("/api/timelines").json()
    assert body["total"] == 1
    (tl,) = body["items"]
    assert tl["slug"] == "river-dam" and tl["n_events"] == 4 and tl["n_documents"] == 1
    assert tl["earliest"].startswith("-") and tl["latest"] == "2019-12-31"
    assert tl["url"] == "/timelines/river-dam"


def test_web_api_timeline_detail_lists_documents_and_exports(web_client: Any) -> None:
    body = web_client.get("/api/timelines/river-dam").json()
    assert body["timeline"]["name"] == "River dam"
    assert body["documents"][0]["published"] == "2020-01-03"
    assert "text" not in body["documents"][0]
    assert body["events"] == "/api/events?timeline=river-dam"


@pytest.mark.parametrize("params, expected", [
    ({}, ["Farmers dig canals", "Ethiopia starts the dam", "Egypt protests at the UN",
          "Talks collapse"]),
    ({"actor": "Egypt"}, ["Egypt protests at the UN", "Talks collapse"]),
    ({"actor": "ent:united-nations"}, ["Egypt protests at the UN"]),
    ({"place": "Cairo"}, ["Talks collapse"]),
    ({"kind": "construction"}, ["Farmers dig canals", "Ethiopia starts the dam"]),
    ({"text": "canals"}, ["Farmers dig canals"]),
    ({"q": "canals"}, ["Farmers dig canals"]),
    ({"from": "2003", "to": "2003"}, ["Ethiopia starts the dam", "Egypt protests at the UN"]),
    ({"date_from": "2003", "date_to": "2003"}, ["Ethiopia starts the dam",
                                               "Egypt protests at the UN"]),
    ({"from": "2019-12-25"}, ["Talks collapse"]),
    ({"q": "nothing-like-this"}, []),
])
def test_web_api_events_filters(web_client: Any, params: dict, expected: list[str]) -> None:
    body = web_client.get("/api/events", params={"timeline": "river-dam", **params}).json()
    assert [e["event"]["headline"] for e in body["items"]] == expected
    assert body["total"] == len(expected)


def test_web_api_events_pagination_follows_next(web_client: Any) -> None:
    seen, url = [], "/api/events?timeline=river-dam&limit=3"
    while url:
        body = web_client.get(url).json()
        assert body["limit"] == 3 and body["total"] == 4
        seen += [e["id"] for e in body["items"]]
        url = body["next"]
    assert len(seen) == 4 and len(set(seen)) == 4


def test_web_api_event_detail_has_human_date_and_context_mark(web_client: Any) -> None:
    items = web_client.get("/api/events", params={"q": "protests"}).json()["items"]
    event = web_client.get(f"/api/events/{items[0]['id']}").json()
    assert event["human_date"] == "1 May 2003"
    assert event["date_from_context"] is True
    assert event["event"]["date"]["anchor"] == {"kind": "previous_event", "value": "2003-03-20"}
    assert event["audit"] == []


@pytest.mark.parametrize("path, key, first", [
    ("/api/entities", "name", "Egypt"),
    ("/api/places", "name", None),
])
def test_web_api_entities_and_places(web_client: Any, path: str, key: str, first: Any) -> None:
    body = web_client.get(path, params={"timeline": "river-dam"}).json()
    names = [i[key] for i in body["items"]]
    assert body["total"] == len(names) > 0
    if first:
        assert names[0] == first  # most frequent first (Egypt: 2 events, tie broken by name)
    if path == "/api/places":
        assert {"Cairo", "Bahir Dar", "New York", "Washington"} <= set(names)
        assert all(i["lat"] is not None for i in body["items"])


def test_web_api_correction_with_basic_auth_is_audited(web_client: Any) -> None:
    event_id = web_client.get("/api/events", params={"q": "protests"}).json()["items"][0]["id"]
    r = web_client.patch(f"/api/events/{event_id}", headers=EDITOR,
                         json={"changes": {"date.value": "2003-05-02"}, "reason": "source check"})
    assert r.status_code == 200, r.text
    assert r.json()["event"]["date"]["value"] == "2003-05-02"
    assert r.json()["human_date"] == "2 May 2003"
    audit = web_client.get(f"/api/events/{event_id}/audit").json()["items"]
    assert audit[0]["user"] == "ann" and audit[0]["reason"] == "source check"
    r = web_client.post(f"/api/events/{event_id}/revert", headers=EDITOR, json={})
    assert r.json()["event"]["date"]["value"] == "2003-05-01"


def test_web_api_exports_are_listed_and_served(web_client: Any) -> None:
    formats = web_client.get("/api/exports").json()["items"]
    if not formats:
        pytest.skip("no exporters registered yet (keydates.export.formats)")
    for fmt in formats:
        r = web_client.get(f"/api/timelines/river-dam/export/{fmt['name']}")
        assert r.status_code == 200, (fmt, r.text[:200])
        assert r.headers["content-type"].split(";")[0] == fmt["media_type"].split(";")[0]
        assert f'river-dam.{fmt["extension"]}' in r.headers["content-disposition"]


def test_web_api_openapi_schema_is_served(web_client: Any) -> None:
    schema = web_client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path in ("/api/timelines", "/api/events", "/api/events/{event_id}", "/api/entities",
                 "/api/places", "/api/documents", "/api/exports"):
        assert path in schema["paths"], path
    assert "ErrorResponse" in schema["components"]["schemas"]


def test_web_api_documents_post_adds_a_timeline(web_client: Any, web_store: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import web_timeline

    calls = []

    def fake_add(source: str, timeline: str | None = None, published: str | None = None,
                 **kw: Any) -> Any:
        # The extractor has its own tests; here only the API's handling of the request matters.
        calls.append((source, timeline, published))
        return web_store.add_timeline(web_timeline(), name=timeline, user=kw.get("user", "x"))

    monkeypatch.setattr(web_store, "add", fake_add)
    r = web_client.post("/api/documents", headers=EDITOR,
                        json={"text": "On May 1, ...", "published": "2020-01-03",
                              "timeline": "Second"})
    assert r.status_code == 201, r.text
    assert r.json()["timeline"] == "second" and len(r.json()["event_ids"]) == 4
    assert calls == [("On May 1, ...", "Second", "2020-01-03")]
    assert web_client.get("/api/documents").json()["total"] >= 1


# -- the one error shape ------------------------------------------------------------------------
ERROR_CASES = [
    ("get", "/api/nothing-here", {}, None, 404),
    ("get", "/api/events/999999", {}, None, 404),
    ("get", "/api/timelines/no-such-timeline", {}, None, 404),
    ("get", "/api/timelines/river-dam/export/nosuchformat", {}, None, 404),
    ("get", "/api/events?limit=0", {}, None, 422),
    ("get", "/api/events?from=not-a-date", {}, None, 422),
    ("get", "/api/events?from=2010&to=2003", {}, None, 422),
    ("get", "/api/events/not-a-number", {}, None, 422),
    ("patch", "/api/events/1", EDITOR, {"changes": {}}, 422),
    ("patch", "/api/events/1", EDITOR, {"changes": {"date.value": "2003-02-30"}}, 422),
    ("post", "/api/documents", EDITOR, {"text": "x", "url": "https://example.org/"}, 422),
    ("post", "/api/documents", EDITOR, {"published": "yesterday", "text": "x"}, 422),
    ("patch", "/api/events/1", {}, {"changes": {"kind": "x"}}, 401),
    ("patch", "/api/events/1", WRONG, {"changes": {"kind": "x"}}, 401),
    ("post", "/api/documents", {}, {"text": "x"}, 401),
    ("patch", "/api/events/1", READER, {"changes": {"kind": "x"}}, 403),
    ("delete", "/api/events/1", EDITOR, None, 405),
    # a Unicode digit is a digit to str.isdigit() but not to int(): still a plain 404
    ("get", "/api/timelines/%C2%B9/comments", {}, None, 404),
]


@pytest.mark.parametrize("method, path, headers, body, status", ERROR_CASES)
def test_web_api_errors_have_one_shape(web_client: Any, method: str, path: str, headers: dict,
                                       body: Any, status: int) -> None:
    r = web_client.request(method, path, headers=headers, json=body)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert_error_shape(r.json(), status)


def test_web_api_csrf_missing_with_session_cookie_is_403(web_client: Any) -> None:
    page = web_client.get("/login").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    r = web_client.post("/login", data={"csrf_token": token, "name": "ann",
                                        "password": "correct horse"}, follow_redirects=False)
    assert r.status_code == 303
    r = web_client.patch("/api/events/1", json={"changes": {"kind": "x"}})
    assert r.status_code == 403
    assert_error_shape(r.json(), 403)
    assert r.json()["error"]["code"] == "csrf_failed"


def test_web_api_server_error_has_the_shape_and_no_traceback(
        web_client: Any, web_store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*a: Any, **k: Any) -> Any:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(web_store, "query", broken)
    r = web_client.get("/api/events")
    assert r.status_code == 500
    assert_error_shape(r.json(), 500)
    assert "secret internal detail" not in r.text and "Traceback" not in r.text


def test_web_api_validation_details_name_the_field(web_client: Any) -> None:
    body = web_client.get("/api/events?limit=100000").json()
    assert body["error"]["code"] == "validation_error"
    assert body["error"]["details"][0]["loc"] == ["query", "limit"]


def test_web_api_corrections_survive_re_extraction(web_client: Any, web_store: Any) -> None:
    from conftest import web_timeline

    event_id = web_client.get("/api/events", params={"q": "canals"}).json()["items"][0]["id"]
    r = web_client.patch(f"/api/events/{event_id}", headers=EDITOR,
                         json={"changes": {"date.value": "BC3400"}, "reason": "new dating"})
    assert r.status_code == 200
    web_store.add_timeline(web_timeline(), name="River dam", replace=True)  # extracted again
    items = web_client.get("/api/events", params={"q": "canals"}).json()["items"]
    assert items[0]["event"]["date"]["value"] == "BC3400"
    assert items[0]["human_date"] == "c. 3400 BC"
    page = web_client.get(items[0]["url"]).text
    assert "c. 3400 BC" in page and "set by an editor" in page and "c. 3500 BC" in page
