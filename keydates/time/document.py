"""The document pass: walk every time expression of a text and anchor each one.

`tag` chooses, for each mention that `recognize.find` returns, the reference a careful reader
would use (see `anchor` for the rules) and calls `anchor.resolve` with it; it also carries the
narrative's time from one mention to the next, the period under discussion ("a year earlier"),
clock times waiting for their day, and, for TimeML output, splits ranges into their two ends.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date

from keydates.model import Anchor, TimeExpression
from keydates.time import values
from keydates.time.anchor import (
    _expression, _granular_day, _point, _with_time_of_day, parse_published, resolve)
from keydates.time.model import Mention, Reference
from keydates.time.normalize import sentence_left
from keydates.time.recognize import find
from keydates.time.story import (
    _STORY_DEICTIC_RULES, _aside, _coarsens, _excursions, _is_narrative, _updates_narrative)


_PARAGRAPH = re.compile(r"\n\s*\n")


_ERA_WORD = re.compile(r"(?<![\w.])(?:BCE?|B\.C\.(?:E\.)?)(?![\w])")


def tag(text: str, published: str | date | None = None,
        timeml: bool = False) -> list[TimeExpression]:
    """Find, normalize and anchor every time expression of a document.

    A range ("1992-1996", "Feb. 6-12") is one expression with a `range_end`. With `timeml`
    (TimeML conventions) a range becomes two expressions, one for each end, and time cues that
    TimeML does not mark ("so far") are left out.
    """
    from keydates.time.recognize import rule_by_name
    pub = parse_published(published)
    mentions = find(text)
    if timeml:  # TimeML marks the two ends of "from May 2003 to June 2004" as two TIMEX3
        mentions = [part for m in mentions for part in (m.parts or (m,))]
    explicit = [m for m in mentions if m.partial is not None and m.partial.year is not None
                and not m.partial.two_digit and m.partial.unit is None]
    narrative_doc = _is_narrative(mentions, explicit, pub)
    bc_context = bool(_ERA_WORD.search(text)) and not any(
        m.partial and m.partial.year and m.partial.era_stated and not m.partial.bc
        for m in explicit[:1])
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    excursions = _excursions(explicit)

    out: list[TimeExpression] = []
    pending_clock: list[tuple[Mention, int]] = []  # clock times whose day may follow them
    last_period: tuple[str, int] | None = None
    narrative: str | None = None
    narrative_para = -1
    mentioned: str | None = None  # the last date named, distractors included ("by 1940")
    for m in mentions:
        p = m.partial
        para = bisect.bisect_right(paragraph_starts, m.start) - 1
        previous = narrative
        if p is not None and p.relative_to == "previous" and mentioned and (
                narrative is None or (m.rule in ("month_of_that_year", "that_unit", "that_month",
                                                 "period_of_deictic_year") and p.unit == "year")):
            previous = mentioned  # "that year" after "stalemated by 1940" is 1940
        elif (p is not None and p.relative_to == "previous" and p.unit == "day" and mentioned
              and _granular_day(mentioned) and not _granular_day(narrative)):
            # "the next morning" after "last Tuesday's hearing" in a story told by years: the
            # day just named, not the year of the story
            previous = mentioned
        if p is not None and p.relative_to is None and p.year is None and (
                not narrative_doc or (pub is not None and para - narrative_para > 3)):
            # News, or a narrative whose last date is paragraphs away: from the publication date.
            previous = None
        if (p is not None and m.rule in ("part_of_day_alone", "after_midnight", "overnight_adverb")
                and pub and not narrative_doc and not _granular_day(previous)):
            previous = None  # news: "in the morning" after "sales fell in 1988" is the writer's day
            if m.rule == "after_midnight":  # the midnight that began the writer's day
                m = replace(m, partial=p.copy(offset=0))
        published = pub
        if (narrative_doc and previous and p is not None and m.rule in _STORY_DEICTIC_RULES
                and (p.direction > 0 or p.direction == 0 and m.rule == "deictic_unit")
                and _point(previous) is not None):
            # "next spring", "this year" told inside a story count from the story's time.
            published = None
        elif (narrative_doc and previous and p is not None and p.relative_to == "publication"
              and _point(previous) is not None
              and (m.rule == "ago" or _in_quotation(text, m.start, paragraph_starts[para]))):
            # Speech reported inside a story ("he had been tricked into signing the agreement
            # two years ago", a quotation's "today") counts from the speaker's now.
            published = None
        elif p is not None and p.relative_to == "publication" and previous and pub:
            previous = None  # deictic words count from the writer's now
        elif p is not None and (p.relative_to == "auto" or (
                p.weekday is not None and p.month is None and p.relative_to is None)):
            # Weekdays, clock times, "the weekend": the story's day when the story has just named
            # one in this paragraph, else the writer's now.
            point = _point(previous)
            clock = p.hour is not None and p.weekday is None and p.day is None
            if point is not None and point.gran == "day" and (narrative_para == para and (
                    narrative_doc or clock) or (
                    clock and m.future is not True and 0 < para - narrative_para <= 2
                    and pub is not None and (pub - (point.as_date() or pub)).days > 7)):
                # a clock time a paragraph or two after the story's day, in a story told well
                # before the writer's days: "On 11 March 2022 the river rose. || At midnight
                # the bells rang" (not the writer's midnight half a year later)
                # news too: "was shot to death at 10 p.m." is on the day the story named
                published = None
            else:
                previous = None if pub else previous
        # Prose steps back and forth within a year; only a list (the reader knows) has an order.
        ref = Reference(published=published, previous=previous, previous_kind="narrative",
                        direction=0,
                        bc=bc_context and (narrative is None or narrative.startswith("BC")))
        if m.rule == "short_year_at_clause_end" and not ref.bc and not (
                (pt := _point(narrative)) is not None and pt.year < 1000):
            continue  # "in 53." is a year only in a story of antiquity
        te = resolve(m, ref)
        comparison = (p is not None and m.rule in ("ago", "later_earlier", "year_ago_period")
                      and p.unit == "year" and p.offset in (-1, 1) and p.month is None
                      and p.quarter is None)
        wants_quarter = m.rule == "year_ago_period" and re.search(r"(?i)quarter|period", m.text)
        if (comparison and p is not None and last_period is not None
                and last_period[1] >= para - 1
                and not (wants_quarter and "-Q" not in last_period[0])):
            # "sales rose from a year earlier": the period under discussion, a year away.
            shifted = _shift_years(last_period[0], p.offset)
            if shifted is not None:
                te = _expression(m, shifted, None, Anchor("narrative", last_period[0]))
        elif (m.rule == "year_period" and last_period is not None and "-Q" in last_period[0]
              and last_period[1] >= para - 1 and te.value[:4].isdigit()):
            # "the 1988 quarter": the quarter under discussion, in that year
            te = _expression(m, te.value[:4] + last_period[0][4:], None,
                             Anchor("narrative", last_period[0]))
        elif comparison and wants_quarter and pub:
            # "the year-ago quarter" with no quarter named: the one just reported, a year back
            q = (pub.month - 1) // 3  # the quarter before publication's, 0 = the last of last year
            year = pub.year - 1 if q else pub.year - 2
            te = _expression(m, f"{year:04d}-Q{q or 4}", None,
                             Anchor("publication", pub.isoformat()))
        is_clock = (p is not None and p.hour is not None and p.day is None
                    and p.weekday is None and p.month is None)
        if is_clock and te.value[:1].isdigit() and "T" in te.value and _habitual(text, m.start, m.end):
            # a clock time of a habit or timetable ("shots every day from 8 a.m. to 10 p.m.",
            # "every weekday from 6 a.m. to 9 a.m.") is on no one day
            end_value = te.range_end
            if end_value and "T" in end_value:
                end_value = "XXXX-XX-XX" + end_value[end_value.index("T"):]
            te = _expression(m, "XXXX-XX-XX" + te.value[te.value.index("T"):], end_value, Anchor("none", None))
        if pending_clock and te.granularity == "day" and te.value[:1].isdigit() \
                and _DAY_FOLLOWS.match(text, pending_clock[-1][0].end, m.start):
            # "at about 10:35 a.m. (0735 GMT) Friday", "At 5:34 AM Baghdad time on March 20,
            # 2003": the day named right after a clock time is its day
            for cm, at in pending_clock:
                out[at] = _expression(cm, _with_time_of_day(te.value[:10], cm.partial),
                                      None, Anchor(te.anchor.kind, te.value))
        if not (is_clock and pending_clock
                and re.fullmatch(r"\s*\(\s*", text[pending_clock[-1][0].end:m.start])):
            pending_clock = []  # a clock time in brackets after another one waits with it
        if timeml and not rule_by_name(m.rule).timex:
            pass
        elif timeml and te.range_end and m.split is not None:
            out.extend(_timeml_value(x) for x in _split(te, m.split))
        else:
            out.append(_timeml_value(te) if timeml else te)
            if is_clock:
                pending_clock.append((m, len(out) - 1))
        if te.granularity in ("quarter", "half", "month", "season") and te.value[:1].isdigit() \
                and not comparison and not (last_period is not None and last_period[1] >= para - 1
                                            and (m.rule == "current_period" or m.future)):
            # "a year earlier" is compared with, not discussed; nor is a forecast ("sales would
            # drop again in the current quarter") once a reported period is under discussion
            last_period = (te.value, para)
        if m.type in ("DATE", "TIME") and te.value[:1].isdigit() or te.value.startswith("BC"):
            if values.interval(te.value) is not None:
                mentioned = te.value
        if not comparison and _updates_narrative(m, te, narrative_doc, narrative, text) \
                and not _coarsens(te.value, narrative) and not _aside(text, m) \
                and id(m) not in excursions:
            narrative = te.range_end if te.range_end and te.range_end[:4].isdigit() else te.value
            narrative_para = para
            if te.value.startswith("BC"):
                bc_context = True
            elif p is not None and p.era_stated:
                bc_context = False
    return out


_DECADE_OR_CENTURY = re.compile(r"^(BC)?(\d{3}X|\d{2}XX)$")


def _timeml_value(te: TimeExpression) -> TimeExpression:
    """TimeML writes decades with three digits and centuries with two ('198', '19'); keydates'
    own output keeps the explicit X ('198X', '19XX')."""
    m = _DECADE_OR_CENTURY.match(te.value)
    if m:  # a copy: the story's time must keep the explicit value ("194" is the year 194)
        return replace(te, value=te.value.rstrip("X"))
    return te


def _split(te: TimeExpression, split: tuple[int, int]) -> list[TimeExpression]:
    """A range expression as two: its start and its end, each with its own extent."""
    first = TimeExpression(
        start=te.start, end=split[0], text=te.text[:split[0] - te.start], type=te.type,
        value=te.value, mod=te.mod, granularity=values.granularity(te.value),
        anchor=te.anchor, rule=te.rule)
    first.earliest, first.latest = values.bounds(te.value, te.mod)
    last = TimeExpression(
        start=split[1], end=te.end, text=te.text[split[1] - te.start:], type=te.type,
        value=te.range_end or te.value, mod=te.mod,
        granularity=values.granularity(te.range_end or te.value), anchor=te.anchor, rule=te.rule)
    last.earliest, last.latest = values.bounds(last.value, te.mod)
    return [first, last]


def _in_quotation(text: str, pos: int, para_start: int) -> bool:
    """Whether `pos` lies inside quoted speech opened earlier in its paragraph."""
    before = text[para_start:pos]
    if before.count("\u201c") > before.count("\u201d"):
        return True
    return before.count('"') % 2 == 1 or before.count("``") > before.count("''")


# What may stand between a clock time and the day it belongs to: "(0735 GMT)", "Baghdad time
# on", ", on".
_DAY_FOLLOWS = re.compile(r"[\s,]*\)?[\s,]*(?:\([^()]{0,20}\)[\s,]*)?(?:(?:[A-Z][a-z]+\s+)?time\s+)?"
                          r"(?:on\s+)?$")

# what makes a sentence tell a habit or a timetable: "every day", "each weekday", "daily"
_HABIT = re.compile(r"\b(?:every|each)\s+(?:(?:other|single|working|week|school)\s*)?(?:day|days|weekday|weekdays|morning|"
                    r"evening|night|afternoon|week|weekend|monday|tuesday|"
                    r"wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|nightly|on\s+weekdays|seven\s+days\s+a\s+week|"
                    r"usually|normally|typically)\b",
                    re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“])|\n")


def _habitual(text: str, start: int, end: int) -> bool:
    """The words just before text[start:end], in its clause, tell a habit or a timetable."""
    window = sentence_left(text, start, 60, _SENTENCE_END)
    if any(q in window for q in '"“”;'):
        return False  # a quotation or another clause: "... trusted you every day," the judge said
    return bool(_HABIT.search(window))


def _shift_years(value: str, years: int) -> str | None:
    """'1989-Q3' shifted by -1 year -> '1988-Q3'."""
    m = re.match(r"^(\d{4})(-.*)?$", value)
    if not m:
        return None
    year = int(m.group(1)) + years
    return f"{year:04d}{m.group(2) or ''}" if 1 <= year <= 9999 else None
