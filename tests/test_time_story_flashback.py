"""A narrative's time does not move back for a date told in the past perfect (a flashback):
"troops that had invaded Burma in late 1943" in a story of May 1944 is background."""

from __future__ import annotations

import pytest

from keydates.time import tag


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("In March 1951 the front moved north. In April 1951 the offensive began. In May 1951 "
         "the brigades that had crossed the river in late 1950 were relieved. By June, the line "
         "held.", "June", "1951-06"),
        ("The siege began in January 1871. In February 1871 the city surrendered; its walls had "
         "been rebuilt in 1845. In March, the assembly met.", "March", "1871-03"),
        # a past perfect after the story's time is not a flashback: the story moves on
        ("In March 1951 the front moved north. By 1952 the armies had dug in along the line in "
         "May 1952. In June, talks resumed.", "June", "1952-06"),
    ],
)
def test_time_story_flashback_in_past_perfect_does_not_move_the_story(
        text: str, extent: str, value: str) -> None:
    found = {e.text: e.value for e in tag(text, "2009-12-19")}
    assert found[extent] == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # "that year" names the year just said, even one said after "by" or "since"
        ("On May 11, 1941, the bombing stopped. In Asia, the war had stalemated by 1940. In "
         "August of that year, the communists attacked.", "August of that year", "1940-08"),
        ("On 3 June 1916 the offensive opened. The fleet had been idle since 1914; later that "
         "year it was refitted.", "later that year", "1914"),
    ],
)
def test_time_story_that_year_is_the_year_just_named(text: str, extent: str, value: str) -> None:
    found = {e.text: e.value for e in tag(text, "2009-12-19")}
    assert found[extent] == value


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        # a span of decades counted from a reference keeps the reference's granularity
        ("The new members just a decade ago were still under the Soviet umbrella.",
         "1999-03-12", "a decade ago", "1989"),
        ("In 490 BC the Persians returned to the island they had raided a decade earlier.",
         "2009-12-19", "a decade earlier", "BC0500"),
        # "the following decade" names a decade
        ("Themistocles rose to power in 490 BC and in the following decade led Athens.",
         "2009-12-19", "the following decade", "BC048X"),
    ],
)
def test_time_story_decades_counted_as_years(
        text: str, published: str, extent: str, value: str) -> None:
    found = {e.text: e.value for e in tag(text, published)}
    assert found[extent] == value


def test_time_story_a_compared_year_does_not_move_the_story() -> None:
    text = ("On 5 May 1789 the Estates met. The nobles required that the chambers be arranged "
            "as in 1614. On 17 June, the Third Estate declared itself an assembly.")
    found = {e.text: e.value for e in tag(text, "2009-12-19")}
    assert found["17 June"] == "1789-06-17"


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        # a year-less range across the year end: the end is placed first, the start a year before,
        # and the story goes on from the end
        ("Manila fell in January 1945 and Mindanao later that month. Chinese forces defeated "
         "the Japanese in Burma from October to March, then the British reached Rangoon by May 3.",
         "2009-12-19", "May 3", "1945-05-03"),
        ("Manila fell in March 1945. Chinese forces fought in Burma from October to March.",
         "2009-12-19", "October to March", "1944-10"),
        ("The drought lasted from November to February, the ministry said.", "2004-06-10",
         "November to February", "2003-11"),
    ],
)
def test_time_story_ranges_across_the_year_end(
        text: str, published: str, extent: str, value: str) -> None:
    found = {e.text: e.value for e in tag(text, published)}
    assert found[extent] == value
