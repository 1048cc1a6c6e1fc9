"""Shared fixtures. The shared data sits beside the repository in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SAMPLE = SHARED / "chronologies" / "us_iraq_2003_2020.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared corpora; tests that need them skip when they are absent."""
    if not SHARED.exists():
        pytest.skip("../shared/data is not beside the repository")
    return SHARED


# -- web app (issue 6) ----------------------------------------------------------------------------
WEB_TEXT = """Key dates: the river dam dispute

A short history of the dispute over the river dam, from antiquity to the crisis of 2019.

– Antiquity –

c. 3500 BC: farmers dig the first canals along the river.

– The dam –

On March 20, 2003, Ethiopia starts building the dam near Bahir Dar.

On May 1, Egypt protests at the United Nations in New York.

In late December 2019, talks in Washington between Egypt and Ethiopia collapse; 12 protesters are killed in Cairo.
"""


def web_timeline() -> "Any":
    """A small hand-made `Timeline` (BC date, context date, partial date, casualties) for the
    web tests, independent of the extractor."""
    from keydates.model import (
        Actor, Anchor, Casualties, Document, Event, EventDate, Place, Timeline,
    )
    from keydates.time.values import bounds, granularity

    text = WEB_TEXT
    eg = Actor("Egypt", "ent:egypt", "country", "agent", "Egypt")
    et = Actor("Ethiopia", "ent:ethiopia", "country", "agent", "Ethiopia")
    un = Actor("United Nations", "ent:united-nations", "organization", "target", "United Nations")
    places = {
        "Bahir Dar": Place("Bahir Dar", 11.59, 37.39, "ET", "city", "Bahir Dar"),
        "New York": Place("New York", 40.71, -74.01, "US", "city", "New York"),
        "Washington": Place("Washington", 38.9, -77.04, "US", "city", "Washington"),
        "Cairo": Place("Cairo", 30.04, 31.24, "EG", "city", "Cairo"),
    }
    rows = [
        ("c. 3500 BC: farmers dig the first canals along the river.", "c. 3500 BC", "BC3500",
         "APPROX", "explicit", "Antiquity", [], [], "construction", "Farmers dig canals", None),
        ("On March 20, 2003, Ethiopia starts building the dam near Bahir Dar.", "March 20, 2003",
         "2003-03-20", None, "explicit", "The dam", [et], ["Bahir Dar"], "construction",
         "Ethiopia starts the dam", None),
        ("On May 1, Egypt protests at the United Nations in New York.", "May 1", "2003-05-01",
         None, "context", "The dam", [eg, un], ["New York"], "diplomacy",
         "Egypt protests at the UN", Anchor("previous_event", "2003-03-20")),
        ("In late December 2019, talks in Washington between Egypt and Ethiopia collapse; 12 "
         "protesters are killed in Cairo.", "late December 2019", "2019-12", "END", "explicit",
         "The dam", [eg, et], ["Washington", "Cairo"], "talks", "Talks collapse", None),
    ]
    events = []
    for quote, evidence, value, mod, basis, section, actors, pl, kind, headline, anchor in rows:
        start = text.index(quote)
        ev_start = text.index(evidence, start)
        first, last = bounds(value, mod)
        casualties = []
        if "killed" in quote:
            casualties = [Casualties("killed", 12, "exact", False, "protesters", None,
                                     "12 protesters are killed")]
        events.append(Event(
            start=start, end=start + len(quote), text=quote, section=section,
            date=EventDate(value=value, mod=mod, earliest=first, latest=last,
                           granularity=granularity(value), basis=basis, evidence=evidence,
                           evidence_start=ev_start, evidence_end=ev_start + len(evidence),
                           anchor=anchor or Anchor()),
            headline=headline, actors=list(actors), places=[places[p] for p in pl], kind=kind,
            casualties=casualties))
    doc = Document(text=text, source="river-dam.txt", title="Key dates: the river dam dispute",
                   lead=text.split("\n\n")[1], published="2020-01-03",
                   published_source="option")
    return Timeline(document=doc, events=events)


@pytest.fixture()
def web_store(tmp_path: Path) -> "Any":
    """A SQLite store holding the river-dam timeline, an editor (ann) and a reader (rob)."""
    from keydates.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'web.db'}")
    store.add_timeline(web_timeline(), name="River dam")
    store.add_user("ann", "correct horse", role="editor")
    store.add_user("rob", "battery staple", role="reader")
    yield store
    store.close()


@pytest.fixture()
def web_client(web_store: "Any") -> "Any":
    """A FastAPI test client of the web app over `web_store` (server errors become 500s)."""
    from fastapi.testclient import TestClient

    from keydates.web import create_app

    with TestClient(create_app(web_store, secret="test-secret"),
                    raise_server_exceptions=False) as client:
        yield client


# -- store (issue 5) ------------------------------------------------------------------------------
_PG_DATABASES = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def pg_server() -> "Any":
    """A real PostgreSQL server in a temporary directory for this test session (skips when the
    server binaries are absent: `make system-deps` installs them), with a migrated template."""
    from keydates.errors import StoreError
    from keydates.store import open_store
    from keydates.store.pgtemp import find_bindir, temporary_postgres

    if find_bindir() is None:
        pytest.skip("PostgreSQL is not installed (initdb/pg_ctl missing; scripts/system-deps "
                    "installs it)")
    try:
        with temporary_postgres() as server:
            open_store(server.create_database("kd_template")).close()
            yield server
    except StoreError as exc:
        pytest.skip(f"cannot start a temporary PostgreSQL: {exc}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of an empty store: a SQLite file, or a new database on the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    server = request.getfixturevalue("pg_server")
    name = f"kd_test_{next(_PG_DATABASES)}"
    url = server.create_database(name, template="kd_template")
    request.addfinalizer(lambda: server.drop_database(name))
    return url


@pytest.fixture()
def fresh_db(db_url: str) -> "Any":
    """An open, empty, migrated `keydates.store.Store` (SQLite and PostgreSQL)."""
    from keydates.store import open_store

    store = open_store(db_url)
    yield store
    store.close()


@pytest.fixture()
def make_timeline() -> "Any":
    """Factory of hand-made `Timeline`s (independent of the extractor).

    make_timeline([{"text": "On 20 March 2003, war.", "value": "2003-03-20", "evidence":
    "20 March 2003", "actors": ["United States"], "places": [("Baghdad", 33.3, 44.4, "IQ")],
    "kind": "attack", "mod": None, "range_end": None, "section": None, "headline": None}, ...],
    title=..., source=..., published=..., prefix=...)
    """
    from keydates.model import Actor, Document, Event, EventDate, Place, Timeline
    from keydates.time.values import bounds, granularity

    def build(entries: list[dict[str, Any]], title: str | None = "Test timeline",
              source: str = "test.txt", published: str | None = None,
              prefix: str = "") -> Timeline:
        text, events = prefix, []
        for e in entries:
            quote = e["text"]
            start = len(text)
            text += quote + "\n"
            value, mod, rng = e.get("value"), e.get("mod"), e.get("range_end")
            first, last = bounds(value, mod, rng) if value else (None, None)
            evidence = e.get("evidence")
            ev_start = start + quote.index(evidence) if evidence else None
            events.append(Event(
                start=start, end=start + len(quote), text=quote, section=e.get("section"),
                date=EventDate(value=value, mod=mod, range_end=rng, earliest=first,
                               latest=last, granularity=granularity(value or ""),
                               basis="explicit" if value else "none", evidence=evidence,
                               evidence_start=ev_start,
                               evidence_end=ev_start + len(evidence) if evidence else None),
                headline=e.get("headline"), kind=e.get("kind"),
                actors=[Actor(a, "ent:" + a.lower().replace(" ", "-"), "other", "agent", a)
                        for a in e.get("actors", [])],
                places=[Place(p[0], p[1], p[2], p[3], "city", p[0])
                        for p in e.get("places", [])]))
        doc = Document(text=text, source=source, title=title, published=published)
        return Timeline(document=doc, events=events)

    return build


# -- reader comments (issue 7) --------------------------------------------------------------------
COMMENT_FIELDS = ("csrf_token", "captcha_token", "reply_to")


def comment_form(html: str) -> dict[str, str]:
    """The hidden fields of a page's comment form and the captcha solved as a reader would: by
    reading the question text ("73 + _ = 75") of its label."""
    import re

    form = html[html.index('id="comment-form"'):]
    fields = {name: re.search(rf'name="{name}" value="([^"]*)"', form).group(1)
              for name in COMMENT_FIELDS}
    question = re.search(r'id="captcha-question">([^<]+)<', form).group(1)
    fields["captcha"] = str(solve_captcha(question))
    return fields


def solve_captcha(question: str) -> int:
    """The missing number of "73 + _ = 75" or "_ + 2 = 75"."""
    left, right, total = (p.strip() for p in question.replace("=", "+").split("+"))
    return int(total) - int(right if left == "_" else left)


@pytest.fixture()
def comment_client(web_client: "Any") -> "Any":
    """`web_client` with the comment form's minimum fill time off (tests post at once)."""
    web_client.app.state.comments.configure(min_fill_seconds=0)
    return web_client


@pytest.fixture()
def post_comment(comment_client: "Any") -> "Any":
    """post_comment(page, comment=..., author=..., email=..., **more) fetches `page` (e.g.
    "/timelines/river-dam"), fills its form, solves the captcha and posts it; returns the
    response (redirects not followed)."""

    def post(page: str, comment: str = "A fine timeline.", author: str = "Ann Reader",
             email: str = "ann.reader@example.org", client: "Any" = None, **more: str) -> "Any":
        client = client or comment_client
        fields = comment_form(client.get(page.split("#")[0]).text)
        fields.update(comment=comment, author=author, email=email)
        fields.update(more)
        action = page.split("?")[0].rstrip("/") + "/comments"
        return client.post(action, data=fields, follow_redirects=False)

    return post


@pytest.fixture(scope="session")
def event_dates() -> "Any":
    """The dates a text's events get: the value, or (value, range end) for a span."""
    from keydates.events import extract

    def run(text: str, published: str | None = None) -> list:
        tl = extract(text, published=published)
        return [e.date.value if e.date.range_end is None else (e.date.value, e.date.range_end) for e in tl.events]

    return run
