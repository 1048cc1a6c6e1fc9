"""Server-rendered pages: content, filters, editing with sign-in and CSRF, no external requests."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

EXTERNAL_URL = re.compile(r"""(?:https?:)?//(?!testserver\b)[a-z0-9.-]+\.[a-z]{2,}""", re.I)
ATTR_URL = re.compile(r"""(?:src|href|action|content|url)\s*[=(]\s*["']?((?:https?:)?//[^"')\s>]+)""",
                      re.I)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def sign_in(client: Any, name: str = "ann", password: str = "correct horse") -> Any:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"csrf_token": token, "name": name, "password": password},
                       follow_redirects=False)


def event_id(client: Any, words: str) -> int:
    return client.get("/api/events", params={"q": words}).json()["items"][0]["id"]


def test_web_pages_home_lists_timelines_with_span_and_counts(web_client: Any) -> None:
    html = web_client.get("/").text
    assert 'href="/timelines/river-dam"' in html
    assert "Key dates: the river dam dispute" in html
    assert "1 Jan 3500 BC – 31 Dec 2019" in html
    assert re.search(r'class="num">4<', html)
    assert "Sign in</a> as an editor to add" in html  # anonymous: no add form
    assert 'id="add-form"' not in html


def test_web_pages_timeline_shows_sections_human_dates_and_context_marks(web_client: Any) -> None:
    html = web_client.get("/timelines/river-dam").text
    assert "<h2>Antiquity</h2>" in html and "<h2>The dam</h2>" in html
    for human in ("c. 3500 BC", "20 March 2003", "1 May 2003", "late December 2019"):
        assert f">{human}</time>" in html, human
    assert html.count('aria-label="date from context"') == 1  # only "On May 1"
    assert "A short history of the dispute" in html  # the lead
    assert 'id="band-data"' in html and 'id="map-data"' in html
    assert "/static/vendor/vis-timeline/vis-timeline-graph2d.min.js" in html


def test_web_pages_band_items_cover_partial_dates_and_eras(web_client: Any) -> None:
    import json

    html = web_client.get("/timelines/river-dam").text
    band = json.loads(re.search(r'id="band-data">(.*?)</script>', html, re.S).group(1))
    by_label = {i["content"]: i for i in band["items"]}
    assert by_label["Talks collapse"]["type"] == "range"  # late December: 21-31 Dec
    assert by_label["Ethiopia starts the dam"]["type"] == "point"
    assert by_label["Farmers dig canals"]["start"] < -150_000_000_000_000  # BC in ms
    assert {"Antiquity", "The dam"} == {i["content"] for i in band["items"]
                                        if i.get("group") == "eras"}


@pytest.mark.parametrize("query, shown, hidden", [
    ("actor=ent:egypt", ["Egypt protests at the UN", "Talks collapse"], ["Farmers dig canals"]),
    ("place=Cairo", ["Talks collapse"], ["Egypt protests at the UN"]),
    ("kind=construction", ["Farmers dig canals"], ["Talks collapse"]),
    ("year=2003", ["Ethiopia starts the dam"], ["Talks collapse"]),
    ("year=-3500", ["Farmers dig canals"], ["Ethiopia starts the dam"]),
    ("q=canals", ["Farmers dig canals"], ["Talks collapse"]),
])
def test_web_pages_timeline_filters(web_client: Any, query: str, shown: list[str],
                                    hidden: list[str]) -> None:
    html = web_client.get(f"/timelines/river-dam?{query}").text
    for h in shown:
        assert f">{h}</a>" in html, h
    for h in hidden:
        assert f">{h}</a>" not in html, h
    assert "clear filters" in html


def test_web_pages_event_page_highlights_source_and_explains_the_date(web_client: Any) -> None:
    html = web_client.get(f"/events/{event_id(web_client, 'protests')}").text
    assert '<mark class="ev dt">May 1</mark>' in html
    assert '<mark class="ev">, Egypt protests at the United Nations in New York.</mark>' in html
    assert "“May 1” completed from the context: the previous entry (20 March 2003" in html
    assert "20 March 2003" in html  # anchor, and the previous event link
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert "United Nations" in html and "New York" in html and "diplomacy" in html


def test_web_pages_event_page_shows_casualties(web_client: Any) -> None:
    html = web_client.get(f"/events/{event_id(web_client, 'collapse')}").text
    assert "12 protesters are killed" in html and "killed, exact 12, protesters" in html


def test_web_pages_correct_a_date_as_editor_and_see_the_audit(web_client: Any) -> None:
    eid = event_id(web_client, "protests")
    assert sign_in(web_client).status_code == 303
    page = web_client.get(f"/events/{eid}").text
    assert 'id="correct-form"' in page
    form = {"csrf_token": csrf_of(page), "date_value": "2003-05-02", "date_mod": "",
            "date_range_end": "", "text": "On May 1, Egypt protests at the United Nations in "
            "New York.", "headline": "Egypt protests at the UN", "kind": "diplomacy",
            "reason": "the cable is dated 2 May"}
    r = web_client.post(f"/events/{eid}/correct", data=form, follow_redirects=True)
    assert r.status_code == 200
    assert ">2 May 2003</time>" in r.text
    assert "the cable is dated 2 May" in r.text and "<strong>ann</strong> correct" in r.text
    assert "2003-05-01 → 2003-05-02" in r.text


def test_web_pages_invalid_correction_keeps_what_was_typed(web_client: Any) -> None:
    eid = event_id(web_client, "protests")
    sign_in(web_client)
    page = web_client.get(f"/events/{eid}").text
    r = web_client.post(f"/events/{eid}/correct", data={
        "csrf_token": csrf_of(page), "date_value": "2003-02-30", "date_mod": "",
        "date_range_end": "", "text": "edited text", "headline": "Egypt protests at the UN",
        "kind": "diplomacy", "reason": ""})
    assert r.status_code == 422
    assert 'role="alert"' in r.text and 'value="2003-02-30"' in r.text and "edited text" in r.text


@pytest.mark.parametrize("who, status", [(None, 401), ("rob", 403)])
def test_web_pages_only_editors_may_correct(web_client: Any, who: str | None, status: int) -> None:
    if who:
        sign_in(web_client, "rob", "battery staple")
    eid = event_id(web_client, "protests")
    token = csrf_of(web_client.get("/login").text)
    r = web_client.post(f"/events/{eid}/correct", data={"csrf_token": token,
                                                         "date_value": "1999"})
    assert r.status_code == status
    assert web_client.get(f"/api/events/{eid}").json()["event"]["date"]["value"] == "2003-05-01"


@pytest.mark.parametrize("path", ["/login", "/logout", "/add", "/events/1/correct",
                                  "/events/1/revert"])
def test_web_pages_forms_refuse_a_missing_or_forged_csrf_token(web_client: Any,
                                                               path: str) -> None:
    sign_in(web_client)
    for token in ("", "forged-token"):
        r = web_client.post(path, data={"csrf_token": token, "name": "ann",
                                        "password": "correct horse", "text": "x"})
        assert r.status_code == 403, (path, token)
        assert "CSRF" in r.text


def test_web_pages_sign_in_sets_a_safe_cookie_and_wrong_password_fails(web_client: Any) -> None:
    r = sign_in(web_client, "ann", "wrong")
    assert r.status_code == 401 and "Wrong name or password" in r.text
    r = sign_in(web_client)
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "Secure" not in cookie  # plain http in tests; https below
    assert "Signed in as <strong>ann</strong>" in web_client.get("/").text


def test_web_pages_cookie_is_secure_over_https(web_store: Any) -> None:
    from fastapi.testclient import TestClient

    from keydates.web import create_app

    with TestClient(create_app(web_store, secret="s"), base_url="https://testserver") as client:
        r = sign_in(client)
        assert "Secure" in r.headers["set-cookie"]


def test_web_pages_tampered_session_cookie_is_anonymous(web_client: Any) -> None:
    sign_in(web_client)
    value = web_client.cookies.get("keydates_session")
    web_client.cookies.set("keydates_session", value[:-3] + "abc")
    assert "Signed in as" not in web_client.get("/").text


def test_web_pages_add_form_runs_a_job_then_shows_the_review(
        web_client: Any, web_store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import web_timeline

    def fake_add(source: str, timeline: str | None = None, published: str | None = None,
                 **kw: Any) -> Any:
        # The extractor has its own tests; here the job flow of the page is under test.
        assert source.startswith("Key dates") and published == "2020-01-03"
        return web_store.add_timeline(web_timeline(), name=timeline, user=kw["user"])

    monkeypatch.setattr(web_store, "add", fake_add)
    sign_in(web_client)
    home = web_client.get("/").text
    assert 'id="add-form"' in home
    r = web_client.post("/add", data={"csrf_token": csrf_of(home), "text": "Key dates ...",
                                      "published": "2020-01-03", "timeline": "Pasted"},
                        files={"file": ("", b"")}, follow_redirects=False)
    assert r.status_code == 303
    job_url = r.headers["location"]
    for _ in range(100):
        state = web_client.get("/api" + job_url).json()
        if state["state"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert state["state"] == "done", state
    html = web_client.get(job_url).text
    assert 'href="/timelines/pasted"' in html and "Extracted events for review" in html
    assert "late December 2019" in html


@pytest.mark.parametrize("data, message", [
    ({}, "paste a chronology, choose a file or give a URL"),
    ({"text": "x", "url": "https://example.org/a"}, "give only one of"),
    ({"url": "ftp://example.org/a"}, "must start with http"),
    ({"text": "x", "published": "2019-02-30"}, "is not a calendar date"),
])
def test_web_pages_add_form_errors_keep_the_input(web_client: Any, data: dict,
                                                  message: str) -> None:
    sign_in(web_client)
    token = csrf_of(web_client.get("/").text)
    r = web_client.post("/add", data={"csrf_token": token, **data}, files={"file": ("", b"")})
    assert r.status_code == 422 and message in r.text
    if data.get("url"):
        assert f'value="{data["url"]}"' in r.text


def test_web_pages_add_form_upload_rejects_binary(web_client: Any) -> None:
    sign_in(web_client)
    token = csrf_of(web_client.get("/").text)
    r = web_client.post("/add", data={"csrf_token": token},
                        files={"file": ("x.txt", b"\x00\x01binary")})
    assert r.status_code == 422 and "binary" in r.text


PAGES = ["/", "/timelines/river-dam", "/timelines/river-dam?actor=ent:egypt", "/login", "/api",
         "/events/1", "/events/4", "/no-such-page", "/timelines/nope"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("signed_in", [False, True])
def test_web_pages_make_no_external_request(web_client: Any, path: str, signed_in: bool) -> None:
    if signed_in:
        sign_in(web_client)
    r = web_client.get(path)
    assert r.headers["content-type"].startswith("text/html")
    urls = [u for u in ATTR_URL.findall(r.text) if not u.startswith("//testserver")]
    assert urls == [], urls
    assert not EXTERNAL_URL.findall(r.text.replace("http://www.w3.org/2000/svg", ""))
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_web_pages_vendored_assets_are_served_with_licences(web_client: Any) -> None:
    for path in ("vis-timeline/vis-timeline-graph2d.min.js",
                 "vis-timeline/vis-timeline-graph2d.min.css", "vis-timeline/LICENSE.md",
                 "leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE",
                 "world-atlas/countries-110m.json", "world-atlas/LICENSE",
                 "topojson-client/topojson-client.min.js", "topojson-client/LICENSE"):
        r = web_client.get(f"/static/vendor/{path}")
        assert r.status_code == 200 and len(r.content) > 200, path


def test_web_pages_html_errors_render_a_page(web_client: Any) -> None:
    r = web_client.get("/events/999999")
    assert r.status_code == 404 and "<h1>404: not found</h1>" in r.text


def test_web_pages_images_have_alt_and_inputs_have_labels(web_client: Any) -> None:
    sign_in(web_client)
    for path in ("/", "/timelines/river-dam", f"/events/{event_id(web_client, 'protests')}",
                 "/login"):
        html = web_client.get(path).text
        for img in re.findall(r"<img\b[^>]*>", html):
            assert "alt=" in img, (path, img)
        labels = set(re.findall(r'<label for="([^"]+)"', html))
        for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
            if 'type="hidden"' in tag:
                continue
            ident = re.search(r'id="([^"]+)"', tag)
            assert ident and ident.group(1) in labels, (path, tag)


def test_web_pages_upload_keeps_the_file_name_and_format(web_client: Any, web_store: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from conftest import web_timeline

    seen = {}

    def fake_add(source: str, timeline: str | None = None, published: str | None = None,
                 **kw: Any) -> Any:
        seen["name"] = Path(source).name
        seen["text"] = Path(source).read_text("utf-8")
        return web_store.add_timeline(web_timeline(), name="Uploaded", user=kw["user"])

    monkeypatch.setattr(web_store, "add", fake_add)
    sign_in(web_client)
    token = csrf_of(web_client.get("/").text)
    r = web_client.post("/add", data={"csrf_token": token},
                        files={"file": ("../key dates.md", "# Key dates\n\n- 2003: war".encode())},
                        follow_redirects=False)
    job_url = r.headers["location"]
    for _ in range(100):
        if web_client.get("/api" + job_url).json()["state"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert seen == {"name": "key_dates.md", "text": "# Key dates\n\n- 2003: war"}


def test_web_pages_large_responses_are_compressed(web_client: Any) -> None:
    r = web_client.get("/static/vendor/vis-timeline/vis-timeline-graph2d.min.js",
                       headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert r.num_bytes_downloaded < 250_000 < len(r.content)


def test_web_pages_repeated_failed_sign_ins_are_throttled(web_client: Any) -> None:
    import base64

    for _ in range(8):
        assert sign_in(web_client, "ann", "guess").status_code == 401
    r = sign_in(web_client)  # even the right password waits now
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    basic = {"Authorization": "Basic " + base64.b64encode(b"ann:correct horse").decode()}
    r = web_client.patch("/api/events/1", headers=basic, json={"changes": {"kind": "x"}})
    assert r.status_code == 429 and r.json()["error"]["code"] == "too_many_requests"
