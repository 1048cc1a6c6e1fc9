"""Reader comments in a real browser (headless system Chromium via Playwright, the live server
and fixtures of test_web_browser): a reader posts through the form, solving the captcha by
reading its question, sees the comment held; an editor approves it from the queue; everyone
sees it published."""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import solve_captcha
from test_web_browser import _shot, browser, live, page  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.browser

COMMENT = "The 2003 start date matches the ministry's archive.\nSee https://example.org/archive"


def test_comments_browser_post_held_approve_published(page: Any, browser: Any,  # noqa: F811
                                                      live: dict[str, Any]) -> None:  # noqa: F811
    base = live["base"]
    page.goto(f"{base}/timelines/river-dam")
    form = page.locator("#comment-form")
    assert page.get_by_role("heading", name="Leave a Reply").is_visible()
    assert "Your email address will not be published." in page.locator("#respond").inner_text()
    page.get_by_label(re.compile(r"^Comment(?!s)")).fill(COMMENT)
    page.get_by_label(re.compile(r"^Name")).fill("Rosa Reader")
    page.get_by_label(re.compile(r"^Email")).fill("rosa.reader@example.org")
    page.get_by_label(re.compile(r"^Website")).fill("rosa.example.org")
    question = page.locator("#captcha-question").inner_text()  # "73 + _ = 75"
    assert re.fullmatch(r"(\d+|_) \+ (\d+|_) = \d+", question)
    page.wait_for_timeout(3200)  # a person takes a few seconds (the minimum fill time)
    page.get_by_label(re.compile(r"^Solve the sum")).fill(str(solve_captcha(question)))
    box = form.locator("input[name=homepage]").bounding_box()  # the honeypot: off screen
    assert box is None or box["x"] + box["width"] <= 0
    page.get_by_role("button", name="Post Comment").click()
    page.wait_for_url("**comment=held**")
    assert "awaiting moderation" in page.locator("#comments").inner_text()
    assert "matches the ministry" in page.locator("#comments .comment.held").inner_text()
    _shot(page, "comment-held")

    other = browser.new_context()
    visitor = other.new_page()
    visitor.goto(f"{base}/timelines/river-dam")
    assert "matches the ministry" not in visitor.locator("#comments").inner_text()

    editor_ctx = browser.new_context()
    editor = editor_ctx.new_page()
    editor.goto(f"{base}/login")
    editor.get_by_label("Name").fill("ann")
    editor.get_by_label("Password").fill("correct horse")
    editor.get_by_role("button", name="Sign in").click()
    editor.wait_for_url(f"{base}/")
    badge = editor.locator("#comment-badge")
    assert badge.locator(".n").inner_text() == "1"
    badge.click()
    editor.wait_for_url("**/comments/moderation")
    assert "matches the ministry" in editor.locator(".queue").inner_text()
    assert "rosa.reader@example.org" not in editor.content()
    _shot(editor, "comment-queue")
    editor.get_by_role("button", name="Approve the comment of Rosa Reader").click()
    editor.wait_for_url("**done=approve**")
    assert editor.locator("#comment-badge .n").inner_text() == "0"
    editor_ctx.close()

    visitor.goto(f"{base}/timelines/river-dam")
    published = visitor.locator("#comments .comment").first
    assert "matches the ministry" in published.inner_text()
    assert published.get_by_role("link", name="Rosa Reader", exact=True).get_attribute("rel") == \
        "nofollow ugc noopener"
    link = published.get_by_role("link", name="https://example.org/archive")
    assert link.get_attribute("rel") == "nofollow ugc"
    assert published.locator(".comment-body br").count() == 1  # the line break kept
    assert "rosa.reader@example.org" not in visitor.content()
    visitor.locator("#comments .comment .reply").first.click()
    visitor.wait_for_url("**replyto=**")
    assert visitor.get_by_role("heading", name=re.compile("Reply to Rosa Reader")).is_visible()
    _shot(visitor, "comment-published")
    other.close()
