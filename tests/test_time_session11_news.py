"""Session 11: news phenomena found by the two blind TimeML sets (issue #2), read through the
whole document pass (`tag`), each with invented examples: the period under discussion in
company results is not a forecast, winters are labelled by the year they begin, 'this
<weekday>' is the writer's week, 'the weekend' told ahead is the coming one, a day's part is
a TIME, and a game's quarters and halves are not the year's."""

from __future__ import annotations

import pytest

from keydates.time import tag


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.type, e.value) for e in tag(text, published=published, timeml=True)}


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        # a forecast for the current quarter does not become the period compared "a year ago"
        ("Norvale Corp. said its third-quarter profit fell and warned that sales would slip again "
         "in the current quarter. It earned $12 million, down from $20 million in the "
         "year-earlier period. Sales fell to $90 million from $110 million a year ago.",
         "2009-10-21", "the year-earlier period", "2008-Q3"),
        ("Norvale Corp. said its third-quarter profit fell and warned that sales would slip again "
         "in the current quarter. It earned $12 million, down from $20 million in the "
         "year-earlier period. Sales fell to $90 million from $110 million a year ago.",
         "2009-10-21", "a year ago", "2008-Q3"),
        # a winter spans two years and is labelled by the year it begins in
        ("Snowfall has been light this winter, the agency said.", "2011-02-09", "this winter",
         "2010-WI"),
        ("Snowfall was light last winter, the agency said.", "2011-02-09", "last winter",
         "2009-WI"),
        ("Heating bills will rise next winter, the agency said.", "2011-02-09", "next winter",
         "2011-WI"),
        ("Heating bills will rise this winter, the agency said.", "2011-10-12", "this winter",
         "2011-WI"),
        # "this <weekday>": the day of the writer's week
        ("This Sunday, the bakery celebrates its centenary.", "2012-05-16", "This Sunday",
         "2012-05-20"),
        # the weekend ahead or just past, by the tense
        ("Forecasters said the heat will last into the weekend.", "2014-07-08", "the weekend",
         "2014-W28-WE"),
        ("Two climbers were rescued over the weekend.", "2014-07-08", "the weekend",
         "2014-W27-WE"),
        # a clock time with no day of its own takes the day the paragraph just named
        ("The fair opens on Saturday, May 9, and runs until 4 p.m. Entry is free.", "2015-05-06",
         "4 p.m.", "2015-05-09T16:00"),
        # half-years of a report
        ("Revenue rose 6% in the first half, and the group expects the second half to be "
         "stronger.", "2014-08-01", "the second half", "2014-H2"),
    ],
)
def test_time_session11_news_value(text: str, published: str, extent: str, value: str) -> None:
    found = _found(text, published)
    assert extent in found, f"{extent!r} not in {list(found)}"
    assert found[extent][1] == value


@pytest.mark.parametrize(
    ("text", "published", "extent", "type_"),
    [
        ("Talks broke down on Friday night, a spokesman said.", "2013-03-11", "Friday night", "TIME"),
        ("We begin tonight in Madrid.", "2013-03-11", "tonight", "TIME"),
        ("Flooding is expected on Tuesday.", "2013-03-11", "Tuesday", "DATE"),
        ("The library opens on Saturday mornings.", "2013-03-11", "Saturday mornings", "SET"),
    ],
)
def test_time_session11_news_type(text: str, published: str, extent: str, type_: str) -> None:
    found = _found(text, published)
    assert extent in found, f"{extent!r} not in {list(found)}"
    assert found[extent][0] == type_


@pytest.mark.parametrize(
    "text",
    [
        "The Rams trailed 17-10 going into the fourth quarter before a late touchdown.",
        "Okafor scored twice in the second half as the visitors won 3-1.",
        "The hosts led at half-time and held on in the second half.",
    ],
)
def test_time_session11_game_periods_are_not_calendar_periods(text: str) -> None:
    assert [e.text for e in tag(text, published="2016-11-17")] == []


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # a clock time of a habit or a timetable is on no one day
        ("Pharmacies offer shots every day from 8 a.m. to 10 p.m., the agency said.", "10 p.m.", "XXXX-XX-XXT22:00"),
        ("Buses run every weekday from 6 a.m. to 9 a.m. on the new line.", "6 a.m.", "XXXX-XX-XXT06:00"),
        # a habit named in another sentence or inside a quotation does not make it one
        ("Every day counts. The ferry left at 10 p.m.", "10 p.m.", "2020-09-30T22:00"),
        ('"You lied every day," the judge said before the sentence at noon.', "noon", "2020-09-30T12:00"),
    ],
)
def test_time_session11_clock_times_of_a_timetable_have_no_day(text: str, extent: str, value: str) -> None:
    found = {e.text: e.value for e in tag(text, published="2020-09-30", timeml=True)}
    assert found[extent] == value
