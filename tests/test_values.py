"""Tests of TIMEX3 value arithmetic (keydates.time.values)."""

from __future__ import annotations

import pytest

from keydates.time import values


@pytest.mark.parametrize(
    ("value", "mod", "range_end", "expected"),
    [
        ("2019-12", "END", None, ("2019-12-21", "2019-12-31")),
        ("2003", None, "2011", ("2003-01-01", "2011-12-31")),
        ("BC0586", None, None, ("-0585-01-01", "-0585-12-31")),
        ("198X", None, None, ("1980-01-01", "1989-12-31")),
        ("19XX", None, None, ("1900-01-01", "1999-12-31")),
        ("2005-WI", None, None, ("2005-12-01", "2006-02-28")),
        ("2017-W19-WE", None, None, ("2017-05-13", "2017-05-14")),
        ("2010-Q3", None, None, ("2010-07-01", "2010-09-30")),
        ("2003-03-20", None, None, ("2003-03-20", "2003-03-20")),
        ("2019-10-01", "ON_OR_AFTER", None, ("2019-10-01", None)),
        ("2003", "BEFORE", None, (None, "2002-12-31")),
        ("2014-06", "START", None, ("2014-06-01", "2014-06-10")),
        ("XXXX-05-01", None, None, (None, None)),
        ("PRESENT_REF", None, None, (None, None)),
    ],
)
def test_values_bounds(value: str, mod: str | None, range_end: str | None, expected: tuple) -> None:
    assert values.bounds(value, mod, range_end) == expected


@pytest.mark.parametrize(
    ("value", "gran"),
    [("2003-W12", "week"), ("2017-W19-WE", "weekend"), ("2003", "year"), ("198X", "decade"),
     ("19XX", "century"), ("2005-SU", "season"), ("2010-Q3", "quarter"), ("2003-05", "month"),
     ("2003-05-01", "day"), ("2003-05-01T14:30", "time"), ("2003-05-01TEV", "partofday"),
     ("BC0586", "year"), ("P9Y", "none")],
)
def test_values_granularity(value: str, gran: str) -> None:
    assert values.granularity(value) == gran


@pytest.mark.parametrize(
    ("value", "type_", "ok"),
    [("2019-02-30", "DATE", False), ("2020-02-29", "DATE", True), ("2019-02-29", "DATE", False),
     ("P9Y", "DURATION", True), ("PT30M", "DURATION", True), ("XXXX-05-01", "DATE", True),
     ("2003-13", "DATE", False), ("BC0586", "DATE", True), ("PAST_REF", "DATE", True),
     ("P1Y", "SET", True), ("XXXX-XX-XX", "SET", True), ("nonsense", "DATE", False)],
)
def test_values_is_valid(value: str, type_: str, ok: bool) -> None:
    assert values.is_valid(value, type_) is ok


@pytest.mark.parametrize(
    ("value", "mod", "range_end", "short", "text"),
    [("2019-12", "END", None, True, "late Dec 2019"),
     ("2019-12", "END", None, False, "late December 2019"),
     ("BC3500", "APPROX", None, False, "c. 3500 BC"),
     ("2003", None, "2011", False, "2003–2011"),
     ("198X", None, None, False, "the 1980s"),
     (None, None, None, False, "undated")],
)
def test_values_humanize(value, mod, range_end, short, text) -> None:
    assert values.humanize(value, mod, range_end, short=short) == text


def test_values_sort_key_orders_bc_before_ad_and_partial_dates_sensibly() -> None:
    vals = ["2003-05-01", "BC0586", "2003", "2003-05", "1999"]
    ordered = sorted(vals, key=values.sort_key)
    assert ordered[0] == "BC0586" and ordered[1] == "1999"
    assert ordered.index("2003") < ordered.index("2003-05-01")
