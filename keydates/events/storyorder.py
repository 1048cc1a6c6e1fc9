"""The order of a story: which year, week or day a date falls in given the story told so far.

A mixin of `context.Resolver`: the story's weekdays ("By dawn on Saturday" after "Friday 11
March"), the nearest year for a month outside a season heading, a step counted from a named event
("A week before the collapse"), vague steps ("weeks later"), a list's order for yearless dates
(ascending, descending, days out of order by a slip), BC spans with no era, coming weekdays with
their date, and the story's day after a background year told out of order. Each method reads the
resolver's state (`prev`, `published`, `direction`, `history`, ...) and returns an `EventDate` or
a context; none changes the state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from keydates.events.eventdates import (
    _as_date,
    _event_date,
    _from_expression,
    _inside,
    _with_year,
    _year_of,
)
from keydates.model import Anchor, EventDate
from keydates.time.values import interval, sort_key

_FUTURE_CUE = re.compile(r"\b(?:will|shall|won't|is to|are to|to be|scheduled|due|set to|expected|"
                         r"plans?|planned|going to|next|upcoming|coming)\b|'ll\b", re.IGNORECASE)


def _weekday_agrees(m: Any, ed: EventDate) -> bool:
    """The weekday written with the date confirms the year found ("Sunday 6 April" in 2025)."""
    p = getattr(m, "partial", None)
    if p is None or p.weekday is None or p.day is None or not ed.value \
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", ed.value):
        return False
    return date.fromisoformat(ed.value).isoweekday() == p.weekday


# words that tell a sentence from the writer's present, whose bare weekdays are the writer's week
_WRITERS_NOW = re.compile(r"\b(?:now|nowadays|these days|this week)\b(?![-‑])", re.IGNORECASE)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding `pos` starts."""
    return max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1


def _explicit_future(text: str, m: Any) -> bool:
    """The sentence around a weekday says it is ahead ("will be held on Thursday", "is due to
    meet on Friday"). A present verb alone is not enough in a chronology: "On Friday, the last
    soldiers leave" is the historical present of a reported event."""
    left = _sentence_start(text, m.start)
    right = min([i for i in (text.find(".", m.end), text.find("\n", m.end)) if i != -1] or [len(text)])
    return bool(_FUTURE_CUE.search(text[left:m.start] + " " + text[m.end:right]))


def _fronted_time(text: str, m: Any) -> bool:
    """The time opens its sentence ("On Friday, the last soldiers leave"): with a plain present
    verb that is a chronology's historical present; after the verb ("The board meets on Friday
    to set a date") a present tells a schedule."""
    left = _sentence_start(text, m.start)
    return bool(re.fullmatch(r"[\s\"“(*_]*(?:[-–—•*:]\s*)?(?:(?:on|by|last|this|early|late)\s+)?",
                             text[left:m.start], re.IGNORECASE)) or (m.start - left) <= 3


def _days_apart(a: str, b: str) -> int | None:
    """Days between two ISO days, or None."""
    da, db = _as_date(a[:10]), _as_date(b[:10])
    return abs((da - db).days) if da is not None and db is not None else None


class StoryOrder:
    """Story-order readings for `context.Resolver` (see the module doc)."""

    # state the resolver provides
    text: str
    published: date | None
    direction: int
    bc: bool
    prev: EventDate | None
    current: Any
    history: list[tuple[str, EventDate]]
    last_day_heading: EventDate | None
    heading_date: EventDate | None
    past_narration: bool
    new_theme: bool

    def _future_weekday_date(self, m: Any, ed: EventDate) -> EventDate:
        """A coming day named with its weekday ("Officials will hold a meeting on Thursday,
        June 22"): the first such date from the publication day on whose weekday agrees, not
        the year that fits the story's last background year; a weekday date that agrees only
        years ahead is not a coming day ("Round 1 (Saturday 10 February): The Kestrels open
        with a win" in an April review)."""
        p = getattr(m, "partial", None)
        if not getattr(m, "future", None) or self.published is None or p is None or p.weekday is None \
                or p.day is None or p.month is None or p.year is not None or not ed.value \
                or ed.granularity != "day" or (ed.earliest or "") >= self.published.isoformat():
            return ed
        h = self.heading_date
        if h is not None and h.value and _inside(ed, h):
            return ed  # "SEPTEMBER / The lanes open on Monday 16 September" in a year in review
        if _fronted_time(self.text, m) and _weekday_agrees(m, ed):
            # "On Monday 16 November Edward tells the Prime Minister that he intends to marry
            # her": a fronted day whose weekday fits the story's year is the story's day; the
            # future belongs to the clause after it
            return ed
        for year in range(self.published.year, self.published.year + 7):
            try:
                day = date(year, p.month, p.day)
            except ValueError:
                continue
            if day >= self.published and day.isoweekday() == p.weekday \
                    and (day - self.published).days <= 366:  # a coming day is named within the year
                value = day.isoformat()
                return replace(ed, value=value, earliest=value, latest=value,
                               anchor=Anchor("publication", self.published.isoformat()))
        return ed

    def _nearest_year(self, m: Any, h: EventDate) -> EventDate | None:
        """`m` resolved in the year before, of or after the heading `h`, whichever lies nearest
        to the heading's days (None when no year gives a date)."""
        from keydates.time import Reference

        lo, hi = _as_date(h.earliest), _as_date(h.latest)
        year = _year_of(h.value)
        if lo is None or hi is None or year is None or not year.isdigit():
            return None
        best: tuple[int, EventDate] | None = None
        for y in (int(year) - 1, int(year), int(year) + 1):
            te = self._resolve(m, Reference(published=self.published, previous=f"{y:04d}",
                                            previous_kind="header", bc=self.bc))
            ed = _from_expression(te, "context", self.published) if te is not None else None
            a, b = (_as_date(ed.earliest), _as_date(ed.latest)) if ed is not None and ed.value else (None, None)
            if a is None or b is None:
                continue
            gap = max((lo - b).days, (a - hi).days, 0)
            if best is None or gap < best[0]:
                best = (gap, replace(ed, anchor=Anchor("header", h.value)))
        return best[1] if best is not None else None

    def _story_weekday(self, m: Any) -> EventDate | None:
        """A bare weekday inside a story told day by day, far from the publication date, is a
        day of the story's week ("The river rose on Friday 11 March. | By dawn on Saturday, the
        fire service had rescued 63 people" in a report published in September): the first such
        day on or after the story's day (on or before it in a list told backwards)."""
        p = getattr(m, "partial", None)
        prev = self.prev
        draft = self.current
        if draft is None or draft.entry.label is not None or draft.entry.layout not in ("paragraph", "line"):
            return None  # a weekday heading or label heads the writer's own week
        h = self.heading_date
        if h is not None and h.anchor is not None and h.anchor.kind == "publication":
            return None  # under "This week: the report" the weekdays are the writer's
        if p is None or p.weekday is None or p.day is not None or p.unit is not None \
                or re.search(r"\b(?:last|next|this|coming|past|previous)\b", m.text, re.IGNORECASE) \
                or prev is None or not prev.value or prev.granularity != "day" \
                or not re.fullmatch(r"\d{4}-\d\d-\d\d", prev.value):
            return None
        base = date.fromisoformat(prev.value)
        if self.published is None or (self.published - base).days <= 31:
            return None  # the story is close to the writer's days: count from publication
        if self.new_theme and m.future is False \
                and not re.search(r"(?i)\b(?:the|by)\s+$", self.text[max(0, m.start - 5):m.start]):
            return None  # the first day named in the past tense under an undated topic heading
            # ("LAUNCH DAY / On Sunday night, engineers tested the last cameras"): the writer's
            # week; a story told in the historical present ("On Friday, the salvage firm
            # arrives") or "On the Monday" goes on from the story's day
        start = _sentence_start(self.text, m.start)
        end = self.text.find(".", m.end)
        if _WRITERS_NOW.search(self.text, start, end if end >= 0 else len(self.text)):
            return None  # "Mr Okafor, now 76, handed back his keys on Monday": the writer's week
        if self.direction < 0:
            day = base - timedelta(days=(base.isoweekday() - p.weekday) % 7)
        else:
            day = base + timedelta(days=(p.weekday - base.isoweekday()) % 7)
        return _event_date(day.isoformat(), None, None, "relative", Anchor("previous_event", prev.value))

    def _named_event(self, m: Any) -> tuple[str, str] | None:
        """The event a step names ("A week before the collapse"): the latest dated event whose
        text has that word ("The bridge collapsed on Oct. 7"), else None (the previous event)."""
        if m.rule != "step_from_event":
            return None
        noun = re.match(r"\s*(?:the|his|her|its|their|this|that)\s+([A-Za-z]{4,})", self.text[m.end:m.end + 40])
        if noun is None:
            return None
        stem = noun.group(1).lower()[:5]
        for text, ed in reversed(self.history):
            low = text.lower()
            for hit in re.finditer(rf"\b{re.escape(stem)}", low):
                # the event itself, not another step counted from it ("two days after the collapse")
                if not re.search(r"(?:after|before)\s+(?:the|his|her|its|their|this|that)\s+$",
                                 low[max(0, hit.start() - 20):hit.start()]) and ed.value:
                    return ed.value, "previous_event"
        return None

    def _antecedent(self, m: Any) -> tuple[str, str] | None:
        """The year an anaphoric "that summer" / "that October" points back to when its own
        sentence names one before it, even as a modifier that dates nothing by itself: "Her
        2022 season was uneven: that summer she fell" is summer 2022, whatever the previous
        event was."""
        p = getattr(m, "partial", None)
        if p is None or (p.season is None and p.month is None) or p.offset is not None \
                or not re.match(r"(?i)that\b", m.text):
            return None
        for prior in reversed(self.mentions_within(_sentence_start(self.text, m.start), m.start)):
            q = getattr(prior, "partial", None)
            if q is not None and q.year is not None and prior.relative_to is None \
                    and (prior.value or "")[:4].isdigit():
                return prior.value[:4], "previous_event"
        return None

    def _vague_step(self, m: Any, ctx: tuple[str, str]) -> EventDate | None:
        """A step of unknown size from the previous event ("A few weeks later", "some days
        after") happened after it at the granularity the step allows: the same month for days,
        the same year for weeks and months."""
        p = getattr(m, "partial", None)
        if p is None or p.offset is not None or p.unit not in ("day", "week", "month"):
            return None
        value = ctx[0]
        keep = 7 if p.unit == "day" and re.match(r"(?:BC)?\d{4}-\d\d", value) else 4
        if value.startswith("BC"):
            keep += 2
        base = value[:keep]
        if interval(base) is None:
            return None
        ed = _event_date(base, None, None, "relative", Anchor("previous_event", value))
        return ed

    def _future_span_is_bc(self, m: Any, ed: EventDate) -> EventDate:
        """In a list whose era is BC, a year, decade or century with no era of its own that
        would lie in the future is BC ("mid-2500s — The great sarsen circle ..." is BC25XX,
        "2055 - Mentuhotep II reunites the country" BC2055); a past one ("the 1990s
        excavations") stays AD."""
        value = ed.value or ""
        p = getattr(m, "partial", None)
        if not self.bc or not re.fullmatch(r"\d{4}|\d{2}XX|\d{3}X|\dXXX", value) or \
                (p is not None and p.era_stated):
            return ed
        now = self.published.year if self.published is not None else 2100  # no clock reads
        if int(value.replace("X", "0")) <= now:
            return ed
        rng = ed.range_end if not ed.range_end or ed.range_end.startswith("BC") else "BC" + ed.range_end
        return _event_date("BC" + value, ed.mod, rng, ed.basis, ed.anchor)

    def _list_order(self, m: Any, ed: EventDate, ctx: tuple[str, str] | None) -> EventDate:
        """Keep a yearless date in the list's order, and a chronology's weekdays in the past.

        - ascending list: "Dec. 30, 1998" then "Jan. 2" is 1999-01-02, even when the nearest
          Jan. 2 is the one before (the list moves forward); descending list: the mirror;
        - a weekday counted from the publication date ("On Friday, ...") in a chronology of
          reported events is the last such day, not the next, unless the verb is future.
        """
        p = getattr(m, "partial", None)
        if ed.value is None or p is None or not re.match(r"\d{4}-", ed.value):
            return ed
        year = int(ed.value[:4])
        if ctx is not None and ctx[1] == "previous_event" and p.year is None and p.unit is None \
                and m.relative_to is None and p.has_calendar_field and self.direction \
                and self.prev is not None and self.prev.value \
                and re.match(r"\d{4}", self.prev.value):
            # wholly before (after) the previous event; a month holding it is not ("March"
            # after 20 March is that March)
            before = sort_key(ed.value)[2] < sort_key(self.prev.value)[1]
            after = sort_key(ed.value)[1] > sort_key(self.prev.value)[2]
            shift = 1 if self.direction > 0 and before else -1 if self.direction < 0 and after else 0
            if not shift and self.direction:
                # the nearest such month beyond the previous event is a year off when one
                # holds it: "20 to 22 March" then "in the last week of March" is that March
                back = _with_year(ed.value, year - self.direction)
                b = sort_key(back)
                if b[1] <= sort_key(self.prev.value)[1] and sort_key(self.prev.value)[2] <= b[2]:
                    shift = -self.direction
            if shift and self.heading_date is not None and _inside(ed, self.heading_date):
                shift = 0  # a year heading pins the year: months may run either way under it
            if shift and _weekday_agrees(m, ed):
                shift = 0  # "Saturday 16 March" fits 2024 only: the weekday settles the year
            if shift and ed.granularity == "day" and self.prev.granularity == "day" \
                    and (gap := _days_apart(ed.value, self.prev.value)) is not None and gap < 8:
                shift = 0  # days less than a week out of order are a slip, not a year ("May 28-29" / "May 25")
            if shift:
                moved = _with_year(ed.value, year + shift)
                rng = _with_year(ed.range_end, int(ed.range_end[:4]) + shift) \
                    if ed.range_end and re.match(r"\d{4}-", ed.range_end) else ed.range_end
                return replace(_event_date(moved, ed.mod, rng, ed.basis, ed.anchor))
        if m.relative_to == "publication" and p.weekday is not None and p.day is None \
                and not (getattr(m, "future", None)
                         and (_explicit_future(self.text, m) or self.past_narration
                              or not _fronted_time(self.text, m))) \
                and self.published is not None \
                and ed.granularity == "day" and ed.value > self.published.isoformat():
            day = date.fromisoformat(ed.value) - timedelta(days=7)
            return _event_date(day.isoformat(), ed.mod, None, ed.basis, ed.anchor)
        return ed

    def _story_before_background(self, m: Any) -> tuple[str, str] | None:
        """A yearless day after a background year told out of order ("Two days later, Tiani
        declares himself head ... | Mr Bazoum was elected in 2021. | On 30 July, Ecowas gives
        the junta a week"): the day goes on from the story's last day, not from the background
        year, when that year lies years before it and the page is written from its publication."""
        p = getattr(m, "partial", None)
        prev = self.prev
        if p is None or p.day is None or p.month is None or prev is None or prev.granularity != "year" \
                or prev.basis != "explicit" or self.published is None or len(self.history) < 2 \
                or self.history[-1][1] is not prev:
            return None
        story = self.history[-2][1]
        if story.granularity != "day" or not story.value or not prev.value \
                or not story.value[:4].isdigit() or not prev.value[:4].isdigit() \
                or int(story.value[:4]) - int(prev.value[:4]) < 2 \
                or abs(self.published.year - int(story.value[:4])) > 1:
            return None
        return story.value, "previous_event"
