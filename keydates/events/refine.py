"""Dates made finer or placed by a label: a year label refined by a yearless date in its entry,
quarters of a fiscal year, the day a clock-labelled post reports, and clock labels of live pages.

A mixin of `context.Resolver`: the methods read and update the resolver's state (the previous
event, the last clock seen, the fiscal year of the section).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from keydates.events.eventdates import _earlier_this, _event_date, _from_expression, _inside, _year_of
from keydates.model import Anchor, EventDate
from keydates.time.values import granularity, interval

# granularities from coarse to fine: a step finer than its heading's period falls inside it
_FINER = {"millennium": 1, "century": 2, "decade": 3, "year": 4, "half": 5, "season": 5, "quarter": 5,
          "month": 6, "week": 7, "weekend": 7, "day": 8}


_SLIP_MINUTES = 180  # clocks out of order by less than this are a slip, not a new day


# a season written across the turn of the year: "2019–20", "2015-16", "1984/85"
SEASON_SPAN = re.compile(r"\d{4}\s*[-–/]\s*\d{2}(?!\d)")


def season_year(span: EventDate, month: int) -> str | None:
    """The year of `month` in a span of two consecutive years (a season or school year "2019–20"):
    July to December in the first, January to June in the second; None for another span."""
    if not re.fullmatch(r"\d{4}", span.value or "") or not re.fullmatch(r"\d{4}", span.range_end or "") \
            or int(span.range_end or "0") != int(span.value or "0") + 1:
        return None
    return span.value if month >= 7 else span.range_end


class Refinements:
    """Label refinements of `context.Resolver` (see the module docstring)."""

    # state the resolver provides
    text: str
    published: date | None
    direction: int
    bc: bool
    prev: EventDate | None
    dated_since_heading: bool
    new_theme: bool
    last_clock: tuple[int, int] | None
    last_post_day: EventDate | None
    clock_direction: int
    fiscal_start: int | None
    fiscal_year: int | None

    if TYPE_CHECKING:
        def _context(self) -> tuple[str, str] | None: ...
        def _from_mention(self, m: Any) -> EventDate: ...
        def _resolve(self, m: Any, ref: Any) -> Any | None: ...

    def _refine(self, ed: EventDate, refiner: Any, cell: bool = False) -> EventDate:
        """A year label made finer by a yearless date in the entry: '1885: ... in July'."""
        from keydates.time import Reference

        base, kind = ed.value, "header"
        q = getattr(refiner, "partial", None)
        if q is not None and q.year is not None:
            # a year inside a decade or century label ("1960s: ... in 1964"): its own date
            fine = self._from_mention(refiner)
            return replace(fine, basis=ed.basis) if fine.value and _inside(fine, ed) else ed
        if q is not None and q.year is None and q.month is not None and refiner.relative_to is None \
                and (year := season_year(ed, q.month)) is not None:
            base = year  # "2019–20: ... in March" is March 2020
        if refiner.relative_to == "previous" and self.prev is not None and self.prev.value \
                and _inside(self.prev, ed):
            # a step inside the label's year counts from the previous event: "1820 – On 27
            # January, ..." then "1820 – Three days later, ..." is 30 January
            base, kind = self.prev.value, "previous_event"
        te = self._resolve(refiner, Reference(published=self.published, previous=base,
                                              previous_kind=kind, bc=self.bc))
        if te is None:
            return ed
        fine = _from_expression(te, ed.basis, self.published)
        if fine.value is None or _year_of(fine.value) != _year_of(base) \
                or _FINER.get(fine.granularity, 9) < _FINER.get(ed.granularity, 0) \
                or (cell and _FINER.get(ed.granularity, 0) >= _FINER["month"] and not _inside(fine, ed)):
            # a coarser date cannot make the label finer ("MONDAY" / "... in June"), nor a day
            # outside a month cell ("Late August 2019" / "... rules it unlawful on 24 September")
            return ed
        fine.evidence, fine.evidence_start, fine.evidence_end = (
            refiner.text, refiner.start, refiner.end)
        return fine

    def _fiscal_quarter(self, m: Any) -> EventDate | None:
        """A quarter label under a fiscal-year heading, as calendar months: with a July-June
        fiscal year, "Q3" under "FISCAL 2020" is January-March 2020 (2020-Q1)."""
        p = getattr(m, "partial", None)
        if m.rule != "label_quarter" or p is None or self.fiscal_start is None:
            return None
        fy = self.fiscal_year if p.year is None else None
        if fy is None:
            return None
        size = 3 if p.quarter is not None else 6
        index = (p.quarter or p.half or 1) - 1
        first = (self.fiscal_start - 1) + size * index  # months from January of the start year
        start_year = fy - 1 if self.fiscal_start > 1 else fy
        y, mo = start_year + first // 12, first % 12 + 1
        last = first + size - 1
        if size == 3 and (mo - 1) % 3 == 0:
            value, end = f"{y:04d}-Q{(mo - 1) // 3 + 1}", None
        elif size == 6 and mo in (1, 7):
            value, end = f"{y:04d}-H{1 if mo == 1 else 2}", None
        else:
            value = f"{y:04d}-{mo:02d}"
            end = f"{start_year + last // 12:04d}-{last % 12 + 1:02d}"
        if interval(value) is None:
            return None
        ed = _event_date(value, None, end, "context", Anchor("header", str(fy)))
        ed.evidence, ed.evidence_start, ed.evidence_end = m.text, m.start, m.end
        return ed

    def _post_day(self, ed: EventDate, refiner: Any) -> EventDate:
        """The day a clock-labelled post reports, counted from the post's own day
        ("06:30 – ... made landfall yesterday evening" is the day before the post)."""
        from keydates.time import Reference

        te = self._resolve(refiner, Reference(published=date.fromisoformat(ed.value or "")))
        if te is None:
            return ed
        day = _from_expression(te, "context", self.published)
        if day.value is None or not day.earliest or day.earliest[:1] == "-" \
                or day.earliest > (ed.value or "")[:10]:
            return ed  # not a time before the post: the post's own day stands
        day = _earlier_this(refiner, day)
        if day.value and "T" in day.value and day.earliest:
            # "at 23:40 on Wednesday" in a post: the day it names
            day = _event_date(day.earliest, None, None, day.basis, day.anchor)
        day.anchor = Anchor("previous_event", ed.value)
        day.evidence, day.evidence_start, day.evidence_end = refiner.text, refiner.start, refiner.end
        return day

    def _clock_date(self, m: Any, clock: tuple[int, int]) -> EventDate:
        """A clock label ('00:20 – ...') happens on the context's day; past midnight in an
        ascending live list ('23:40' then '00:20') it is the next day."""
        ctx = self._context()
        last = self.last_post_day if self.last_post_day is not None else self.prev
        if self.dated_since_heading and last is not None and last.value \
                and granularity(last.value) == "day":
            # the clock list goes on from its last post's day (not from a date a post announced:
            # "Applications open on March 1.")
            ctx = (last.value, "previous_event")
        day: str | None = ctx[0] if ctx and granularity(ctx[0]) == "day" else None
        kind = ctx[1] if ctx and day else "publication"
        if day is None and self.published is not None:
            day = self.published.isoformat()
        if day is None or day.startswith(("-", "BC")):
            return EventDate(value=None, basis="none", evidence=m.text,
                             evidence_start=m.start, evidence_end=m.end)
        order = self.clock_direction or self.direction
        # a clock a little out of order ("10:30" above "11:05" in a newest-first page) is the
        # writer's slip, not a day apart: midnight is crossed only by a jump of hours
        jump = abs((clock[0] * 60 + clock[1]) - (self.last_clock[0] * 60 + self.last_clock[1])) \
            if self.last_clock is not None else 0
        if self.last_clock is not None and clock < self.last_clock and order >= 0 and jump > _SLIP_MINUTES:
            day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
        elif self.last_clock is not None and clock > self.last_clock and order < 0 and jump > _SLIP_MINUTES \
                and self.prev is not None and self.prev.value == day:
            # newest first: a later clock below an earlier one is the day before (midnight)
            day = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        self.last_clock = clock
        ed = _event_date(day, None, None, "context" if kind != "publication" else "publication",
                         Anchor(kind, ctx[0] if ctx else day))  # type: ignore[arg-type]
        ed.evidence, ed.evidence_start, ed.evidence_end = m.text, m.start, m.end
        # the post's day is the context of the next post (and of undated paragraphs under it)
        self.prev = ed
        self.last_post_day = ed
        self.dated_since_heading = True
        self.new_theme = False
        return ed
