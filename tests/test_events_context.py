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
    pytest.param("Key dates\n\nOn March 5, 1999, troops cross the border.\n\nOn April 9, the capital falls.\n",
                 None, ["1999-03-05", "1999-04-09"], id="year-carried-from-previous-entry"),
    pytest.param("Key dates\n\nOn Dec. 30, 1998, a dam bursts.\n\nOn Jan. 2, rescuers arrive.\n",
                 None, ["1998-12-30", "1999-01-02"], id="forward-rollover-in-ascending-list"),
    pytest.param("A hundred days\n\n- Oct 8 - Voters go to the polls.\n\n- Dec 2 - The count is certified.\n\n"
                 "- Jan 9 - A coalition is formed.\n", "2017-02-20",
                 ["2016-10-08", "2016-12-02", "2017-01-09"], id="list-ending-at-publication"),
    pytest.param("Latest first\n\nJune 20 — Rebels take the port.\n\nMarch 3 — Talks collapse.\n\n"
                 "Jan. 12, 2016 — A truce is signed.\n\nOct. 2 — A referendum is held.\n",
                 "2017-06-21", ["2017-06-20", "2017-03-03", "2016-01-12", "2015-10-02"],
                 id="descending-list"),
    pytest.param("Old kingdoms\n\nThe main stages. All dates are BC.\n\nc. 2900: The first walls are built.\n\n"
                 "2450: A temple is completed.\n", None, ["BC2900", "BC2450"],
                 id="bc-era-stated-once-in-lead"),
    pytest.param("An ancient city\n\n410 BC – The city falls to a siege.\n\n433 – The old king dies.\n\n"
                 "451/450 – A great fire burns the port.\n", None, ["BC0410", "BC0433", "BC0451"],
                 id="bc-era-carried-from-first-entry"),
    pytest.param("Key dates\n\nOn December 31, 1998, a bridge collapses. The next day, the army arrives.\n",
                 None, ["1998-12-31", "1999-01-01"], id="the-next-day-splits-and-counts-from-previous"),
    pytest.param("Key dates\n\nOn Friday, a storm floods the old town.\n", "2016-03-09",
                 ["2016-03-04"], id="weekday-from-publication"),
    pytest.param("Key dates\n\nIn 2013, the mine is reopened.\n\nOn Friday, a shaft collapses.\n\n"
                 "The next day, the regulator closes 12 mines.\n", "2016-03-09",
                 ["2013", "2016-03-04", "2016-03-05"], id="weekday-event-is-the-next-days-reference"),
    pytest.param("Key dates\n\nAbout 3,000 peacekeepers are currently deployed.\n", "2016-03-09",
                 ["2016-03-09"], id="currently-is-publication-date"),
    pytest.param("Key dates\n\nOn June 11, 1998, the currency is devalued.\n\n"
                 "A new finance minister forms a team.\n", None, ["1998-06-11", "1998"],
                 id="undated-entry-keeps-context-year"),
    pytest.param("Key dates\n\nIn late March 1999, a convoy is ambushed.\n\n"
                 "In response, the air force strikes three depots.\n", None, ["1999-03", "1999-03"],
                 id="reaction-takes-previous-date"),
    pytest.param("Key dates\n\nOn May 6, 2010, the markets crash.\n\n– Regional influence –\n\n"
                 "The neighbour becomes the main trading partner of the country.\n", None, ["2010-05-06", None],
                 id="thematic-entry-after-topic-heading-is-undated"),
    pytest.param("Key dates\n\nOn December 3, 2009, a new strain is reported.\n\n"
                 "Influenza viruses form a large family of pathogens.\n", None, ["2009-12-03", None],
                 id="definitional-statement-is-undated"),
    pytest.param("The war\n\nMain dates.\n\n## 2003-2011: The occupation\n\nIn April, the capital falls.\n\n"
                 "In May 2005, a new government forms.\n\nIn June, violence rises.\n", None,
                 ["2003-04", "2005-05", "2005-06"], id="range-heading-then-previous-event-inside-it"),
    pytest.param("Afghanistan\n\nNewest first.\n\n## 2021\n\n- Jan 5: A.\n- Mar 3: B.\n- Aug 15: C.\n\n"
                 "## 2020\n\n- Feb 29: D.\n- Sept 28: E.\n\n## 2019\n\n- Jul 1: F.\n", None,
                 ["2021-01-05", "2021-03-03", "2021-08-15", "2020-02-29", "2020-09-28", "2019-07-01"],
                 id="descending-years-ascending-months"),
    pytest.param("# The uprising\n\n## 1989\n\n- November 17: Students march.\n- Exports collapse.\n\n## 1990\n\n"
                 "- June 8: Free elections are held.\n", None, ["1989-11-17", "1989", "1990-06-08"],
                 id="year-heading-dates-its-entries"),
    pytest.param("Floods\n\nThe key moments.\n\n-- AUG 14 --\n\nA levee breaks upstream.\n\n"
                 "Water reaches the old town.\n", "2002-08-20", ["2002-08-14", "2002-08-14"],
                 id="day-heading-dates-undated-entries"),
    pytest.param("Key dates\n\nOn July 2, 1987, a reservoir wall gives way above the valley.\n\n"
                 "Farmers drove their herds out of the valley that same afternoon.\n", None,
                 ["1987-07-02", "1987-07-02"], id="same-time-phrase-takes-previous-day"),
    pytest.param("Key dates\n\nOn July 2, 1987, a reservoir wall gives way above the valley.\n\n"
                 "Water from the reservoir reaches three villages downstream.\n", None,
                 ["1987-07-02", "1987-07-02"], id="continuation-sharing-a-word-takes-previous-day"),
    pytest.param("Key dates\n\nIn late 1987, a reservoir wall gives way.\n\n"
                 "The wall had been built with cheap cement.\n", None,
                 [("1987", "END", None), ("1987", "END", None)], id="continuation-keeps-context-mod"),
    pytest.param("Ferries\n\n1993 March - A ferry sinks in a storm off the cape.\n\n"
                 "Divers recover the bell years later.\n\n1995 May - A new line opens.\n", None,
                 ["1993-03", "1993-03", "1995-05"], id="paragraph-under-labelled-line-continues-it"),
    pytest.param("Key dates\n\nOn July 2, 1987, a reservoir wall gives way above the valley.\n\n"
                 "A new mayor forms a council.\n", None,
                 ["1987-07-02", "1987"], id="unlinked-undated-entry-keeps-only-the-year"),
    pytest.param("Our season\n\nHow the club fared, month by month.\n\n## October\n\n"
                 "The season opens with a home win.\n\n## March\n\nThe club is relegated.\n",
                 "2024-05-20", ["2023-10", "2024-03"], id="yearless-heading-latest-not-after-publication"),
    pytest.param("Key dates\n\nOn July 2, 1987, a reservoir wall gives way above the valley.\n\n"
                 "The valley is home to 40,000 people.\n", None,
                 ["1987-07-02", None], id="stative-statement-after-dated-entry-is-undated"),
    pytest.param("River flood: live\n\nLive feed\n\n08:10 – The river peaks at 5.2 metres at the weir.\n\n"
                 "06:45 – Good morning. A footbridge in the town centre collapsed yesterday evening.\n\n"
                 "00:20 – Police close the ring road.\n\n23:40 – Sirens sound in the lower town.\n\n"
                 "22:05 – Residents move to the school hall.\n", "2023-03-09",
                 ["2023-03-09", "2023-03-08", "2023-03-09", "2023-03-08", "2023-03-08"],
                 id="live-blog-newest-first-rolls-back-at-midnight"),
    pytest.param("Profile\n\n1961 May - Miners strike in the north. The army is sent in during July.\n\n"
                 "1970 - A new port is dredged in April. It opens to shipping on 3 October.\n", None,
                 ["1961-05", "1961-07", "1970-04", "1970-10-03"],
                 id="second-dated-sentence-of-a-labelled-line-is-its-own-event"),
    pytest.param("Season\n\n- 12 March 2001: The final is abandoned in a storm; it is replayed on 2 April.\n",
                 None, ["2001-03-12"], id="semicolon-consequence-stays-with-its-entry"),
    pytest.param("Key dates\n\nOn May 3, 1988, the court keeps the sentencing date of June 9 and "
                 "the new line opens, with trams to follow in 1990.\n", None, ["1988-05-03"],
                 id="scheduled-dates-named-by-nouns-do-not-split"),
    pytest.param("Ferries\n\n| Date | Event |\n|---|---|\n| 1960 | The first ferry sails. |\n"
                 "| 3 May 1971 | A second pier opens. |\n\nThe crossing takes 40 minutes.\n", None,
                 ["1960", "1971-05-03"], id="undated-text-under-a-table-is-not-a-row"),
    pytest.param("Mill Co. results\n\nThe company's fiscal year ends on September 30.\n\nFISCAL 2018\n\n"
                 "- Q1: Sales fall.\n- Q3: A new plant opens.\n- H2: Profit recovers.\n", None,
                 [("2017-Q4", None, None), ("2018-Q2", None, None), ("2018-04", None, "2018-09")],
                 id="fiscal-quarters-as-calendar-months"),
    pytest.param("Trams\n\n## 1901\n\n- 4 May: The first electric tram runs on the hill route.\n"
                 "- Horse trams are withdrawn from the hill route.\n", None, ["1901-05-04", "1901"],
                 id="unlabelled-sibling-bullet-keeps-the-heading-date"),
    pytest.param("Trams\n\n| Date | Event |\n|---|---|\n| 4 May 1901 | A tram overturns on the hill. |\n"
                 "| | An inquiry later blames worn brakes. |\n", None, ["1901-05-04", "1901-05-04"],
                 id="empty-date-cell-continues-the-row-above"),
    pytest.param("Morland: key dates\n\nIn May 1994, Morland joins the customs union.\n\n"
                 "Morland's farmers switch to barley.\n", None, ["1994-05", "1994"],
                 id="topic-name-from-title-links-nothing"),
    pytest.param("Key dates\n\nOn March 4, 1991, a blockade begins that lasts until 1994.\n",
                 None, ["1991-03-04"], id="distractor-until"),
    pytest.param("Key dates\n\nIn October 1998, a referendum confirms self-rule, in force since 1994.\n",
                 None, ["1998-10"], id="distractor-effective-since"),
    pytest.param("Key dates\n\nOn May 2, 1997, the premier resigns; an election is set for June 1.\n",
                 None, ["1997-05-02"], id="distractor-scheduled-date"),
    pytest.param("Key dates\n\nOn April 4, 1995, the minister announces that the units will leave by March.\n",
                 None, ["1995-04-04"], id="announced-future-step-dated-at-announcement"),
    pytest.param("Key dates\n\nOn May 2, 1996, the general is arrested. He will be tried at the end of 1998.\n",
                 None, ["1996-05-02", "1998"], id="paragraph-split-per-dated-clause"),
    pytest.param("Key dates\n\n1885: A doctor treats a boy bitten by a dog in July.\n", None,
                 ["1885-07"], id="year-label-refined-by-month-in-entry"),
    pytest.param("Vote count\n\nSunday, May 7:\n\n23:40 – The mayor concedes.\n\n"
                 "00:35 – The challenger thanks her voters.\n", "2017-05-08", ["2017-05-07", "2017-05-08"],
                 id="clock-list-rolls-over-midnight"),
    pytest.param("Great fires\n\nDate\nWhat happened\n\n1666\nA fire destroys much of the city.\n\n"
                 "8 October 1871\nA fire sweeps through the port.\n", None, ["1666", "1871-10-08"],
                 id="flattened-table-date-cells"),
    pytest.param("Currency crisis\n\nThe main events.\n\n-- JUL 3, 1998 --\n\n* The peso falls.\n\n"
                 "-- OCT 2 --\n\n* Banks close early.\n\n-- FEB 10-11 --\n\n* Markets steady.\n",
                 "1999-05-04", ["1998-07-03", "1998-10-02", "1999-02-10"],
                 id="date-headings-carry-year-and-roll-over"),
    pytest.param("Key dates\n\nOn June 18, 2016, the fair opens.\n\n"
                 "Free concerts have been held in the park since Monday.\n", "2016-06-18",
                 ["2016-06-18", "2016-06-13"], id="since-dates-an-otherwise-undated-state"),
    pytest.param("Latest first\n\nMay 3 — Rebels take the port.\n", "2017-05-04",
                 ["2017-05-03"], id="no-expression-across-a-blank-line"),
    pytest.param("Tour diary\n\nThe band opens the tour in Leeds (Sept. 9, 2015)\n\n"
                 "A snowstorm cancels the Vienna show (Dec. 28)\n\nThe last concert sells out (Jan. 4)\n",
                 None, ["2015-09-09", "2015-12-28", "2016-01-04"], id="trailing-dates-in-parentheses"),
    pytest.param("Changelog\n\n2022-06-06 to 2022-06-10 — First sprint, held online.\n\n2022-07-01 — Release.\n",
                 None, [("2022-06-06", None, "2022-06-10"), ("2022-07-01", None, None)],
                 id="label-of-two-dates-is-a-range"),
    pytest.param("What we know about the dam\n\nEngineers found a leak last Saturday.\n\nYes. A 2018 survey rated the "
                 "dam poor.\n\nTwo weeks ago, residents heard loud bangs.\n\nOn April 8th, a memo warned of seepage.\n\n"
                 "The reservoir was last drained in the summer of 1994.\n", "2025-04-16",
                 ["2025-04-12", "2018", "2025-W14", "2025-04-08", "1994-SU"],
                 id="background-years-inside-sentences-do-not-make-a-descending-list"),
]


@pytest.mark.parametrize("text,published,want", CASES)
def test_events_context_values(text, published, want):
    if want and isinstance(want[0], tuple):  # (value, mod, range_end) triples
        assert _dates(text, published) == want
    else:
        assert _values(text, published) == want


def test_since_gives_on_or_after():
    got = _dates("Key dates\n\nOn June 18, 2016, the fair opens.\n\n"
                 "Free concerts have been held in the park since Monday.\n", "2016-06-18")
    assert got[1] == ("2016-06-13", "ON_OR_AFTER", None)


def test_by_gives_on_or_before_when_nothing_else_dates_the_entry():
    got = _dates("Key dates\n\nOn May 1, 2011, X happens.\n\nThe last troops leave by December 2011.\n")
    assert got[1] == ("2011-12", "ON_OR_BEFORE", None)


@pytest.mark.parametrize("sentence,mod", [
    ("By 1801, more than 100,000 people had been vaccinated.", "ON_OR_BEFORE"),  # perfect: done by then
    ("By 1989 the population had fallen to 3,100.", "ON_OR_BEFORE"),
    ("By 1939 the gallery owned 600 works.", "ON_OR_BEFORE"),  # a state reached by then
    ("By December 2014 a temporary ferry was carrying commuters.", None),  # a state at that time
    ("By Sunday evening most roads had reopened.", None),  # a part of the day: that day
    ("By September — The offensive has stalled.", None),  # a label, not a fronted phrase
])
def test_events_fronted_by_is_on_or_before(sentence, mod):
    got = _dates("Key dates\n\nOn 3 May 1980 the war begins.\n\n" + sentence + "\n", "2025-01-01")
    assert got[-1][1] == mod


def test_events_earlier_this_month_is_the_month():
    got = _dates("Bridge\n\nEarlier this month, the fire chief warned about delays.\n", "2025-03-12")
    assert got == [("2025-03", None, None)]  # TimeML's START is the early part; this is "before now"


def test_events_fronted_from_is_on_or_after_unless_a_span():
    assert _dates("Plant\n\nFrom 2013, treated water accumulates in tanks.\n")[0] == ("2013", "ON_OR_AFTER", None)
    assert _dates("Plant\n\nFrom 2013 to 2016, water accumulates in tanks.\n")[0][1] is None
    assert _dates("Ada\n\nFrom 1840 she takes lessons by letter.\n")[0] == ("1840", "ON_OR_AFTER", None)


@pytest.mark.parametrize("text,want", [
    ("Key dates\n\nJan 15, 2019 - The deal is defeated.\n\nTwo more defeats follow on March 12 and March 29.\n",
     ("2019-03-12", None, "2019-03-29")),
    ("The war, 1914\n\nChristmas Eve and Christmas Day – Soldiers meet in no man's land.\n", ("1914-12-24", None, "1914-12-25")),
    ("Key dates\n\nBetween 2003 and 2011, 100,000 civilians die.\n", ("2003", None, "2011")),
])
def test_events_two_dates_joined_by_and_are_a_pair(text, want):
    assert _dates(text)[-1] == want


def test_events_step_restated_by_a_complete_date_in_apposition():
    got = _dates("Ada\n\nAda is born on 10 December 1815.\n\nBarely five weeks later, in January 1816, her "
                 "mother leaves.\n")
    assert got[-1] == ("1816-01", None, None)


@pytest.mark.parametrize("text,published,want", [
    pytest.param("Flu\n\nCases rose sharply last week.\n\nThree years ago, in spring 2021, clinics closed.\n",
                 "2024-05-02", "2021-SP", id="time-from-the-writers-day-restated-by-a-complete-date"),
    pytest.param("The retreat\n\nThe army left Moscow on 19 October 1812.\n\nThat winter, on 30 December, a general "
                 "signed a truce.\n", None, "1812-12-30", id="season-made-finer-by-a-day-in-apposition"),
])
def test_events_apposition_restates_or_refines(text, published, want):
    assert _values(text, published)[-1] == want


def test_events_coming_day_with_weekday_counts_from_publication_not_a_background_year():
    text = ("What we know\n\nThe plant was last inspected in 2016.\n\nOfficials will hold a public meeting on "
            "Thursday, June 20, at the town hall.\n")
    assert _values(text, "2024-06-10")[-1] == "2024-06-20"


def test_events_scheduled_date_in_a_later_sentence_does_not_date_a_continuation():
    text = ("Court revives lawsuit\n\nAn appeals court on Thursday revived the workers' lawsuit.\n\nLawyers for "
            "the firm said they would consider an appeal. A status hearing is set for April 22.\n")
    assert _values(text, "2025-03-14") == ["2025-03-13", "2025-03-13"]


def test_events_decade_naming_a_building_is_not_the_events_date():
    text = "Town year 2025\n\nFEBRUARY\nFire destroyed the 1890s Harmon Mill on Feb. 3; sixty firefighters came.\n"
    assert _values(text, "2025-12-30") == ["2025-02-03"]


def test_events_a_future_prospect_does_not_move_the_story_year():
    text = ("Town year 2025\n\nSEPTEMBER\nThe police chief retired after 28 years. Her successor will be elected "
            "in 2027.\n\nOCTOBER\nThe station reopened on the 6th.\n")
    assert _values(text, "2025-12-30") == ["2025-09", "2027", "2025-10-06"]


def test_events_a_step_called_for_next_monday_is_dated_when_it_was_called():
    text = "Tunnel closure\n\nEngineers shut the tunnel on Friday.\n\nThe rail union has called a protest for next Monday.\n"
    assert _values(text, "2026-02-03") == ["2026-01-30", "2026-02-03"]


def test_events_critics_say_is_commentary_not_a_report_of_the_event_above():
    text = ("Tunnel\n\nEngineers shut the tunnel on 3 May 2021.\n\nCritics say the network has been underfunded for "
            "a decade.\n\nRepairs began on 10 May.\n")
    assert _values(text) == ["2021-05-03", "2021-05-10"]  # the comment is left out


def test_events_attributive_current_is_not_the_events_time():
    text = "Port strike\n\nWhy strike?\n\nThe dockers' current contract was signed in 2019 by both sides.\n"
    assert _values(text, "2024-03-14") == ["2019"]


@pytest.mark.parametrize("line", ["Analysts at one bank say the sell-off looks overdone.",
                                  "In hindsight, many negotiators believe the failure forced a rethink."])
def test_events_commentary_openers_are_left_out(line):
    text = f"Markets\n\nOn 5 August 2024, stocks fell 12% in Tokyo.\n\n{line}\n"
    assert _values(text) == ["2024-08-05"]
    assert any("commentary left out" in n for n in extract(text).notes)


def test_events_scientists_say_under_a_day_heading_is_that_days_news():
    text = ("Heatwave diary\n\nWednesday, 20 July 2022:\nCooler air arrives.\nScientists say heatwaves like this "
            "have become ten times more likely.\n\nThursday, 21 July 2022:\nRail services resume.\n")
    assert _values(text) == ["2022-07-20", "2022-07-20", "2022-07-21"]


def test_events_tonight_and_this_morning_are_the_writers_day():
    got = _dates("Brexit\n\nOn Wednesday, MEPs approve the deal.\n\nAt 11pm tonight, UK time, Britain leaves.\n\n"
                 "The court said this morning that it would intervene.\n", "2020-01-31")
    assert [v for v, _, _ in got] == ["2020-01-29", "2020-01-31", "2020-01-31"]


def test_events_the_following_week_is_a_calendar_week():
    got = _dates("Storm\n\nOn 10 January 2024 a storm floods the town.\n\nThe following week, the council approves "
                 "a fund.\n\nA week later the fund is spent.\n")
    assert [v for v, _, _ in got] == ["2024-01-10", "2024-W03", "2024-01-22"]


def test_events_earlier_this_week_on_tuesday_is_the_tuesday():
    got = _dates("Bridge live\n\nEarlier this week, on Tuesday, a crew reported cracks.\n", "2025-03-07")
    assert got[0][0] == "2025-03-04"


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


# Side remarks, intros, live pages and labels (phenomena of keydates/events/__init__.py and
# context.py); each text is our own, written for the phenomenon.
SIDE_CASES = [
    pytest.param("Key moments\n\n**Warnings.** In January, the lender reported that deposits had fallen "
                 "and guided for a further decline in 2023.\n\n**Run.** On March 9, customers pulled "
                 "$40 billion.\n", "2023-03-28", ["2023-01", "2023-03-09"],
                 id="coarser-date-in-a-later-clause-is-a-side-remark"),
    pytest.param("Key moments\n\nIn February 2023, deposits shrink.\n\n**Seized.** On Friday, March 10, "
                 "regulators closed the bank and named a receiver, the largest failure since a thrift "
                 "collapsed in 2008.\n\n**Scrutiny.** On March 20, senators demanded answers.\n",
                 "2023-03-28", ["2023-02", "2023-03-10", "2023-03-20"],
                 id="backward-explicit-year-in-a-later-clause-is-background-and-not-carried"),
    pytest.param("Key moments\n\nOn 17 December 2010, a vendor sets himself on fire.\n\nSince March 2020, "
                 "the pandemic has kept tourists away; the economy shrank by 9% last year.\n", "2021-01-14",
                 ["2010-12-17", "2020-03"], id="side-remark-after-a-since-date"),
    pytest.param("# The long goodbye\n\n*Three years and two elections, retraced*\n\nFri 31 Jan 2020 06.00 GMT\n\n"
                 "Few questions have consumed a country so completely.\n\n## 23 June 2016: the vote\n\n"
                 "Leave won by 51.9% to 48.1%.\n", None, ["2016-06-23"],
                 id="time-stamp-under-a-standfirst-is-not-a-section-date"),
    pytest.param("Timeline of the canal\n\n1998[edit]\n 12 March – The trust is formed.\n Early December – Work "
                 "begins.\n\n1999[edit]\n 3 July – The canal reopens.\n\nSee also[edit]\n Canals of England\n",
                 None, ["1998-03-12", "1998-12", "1999-07-03"],
                 id="wiki-year-headings-with-edit-links-pin-their-year"),
    pytest.param("Key dates\n\n3 July 1999 – The canal reopens, and the following day troops leave the town.\n",
                 None, ["1999-07-03", "1999-07-04"], id="coordinated-next-day-step-splits"),
    pytest.param("The village\n\nIn September 1939, the men were called up.\n\nThat winter was the coldest in "
                 "memory. A year earlier, the mill had closed.\n\nThe following year, evacuees arrived.\n",
                 None, ["1939-09", "1939-WI", "1938", "1940"],
                 id="past-perfect-flashback-does-not-move-the-story"),
    pytest.param("Storm: as it happened\n\nSaturday 12 May 2018\n\n22:40 A tree falls on the line.\n\n"
                 "23:58 Power is cut.\n\n00:35 The wind eases.\n", "2018-05-12",
                 ["2018-05-12", "2018-05-12", "2018-05-13"], id="clock-times-without-separator-cross-midnight"),
    pytest.param("Town year\n\nOCTOBER\n\nThe fair opened on Oct. 12.\n\nNOVEMBER\n\nThe mayor lost on Nov. 5."
                 "\n\nDECEMBER\n\nThe council met on Dec. 17.\n", "2019-12-29",
                 ["2019-10-12", "2019-11-05", "2019-12-17"], id="month-headings-with-days-ascend"),
    pytest.param("Stone circles\n\nAll dates are BCE.\n\nc. 3000 – A ditch is dug.\n\nmid-2500s – The great circle "
                 "is raised.\n\n2200 – Burials cease.\n", "2024-05-01", ["BC3000", "BC25XX", "BC2200"],
                 id="future-century-in-a-bc-list-is-bc"),
    pytest.param("Ancient Nile\n\nFrom the first villages to the conquest.\n\nAll dates are BC unless marked AD. "
                 "Early dates are approximate.\n\nc. 3100 - The two lands unite.\n\n2055 - A king reunites "
                 "the country.\n", "2024-05-01", ["BC3100", "BC2055"],
                 id="era-note-is-not-an-event-and-future-looking-years-are-bc"),
    pytest.param("FACTBOX-Key events in the revolt\n\nTRIPOLI (Wire) - Here are some key events since the revolt "
                 "began in February:\n\n- Feb. 17 - Protesters gather.\n\n- March 2 - Police clear the camp.\n",
                 "2011-08-20", ["2011-02-17", "2011-03-02"], id="sentence-introducing-the-list-is-not-an-event"),
    pytest.param("The museum\n\nIn 1998, the museum opens.\n\nIn 2005, a new wing opens.\n\nThe building has "
                 "outlived every ship that once unloaded at its quay.\n", None, ["1998", "2005"],
                 id="closing-commentary-in-the-present-perfect-is-left-out"),
    pytest.param("Town year\n\nOn March 3, 2019, the council voted to close the mill.\n\nOn May 9, 2019, the "
                 "owners sold it.\n\nThe town remains a place where neighbours show up.\n", None,
                 ["2019-03-03", "2019-05-09"], id="closing-stative-statement-is-left-out-as-commentary"),
    pytest.param("Key dates\n\nIn 2004, troops enter the city.\n\nIn 2008, the last units leave.\n\n"
                 "The city rebuilds its bridges and markets.\n", None, ["2004", "2008", "2008"],
                 id="closing-historical-present-keeps-the-context"),
    pytest.param("Key dates\n\nOn Sept. 8, 1978, troops fire on crowds in the square. Martial law had been "
                 "declared earlier that day.\n", None, ["1978-09-08"], id="same-day-clause-stays-in-its-entry"),
    pytest.param("Fares to rise\n\nThe authority said on Tuesday that fares will rise. The union's board "
                 "meets on Friday to set a strike date.\n", "2024-03-14", ["2024-03-12", "2024-03-15"],
                 id="schedule-present-after-the-verb-is-ahead"),
    pytest.param("The collection\n\nIn 2010 the museum opens.\n\nFrom autumn 2011 until spring 2013, the "
                 "collection tours Europe.\n", None, ["2010", "2011-FA"], id="from-until-is-one-span"),
    pytest.param("The open, day by day\n\nDay 1 (Monday, June 10)\n\nThe top seed wins easily.\n\nDay 2 (Tuesday)\n\n"
                 "Rain halts play.\n\nDay 3 (Wednesday)\n\nA seed retires hurt, the first retirement since 1990.\n",
                 "2024-06-16", ["2024-06-10", "2024-06-11", "2024-06-12"], id="numbered-day-headings-count-on"),
    pytest.param("Fire: live updates\n\n**Update (Jan 6):** Crews report the fire is 85% contained.\n\n**Update (Jan 5):** "
                 "Overnight rain helps. The fire has now burned 12,400 acres.\n\n**Update (Jan 4):** The first death "
                 "is confirmed. On Thursday, the man had refused to leave.\n\n**Update (Jan 3):** A firefighter is "
                 "injured.\n\n**Original post (Dec 30):** A brush fire grows to 300 acres.\n", "2025-01-06",
                 ["2025-01-06", "2025-01-05", "2025-01-04", "2025-01-02", "2025-01-03", "2024-12-30"],
                 id="update-log-labels-newest-first"),
    pytest.param("Ada Byron Fast Facts\n\nFacts\nBirth date: December 10, 1815\nBirth place: London\n"
                 "Father: a poet\nEducation: tutored at home, 1820-1830; lectures, 1834\n\nTimeline\n"
                 "1833 - Meets a mathematician.\n1843 - Publishes her notes.\n", None,
                 ["1815-12-10", "1820", "1834", "1833", "1843"], id="fact-box-dated-lines-only"),
    pytest.param("The decade\n\n2010\nThat spring, a tablet goes on sale.\n\n2016\nA referendum is held in June. "
                 "Five months later, an election follows.\n", None, ["2010-SP", "2016-06", "2016-11"],
                 id="that-season-refines-a-year-cell-and-steps-count-from-it"),
    pytest.param("Rome\n\nIn 44 BC, the dictator is named for life.\n\nA few weeks later, senators stab him.\n",
                 None, ["BC0044", "BC0044"], id="step-of-unknown-size-keeps-the-year"),
    pytest.param("What we know\n\nThe bridge collapsed on Oct. 7, 2025.\n\nTwo days after the collapse, the "
                 "governor declared an emergency.\n\nA week before the collapse, a resident had emailed "
                 "photos of cracks.\n", None, ["2025-10-07", "2025-10-09", "2025-09-30"],
                 id="duration-after-the-event-is-a-step-from-it"),
    pytest.param("The case\n\nOn March 3, 2023, the jury convicts the banker.\n\nThe banker remains free on bond "
                 "and is scheduled to be sentenced on June 3, 2024.\n", "2024-03-01",
                 ["2023-03-03", "2024-06-03"], id="scheduled-date-dates-an-entry-with-no-other"),
    pytest.param("Transit saga recap\n\n1) 2/3/22 - Council votes to fund a study.\n2) 11/8/22 - Voters approve the "
                 "tax.\n3) 1/5/23 - A lawsuit is filed.\n\nEDIT: yes I know it was first proposed in 1986\n",
                 "2025-01-10", ["2022-02-03", "2022-11-08", "2023-01-05"], id="us-numeric-dates-with-two-digit-years"),
    pytest.param("Review of the flood\n\nHeavy rain began on the afternoon of Friday 11 March 2022.\n"
                 "Shortly after midnight the embankment failed.\nBy dawn on Saturday, 63 people had been rescued.\n",
                 "2022-09-24", ["2022-03-11", "2022-03-12", "2022-03-12"], id="weekday-inside-a-story-is-the-storys-week"),
    pytest.param("Hanno the navigator\n\nHanno was born in Carthage in c. 530 BC.\n\nAbout 500 he was elected to the "
                 "council.\n\nIn 480, an army was defeated at Himera.\n\nThe following year he argued for expansion.\n",
                 None, ["BC0530", "BC0500", "BC0480", "BC0479"], id="three-digit-years-in-a-bc-story"),
    pytest.param("Election 2025: the calendar\n\n- 3 February: The writ is issued.\n- Yesterday: The campaign "
                 "opened.\n- 17 March: Registration closes.\n- Sunday 6 April: Polling day.\n", "2025-03-03",
                 ["2025-02-03", "2025-03-02", "2025-03-17", "2025-04-06"],
                 id="ascending-list-past-the-writers-day-runs-ahead"),
    pytest.param("A runner\n\nShe was born on 9 May 2001 in Leeds.\n\nAt 11, she won her first county title.\n\n"
                 "At 17, she was selected for the junior team.\n", None, ["2001-05-09", "2012", "2018"],
                 id="ages-in-a-life-story-are-years-after-birth"),
    pytest.param("The fall and rise of a harbour\n\nHow a fishing town lost its harbour.\n\n1974: The last trawler\n\n"
                 "The last deep-sea trawler of the town was sold to a company in Hull that spring.\n\n2003: The buyout\n\n"
                 "Residents voted by a large margin to form a community trust and buy the quay.\n", None,
                 ["1974-SP", "2003"], id="dated-subheadings-of-a-long-read-date-their-paragraphs"),
    pytest.param("Town review 2021\n\nAPRIL\n\nVoters elected a mayor on April 6.\n\nMAY\n\nOn the 15th the library "
                 "celebrated 100 years since it opened in 1921.\n\nLate in the month the cinema was listed.\n",
                 "2021-12-30", ["2021-04-06", "2021-05-15", "2021-05"], id="bare-ordinal-day-under-a-month-heading"),
    pytest.param("Key moments\n\nOn 2 May 1998, the dam opens. Surveyors date the valley's first "
                 "settlement several centuries earlier.\n", None, ["1998-05-02"],
                 id="undatable-later-sentence-stays-in-its-entry"),
    pytest.param("How the harbour froze\n\nA city that lived from its port found itself cut off. "
                 "Here is how it happened.\n\n**Cold.** On 3 January 2024, ice closes the inner "
                 "basin.\n\n**Thaw.** On 19 January, the first ferry sails.\n", None,
                 ["2024-01-03", "2024-01-19"], id="undated-introduction-before-first-dated-entry"),
    pytest.param("Results night\n\n### 12:50 a.m.\n\nThe challenger concedes.\n\n### 12:05 a.m.\n\n"
                 "Networks call the race.\n\n### 11:40 p.m.\n\nThe incumbent takes the stage.\n\n"
                 "### 9:00 p.m.\n\nPolls close across the state.\n", "2022-11-09",
                 ["2022-11-09", "2022-11-09", "2022-11-08", "2022-11-08"],
                 id="clock-headings-newest-first-cross-midnight"),
    pytest.param("A strike in review\n\nThe key dates.\n\n- March: Unions vote to strike on 14 March.\n"
                 "- April: Talks resume.\n", "2021-06-01", ["2021-03-14", "2021-04"],
                 id="month-label-refined-by-a-day-of-that-month"),
    pytest.param("The mill\n\nKey dates.\n\n1950 – The dam is built.\n\nJanuary 1961 – Floods close the "
                 "mill; the owners reopen it on January 20 after repairs.\n", None,
                 ["1950", "1961-01-20"], id="month-year-label-refined-by-a-day"),
    pytest.param("A bad week\n\nMost recent first.\n\n* Friday: The minister resigns.\n\n"
                 "* Tuesday: The minister says she will stay on and fight.\n", "2022-10-21",
                 ["2022-10-21", "2022-10-18"], id="weekday-label-ignores-future-verb-in-its-entry"),
    pytest.param("The landslide\n\n## 12 December 2019: the vote\n\nThe party won its largest majority "
                 "since 1987.\n", None, ["2019-12-12"],
                 id="dated-topic-heading-outranks-the-start-of-a-state"),
    pytest.param("An architect\n\nIn 1968 she opens a studio in Lisbon.\n\nAfter the revolution of "
                 "April 1974 she designed schools for the new government.\n", None,
                 ["1968", "1974-04"], id="fronted-after-event-of-a-date"),
    pytest.param("The long goodbye\n\nOn 17 October 2019, a revised deal is agreed. Parliament then "
                 "forces a further extension, to 31 January 2020.\n", None, ["2019-10-17"],
                 id="extension-end-point-is-not-an-event"),
    pytest.param("Council timeline\n\nAll dates are day/month/year.\n\n- 04/03/2021: The council votes.\n"
                 "- 11/03/2021: Residents petition.\n", None, ["2021-03-04", "2021-03-11"],
                 id="stated-day-first-convention-reads-ambiguous-numeric-dates"),
    pytest.param("Council timeline\n\n- 04/03/2021: The council votes.\n- 17/03/2021: Residents petition.\n",
                 None, ["2021-03-04", "2021-03-17"], id="unambiguous-day-first-date-settles-the-order"),
    pytest.param("Council timeline\n\n- 04/03/2021: The council votes.\n- 04/17/2021: Residents petition.\n",
                 None, ["2021-04-03", "2021-04-17"], id="unambiguous-month-first-date-keeps-us-order"),
    pytest.param("On this day: March 3\n\nWhat happened on this date in history.\n\n1861 – Serfdom is "
                 "abolished.\n\n1931 – A song becomes the national anthem.\n", None,
                 ["1861-03-03", "1931-03-03"], id="on-this-day-page-dates-years-on-its-day"),
    pytest.param("This day in history\n\n1969: A crew lands on the Moon.\n\n1976: A probe lands on Mars.\n",
                 "2024-07-20", ["1969-07-20", "1976-07-20"], id="on-this-day-page-without-day-uses-publication"),
    pytest.param("The Ridgeway Courier\n\n2021: The year in review\n\nThe stories that shaped the town, month "
                 "by month.\n\nMARCH\n\nThe mill closed on March 3.\n", "2021-12-30", ["2021-03-03"],
                 id="subtitle-naming-the-chronology-is-not-an-entry"),
    pytest.param("Key dates\n\nOn 4 May 2001, the law passes.\n\nWhether the reform was worth its cost is a "
                 "question for historians.\n", None, ["2001-05-04", None], id="closing-commentary-is-undated"),
    pytest.param("Town year\n\nFEBRUARY\n\nAfter 37 years, the hardware store closed. \"People buy "
                 "everything online now,\" its owner said.\n", "2019-12-29", ["2019-02"],
                 id="now-inside-a-quotation-is-the-speakers-time"),
    pytest.param("Her career\n\nShe turned professional in June 2019.\n\nHer 2021 season was poor: that "
                 "summer she broke a wrist.\n", None, ["2019-06", "2021-SU"],
                 id="that-season-points-back-to-the-year-of-its-own-sentence"),
    pytest.param("Her career\n\nShe turned professional in June 2019.\n\nThat summer she won in Oslo.\n",
                 None, ["2019-06", "2019-SU"], id="that-season-without-antecedent-takes-the-previous-event"),
    pytest.param("Her career\n\nIn May 2018 she moved to Leeds. She ran 42 km. In August she won the "
                 "title.\n", None, ["2018-05", "2018-08"], id="unit-after-number-ends-a-sentence"),
    pytest.param("The flood\n\nRain began on 11 March 2022.\nForecasters had predicted far less.\n"
                 "That evening the river rose.\n", None, ["2022-03-11", "2022-03-11", "2022-03-11"],
                 id="undated-sentence-between-two-events-of-one-day-takes-the-day"),
    pytest.param("The flood\n\nRain began on 11 March 2022.\nForecasters had predicted far less.\n"
                 "On 14 March the river fell.\n", None, ["2022-03-11", "2022", "2022-03-14"],
                 id="undated-sentence-between-different-days-keeps-the-year"),
    pytest.param("Report of the review: the Kelmarsh flood, 11-13 March 2022\nSummary of events\n\n"
                 "Rain began on 11 March 2022.\n", None, ["2022-03-11"],
                 id="stacked-title-lines-are-title-and-subtitle"),
    pytest.param("Gale live\n\nSummary\n- Ferries suspended until Wednesday\n- 9,000 homes without power\n\n"
                 "Tuesday 4 November\n\n16:02 GMT\nThe warning is extended.\n\n09:14 GMT\nA wall collapses.\n\n"
                 "Monday 3 November\n\n22:10 GMT\nWe are pausing our live coverage for the night. Thanks for "
                 "joining us.\n\n21:36 GMT\nA red warning is issued.\n", "2025-11-04",
                 ["2025-11-04", "2025-11-04", "2025-11-03"],
                 id="live-page-summary-box-zoned-clock-headings-and-pause-post"),
    pytest.param("Why the ferries stop\n\nWhat happened this week?\n\nOn Monday the operator cancelled all "
                 "sailings.\n\nWhat happens next?\n\nThe operator says it will announce a timetable "
                 "tomorrow.\n", "2025-06-12", ["2025-06-09", "2025-06-12"],
                 id="question-subheadings-and-announcement-of-tomorrow-dated-today"),
    pytest.param("Ferries\n\nOn May 2 the boat sank.\n\nEarlier this year, in March, a review was "
                 "commissioned.\n\nIn 2019, on 3 May, a second boat was sold.\n", "2025-06-12",
                 ["2025-05-02", "2025-03", "2019-05-03"], id="apposition-names-the-month-of-the-period"),
    pytest.param("Tunnel milestones\n\nDate\tMilestone\n1999\tConstruction starts.\n2016\tThe tunnel "
                 "opens.\n\nTunnel in numbers\nLength\t57.1 km\nWorkers killed\t9\n", None,
                 ["1999", "2016"], id="table-of-figures-without-date-cells-is-not-chronology"),
    pytest.param("FACTBOX-Key dates in the 1982 Falklands War\n\nMar. 19 - Workers land on South Georgia.\n\n"
                 "Apr. 2 - Troops invade.\n\nIn a 2013 referendum, islanders voted to stay British.\n",
                 "2022-04-01", ["1982-03-19", "1982-04-02", "2013"],
                 id="single-year-of-the-title-and-event-named-by-its-year"),
    pytest.param("Floods live\n\n11:52\nCrews lift 14 people from houses.\n\n09:02\nThe council declared "
                 "a major incident on Wednesday evening.\n\n08:40\nNetwork Rail says the line stays closed "
                 "until 06:00 on Monday.\n\n07:12\nLast month, a report warned about the flood wall.\n",
                 "2025-03-14", ["2025-03-14", "2025-03-12", "2025-03-14", "2025-02"],
                 id="live-post-dated-by-a-past-time-it-names-not-by-a-future-one"),
    pytest.param("Nelson Mandela: a life\n\n**1952** Leads the Defiance Campaign. Opens a law firm in August.\n\n"
                 "**1885** A doctor treats a boy bitten by a dog in July.\n\n**2013** Dies at his home on "
                 "Thursday evening.\n", "2013-12-06", ["1952", "1952-08", "1885-07", "2013-12-05"],
                 id="year-label-split-by-later-sentence-refined-by-first-and-by-weekday"),
    pytest.param("## 1986\n\n- 26 April – The reactor explodes.\n\n## See also\n\n- Three Mile Island "
                 "accident (1979)\n- Fukushima disaster (2011)\n", None, ["1986-04-26"],
                 id="see-also-list-after-a-blank-line-is-furniture"),
    pytest.param("Crisis\n\n-- MAY 9 --\nThe premier resigns after clashes. His rival is sworn in three days "
                 "later.\n", "2022-12-30", ["2022-05-09", "2022-05-12"],
                 id="date-heading-dates-first-sentence-a-later-step-is-its-own-event"),
    pytest.param("The Millbrook Ledger\n\nYEAR IN REVIEW: Ice, heat and a long-awaited library in Millbrook's "
                 "2022\n\nIt was a year of extremes. Here is a look back at the stories that mattered.\n\n"
                 "WINTER\n\nAn ice storm on Jan. 17 knocked out power.\n", "2022-12-30", ["2022-01-17"],
                 id="masthead-then-long-subtitle-naming-the-review-then-lead"),
    pytest.param("Timeline (most recent first)\n\n- Feb. 2: A host repeats the claim.\n- Jan. 21: The council approves "
                 "the ordinance. It requires heat pumps in buildings permitted after Jan. 1, 2028.\n- Jan. 6: "
                 "Residents speak at a hearing.\n", "2026-02-12", ["2026-02-02", "2026-01-21", "2026-01-06"],
                 id="a-rule-for-a-time-after-publication-is-a-side-remark"),
    pytest.param("Egypt\n\nRuler\tReign (BC)\tRemarks\nKhufu\tc. 2589–2566\tBuilds the Great Pyramid.\n"
                 "Cleopatra VII\t51–30\tLast active ruler.\n", None, ["BC2589", "BC0051"],
                 id="date-cell-after-a-name-and-era-from-the-table-header"),
    pytest.param("Trial\n\nThe trial opened on Monday 20 February 2023.\n\nThe judge adjourned the case for six weeks "
                 "after the defence served a report.\n\nWitnesses spoke from 20 to 22 March.\n\nCounsel closed in "
                 "the last days of March.\n\nAt the sentencing hearing on 5 May, the firm was fined.\n",
                 "2024-03-08", ["2023-02-20", "2023", "2023-03-20", "2023-03", "2023-05-05"],
                 id="span-for-weeks-month-holding-previous-and-step-named-at-its-hearing"),
    pytest.param("# Pandemic diary\n\n## March 2020\n\n- 3: First case confirmed.\n- 23: A lockdown begins.\n\n"
                 "## April 2020\n\n- 2: A field hospital opens.\n", None, ["2020-03-03", "2020-03-23", "2020-04-02"],
                 id="number-labels-under-a-month-heading-are-days"),
    pytest.param("Myanmar profile\n\n**2007 August-September** - Fuel price rises spark protests.\n\n**2008 May** - "
                 "Cyclone Nargis strikes.\n", None, ["2007-08", "2008-05"],
                 id="bold-year-first-labels-read-whole"),
    pytest.param("The fall of the Republic in five dates\n\nStudents often ask me when the Republic fell.\n\n"
                 "1. The Gracchi\n\nIn 133 BC the tribune Tiberius Gracchus pushed a land law through the "
                 "assembly.\n\n2. Marius and Sulla\n\nIn 88 BC Sulla marched his legions on Rome, which no "
                 "general had done.\n", None, ["BC0133", "BC0088"], id="numbered-subheadings-of-a-long-read"),
    pytest.param("Berlin wall\n\n1989\n\n9 November. The wall is opened.\n\n1990\n\nWednesday 3 October. Germany is "
                 "reunified, less than a year after the wall was opened.\n", None, ["1989-11-09", "1990-10-03"],
                 id="label-standing-as-a-sentence-dates-the-next-one"),
    pytest.param("Courier-Ledger | Hometown paper since 1911\n\nNEWS > LOCAL\n\n2024 in review: the stories that "
                 "shaped the town\n\nBy Courier-Ledger staff | December 30, 2024 | Share | Tweet\n\nFrom a record "
                 "snowstorm to a new mayor, here's a look back at the year.\n\nJANUARY\n\nA storm dumped snow on the "
                 "city Jan. 9-10.\n\nNOVEMBER\n\nRuiz won the mayor's race and will take office Jan. 6.\n\nDECEMBER\n\n"
                 "The toy drive collected a record 1,500 toys.\n", "2024-12-30", ["2024-01-09", "2024-11", "2024-12"],
                 id="staff-byline-year-in-review-and-a-coordinated-future-step"),
    pytest.param("Antarctica\n\n- 1820 – On 27 January, an expedition sights an ice shelf.\n- 1820 – Three days later, "
                 "Bransfield charts the peninsula.\n- 1821 – A sealer lands.\n", None,
                 ["1820-01-27", "1820-01-30", "1821"], id="step-inside-a-year-label-counts-from-the-previous-event"),
    pytest.param("Chernobyl, hour by hour\n\nBy Marta Kowalczyk, eastern Europe correspondent\n\nSaturday, 26 April 1986\n\n"
                 "At 1.23am a safety test goes wrong at reactor No 4.\n\nSunday, 27 April\n\nBuses evacuate Pripyat.\n",
                 "2024-04-26", ["1986-04-26", "1986-04-27"], id="weekday-date-subheading-is-not-a-dateline"),
    pytest.param("How Leicester won the league\n\nSUMMER\n\nRanieri is appointed manager on July 13th, 2015.\n\nAUTUMN\n\n"
                 "The season opened on Saturday August 8th with a 4-2 win.\n", "2016-05-16", ["2015-07-13", "2015-08-08"],
                 id="weekday-with-its-day-takes-the-fitting-year-nearest-the-context"),
    pytest.param("Timeline of cartography\n\n## Antiquity\n\n* c. 600 BC – Anaximander draws a map.\n\n* 240 BC – "
                 "Eratosthenes measures the Earth.\n\n* c. 150 – Ptolemy compiles his Geography.\n\n* 1154 – Al-Idrisi "
                 "completes his map.\n", None, ["BC0600", "BC0240", "0150", "1154"],
                 id="bc-marked-on-each-date-leaves-ad-years-bare"),
    pytest.param("Ancient Rome: all dates BC\n\n* 509 – The last king is driven out.\n\n* 390 – Gauls sack Rome.\n",
                 None, ["BC0509", "BC0390"], id="bc-stated-once-is-carried-down"),
]


@pytest.mark.parametrize("text,published,want", SIDE_CASES)
def test_events_side_remarks_intros_and_labels(text, published, want):
    assert _values(text, published) == want


def test_events_fronted_after_gives_mod_after():
    tl = extract("An architect\n\nIn 1968 she opens a studio.\n\nAfter the revolution of April 1974 "
                 "she designed schools.\n")
    assert (tl.events[-1].date.value, tl.events[-1].date.mod) == ("1974-04", "AFTER")


def test_events_from_until_keeps_both_ends():
    tl = extract("The collection\n\nIn 2010 the museum opens.\n\nFrom autumn 2011 until spring 2013, the "
                 "collection tours Europe.\n")
    assert (tl.events[-1].date.value, tl.events[-1].date.range_end) == ("2011-FA", "2013-SP")
