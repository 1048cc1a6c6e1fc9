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

import bisect
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
from keydates.events.refine import _FINER, SEASON_SPAN, Refinements, season_year
from keydates.events.sections import Sections
from keydates.events.signals import signal_mod
from keydates.events.storyorder import StoryOrder, _weekday_agrees
from keydates.model import Anchor, EventDate
from keydates.structure import Block
from keydates.structure.rules import layouts
from keydates.time.values import granularity

_BC_WORD = re.compile(r"\bB\.?C\.?(?:E\.?)?(?![\w])")
_FOLLOWING_WEEK = re.compile(r"(?:the\s+)?(?:following|next)\s+week\b", re.IGNORECASE)
# "the last national walkout, over", "the previous strike, in": an earlier instance named for comparison
_EARLIER_INSTANCE = re.compile(r"\b(?:the|its|their|a)\s+(?:last|previous|only\s+other|most\s+recent)\s+"
                               r"(?:[a-z-]+\s+){0,3}?[a-z-]+,?\s+(?:in|over|during|on|of|back\s+in)\s+(?:the\s+)?$",
                               re.IGNORECASE)
# "Since March, traffic has grown ...": since a yearless month, up to the writer's now
_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_PRESENT_PERFECT_AFTER = re.compile(r"[^.;!?]{0,80}?\b(?:has|have|'s|'ve)\s+(?:(?:not|never|also|already|steadily|only)\s+)?"
                                    r"(?:been\s+)?[a-z]+(?:ed|en|wn|ght|un|ne|lt|pt)\b", re.IGNORECASE)
# a sentence announcing an earlier instance: "It was not the first time. In 1703 an earthquake ..."
_NOT_THE_FIRST = re.compile(r"[\W_]*(?:it|this|that)\s+(?:was\s+not|wasn['’]t|is\s+not|isn['’]t)\s+(?:the\s+)?"
                            r"(?:first|only)\s+(?:time|one)\b|[\W_]*(?:it|this)\s+(?:had|has)\s+(?:all\s+)?happened\s+before\b",
                            re.IGNORECASE)
_PLUPERFECT = re.compile(r"\b(?:had|'d)\s+(?:not\s+|already\s+|never\s+|just\s+)?(?:been\s+)?"
                         r"[a-z]{3,}(?:ed|en|wn|ght|ung|ept|ade|one|ost|old|ent|id)\b", re.IGNORECASE)


# the month standing for an early, middle or late part of a year when ordering a list
_PART_OF_YEAR = {"START": "02", "MID": "06", "END": "11"}


# a step away from the scene told last, by an unstated span: "Northvale later paid ...", "Within
# months the council closed ...", "Eventually ..."
_LATER_STEP = re.compile(r"\b(?:later|eventually|afterwards|subsequently|since|ever since|in time|in the end)\b|"
                         r"^[\W_]*(?:within|in|over|for)\s+(?:a\s+few\s+|several\s+|the\s+(?:following|next|coming)\s+)?"
                         r"(?:hours|days|weeks|months|years|decades)\b", re.IGNORECASE)


# words that count a time of day from the writer's day: "this morning", "tonight", "today"
_DEICTIC = re.compile(r"\b(?:this|today|tonight|yesterday|tomorrow|last|next)\b", re.IGNORECASE)


class Resolver(Refinements, Sections, StoryOrder):
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
        self.in_background = False  # inside a section headed "Background"
        self.before_background: EventDate | None = None  # the story's reference before that section
        self.heading_date: EventDate | None = None
        self.dated_since_heading = False
        self.new_theme = False  # a topic heading with no date was just entered
        self.last_clock: tuple[int, int] | None = None  # clock of the previous clock label
        self.prev_text = ""  # text of the event that set `prev` (for continuations)
        self.prev_labelled = False  # that event's entry carried its own date label
        self.prev_entry: Block | None = None
        self.last_day_heading: EventDate | None = None  # the last heading naming a day or month
        self.heading_level = 0  # Markdown level (## = 2) of the heading that dates the section
        self.bc_section: Block | None = None  # a section whose note says its dates are BC
        self.heading_day: tuple[int, int] | None = None  # a yearless day heading ("November 24")
        self.bc_level: int | None = None  # the level of that section while inside it
        self.last_post_day: EventDate | None = None  # the day of the last clock-labelled post
        # the entry dated just before, and whether it was an undated continuation of `prev`
        self.last_entry: Block | None = None
        self.last_continued = False
        self.continued = False
        self.commentary = False  # the last entry was the writer's comment (left out)
        self.lead_days: set[date] = set()  # days the standfirst names from the writer's now
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
        # (offset, year) of the entries dated by a bare year of no era, in text order
        self.bare_label_years: list[tuple[int, int]] = []

    def save(self) -> dict[str, Any]:
        """The context as it stands (to undo a tentative resolution)."""
        return dict(self.__dict__)

    def restore(self, saved: dict[str, Any]) -> None:
        """Back to a saved context (notes written meanwhile stay)."""
        notes = self.notes
        self.__dict__.update(saved)
        self.notes = notes

    # -- headings ------------------------------------------------------------------------
    # -- events --------------------------------------------------------------------------
    def date_of(self, draft: Any) -> EventDate:
        """The date of one event draft; updates the context."""
        before = self.prev
        self.continued = False
        self.commentary = False
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

    def _bare_years_count_up(self, m: Any) -> bool:
        """The first bare year after a date marked BC, where the bare years that follow count up.

        "c. 1995 BC – ... | 5 February 62 – ... | 24 August 79 – ... | 203 – ... | 472 – ...":
        a writer who marks BC on a date and then lists bare years counting up lists our era
        (read as BC, the list would turn back after 62). "c. 814 BC – ... | 480 – ... | c. 550
        – ... | 348 – ... | 264 – ..." counts down, one entry out of order: BC carried down.
        """
        p = getattr(m, "partial", None)
        if p is None or p.year is None or p.two_digit or p.unit is not None or self.bc_marked != 1:
            return False
        prev = self.prev.value if self.prev is not None and self.prev.value else ""
        if not re.match(r"BC\d{4}", prev) or not int(prev[2:6]) > p.year:
            return False
        i = bisect.bisect_left(self.bare_label_years, (m.start, -2))
        run = [y for _, y in self.bare_label_years[i:i + 6]]
        if -1 in run:
            run = run[:run.index(-1)]
        steps = list(zip(run, run[1:]))
        ups = sum(b > a for a, b in steps)
        return ups >= 2 and ups > 2 * (len(steps) - ups)

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
                    and (p.year is not None or p.century is not None or p.decade is not None) \
                    and not (self.heading_date is not None and (self.heading_date.value or "").startswith("BC")
                             and _BC_WORD.search(self.heading_date.evidence or "")):
                # a list that marks "BC" on every BC date ("c. 600 BC –", "240 BC –") leaves
                # its AD years bare: "c. 150 – Ptolemy ..." is AD 150, not 150 BC (but not
                # under a heading whose span is BC: "## Middle Formative (1000–400 BC)")
                self.bc = False
            elif self.bc and not era_stated and _ascending_year_range(m):
                # BC spans count down ("c. 3500–3000"): a bare span counting up ("1807–1808 –
                # John Colter crosses the region" after "c. 9000 BC – ...") is in our era
                self.bc = False
            elif self.bc and not era_stated and self._bare_years_count_up(m):
                # "c. 1995 BC – ... | 5 February 62 – ... | 24 August 79 – ... | 203 – ...":
                # read as BC the list would step forward to 62 and then turn back; read in our
                # era it runs forward throughout
                self.bc = False
            ed = self._fiscal_quarter(m) or self._from_mention(m)
            if ed.value is not None and draft.refiner is not None:
                ed = self._refine(ed, draft.refiner)
            if self.anniversary is not None and draft.first_in_entry and (
                    draft.entry.label is not None or draft.explicit_cell is not None):
                # (the listed years only: a feature's prose "In 1562 he married ..." is that year)
                ed = self._on_this_day(ed)
            elif self.heading_day is not None and draft.first_in_entry and draft.entry.label is not None \
                    and draft.entry.label[0] <= m.start < draft.entry.label[1]:
                ed = self._year_on_heading_day(ed)
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
                self._heading_year_from(ed)
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

    def _writers_days_after_background(self, m: Any) -> bool:
        """A yearless day right after a background year, on a page told from the writer's day
        ("On Monday, ... | Yesterday, ... | In early 2023, an attempt failed. | The current crisis
        began on 22 September"): the day is the writer's recent past, not that year's."""
        p = getattr(m, "partial", None)
        prev = self.prev
        if p is None or p.day is None or p.month is None or p.year is not None or self.published is None \
                or prev is None or prev.basis != "explicit" or prev.granularity not in ("year", "decade") \
                or not (prev.value or "")[:4].isdigit() or self.published.year - int(prev.value[:4]) < 2:
            return False
        told_from_now = sum(ed.basis == "publication" for _, ed in self.history)
        return told_from_now >= 3 and told_from_now * 2 >= len(self.history)

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
        if _day_number(last) >= _day_number(self.prev.earliest):
            return False
        return bool(_PLUPERFECT.search(self.text[draft.start:draft.end])) or self._earlier_instance(draft, ed)

    def _earlier_instance(self, draft: Any, ed: EventDate) -> bool:
        """The date of an earlier instance the writer compares the story with, told after a
        generalisation ("Firefighters have rarely struck in this country. The last national
        walkout, over the winter of 2002-03, was settled ...") or named as such ("the previous
        strike, in 1989,"): an aside, after which the story goes on from where it was."""
        if ed.evidence_start is None or draft.first_in_entry and draft.entry.label is not None:
            return False
        before = self.text[max(draft.entry.start, ed.evidence_start - 80):ed.evidence_start]
        if _EARLIER_INSTANCE.search(before):
            return True
        entry = self.text[draft.entry.start:draft.entry.end]
        first = re.split(r"(?<=[.!?])\s+", entry, maxsplit=1)[0]
        return ed.evidence_start >= draft.entry.start + len(first) and bool(
            layouts().thematic.search(first) or _NOT_THE_FIRST.match(first))

    def _prospect(self, m: Any, ed: EventDate) -> bool:
        """A stated date beyond the publication day in a sentence about the future ("Her
        successor will be elected in 2027"): an event of its own, but not where the story is."""
        from keydates.time.tense import tense

        if self.published is not None and not m.needs_anchor and ed.mod in ("BEFORE", "ON_OR_BEFORE") \
                and (ed.value or "")[:1].isdigit() and (ed.value or "") > self.published.isoformat():
            return True  # a deadline ahead of the writer ("wants to raise the age to 63 by 2030")
        if self.published is None or not ed.earliest or ed.earliest[:1] == "-" \
                or ed.earliest <= self.published.isoformat() or m.needs_anchor:
            return False
        label = getattr(getattr(self.current, "entry", None), "label", None)
        if label is not None and label[0] <= m.start < label[1]:
            return False  # a schedule's date label ("2025 | Spring (planned)"): the list goes on from it
        return bool(tense(self.text, m.start, m.end))

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
        link = lay.continuation.search(first)
        same_time = lay.same_time.search(body[:400])
        explicit_link = link or same_time
        day_section = heading is not None and heading.granularity == "day"
        theme = lay.thematic.search(first) if not same_time else None
        if theme and link and theme.end() < link.end():
            # the statement comes first and a reporting verb only follows it: "Vell has never
            # made a film in English, and says she never will" (not "The minister said it
            # would never happen", a report of what was said)
            explicit_link = None
        if not explicit_link and theme:
            return EventDate(value=None)  # "Egypt is home to 80 million people": no time
        if not day_section and lay.commentary.search(first):
            self.commentary = True  # the writer's comment ("Whether the truce holds is another matter.")
            return EventDate(value=None)
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
        if self.past_narration and entry.layout == "paragraph" and not _LATER_STEP.search(first):
            # a story told in the past tense goes on at the scene it told last: "... went down the
            # shaft on Tuesday 21 May 1968. | At 6.52am a spark ignited firedamp ... | Rescue
            # brigades joined the search" (a chronology in the historical present lists separate
            # events, which keep only the year: "Haider Al Abadi forms a new government")
            return replace(self.prev, basis="context", anchor=Anchor("previous_event", self.prev.value),
                           evidence=None, evidence_start=None, evidence_end=None)
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

    def _rolled_past_year_heading(self, ctx: tuple[str, str], ed: EventDate, h: EventDate) -> bool:
        """An ascending list under one year heading that runs on past December ("2023" / "* Dec 22
        - ..." / "* Jan 8 - ..."; "Dec. 14 - ..." / "June-July - ..."): a month of the first
        two thirds of the year after the year's last months is the next year's."""
        if ctx[1] != "previous_event" or self.direction <= 0 or h.granularity != "year" \
                or not re.fullmatch(r"\d{4}", h.value or "") or not re.match(r"\d{4}-\d\d", ctx[0]) \
                or not re.match(r"\d{4}-\d\d", ed.value or ""):
            return False
        return ctx[0][:4] == h.value and ed.value[:4] == str(int(h.value) + 1) \
            and int(ctx[0][5:7]) >= 10 and int(ed.value[5:7]) <= 8

    def _season_year(self, p: Any) -> str | None:
        """The year of a yearless month under a season's heading ("## 2015–16: 73 wins" / "On
        February 27, ..."), by `season_year`."""
        h = self.heading_date
        if h is None or p is None or p.month is None or p.year is not None \
                or not SEASON_SPAN.search(h.evidence or ""):
            return None
        return season_year(h, p.month)

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
            if ctx is not None and ctx[1] == "header" and (year := self._season_year(pw)) is not None:
                ctx = (year, "header")
            if ctx is not None and ctx[1] == "previous_event":
                ctx = self._story_before_background(m) or ctx
                if self._writers_days_after_background(m):
                    ctx = None  # counted back from the writer's day, like the page's other dates
                elif pw is not None and pw.year is None and pw.month is not None and self.published is not None \
                        and _SINCE_BEFORE.search(self.text, max(0, m.start - 12), m.start) \
                        and _PRESENT_PERFECT_AFTER.match(self.text, m.end):
                    # "Since March, sync traffic has grown by 40%": a state lasting to the
                    # writer's now began in the March before it, whatever the story above told
                    ctx = None
            if ctx is not None and ctx[1] == "previous_event" and self.prev is not None \
                    and self.prev.basis == "publication" and self.published is not None and pw is not None \
                    and pw.month is not None and pw.day is None and pw.year is None and self.heading_date is None:
                # an explainer told from the writer's day ("Last spring, a drought ... | In August,
                # farmers blocked the highway"): a month goes on from the writer's day too
                ctx = None
            if ctx is not None and ctx[1] == "previous_event" and self.prev is not None \
                    and ctx[0] == self.prev.value and self.prev.granularity == "year" \
                    and self.prev.mod in _PART_OF_YEAR and self.prev.range_end is None:
                # the part of the year the previous entry names places it for the list's order:
                # "Late 2024: ... | January: ..." is January 2025 in an ascending list
                ctx = (f"{ctx[0]}-{_PART_OF_YEAR[self.prev.mod]}", ctx[1])
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
            # the previous date only settles the era of a bare year (time.anchor._era_for)
            ref = Reference(published=self.published, bc=self.bc,
                            previous=self.prev.value if self.bc and self.prev is not None else None)
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
                    self.prev is not None and _inside(self.prev, h))) \
                and not self._rolled_past_year_heading(ctx, ed, h):
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
        if basis == "context" and ed.granularity == "day" and ed.value and self.lead_days \
                and pw is not None and pw.year is None and pw.day is not None \
                and (d := _as_date(ed.value[:10])) is not None:
            # the list ends with the news its standfirst reports: "... decided on Tuesday to end
            # science operations. Following are key dates: ... May 2024 ... Sept. 30 - Mission
            # managers decide ..." is that Tuesday, not the September after May 2024
            # (only a list that has reached the year before: an anniversary's "on Tuesday" is the
            # same day of the month many years on)
            news = next((n for n in self.lead_days
                         if (n.month, n.day) == (d.month, d.day) and n.year - d.year == 1), None)
            if news is not None:
                ed = _event_date(news.isoformat(), ed.mod, None, "publication",
                                 Anchor("publication", self.published.isoformat() if self.published else None))
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

    def _note_now(self, ed: EventDate) -> None:
        if self.direction > 0 and self.published is not None and ed.granularity == "day" \
                and ed.value and re.fullmatch(r"\d{4}-\d\d-\d\d", ed.value) \
                and abs((date.fromisoformat(ed.value) - self.published).days) <= 7:
            self.reached_now = True

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

    def _resolve(self, m: Any, ref: Any) -> Any | None:
        from keydates.time import resolve

        try:
            return resolve(m, ref)
        except Exception as exc:  # noqa: BLE001 - one bad expression must not lose the timeline
            self.notes.append(f"could not resolve {m.text!r}: {type(exc).__name__}: {exc}")
            return None


def bare_label_years(drafts: list[Any]) -> list[tuple[int, int]]:
    """(offset, year) of the entries dated by a year of their own, in text order; the year is
    -1 when the entry states its era or names a modern year (only a bare ancient year counts)."""
    out = []
    for d in drafts:
        p = getattr(d.mention, "partial", None)
        if d.first_in_entry and p is not None and p.year is not None and p.unit is None:
            bare = not p.era_stated and not p.two_digit and p.year < 1000
            out.append((d.mention.start, p.year if bare else -1))
    return out


def _ascending_year_range(m: Any) -> bool:
    """A span of years with no era whose end year is later in number than its start ("1807–1808")."""
    p, r = getattr(m, "partial", None), getattr(m, "range_partial", None)
    return p is not None and r is not None and p.year is not None and r.year is not None \
        and not p.bc and not r.bc and p.year < r.year
