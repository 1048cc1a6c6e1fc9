"""The "Leave a Reply" form on timelines and events: fields, captcha, validation that keeps what
the reader typed, CSRF, honeypot, minimum fill time, rate limits, threading."""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import comment_form, solve_captcha
from keydates.store.comments import CommentStore
from keydates.web import captcha

TIMELINE = "/timelines/river-dam"


def event_page(client: Any) -> str:
    items = client.get("/api/events", params={"q": "protests"}).json()["items"]
    return f"/events/{items[0]['id']}"


def stored(client: Any) -> CommentStore:
    return CommentStore(client.app.state.store)


@pytest.mark.parametrize("page", ["timeline", "event"])
def test_comments_form_on_every_page(comment_client: Any, page: str) -> None:
    url = TIMELINE if page == "timeline" else event_page(comment_client)
    html = comment_client.get(url).text
    assert "Leave a Reply" in html
    assert "Your email address will not be published. Required fields are marked" in html
    for label in ("Comment", "Name", "Email"):
        assert re.search(rf'<label for="comment-field-\w+">{label} <span class="required"', html)
    assert re.search(r'<label for="comment-field-url">Website</label>', html)
    assert re.search(r'id="captcha-question">\d+ \+ _ = \d+<|id="captcha-question">_ \+ \d+ = \d+<',
                     html)
    assert 'name="csrf_token"' in html and 'name="homepage"' in html


def test_comments_captcha_new_numbers_each_time(comment_client: Any) -> None:
    questions = {re.search(r'id="captcha-question">([^<]+)<',
                           comment_client.get(TIMELINE).text).group(1) for _ in range(8)}
    assert len(questions) >= 6
    for q in questions:
        assert 0 < solve_captcha(q) < 100


def test_comments_first_comment_held_then_approved_author_published(
        comment_client: Any, post_comment: Any) -> None:
    r = post_comment(TIMELINE, comment="First thoughts on the dam.")
    assert r.status_code == 303 and "comment=held" in r.headers["location"]
    page = comment_client.get(r.headers["location"].split("#")[0]).text
    assert "awaiting moderation" in page and "First thoughts on the dam." in page  # to its author
    other = comment_client.__class__(comment_client.app)  # another reader: not shown
    assert "First thoughts on the dam." not in other.get(TIMELINE).text
    (held,), _ = stored(comment_client).queue("pending")
    stored(comment_client).moderate(held.comment.id, "approve", user="ann")
    assert "First thoughts on the dam." in other.get(TIMELINE).text
    r = post_comment(TIMELINE, comment="And a second one.", author="  ann   READER ",
                     email="Ann.Reader@Example.org ")
    assert "comment=posted" in r.headers["location"]
    assert "And a second one." in other.get(TIMELINE).text
    r = post_comment(TIMELINE, comment="Same name, other email.", email="someone@example.org")
    assert "comment=held" in r.headers["location"]


@pytest.mark.parametrize("fields, field, message", [
    ({"comment": ""}, "comment", "Please write a comment."),
    ({"comment": "   \n  "}, "comment", "Please write a comment."),
    ({"comment": "x" * 4001}, "comment", "the limit is 4000"),
    ({"author": ""}, "author", "Please give your name."),
    ({"author": "n" * 101}, "author", "longer than 100"),
    ({"email": ""}, "email", "Please give your email address"),
    ({"email": "not-an-address"}, "email", "does not look like an email address"),
    ({"email": "a@b"}, "email", "does not look like an email address"),
    ({"url": "javascript:alert(1)"}, "url", "must be a web address"),
    ({"url": "ftp://example.org/x"}, "url", "must be a web address"),
    ({"captcha": "1000"}, "captcha", "not the missing number"),
    ({"captcha": "abc"}, "captcha", "not the missing number"),
])
def test_comments_validation_keeps_what_was_typed(comment_client: Any, post_comment: Any,
                                                  fields: dict, field: str, message: str) -> None:
    typed = {"comment": "My words\nover two lines", "author": "Zoë O'Brien",
             "email": "zoe@example.net", "url": "example.net/blog"}
    typed.update(fields)
    r = post_comment(TIMELINE, **typed)
    assert r.status_code == 422
    html = r.text
    assert message in html
    assert f'id="comment-field-{field}" aria-invalid="true"' in html
    assert 'role="alert"' in html
    for name, value in typed.items():
        if name in ("comment", "author", "email", "url") and value and len(value) < 200:
            escaped = value.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;")
            assert escaped in html, name  # what the reader typed is still in the form
    assert stored(comment_client).counts() == {"pending": 0, "approved": 0, "spam": 0}


def test_comments_website_without_scheme_gets_https(comment_client: Any,
                                                    post_comment: Any) -> None:
    post_comment(TIMELINE, url="example.net/blog")
    (item,), _ = stored(comment_client).queue("pending")
    assert item.comment.website == "https://example.net/blog"


def test_comments_csrf_refused_keeps_text(comment_client: Any, post_comment: Any) -> None:
    r = post_comment(TIMELINE, comment="Typed before my session expired.", csrf_token="forged")
    assert r.status_code == 403
    assert "missing or invalid CSRF token" in r.text
    assert "Typed before my session expired." in r.text
    assert stored(comment_client).counts()["pending"] == 0


@pytest.mark.parametrize("token, message", [
    ("", "captcha is missing"),
    ("eyJpIjoiYSIsImwiOjEsInIiOjEsIm0iOjB9.aaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbb", "not valid"),
])
def test_comments_forged_captcha_refused(comment_client: Any, post_comment: Any, token: str,
                                         message: str) -> None:
    r = post_comment(TIMELINE, captcha_token=token)
    assert r.status_code == 422 and message in r.text
    assert stored(comment_client).counts()["pending"] == 0


def test_comments_captcha_signed_by_another_secret_refused(comment_client: Any,
                                                           post_comment: Any) -> None:
    other = captcha.Captcha("another-secret").new()
    r = post_comment(TIMELINE, captcha_token=other.token, captcha=str(other.answer))
    assert r.status_code == 422 and "captcha is not valid" in r.text


def test_comments_captcha_replayed_refused(comment_client: Any) -> None:
    fields = comment_form(comment_client.get(TIMELINE).text)
    fields.update(comment="Once.", author="Ann", email="ann@example.org")
    first = comment_client.post(f"{TIMELINE}/comments", data=fields, follow_redirects=False)
    assert first.status_code == 303
    fields["comment"] = "Twice?"
    again = comment_client.post(f"{TIMELINE}/comments", data=fields, follow_redirects=False)
    assert again.status_code == 422 and "already used" in again.text
    assert [b for _, b in stored(comment_client).all_bodies()] == ["Once."]


def test_comments_wrong_answer_uses_the_challenge_up(comment_client: Any) -> None:
    fields = comment_form(comment_client.get(TIMELINE).text)
    right = fields["captcha"]
    fields.update(comment="Guessing.", author="Bot", email="bot@example.org",
                  captcha=str(int(right) + 1))
    assert comment_client.post(f"{TIMELINE}/comments", data=fields).status_code == 422
    fields["captcha"] = right  # the right answer on the same challenge is too late
    r = comment_client.post(f"{TIMELINE}/comments", data=fields, follow_redirects=False)
    assert r.status_code == 422 and "already used" in r.text


def test_comments_captcha_expires(comment_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fields = comment_form(comment_client.get(TIMELINE).text)
    fields.update(comment="Left the tab open.", author="Ann", email="ann@example.org")
    real = captcha.clock()
    monkeypatch.setattr(captcha, "clock", lambda: real + 7200 + 5)
    r = comment_client.post(f"{TIMELINE}/comments", data=fields, follow_redirects=False)
    assert r.status_code == 422 and "captcha has expired" in r.text
    assert "Left the tab open." in r.text


def test_comments_minimum_fill_time(web_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    web_client.app.state.comments.configure(min_fill_seconds=3)
    real = captcha.clock()
    monkeypatch.setattr(captcha, "clock", lambda: real)
    fields = comment_form(web_client.get(TIMELINE).text)
    fields.update(comment="Too quick.", author="Ann", email="ann@example.org")
    r = web_client.post(f"{TIMELINE}/comments", data=fields, follow_redirects=False)
    assert r.status_code == 422 and "faster than a person can type" in r.text
    fields = comment_form(web_client.get(TIMELINE).text)
    fields.update(comment="Took my time.", author="Ann", email="ann@example.org")
    monkeypatch.setattr(captcha, "clock", lambda: real + 4)
    r = web_client.post(f"{TIMELINE}/comments", data=fields, follow_redirects=False)
    assert r.status_code == 303
    assert [b for _, b in CommentStore(web_client.app.state.store).all_bodies()] == [
        "Took my time."]


def test_comments_honeypot_kept_as_spam_not_shown(comment_client: Any,
                                                  post_comment: Any) -> None:
    r = post_comment(TIMELINE, comment="Buy cheap pills", homepage="http://spam.example")
    assert r.status_code == 303  # a robot is told nothing
    assert stored(comment_client).counts() == {"pending": 0, "approved": 0, "spam": 1}
    (item,), _ = stored(comment_client).queue("spam")
    assert item.comment.spam_reason == "honeypot"
    assert "Buy cheap pills" not in comment_client.get(TIMELINE).text


def test_comments_rate_limit_per_client_429_retry_after(comment_client: Any,
                                                        post_comment: Any) -> None:
    comment_client.app.state.comments.configure(min_fill_seconds=0, per_client=(3, 600))
    codes = [post_comment(TIMELINE, comment=f"Comment {i}").status_code for i in range(5)]
    assert codes == [303, 303, 303, 429, 429]
    r = post_comment(TIMELINE, comment="Again")
    assert r.status_code == 429
    assert 1 <= int(r.headers["retry-after"]) <= 600
    body = comment_client.post(f"{TIMELINE}/comments", data={},
                               headers={"accept": "application/json"}).json()
    assert body["error"]["code"] == "too_many_requests" and body["error"]["status"] == 429
    assert len(stored(comment_client).all_bodies()) == 3


def test_comments_rate_limiter_per_client_and_overall() -> None:
    from keydates.web.comments import RateLimiter

    now = [1000.0]
    limiter = RateLimiter(per_client=(2, 60), overall=(3, 10), clock=lambda: now[0])
    assert [limiter.hit("a"), limiter.hit("a")] == [0, 0]
    assert limiter.hit("a") == 60  # per client: wait for the first to leave the window
    assert limiter.hit("b") == 0
    assert limiter.hit("c") == 10  # overall: 3 in 10 s
    now[0] += 10
    assert limiter.hit("c") == 0
    now[0] += 50
    assert limiter.hit("a") == 0


def test_comments_replies_threaded_depth_limited_newest_thread_last(
        comment_client: Any, post_comment: Any) -> None:
    store = stored(comment_client)
    post_comment(TIMELINE, comment="Thread one.")
    (first,), _ = store.queue("pending")
    store.moderate(first.comment.id, "approve", "ann")  # Ann is now an approved author
    parent = first.comment.id
    for level in range(2, 5):
        r = post_comment(f"{TIMELINE}?replyto={parent}", comment=f"Reply at level {level}.")
        assert "comment=posted" in r.headers["location"]
        parent = int(r.headers["location"].rsplit("comment-", 1)[1])
    post_comment(TIMELINE, comment="Thread two.")
    html = comment_client.get(TIMELINE).text
    section = html[html.index('id="comments"'):html.index('id="respond"')]
    order = re.findall(r"<p>(Thread \w+\.|Reply at level \d\.)</p>", section)
    assert order == ["Thread one.", "Reply at level 2.", "Reply at level 3.",
                     "Reply at level 4.", "Thread two."]
    depths = {c.body: c.depth for c in store.public("timeline", 1)}
    assert depths == {"Thread one.": 1, "Reply at level 2.": 2, "Reply at level 3.": 3,
                      "Reply at level 4.": 3, "Thread two.": 1}  # depth limited to 3
    assert section.count('class="children"') == 2
    assert section.count("<ol") == section.count("</ol>")
    assert section.count("<li") == section.count("</li>") == 5
    reply = comment_client.get(f"{TIMELINE}?replyto={first.comment.id}").text
    assert "Reply to Ann Reader" in reply and "Cancel reply" in reply
    assert f'name="reply_to" value="{first.comment.id}"' in reply


def test_comments_cannot_reply_to_a_held_comment(comment_client: Any, post_comment: Any) -> None:
    post_comment(TIMELINE, comment="Held.")
    (held,), _ = stored(comment_client).queue("pending")
    r = post_comment(TIMELINE, comment="Replying to it.", reply_to=str(held.comment.id))
    assert r.status_code == 422 and "No published comment" in r.text


def test_comments_on_unknown_targets_404(comment_client: Any) -> None:
    assert comment_client.post("/timelines/nope/comments", data={}).status_code == 404
    assert comment_client.post("/events/999999/comments", data={}).status_code == 404


def test_comments_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from keydates.errors import InputError
    from keydates.web.comments import Settings

    monkeypatch.setenv("KEYDATES_COMMENT_RATE", "10/60")
    monkeypatch.setenv("KEYDATES_COMMENT_RATE_TOTAL", "100/30")
    monkeypatch.setenv("KEYDATES_COMMENT_MIN_FILL", "0")
    monkeypatch.setenv("KEYDATES_COMMENT_DEPTH", "5")
    s = Settings.from_env()
    assert (s.per_client, s.overall, s.min_fill_seconds, s.max_depth) == (
        (10, 60.0), (100, 30.0), 0, 5)
    for name, value in (("KEYDATES_COMMENT_RATE", "lots"), ("KEYDATES_COMMENT_RATE", "0/60"),
                        ("KEYDATES_COMMENT_MIN_FILL", "soon")):
        monkeypatch.setenv(name, value)
        with pytest.raises(InputError, match=name):
            Settings.from_env()
        monkeypatch.setenv(name, "1/1" if "RATE" in name else "1")
