"""News that recalls background years stays news: year-less dates count from the publication
date, prospects ("bonds due 1999") are no story, and "the next morning" follows the day just
named. Invented examples, one per phenomenon."""

from __future__ import annotations

import pytest

from keydates.time import tag


def _value(text: str, published: str, extent: str) -> str:
    found = [e for e in tag(text, published=published) if e.text == extent]
    assert found, f"{extent!r} not found in {[e.text for e in tag(text, published=published)]}"
    return found[0].value


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        # years after the publication date are prospects (maturities, plans), not a story
        ("The company sold notes due 1996 and bonds due Oct. 15, 2001. The rights, which "
         "expire Dec. 4, can be exercised at once.", "1991-11-20", "Dec. 4", "1991-12-04"),
        ("The plan runs to 2030 and the targets for 2040 are unchanged. The agency said the "
         "first report was published in March.", "2021-06-10", "March", "2021-03"),
        # one or two background years in a story told around the publication date
        ("The minister resigned on Tuesday. The treaty, signed in 1979 and revised in 1994, "
         "was suspended in May after the border clashes.", "2005-07-14", "May", "2005-05"),
        ("Officials said last week that the suspect, wanted since the 1987 robbery, had been "
         "seen in February near the coast.", "1996-04-02", "February", "1996-02"),
        # a short story with no word of the days around publication is still a story
        ("The war began on September 1, 1939. In April, Germany invaded Denmark.",
         "2009-12-19", "April", "1939-04"),
        ("The war began in 2004. Another major event of this year was the trial.", "2009-12-19",
         "this year", "2004"),
    ],
)
def test_anchor_news_background_years_do_not_make_a_story(
        text: str, published: str, extent: str, value: str) -> None:
    assert _value(text, published, extent) == value


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        # a story told by years, then a day named deictically: "the next morning" follows it
        ("His sister arrived in 1966, his brother in 1979, his parents in 1983 and 1984. "
         "The family met a lawyer on the eve of last Tuesday's hearing, and the boy appeared "
         "in court the next morning.", "2000-02-24", "the next morning", "2000-02-23TMO"),
        ("Troops crossed in 1914, withdrew in 1916 and returned in 1918. The memorial opened "
         "last Friday, and the first visitors came the next day.", "2014-11-12", "the next day",
         "2014-11-08"),
    ],
)
def test_anchor_next_day_follows_the_day_just_named(
        text: str, published: str, extent: str, value: str) -> None:
    assert _value(text, published, extent) == value


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        # a comparison ("from a year earlier") is not the time the story is at
        ("Profit rose 20% in the third quarter from a year ago. Herbicide sales were "
         "delayed earlier in the year by heavy rains.", "1989-10-26", "earlier in the year",
         "1989"),
        ("Sales rose in the second quarter, up from a year ago. Prices were weak early in "
         "the year.", "2004-08-12", "early in the year", "2004"),
    ],
)
def test_anchor_comparisons_do_not_move_the_story(
        text: str, published: str, extent: str, value: str) -> None:
    assert _value(text, published, extent) == value
