"""Events: phenomena of session 11 (pairs and brackets of days, year-pair labels), on texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    pytest.param("# The river in 2023\n\n## JULY\n\nHeavy rain closes the beach on the 9th and 10th after an "
                 "overflow.\n\nVolunteers clean the banks from the 20th to the 22nd.\n",
                 "2023-12-20", [("2023-07-09", "2023-07-10"), ("2023-07-20", "2023-07-22")],
                 id="a-pair-of-ordinal-days-under-a-month-heading-is-a-span"),
    pytest.param("# The town fair\n\nA look back.\n\n- May 2, 2023: The council approves the fair.\n"
                 "- The festival (3–4 July) goes ahead despite the warning.\n"
                 "- A second market (Saturday 12 August) draws 4,000 people.\n",
                 "2023-12-20", ["2023-05-02", ("2023-07-03", "2023-07-04"), "2023-08-12"],
                 id="the-days-in-brackets-after-the-subject-date-the-event"),
    pytest.param("# Mayors of Lint\n\n- 1990: Ann Roe is elected.\n"
                 "- Ann Roe (1941–2019) opens the new bridge in the spring.\n",
                 "2024-01-01", ["1990", "1990-SP"],
                 id="a-lifespan-in-brackets-is-still-an-aside"),
    pytest.param("# Canoe marathon\n\n2019: The race moves to the lake.\n\n"
                 "2020 and 2021: The race is cancelled because of the pandemic.\n\n2022: It returns.\n",
                 "2024-01-01", ["2019", ("2020", "2021"), "2022"],
                 id="a-year-pair-label-is-a-pair"),
    pytest.param("# Flu in Harwick\n\n| Date | What happened |\n|---|---|\n| Late 2024 | A mild autumn keeps "
                 "clinics quiet. |\n| January | Cases double in a fortnight. |\n| March 3 | Schools close for a week. |\n",
                 "2025-07-30", ["2024", "2025-01", "2025-03-03"],
                 id="a-month-after-late-in-a-year-is-the-next-year-in-an-ascending-list"),
    pytest.param("# Flu in Harwick\n\n- Early 2019 – The first cases are seen.\n- December – A vaccine is approved.\n"
                 "- Mid-2018 – Trials begin.\n- January – Volunteers enrol.\n",
                 "2020-01-01", ["2019", "2018-12", "2018", "2018-01"],
                 id="a-month-after-early-in-a-year-is-the-year-before-in-a-descending-list"),
    pytest.param("# College history\n\n- 2001 – Launches online courses; by 2010 a third of students study remotely.\n"
                 "- 2005 – The library opens; it is extended in March 2009.\n",
                 "2024-01-01", ["2001", "2005", "2009-03"],
                 id="a-state-reached-by-a-later-year-is-a-note-on-the-labelled-event"),
    pytest.param("# Timeline of the curfew in Arlen\n\nThis article covers the chronology of the curfew imposed "
                 "in Arlen in 2021 after the riots.\n\n## May\n\n- 6 May – The first curfew starts at 9pm.\n"
                 "- 20 May – The curfew is extended.\n",
                 "2024-05-02", ["2021-05-06", "2021-05-20"],
                 id="a-lead-saying-the-list-covers-a-year-dates-the-yearless-list"),
    pytest.param("TIMELINE-The lumber row\n\nJan 5 (Wire) - The dispute has flared on and off since 1996. The "
                 "following is a timeline of recent events, most recent first.\n\n- Jan 4 - Final duties are "
                 "published.\n\n- Dec 28 - Talks end without agreement.\n",
                 "2024-01-05", ["2024-01-04", "2023-12-28"],
                 id="a-year-the-state-began-is-not-the-year-the-list-covers"),
    pytest.param("REVISION SHEET\n\nKEY DATES\n\n30 BC  Octavian takes the city.\n48     Caesar lands in the port.\n"
                 "196    A decree is issued in three scripts.\nc. 670 Assyrian armies sack the capital.\n"
                 "c. 1070  The kingdom splits in two.\n1323   The young king dies.\n",
                 "2023-03-06", ["BC0030", "BC0048", "BC0196", "BC0670", "BC1070", "BC1323"],
                 id="a-date-filling-its-column-to-one-space-is-still-a-label"),
    pytest.param("# The ring theft\n\nIn the early hours of Sunday, two people cut through a service door.\n\n"
                 "They smashed a display case that had been fitted in 2011 and took the ring.\n\n"
                 "Officers found the scooter, which had been stolen in March, near the river.\n",
                 "2023-11-16", ["2023-11-12", "2023-11-12", "2023-11-12"],
                 id="a-date-in-a-relative-clause-tells-the-history-of-a-thing"),
    pytest.param("The fall of Zipcart\n\nBy Ann Lowe\n\nWhen a jury convicted Tom Ash on Thursday, it closed a long "
                 "saga. This is how it unfolded.\n\nAsh founded Zipcart in February 2019.\n\n"
                 "On Thursday 14 May 2026 the jury found Ash guilty on all counts.\n\n"
                 "Judge Ruth Crane remanded him in custody and said sentencing would follow in June.\n",
                 "2026-05-15", ["2019-02", "2026-05-14", "2026-05-14"],
                 id="a-paragraph-pointing-back-at-a-person-goes-on-with-the-day"),
    pytest.param("FACTBOX-Key dates of the Wren telescope\n\nOSLO, Oct 2 (Wire) - The team decided on Tuesday to end "
                 "science operations.\n\nFollowing are key dates:\n\n* Aug. 26, 2011 - Wren lifts off.\n\n"
                 "* May 2024 - The 3,000th paper is published.\n\n* Sept. 30 - Managers decide to switch off the "
                 "instruments.\n",
                 "2025-10-02", ["2011-08-26", "2024-05", "2025-09-30"],
                 id="a-factbox-ends-with-the-news-its-standfirst-reports"),
    pytest.param("On this day\n\nFifty years ago on Tuesday, Apollo 11 lifted off. Here are the key dates.\n\n"
                 "- July 16, 1969: Apollo 11 lifts off.\n- July 20: Armstrong and Aldrin land.\n",
                 "2019-07-18", ["1969-07-16", "1969-07-20"],
                 id="an-anniversary-standfirst-does-not-move-the-list"),
    pytest.param("HISTORY 101\nRevision sheet 2 - Kings, newest to oldest\n\nHow to use this sheet: learn the dates "
                 "in bold. All dates below are BC, so the numbers get bigger as you go back.\n\nKEY DATES\n\n"
                 "539  Cyrus takes Babylon.\n\nc. 556  Nabonidus seizes the throne.\n\n612  Nineveh falls.\n",
                 "2024-10-01", ["BC0539", "BC0556", "BC0612"],
                 id="the-era-stated-in-the-paragraph-introducing-the-list"),
    pytest.param("# Timeline of the Assyrian kings\n\nThis is a timeline of the empire. All years in the table are BC; "
                 "they follow the eponym lists.\n\n| Year | Event |\n|---|---|\n| 911 | A king comes to the throne. |\n"
                 "| 883 | His son succeeds him. |\n",
                 "2024-10-01", ["BC0911", "BC0883"],
                 id="all-years-in-the-table-are-bc"),
    pytest.param("# The morning a valley lost 30 men\n\nFifty years on, families remember.\n\nIt was still dark when the "
                 "shift went down the shaft on Tuesday 21 May 1974. Among the men was a boy of 16.\n\n"
                 "At 6.52am a spark from a cable ignited gas in the seam, a mile from the shaft.\n\n"
                 "Rescue teams from four pits joined the search, working in teams of eight.\n\n"
                 "The next day, the last of the missing men was brought up.\n\n"
                 "Months later the board paid compensation to the families.\n",
                 "2024-05-21", ["1974-05-21", "1974-05-21", "1974-05-21", "1974-05-22", "1974"],
                 id="a-story-told-in-the-past-goes-on-at-its-last-scene"),
    pytest.param("HIST 101: Study guide\n\nPART A. GREEK CITY\n\n  o  c. 657 BC: Colonists found the city.\n"
                 "  o  513: Persian forces take the city.\n\nPART B. ROMAN PERIOD (AD)\n\n"
                 "  o  196: An emperor razes the city.\n  o  11 May 330: A new capital is dedicated.\n",
                 "2025-11-20", ["BC0657", "BC0513", "0196", "0330-05-11"],
                 id="a-list-bulleted-with-o-and-an-ad-heading-after-bc-ones"),
    pytest.param("# Valdoro, one year on\n\nTwelve months after the flood, the town is still drying out.\n\n"
                 "On Thursday, Oct. 10, 2024, the river broke its banks at Valdoro.\n\n"
                 "It was not the first time. In 1882 a flood destroyed the lower town.\n\n"
                 "The next morning, rescuers counted 12 dead.\n\nA week later, the region declared an emergency.\n",
                 "2025-10-12", ["2024-10-10", "1882", "2024-10-11", "2024-10-18"],
                 id="an-earlier-instance-announced-as-not-the-first-time-is-an-aside"),
    pytest.param("Incident report: notes failed to sync\n\nQuillpad moved its sync service to a new cluster in 2023.\n\n"
                 "Since March, sync traffic has grown by roughly 40%, mostly because of offline mode.\n",
                 "2025-12-04", ["2023", "2025-03"],
                 id="since-a-yearless-month-with-a-present-perfect-counts-from-the-writers-now"),
    pytest.param("FACTBOX-Key dates of the river dams\n\nJan 20 (Wire) - Crews began draining the reservoir.\n\n"
                 "2019 - A deal is signed.\n\n2022\n\nFeb. 6-12 - Hearings are held.\n\nDec. 14 - Contractors take over "
                 "the site.\n\nJune-July - The first dam is taken down.\n\nOct. 3 - Salmon are seen above the site.\n\n"
                 "2024 - Removal of the second dam is delayed.\n",
                 "2025-01-20", ["2019", ("2022-02-06", "2022-02-12"), "2022-12-14", ("2023-06", "2023-07"),
                                "2023-10-03", "2024"],
                 id="an-ascending-list-under-a-year-line-runs-on-into-the-next-year"),
    pytest.param("<html><body><h1>Our history</h1><dl><dt>2024</dt><dd>The newsroom moves to a mill.</dd><dt>2026</dt>"
                 "<dd>This month the Courier opens its digitised archive.</dd></dl></body></html>",
                 "2026-01-15", ["2024", "2026-01"],
                 id="the-writers-month-refines-the-current-years-label"),
    pytest.param("ON THIS DAY\n\n# The emperor who argued with everyone\n\nBy Ann Roe, 27 October 2024\n\n"
                 "He was born on 15 October 1542 in the desert.\n\nIn 1562 he married a princess of Amber.\n\n"
                 "In 1575 he built a hall for debates.\n",
                 "2024-10-27", ["1542-10-15", "1562", "1575"],
                 id="prose-years-of-an-on-this-day-feature-keep-their-year"),
    pytest.param("FACTBOX-Key dates of the return\n\n2024 - The camps fill up.\n\n"
                 "Early 2025 - A return programme begins; by the end of March, 4,000 people have gone home.\n",
                 "2025-06-01", ["2024", "2025"],
                 id="a-state-reached-by-a-month-does-not-refine-the-label"),
    pytest.param("PRESS RELEASE\nTuesday 21 April 2026\n\nHARROWMERE ZOO OPENS NEW AVIARY\n\nThe zoo today opened a "
                 "walk-through aviary for 140 birds.\n\nENDS\n\nNOTES TO EDITORS\n\nMilestones:\n"
                 "* 1871: Gardens open on Quarry Lane with bears, parrots and a deer paddock.\n"
                 "* September 1940: The aviary is wrecked in an air raid; it is never rebuilt.\n"
                 "* 1972: A leopard breeding programme begins at the zoo.\n",
                 "2026-04-21", ["2026-04-21", "1871", "1940-09", "1972"],
                 id="a-dated-list-in-a-press-releases-notes-to-editors-is-a-chronology"),
    pytest.param("Review sheet: the Crusades\n\nKNOW THESE DATES (in order):\n\n  a) 1071 - The Byzantines are defeated.\n"
                 "  b) 1095 - The pope calls the First Crusade.\n  c) 1099 - Crusaders capture Jerusalem.\n",
                 "2025-01-16", ["1071", "1095", "1099"],
                 id="a-list-lettered-a-b-c"),
    pytest.param("UNIT 4 STUDY GUIDE\nThe Hittites: key dates to learn (latest first, all BC)\n\nQuiz on Friday!\n\n"
                 "1) c. 1180: The capital is burned.\n2) 1207: A sea battle off Cyprus.\n3) 1274: The battle of Kadesh.\n",
                 "2024-09-15", ["BC1180", "BC1207", "BC1274"],
                 id="all-bc-said-in-brackets-in-the-subtitle"),
    pytest.param("# Timeline: Athens from Pericles back to Solon\n\n### Dates BC, newest first\n\n| Year | What happened |\n"
                 "|---|---|\n| 429 | Pericles dies in the plague. |\n| 480 | The Persians sack the Acropolis. |\n",
                 "2024-09-18", ["BC0429", "BC0480"],
                 id="a-capitalised-dates-bc-heading-states-the-era"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_events_session11(event_dates: Any, text: str, published: str | None, expected: list) -> None:
    assert event_dates(text, published) == expected


def test_read_headings_and_tables_straight_in_body_are_kept(event_dates: Any) -> None:
    """A wiki page with no <article> or <main>: every section heading and table survives."""
    rows = "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in [
        ("Early April", "The fire authority raises the danger level to high."),
        ("18 April", "A grass fire near Marlow burns 210 hectares of heath.")])
    rows2 = "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in [
        ("2 June", "Lightning ignites at least fourteen fires on the ridge."),
        ("Mid-July", "A heatwave pushes temperatures above 40C for six days.")])
    html = ("<html><head><title>Timeline of the 2021 Vale fires - Wikifacts</title></head><body>"
            "<div id='notice'><p>Wikifacts is written by volunteers. Donate today.</p></div>"
            "<h1>Timeline of the 2021 Vale fires</h1>"
            "<p class='hatnote'>For the overall article, see 2021 Vale fires.</p>"
            "<p>The 2021 fire season in the Vale was the worst since records began in 1961.</p>"
            f"<h2>Pre-season</h2><table><tr><th>Date</th><th>Event</th></tr>{rows}</table>"
            f"<h2>Main season</h2><table><tr><th>Date</th><th>Event</th></tr>{rows2}</table>"
            "</body></html>")
    assert event_dates(html, "2022-01-15") == ["2021-04", "2021-04-18", "2021-06-02", "2021-07"]
