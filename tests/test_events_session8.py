"""Events: phenomena met in the blind sets of session 8, on texts of our own (dates frozen)."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    pytest.param("# Timeline of the harbour strike\n\n## 1997\n\n### March\n\n- 3 March – Dockers walk out.\n\n### August\n\n"
                 "- 12 August – Talks open.\n\n## 1998\n\n### October\n\n"
                 "- 2 October – May leads a second walkout.\n\n- 20 October – May resigns as union leader.\n", "2020-01-01",
                 ["1997-03-03", "1997-08-12", "1998-10-02", "1998-10-20"],
                 id="month-headings-nested-under-year-headings-take-the-new-year"),
    pytest.param("<html><body><h1>Profile: Ana Ruiz</h1><p>Ana Ruiz is born on 2 May 1970 in Vigo.</p>"
                 "<p>At 56, she wins the mayoral election of 10 May 2026, the first woman to do so.</p>"
                 "<h3>Day 1 – Monday 11 May</h3><p>Sworn in at city hall, Ruiz names a team of nine.</p>"
                 "<h3>Day 2 – Tuesday 12 May</h3><p>The council freezes bus fares.</p>"
                 "<p>The opposition calls the measure \"a gimmick\".</p></body></html>", "2026-05-20",
                 ["1970-05-02", "2026-05-10", "2026-05-11", "2026-05-12", "2026-05-12"],
                 id="numbered-day-html-headings-date-their-sections-and-an-age-yields-to-a-full-date"),
    pytest.param("# Eruptions\n\n| Date | Event |\n| --- | --- |\n| c. 1700 BC | Villages are buried. |\n"
                 "| 217 | Earthquakes are recorded. |\n| 24 August AD 79 | Pompeii is buried. |\n| 472 | Ash reaches the east. |\n",
                 None, ["BC1700", "BC0217", "0079-08-24", "0472"],
                 id="an-ad-date-with-its-day-ends-a-carried-bc-era"),
    pytest.param("Ten buildings\n\n- **Villa Nord, Aarhus (1956–1958).** Her first commission.\n"
                 "- **Gellerup flats (1979–1984).** 1,100 flats around gardens. Residents still run the gardens today.\n"
                 "- **Law faculty (1993).** Delayed by the contractor's bankruptcy.\n\n"
                 "> Architecture is a slow art. — Ilse Marten, 1994\n", "2024-02-20",
                 [("1956", "1958"), ("1979", "1984"), "1993"],
                 id="a-bold-title-span-is-the-entrys-and-an-epigraph-is-furniture"),
    pytest.param("Career\n\n**1994** Graduates in law and spends the next decade as a union lawyer.\n\n"
                 "**2006** Elected mayor.\n", None, ["1994", "2006"],
                 id="time-spent-in-a-state-is-not-a-new-event"),
    pytest.param("# The strike in six dates\n\nPosted by **Harbour Notes** | 14/03/2031 | [3 Comments](#comments)\n\n"
                 "Tags: [Unions](#) [Port](#)\n\nA short timeline, day/month/year as always.\n\n"
                 "02/01/2031 – Dockers reject the pay offer.\n\n10-11/02/2031 – A two-day strike closes the port.\n\n"
                 "Last Thursday, the union accepted a new offer.\n", None,
                 ["2031-01-02", ("2031-02-10", "2031-02-11"), "2031-03-13"],
                 id="a-blog-byline-dates-the-post-tags-under-it-do-not-cut-and-a-numeric-day-range"),
    pytest.param("Timeline of Glen Park\n\nBefore the park\n\n - c. 7000 BC – Hunters camp by the lake.\n"
                 " - 1790–1792 – A surveyor maps the valley.\n - 1830s – Trappers keep journals.\n", None,
                 ["BC7000", ("1790", "1792"), "183X"],
                 id="a-bare-year-span-counting-up-ends-an-era-carried-from-one-bc-entry"),
    pytest.param("# 2031 in review: the dry year\n\n**The Valley Courier** · Local News · November 14, 2031\n\n"
                 "## Spring\n\nA drought emergency was declared in late April.\n\n## June\n\nA fire burned 300 acres "
                 "on June 9.\n", None, ["2031-04", "2031-06-09"],
                 id="a-masthead-line-dates-the-page-and-is-no-entry"),
    pytest.param("<html><body><h1>Rate decisions</h1><p>The bank sets rates eight times a year.</p><table>"
                 "<caption>Decisions, 2031</caption><thead><tr><th>Date</th><th>Decision</th><th>Rate after</th></tr></thead>"
                 "<tr><td>2 Feb</td><td>Raised the rate by half a point.</td><td>3.0%</td></tr>"
                 "<tr><td>16 Mar</td><td>Held the rate.</td><td>3.0%</td></tr></table></body></html>", "2031-04-01",
                 ["2031-02-02", "2031-03-16"],
                 id="a-table-caption-is-the-heading-of-its-rows-and-a-field-header-row-is-no-entry"),
    pytest.param("Six days in Geneva\n\nDay 1 - Monday 5 May 2031\n\nThe delegations arrive.\n\nDays 2-3 - 6-7 May\n\n"
                 "The sides talk only through mediators.\n\nDay 4 - Thursday 8 May\n\nA draft is agreed.\n", None,
                 ["2031-05-05", ("2031-05-06", "2031-05-07"), "2031-05-08"],
                 id="a-heading-of-numbered-days-dates-its-section-with-their-range"),
    pytest.param("Strike timeline\n\n3 March - Members vote for action.\n\n14 March - The first strike; an open day for 2032 "
                 "applicants is postponed.\n\n24-28 March - A five-day walkout.\n\n| 1 April – 31 October | Daily, 10:00 – 17:00 |\n\n"
                 "Comments (1,204)\n\nNewest | Oldest | Recommendations\n", "2031-04-10",
                 ["2031-03-03", "2031-03-14", ("2031-03-24", "2031-03-28")],
                 id="a-bare-year-modifying-a-cohort-is-no-date-and-opening-hours-and-comment-bars-are-furniture"),
    pytest.param("# Notes on the printing press\n\n## MCDLIV\n\n- Late in the year, the first indulgences are printed.\n\n"
                 "## MCDLV\n\n- In spring the Bible is finished.\n", None, ["1454", "1455-SP"],
                 id="a-roman-numeral-year-heading-dates-its-section"),
    pytest.param("# Restoring the mural\n\n## 3 Jan. 2031 — Scaffolding goes up\n\nA booth is built.\n\n"
                 "## 30th of January — The first scans\n\nConservators scan the wall.\n", "2033-06-23",
                 ["2031-01-03", "2031-01-30"],
                 id="a-subheading-led-by-its-full-date-dates-the-next-yearless-subheading"),
    pytest.param("Bridges that fell\n\n| Date | What happened |\n| --- | --- |\n| 24 Dec. 1868 | The iron bridge gives way. |\n"
                 "| 11/3/1963 | A lorry falls through the deck. |\n| 2 Jan 2024 | The road bridge collapses. |\n\n"
                 "Rebuilding\n\n- 3 January – A ferry starts.\n- On May the 2nd, 2024, the footbridge opens.\n", "2024-09-06",
                 ["1868-12-24", "1963-03-11", "2024-01-02", "2024-01-03", "2024-05-02"],
                 id="a-page-writing-its-dates-day-first-reads-a-slashed-date-day-first"),
    pytest.param("<html><body><h1>Label history</h1><table><tr><th>Day</th><th>Month</th><th>Year</th><th>What happened</th></tr>"
                 "<tr><td>12</td><td>April</td><td>1968</td><td>Two brothers start the label.</td></tr>"
                 "<tr><td></td><td>Summer</td><td>1979</td><td>A dispute halts releases.</td></tr>"
                 "<tr><td></td><td></td><td>1983</td><td>The label is sold.</td></tr></table></body></html>", None,
                 ["1968-04-12", "1979-SU", "1983"],
                 id="day-month-and-year-columns-are-read-as-one-date"),
    pytest.param("Wall timeline\n\n2031\n\n- 5/15 – Funds are released.\n- 8/2 – A contract is awarded.\n- 12/3 – Panels go up.\n",
                 None, ["2031-05-15", "2031-08-02", "2031-12-03"],
                 id="a-yearless-slashed-label-past-twelve-settles-month-first-for-the-page"),
    pytest.param("Harbour fire: live updates\n\nKey events\n2h ago  Ferry service suspended\n3h ago  Crew rescued\n\n"
                 "Posted 12m ago\nThe fire is out, the coastguard says.\n\nPosted 2h ago\nFerries are suspended until Monday.\n\n"
                 "Yesterday 21:03\nSmoke was first seen from the quay.\n", "2031-09-06",
                 ["2031-09-06", "2031-09-06", "2031-09-05"],
                 id="live-posts-stamped-minutes-or-hours-ago-are-the-writers-day-and-a-key-events-box-is-no-entry"),
    pytest.param("Abdication crisis of 1936\n\nThe crisis\n\nOn 27 October the decree is granted.\n\nOn Monday 16 November Edward "
                 "tells the Prime Minister that he intends to marry her.\n\nHe leaves for Austria in the early hours of 12 "
                 "December, the day his brother is proclaimed King.\n", "2022-12-09",
                 ["1936-10-27", "1936-11-16", "1936-12-12"],
                 id="a-fronted-weekday-date-fitting-the-story-year-is-the-storys-and-the-early-hours-of-a-day"),
    pytest.param("Storm live\n\nLive | Updated 15:42 GMT, Saturday 8 November 2031\n\nKey events\n15:42  Fishermen found alive\n"
                 "13:55  Man dies as tree hits van\n\n15:42\nThe two fishermen missing since Friday night have been found.\n\n"
                 "13:55\nA man has died after a tree fell on his van.\n", None, ["2031-11-08", "2031-11-08"],
                 id="a-key-events-box-of-clock-headlines-is-no-entry"),
    pytest.param("Storm live\n\nUpdated 16:40 GMT, Monday 3 March 2031\n\n16:12\nPower restored to 23,000 homes\n\n"
                 "Engineers have reconnected 23,000 properties since midday.\n\n15:47\nWind warning extended\n\n"
                 "The Met Office has extended its amber warning until 06:00 tomorrow.\n", None, ["2031-03-03", "2031-03-03"],
                 id="a-live-posts-headline-line-and-its-paragraph-are-one-post"),
    pytest.param("# One year on\n\nThey did not set out to write a law.\n\n## 'A normal Tuesday' — April 9, 2030\n\n"
                 "Shortly after 10:20 a.m., a gunman walked into the school.\n\n## The bill — summer 2030\n\n"
                 "In June, a senator introduced the bill.\n", "2031-04-08", ["2030-04-09", "2030-06"],
                 id="a-heading-naming-a-weekday-and-a-full-date-is-dated-by-the-full-date"),
    pytest.param("Carthage: key dates\n\nAll dates BC unless marked.\n\n146 – Rome destroys the city.\n"
                 "44 – Caesar orders a new colony on the site before his murder.\nc. AD 200 – Roman Carthage is one of the "
                 "largest cities of the west.\n439 – The Vandals capture the city.\n", None,
                 ["BC0146", "BC0044", "0200", "0439"],
                 id="a-circa-ad-label-opens-its-own-line-and-ends-the-bc-era"),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_events_session8_phenomena(text: str, published: str | None, want: list, event_dates: Any) -> None:
    got = event_dates(text, published)
    assert got == want
