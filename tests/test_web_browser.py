"""Real-browser tests: headless system Chromium driven by Playwright against a live server.

They open the sample timeline, zoom the band, filter by an actor, search, open an event, sign in
and correct a date, and save screenshots to test-artifacts/. Skipped when Chromium or Playwright
is missing (`scripts/system-deps` installs Chromium in CI).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists()
                                        else None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A live server on a store with the sample chronology (when ../shared is there) and the
    hand-made river-dam timeline, plus an editor account."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (scripts/system-deps installs it)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (test extra)")
    import uvicorn

    from conftest import web_timeline
    from keydates.store import open_store
    from keydates.web import create_app
    from keydates.web.sample import ensure_sample

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'k.db'}")
    notes = ensure_sample(store)
    store.add_timeline(web_timeline(), name="River dam")
    store.add_user("ann", "correct horse", role="editor")
    sample = next((t.slug for t in store.list_timelines() if t.slug != "river-dam"), "river-dam")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, secret="browser", notes=notes),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield {"base": f"http://127.0.0.1:{port}", "sample": sample, "store": store}
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser(live: dict[str, Any]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, live: dict[str, Any]) -> Iterator[Any]:
    """A page that records every request to another host and every page error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.external = []  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]
    host = urlparse(live["base"]).netloc
    pg.on("request", lambda r: pg.external.append(r.url)  # type: ignore[attr-defined]
          if urlparse(r.url).netloc not in (host, "") and not r.url.startswith("data:") else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    assert pg.external == [], f"requests to other hosts: {pg.external}"  # type: ignore[attr-defined]
    assert pg.errors == [], f"JavaScript errors: {pg.errors}"  # type: ignore[attr-defined]
    context.close()


def _shot(pg: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


def test_web_browser_sample_timeline_band_zooms(page: Any, live: dict[str, Any]) -> None:
    page.goto(f"{live['base']}/timelines/{live['sample']}")
    page.wait_for_selector("#band .vis-timeline")
    page.wait_for_selector("#band .vis-item")
    page.wait_for_function("window.keydatesBand !== undefined")
    width = "(() => { const w = window.keydatesBand.getWindow(); return w.end - w.start; })()"
    before = page.evaluate(width)
    page.get_by_role("button", name="Zoom the time band in").click()
    page.wait_for_timeout(700)
    after = page.evaluate(width)
    assert after < before * 0.8, (before, after)
    page.focus("#band")
    page.keyboard.press("-")
    page.wait_for_timeout(700)
    assert page.evaluate(width) > after * 1.2
    page.wait_for_selector("#map .leaflet-interactive")  # the offline world outline is drawn
    _shot(page, "timeline")


def test_web_browser_filter_by_actor_then_search(page: Any, live: dict[str, Any]) -> None:
    base = live["base"]
    slug = live["sample"]
    page.goto(f"{base}/timelines/{slug}")
    if not page.locator("a[href*='actor=']").count():
        slug = "river-dam"  # the sample has no actors when the entity pass is not installed
        page.goto(f"{base}/timelines/{slug}")
    total = page.locator("li.event").count()
    actor = page.locator("a[href*='actor=']").first
    label = actor.inner_text().rsplit("\n", 1)[0].split(" ")[0]
    actor.click()
    page.wait_for_url("**actor=**")
    assert "clear filters" in page.content()
    assert 0 < page.locator("li.event").count() < total
    page.goto(f"{base}/timelines/{slug}")
    first_text = page.locator("li.event .text").first.inner_text()
    word = max((w.strip(".,;:") for w in first_text.split()), key=len)
    page.get_by_label("Search the events").fill(word)
    page.keyboard.press("Enter")
    page.wait_for_url("**q=**")
    events = page.locator("li.event .text")
    assert 0 < events.count() < total
    assert all(word.lower() in events.nth(i).inner_text().lower() for i in range(events.count()))
    assert label  # the actor facet had a name


def test_web_browser_open_event_sign_in_and_correct_a_date(page: Any,
                                                           live: dict[str, Any]) -> None:
    base = live["base"]
    page.goto(f"{base}/timelines/{live['sample']}")
    page.locator("li.event a.date").nth(1).click()
    page.wait_for_url("**/events/**")
    assert page.locator("blockquote.source mark").count() >= 1
    event_url = page.url
    page.get_by_role("link", name="Sign in").first.click()
    page.get_by_label("Name").fill("ann")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(event_url)
    page.get_by_label("Date (TIMEX3").fill("1999-12-31")
    page.get_by_label("Reason").fill("checked against the archive")
    page.get_by_role("button", name="Save the correction").click()
    page.wait_for_url("**saved=1")
    assert "31 December 1999" in page.locator("h1").inner_text()
    assert "checked against the archive" in page.locator(".audit").inner_text()
    _shot(page, "event-corrected")


def test_web_browser_keyboard_and_phone_layout(browser: Any, live: dict[str, Any]) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = context.new_page()
    pg.goto(f"{live['base']}/timelines/{live['sample']}")
    pg.wait_for_selector("#band .vis-item")
    overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page is {overflow}px wider than a phone screen"
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.textContent") == "Skip to content"
    pg.keyboard.press("Enter")
    assert pg.evaluate("document.activeElement.id") == "main"
    _shot(pg, "timeline-phone")
    context.close()
