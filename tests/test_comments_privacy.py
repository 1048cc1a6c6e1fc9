"""Privacy and safety of reader comments: no stored email address in any route's response (as a
visitor, a reader account and an editor), any export or any log line; reader text is escaped
(XSS payloads never live in a page); bare links kept, with rel="nofollow ugc"."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Mount

from keydates.store.comments import CommentStore
from keydates.web.comments import render_body
from test_comments_moderation import sign_in

TIMELINE = "/timelines/river-dam"
EMAILS = {  # stored addresses in every state a comment can be in
    "approved": "approved.author@private.example",
    "pending": "Pending.Author@Private.Example",
    "spam": "spam.author@private.example",
    "reply": "reply.author@private.example",
}


@pytest.fixture()
def with_comments(comment_client: Any, post_comment: Any) -> dict[str, Any]:
    """Comments of every status on the timeline and on an event, posted through the form."""
    comment_client.app.state.comments.configure(min_fill_seconds=0, per_client=(100, 60))
    store = CommentStore(comment_client.app.state.store)
    event_id = comment_client.get("/api/events", params={"q": "protests"}).json()["items"][0]["id"]
    for page in (TIMELINE, f"/events/{event_id}"):
        post_comment(page, comment=f"Approved on {page}", author="Approved Author",
                     email=EMAILS["approved"], url="https://approved.example.org/")
        cid = store.queue("pending")[0][0].comment.id
        store.moderate(cid, "approve", "ann")
        post_comment(f"{page}?replyto={cid}", comment="A reply", author="Replier",
                     email=EMAILS["reply"])
        post_comment(page, comment="Still pending", author="Pending Author",
                     email=EMAILS["pending"])
        post_comment(page, comment="Spam", author="Spammer", email=EMAILS["spam"])
        spam = [i.comment.id for i in store.queue("pending")[0] if i.comment.body == "Spam"]
        store.moderate(spam[0], "spam", "ann")
        post_comment(page, comment="Honeypot", author="Bot", email=EMAILS["spam"],
                     homepage="http://bot.example")
    for item in store.queue("pending")[0]:
        if item.comment.body == "A reply":
            store.moderate(item.comment.id, "approve", "ann")
    ids = [cid for cid, _ in store.all_bodies()]
    return {"event_id": event_id, "comment_ids": ids}


def leaks(text: str) -> list[str]:
    """The stored addresses found in a text (any case, raw or URL-encoded)."""
    low = text.lower()
    return [e for e in EMAILS.values()
            if e.lower() in low or quote(e.lower()) in low or quote(e.lower(), safe="") in low]


def walk_routes(routes: list[Any], prefix: str = "") -> Any:
    """(path, methods) of every route, into included routers (static files are not pages)."""
    for route in routes:
        if isinstance(route, Mount):
            continue
        included = getattr(route, "original_router", None)  # FastAPI >= 0.16x
        if included is not None:
            context = getattr(route, "include_context", None)
            yield from walk_routes(included.routes, prefix + (getattr(context, "prefix", "") or ""))
        else:
            yield prefix + route.path, getattr(route, "methods", None)


def _requests(app: Any, data: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, path) for every route, path parameters filled from the fixtures."""
    from keydates.export import exporters

    values = {
        "slug": ["river-dam", "no-such-timeline"],
        "event_id": [str(data["event_id"]), "999999"],
        "fmt": [e.name for e in exporters()],
        "comment_id": [str(i) for i in data["comment_ids"]],
        "job_id": ["no-such-job"],
    }
    out: list[tuple[str, str]] = []
    for path, methods in walk_routes(app.routes):
        paths = [path]
        for name in re.findall(r"{(\w+)(?::\w+)?}", path):
            assert name in values, f"no fixture value for {{{name}}} in {path}"
            paths = [re.sub(rf"{{{name}(?::\w+)?}}", v, p) for p in paths for v in values[name]]
        for method in sorted(methods or {"GET"}):
            if method == "HEAD":
                continue
            out += [(method, p) for p in paths]
    extra = [("GET", f"/comments/moderation?status={s}") for s in ("pending", "approved", "spam")]
    extra += [("GET", f"{TIMELINE}?replyto={i}") for i in data["comment_ids"]]
    extra += [("GET", f"/api/timelines/river-dam/comments?limit=1&offset={i}") for i in range(4)]
    return out + extra


@pytest.mark.parametrize("who", ["visitor", "reader", "editor"])
def test_comments_no_email_in_any_route_export_or_log(comment_client: Any, with_comments: dict,
                                                      who: str,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = TestClient(comment_client.app, raise_server_exceptions=False)
    if who != "visitor":
        sign_in(client, *(("rob", "battery staple") if who == "reader" else
                          ("ann", "correct horse")))
    requests = _requests(comment_client.app, with_comments)
    assert len(requests) > 40
    seen_statuses = set()
    shown = 0  # responses that did show comments
    for method, path in requests:
        if method == "POST" and path in ("/logout", "/login"):
            continue  # would end the signed-in session of this walk
        if method == "GET":
            r = client.get(path)
        else:  # writes with no valid data: the error pages must not leak either
            r = client.request(method, path, data={"action": "noop"})
        seen_statuses.add(r.status_code)
        shown += "Approved on" in r.text
        assert leaks(r.text) == [], (who, method, path)
        assert leaks(str(r.headers)) == [], (who, method, path)
    assert 200 in seen_statuses and shown >= 4
    assert leaks(caplog.text) == []
    assert "comment" in caplog.text  # the comment routes did log (without addresses)
    # the queue really shows the comments (so the walk saw them) but no address
    if who == "editor":
        queue = client.get("/comments/moderation?status=spam").text
        assert "Honeypot" in queue and "s…@private.example" in queue


def test_comments_no_email_in_exports_rendered_directly(comment_client: Any,
                                                        with_comments: dict) -> None:
    from keydates.export import exporters

    tl = comment_client.app.state.store.get_timeline("river-dam")
    for exporter in exporters():
        body = exporter.render(tl)
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        assert leaks(text) == [], exporter.name


XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:alert(1)">click</a>',
    "</textarea><script>alert(2)</script>",
    "<style>body{display:none}</style>",
    "<body onload=alert(1)>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "https://example.org/\"onmouseover=\"alert(1)",
    "https://example.org/<script>alert(1)</script>",
    "www.example.org/'><img src=x onerror=alert(1)>",
    "<<script>script>alert(1)<</script>/script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "{{ 7*7 }} {% raw %}",
    "<input autofocus onfocus=alert(1)>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "javascript:alert(1)",
]
ALLOWED_TAGS_WITH_SRC = ("/static/",)


class LiveCheck(HTMLParser):
    """Collects what would run in a browser: script elements, event-handler attributes,
    javascript:/data: URLs, embedded frames and objects."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "script" and not (a.get("src", "").startswith(ALLOWED_TAGS_WITH_SRC)
                                    or a.get("type") == "application/json"):
            self.problems.append(f"inline script {a}")
        if tag in ("iframe", "object", "embed", "svg", "math", "base", "body") and tag != "body":
            self.problems.append(f"<{tag}>")
        if tag == "img" and not a.get("src", "").startswith(ALLOWED_TAGS_WITH_SRC):
            self.problems.append(f"img {a}")
        if tag == "input" and ("autofocus" in a or "onfocus" in a):
            self.problems.append(f"input {a}")
        for k, v in a.items():
            if k.startswith("on"):
                self.problems.append(f"<{tag} {k}=...>")
            if k in ("href", "src", "action", "formaction", "xlink:href") and \
                    re.match(r"\s*(javascript|data|vbscript):", v, re.I):
                self.problems.append(f"<{tag} {k}={v}>")
            if tag == "a" and k == "href" and v.startswith("http") and \
                    "nofollow" not in a.get("rel", "") and "/static/" not in v:
                self.problems.append(f"followed link {v}")


def live_problems(html: str) -> list[str]:
    check = LiveCheck()
    check.feed(html)
    return check.problems


@pytest.mark.parametrize("payload", [p for p in XSS if "<" in p and "&lt;" not in p
                                     and "<style>" not in p])
def test_comments_xss_checker_sees_live_payloads(payload: str) -> None:
    """The checker is not blind: each tag payload, if it reached a page raw, is reported."""
    assert live_problems(f"<p>{payload}</p>") != []


def test_comments_xss_payloads_never_live(comment_client: Any, post_comment: Any) -> None:
    comment_client.app.state.comments.configure(min_fill_seconds=0, per_client=(1000, 60))
    store = CommentStore(comment_client.app.state.store)
    base_pages = [TIMELINE]
    before = {p: live_problems(comment_client.get(p).text) for p in base_pages}
    for payload in XSS:
        r = post_comment(TIMELINE, comment=f"Payload: {payload}\nsecond line",
                         author=payload[:100], email="xss@example.org")
        assert r.status_code in (303, 422), payload
        if r.status_code == 422:  # re-rendered with what was typed: still escaped
            assert live_problems(r.text) == before[TIMELINE], payload
        r = post_comment(TIMELINE, comment="site payload", author="Site",
                         email="site@example.org", url=payload)
        if r.status_code == 422:
            assert "must be a web address" in r.text, payload
            assert live_problems(r.text) == before[TIMELINE], payload
    for item in store.queue("pending", limit=500)[0]:
        store.moderate(item.comment.id, "approve", "ann")
    assert store.counts()["approved"] >= len(XSS)
    page = comment_client.get(TIMELINE).text
    assert live_problems(page) == before[TIMELINE]
    for payload in XSS:
        if "<" in payload:
            assert payload not in page, payload
    assert "{{ 7*7 }}" in page  # not evaluated as a template
    assert "&amp;lt;script&amp;gt;" in page  # shown as typed, not decoded into a tag
    from test_comments_moderation import sign_in as login

    login(comment_client)
    queue = comment_client.get("/comments/moderation?status=approved").text
    assert live_problems(queue) == []
    for payload in XSS:
        if "<" in payload:
            assert payload not in queue
    api = comment_client.get("/api/timelines/river-dam/comments?limit=500")
    assert api.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("text, html", [
    ("plain", "<p>plain</p>"),
    ("a < b & c > d", "<p>a &lt; b &amp; c &gt; d</p>"),
    ("line one\nline two", "<p>line one<br>\nline two</p>"),
    ("line one\r\nline two", "<p>line one\r<br>\nline two</p>"),
    ("para one\n\npara two", "<p>para one</p>\n<p>para two</p>"),
    ("see https://example.org/a?b=1&c=2.",
     '<p>see <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc">'
     'https://example.org/a?b=1&amp;c=2</a>.</p>'),
    ("(see www.example.org/x)",
     '<p>(see <a href="https://www.example.org/x" rel="nofollow ugc">www.example.org/x</a>)</p>'),
    ("wiki https://en.wikipedia.org/wiki/Dam_(disambiguation), ok",
     '<p>wiki <a href="https://en.wikipedia.org/wiki/Dam_(disambiguation)" rel="nofollow ugc">'
     'https://en.wikipedia.org/wiki/Dam_(disambiguation)</a>, ok</p>'),
    ("javascript:alert(1)", "<p>javascript:alert(1)</p>"),
    ('https://x.org/"onmouseover="alert(1)',
     '<p><a href="https://x.org/" rel="nofollow ugc">https://x.org/</a>&#34;onmouseover=&#34;'
     'alert(1)</p>'),
])
def test_comments_render_body_escaped_links_kept(text: str, html: str) -> None:
    assert str(render_body(text)) == html
