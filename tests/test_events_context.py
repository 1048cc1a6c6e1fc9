"""Events: one event per entry or dated clause, and context resolution, on small texts of our own.

Each case names the phenomenon (see keydates/events/context.py); publication dates are frozen.
"""

from __future__ import annotations

import pytest

from keydates.events import extract

def _dates(text: str, published: str | None = None) -> list[tuple]:
    tl = extract(text, published=published)
    return [(e.date.value, e.date.mod, e.date.range_end) for e in tl.events]


def _values(text: str, published: str | None = None) -> list[str | None]:
    return [v for v, _, _ in _dates(text, published)]


CASES = [
    pytest.param("Key dates\n\nOn March 20, 2003, troops invade.\n\nOn April 9, the capital falls.\n",
                 None, ["2003-03-20", "2003-04-09"], id="year-carried-from-previous-entry"),
    pytest.param("Key dates\n\nOn Dec. 30, 2019, a rocket hits a base.\n\nOn Jan. 2, troops deploy.\n",
                 None, ["2019-12-30", "2020-01-02"], id="forward-rollover-in-ascending-list"),
    pytest.param("100 days\n\n- Nov 3 - Americans vote.\n\n- Dec 14 - The electors confirm it.\n\n"
                 "- Jan 5 - Runoffs are won.\n", "2021-02-14",
                 ["2020-11-03", "2020-12-14", "2021-01-05"], id="list-ending-at-publication"),
    pytest.param("Newest first\n\nAug. 15 — Fighters enter the capital.\n\nMay 1 — Troops begin to leave.\n\n"
                 "Feb. 29, 2020 — An agreement is signed.\n\nSept. 28 — An election is held.\n",
                 "2021-08-16", ["2021-08-15", "2021-05-01", "2020-02-29", "2019-09-28"],
                 id="descending-list"),
    pytest.param("Ancient Egypt\n\nThe main stages. All dates are BC.\n\nc. 3100: The two lands unite.\n\n"
                 "2560: The Great Pyramid is completed.\n", None, ["BC3100", "BC2560"],
                 id="bc-era-stated-once-in-lead"),
    pytest.param("Babylon\n\n539 BC – Cyrus takes the city.\n\n562 – The king dies.\n\n"
                 "587/586 – Jerusalem is destroyed.\n", None, ["BC0539", "BC0562", "BC0587"],
                 id="bc-era-carried-from-first-entry"),
    pytest.param("Key dates\n\nOn December 31, 2019, crowds attack the embassy. The next day, troops arrive.\n",
                 None, ["2019-12-31", "2020-01-01"], id="the-next-day-splits-and-counts-from-previous"),
    pytest.param("Key dates\n\nOn Friday, a strike kills the general.\n", "2020-01-08",
                 ["2020-01-03"], id="weekday-from-publication"),
    pytest.param("Key dates\n\nIn 2021, a crash grounds the plane.\n\nOn Friday, a door plug blows out.\n\n"
                 "The next day, the regulator grounds 171 planes.\n", "2024-01-10",
                 ["2021", "2024-01-05", "2024-01-06"], id="weekday-event-is-the-next-days-reference"),
    pytest.param("Key dates\n\nIn total, 5,200 soldiers are currently deployed.\n", "2020-01-03",
                 ["2020-01-03"], id="currently-is-publication-date"),
    pytest.param("Key dates\n\nOn June 29, 2014, a caliphate is proclaimed.\n\n"
                 "A new prime minister forms a government.\n", None, ["2014-06-29", "2014"],
                 id="undated-entry-keeps-context-year"),
    pytest.param("Key dates\n\nIn late December 2019, a rocket attack kills a contractor.\n\n"
                 "In response, the United States bombs five bases.\n", None, ["2019-12", "2019-12"],
                 id="reaction-takes-previous-date"),
    pytest.param("Key dates\n\nOn October 1, 2019, protests erupt.\n\n– Regional influence –\n\n"
                 "Iran becomes an influential ally of the government.\n", None, ["2019-10-01", None],
                 id="thematic-entry-after-topic-heading-is-undated"),
    pytest.param("Key dates\n\nOn December 31, 2019, a cluster of cases is reported.\n\n"
                 "Coronaviruses form a large family of viruses.\n", None, ["2019-12-31", None],
                 id="definitional-statement-is-undated"),
    pytest.param("The war\n\nMain dates.\n\n## 2003-2011: The occupation\n\nIn April, Baghdad falls.\n\n"
                 "In May 2005, a new government forms.\n\nIn June, violence rises.\n", None,
                 ["2003-04", "2005-05", "2005-06"], id="range-heading-then-previous-event-inside-it"),
    pytest.param("Afghanistan\n\nNewest first.\n\n## 2021\n\n- Jan 5: A.\n- Mar 3: B.\n- Aug 15: C.\n\n"
                 "## 2020\n\n- Feb 29: D.\n- Sept 28: E.\n\n## 2019\n\n- Jul 1: F.\n", None,
                 ["2021-01-05", "2021-03-03", "2021-08-15", "2020-02-29", "2020-09-28", "2019-07-01"],
                 id="descending-years-ascending-months"),
    pytest.param("# Egypt\n\n## 2011\n\n- January 25: Protests begin.\n- Tourism collapses.\n\n## 2012\n\n"
                 "- June 24: Morsi wins.\n", None, ["2011-01-25", "2011", "2012-06-24"],
                 id="year-heading-dates-its-entries"),
    pytest.param("Tsunami\n\nThe key moments.\n\n-- DEC 26 --\n\nA quake strikes off Sumatra.\n\n"
                 "Waves hit the coasts of Thailand.\n", "2004-12-30", ["2004-12-26", "2004-12-26"],
                 id="day-heading-dates-undated-entries"),
    pytest.param("Key dates\n\nOn February 22, 2006, a bombing unleashes a conflict that lasts until 2008.\n",
                 None, ["2006-02-22"], id="distractor-until"),
    pytest.param("Key dates\n\nIn October 2005, a constitution legalizes the autonomy, effective since 1991.\n",
                 None, ["2005-10"], id="distractor-effective-since"),
    pytest.param("Key dates\n\nOn May 1, 2014, the president resigns; an election is set for May 25.\n",
                 None, ["2014-05-01"], id="distractor-scheduled-date"),
    pytest.param("Key dates\n\nOn April 14, 2021, Biden announces that troops will leave by September.\n",
                 None, ["2021-04-14"], id="announced-future-step-dated-at-announcement"),
    pytest.param("Key dates\n\nOn December 13, 2003, Saddam Hussein is captured. He will be hanged at the end of 2006.\n",
                 None, ["2003-12-13", "2006"], id="paragraph-split-per-dated-clause"),
    pytest.param("Key dates\n\n1796: Jenner inoculates a boy against smallpox in May.\n", None,
                 ["1796-05"], id="year-label-refined-by-month-in-entry"),
    pytest.param("Election night\n\nSunday, October 9:\n\n23:50 – The premier concedes.\n\n"
                 "00:20 – The challenger claims victory.\n", "2022-10-10", ["2022-10-09", "2022-10-10"],
                 id="clock-list-rolls-over-midnight"),
    pytest.param("Great earthquakes\n\nDate\nWhat happened\n\n1556\nThe Shaanxi earthquake kills many.\n\n"
                 "1 November 1755\nAn earthquake destroys Lisbon.\n", None, ["1556", "1755-11-01"],
                 id="flattened-table-date-cells"),
    pytest.param("Credit crisis\n\nThe main events.\n\n-- AUG 9, 2007 --\n\n* Funds are frozen.\n\n"
                 "-- SEPT 14 --\n\n* Queues form outside a bank.\n\n-- JAN 21-22 --\n\n* Markets tumble.\n",
                 "2008-10-04", ["2007-08-09", "2007-09-14", "2008-01-21"],
                 id="date-headings-carry-year-and-roll-over"),
    pytest.param("Key dates\n\nOn November 9, 2019, crowds celebrate.\n\n"
                 "Concerts have been running across the city since Monday.\n", "2019-11-09",
                 ["2019-11-09", "2019-11-04"], id="since-dates-an-otherwise-undated-state"),
    pytest.param("Newest first\n\nAug. 15 — Fighters enter the capital.\n", "2021-08-16",
                 ["2021-08-15"], id="no-expression-across-a-blank-line"),
    pytest.param("Season review\n\nSeason opens with a home win (Aug. 12, 2023)\n\n"
                 "Boxing Day win moves the club top (Dec. 26)\n\nA draw at home keeps the lead (Jan. 1)\n",
                 None, ["2023-08-12", "2023-12-26", "2024-01-01"], id="trailing-dates-in-parentheses"),
]


@pytest.mark.parametrize("text,published,want", CASES)
def test_events_context_values(text, published, want):
    assert _values(text, published) == want


def test_since_gives_on_or_after():
    got = _dates("Key dates\n\nOn November 9, 2019, crowds celebrate.\n\n"
                 "Concerts have been running across the city since Monday.\n", "2019-11-09")
    assert got[1] == ("2019-11-04", "ON_OR_AFTER", None)


def test_by_gives_on_or_before_when_nothing_else_dates_the_entry():
    got = _dates("Key dates\n\nOn May 1, 2011, X happens.\n\nThe last troops leave by December 2011.\n")
    assert got[1] == ("2011-12", "ON_OR_BEFORE", None)


def test_range_and_mod_kept():
    assert _dates("Key dates\n\nBetween 2003 and 2011, 100,000 civilians die.\n") == [("2003", None, "2011")]
    assert _dates("Key dates\n\nOn May 1, 2014, X happens. He will be hanged at the end of 2016.\n")[1] == (
        "2016", "END", None)


@pytest.mark.parametrize("text,published,bases", [
    ("Key dates\n\nOn March 20, 2003, X.\n\nOn April 9, Y.\n\nThe next day, Z.\n\nOn Friday, W.\n\nV happens.\n",
     "2003-04-12", ["explicit", "context", "relative", "publication", "context"]),
])
def test_basis(text, published, bases):
    tl = extract(text, published=published)
    assert [e.date.basis for e in tl.events] == bases


def test_evidence_span_points_into_text():
    text = "Key dates\n\nOn March 20, 2003, troops invade.\n\nOn April 9, the capital falls.\n"
    tl = extract(text)
    for e in tl.events:
        d = e.date
        assert tl.document.text[d.evidence_start:d.evidence_end] == d.evidence
        assert tl.document.text[e.start:e.end] == e.text
    assert tl.events[1].date.anchor.kind == "previous_event"
    assert tl.events[1].date.earliest == "2003-04-09" and tl.events[1].date.granularity == "day"


def test_no_publication_date_leaves_weekday_undated_with_note():
    tl = extract("Key dates\n\nOn Friday, a strike kills the general.\n")
    assert [e.date.value for e in tl.events] == [None]
    assert any("publication date unknown" in n for n in tl.notes)


@pytest.mark.parametrize("text", ["", "   \n\n", "Nothing dated here at all.",
                                  "Leave a Reply\n\n73 + = 75"])
def test_empty_or_undatable_gives_note_not_error(text):
    tl = extract(text)
    assert tl.notes
    assert all(e.date.value is None for e in tl.events)


@pytest.mark.parametrize("text,published", [
    ("Credit crisis\n\nLONDON, Oct 4 - The main events of the crisis.\n\n-- AUG 9, 2007 --\n\n* Funds freeze.\n\n"
     "-- SEPT 15 --\n\n* A bank fails.\n\n-- JAN 21 --\n\n* Markets tumble.\n", "2008-10-04"),
    ("Pandemic\n\nBy our desk | Published 08/12/2020\n\nOn December 31, 2019, a cluster is reported.\n\n"
     "On March 11, 2020, a pandemic is declared.\n\nOn Dec. 2, a vaccine is approved.\n", "2020-12-08"),
])
def test_open_dateline_settled_by_latest_event(text, published):
    tl = extract(text)
    assert tl.document.published == published and tl.document.published_source == "dateline"
    assert any("dateline" in n for n in tl.notes)
