"""Events: phenomena of session 10 (the era of bare years after a BC date), on texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    pytest.param("# Eruptions of Mount Karsa\n\n- **c. 1800 BC** – An eruption buries a hill village.\n"
                 "- **3 March 61** – An earthquake cracks the temple.\n- **17 October 84** – Ash falls on the "
                 "port.\n- **190** – Smoke is seen from the sea.\n- **455** – Lava reaches the river.\n",
                 None, ["BC1800", "0061-03-03", "0084-10-17", "0190", "0455"],
                 id="bare-years-counting-up-after-one-bc-date-are-our-era"),
    pytest.param("# Timeline of Ostra\n\n- c. 900 BC – Traders found the town.\n- 610 – A wall is built.\n"
                 "- c. 700 – The harbour is dug.\n- 480 – A fleet is lost.\n- 330 – The town surrenders.\n"
                 "- 212 – A fire destroys the market.\n",
                 None, ["BC0900", "BC0610", "BC0700", "BC0480", "BC0330", "BC0212"],
                 id="bare-years-counting-down-after-one-bc-date-stay-bc-despite-one-out-of-order"),
    pytest.param("# Kings of Varn\n\nDates are disputed; **all years on this page are BC**.\n\n"
                 "- c. 1550 – The first king is crowned.\n- 1525 – His son succeeds him.\n",
                 None, ["BC1550", "BC1525"], id="all-years-on-this-page-are-bc"),
    pytest.param("# The old fort\n\n- 146 BC – The Romans take the hill.\n- 1979 – The site is listed.\n"
                 "- In the 1980s, divers find the harbour wall.\n",
                 "2020-01-01", ["BC0146", "1979", "198X"], id="a-modern-decade-after-a-bc-date-is-modern"),
    pytest.param("# Ida Marr\n\n**2019** – Her third film opens in Cannes.\n\n"
                 "Marr has never worked with a studio, and says she never will.\n\n"
                 "**2021** – The minister said the studio would never close.\n",
                 "2024-01-01", ["2019", None, "2021"],
                 id="a-lifetime-statement-before-a-reporting-verb-belongs-to-no-time"),
    pytest.param("# The last tenants\n\n## Spring 2025\n\nThe bakery on the deck closed on 30 April 2025.\n\n"
                 "Mrs Adeyemi, now 81, handed back her keys on Monday.\n",
                 "2025-06-21", ["2025-04-30", "2025-06-16"],
                 id="a-weekday-told-from-the-writers-now-is-the-writers-week"),
    pytest.param("# Timeline of the Vell valley\n\n## Early period (before 1000 BC)\n\n- c. 1500 BC – Farmers settle.\n"
                 "- 1200 BC – A shrine is built.\n\n## Middle period (1000–400 BC)\n\n- c. 900 – A town grows.\n"
                 "- 700 – Walls are raised.\n",
                 None, ["BC1500", "BC1200", "BC0900", "BC0700"],
                 id="bare-years-under-a-heading-whose-span-is-bc-are-bc"),
    pytest.param("# The dock strike\n\nOn 4 October 2023, dockers walked out.\n\nOn 12 October, talks failed.\n\n"
                 "Dock strikes are rare here. The last big stoppage, in the summer of 1989, lasted a month.\n\n"
                 "The strike ended on 21 October.\n",
                 "2024-02-03", ["2023-10-04", "2023-10-12", "1989-SU", "2023-10-21"],
                 id="after-an-earlier-instance-named-for-comparison-the-story-goes-on"),
    pytest.param("Flood live\n\n14:58 – How we got here – The river rose on Sunday. The first homes flooded on "
                 "Tuesday evening, when 200 people left. Yesterday a second surge hit the town.\n\n"
                 "14:10 – Minister speaks – The minister said help was coming.\n",
                 "2026-07-16", ["2026-07-12", "2026-07-14", "2026-07-15", "2026-07-16"],
                 id="a-live-post-recapping-past-days-is-one-event-per-day"),
    pytest.param("# Flu season 2024-25\n\nSurveillance began in October 2024.\n\n"
                 "In week 45, positivity rose above the threshold.\n",
                 "2025-05-01", ["2024-10", "2024-W45"], id="a-numbered-week-of-the-year-in-a-health-report"),
    pytest.param("<html><body><h1>Our campaign</h1><table><tr><th>When</th><th>What happened</th></tr>"
                 "<tr><th colspan='2'>2023</th></tr><tr><td>21 Jun</td><td>Members meet the minister.</td></tr>"
                 "<tr><th colspan='2'>2024</th></tr><tr><td>1 April</td><td>The new rate takes effect.</td></tr>"
                 "</table></body></html>", "2025-01-10", ["2023-06-21", "2024-04-01"],
                 id="a-table-row-holding-only-a-year-heads-the-rows-below"),
    pytest.param("# Outbreak timeline\n\n*Posted: 06/28/2024*\n\n| Date | What happened |\n|---|---|\n"
                 "| June 5th | Two children are admitted to hospital. |\n| 6/12 | The barn is closed. |\n",
                 "2024-06-28", ["2024-06-05", "2024-06-12"],
                 id="the-pages-stamp-shows-month-first-slashed-dates"),
    pytest.param("# The strike\n\n### June 22, 1981: a deal\n\nNegotiators reached an agreement.\n\n"
                 "> **Most read:** The airports that never recovered · Why pilots are short\n\n"
                 "### Aug. 3, 1981: the walkout\n\nAt 7 a.m. on Monday, 13,000 controllers walked off the job.\n",
                 "2021-08-03", ["1981-06-22", "1981-08-03"],
                 id="a-heading-after-a-links-box-listed-inline-is-a-heading"),
    pytest.param("# TT history\n\n**1967** – Hailwood wins his twelfth TT.\n\n"
                 "On 3 June 1978, aged 38 and eleven years after his last TT win, Hailwood won again.\n",
                 "2024-06-10", ["1967", "1978-06-03"],
                 id="no-split-at-and-when-the-left-side-has-no-predicate"),
    pytest.param("# Penguin flu: how the outbreak unfolded\n\nThe zoo has not had a notifiable disease on site since "
                 "foot-and-mouth restrictions in 2001. Here is a timeline of the outbreak so far.\n\n"
                 "- **Dec. 19:** Keepers find two penguins dead.\n- **Jan. 2:** A pelican tests positive.\n",
                 "2026-01-09", ["2025-12-19", "2026-01-02"],
                 id="the-last-time-something-happened-sets-no-year-for-the-list"),
    pytest.param("# The series so far\n\n### 1st T20I, Saturday 14th June — Trent Bridge\n\n"
                 "England chased 151 with nine balls to spare.\n\n### 2nd T20I, June 17th — Hove\n\n"
                 "Rain reduced the match to 11 overs a side.\n",
                 "2025-07-03", ["2025-06-14", "2025-06-17"],
                 id="a-heading-dated-after-a-short-label-and-a-comma-dates-its-section"),
    pytest.param("# How the clean air zone arrived\n\nThe scheme was approved on 2 March 2024.\n\n"
                 "Traders delivered a petition on 14 October 2024.\n\n"
                 "LAUNCH DAY\n\nOn Sunday night, council engineers tested the last of the cameras.\n",
                 "2025-09-10", ["2024-03-02", "2024-10-14", "2025-09-07"],
                 id="a-past-weekday-under-an-undated-topic-heading-is-the-writers-week"),
    pytest.param("# The blockage\n\nThe ship left port on 20 March 2021.\n\nThe ship ran aground on 23 March 2021.\n\n"
                 "## The salvage\n\nOn Friday, the salvage firm arrives and warns it could take weeks.\n",
                 "2021-07-01", ["2021-03-20", "2021-03-23", "2021-03-26"],
                 id="a-weekday-in-the-historical-present-goes-on-from-the-story"),
]


def test_events_a_season_counted_from_week_one_has_no_iso_weeks(event_dates: Any) -> None:
    dates = event_dates("# Our season\n\n## 2023\n\nWeek 1: the squad reports for training.\n\n"
                        "Week 21: a new defender signs from Dynamo.\n", "2023-06-01")
    assert "2023-W21" not in dates


@pytest.mark.parametrize("text,published,expected", CASES)
def test_events_session10(event_dates: Any, text: str, published: str | None, expected: list) -> None:
    assert event_dates(text, published) == expected


def test_structure_an_infobox_is_not_a_chronology() -> None:
    from keydates.structure import segment

    st = segment("# Castlemere Regatta\n\n| Founded | 1843 |\n| Venue | River Mere, Castlemere |\n"
                 "| Course | 1 mile 550 yards |\n\n## History\n\n1976 – The regatta is held over two days.\n")
    assert [e.layout for e in st.entries][:3] == ["fact"] * 3


def test_events_a_row_number_before_the_date_cell_is_no_year(event_dates: Any) -> None:
    text = ("# Mercury flybys\n\n| No. | Date | Closest approach | Notes |\n|---|---|---|---|\n"
            "| 1 | 1 Oct 2021 | 199 km | First images of Mercury. |\n"
            "| 2 | 23 Jun 2022 | 200 km | The magnetometer records the field. |\n")
    assert event_dates(text, "2025-06-01") == ["2021-10-01", "2022-06-23"]
