"""Events: phenomena of session 9 (asides to the reader, habits, same-time phrases), on texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    pytest.param("# Our story\n\n**1998** – Tomas opens a coffee cart on the quay.\n\n"
                 "Honestly, I nearly gave up after that first winter.\n\n"
                 "**2004** – The first shop opens on Mill Lane.\n\nVisiting?\n\n"
                 "**2019** – A second roastery opens in Leeds.\n\nWe still roast every bean by hand.\n",
                 "2024-05-01", ["1998", "2004", "2019"],
                 id="asides-in-the-writers-voice-or-to-the-reader-are-not-entries"),
    pytest.param("Key dates of the port dispute\n\nOn 4 March 2024, dockers walk out over pay.\n\n"
                 "Disputes like this tend to end in a compromise that neither side admits to wanting.\n\n"
                 "On 9 April, the two sides sign a deal.\n", "2024-05-01",
                 ["2024-03-04", None, "2024-04-09"],
                 id="a-habit-or-tendency-belongs-to-no-time"),
    pytest.param("The flood\n\nOn 12 March 2022, the river bursts its banks at Wendle.\n\n"
                 "In the afternoon the rain eased, but the water kept rising.\n\n"
                 "Three people were pulled from the water within minutes.\n\n"
                 "On 20 March, the clean-up begins.\n", "2022-06-01",
                 ["2022-03-12", "2022-03-12", "2022-03-12", "2022-03-20"],
                 id="same-time-phrases-continue-the-day-above"),
    pytest.param("Timeline\n\nIn January 2014, rebels take the city.\n\n"
                 "A new government is formed to replace the old one.\n", "2020-01-01",
                 ["2014-01", "2014"],
                 id="an-unlinked-new-event-keeps-only-the-year-the-context-supports"),
    pytest.param("History of the mill\n\n- 1850: The mill opens.\n- 1901: A fire destroys the roof.\n\n"
                 "The mill has always been shaped by the river that drives it.\n", "2020-01-01",
                 ["1850", "1901"],
                 id="a-closing-statement-of-a-lasting-state-is-left-out"),
    pytest.param("Timeline of the dynasty\n\nTwentieth century BC\n\nc. 1991 – Amenemhat seizes the throne.\n"
                 "1985 – A new residence is founded.\n1962 – Amenemhat is murdered.\n\nModern times\n\n"
                 "AD 1894 – De Morgan finds the jewellery.\n1914 – Brunton digs at el-Lahun.\n", None,
                 ["BC1991", "BC1985", "BC1962", "1894", "1914"],
                 id="bare-years-counting-down-below-a-carried-bc-year-are-bc"),
    pytest.param("# Six Nations 2024 recap\n\n## Round 4\n\n**March 9** — England 23-22 Ireland.\n\n"
                 "## Super Saturday (16 March)\n\nWales 21-24 Italy in Cardiff.\n\n"
                 "## Final round (Sunday 17 March)\n\nFrance win in Lyon.\n", "2024-03-20",
                 ["2024-03-09", "2024-03-16", "2024-03-17"],
                 id="a-heading-closed-by-its-day-in-brackets-dates-its-section"),
    pytest.param("<html><body><h1>Storm live</h1><div class='post'><time>16:05</time><h3>Army sent in</h3>"
                 "<p>Soldiers are being sent to Deanford, the minister says.</p></div>"
                 "<div class='post'><time>1h ago</time><p>The river has peaked, just below the record set in 2000.</p></div>"
                 "<div class='post'><time>13:30</time><p>The rail line will stay closed, the operator says.</p></div>"
                 "<div class='post'><time>09:02</time><h3>Evacuations</h3>"
                 "<p>Residents of low-lying streets were told on Sunday night to leave.</p></div></body></html>",
                 "2025-01-27", ["2025-01-27", "2025-01-27", "2025-01-27", "2025-01-26"],
                 id="a-live-posts-stamp-reaches-its-paragraph-past-the-headline-and-an-age-stamp-dates-it"),
    pytest.param("Key dates\n\n* Jan. 2, 2025 - The dam gives way.\n\n* Jan. 6 - The governor orders a review of every "
                 "dam built before 1970.\n\n* Early February - Regulators order the drawdown of 14 reservoirs.\n",
                 "2025-03-14", ["2025-01-02", "2025-01-06", "2025-02"],
                 id="a-participle-clause-dating-a-noun-built-before-a-year-is-background"),
    pytest.param("# Strike live\n\n## Monday 20 January\n\n17:05 – Nurses rejected a pay offer from the trust on "
                 "28 November.\n\n16:00 – The minister will visit the hospital on 3 February.\n\n"
                 "15:00 – First results: the early vote, which ran from Oct. 28 to Nov. 5, favours Vance.\n",
                 "2025-01-21", ["2024-11-28", "2025-01-20", "2025-01-20"],
                 id="a-live-post-reporting-a-past-day-and-month-is-dated-on-that-day"),
    pytest.param("# Season review\n\nPosted 24/05/2024 by Jo Pickering\n\n## September\n\nRovers opened their season on "
                 "Saturday 9 September 2023 with a 2-1 win.\n\n## October\n\nOn 14 October, the captain was hurt.\n\n"
                 "## November\n\nRovers lost 4-2 at home on 12/11, their "
                 "first defeat.\n\n## January\n\nThe league returned on 14 January.\n", "2024-05-24",
                 ["2023-09-09", "2023-10-14", "2023-11-12", "2024-01-14"],
                 id="a-yearless-slashed-date-after-on-is-read-in-the-pages-order"),
    pytest.param("Rosetta\n\n2003: The launch is postponed in January after a rocket failure.\n\n"
                 "2004: The vote is postponed to June 3.\n\nSummer 2006: The team escapes the storm in July.\n", None,
                 ["2003-01", "2004", "2006-07"],
                 id="postponed-in-a-month-dates-the-postponement-and-a-month-refines-a-season-label"),
    pytest.param("# The dynasty, season by season\n\n## 2014–15: the arrival\n\nOpening night, October 29, sets the tone."
                 "\n\nOn June 16 they win the Finals.\n\n## 2015–16: 73 wins\n\nOn February 27, Cole hits a game-winner."
                 "\n\nThey finish 73-9 in April.\n", "2024-08-02",
                 ["2014-10-29", "2015-06-16", "2016-02-27", "2016-04"],
                 id="a-season-heading-puts-january-to-june-in-its-second-year"),
    pytest.param("Teachers' strike explained\n\nThe government wants to raise the pension age from 60 to 63 by 2030.\n\n"
                 "In January, the union balloted its members.\n", "2026-03-12",
                 ["2030", "2026-01"],
                 id="a-deadline-ahead-of-the-writer-is-not-where-the-story-is"),
    pytest.param("THE LONG READ\n\nNine minutes to get out\n\nBy Hannah Okafor\nThursday 20 November 2025\n"
                 "Share | Save | 14 min read\n\nWarnings, 2019-2022\n\nIn March 2019 an assessment found faults.\n\n"
                 "Thursday, 14 September 2023\n\nAt 2:07am a hydraulic line ruptured.\n\nThe alarm sounded at 2:09am.\n",
                 "2025-11-20", ["2019-03", "2023-09-14", "2023-09-14"],
                 id="the-pages-date-on-the-line-under-its-byline-is-a-stamp"),
    pytest.param("The bridge\n\nOn 13 March 2014, the central span gave way.\n\nWithin months the council closed three "
                 "other bridges of the same design, all built in 1962.\n", "2024-03-14", ["2014-03-13", "2014"],
                 id="a-vague-step-from-the-event-above-is-not-dated-by-a-background-year"),
    pytest.param("# 2023: The year in review\n\n**The Wye Valley Courier** | Friday 29 December 2023 | 3 comments\n\n"
                 "## January\n\nThe river bursts its banks on the 16th.\n\n## March\n\nThe council approves a rise.\n",
                 "2023-12-29", ["2023-01-16", "2023-03"],
                 id="the-pages-dated-masthead-is-not-the-reference-of-the-months-below"),
    pytest.param("# The crush inquiry\n\n## 2023: the inquests\n\nFresh inquests opened on 9 January 2023.\n\n"
                 "On 19 April the jury concluded that the 11 had been unlawfully killed.\n\n## This week: the report\n\n"
                 "The inquiry's final report was published on Tuesday.\n", "2025-02-06",
                 ["2023-01-09", "2023-04-19", "2025-02-04"],
                 id="a-weekday-under-a-this-week-heading-is-the-writers-not-the-storys"),
    pytest.param("FACTBOX-Key events in the heat emergency\n\n-- BACKGROUND --\n\n* Emergency plans were rewritten in March "
                 "2023.\n\n-- JUNE 28 --\n\n* The weather service issues its first orange alert.\n\n-- JULY 3 --\n\n"
                 "* Three nights above 27C break a record.\n", "2024-07-17",
                 ["2023-03", "2024-06-28", "2024-07-03"],
                 id="the-section-after-a-background-block-does-not-go-on-from-its-years"),
    pytest.param("The Nabataeans\n\nI put this list together after my trips. Dates before the Roman annexation are BC; many "
                 "are approximate.\n\n312 BC – Antigonus sends an army.\nc. 169 – Aretas I is named.\nc. 120–96 – Reign of "
                 "Aretas II.\n85 – Aretas III takes Damascus.\nAD 70 – Malichus II sends cavalry.\n106 – Trajan annexes the "
                 "kingdom.\n", "2023-08-20",
                 ["BC0312", "BC0169", ("BC0120", "BC0096"), "BC0085", "0070", "0106"],
                 id="a-bc-note-naming-its-limit-and-a-three-digit-span-counting-down"),
    pytest.param("Toll plaza: our year\n\nMAY\n\nOn the 17th, councillors vote to buy out the concession, which is set to "
                 "expire in 2030.\n\nSEPTEMBER\n\nThe barrier-free lanes open on Monday 16 September.\n", "2024-12-20",
                 ["2024-05-17", "2024-09-16"],
                 id="a-weekday-date-under-its-month-heading-is-that-years-not-a-coming-one"),
    pytest.param("Season review\n\n## October\n\n- Gareth Moyle is appointed on a deal to the summer of 2026.\n"
                 "- Saturday 21 October: Moyle's first game ends 0-0.\n", "2024-05-20",
                 ["2023-10", "2023-10-21"], id="the-end-of-a-contract-is-not-the-event"),
    pytest.param("Wildfire key dates\n\n-- AUG 5 --\n\n* A fire breaks out near Varnavas.\n\n-- AUG 6 --\n\n* The fire "
                 "reaches Penteli, a suburb last hit by a major fire in 2018.\n", "2025-08-14",
                 ["2025-08-05", "2025-08-06"], id="a-place-last-hit-in-a-year-is-compared-with-it-not-dated-by-it"),
    pytest.param("Our year\n\n## May\n\nAt 6:42 p.m. on Thursday, May 18, an EF-3 tornado touched down west of town.\n\n"
                 "The next morning, the governor declared a disaster emergency.\n", "2023-12-28",
                 ["2023-05-18", "2023-05-19"], id="a-clock-on-a-weekday-and-its-date-is-one-expression"),
    pytest.param("# Runway live\n\n## Wednesday 12 February\n\n14:05 – The airport first lodged its planning application "
                 "in March 2022.\n\n13:30 – Sandbags are handed out in Conwy, where the river burst its banks in February "
                 "2020.\n", "2025-02-12", ["2022-03", "2025-02-12"],
                 id="a-live-post-reporting-a-dated-background-event-is-dated-by-it-not-by-a-relative-clause"),
    pytest.param("FACTBOX-Key dates in the rail strike\n\n2023\n\n* Oct 2 - First walkout.\n\n* Dec 22 - An overtime ban "
                 "begins.\n\n* Jan 8 - The ban ends.\n\n* Feb 5 - A mediator is appointed.\n", "2024-02-09",
                 ["2023-10-02", "2023-12-22", "2024-01-08", "2024-02-05"],
                 id="an-ascending-list-under-one-year-heading-runs-on-past-december"),
    pytest.param("# England v New Zealand: how the series was won\n\n## Previous meetings\n\n- Early 2021: A 2-1 defeat in "
                 "Christchurch.\n\n## This summer, match by match\n\n- New Zealand arrive in London (May 29)\n"
                 "- England take the first T20I at Chelmsford (June 6)\n", "2025-07-07",
                 ["2021", "2025-05-29", "2025-06-06"],
                 id="a-heading-led-by-this-summer-and-a-comma-is-the-writers-summer"),
    pytest.param("Season review\n\nRound 1 (Saturday 10 February): The Kestrels open with a 58-52 home win.\n\n"
                 "Round 2 (Saturday 17 February): A 47-61 thrashing away brings everyone down.\n\n"
                 "The mayor (elected in 2019) hands over the trophy.\n", "2024-04-30",
                 ["2024-02-10", "2024-02-17", "2024"],
                 id="a-short-labels-bracketed-date-dates-the-entry-and-is-no-coming-day-years-ahead"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_events_session9(event_dates: Any, text: str, published: str | None, expected: list) -> None:
    assert event_dates(text, published) == expected


def test_read_live_post_stamp_labels_its_paragraph_past_the_headline() -> None:
    from keydates.read import read_text

    html = ("<html><body><h1>Storm live</h1><article class='post'><time>16:05</time><h3>Army sent in</h3>"
            "<p>Soldiers are being sent to Deanford, the minister says.</p></article>"
            "<article class='post'><time>1h ago</time><p>The river has peaked.</p></article>"
            "<article class='post'><time>13:30</time><p>The rail line will stay closed.</p></article></body></html>")
    text = read_text(html, "-", "2025-01-27", "html").text
    assert "16:05 – Army sent in – Soldiers are being sent" in text
    assert "1h ago – The river has peaked." in text


def test_read_live_page_day_separator_and_summary_box_by_class() -> None:
    from keydates.events import extract_text

    def post(clock: str, words: str) -> str:
        return (f"<div class='post'><span class='ts'>{clock}</span><p>{words}, the grid operator said in a "
                "statement to reporters outside its regional control centre on the edge of the city.</p></div>")

    html = ("<html><head><title>Power cut live</title></head><body><main><h1>Power cut live</h1>"
            "<ul class='summary'><li>Most homes have now been reconnected</li>"
            "<li>Trains suspended during Monday evening rush hour</li></ul><div class='feed'>"
            + post("10:30", "The minister has ordered a review of the outage") + post("07:10", "Rail services are running normally")
            + "<div class='day-separator'>Monday 23 June</div>"
            + post("23:40", "Power is back in 94% of homes") + post("19:05", "Thousands of homes have lost power")
            + "</div></main></body></html>")
    tl = extract_text(html, "2025-06-24", "html")
    assert [e.date.value for e in tl.events] == ["2025-06-24", "2025-06-24", "2025-06-23", "2025-06-23"]


def test_events_a_staff_stamp_closing_the_lead_is_the_pages_date(event_dates: Any) -> None:
    values = event_dates("The Millbrook Ledger\n\nYEAR IN REVIEW: The stories of 2025\n\nIt was a year to remember. "
                         "Staff report | Dec. 30, 2025\n\nJANUARY\n\nA storm on the 11th dropped 31 inches of snow.\n",
                         "2025-12-30")
    assert "2025-12-30" not in values and values[-1] == "2025-01-11"


def test_structure_a_table_of_counts_is_not_a_chronology() -> None:
    from keydates.structure import segment

    st = segment("## Cases by age group\n\n| Age | Cases |\n|---|---|\n| Under 50 | 4 |\n| 50–69 | 15 |\n"
                 "| 70 and over | 12 |\n")
    assert [e.layout for e in st.entries] == ["fact"] * 3
    assert "| Age | Cases |" in [f.text.strip() for f in st.furniture]


def test_read_a_stamp_paragraph_over_a_posts_headline_labels_the_post() -> None:
    from keydates.read import read_text

    html = ("<html><body><h1>Floods live</h1><h2 class='day'>Sunday 23 November</h2>"
            "<article class='post'><p class='time'>15:10</p><h3>Rest centre full</h3>"
            "<p>The leisure centre says it has taken in 212 people and can take no more.</p></article>"
            "<article class='post'><p class='time'>13:45</p><h3>River falls</h3>"
            "<p>The river peaked at 3.61m around noon and is now slowly dropping.</p></article></body></html>")
    text = read_text(html, "-", "2025-11-23", "html").text
    assert "15:10 – Rest centre full – The leisure centre says" in text
