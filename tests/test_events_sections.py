"""Events: how titles, subtitles and section headings date the entries under them.

Small texts of our own, one phenomenon each; publication dates are frozen.
"""

from __future__ import annotations

import pytest

from keydates.events import extract


def _values(text: str, published: str | None = None) -> list[str | None]:
    return [e.date.value for e in extract(text, published=published).events]


CASES = [
    pytest.param("CITY ROVERS FC\nThe 2019 season in review\n\nAUGUST\nSat 10th: Rovers win the opener 2-0.\n\n"
                 "SEPTEMBER\nOn the 21st, the new stand opens.\n", "2020-01-06",
                 ["2019-08-10", "2019-09-21"], id="subtitle-names-the-year-of-a-review"),
    pytest.param("Timeline of Ostrava\n\n19th century\n - 1828 – Ironworks founded.\n - 1847 – Railway reaches "
                 "the town.\n\n20th century\n - 6 September 1939 – German troops arrive.\n", None,
                 ["1828", "1847", "1939-09-06"], id="labelled-rows-under-a-century-heading-keep-their-labels"),
    pytest.param("Founders\n\n1921\nA weaving shed opens by the canal.\n\n1934\nThe mill adds a dye house.\n",
                 None, ["1921", "1934"], id="date-cell-still-dates-its-unlabelled-row"),
    pytest.param("# My cycling years\n\n## 2010\n\nOn 3 September I bought a road bike.\n\n## 2011\n\nThe following spring I "
                 "rode to Paris.\nOn 2 September I joined a club.\n\n## This year\n\nIn March I led my first ride.\n",
                 "2019-06-01", ["2010-09-03", "2011-SP", "2011-09-02", "2019-03"],
                 id="step-from-the-last-event-lands-in-the-new-year-heading-and-this-year-heading"),
    pytest.param("The strike\n\nWednesday 12 March\n\nTalks broke down.\n\nThursday 13 March\n\nPickets gathered at "
                 "dawn.\n\nThe next morning, the minister intervened.\n", "2025-03-20",
                 ["2025-03-12", "2025-03-13", "2025-03-14"], id="a-day-step-may-leave-its-day-heading"),
    pytest.param("Marsh End's year: 2021\n\nBy Lee Ward\n30 December 2021 | 12 comments\n\nJANUARY\nThe ferry "
                 "returns on the 9th.\n",
                 "2021-12-30", ["2021-01-09"], id="stamp-line-with-comment-count-does-not-cut-the-page"),
    pytest.param("# Ten days on the coast\n\n*A long read by our defence correspondent · 20 June 1998*\n\n"
                 "## 6 June: the landing\n\nEarly on a Saturday morning, the first boats reached the beach.\n\n"
                 "## 12-14 June: the storm\n\nOver the weekend, the supply ships were driven back.\n\n"
                 "## 15 June: the breakout\n\nTanks crossed the river at dawn.\n",
                 "1998-06-20", ["1998-06-06", "1998-W24-WE", "1998-06-15"], id="yearless-dated-subheadings-of-a-long-read"),
    pytest.param("Carthage: a timeline\n\nAll dates below are BC until the change of era is marked.\n\n- 814\n- Tyrian "
                 "settlers found the city.\n- 146\n- Rome destroys it.\n- AD 29\n- A Roman colony is planned.\n- 698\n"
                 "- The city falls to the Umayyads.\n",
                 None, ["BC0814", "BC0146", "0029", "0698"], id="bc-stated-below-and-an-ad-cell-turns-the-era"),
    pytest.param("Eruption: live\n\n## Saturday 16 March\n\n10:05 – Flights keep running.\n\n## Friday 15 March\n\n"
                 "23:30 – Helicopters fly over the site.\n\n21:58 – Reports of an eruption come in.\n",
                 "2024-03-16", ["2024-03-16", "2024-03-15", "2024-03-15"], id="weekday-settles-the-year-of-a-newest-first-day-heading"),
    pytest.param("The night the border closed\n\nSunday, 13 August 1961\n\nShortly after midnight, soldiers began "
                 "unrolling wire.\n\nFour days later, the first concrete blocks arrived.\n",
                 "2019-11-09", ["1961-08-13", "1961-08-17"], id="after-midnight-opening-a-day-section-is-that-day"),
    pytest.param("Money: a history\n\n## Before Christ (all dates in this section are BC)\n\n- 600 – Lydia strikes coins.\n"
                 "- 211 – Rome's denarius appears.\n\n## Common Era\n\n- 806 – Paper money in China.\n- 1661 – Banknotes in "
                 "Sweden.\n",
                 None, ["BC0600", "BC0211", "0806", "1661"], id="common-era-heading-ends-a-bc-section"),
    pytest.param("Roman Britain\n\n## Before the conquest (BC)\n\n- 55 – Caesar lands in Kent.\n- 54 – He returns.\n\n"
                 "## Conquest and province (AD)\n\n- 43 – Claudius invades.\n- 122 – Hadrian orders a wall.\n",
                 None, ["BC0055", "BC0054", "0043", "0122"], id="ad-in-brackets-in-a-heading-ends-a-bc-section"),
    pytest.param("The night the lights went out\n\nAn investigation into the blackout.\n\nBy Lena Havrda\n2 October 2025\n\n"
                 "14 August 2025, 16:40\n\nA relay trips, and staff, working a shift pattern introduced in 2019, reroute "
                 "power.\n\n15 August\n\nPower is restored to hospitals.\n",
                 "2025-10-02", ["2025-08-14", "2025-08-15"], id="a-clock-heading-after-the-pages-date-heads-a-section"),
    pytest.param("College history\n\n**1963** On Tuesday, October 15th, the college is renamed. Two weeks later, a "
                 "new charter takes effect.\n", None, ["1963-10-15", "1963-10-29"],
                 id="a-weekday-with-its-date-refines-the-year-label"),
    pytest.param("Timeline\n\n - 1412 – The bridge collapses in a flood (April).\n - 1419 – Rebuilt in stone "
                 "(Sept.).\n", None, ["1412-04", "1419-09"], id="month-in-brackets-refines-the-label-year"),
]


@pytest.mark.parametrize("text,published,want", CASES)
def test_events_sections_date_the_entries_under_them(text: str, published: str | None, want: list) -> None:
    assert _values(text, published) == want


@pytest.mark.parametrize("text,published,want", [
    pytest.param("Parish year 2021\n\nSEPTEMBER\nEarly in the month, the new hall opens.\n\nOCTOBER\nIn the last week "
                 "of the month, the bridge is repainted.\n", "2022-01-10", [("2021-09", "START"), ("2021-10", "END")],
                 id="part-of-the-month-under-a-month-heading-refines-it"),
])
def test_events_sections_parts_of_the_heading_period(text: str, published: str, want: list) -> None:
    assert [(e.date.value, e.date.mod) for e in extract(text, published=published).events] == want


def test_events_sections_unreadable_date_cell_leaves_the_row_its_own_date() -> None:
    text = "Village year 2022\n\nJUNE\nThe shop closes.\n\nJULY AND AUGUST\nA ban lasts from 18 July to 2 September.\n"
    ev = extract(text, published="2022-12-30").events
    assert [(e.date.value, e.date.range_end) for e in ev] == [("2022-06", None), ("2022-07-18", "2022-09-02")]


@pytest.mark.parametrize("text,want", [
    pytest.param("Club history\n\n| Season | League | Notes |\n|---|---|---|\n| 2016–17 | Premier Div. 2 | Promoted "
                 "in May after a play-off. |\n| 2017–18 | Premier Div. 1 | A new stand opens in October. |\n",
                 ["2017-05", "2017-10"], id="month-in-a-season-row-falls-in-the-seasons-half"),
])
def test_events_sections_season_rows_refined_by_a_month(text: str, want: list) -> None:
    assert [v for v in _values(text) if v is not None] == want


def test_events_sections_a_clause_reaching_past_the_year_heading_is_an_aside() -> None:
    text = ("Timeline of the bubble\n\n### 2000\n\n- March 10 – The index peaks; it would not close that high again "
            "until 2015.\n- April 14 – The index falls 9% in a day.\n")
    values = _values(text)
    assert values[0] == "2000-03-10" and values[-1] == "2000-04-14"


@pytest.mark.parametrize("lead,want", [
    pytest.param("Thirty years on, we retrace the autumn of 1989, day by day.", "1989-10-02",
                 id="a-season-of-one-year-in-the-standfirst-sets-the-story-year"),
    pytest.param("The wall, built in 1961, stood for 28 years.", "2017-10-02",
                 id="a-background-year-in-the-standfirst-does-not"),
    pytest.param("Thirty years ago this autumn, the wall opened. We retrace the weeks before it.", "1989-10-02",
                 id="an-anniversary-counted-back-from-the-publication-sets-the-story-year"),
])
def test_events_sections_standfirst_year(lead: str, want: str) -> None:
    text = f"The night the Wall opened\n{lead}\n\nMonday 2 October\n\nSome 20,000 people march through Leipzig.\n"
    assert _values(text, "2019-11-09")[-1] == want


def test_events_sections_today_refines_the_current_years_label() -> None:
    text = "Merkel: a profile\n\n**2018** Announces she will step down.\n\n**2021** Hands over to Olaf Scholz today.\n"
    assert _values(text, "2021-12-08")[-1] == "2021-12-08"


def test_events_sections_post_heading_led_by_a_clock_time_gives_its_clock() -> None:
    """A post heading "17:45 - Bank says card services restored" dates the post under it by its
    clock label (the words after the label are the post's headline)."""
    from keydates.events import _heading_mention
    from keydates.structure import Block

    text = "17:45 - Bank says card services restored"
    heading = Block("heading", 0, len(text), text, layout="short_line", label=(0, 5))
    m = _heading_mention(text, heading, lambda s, e: [])
    assert m is not None and m.rule == "label_clock" and (m.partial.hour, m.partial.minute) == (17, 45)
