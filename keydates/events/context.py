"""Context resolution: each event's date against an explicit reference, as a careful reader does.

Phenomena (each with examples in tests/test_events_context.py):
- a year carried from the previous event or from a date heading ("On May 1," after "2003");
- rollover in ascending lists ("Dec 31" then "Jan 1" is the next year), backward in descending
  lists ("May 1" after "May 9" ... "Oct. 2" after "Mar. 1, 2016" is 2015);
- a list ending at the publication date: the first yearless date is the latest such date not
  after publication; a forward rollover that would pass the publication date goes backward;
- the BC era stated once (in the lead, or on the first entry) carried down the list;
- "the next day", "two years later", "since that time" count from the previous event;
- weekdays, "today", "currently" count from the publication date; a weekday event moves the
  narrative reference ("On Friday, ... | The next day, ..."), a state at the writer's now
  ("currently", "now") does not: a list can mention "currently" and go on in its own order;
- an undated entry: a reaction or continuation ("In response, ...", "vows to avenge ...")
  takes the previous event's date; under a date heading it takes the heading's date; otherwise
  it keeps only the year of the context; right after a topic heading (a new theme) it gets
  no date rather than a blindly carried one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from keydates.events.clauses import new_sentence
from keydates.events.continuity import continues
from keydates.events.eventdates import (
    _as_date,
    _day_number,
    _earlier_this,
    _event_date,
    _from_expression,
    _inside,
    _with_year,
    _year_of,
)
from keydates.events.labels import clock_of
from keydates.events.signals import signal_mod
from keydates.model import Anchor, EventDate
from keydates.structure import Block
from keydates.structure.rules import layouts
from keydates.time.values import granularity, interval, sort_key

_BC_WORD = re.compile(r"\bB\.?C\.?(?:E\.?)?(?![\w])")
_FOLLOWING_WEEK = re.compile(r"(?:the\s+)?(?:following|next)\s+week\b", re.IGNORECASE)
_ERA_BC = re.compile(
    r"\b(?:all\s+)?(?:dates|years)\s+(?:(?:below|here|listed|shown|that follow|in this (?:list|timeline|table|section))\s+)?"
    r"(?:are\s+|given\s+)?(?:in\s+)?(?:BC|BCE|B\.C\.(?:E\.)?)"
    r"|\((?:all\s+dates\s+)?(?:BC|BCE|B\.C\.)\)|\b(?:BC|BCE)\s+unless\b|\bbefore\s+(?:Christ|the\s+common\s+era)\b")
_AD_HEADING = re.compile(r"(?:common era|anno domini|AD|CE|A\.D\.|C\.E\.)(?:\s*\(.*\))?\s*$|"
                         r".*\((?:(?:all )?dates?\b[^)]*\b)?(?:AD|CE|A\.D\.|C\.E\.)\)\s*$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\b(?:had|'d)\s+(?:not\s+|already\s+|never\s+|just\s+)?(?:been\s+)?"
                         r"[a-z]{3,}(?:ed|en|wn|ght|ung|ept|ade|one|ost|old|ent|id)\b", re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|won't|is to|are to|to be|scheduled|due|set to|expected|"
                         r"plans?|planned|going to|next|upcoming|coming)\b|'ll\b", re.IGNORECASE)


def _weekday_agrees(m: Any, ed: EventDate) -> bool:
    """The weekday written with the date confirms the year found ("Sunday 6 April" in 2025)."""
    p = getattr(m, "partial", None)
    if p is None or p.weekday is None or p.day is None or not ed.value \
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", ed.value):
        return False
    return date.fromisoformat(ed.value).isoweekday() == p.weekday


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


def era_stated_bc(text: str) -> bool:
    """The text states once that the list's years are BC: 'All dates are BC unless marked AD'."""
    return bool(_ERA_BC.search(text))


# granularities from coarse to fine: a step finer than its heading's period falls inside it
_FINER = {"millennium": 1, "century": 2, "decade": 3, "year": 4, "half": 5, "season": 5, "quarter": 5,
          "month": 6, "week": 7, "weekend": 7, "day": 8}


_SLIP_MINUTES = 180  # clocks out of order by less than this are a slip, not a new day


# words that count a time of day from the writer's day: "this morning", "tonight", "today"
_DEICTIC = re.compile(r"\b(?:this|today|tonight|yesterday|tomorrow|last|next)\b", re.IGNORECASE)


def _days_apart(a: str, b: str) -> int | None:
    """Days between two ISO days, or None."""
    da, db = _as_date(a[:10]), _as_date(b[:10])
    return abs((da - db).days) if da is not None and db is not None else None


class Resolver:
    """Walks headings and events in text order, keeping the reference of each."""

    def __init__(self, text: str, published: date | None, direction: int, bc: bool,
                 notes: list[str]) -> None:
        self.text = text
        self.published = published
        self.direction = direction
        self.bc = bc
        self.notes = notes
        self.prev: EventDate | None = None  # last event dated by its own expression
        self.before_heading: EventDate | None = None  # the last one before the current heading
        self.heading_date: EventDate | None = None
        self.dated_since_heading = False
        self.new_theme = False  # a topic heading with no date was just entered
        self.last_clock: tuple[int, int] | None = None  # clock of the previous clock label
        self.prev_text = ""  # text of the event that set `prev` (for continuations)
        self.prev_labelled = False  # that event's entry carried its own date label
        self.prev_entry: Block | None = None
        self.last_day_heading: EventDate | None = None  # the last heading naming a day or month
        self.last_post_day: EventDate | None = None  # the day of the last clock-labelled post
        # the entry dated just before, and whether it was an undated continuation of `prev`
        self.last_entry: Block | None = None
        self.last_continued = False
        self.continued = False
        self.clock_direction = 0  # order of clock-labelled posts (+1 forward, -1 newest first)
        self.fiscal_start: int | None = None  # first month of the fiscal year the text states
        self.fiscal_year: int | None = None  # the fiscal year a heading names ("FISCAL 2020")
        self.topic: set[str] = set()  # content words of the title (shared by every entry)
        self.anniversary: tuple[int, int] | None = None  # (month, day) of an "On this day" page
        # the entries are told in the past tense: a present verb is then the writer's now or a
        # schedule ("The board meets on Friday"), not a historical present
        self.past_narration = False
        self.history: list[tuple[str, EventDate]] = []  # dated events so far (text, date)
        self.current: Any | None = None  # the draft being dated (None while entering a heading)
        # an ascending list has reached the writer's days ("Yesterday: the campaign opened"):
        # the yearless dates after it may lie ahead (a calendar of scheduled steps)
        self.reached_now = False
        # the one year a title names ("Key dates in the 1982 Falklands War"): the context of
        # the first yearless entries when no heading or earlier entry gives one
        self.title_year: str | None = None
        # BC dates in a row that said "BC" themselves (an era stated once at the top, bc=True
        # from the start, is carried down instead)
        self.bc_marked = -99 if bc else 0
        # every time expression of the text between two offsets, distractors included
        self.mentions_within: Callable[[int, int], list[Any]] = lambda s, e: []

    def save(self) -> dict[str, Any]:
        """The context as it stands (to undo a tentative resolution)."""
        return dict(self.__dict__)

    def restore(self, saved: dict[str, Any]) -> None:
        """Back to a saved context (notes written meanwhile stay)."""
        notes = self.notes
        self.__dict__.update(saved)
        self.notes = notes

    # -- headings ------------------------------------------------------------------------
    def enter_heading(self, heading: Block, mention: Any | None) -> None:
        """A heading starts a section; a date heading becomes the section's reference."""
        self.before_heading = self.prev
        self.current = None
        self.dated_since_heading = False
        self.heading_date = None
        clock = clock_of(mention) if mention is not None and mention.rule == "label_clock" else None
        if clock is not None and clock[0] >= 0:
            # a clock heading of a live page: the post's day, past midnight the next (or, newest
            # first, the previous) day; the clock sequence runs on across headings
            ed = self._clock_date(mention, clock)
            if ed.value:
                self.heading_date = ed
                return
        self.last_clock = None
        self.fiscal_year = None
        fy = re.search(r"\b(?:fiscal(?: year)?|FY)\s*'?(\d{4})\b", heading.text, re.IGNORECASE)
        if fy:
            self.fiscal_year = int(fy.group(1))
        if era_stated_bc(heading.text) or heading.text.strip().upper() in ("BC", "BCE", "B.C."):
            self.bc = True
        elif _AD_HEADING.match(heading.text.strip(" #*_")):
            self.bc = False  # "## Common Era", "AD": the section after a BC one
        day_of_event = heading.layout == "numbered_day"  # "Day 2 (Tuesday)"
        if mention is not None and (heading.date_heading or day_of_event
                                    or self._heading_dates(heading, mention)):
            ed = self._next_weekday(mention) if day_of_event else None
            if ed is None:
                ed = self._heading_in_sequence(mention)
            if ed.value and getattr(getattr(mention, "partial", None), "era_stated", False):
                self.bc = ed.value.startswith("BC")  # "AD 9" as a heading or date cell turns the era
            if ed.value:
                self.heading_date = replace(ed, anchor=ed.anchor)
                self.new_theme = False
                if heading.date_heading or day_of_event:
                    self.prev = ed  # "-- OCT 2 --" after "-- JUL 3, 1998 --" is 1998
                    if ed.granularity in ("day", "month"):
                        self.last_day_heading = ed
                return
        self.new_theme = True

    def _heading_in_sequence(self, m: Any) -> EventDate:
        """A yearless day or month heading of a story told day by day or month by month ("Friday
        24 March", "APRIL") follows the previous such heading ("Monday 20 March", of 2023), not a
        background year told in the paragraphs between them ("It was widened once, in 1911")."""
        p = getattr(m, "partial", None)
        last = self.last_day_heading
        if last is None or p is None or p.year is not None or p.month is None \
                or self.prev is None or self.prev is last:
            return self._from_mention(m)
        saved = self.prev
        self.prev = last
        try:
            return self._from_mention(m)
        finally:
            self.prev = saved

    def _next_weekday(self, m: Any) -> EventDate | None:
        """A weekday heading of an event told day by day is the first such day after the
        previous one ("Day 1 (Monday, June 10)", then "Day 2 (Tuesday)" is June 11)."""
        p = getattr(m, "partial", None)
        if p is None or p.weekday is None or p.day is not None or self.prev is None \
                or not self.prev.value or self.prev.granularity != "day" \
                or not re.fullmatch(r"\d{4}-\d\d-\d\d", self.prev.value):
            return None
        base = date.fromisoformat(self.prev.value)
        step = (p.weekday - base.isoweekday()) % 7 or 7
        ed = _event_date((base + timedelta(days=step)).isoformat(), None, None, "relative",
                         Anchor("previous_event", self.prev.value))
        ed.evidence, ed.evidence_start, ed.evidence_end = m.text, m.start, m.end
        return ed

    @staticmethod
    def _heading_dates(heading: Block, mention: Any) -> bool:
        """A topic heading that names a year or period dates its section: 'The war (2003-2011)';
        so does a heading that is nothing but a period counted from the writer's day ('## This
        year', 'LAST WEEK')."""
        if mention.relative_to == "publication":
            # ... or leads a titled subheading like its dated siblings ("This morning: invasion"
            # after "21 February 2022: recognition")
            core = heading.text.strip(" #*_:.-–—").lower()
            said = (mention.text or "").strip().lower()
            return core == said or (bool(said) and core.startswith(said)
                                    and bool(re.match(r"\s*(?::|[-–—]\s)", core[len(said):])))
        if mention.relative_to is None and mention.needs_anchor and mention.text \
                and heading.text.lstrip(" #*_").startswith(mention.text):
            # a subheading led by a date without its year ("## 20 March: the overture",
            # "Thursday 15 April: the skies close"): the long read's day, year from context
            p = getattr(mention, "partial", None)
            return p is not None and p.month is not None
        return mention.relative_to is None and not mention.needs_anchor

    # -- events --------------------------------------------------------------------------
    def date_of(self, draft: Any) -> EventDate:
        """The date of one event draft; updates the context."""
        before = self.prev
        self.continued = False
        ed = self._date_of(draft)
        if draft.first_in_entry or self.last_entry is not draft.entry:
            self.last_continued = self.continued
        self.last_entry = draft.entry
        if self.prev is not before:
            self.prev_text = self.text[draft.start:draft.end]
            if self.prev is not None and self.prev.value:
                self.history.append((self.prev_text, self.prev))
            self.prev_entry = draft.entry
            self.prev_labelled = draft.entry.label is not None or draft.explicit_cell is not None
        return ed

    def _date_of(self, draft: Any) -> EventDate:
        if draft.mention is None and draft.explicit_cell is not None and self.heading_date is None \
                and draft.refiner is not None:
            # a date cell that reads as no date ("JULY AND AUGUST"): the row's own date dates it
            draft = replace(draft, mention=draft.refiner, refiner=None, explicit_cell=None)
        self.current = draft
        m = self._day_label(draft.mention)
        if m is not None:
            clock = clock_of(m)
            if clock is not None:
                ed = self._clock_date(m, clock)
                if draft.refiner is not None and ed.value and ed.granularity == "day":
                    ed = self._post_day(ed, draft.refiner)
                return ed
            self.last_clock = None
            p = getattr(m, "partial", None)
            era_stated = bool(getattr(p, "era_stated", False))
            if self.bc and self.bc_marked >= 2 and not era_stated and p is not None \
                    and (p.year is not None or p.century is not None or p.decade is not None):
                # a list that marks "BC" on every BC date ("c. 600 BC –", "240 BC –") leaves
                # its AD years bare: "c. 150 – Ptolemy ..." is AD 150, not 150 BC
                self.bc = False
            ed = self._fiscal_quarter(m) or self._from_mention(m)
            if ed.value is not None and draft.refiner is not None:
                ed = self._refine(ed, draft.refiner)
            if self.anniversary is not None and draft.first_in_entry:
                ed = self._on_this_day(ed)
            if ed.value is not None:
                if ed.value.startswith("BC"):
                    self.bc = True
                    # BC said on each date keeps the count; a bare year read as BC (an era
                    # stated once and carried down) ends it
                    marked = era_stated and bool(_BC_WORD.search(m.text or ""))
                    self.bc_marked = self.bc_marked + 1 if marked else -99
                elif ed.basis == "explicit" and era_stated and (draft.first_in_entry or not self.bc):
                    # an AD date of the entry itself turns the list's era; one in a later clause
                    # of a BC entry ("1323 – Tutankhamun dies; his tomb would be found in AD
                    # 1922.") looks ahead from it and leaves the list in BC
                    self.bc = False
                # every dated event moves the narrative reference ("On Friday, ... | The next
                # day, ..."), but a state at the writer's now ("currently", "now") does not
                narrative = (m.value or "") != "PRESENT_REF"
                if narrative and self._flashback(draft, ed):
                    narrative = False  # "A year earlier, the mill had closed": the story stays
                if narrative and self._prospect(m, ed):
                    narrative = False  # "Her successor will be elected in 2027.": not yet told
                h = self.heading_date
                if narrative and not draft.first_in_entry and h is not None and h.value \
                        and h.granularity in ("year", "month", "day") and not _inside(ed, h) \
                        and not new_sentence(self.text, draft.start):
                    # a second clause of a sentence reaching outside the heading's period ("###
                    # 2000 / March 10 – ...; it would not close that high again until 2015") is
                    # an aside (a new sentence with its own date moves the story: "Ground is
                    # broken on 2 November 2012.")
                    narrative = False
                if narrative:
                    self.prev = ed
                    self.dated_since_heading = True
                    self._note_now(ed)
                self.new_theme = False
                return ed
            # an expression that cannot be resolved (weekday without publication date)
            return ed
        return self._inherit(draft)

    def _day_label(self, m: Any) -> Any:
        """A bare number label under a month heading is a day of that month ("## March 2020" /
        "- 3: First case confirmed" is 2020-03-03), not the year 3."""
        p = getattr(m, "partial", None)
        h = self.heading_date
        if m is None or m.rule not in ("label_year", "list_label_year") or p is None or p.era_stated \
                or m.range_partial is not None \
                or not 1 <= (p.year or 0) <= 31 or h is None or h.granularity != "month" or self.bc:
            return m
        from keydates.time.model import Partial

        return replace(m, rule="label_day", partial=Partial(day=p.year))

    def _on_this_day(self, ed: EventDate) -> EventDate:
        """A year on an 'On this day: July 20' page is that day of the year ("1969 – Apollo 11
        lands" is 1969-07-20)."""
        if not ed.value or not re.fullmatch(r"(?:BC)?\d{4}", ed.value) or ed.range_end or \
                ed.mod not in (None, "APPROX") or self.anniversary is None:
            return ed
        month, day = self.anniversary
        if ed.value.startswith("BC"):
            if (month, day) == (2, 29):
                return ed
            value = f"{ed.value}-{month:02d}-{day:02d}"  # "44 BC" on the Ides: BC0044-03-15
        else:
            try:
                value = date(int(ed.value), month, day).isoformat()
            except ValueError:  # February 29 in a common year
                return ed
        out = _event_date(value, None, None, "context", Anchor("header", f"XXXX-{month:02d}-{day:02d}"))
        out.evidence, out.evidence_start, out.evidence_end = ed.evidence, ed.evidence_start, ed.evidence_end
        return out

    def _flashback(self, draft: Any, ed: EventDate) -> bool:
        """A past-perfect clause dated before the story's time is a flashback: it is an event,
        but the narrative reference stays where the story is ("That winter was the coldest. A
        year earlier, the mill had closed. The following year, ..." counts from the winter)."""
        # a state begun then and still going ("which had grown steadily since 2019") has no
        # end: its start is what lies before the story
        last = ed.latest or (ed.earliest if ed.mod in ("ON_OR_AFTER", "AFTER") else None)
        if self.prev is None or not (self.prev.earliest and last) \
                or (draft.entry.label is not None and draft.first_in_entry):
            return False
        if not _PLUPERFECT.search(self.text[draft.start:draft.end]):
            return False
        return _day_number(last) < _day_number(self.prev.earliest)

    def _prospect(self, m: Any, ed: EventDate) -> bool:
        """A stated date beyond the publication day in a sentence about the future ("Her
        successor will be elected in 2027"): an event of its own, but not where the story is."""
        from keydates.time.tense import tense

        if self.published is None or not ed.earliest or ed.earliest[:1] == "-" \
                or ed.earliest <= self.published.isoformat() or m.needs_anchor:
            return False
        label = getattr(getattr(self.current, "entry", None), "label", None)
        if label is not None and label[0] <= m.start < label[1]:
            return False  # a schedule's date label ("2025 | Spring (planned)"): the list goes on from it
        return bool(tense(self.text, m.start, m.end))

    def _future_weekday_date(self, m: Any, ed: EventDate) -> EventDate:
        """A coming day named with its weekday ("Officials will hold a meeting on Thursday,
        June 22"): the first such date from the publication day on whose weekday agrees, not
        the year that fits the story's last background year."""
        p = getattr(m, "partial", None)
        if not getattr(m, "future", None) or self.published is None or p is None or p.weekday is None \
                or p.day is None or p.month is None or p.year is not None or not ed.value \
                or ed.granularity != "day" or (ed.earliest or "") >= self.published.isoformat():
            return ed
        for year in range(self.published.year, self.published.year + 7):
            try:
                day = date(year, p.month, p.day)
            except ValueError:
                continue
            if day >= self.published and day.isoweekday() == p.weekday:
                value = day.isoformat()
                return replace(ed, value=value, earliest=value, latest=value,
                               anchor=Anchor("publication", self.published.isoformat()))
        return ed

    def _refine(self, ed: EventDate, refiner: Any, cell: bool = False) -> EventDate:
        """A year label made finer by a yearless date in the entry: '1885: ... in July'."""
        from keydates.time import Reference

        base, kind = ed.value, "header"
        q = getattr(refiner, "partial", None)
        if q is not None and q.year is not None:
            # a year inside a decade or century label ("1960s: ... in 1964"): its own date
            fine = self._from_mention(refiner)
            return replace(fine, basis=ed.basis) if fine.value and _inside(fine, ed) else ed
        if ed.range_end and re.fullmatch(r"\d{4}", ed.value or "") and re.fullmatch(r"\d{4}", ed.range_end) \
                and int(ed.range_end) == int(ed.value) + 1 and q is not None and q.year is None \
                and q.month is not None and q.month <= 6 and refiner.relative_to is None:
            # a season or school year across two years ("2019–20: ... in March"): its months
            # from January on fall in the second year
            base = ed.range_end
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

    def _inherit(self, draft: Any) -> EventDate:
        entry = draft.entry
        if draft.explicit_cell is not None and self.heading_date is not None:
            cell = draft.explicit_cell
            ed = replace(self.heading_date, evidence=self.text[cell.start:cell.end],
                         evidence_start=cell.start, evidence_end=cell.end)
            if draft.refiner is not None:
                ed = self._refine(ed, draft.refiner, cell=True)
            self.prev = ed  # a dated row: the next yearless cell counts from it
            self.dated_since_heading = True  # "... in June. | Five months later, ..." counts from June
            return ed
        body = self.text[entry.start:entry.end]
        first = body.split(". ")[0]
        lay = layouts()
        prev_entry = self.prev_entry
        heading = self.heading_date
        if heading is not None and self.dated_since_heading and self.prev is not None \
                and not _inside(self.prev, heading):
            heading = None  # a dated entry outside the heading's date closed its scope
        prev_in_section = self.prev is not None and self.prev.value is not None \
            and prev_entry is not None and prev_entry.section == entry.section and (
                heading is None or self.dated_since_heading)
        explicit_link = lay.continuation.search(first) or lay.same_time.search(body[:400])
        day_section = heading is not None and heading.granularity == "day"
        if (not explicit_link and lay.thematic.search(first)) \
                or (not day_section and lay.commentary.search(first)):
            return EventDate(value=None)  # "Egypt is home to 80 million people": no time
        # an unlabelled paragraph under a labelled line or bullet is more of that entry (a
        # sibling in the same layout is an entry of its own)
        sub_paragraph = self.prev_labelled and entry.label is None and prev_entry is not None \
            and entry.layout == "paragraph" and prev_entry.layout != "paragraph"
        # a table row whose date cell is empty goes on from the row above ("| | Later, ...")
        sub_paragraph = sub_paragraph or (entry.layout == "table" and prev_entry is not None
                                          and bool(re.match(r"\|\s*\||\t", body)))
        # an unlabelled sibling in a labelled list was left without a date by its writer: only
        # an explicit link ("the same day", "In response") ties it to the entry above
        sibling = self.prev_labelled and entry.label is None and prev_entry is not None \
            and entry.layout == prev_entry.layout and entry.layout != "paragraph"
        # a run of undated paragraphs after a dated one goes on with it ("The embankment gave
        # way on Monday ... | About 1,200 residents were moved ... | Two people were lifted ...")
        run = entry.layout == "paragraph" and self.last_continued and self.last_entry is not None \
            and self.last_entry.section == entry.section and self.last_entry.layout == "paragraph"
        if prev_in_section and self.prev is not None and (
                explicit_link or sub_paragraph or run
                or (not sibling and continues(first, self.prev_text, self.topic))):
            self.continued = True
            # a continuation happens at the date of what it continues, at the granularity
            # (and with the modifier) that date has: "In late 2018, ... | Hale told the trustee ..."
            return replace(self.prev, basis="context",
                           anchor=Anchor("previous_event", self.prev.value),
                           evidence=None, evidence_start=None, evidence_end=None)
        if heading is not None:
            return replace(self.heading_date, basis="context",
                           anchor=Anchor("header", self.heading_date.value),
                           evidence=None, evidence_start=None, evidence_end=None)
        if self.new_theme or self.prev is None:
            return EventDate(value=None)
        year = _year_of(self.prev.value)
        if year is None:
            return EventDate(value=None)
        return _event_date(year, None, None, "context", Anchor("previous_event", self.prev.value))

    # -- one expression --------------------------------------------------------------------
    def _context(self) -> tuple[str, str] | None:
        h = self.heading_date
        # a dated entry under the heading is the next one's context, inside the heading's
        # date or not (a bare "1991" line heads a few entries; "2004 - ..." leaves its scope)
        if h is not None and (not self.dated_since_heading or self.prev is None):
            return h.value or "", "header"
        if self.prev is not None and self.prev.value:
            return self.prev.value, "previous_event"
        if h is not None and h.value:
            return h.value, "header"
        if self.title_year is not None:
            return self.title_year, "header"  # "Key dates in the 1982 Falklands War"
        return None

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

    def _from_mention(self, m: Any) -> EventDate:
        from keydates.time import Reference

        evidence = dict(evidence=m.text, evidence_start=m.start, evidence_end=m.end)
        ctx: tuple[str, str] | None = None
        rel = m.relative_to
        value = m.value or ""
        h = self.heading_date
        pw = getattr(m, "partial", None)
        if rel == "publication" and pw is not None and pw.weekday is not None and pw.day is None \
                and pw.month is None and pw.unit is None and h is not None and h.granularity == "day" \
                and (lo := _as_date(h.earliest)) is not None and (hi := _as_date(h.latest)) is not None \
                and (hi - lo).days < 7:
            # the weekday of the day (or days) the heading names ("## 20 March" / "Late on a
            # Saturday night, ..."; "-- OCT 1-3 --" / "on Wednesday"): that day, not the one
            # before the article
            for k in range((hi - lo).days + 1):
                d = lo + timedelta(days=k)
                if d.isoweekday() == pw.weekday:
                    return replace(_event_date(d.isoformat(), None, None, "context", Anchor("header", h.value)),
                                   **evidence)
        if rel == "publication" and pw is not None and pw.unit == "day" and not pw.offset and pw.weekday is None \
                and (pw.part_of_day is not None or pw.hour is not None) and h is not None and h.granularity == "day" \
                and h.value and not _DEICTIC.search(m.text or "") and clock_of(m) is None:
            # a time of day with no day of its own ("By mid-morning the gauge read 4.2 metres")
            # under the heading of a day ("## Sunday 19 February"): that day, not the writer's
            return replace(h, basis="context", anchor=Anchor("header", h.value), mod=None, **evidence)
        if m.rule == "after_midnight" and h is not None and h.granularity == "day" and not self.dated_since_heading:
            # "Shortly after midnight, ..." opening the section of a day ("Sunday, 13 August
            # 1961"): the small hours of that day, not of the next
            return replace(h, basis="context", anchor=Anchor("header", h.value), mod=None, **evidence)
        if rel == "publication" and pw is not None and pw.unit == "weekend" and not pw.offset and h is not None \
                and h.granularity == "day" and (lo := _as_date(h.earliest)) is not None \
                and (hi := _as_date(h.latest)) is not None and (hi - lo).days < 7:
            # "Over the weekend" under a heading of the days it falls in ("## 17-19 April")
            for k in range((hi - lo).days + 1):
                d = lo + timedelta(days=k)
                if d.isoweekday() in (6, 7):
                    iso = d.isocalendar()
                    value = f"{iso[0]:04d}-W{iso[1]:02d}-WE"
                    return replace(_event_date(value, None, None, "context", Anchor("header", h.value)), **evidence)
        if rel == "publication" and (story := self._story_weekday(m)) is not None:
            story.evidence, story.evidence_start, story.evidence_end = m.text, m.start, m.end
            return story
        if rel == "publication" or value == "PRESENT_REF":
            if self.published is None:
                return EventDate(value=None, basis="none", **evidence)
            ref = Reference(published=self.published)
            basis = "publication"
        elif rel == "previous":
            ctx = self._named_event(m) or self._antecedent(m) or self._context()
            if ctx is not None and self.prev is not None and ctx[0] == self.prev.value and self.prev.range_end \
                    and pw is not None and (pw.offset or 0) > 0 and pw.unit in ("day", "week", "month", "year") \
                    and granularity(self.prev.range_end) == "day" == granularity(self.prev.value or ""):
                # a step forward from a span counts from its end: "18-20 February: ... | Two days
                # later, Yanukovych flees" is 22 February
                ctx = (self.prev.range_end, ctx[1])
            if ctx is None:
                return EventDate(value=None, basis="none", **evidence)
            ref = Reference(published=self.published, previous=ctx[0], previous_kind=ctx[1],
                            direction=self.direction, bc=self.bc)
            basis = "relative"
        elif m.needs_anchor:
            ctx = self._context()
            if ctx is not None and ctx[1] == "previous_event":
                ctx = self._story_before_background(m) or ctx
            if ctx is not None and ctx[1] == "previous_event" and self.prev is not None \
                    and self.prev.basis == "publication" and self.published is not None and pw is not None \
                    and pw.month is not None and pw.day is None and pw.year is None and self.heading_date is None:
                # an explainer told from the writer's day ("Last spring, a drought ... | In August,
                # farmers blocked the highway"): a month goes on from the writer's day too
                ctx = None
            if ctx is not None:
                ref = Reference(published=self.published, previous=ctx[0], previous_kind=ctx[1],
                                direction=self.direction, bc=self.bc)
                basis = "context"
            elif self.published is not None:
                ref = Reference(published=self.published, direction=-1, bc=self.bc)
                basis = "publication"
            else:
                return EventDate(value=None, basis="none", **evidence)
        else:
            ref = Reference(published=self.published, bc=self.bc)
            basis = "explicit"
        te = self._resolve(m, ref)
        if te is None:
            return EventDate(value=None, basis="none", **evidence)
        ed = _from_expression(te, basis, self.published)
        if ed.value is None and rel == "previous" and ctx is not None:
            ed = self._vague_step(m, ctx) or ed
        ed = self._future_span_is_bc(m, ed)
        h = self.heading_date
        if rel == "previous" and ctx is not None and ctx[1] == "header" and h is not None and h.value \
                and ed.value and not _inside(ed, h) and (last := self.before_heading) is not None \
                and last.value and _FINER.get(ed.granularity, 0) > _FINER.get(h.granularity, 9):
            # a step told from the last event, under the heading of the period it reaches
            # ("## 2014: ... 22 March" / "## 2015: The following spring I joined a club")
            te_p = self._resolve(m, Reference(published=self.published, previous=last.value,
                                              previous_kind="previous_event", direction=self.direction,
                                              bc=self.bc))
            if te_p is not None and (ed_p := _from_expression(te_p, basis, self.published)).value \
                    and _inside(ed_p, h):
                ed = replace(ed_p, anchor=Anchor("previous_event", last.value))
        if basis == "context" and ctx is not None and h is not None and h.value and ed.value \
                and h.granularity in ("year", "decade", "century", "month", "season", "quarter") \
                and not _inside(ed, h) and (ctx[1] == "header" or (
                    self.prev is not None and _inside(self.prev, h))):
            # a year (or month) heading pins the yearless dates under it, in any order
            # ("## 1998": "12 March", then "Early December" is 1998, not the December before;
            # "NOVEMBER" of a year in review: "on Nov. 5" is that November)
            te_h = self._resolve(m, Reference(published=self.published, previous=h.value,
                                              previous_kind="header", bc=self.bc))
            if te_h is not None:
                ed_h = _from_expression(te_h, basis, self.published)
                if ed_h.value and _inside(ed_h, h):
                    ed = ed_h
                elif h.granularity in ("season", "quarter") and (near := self._nearest_year(m, h)) is not None:
                    # a month just outside a season heading: the year that puts it next to the
                    # season ("## Winter 1348-49" / "in London by early November" is 1348)
                    ed = near
        p = getattr(m, "partial", None)
        if ctx is not None and p is not None and p.weekday is not None and p.day is not None \
                and p.year is None and ed.value and ctx[0][:4].isdigit() and ed.value[:4].isdigit() \
                and (abs(int(ed.value[:4]) - int(ctx[0][:4])) > 1
                     or ((d := _as_date(ed.value[:10])) is not None and d.isoweekday() != p.weekday)):
            # a weekday with its day ("Saturday August 8th") fits a few years; a year far from
            # the context's (2020 for a season of 2015) comes from reading the list's direction
            # too strictly: the fitting year nearest the context wins
            te0 = self._resolve(m, replace(ref, direction=0))
            if te0 is not None:
                ed0 = _from_expression(te0, basis, self.published)
                if ed0.value and ed0.value[:4].isdigit() and \
                        abs(int(ed0.value[:4]) - int(ctx[0][:4])) < abs(int(ed.value[:4]) - int(ctx[0][:4])):
                    ed = ed0
        ed = self._future_weekday_date(m, ed)
        ed = self._list_order(m, ed, ctx if basis in ("context", "relative") else None)
        ed = self._not_after_publication(m, ed, basis)
        if (basis == "context" and ed.value and self.published is not None and ed.earliest
                and ed.earliest[:1] != "-" and ed.earliest > self.published.isoformat()
                and not getattr(m, "future", None) and ref.direction != -1
                and (not self.reached_now or ed.earliest > (self.published + timedelta(days=183)).isoformat())
                and not _weekday_agrees(m, ed)):
            # a forward rollover past the publication date: the list ends there, go backward
            # (once the list has reached the writer's days, only the coming months lie ahead:
            # minutes of 13 February that list "received on 5 February" are not next year's)
            te2 = self._resolve(m, replace(ref, direction=-1))
            if te2 is not None:
                ed2 = _from_expression(te2, basis, self.published)
                if ed2.value and (ed2.earliest or "") <= self.published.isoformat():
                    ed = ed2
        if ed.value and ed.mod is None:
            label = getattr(getattr(self.current, "entry", None), "label", None)
            mod = signal_mod(self.text, m, ed.range_end is not None, label)
            if mod is not None:
                ed = _event_date(ed.value, mod, ed.range_end, ed.basis, ed.anchor)
        ed = _earlier_this(m, ed)
        if ed.granularity == "day" and ed.value and _FOLLOWING_WEEK.match(m.text):
            # "The following week, the council approves ...": a calendar week, not a day seven
            # days on (blind annotators agree; "a week later" stays the day)
            y, w, _ = date.fromisoformat(ed.value[:10]).isocalendar()
            ed = _event_date(f"{y:04d}-W{w:02d}", ed.mod, None, ed.basis, ed.anchor)
        ed.evidence, ed.evidence_start, ed.evidence_end = m.text, m.start, m.end
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

    def _note_now(self, ed: EventDate) -> None:
        if self.direction > 0 and self.published is not None and ed.granularity == "day" \
                and ed.value and re.fullmatch(r"\d{4}-\d\d-\d\d", ed.value) \
                and abs((date.fromisoformat(ed.value) - self.published).days) <= 7:
            self.reached_now = True

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
        if p is None or p.weekday is None or p.day is not None or p.unit is not None \
                or re.search(r"\b(?:last|next|this|coming|past|previous)\b", m.text, re.IGNORECASE) \
                or prev is None or not prev.value or prev.granularity != "day" \
                or not re.fullmatch(r"\d{4}-\d\d-\d\d", prev.value):
            return None
        base = date.fromisoformat(prev.value)
        if self.published is None or (self.published - base).days <= 31:
            return None  # the story is close to the writer's days: count from publication
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

    def _not_after_publication(self, m: Any, ed: EventDate, basis: str) -> EventDate:
        """A yearless date with no context but the publication date is the latest such date
        not after it ("## August" in a season review published in May is last August)."""
        p = getattr(m, "partial", None)
        if basis != "publication" or ed.value is None or p is None or p.year is not None \
                or not p.has_calendar_field or p.weekday is not None or m.relative_to is not None \
                or getattr(m, "future", None) or self.published is None \
                or not re.match(r"\d{4}-", ed.value) or (ed.earliest or "") <= self.published.isoformat():
            return ed
        year = int(ed.value[:4]) - 1
        rng = _with_year(ed.range_end, int(ed.range_end[:4]) - 1) \
            if ed.range_end and re.match(r"\d{4}-", ed.range_end) else ed.range_end
        return _event_date(_with_year(ed.value, year), ed.mod, rng, ed.basis, ed.anchor)

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

    def _resolve(self, m: Any, ref: Any) -> Any | None:
        from keydates.time import resolve

        try:
            return resolve(m, ref)
        except Exception as exc:  # noqa: BLE001 - one bad expression must not lose the timeline
            self.notes.append(f"could not resolve {m.text!r}: {type(exc).__name__}: {exc}")
            return None
