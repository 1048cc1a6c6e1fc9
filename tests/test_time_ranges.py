"""Ranges written as two complete dates (keydates/time/ranges.py); dates frozen."""

from __future__ import annotations

import pytest

from keydates.time import tag

PUBLISHED = "2024-05-01"


@pytest.mark.parametrize(("text", "extent", "value", "mod", "range_end"), [
    pytest.param("From September 2003 to January 2004, Hubble collects light.",
                 "September 2003 to January 2004", "2003-09", None, "2004-01", id="from-month-year-to-month-year"),
    pytest.param("Between May 2003 and June 2004, it rained.", "May 2003 and June 2004", "2003-05", None,
                 "2004-06", id="between-and"),
    pytest.param("from 12 March 2003 to 4 April 2004 the border stayed shut", "12 March 2003 to 4 April 2004",
                 "2003-03-12", None, "2004-04-04", id="days-in-different-years"),
    pytest.param("Roads were closed from April to late May.", "April to late May", "2024-04", None, "2024-05",
                 id="an-end-with-its-own-modifier"),
    pytest.param("five games without a win from mid-February to early March", "mid-February to early March",
                 "2024-02", "MID", "2024-03", id="the-start-keeps-its-modifier"),
    pytest.param("from June 2003 until 2005 it rained", "June 2003 until 2005", "2003-06", None, "2005",
                 id="a-month-year-start-is-not-cut-to-its-year"),
    pytest.param("from spring 2003 to autumn 2004", "spring 2003 to autumn 2004", "2003-SP", None, "2004-FA",
                 id="seasons"),
    pytest.param("May 2003 – June 2004: the siege", "May 2003 – June 2004", "2003-05", None, "2004-06",
                 id="a-dash-between-two-dates-with-years"),
])
def test_time_ranges_two_dates_make_one_range(text: str, extent: str, value: str, mod: str | None,
                                              range_end: str) -> None:
    found = tag(text, PUBLISHED)
    assert [(e.text, e.value, e.mod, e.range_end) for e in found] == [(extent, value, mod, range_end)]


@pytest.mark.parametrize("text", [
    pytest.param("The vote was postponed from May 2024 to June 2024.", id="a-change-of-date-is-no-span"),
    pytest.param("Prices fell from January 2003 to March 2004 levels.", id="a-change-of-amount"),
    pytest.param("from March 2005 to January 2004", id="an-end-before-the-start"),
    pytest.param("from Monday to Wednesday", id="weekdays-count-from-the-publication-each"),
    pytest.param("In May 2003, and in June 2004, it rained.", id="no-connector"),
    pytest.param("Aug. 11, 2020 — Fiscal 2020 revenue comes in at $1.8 billion.", id="a-label-and-its-text"),
])
def test_time_ranges_not_joined(text: str) -> None:
    assert all(e.range_end is None for e in tag(text, PUBLISHED))


def test_time_ranges_timeml_keeps_two_timex() -> None:
    """TimeML marks each end of the range with its own TIMEX3 and modifier."""
    text = "five games without a win from mid-February to early March"
    found = tag(text, PUBLISHED, timeml=True)
    assert [(e.text, e.value, e.mod) for e in found] == [("mid-February", "2024-02", "MID"),
                                                         ("early March", "2024-03", "START")]
