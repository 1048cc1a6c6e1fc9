"""Store queries: interval overlap of the days an event covers, filters, chronological order."""

from __future__ import annotations

import pytest

from keydates.errors import InputError, NotFoundError
from keydates.store import EventQuery

# (event value, mod, range_end), (query from, to), overlaps?
INTERVAL_CASES = [
    # "late December 2019" covers 2019-12-21..31: a query from the 20th sees it, from the 22nd too
    (("2019-12", "END", None), ("2019-12-20", None), True),
    (("2019-12", "END", None), ("2019-12-22", None), True),
    # ... but a query ending on the 20th does not
    (("2019-12", "END", None), (None, "2019-12-20"), False),
    # "early December" ends on the 10th
    (("2019-12", "START", None), ("2019-12-11", None), False),
    # "2003 to 2011" overlaps 2008, and a query starting in 2011, not one starting in 2012
    (("2003", None, "2011"), ("2008", "2008"), True),
    (("2003", None, "2011"), ("2011-12-31", None), True),
    (("2003", None, "2011"), ("2012", None), False),
    # a month overlaps a query window that cuts it
    (("2008-03", None, None), ("2008-03-15", "2008-04-30"), True),
    (("2008-03", None, None), ("2008-04", "2008-05"), False),
    # a day on the edge of the window
    (("2008-12-31", None, None), (None, "2008"), True),
    (("2009-01-01", None, None), (None, "2008"), False),
    # BC dates (astronomical years) compare correctly with AD ones
    (("BC0586", None, None), (None, "0001"), True),
    (("BC0586", None, None), ("BC0600", "BC0500"), True),
    (("BC0586", None, None), ("0001", None), False),
    # seasons and quarters
    (("2005-WI", None, None), ("2006-02", "2006-02"), True),
    (("2005-Q3", None, None), ("2005-10", None), False),
    # open-ended: "after 2011" covers everything from 2012 on
    (("2011", "AFTER", None), ("2030", None), True),
    (("2011", "AFTER", None), (None, "2011-12-31"), False),
    (("2003", "BEFORE", None), (None, "1990"), True),
]


@pytest.mark.parametrize("event,window,expected", INTERVAL_CASES,
                         ids=[f"{e[0]}{'-' + e[1] if e[1] else ''}{'..' + e[2] if e[2] else ''}"
                              f"@{w[0]}..{w[1]}" for e, w, _ in INTERVAL_CASES])
def test_store_query_interval_overlap(fresh_db, make_timeline, event, window, expected):
    value, mod, rng = event
    fresh_db.add_timeline(make_timeline([
        {"text": "The event.", "value": value, "mod": mod, "range_end": rng},
        {"text": "Undated event.", "value": None},
    ]))
    res = fresh_db.query(EventQuery(date_from=window[0], date_to=window[1]))
    assert (res.total == 1) is expected
    assert all(e.event.text == "The event." for e in res.events)


def test_store_query_chronological_order_with_partial_dates(fresh_db, make_timeline):
    # Text order deliberately scrambled; coarser spans starting the same day come after finer.
    entries = [
        ("Undated aftermath.", None, None),
        ("In 2003.", "2003", None),
        ("On 20 March 2003.", "2003-03-20", None),
        ("In March 2003.", "2003-03", None),
        ("In 586 BC.", "BC0586", None),
        ("In the first quarter of 2003.", "2003-Q1", None),
        ("Late in 2002.", "2002", "END"),
        ("On 1 January 2003.", "2003-01-01", None),
    ]
    fresh_db.add_timeline(make_timeline(
        [{"text": t, "value": v, "mod": m} for t, v, m in entries]), name="order")
    got = [e.event.text for e in fresh_db.get_timeline("order").events]
    assert got == ["In 586 BC.", "Late in 2002.", "On 1 January 2003.",
                   "In the first quarter of 2003.", "In 2003.", "In March 2003.",
                   "On 20 March 2003.", "Undated aftermath."]
    assert [e.event.text for e in fresh_db.query(EventQuery(timeline="order")).events] == got


@pytest.fixture()
def filled(fresh_db, make_timeline):
    baghdad = ("Baghdad", 33.34, 44.4, "IQ")
    paris = ("Paris", 48.85, 2.35, "FR")
    fresh_db.add_timeline(make_timeline([
        {"text": "US forces invade Iraq.", "value": "2003-03-20", "actors": ["United States"],
         "places": [baghdad], "kind": "attack"},
        {"text": "Saddam Hussein is captured near Tikrit.", "value": "2003-12-13",
         "actors": ["Saddam Hussein", "United States"], "kind": "arrest"},
        {"text": "Talks on withdrawal open in Paris.", "value": "2008-06", "places": [paris],
         "kind": "talks"},
    ], title="Iraq war", source="iraq.txt"))
    fresh_db.add_timeline(make_timeline([
        {"text": "Protesters gather in Baghdad.", "value": "2019-10-01", "places": [baghdad],
         "kind": "protest"},
        {"text": "The United States kills a general in a drone strike.", "value": "2020-01-03",
         "actors": ["United States"], "kind": "attack"},
    ], title="Iraq protests", source="protests.txt"))
    return fresh_db


@pytest.mark.parametrize("filters,expected", [
    ({"actor": "united states"}, ["US forces invade Iraq.",
                                  "Saddam Hussein is captured near Tikrit.",
                                  "The United States kills a general in a drone strike."]),
    ({"actor": "saddam"}, ["Saddam Hussein is captured near Tikrit."]),
    ({"actor": "United States", "date_from": "2003-06", "date_to": "2019"},
     ["Saddam Hussein is captured near Tikrit."]),
    ({"place": "baghdad"}, ["US forces invade Iraq.", "Protesters gather in Baghdad."]),
    ({"place": "FR"}, ["Talks on withdrawal open in Paris."]),
    ({"kind": "attack", "timeline": "iraq-protests"},
     ["The United States kills a general in a drone strike."]),
    ({"text": "captured Tikrit"}, ["Saddam Hussein is captured near Tikrit."]),
    ({"text": "protester"}, ["Protesters gather in Baghdad."]),  # stemming: protester(s)
    ({"text": "withdr*"}, ["Talks on withdrawal open in Paris."]),  # prefix search
    ({"text": "Baghdad", "kind": "protest"}, ["Protesters gather in Baghdad."]),
    ({"timeline": "Iraq war", "date_from": "2004"}, ["Talks on withdrawal open in Paris."]),
    ({"actor": "nobody at all"}, []),
])
def test_store_query_filters(filled, filters, expected):
    res = filled.query(EventQuery(**filters))
    assert [e.event.text for e in res.events] == expected
    assert res.total == len(expected)


def test_store_query_pagination_keeps_total_and_order(filled):
    everything = [e.id for e in filled.query(EventQuery()).events]
    assert len(everything) == 5
    page = filled.query(EventQuery(limit=2, offset=2))
    assert page.total == 5 and [e.id for e in page.events] == everything[2:4]
    assert filled.query(EventQuery(limit=None)).total == 5


def test_store_query_timeline_by_slug_name_or_id(filled):
    tid = filled.get_timeline("iraq-war").summary.id
    for ref in ("iraq-war", "Iraq war", tid, str(tid)):
        assert filled.query(EventQuery(timeline=ref)).total == 3


@pytest.mark.parametrize("filters,error", [
    ({"timeline": "no-such-timeline"}, NotFoundError),
    ({"date_from": "2019-13"}, InputError),
    ({"date_to": "yesterday"}, InputError),
    ({"date_from": "2020", "date_to": "2019"}, InputError),
])
def test_store_query_bad_filters_are_named_errors(filled, filters, error):
    with pytest.raises(error):
        filled.query(EventQuery(**filters))


def test_store_entities_and_places_count_events(filled):
    ents = {e.name: e.n_events for e in filled.entities()}
    assert ents == {"United States": 3, "Saddam Hussein": 1}
    assert {e.name: e.n_events for e in filled.entities("iraq-war")}["United States"] == 2
    places = {p.name: (p.n_events, p.country_code) for p in filled.places()}
    assert places == {"Baghdad": (2, "IQ"), "Paris": (1, "FR")}


def test_store_list_timelines_spans(filled):
    summaries = {s.slug: s for s in filled.list_timelines()}
    assert set(summaries) == {"iraq-war", "iraq-protests"}
    war = summaries["iraq-war"]
    assert (war.n_events, war.n_documents, war.earliest, war.latest) == (
        3, 1, "2003-03-20", "2008-06-30")


def test_store_timeline_id_beyond_64_bits_is_not_found(fresh_db) -> None:
    from keydates.errors import NotFoundError

    with pytest.raises(NotFoundError):
        fresh_db.get_timeline("9223372036854775808")
