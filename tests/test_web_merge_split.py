"""Merging and splitting events on the web: event page forms (editors, CSRF), the audit trail,
and the API endpoints with the app's auth and its one error shape."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest

EDITOR = {"Authorization": "Basic " + base64.b64encode(b"ann:correct horse").decode()}
READER = {"Authorization": "Basic " + base64.b64encode(b"rob:battery staple").decode()}


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def sign_in(client: Any, name: str = "ann", password: str = "correct horse") -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"csrf_token": token, "name": name, "password": password},
                    follow_redirects=False)
    assert r.status_code == 303


def event_id(client: Any, words: str) -> int:
    return client.get("/api/events", params={"q": words}).json()["items"][0]["id"]


def assert_error(r: Any, status: int) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message",
                                                             "details"}
    assert body["error"]["status"] == status


def test_web_merge_split_forms_only_for_editors(web_client: Any) -> None:
    eid = event_id(web_client, "protests")
    assert 'id="merge-form"' not in web_client.get(f"/events/{eid}").text
    sign_in(web_client)
    page = web_client.get(f"/events/{eid}").text
    assert 'id="merge-form"' in page and 'id="split-form"' in page
    assert 'value="next"' in page and 'value="previous"' in page
    talks = web_client.get(f"/events/{event_id(web_client, 'talks')}").text
    assert re.search(r'<option value="\d+">…[^<]*collapse; \| 12 protesters', talks)


def test_web_merge_with_next_then_audit_then_revert(web_client: Any) -> None:
    dam, protest = event_id(web_client, "building"), event_id(web_client, "protests")
    sign_in(web_client)
    page = web_client.get(f"/events/{dam}").text
    r = web_client.post(f"/events/{dam}/merge", data={
        "csrf_token": csrf_of(page), "target": "next", "ids": "", "reason": "one story"})
    assert r.status_code == 200 and r.url.path == f"/events/{dam}"
    assert "<strong>ann</strong> merge" in r.text and "one story" in r.text
    assert f'href="/events/{protest}">event {protest}</a>' in r.text
    items = web_client.get("/api/events", params={"timeline": "river-dam"}).json()["items"]
    assert protest not in [e["id"] for e in items] and len(items) == 3
    assert "merged this event into" in web_client.get(f"/events/{protest}").text
    r = web_client.post(f"/events/{dam}/revert", data={"csrf_token": csrf_of(r.text)})
    assert r.status_code == 200
    assert len(web_client.get("/api/events", params={"timeline": "river-dam"}).json()
               ["items"]) == 4


@pytest.mark.parametrize("field", ["boundary", "at"])
def test_web_split_at_a_sentence_boundary_or_an_offset(web_client: Any, field: str) -> None:
    eid = event_id(web_client, "talks")
    sign_in(web_client)
    page = web_client.get(f"/events/{eid}").text
    at = re.search(r'<option value="(\d+)">…[^<]*collapse; \|', page).group(1)
    data = {"csrf_token": csrf_of(page), "boundary": "", "at": "", "reason": "two events"}
    data[field] = at
    r = web_client.post(f"/events/{eid}/split", data=data)
    assert r.status_code == 200 and "<strong>ann</strong> split" in r.text
    ev = web_client.get(f"/api/events/{eid}").json()
    assert ev["event"]["text"].endswith("collapse;")
    part = event_id(web_client, "killed")
    assert part != eid
    assert web_client.get(f"/api/events/{part}").json()["event"]["text"] == (
        "12 protesters are killed in Cairo.")


def test_web_split_bad_offset_shows_the_error(web_client: Any) -> None:
    eid = event_id(web_client, "talks")
    sign_in(web_client)
    page = web_client.get(f"/events/{eid}").text
    r = web_client.post(f"/events/{eid}/split", data={"csrf_token": csrf_of(page),
                                                      "at": "100000"})
    assert r.status_code == 422 and 'role="alert"' in r.text and "outside" in r.text


@pytest.mark.parametrize("who, status", [(None, 401), ("rob", 403)])
@pytest.mark.parametrize("action", ["merge", "split"])
def test_web_merge_split_pages_refuse_non_editors(web_client: Any, who: str | None,
                                                  status: int, action: str) -> None:
    if who:
        sign_in(web_client, who, "battery staple")
    eid = event_id(web_client, "building")
    token = csrf_of(web_client.get("/login").text)
    r = web_client.post(f"/events/{eid}/{action}", data={"csrf_token": token, "target": "next",
                                                          "at": "5"})
    assert r.status_code == status
    assert len(web_client.get("/api/events").json()["items"]) == 4


@pytest.mark.parametrize("action", ["merge", "split"])
def test_web_merge_split_pages_need_csrf(web_client: Any, action: str) -> None:
    sign_in(web_client)
    eid = event_id(web_client, "building")
    for token in ("", "forged-token"):
        r = web_client.post(f"/events/{eid}/{action}", data={"csrf_token": token,
                                                              "target": "next", "at": "5"})
        assert r.status_code == 403 and "CSRF" in r.text
    assert len(web_client.get("/api/events").json()["items"]) == 4


def test_web_api_merge_and_split(web_client: Any) -> None:
    dam, protest = event_id(web_client, "building"), event_id(web_client, "protests")
    r = web_client.post(f"/api/events/{protest}/merge", headers=EDITOR,
                        json={"with": "previous", "reason": "same story"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == dam and body["audit"][0]["action"] == "merge"
    assert body["audit"][0]["changes"]["merged"] == [protest]
    assert body["event"]["date"]["value"] == "2003-03-20"
    r = web_client.post(f"/api/events/{dam}/split", headers=EDITOR,
                        json={"at": body["event"]["text"].index("On May 1")})
    assert r.status_code == 200, r.text
    first, second = r.json()["items"]
    assert first["id"] == dam and second["event"]["text"].startswith("On May 1")
    assert second["event"]["date"]["value"] == "2003-03-20"  # until corrected
    assert [a["action"] for a in web_client.get(f"/api/events/{dam}/audit").json()["items"]
            ][:2] == ["split", "merge"]


def test_web_api_merge_by_ids(web_client: Any) -> None:
    ids = [e["id"] for e in web_client.get("/api/events").json()["items"]]
    r = web_client.post(f"/api/events/{ids[3]}/merge", headers=EDITOR, json={"ids": [ids[2]]})
    assert r.status_code == 200 and r.json()["id"] == ids[2]


@pytest.mark.parametrize("path, headers, body, status", [
    ("/api/events/{id}/merge", {}, {"with": "next"}, 401),
    ("/api/events/{id}/split", {}, {"at": 3}, 401),
    ("/api/events/{id}/merge", READER, {"with": "next"}, 403),
    ("/api/events/{id}/split", READER, {"at": 3}, 403),
    ("/api/events/999999/merge", EDITOR, {"with": "next"}, 404),
    ("/api/events/999999/split", EDITOR, {"at": 3}, 404),
    ("/api/events/{id}/merge", EDITOR, {"ids": [999999]}, 404),
    ("/api/events/{id}/merge", EDITOR, {}, 422),
    ("/api/events/{id}/merge", EDITOR, {"with": "sideways"}, 422),
    ("/api/events/{id}/merge", EDITOR, {"with": "previous"}, 422),  # the first event
    ("/api/events/{id}/split", EDITOR, {"at": 100000}, 422),
    ("/api/events/{id}/split", EDITOR, {"at": 0}, 422),
    ("/api/events/{id}/split", EDITOR, {}, 422),
])
def test_web_api_merge_split_errors_have_one_shape(web_client: Any, path: str, headers: dict,
                                                   body: Any, status: int) -> None:
    first = event_id(web_client, "canals")
    r = web_client.post(path.format(id=first), headers=headers, json=body)
    assert_error(r, status)
    assert len(web_client.get("/api/events").json()["items"]) == 4


def test_web_api_merge_with_session_needs_csrf_header(web_client: Any) -> None:
    sign_in(web_client)
    eid = event_id(web_client, "building")
    r = web_client.post(f"/api/events/{eid}/merge", json={"with": "next"})
    assert_error(r, 403)
    assert r.json()["error"]["code"] == "csrf_failed"


def test_web_api_merge_split_in_openapi(web_client: Any) -> None:
    paths = web_client.get("/api/openapi.json").json()["paths"]
    for action in ("merge", "split"):
        op = paths[f"/api/events/{{event_id}}/{action}"]["post"]
        assert "401" in op["responses"] and "422" in op["responses"]


@pytest.mark.parametrize("ids, at", [("¹", ""), ("12x", ""), ("", "²")])
def test_web_merge_split_forms_reject_non_ascii_digits(web_client: Any, ids: str, at: str) -> None:
    """"¹" is a digit to str.isdigit() but not to int(): a message, not a server error."""
    eid = event_id(web_client, "building")
    sign_in(web_client)
    token = csrf_of(web_client.get(f"/events/{eid}").text)
    action = "merge" if ids else "split"
    r = web_client.post(f"/events/{eid}/{action}", data={"csrf_token": token, "target": "ids",
                                                         "ids": ids, "at": at})
    assert r.status_code == 422 and 'role="alert"' in r.text
    assert_error(web_client.get("/api/timelines/¹"), 404)  # a name, not an id
