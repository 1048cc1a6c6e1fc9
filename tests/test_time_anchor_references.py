"""Anchoring phenomena of chronologies and narratives, each with invented examples: pairs of days
sharing a month, the weekend named by its days, weekdays counted from the previous event, parts of
the context month, months placed in 'that year', dates with an era or a part of the day."""

from __future__ import annotations

from datetime import date

import pytest

from keydates.time import Reference, find, resolve, tag


def _one(text: str, published: str | None = None, extent: str | None = None):
    found = tag(text, published)
    if extent is not None:
        found = [e for e in found if e.text == extent]
    assert found, [e.text for e in tag(text, published)]
    return found[-1]


@pytest.mark.parametrize(
    ("text", "published", "extent", "value", "end"),
    [
        ("Elections were held on 12 and 29 March.", "2021-05-01", "12 and 29 March",
         "2021-03-12", "2021-03-29"),
        ("Flooding hit the delta between 3 and 9 October.", "1998-11-02", "3 and 9 October",
         "1998-10-03", "1998-10-09"),
        ("In 2020 and 2021 the festival was cancelled.", None, "2020 and 2021", "2020", "2021"),
        ("In April and June 1955 the army cleared the sects.", None, "April and June 1955",
         "1955-04", "1955-06"),
        ("Crowds gathered over the weekend of 17-18 April.", "2021-05-01",
         "the weekend of 17-18 April", "2021-04-17", "2021-04-18"),
        ("Crowds gathered over the weekend of May 13-14, 2017.", None,
         "the weekend of May 13-14, 2017", "2017-05-13", "2017-05-14"),
    ],
)
def test_anchor_pairs_and_weekends_are_explicit_ranges(text, published, extent, value, end) -> None:
    e = _one(text, published, extent)
    assert (e.value, e.range_end) == (value, end)


def test_anchor_pair_resolved_against_a_reference_keeps_both_days() -> None:
    te = resolve(find("Elections were held on 12 and 29 March.")[0],
                 Reference(previous="2021-02-20", previous_kind="previous_event", direction=1))
    assert (te.value, te.range_end, te.anchor.kind) == ("2021-03-12", "2021-03-29",
                                                        "previous_event")


@pytest.mark.parametrize(
    ("previous", "text", "value"),
    [
        ("2021-03-03", "The following Monday, police cleared the square.", "2021-03-08"),
        ("2021-03-08", "The next Monday, police cleared the square.", "2021-03-15"),  # strictly after
        ("1989-10-27", "Prices were down from the previous Friday.", "1989-10-20"),
        ("2010-03-03", "The preceding Sunday, the king had met him.", "2010-02-28"),
    ],
)
def test_anchor_weekday_counted_from_the_previous_event(previous: str, text: str, value: str) -> None:
    te = resolve(find(text)[0], Reference(published=date(2022, 1, 5), previous=previous,
                                          previous_kind="previous_event"))
    assert (te.value, te.anchor.kind) == (value, "previous_event")


def test_anchor_bare_weekday_still_counts_from_publication() -> None:
    te = resolve(find("On Monday, police cleared the square.")[0],
                 Reference(published=date(2021, 5, 5), previous="2021-03-03"))
    assert (te.value, te.anchor.kind) == ("2021-05-03", "publication")


@pytest.mark.parametrize(
    ("text", "extent", "value", "mod"),
    [
        ("In March 2003 troops massed. Early in the month, the oil fields burned.",
         "Early in the month", "2003-03", "START"),
        ("In March 2003 troops massed. In the middle of the month, they crossed.",
         "the middle of the month", "2003-03", "MID"),
        ("In March 2003 troops massed. At the end of the month, Baghdad was near.",
         "the end of the month", "2003-03", "END"),
        ("The strike began in June 1984. By mid-month, the pits were shut.", "mid-month",
         "1984-06", "MID"),
    ],
)
def test_anchor_part_of_the_context_month(text: str, extent: str, value: str, mod: str) -> None:
    e = _one(text, "2021-01-01", extent)
    assert (e.value, e.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("After the Carnation Revolution of April 1974, the colonies became independent.",
         "April 1974", "1974-04"),
        ("The front was stalemated by 1940. In August of that year, an offensive began.",
         "August of that year", "1940-08"),
        ("On the night of 20 June 1791 the royal family fled.", "the night of 20 June 1791",
         "1791-06-20TNI"),
        ("Having crossed in April 480 BC, the army marched on.", "April 480 BC", "BC0480-04"),
        ("Attacks fell in the latter half of 2008.", "the latter half of 2008", "2008-H2"),
    ],
)
def test_anchor_explicit_dates_in_narratives(text: str, extent: str, value: str) -> None:
    assert _one(text, "2009-12-19", extent).value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # a look back ("the previous year") does not move the story
        ("The siege ended on 2 January 1942. The gains of the previous year were lost. "
         "In March, a new offensive began.", "March", "1942-03"),
        # "by" a date ahead of the story moves it there
        ("The city was taken in May 1943. By the end of March 1944, the islands had fallen. "
         "In April, the Allies landed.", "April", "1944-04"),
    ],
)
def test_anchor_story_time_in_narratives(text: str, extent: str, value: str) -> None:
    assert _one(text, "2009-12-19", extent).value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # a date in brackets, as a modifier or in a name is said in passing
        ("On 2 June 1793 the deputies were arrested; the Civil Constitution of the Clergy "
         "(1790) was kept. On 17 August, conscription was voted.", "17 August", "1793-08-17"),
        ("On 2 June 1793 the deputies were arrested by veterans of the August 1792 uprising. "
         "On 24 June, a constitution was adopted.", "24 June", "1793-06-24"),
        # an excursion the text comes straight back from does not move the story
        ("Baghdad fell on 9 April 2003. In November 2008, the statue became a symbol. On "
         "April 15, the invasion was declared over; on 21 April 2003 the authority was set up.",
         "April 15", "2003-04-15"),
        # the end point of an "until" phrase is not a step of the story
        ("On 20 October 1944 Belgrade was freed; a siege lasted until the fall of Budapest in "
         "February 1945. By the start of November, the front had moved.", "the start of November",
         "1944-11"),
        # a prospect ("planned for 1976") is not a step of the story
        ("On 10 March 1975 the offensive began, a year earlier than the campaign that was "
         "planned for 1976. On 11 March, the line collapsed.", "11 March", "1975-03-11"),
    ],
)
def test_anchor_asides_do_not_move_the_story(text: str, extent: str, value: str) -> None:
    assert _one(text, "2009-12-19", extent).value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Themistocles rose to power in 490 BC and in the following decade led Athens.",
         "the following decade", "BC048X"),
        ("The war began in 2004. Another major event of this year was the trial.", "this year",
         "2004"),
        ("Rallies ran from the 13th to the 19th of October 1950 nationwide.",
         "the 13th to the 19th of October 1950", "1950-10-13"),
    ],
)
def test_anchor_story_relative_units(text: str, extent: str, value: str) -> None:
    assert _one(text, "2009-12-19", extent).value == value


def test_anchor_reported_speech_in_a_narrative_counts_from_the_speaker() -> None:
    text = ("On 21 April 1975 Thieu resigned. He said he had been tricked into signing the "
            "agreement two years ago. On 25 April, he left for Taiwan.")
    v = {e.text: e.value for e in tag(text, "2009-12-19")}
    assert v["two years ago"] == "1973" and v["25 April"] == "1975-04-25"


@pytest.mark.parametrize(
    ("text", "published", "extent", "value"),
    [
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
         "1998-08-08", "about 10:35 a.m.", "1998-08-07T10:35"),
        ("At 5:34 AM Baghdad time on March 20, 2003 the invasion began.", "2009-12-19",
         "5:34 AM", "2003-03-20T05:34"),
        ("The doctor died on Oct. 23, 1998 in his home. He was shot at 10 p.m. in his kitchen.",
         "1999-04-19", "10 p.m.", "1998-10-23T22:00"),
    ],
)
def test_anchor_clock_time_takes_the_day_named_with_it(text, published, extent, value) -> None:
    assert _one(text, published, extent).value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Carthage fell in 146 BC. The tale of the salted ground was invented in the nineteenth "
         "century.", "the nineteenth century", "18XX"),
        ("Dates are BC.\n2600: the pyramids rise.\nIn the 7th century the city fell.",
         "the 7th century", "BC06XX"),
    ],
)
def test_anchor_modern_centuries_are_not_carried_into_bc(text: str, extent: str, value: str) -> None:
    assert _one(text, None, extent).value == value
