"""Event dates: building them from engine values, comparing and stepping them."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from keydates.events.signals import drops_start
from keydates.model import Anchor, EventDate
from keydates.time.values import bounds, granularity, interval, parse_iso_day

_CLOCK = re.compile(r"T.*$")


def _with_year(value: str, year: int) -> str:
    return f"{year:04d}{value[4:]}"


def _inside(inner: EventDate, outer: EventDate) -> bool:
    """The inner date lies within the days the outer one covers (a range heading included)."""
    if not (inner.earliest and outer.earliest and inner.latest and outer.latest):
        return False
    return (parse_iso_day(outer.earliest) <= parse_iso_day(inner.earliest)
            and parse_iso_day(inner.latest) <= parse_iso_day(outer.latest))


def _as_date(value: str | None) -> date | None:
    """The day an ISO day value names (AD years), else None."""
    if not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    try:
        return date(*parse_iso_day(value))
    except ValueError:
        return None


def _year_of(value: str | None) -> str | None:
    if not value:
        return None
    if value.startswith("BC"):
        return value[:6] if re.fullmatch(r"BC\d{4}", value[:6]) else value
    if re.fullmatch(r"\d{4}", value[:4]):
        return value[:4]
    return value if interval(value) is not None else None


def _from_expression(te: Any, basis: str, published: date | None) -> EventDate:
    value = te.value
    if value == "PRESENT_REF" and published is not None:
        value = published.isoformat()
    if value and (value[:1].isdigit() or value.startswith("BC")):
        value = _CLOCK.sub("", value)  # clock times are dropped: the day is the event's date
    range_end = _CLOCK.sub("", te.range_end) if te.range_end else None
    if not value or interval(value) is None:
        return EventDate(value=None, basis="none", anchor=te.anchor)
    return _event_date(value, te.mod, range_end, basis, te.anchor)


def _event_date(value: str, mod: str | None, range_end: str | None, basis: str,
                anchor: Anchor) -> EventDate:
    if range_end is not None and interval(range_end) is None:
        range_end = None
    earliest, latest = bounds(value, mod, range_end)
    if range_end is not None and earliest and latest and \
            parse_iso_day(earliest) > parse_iso_day(latest):
        # a range ending before it starts is a misreading ("on Nov. 5 to first-time candidate
        # X"): keep its start only
        range_end = None
        earliest, latest = bounds(value, mod, None)
    return EventDate(value=value, mod=mod, range_end=range_end, earliest=earliest, latest=latest,
                     granularity=granularity(value), basis=basis, anchor=anchor)  # type: ignore[arg-type]


def adds_no_time(current: EventDate, later: EventDate, mention: Any, published: date | None = None) -> bool:
    """A later clause of the same entry brings no time of its own, so it is a side remark of
    the entry's event rather than a new event:

    - its date cannot be resolved ("Radiocarbon dates put it several decades earlier.");
    - its date is coarser and contains the entry's date ("In January, deposits fell ... and
      the bank guided for a further decline in 2023"; "... the economy shrank last year");
    - its date lies wholly before the entry's, in another year, and is not counted from the
      entry ("On Friday, March 10, regulators closed the bank, the largest failure since
      Washington Mutual in 2008"): background, not a step of the chronology.
    - its date is the entry's own date ("... earlier that day");
    - it is an open bound after the publication date while the entry's date is not: a rule or
      deadline the entry states ("The council approves the ordinance. | It requires electric
      heating in buildings permitted after Jan. 1, 2028"), unlike a scheduled step ("The board
      meets on Friday").
    A relative step to another time ("The day before, ...", "a week earlier") is an event of
    its own.
    """
    if later.value is None:
        return True
    if mention is not None and getattr(mention, "value", None) == "PRESENT_REF":
        return True  # "The fire has now burned 12,400 acres": the state at the writer's now
    if (later.value, later.mod, later.range_end) == (current.value, current.mod, current.range_end):
        return True  # "Martial law had been declared earlier that day": the entry's own day
    if published is not None and current.latest and later.earliest and current.latest[:1] != "-" \
            and later.earliest[:1] != "-" and current.latest <= published.isoformat() < later.earliest \
            and later.mod in ("AFTER", "ON_OR_AFTER", "BEFORE", "ON_OR_BEFORE"):
        return True
    if current.value is None or not (current.earliest and later.earliest and later.latest):
        return False
    if mention is not None and getattr(mention, "relative_to", None) == "previous":
        return False
    c0, l0, l1 = (_day_number(d) for d in (current.earliest, later.earliest, later.latest))
    # the entry's own date without its modifier ("since March 2020" is March 2020)
    own = bounds(current.value, None, current.range_end)
    if own[0] and own[1] and later.mod in (None, "APPROX"):
        o0, o1 = _day_number(own[0]), _day_number(own[1])
        if l0 <= o0 and o1 <= l1 and (l1 - l0) > (o1 - o0):
            return True
    year_of = _year_of
    return (l1 < c0 and later.basis == "explicit"
            and year_of(later.value) != year_of(current.value))


def _earlier_this(m: Any, ed: EventDate) -> EventDate:
    """The event's date without the START "earlier this month" gets from the engine."""
    if ed.mod == "START" and drops_start(m):
        return _event_date(ed.value or "", None, ed.range_end, ed.basis, ed.anchor)
    return ed


def _day_number(day: str) -> int:
    """A day as a number that orders and roughly measures (31 days a month, 372 a year)."""
    y, m, d = parse_iso_day(day)
    return y * 372 + m * 31 + d
