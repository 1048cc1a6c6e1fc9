"""Moderation: the editors' queue (approve, spam, delete), the pending count on every page they
view, spam kept but out of the pages, and the JSON of approved comments."""

from __future__ import annotations

import re
from typing import Any

import pytest

from keydates.store.comments import CommentStore
from test_web_api import assert_error_shape

TIMELINE = "/timelines/river-dam"


def sign_in(client: Any, name: str = "ann", password: str = "correct horse") -> None:
    html = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    r = client.post("/login", data={"csrf_token": token, "name": name, "password": password,
                                    "next": "/"}, follow_redirects=False)
    assert r.status_code == 303


def csrf(client: Any, page: str = "/comments/moderation") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(page).text).group(1)


@pytest.fixture()
def editor(comment_client: Any) -> Any:
    """A second client of the same app, signed in as the editor ann."""
    from fastapi.testclient import TestClient

    client = TestClient(comment_client.app, raise_server_exceptions=False)
    sign_in(client)
    return client


def public(client: Any) -> Any:
    """A new visitor of the same app (no cookies: not the author of held comments)."""
    from fastapi.testclient import TestClient

    return TestClient(client.app, raise_server_exceptions=False)


def comments(client: Any) -> CommentStore:
    return CommentStore(client.app.state.store)


def test_comments_queue_needs_an_editor(comment_client: Any) -> None:
    r = comment_client.get("/comments/moderation", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    sign_in(comment_client, "rob", "battery staple")  # a reader account
    assert comment_client.get("/comments/moderation").status_code == 403
    r = comment_client.post("/comments/1/moderate", data={"csrf_token": csrf(comment_client, "/"),
                                                          "action": "approve"})
    assert r.status_code == 403


def test_comments_queue_approve_publishes(comment_client: Any, editor: Any,
                                          post_comment: Any) -> None:
    post_comment(TIMELINE, comment="Held for review.", email="first.timer@example.org")
    queue = editor.get("/comments/moderation").text
    assert "Held for review." in queue and "Pending (1)" in queue
    assert "f…@example.org" in queue and "first.timer@example.org" not in queue
    for label in ("Approve", "Spam", "Delete"):
        assert f">{label}</button>" in queue
    assert "Held for review." not in public(comment_client).get(TIMELINE).text
    cid = comments(editor).queue("pending")[0][0].comment.id
    r = editor.post(f"/comments/{cid}/moderate", data={"csrf_token": csrf(editor),
                                                       "action": "approve"},
                    follow_redirects=False)
    assert r.status_code == 303 and "done=approve" in r.headers["location"]
    shown = public(comment_client).get(TIMELINE).text
    assert "Held for review." in shown and "1 comment" in shown
    assert comments(editor).get(cid).moderated_by == "ann"


def test_comments_spam_kept_out_of_pages_not_lost(comment_client: Any, editor: Any,
                                                  post_comment: Any) -> None:
    post_comment(TIMELINE, comment="Totally legit offer", author="Spammer")
    cid = comments(editor).queue("pending")[0][0].comment.id
    editor.post(f"/comments/{cid}/moderate", data={"csrf_token": csrf(editor), "action": "spam"})
    assert "Totally legit offer" not in public(comment_client).get(TIMELINE).text
    assert comment_client.get("/api/timelines/river-dam/comments").json()["total"] == 0
    spam = editor.get("/comments/moderation?status=spam").text
    assert "Totally legit offer" in spam and "Not spam: approve" in spam
    assert comments(editor).counts() == {"pending": 0, "approved": 0, "spam": 1}
    # a spammer's next comment is not published at once, even after one was approved
    post_comment(TIMELINE, comment="Again", author="Spammer")
    assert comments(editor).counts()["pending"] == 1


def test_comments_delete_moves_replies_up(comment_client: Any, editor: Any,
                                          post_comment: Any) -> None:
    post_comment(TIMELINE, comment="Parent")
    store = comments(editor)
    parent = store.queue("pending")[0][0].comment.id
    store.moderate(parent, "approve", "ann")
    post_comment(f"{TIMELINE}?replyto={parent}", comment="Child")
    child = next(c for c in store.public("timeline", 1) if c.body == "Child")
    assert child.parent_id == parent
    editor.post(f"/comments/{parent}/moderate", data={"csrf_token": csrf(editor),
                                                      "action": "delete"})
    (left,) = store.public("timeline", 1)
    assert left.body == "Child" and left.parent_id is None


def test_comments_moderation_needs_csrf(comment_client: Any, editor: Any,
                                        post_comment: Any) -> None:
    post_comment(TIMELINE)
    cid = comments(editor).queue("pending")[0][0].comment.id
    r = editor.post(f"/comments/{cid}/moderate", data={"action": "approve"})
    assert r.status_code == 403
    assert comments(editor).get(cid).status == "pending"


@pytest.mark.parametrize("page", ["/", TIMELINE, "/api", "/comments/moderation",
                                  "/no/such/page"])
def test_comments_pending_count_on_every_editor_page(comment_client: Any, editor: Any,
                                                     post_comment: Any, page: str) -> None:
    post_comment(TIMELINE, comment="one", email="a@example.org")
    post_comment(TIMELINE, comment="two", email="b@example.org")
    html = editor.get(page).text
    assert re.search(r'id="comment-badge">Comments <span class="n"[^>]*>2</span>', html), page
    assert 'id="comment-badge"' not in public(comment_client).get(page).text  # not for readers


def test_comments_event_comments_and_json(comment_client: Any, editor: Any,
                                          post_comment: Any) -> None:
    event = comment_client.get("/api/events", params={"q": "protests"}).json()["items"][0]
    page = f"/events/{event['id']}"
    post_comment(page, comment="About this event only.", author="Eve",
                 url="https://eve.example.org/")
    store = comments(editor)
    store.moderate(store.queue("pending")[0][0].comment.id, "approve", "ann")
    assert "About this event only." in public(comment_client).get(page).text
    assert "About this event only." not in public(comment_client).get(TIMELINE).text
    body = comment_client.get(f"/api/events/{event['id']}/comments").json()
    assert body["total"] == 1
    (item,) = body["items"]
    assert set(item) == {"id", "parent_id", "depth", "name", "website", "body", "created_at",
                         "url"}
    assert item["name"] == "Eve" and item["website"] == "https://eve.example.org/"
    assert item["url"] == f"{page}#comment-{item['id']}"
    assert comment_client.get("/api/timelines/river-dam/comments").json()["items"] == []


def test_comments_json_pagination(comment_client: Any, post_comment: Any) -> None:
    comment_client.app.state.comments.configure(min_fill_seconds=0, per_client=(100, 60))
    post_comment(TIMELINE, comment="c0")
    store = comments(comment_client)
    store.moderate(store.queue("pending")[0][0].comment.id, "approve", "ann")
    for i in range(1, 5):
        post_comment(TIMELINE, comment=f"c{i}")
    seen, url = [], "/api/timelines/river-dam/comments?limit=2"
    while url:
        body = comment_client.get(url).json()
        assert body["total"] == 5 and body["limit"] == 2
        seen += [c["body"] for c in body["items"]]
        url = body["next"]
    assert seen == ["c0", "c1", "c2", "c3", "c4"]  # newest thread last


@pytest.mark.parametrize("path, status", [
    ("/api/timelines/no-such-timeline/comments", 404),
    ("/api/events/999999/comments", 404),
    ("/api/events/0/comments", 422),
    ("/api/events/abc/comments", 422),
    ("/api/timelines/river-dam/comments?limit=0", 422),
])
def test_comments_json_errors_have_the_one_shape(comment_client: Any, path: str,
                                                 status: int) -> None:
    r = comment_client.get(path)
    assert r.status_code == status
    assert_error_shape(r.json(), status)


def test_comments_in_openapi_schema(comment_client: Any) -> None:
    paths = comment_client.get("/api/openapi.json").json()["paths"]
    assert "/api/timelines/{slug}/comments" in paths and "/api/events/{event_id}/comments" in paths
    assert "/comments/moderation" not in paths
