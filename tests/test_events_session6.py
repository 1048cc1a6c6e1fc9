"""Events: phenomena met in the blind sets of session 6, on texts of our own (dates frozen)."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    pytest.param("Flu season: how it spread\n\n12 March 2025\nShare\nSave\n\nDoctors say the outbreak is easing, with "
                 "few new cases in the past week.\n\nVaccination rates had fallen before the winter.\n\nHere is how the "
                 "outbreak developed.\n\n3 January: The first cases are confirmed in Ashby.\n\n20 January: Schools "
                 "close for a week.\n", "2025-03-12", ["2025-01-03", "2025-01-20"],
                 id="an-introduction-closed-by-a-line-naming-the-list-is-not-events"),
    pytest.param("A bike maker\n\n1970s and 1980s\n\n- Demand doubles during the oil crisis of 1973.\n"
                 "- In the late 1980s we launch an aluminium frame.\n", None, ["1973", "198X"],
                 id="an-event-during-a-named-period-is-dated-by-it"),
    pytest.param("Bank timeline\n\nAug. 30, 2021: The bank restates its earnings.\n\nThe shares fall 41%, their "
                 "steepest drop since 1987.\n\nNov. 2021: Regulators open an inquiry.\n", None,
                 ["2021-08-30", "2021-08-30", "2021-11"], id="a-superlative-since-a-year-compares-with-it"),
    pytest.param("Hubble\n\n- 2002: New camera installed.\n- From September 2003 to January 2004, Hubble collects the "
                 "deep field.\n", None, ["2002", ("2003-09", "2004-01")],
                 id="a-range-of-two-complete-dates"),
    pytest.param("Tram timeline\n\n| Year | Date | Milestone |\n|---|---|---|\n| 2016 | June | A study is ordered. |\n"
                 "| 2017 | 14 Feb | The study is published. |\n|  | Autumn | Consultation. |\n| 2018 | 23 January 2018 | "
                 "Cabinet chooses the tram. |\n| 2022 | Late 2022 | Contractor appointed. |\n| 2025 | Spring (planned) | "
                 "Test running. |\n|  | December (planned) | Opens to passengers. |\n", "2024-03-12",
                 ["2016-06", "2017-02-14", "2017-FA", "2018-01-23", "2022", "2025-SP", "2025-12"],
                 id="a-year-cell-and-a-date-cell-date-the-row-together-and-planned-rows-carry-the-list"),
    pytest.param("Profile\n\n**2012**\nRecords the symphonies; the set wins an award in September 2013.\n\n**2017**\n"
                 "Moves to Berlin.\n\nUniversity\n\n1872\nThe institute moves in; the clock on its tower was added in 1901."
                 "\n\n2020\nTeaching moves online in March. Ceremonies for the class of 2020 are held in the summer of 2022."
                 "\n", None, ["2012", "2013-09", "2017", "1872", "2020-03", "2022-SU"],
                 id="a-semicolon-clause-in-another-year-under-a-year-heading-is-the-next-event-unless-an-aside"),
    pytest.param("An institute\n\n| When | Milestone |\n|---|---|\n| 1894 | The school opens. |\n| 2001 | A lab opens. |\n\n"
                 "## Notes\n\n- **Research firsts**\n  - In the 1920s, its chemists patented a flotation process still used "
                 "today.\n- **Recent years**\n  - In March 2020 the campus closed for five months because of the "
                 "pandemic.\n", None, ["1894", "2001", "192X", "2020-03"],
                 id="a-notes-heading-over-dated-bullets-is-a-section-and-bold-bullets-caption-their-sub-lists"),
    pytest.param("A history\n\n* 1905 – A map is drawn.\n* 2005 – A globe goes online.\n\n== See also ==\n\n* History of "
                 "geodesy (article, updated 12 March 2023)\n\nText is available under a Creative Commons licence.\n",
                 None, ["1905", "2005"], id="see-also-stays-back-matter"),
    pytest.param("Niger coup: what we know\n\n## What happened?\n\nOn 26 July, guards detained the president.\n\n"
                 "Two days later, their commander declared himself head of a transitional government.\n\nThe president "
                 "was elected in 2021, in the first peaceful handover.\n\n## Reactions\n\nOn 30 July, the regional "
                 "bloc gave the junta one week.\n", "2023-08-10", ["2023-07-26", "2023-07-28", "2021", "2023-07-30"],
                 id="a-yearless-day-after-a-background-year-goes-on-from-the-story"),
    pytest.param("2019 in Sudan\n\n## Incumbents\n\n- President: Omar al-Bashir (until 11 April)\n- Prime Minister: "
                 "Mohamed Tahir Ayala (from 23 February)\n\n## Events\n\n### January\n\n- 6 January – Protests spread."
                 "\n\n### February\n\n- 22 February – A state of emergency is declared.\n", "2020-02-02",
                 ["2019-01-06", "2019-02-22"], id="the-office-holders-of-a-year-page-are-not-events"),
    pytest.param("Road to war\n\n18-20 February 2014: Protesters are shot in Kyiv.\n\nTwo days later, the president flees."
                 "\n", None, [("2014-02-18", "2014-02-20"), "2014-02-22"], id="a-step-forward-from-a-span-counts-from-its-end"),
    pytest.param("Rwanda\n\nOn 7 April 1994, the killings began.\n\nTwo decades after the killings, in 2014, France's "
                 "justice minister came.\n", "2024-04-07", ["1994-04-07", "2014"],
                 id="a-date-restating-a-step-from-an-event-dates-it"),
    pytest.param("Road to war\n\n21 November 2013: protests\n\nCrowds gather.\n\nAutumn 2021: the build-up\n\nSatellite "
                 "images show forces massing. In December, Moscow makes demands.\n\n21 February 2022: recognition\n\n"
                 "Putin recognises the republics.\n\nThis morning: invasion\n\nBefore dawn, Russia invades.\n",
                 "2022-02-24", ["2013-11-21", "2013-11-21", "2021-FA", "2021-12", "2022-02-21", "2022-02-21", "2022-02-24"],
                 id="a-month-outside-a-season-heading-is-the-next-event-and-a-titled-this-morning-heading-dates-its-section"),
    pytest.param("Timeline of a city\n\n- 1791 – A fire.\n- 1846 – After a failed uprising in February, the city is annexed "
                 "in November.\n- 1941 – Ghetto established in March.\n- 1962 – Three other bridges close, all built in "
                 "1950.\n\n**1989** After the Wall falls in November, she joins a party.\n", None,
                 ["1791", "1846-11", "1941-03", "1962", "1989-11"],
                 id="fronted-phrases-after-a-label-and-headline-participles"),
    pytest.param("Timeline of a city\n\n## Contents\n\n- 1 Prior to the 14th century\n- 2 See also\n\n## Prior to the 14th "
                 "century\n\n- c. 965 – A merchant mentions the town.\n- 1000 – A bishopric is founded.\n", None,
                 ["0965", "1000"], id="a-bulleted-table-of-contents-is-furniture"),
    pytest.param("The Gazette review of 2024\n\nJANUARY\n\nA storm floods the high street.\n\nFEBRUARY\n\nSt Anne's Primary "
                 "celebrates 150 years; the school was founded in 1874.\n", "2024-12-30", ["2024-01", "2024-02"],
                 id="a-past-semicolon-clause-with-its-own-year-under-a-dated-heading-is-background"),
    pytest.param("New Horizons\n\n* 14 July 2015 – Closest approach at 11:49 UTC, passing 12,500 km above the surface.[4] "
                 "The first images are released the next day.\n* 1 January 2019 – Flyby of Arrokoth.\n", None,
                 ["2015-07-14", "2015-07-15", "2019-01-01"], id="a-footnote-mark-after-a-full-stop-ends-the-sentence"),
    pytest.param("Rail strike: the dates\n\n1.9.: Management offers 1.4 per cent.\n6.10.: Union ballot.\n24.12.: Action "
                 "is suspended.\n3.-4.12.2020: Second warning strike.\n", "2021-03-01",
                 ["2020-09-01", "2020-10-06", "2020-12-24", ("2020-12-03", "2020-12-04")],
                 id="dotted-day-month-labels-and-dotted-day-ranges"),
    pytest.param("Runner profile\n\n**2019**: Marathon debut in Berlin in **September**, finishing second.\n\n"
                 "**2022**: Gives birth in **May**.\n", None, ["2019-09", "2022-05"],
                 id="a-month-set-in-bold-after-its-preposition"),
    pytest.param("The flood\n\n## Saturday 18 February 2023\n\nRain began at dawn.\n\n## Sunday 19 February\n\nBy mid-morning "
                 "the gauge read 4.2 metres.\n\nAt 2pm the council opened a rest centre.\n", "2024-03-02",
                 ["2023-02-18", "2023-02-19", "2023-02-19"], id="a-time-of-day-under-a-day-heading-is-on-that-day"),
    pytest.param("2025 in pictures\n\n![](img/01.jpg)\n\nCrowds gather at the Strand for the festival, Jan 26.\n\n"
                 "![](img/02.jpg)\n\nFloodwater fills the main street, Feb 3.\n", "2025-12-20",
                 ["2025-01-26", "2025-02-03"], id="picture-lines-are-not-events"),
    pytest.param("Falklands War: key dates\n\n- April 25, 1982: British troops retake South Georgia.\n- May 21: Forces land at San "
                 "Carlos.\n- May 28-29: Paratroopers win at Goose Green.\n- May 25: HMS Coventry is sunk.\n- June 14: Argentina "
                 "surrenders.\n", "2022-04-01", ["1982-04-25", "1982-05-21", ("1982-05-28", "1982-05-29"), "1982-05-25",
                                                  "1982-06-14"],
                 id="days-a-few-days-out-of-order-are-a-slip-not-a-new-year"),
    pytest.param("Two months at the gates: how Vienna held out in 1683\n\n## Early September: the relief gathers\n\nThe armies "
                 "meet north of the city.\n\n## 12 September: the relief\n\nSobieski's army attacks at dawn.\n", "2023-09-12",
                 ["1683-09", "1683-09-12"], id="a-day-heading-in-the-month-of-the-previous-heading-keeps-its-year"),
    pytest.param("Ten battles\n\nAll dates below are BC unless marked otherwise.\n\n1. Kadesh, 1274: Two chariot armies clash.\n"
                 "2. Marathon, September 490: The Athenians rout a Persian force.\n3. Gaugamela, 1 October 331: Alexander "
                 "wins.\n4. Teutoburg Forest, AD 9: Three legions are lost.\n", None,
                 ["BC1274", "BC0490-09", "BC0331-10-01", "0009"], id="a-label-led-by-the-name-of-its-event"),
    pytest.param("Rwanda, 30 years on: how 100 days of killing unfolded\n\nKIGALI, April 7 - Commemorations open.\n\n"
                 "On April 6, 1994, a plane was shot down.\n", "2024-04-07", ["1994-04-06"],
                 id="a-title-or-dateline-is-no-named-label"),
    pytest.param("A peacekeeping mission\n\n15 July 1974\nA coup in Nicosia.\n\n20 July 1974\nTroops land on the north coast. "
                 "A ceasefire takes effect on 16 August, after a second offensive.\n", None,
                 ["1974-07-15", "1974-07-20", "1974-08-16"], id="another-day-in-a-later-sentence-under-a-day-cell-is-the-next-event"),
    pytest.param("Ancient Rome\n\n- 753 BC: Rome is founded, by tradition.\n- 509 BC: The Republic begins.\n\n## Discussion "
                 "questions\n\n1. Why might 753 BC be called a traditional date?\n2. How many years passed between 509 BC and "
                 "AD 476?\n", None, ["BC0753", "BC0509"], id="questions-to-the-reader-are-not-events"),
    pytest.param("Explainer: why the dam talks keep stalling\n\nTen years ago, the provinces signed a pact that is set to "
                 "expire in 2030.\nLast spring, a drought cut the river's flow.\nIn August, farmers blocked Highway 7.\nIn 2019, a "
                 "court ruled the annex void.\nBack in 1962, the dam was finished.\n", "2025-03-14",
                 ["2015", "2024-SP", "2024-08", "2019", "1962"],
                 id="a-month-after-a-time-told-from-the-writers-day-is-read-from-that-day"),
    pytest.param("Ines Varga: a life\n\n### 1994\n\nShe campaigns for a ban on trawling; a partial ban is finally adopted in "
                 "2016.\n\n### 2003\n\nAwarded a medal.\n", None, ["1994", "2016", "2003"],
                 id="a-present-passive-with-an-adverb-is-the-clauses-own-predicate"),
    pytest.param("Profile: Helen Ashworth\n\n29 June 2026\n\nHelen Ashworth resigned as Home Secretary on Friday after a row "
                 "over deportation flights. We look back at her career.\n\n**1971** Born in Halifax.\n\n**2005** Elected MP for "
                 "Halifax North.\n\n**2024** Appointed Home Secretary.\n", "2026-06-29", ["1971", "2005", "2024"],
                 id="a-standfirst-naming-the-list-over-labelled-entries-is-not-an-event"),
    pytest.param("Hong Kong: key dates\n\n- Sep 24, 1982: Talks open in Beijing.\n- Dec 19, 1984: Thatcher and premier Zhao "
                 "sign the Joint Declaration, under which Hong Kong keeps its way of life for 50 years after 1997.\n- Jul 1, "
                 "1997: Handover.\n", None, ["1982-09-24", "1984-12-19", "1997-07-01"],
                 id="a-date-in-a-relative-clause-after-and-does-not-split-the-entry"),
    pytest.param("A bank falls\n\nWhat comes next\n\nOn Tuesday, parliament approved the rescue by 98 votes to 71, and on "
                 "Wednesday the shares resumed trading.\n", "2025-03-21", ["2025-03-18", "2025-03-19"],
                 id="a-dated-predicate-after-a-comma-and-is-an-event-of-its-own"),
    pytest.param("A bank falls\n\nThe bank was founded in 1907 and survived the crash of 2008.\n\nMonday, March 3: The "
                 "warning\n\nLosses are disclosed.\n\nWednesday, March 5: The run\n\nCustomers withdraw funds.\n",
                 "2025-03-21", ["2025-03-03", "2025-03-03", "2025-03-05", "2025-03-05"],
                 id="weekday-headings-after-a-background-year-fall-near-the-publication"),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_events_session6_phenomena(text: str, published: str | None, want: list, event_dates: Any) -> None:
    got = event_dates(text, published)
    assert got[-len(want):] == want
