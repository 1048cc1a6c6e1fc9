"""Events: phenomena met in the blind sets of session 5, on texts of our own (dates frozen)."""

from __future__ import annotations

import pytest

from keydates.events import extract


def _dates(text: str, published: str | None = None) -> list[tuple]:
    tl = extract(text, published=published)
    return [(e.date.value, e.date.mod, e.date.range_end) for e in tl.events]


CASES = [
    pytest.param("A village history\n\n**The nineteenth century.** The mill was built in 1820 by the Hallam "
                 "family.\n\n**The twentieth century.** The village hall opened in 1921 as a memorial.\n\n"
                 "**1960s.** The school closed in 1964.\n\n**1990s.** The firm, founded in 1907, grew fast.\n",
                 None, [("1820", None, None), ("1921", None, None), ("1964", None, None), ("199X", None, None)],
                 id="a-year-inside-a-decade-or-century-label-dates-the-entry"),
    pytest.param("A parish\n\nThe hall opened in 1921. During the Second World War (1939-45) evacuees were "
                 "billeted here.\n\nIn the Great Depression (1929-39) the mill shut.\n", None,
                 [("1921", None, None), ("1939", None, "1945"), ("1929", None, "1939")],
                 id="the-dates-of-a-named-period-the-clause-opens-with"),
    pytest.param("The plague year\n\n## Summer 1348\n\nA ship docked at Melcombe in June.\n\n## Winter 1348–49\n\n"
                 "The pestilence was in London by early November. Burial pits were dug.\n", None,
                 ["1348-06", "1348-11"], id="a-yearless-by-date-under-a-dated-heading-makes-it-finer"),
    pytest.param("The long read\n\nIn the spring, the bank had reported record profits.\n\nFew paid attention to its "
                 "loans, which had grown steadily since 2019.\n\nThursday, October 1\nA short-seller published a "
                 "report.\n", "2026-11-12", ["2026-SP", "2019", "2026-10-01"],
                 id="a-pluperfect-state-since-an-earlier-year-is-a-flashback"),
    pytest.param("Ancient Egypt: a chronology\n\nAll dates below are BC unless marked AD.\n\nc. 3100 BC Upper and "
                 "Lower Egypt are unified.\n\n2686-2181 The Old Kingdom.\n\n1274 Ramesses II fights at Kadesh.\n\n"
                 "525 The Persian king conquers Egypt.\n\n30 Cleopatra VII dies.\n", None,
                 [("BC3100", "APPROX", None), ("BC2686", None, "BC2181"), ("BC1274", None, None),
                  ("BC0525", None, None), ("BC0030", None, None)],
                 id="dates-set-off-by-a-single-space-in-a-list-are-labels"),
    pytest.param("Storm report\n\n30 people were hurt when the roof fell in 2019.\n\n12 Homes were flooded in "
                 "March 2020.\n", None, ["2019", "2020-03"],
                 id="a-number-opening-a-few-paragraphs-is-no-label"),
    pytest.param("THE WEEK IN REVIEW\n\nMONDAY\nThe bank held its rate, the fourth hold since it last cut in June.\n"
                 "Shares in a carmaker fell 12%.\n\nTUESDAY\nParliament passed the housing bill.\n", "2026-11-22",
                 ["2026-11-16", "2026-11-16", "2026-11-17"],
                 id="a-coarser-date-in-a-row-does-not-refine-its-weekday-heading"),
    pytest.param("Classical Greece, 500–300 BC: A Chronology\n\nFIFTH CENTURY\n\n490: Marathon.\n478/477: The "
                 "Delian League is formed.\nMid-century: Pericles leads Athens.\n\nFOURTH CENTURY\n\nIn the early 320s: "
                 "Alexander campaigns in India.\n", None, ["BC0490", "BC0478", "BC04XX", "BC032X"],
                 id="a-title-span-wholly-bc-states-the-era"),
    pytest.param("Ancient Egypt\n\n1550 – Ahmose expels the Hyksos.\n\nNote: All dates are BC.\n", None, ["BC1550"],
                 id="an-era-note-below-the-list-states-the-era"),
    pytest.param("Egypt\n\nAll dates are BC unless stated otherwise.\n\n1323 – Tutankhamun dies; his tomb would be "
                 "found in AD 1922.\n1274 – Ramesses II fights at Kadesh.\n", None, ["BC1323", "1922", "BC1274"],
                 id="an-ad-date-in-a-later-clause-leaves-the-list-in-bc"),
    pytest.param("STORM LOG\n\n08/25/2005 (Thu): The storm reaches Florida.\n\n08/29 (Mon): Landfall near Buras.\n\n"
                 "09/01: The convention center fills.\n\n09/02: A convoy arrives.\n", None,
                 ["2005-08-25", "2005-08-29", "2005-09-01", "2005-09-02"],
                 id="yearless-numeric-labels-follow-the-documents-month-first-order"),
    pytest.param("Timeline of the deal\n\nJanuary 15, 2019 - Parliament rejects the deal.\n\nIn the weeks that followed, "
                 "MPs voted it down twice more.\n\nMarch 3, 2019 - Talks resume.\n\nIn the days that followed, more talks "
                 "were held.\n", None, ["2019-01-15", "2019", "2019-03-03", "2019-03"],
                 id="a-vague-stretch-after-the-previous-event-keeps-the-granularity-it-allows"),
    pytest.param("LIVE\n\nLast updated: Saturday 18 January 2025, 16:52 GMT\n\n12:45 GMT\nNo trains are running.\n\n"
                 "10:30 GMT\nSchools will stay closed on Monday, the council has announced.\n\n11:05 GMT\nA man died after "
                 "a tree fell on his car.\n\n09:20 GMT\nThe storm made landfall yesterday afternoon.\n", "2025-01-18",
                 ["2025-01-18", "2025-01-18", "2025-01-18", "2025-01-17"],
                 id="clocks-a-little-out-of-order-in-a-live-page-are-the-same-day"),
    pytest.param("Profile\n\n8 December 2021 | Europe\n\nA chronology of key events:\n\n2018\nAnnounces in October that "
                 "she will not run again.\n\n2021\nHer party loses the September election. Olaf Scholz succeeds her in "
                 "December.\n", None, ["2018-10", "2021-09", "2021-12"],
                 id="a-month-naming-the-event-dates-its-sentence-and-a-later-dated-sentence-is-the-next-event"),
    pytest.param("Season diary: our 2025 autumn and spring\n\n## October\n\n4th – A contract extension is signed.\n\n18th-25th – Three games "
                 "in eight days.\n\n## March\n\n14th – The derby ends 1-1.\n", None,
                 [("2025-10-04", None, None), ("2025-10-18", None, "2025-10-25"), ("2026-03-14", None, None)],
                 id="ordinal-day-labels-under-month-headings"),
    pytest.param("Nine days in March\n\nSat 1 Apr 2023 07.00 BST\n\nTuesday 14 March\n\nThe gauge passed 3.2 metres.\n\n"
                 "Monday 20 March\n\nA footbridge was promised.\n\nA crossing that shaped a village\n\nThe bridge was "
                 "built in 1764. It was widened once, in 1911, for motor traffic.\n\nFriday 24 March\n\nThe prime "
                 "minister visited.\n", "2023-04-01", ["2023-03-14", "2023-03-20", "1764", "1911", "2023-03-24"],
                 id="a-day-heading-follows-the-previous-day-heading-not-a-background-year"),
    pytest.param("Estonia profile\n\n1918 February - Estonia declares independence on the 24th.\n\n1940 - Soviet troops "
                 "occupy the country in June; it is annexed in August.\n\n2018 - Announces in late October she will "
                 "go; the announcement came on 29 October.\n", None, ["1918-02-24", "1940-06", "1940-08", "2018-10"],
                 id="a-day-refines-a-month-label-and-a-semicolon-clause-with-another-month-is-the-next-event"),
    pytest.param("A university\n\n- 2019 – A library opens.\n- March 2020 – Teaching moves online; the campus reopens "
                 "in September.\n- 2021 – A president is appointed.\n", None, ["2019", "2020-03", "2020-09", "2021"],
                 id="a-semicolon-clause-with-another-month-under-a-month-label-is-the-next-event"),
    pytest.param("A crisis\n\n* April 2021 - The government bans fertiliser imports; the ban, reversed in November, "
                 "devastates the harvests.\n* May 2021 - Prices rise.\n", None, ["2021-04", "2021-05"],
                 id="a-month-in-a-side-remark-of-a-semicolon-clause-is-no-event"),
    pytest.param("Season\n\n## February\n\n- Saturday 10th: The match is abandoned; it is replayed on March 5.\n"
                 "- Tuesday 13th: A draw.\n", "2024-05-27", ["2024-02-10", "2024-02-13"],
                 id="a-later-date-in-a-semicolon-clause-under-a-day-label-is-a-follow-up-note"),
    pytest.param("Ancient Egypt\n\nAll dates BC.\n\nc. 3100 Upper and Lower Egypt are unified.\n2686-2181 The Old Kingdom.\n"
                 "c. 2560 The Great Pyramid is completed.\n664 The 26th Dynasty takes power at Sais.\n30 Cleopatra dies.\n",
                 None, ["BC3100", "BC2686", "BC2560", "BC0664", "BC0030"],
                 id="lines-of-one-block-opening-with-a-date-and-a-space-are-a-list"),
    pytest.param("LIVE: warehouse fire\n\nLast updated: Thursday 6 March 2025, 09:30 GMT\n\n09:10\nThe road is closed.\n\n"
                 "08:52\nFire crews were called at 23:40 on Wednesday after passers-by saw flames.\n", "2025-03-06",
                 ["2025-03-06", "2025-03-05"], id="a-live-post-naming-a-clock-time-on-a-past-weekday-reports-that-day"),
    pytest.param("The night the reactor burned\n\nBy Marta Kovalenko | The Long Read | 1 December 2016\n\nThirty years on, "
                 "the exclusion zone is quieter than ever. But the story is still being written.\n\nSaturday 26 April "
                 "1986, 01:23\n\nA safety test on reactor No 4 goes wrong.\n\nSunday 27 April\n\nResidents of Pripyat "
                 "are told to pack.\n", "2016-12-01", ["1986-04-26", "1986-04-27"],
                 id="a-dated-clock-line-after-the-standfirst-of-a-dated-page-heads-the-story"),
]


@pytest.mark.parametrize("text,published,want", CASES)
def test_events_session5_values(text: str, published: str | None, want: list) -> None:
    got = _dates(text, published)
    assert (got if want and isinstance(want[0], tuple) else [v for v, _, _ in got]) == want


def test_events_session5_live_post_goes_on_from_the_last_posts_day(tmp_path) -> None:
    """A live post's announced date ("Applications open on March 1.") is an event of its own but
    the next post is on the last post's day, not on that date."""
    page = tmp_path / "live.html"
    page.write_text(
        '<!DOCTYPE html><html><head><title>Storm live</title><meta property="article:published_time" '
        'content="2025-02-14T07:02:00+00:00"></head><body><h1>Storm live: flooding across the west</h1>'
        "<article><div class=\"post\"><time>16:40</time><p>That is where we will leave our live coverage for "
        "today.</p></div><div class=\"post\"><time>15:55</time><p>The Taoiseach has announced a humanitarian "
        "fund of 10 million euros for households and small businesses hit by flooding. Applications open on "
        "March 1.</p></div><div class=\"post\"><time>15:10</time><p>A man in his 60s has been taken to "
        "University Hospital after a wall collapsed in the city.</p></div></article></body></html>",
        encoding="utf-8")
    values = [e.date.value for e in extract(str(page)).events]
    assert values[-1] == "2025-02-14" and "2025-03-01" in values
