"""Calendar cues that fix a year-less date: its weekday, a bare day of the month, a holiday."""

from __future__ import annotations

from datetime import date

import pytest

from keydates.time import find, resolve, tag
from keydates.time.anchor import Reference


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # 2023-11-07 and 2017-11-07 are Tuesdays; 2020-11-07 is not.
        ("On Tuesday 7 November the vote was held.", Reference(published=date(2024, 1, 10)),
         "2023-11-07"),
        ("On Tuesday 7 November the vote was held.", Reference(previous="2020-05-01"),
         "2017-11-07"),
        ("On Tuesday 7 November the vote was held.", Reference(previous="2020-05-01", direction=1),
         "2023-11-07"),
        ("On Tuesday 7 November the vote was held.",
         Reference(previous="2020-05-01", direction=-1), "2017-11-07"),
        # The weekday already matches the year the context gives: nothing moves.
        ("Thursday, October 25: talks resume.", Reference(previous="2001-10-01"), "2001-10-25"),
        # "Sat" without its period, before a day number; 2022-03-12 is a Saturday.
        ("Sat 12 March: the club won at home.", Reference(previous="2022-01-15", direction=1),
         "2022-03-12"),
        # A background year far from the publication: the weekday is matched in the year
        # before the publication (2025-03-03 is a Monday), not near 1907.
        ("Monday, March 3: the warning.", Reference(previous="1907", published=date(2025, 3, 21)),
         "2025-03-03"),
        # ... and in the year before it when the day is still ahead (2024-11-07 is a Thursday).
        ("Thursday 7 November: the vote.", Reference(previous="1931", published=date(2025, 2, 1)),
         "2024-11-07"),
        # No matching year within six years of the reference: the plain reading stays.
        ("On Friday 30 February nothing happened.", Reference(previous="2020-01-01"), None),
    ],
)
def test_time_anchor_weekday_picks_the_year(text: str, reference: Reference,
                                            value: str | None) -> None:
    mentions = [m for m in find(text) if m.partial is not None and m.partial.month]
    if value is None:
        assert mentions == []  # 30 February is not a date at all
        return
    assert resolve(mentions[0], reference).value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The fire started on the 4th and spread.", "2019-12-29", "2019-12-04"),
        ("The fire started on the 30th and spread.", "2019-12-29", "2019-11-30"),
        ("The vote will be held on the 4th.", "2019-12-29", "2020-01-04"),
        ("Talks opened on May 2, 2004 and collapsed on the 13th.", None, "2004-05-13"),
    ],
)
def test_time_anchor_bare_day_of_month(text: str, published: str | None, value: str) -> None:
    found = [e for e in tag(text, published) if e.text.endswith(("th", "st", "nd", "rd"))]
    assert found and found[-1].value == value


@pytest.mark.parametrize(("text", "value"), [("On the 4th, the army left.", "XXXX-XX-04"),
                                             ("It ended on the 21st.", "XXXX-XX-21")])
def test_time_anchor_bare_day_without_reference_keeps_its_day(text: str, value: str) -> None:
    assert [m.value for m in find(text)] == [value]
    assert [e.value for e in tag(text)] == [value]


@pytest.mark.parametrize(
    ("reference", "value"),
    [
        (Reference(previous="2019"), "2019-04-22"),
        (Reference(previous="2019-03-02"), "2019-04-22"),
        (Reference(published=date(2019, 6, 1)), "2019-04-22"),
        (Reference(previous="2016"), "2016-03-28"),  # Easter Monday in March
    ],
)
def test_time_anchor_easter_monday_takes_its_day(reference: Reference, value: str) -> None:
    (mention,) = find("The parade is held on Easter Monday.")
    assert mention.value == "XXXX-04"  # before anchoring: the month the holiday usually has
    assert resolve(mention, reference).value == value


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Johnson entered No 10 on 24 July.", "24 July"),  # the guard looks before the day
        ("Room 5 on 3 May was booked.", "3 May"),
    ],
)
def test_time_recognize_reject_before_looks_before_the_date(text: str, extent: str) -> None:
    assert [m.text for m in find(text)] == [extent]
