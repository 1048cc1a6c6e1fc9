"""Events: phenomena met in the blind sets of session 7, on texts of our own (dates frozen)."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    pytest.param("Cup finals\n\n- 1978 The hosts beat the Dutch on June 25.\n- 1986 Their striker scores twice in the "
                 "quarter-final on June 22; his side go on to win the final a week later.\n- 1990 A penalty decides it.\n",
                 None, ["1978-06-25", "1986-06-22", "1986-06-29", "1990"],
                 id="the-final-a-week-later-is-a-step-not-a-span"),
    pytest.param("Hung parliaments\n\n- 6 May 2010 – No party wins a majority. After five days of talks, a coalition "
                 "is formed.\n- 12 March 2031 – Polls close. After two weeks of counting, the result is declared.\n"
                 "- 9 June 2033 – A snap poll.\n", None,
                 ["2010-05-06", "2010-05-11", "2031-03-12", "2031-03-26", "2033-06-09"],
                 id="a-fronted-after-a-span-of-days-or-weeks-goes-on-from-the-previous-event"),
    pytest.param("Main Street in 2019\n\n## February\n\nAfter 37 years behind the counter, the hardware store closed its "
                 "doors.\n\n## March\n\nThe library reopened.\n", "2019-12-30", ["2019-02", "2019-03"],
                 id="a-fronted-after-a-span-of-years-measures-a-state-not-a-step"),
    pytest.param("# Explained: why is the ferry suspended?\n\n**Harbour Herald** | Transport | Friday 14 March 2031\n\n"
                 "> **In short:** the 1970s ferry has not sailed since the weekend. Here is what we know.\n\n"
                 "## What happened?\n\nInspectors found corrosion on Sunday.\n\nOn Tuesday, the operator cancelled all "
                 "sailings.\n\n---\n\n*Got a question about the ferry? Text us on 0700 555 0101.*\n", "2031-03-14",
                 ["2031-03-09", "2031-03-11"],
                 id="a-byline-of-fields-a-labelled-summary-and-a-question-box-are-furniture"),
    pytest.param("2030 IN REVIEW\n\nNOVEMBER\nVoters reject the school levy.\n\nDECEMBER\nOn Monday, a jury found the "
                 "mill liable for the spill.\nThe lights were switched on on the first Saturday of the month.\n",
                 "2030-12-27", ["2030-11", "2030-12-23", "2030-12-07"],
                 id="a-weekday-and-an-nth-weekday-of-the-month-refine-a-month-line"),
    pytest.param("<html><body><h1>Flood live</h1><div class='post'><span class='time'>10:05</span><p>Water levels are "
                 "falling, the agency says.</p></div><div class='post'><span class='time'>Posted at 22:10 Monday</span>"
                 "<p>The river bursts its banks in Ashby.</p></div><div class='post'><span class='time'>Monday, 06:40"
                 "</span><p>Heavy rain warnings are issued.</p></div></body></html>", "2031-03-12",
                 ["2031-03-12", "2031-03-10", "2031-03-10"],
                 id="a-live-post-stamped-with-its-weekday-is-dated-on-that-day"),
    pytest.param("The summer the bridges closed\n\nA long read on the floods of 2009.\n\nMarch: the first warnings\n\n"
                 "On 3 March 2009, the river rose above the gauge. Engineers were called in.\n\nThe town council met "
                 "the next day.\n\nLate August: the breach\n\nOn 27 August, the levee failed. Water poured into the "
                 "streets.\n\nTwo days later, the army arrived.\n", "2031-09-05",
                 ["2009-03-03", "2009-03-04", "2009-08-27", "2009-08-29"],
                 id="a-yearless-month-heading-takes-the-year-its-first-event-gives"),
    pytest.param("Forty years on: the week the mine closed\n\nNobody at the pit in 1984 expected the end to come so fast."
                 "\n\n3 March — The walkout\n\nMiners leave the pit.\n\n9 March — The vote\n\nThe branch votes to stay "
                 "out.\n", "2024-03-09", ["1984", "1984-03-03", "1984-03-03", "1984-03-09", "1984-03-09"],
                 id="a-title-counting-years-back-from-the-publication-gives-the-story-year"),
    pytest.param("Changes\n\n## 2.7.1\n\n- Crash when a heading holds only an emoji (#398).\n", None, [],
                 id="an-issue-number-in-brackets-is-no-year"),
    pytest.param("Crossing the ice\n\nDay 1 (Monday 8 January 2024): The plane drops us at the inlet.\n\nDay 3: Whiteout."
                 "\n\nDay 12: Storm day.\nThe following morning we dig out the sledges.\n\nDay 15: We find the cache.\n",
                 "2024-02-14", ["2024-01-08", "2024-01-10", "2024-01-19", "2024-01-20", "2024-01-22"],
                 id="numbered-days-count-from-the-day-whose-line-dates-it"),
    pytest.param("Kings of England\n\nWilliam II, 'Rufus' (r. 1087–1100), quarrelled with the Church.\nHe was killed while "
                 "hunting on 2 August 1100.\n\nHenry I (reigned 1100–1135) was a shrewd administrator.\n", None,
                 [("1087", "1100"), "1100-08-02", ("1100", "1135")],
                 id="a-reign-in-brackets-after-a-name-dates-the-entry"),
    pytest.param("# Changelog\n\n## [2.1.0] - 2031-05-02\n\n### Added\n\n- A dark theme for the viewer.\n\n### Fixed\n\n"
                 "- Wrong totals in the summary table.\n\n## [2.0.0] - 2030-11-08\n\n### Changed\n\n- A rewritten parser."
                 "\n\n[2.1.0]: https://example.org/compare/v2.0.0...v2.1.0\n", None,
                 ["2031-05-02", "2031-05-02", "2030-11-08"],
                 id="undated-subheadings-stay-under-the-dated-heading-above-them"),
    pytest.param("Treaties of the century\n\nThe Treaty of Ghent, signed on 24 December 1814, ended the war between Britain "
                 "and\nthe United States.\n\nThe Webster-Ashburton Treaty of 9 August 1842 settled the border between "
                 "Maine and\nNew Brunswick.\n\nFrance ceded Alsace and most of Lorraine by the Treaty of Frankfurt of 10 May"
                 "\n1871 and agreed to pay an indemnity.\n", None, ["1814-12-24", "1842-08-09", "1871-05-10"],
                 id="a-treaty-opening-its-sentence-is-dated-by-its-signing-and-wrapped-lines-go-on"),
    pytest.param("# This week in history\n\n## November 24\n\n- **1859** Darwin publishes On the Origin of Species.\n- "
                 "**1963** Oswald is shot in Dallas.\n\n## November 25\n\n- **1120** The White Ship sinks off Barfleur.\n",
                 "2031-11-24", ["1859-11-24", "1963-11-24", "1120-11-25"],
                 id="a-year-label-under-a-yearless-day-heading-is-that-day-of-the-year"),
    pytest.param("# Eruptions of a volcano\n\n## Before the common era\n\n*All dates in this section are BC.*\n\n- c. 1995 – "
                 "Villages are buried.\n- 217 – Writers report a darkened sun.\n\n## Roman period\n\n- 62 – On 5 February "
                 "an earthquake damages Pompeii.\n- 79 – The great eruption begins.\n", None,
                 ["BC1995", "BC0217", "0062-02-05", "0079"],
                 id="an-era-note-on-a-section-holds-for-that-section-only"),
    pytest.param("Why the council is at war with the mayor\n\nOn Monday, the mayor vetoed the budget.\n\nYesterday the "
                 "court agreed to hear the dispute.\n\nThis morning the speaker set a vote.\n\nIn early 2027, a reform of the "
                 "veto failed.\n\nThe current crisis began on 22 September, when the treasurer resigned.\n", "2029-10-18",
                 ["2029-10-15", "2029-10-17", "2029-10-18", "2027", "2029-09-22"],
                 id="a-yearless-day-after-a-background-year-on-a-page-told-from-the-writers-day"),
    pytest.param("Storm live\n\nSaturday 8 March\n\n14:40\nRail line shut \"until further notice\"\nAll services are "
                 "suspended.\n\nFriday 7 March\n\n18:20\nFirst red warning since 2022\nThe Met Office, which named the storm "
                 "on Tuesday, has issued a red warning.\n", "2031-03-08", ["2031-03-08", "2031-03-07"],
                 id="a-headline-ending-on-a-quoted-phrase-goes-on-and-a-relative-clause-dates-itself"),
    pytest.param("<html><body><h1>A short premiership</h1><dl><dt>Friday 23 September</dt><dd>A mini-budget is delivered."
                 "</dd><dt>The following Monday</dt><dd>The pound slumps to a record low.</dd></dl></body></html>",
                 "2022-10-25", ["2022-09-23", "2022-09-26"],
                 id="a-relative-weekday-in-its-own-label-cell-labels-the-row"),
    pytest.param("Peace talks\n\nOn 2 March 2004 the talks opened in Nairobi. After ten days of talks, the treaty was "
                 "signed on 20 March 2004.\n", None, ["2004-03-02", "2004-03-20"],
                 id="a-fronted-after-a-span-yields-to-a-date-in-its-sentence"),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_events_session7_phenomena(text: str, published: str | None, want: list, event_dates: Any) -> None:
    got = event_dates(text, published)
    assert got == want
