"""Sections of a chronology for `context.Resolver`: a heading starts a section, and a date heading
becomes the reference of the entries under it ("## 2003" / "On May 1, ..."; "-- OCT 2 --" after
"-- JUL 3, 1998 --" is 1998); an undated Markdown subheading stays inside its dated section; a
section whose note says "BC" is BC until the next section of its rank; a yearless day heading
("## November 24") takes the years of the labels under it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from keydates.events.eventdates import _event_date
from keydates.events.labels import clock_of
from keydates.model import Anchor, EventDate
from keydates.structure import Block
from keydates.structure.rules import heading_rules

_ERA_BC = re.compile(
    r"\b(?i:all\s+)?(?i:dates|years)\s+before\s+(?:the\s+)?[\w\s'’-]{1,40}?\s+are\s+(?:BC|BCE|B\.C\.)"
    r"|\b(?i:all\s+)?(?i:dates|years)\s+(?:(?:below|here|listed|shown|that follow|(?:in|on)\s+(?:this|the)\s+(?:list|timeline|table|section|page|article|chronology))\s+)?"
    r"(?:are\s+|given\s+)?(?:in\s+)?(?:BC|BCE|B\.C\.(?:E\.)?)"
    r"|\((?:all\s+dates\s+)?(?:BC|BCE|B\.C\.)\)|\([^()]{0,40}\ball\s+(?:(?:dates|years)\s+)?(?:are\s+)?(?:BC|BCE|B\.C\.)\)"
    r"|\b(?:BC|BCE)\s+unless\b|\bbefore\s+(?:Christ|the\s+common\s+era)\b")
_AD_HEADING = re.compile(r"(?:common era|anno domini|AD|CE|A\.D\.|C\.E\.)(?:\s*\(.*\))?\s*$|"
                         r".*\((?:(?:all )?dates?\b[^)]*\b)?(?:AD|CE|A\.D\.|C\.E\.)\)\s*$", re.IGNORECASE)


# a short label before a subheading's date: "1st T20I, " in "### 1st T20I, Saturday 14th June"
_SHORT_LABEL = re.compile(r"[\w'’.-]+(?:\s+[\w'’.-]+){0,2},\s*")
# the heading of a block of background dates set apart from the story's own
# ("How we got here" and "The story so far" tell the story itself: not such a block)
_BACKGROUND_HEADING = re.compile(r"[\W_]*(?:the\s+)?(?:background|backstory)[\W_]*", re.IGNORECASE)


def _numbered_day(text: str) -> bool:
    """The heading is a numbered day, stage or round of an event ("Day 100 – Tuesday 14 October")."""
    rule = next((r for r in heading_rules() if r.name == "numbered_day"), None)
    return rule is not None and rule.match(text.strip(" #*_")) is not None


def era_stated_bc(text: str) -> bool:
    """The text states once that the list's years are BC: 'All dates are BC unless marked AD'."""
    return bool(_ERA_BC.search(text))


class Sections:
    """Heading and section readings for `context.Resolver` (see the module doc)."""

    # state and readings the resolver provides
    text: str
    bc: bool
    prev: EventDate | None
    current: Any
    before_heading: EventDate | None
    heading_date: EventDate | None
    dated_since_heading: bool
    new_theme: bool
    last_clock: tuple[int, int] | None
    last_day_heading: EventDate | None
    heading_level: int
    bc_section: Block | None
    heading_day: tuple[int, int] | None
    bc_level: int | None
    fiscal_year: int | None
    in_background: bool
    before_background: EventDate | None

    if TYPE_CHECKING:
        def _clock_date(self, m: Any, clock: tuple[int, int]) -> EventDate: ...
        def _from_mention(self, m: Any) -> EventDate: ...

    def enter_heading(self, heading: Block, mention: Any | None) -> None:
        """A heading starts a section; a date heading becomes the section's reference."""
        level = _markdown_level(self.text, heading.start)
        if heading is self.bc_section:
            self.bc, self.bc_level = True, level  # "## Before the common era" / "All dates in this section are BC."
        elif self.bc_level is not None and level <= self.bc_level:
            self.bc, self.bc_level = False, None  # the next section of that rank is in the common era
        if self.heading_date is not None and level > self.heading_level > 0 and mention is None:
            # an undated subheading inside a dated section ("## [3.0.0] - 2024-03-12" /
            # "### Removed"): a part of that section, under its date
            self.new_theme = False
            return
        self.heading_level = level
        if self.in_background:
            # the section after a "BACKGROUND" block goes on from where the story stood before it:
            # its yearless days are not in the background's years ("-- JUNE 28 --" after "Plans
            # were rewritten in March 2023")
            self.prev, self.in_background = self.before_background, False
        if _BACKGROUND_HEADING.fullmatch(heading.text):
            self.in_background, self.before_background = True, self.prev
        hp = getattr(mention, "partial", None)
        self.heading_day = (hp.month, hp.day) if hp is not None and hp.year is None and hp.month is not None \
            and hp.day is not None and mention.relative_to is None and mention.range_partial is None else None
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
        # "Day 2 (Tuesday)", also as a Markdown or HTML heading ("### Day 1 – Monday 7 July")
        day_of_event = heading.layout == "numbered_day" or _numbered_day(heading.text)
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
                # a subheading led by its date ("## 3 Jan. 2019 — The scaffolding goes up") dates
                # the story like a date heading: "## 30th of January — ..." after it is 2019's
                led = mention.relative_to is None and bool(mention.text) and ed.granularity in ("day", "month") \
                    and heading.text.lstrip(" #*_").startswith(mention.text)
                if heading.date_heading or day_of_event or led:
                    self.prev = ed  # "-- OCT 2 --" after "-- JUL 3, 1998 --" is 1998
                    if ed.granularity in ("day", "month"):
                        self.last_day_heading = ed
                    elif ed.basis == "explicit" and ed.granularity in ("year", "decade", "century"):
                        self.last_day_heading = None  # "## 2018" / "### November": the new year's
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
                                    and bool(re.match(r"\s*(?::|,|[-–—]\s)", core[len(said):])))
        tail = re.search(r"\(([^()]*)\)$", heading.text.strip(" #*_"))
        lead = heading.text.lstrip(" #*_")
        pos = lead.find(mention.text) if mention.text else -1
        if mention.relative_to is None and mention.needs_anchor and mention.text \
                and (lead.startswith(mention.text)
                     # after a short label and a comma: "### 1st T20I, Saturday 14th June — Trent
                     # Bridge", "Round 3, 5 April: ..."
                     or (pos > 0 and _SHORT_LABEL.fullmatch(lead[:pos]) is not None)
                     or (tail is not None and mention.text in tail.group(1)
                         and len(tail.group(1)) <= len(mention.text) + 12)):
            # a subheading led by a date without its year ("## 20 March: the overture",
            # "Thursday 15 April: the skies close") or closed by it in brackets ("## Super
            # Saturday (16 March)"): the long read's day, year from context
            p = getattr(mention, "partial", None)
            return p is not None and p.month is not None
        return mention.relative_to is None and not mention.needs_anchor

    def _heading_year_from(self, ed: EventDate) -> None:
        """A yearless month heading read from the publication date before the story gave its
        year ("April: the deadliest week" / "On the night of 18 April 2015, ..."): the first
        event's own year in that month is the heading's, and the next headings follow it."""
        h = self.heading_date
        if h is None or self.dated_since_heading or ed.basis != "explicit" or h.basis != "publication" \
                or h.granularity != "month" or not h.value or not ed.value \
                or not re.match(r"\d{4}-\d{2}", ed.value) or ed.value[5:7] != h.value[5:7] \
                or ed.value[:4] == h.value[:4]:
            return
        fixed = replace(_event_date(ed.value[:4] + h.value[4:], h.mod, None, "context",
                                    Anchor("previous_event", ed.value)),
                        evidence=h.evidence, evidence_start=h.evidence_start, evidence_end=h.evidence_end)
        if self.last_day_heading is not None and self.last_day_heading.value == h.value:
            self.last_day_heading = fixed
        self.heading_date = fixed

    def _year_on_heading_day(self, ed: EventDate) -> EventDate:
        """A year label under a heading naming a day without its year, as on a 'This week in
        history' page ("## November 24" / "**1859** Darwin publishes On the Origin of Species"):
        that day of that year."""
        if self.heading_day is None or not ed.value or not re.fullmatch(r"\d{4}", ed.value) \
                or ed.range_end or ed.mod not in (None, "APPROX"):
            return ed
        month, day = self.heading_day
        try:
            value = date(int(ed.value), month, day).isoformat()
        except ValueError:  # 29 February of a common year
            return ed
        return replace(_event_date(value, ed.mod, None, ed.basis, Anchor("header", f"XXXX-{month:02d}-{day:02d}")),
                       evidence=ed.evidence, evidence_start=ed.evidence_start, evidence_end=ed.evidence_end)


def _markdown_level(text: str, start: int) -> int:
    """The level of a Markdown heading whose text starts at `start` ("### Added": 3), else 0."""
    begin = text.rfind("\n", 0, start) + 1
    hit = re.match(r"[ \t]{0,3}(#{1,6})[ \t]", text[begin:max(start, begin) + 10])
    return len(hit.group(1)) if hit else 0
