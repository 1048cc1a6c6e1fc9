"""The story's time in running text: is a document a narrative, and which dates move it.

`tag` (in `anchor.py`) reads a document as news or as a narrative (decided from the text, never
by a switch) and keeps the time the story is at; these helpers say whether a text is a story
told away from its publication date and whether an explicit date is a step of the story or said
in passing (an aside, an excursion, a restatement, a distractor after "since" or "until").
"""

from __future__ import annotations

import re
from datetime import date

from keydates.model import TimeExpression
from keydates.time import values
from keydates.time.model import Mention
from keydates.time.tense import tense, told_in_past_perfect

_DEICTIC_RULES = {"weekday", "today_yesterday_tomorrow", "deictic_unit", "ago",
                  "named_with_direction", "this_part_of_day", "time_and_day", "day_and_time"}
_STORY_DEICTIC_RULES = {"deictic_unit", "named_with_direction", "season_alone",
                        "month_of_deictic_year", "period_of_deictic_year"}
_DEICTIC_MIN = 2  # a narrative may say "on Friday" or "today" once or twice (its lead)
_DEICTIC_SHARE = 0.25  # deictic mentions per explicit year above which a text is news
_STORY_MIN_YEARS = 3  # with fewer past years, one deictic word makes them a news story's background
_NO_UPDATE_SIGNALS = {"since", "until", "till", "before", "after", "by"}


def _is_narrative(mentions: list[Mention], explicit: list[Mention], pub: date | None) -> bool:
    """Whether a text tells a story away from its publication date (see the module docstring).

    Most explicit years lie more than a year before the publication year, and it rarely speaks
    of the days around publication deictically ("on Tuesday", "yesterday", "last week"): news
    does however many past years it recalls. A short story (fewer than `_STORY_MIN_YEARS` past
    years) is a narrative only when it never speaks of those days, weeks or months ("this
    year", "two years ago" may count from the story).
    Years after the publication year are prospects ("bonds due 1999", "a plan for 2030"), not
    a story told, and count for neither side; a news story that recalls a year or two of
    background ("the Dec. 21, 1988, bombing") is still news.
    """
    if pub is None:
        return True
    years = [y for y in (values.astronomical(m.partial.year, m.partial.bc) for m in explicit
                         if m.partial is not None and m.partial.year is not None)
             if y <= pub.year + 1]
    near = sum(1 for y in years if pub.year - 1 <= y)
    far = len(years) - near
    deictic = sum(1 for m in mentions if m.rule in _DEICTIC_RULES)
    if far < _STORY_MIN_YEARS:  # "this year", "two years ago" may be the story's own
        deictic = sum(1 for m in mentions if m.rule in _DEICTIC_RULES and not (
            m.partial is not None and m.partial.unit in ("year", "decade", "century")))
        return far > 0 and near < 0.5 * len(years) and deictic == 0
    return near < 0.5 * len(years) and deictic <= max(_DEICTIC_MIN, _DEICTIC_SHARE * len(years))


_EXCURSION_YEARS = 3  # a jump this far that the next date undoes is an excursion


def _excursions(explicit: list[Mention]) -> set[int]:
    """Explicit dates the text jumps to and straight back from ("In November 2008, the statue
    became a symbol" in a story of April 2003; "the Estates last met in 1614" in 1788): the story
    stays where it was. Ids of those mentions."""
    years = [values.astronomical(m.partial.year, m.partial.bc) for m in explicit
             if m.partial is not None and m.partial.year is not None]
    out: set[int] = set()
    for i in range(1, len(years) - 1):
        if abs(years[i] - years[i - 1]) >= _EXCURSION_YEARS \
                and abs(years[i + 1] - years[i - 1]) <= 1:
            out.add(id(explicit[i]))
    return out


_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that)\s+)$", re.I)
_NOUN_AFTER = re.compile(r"^[-\s]+[a-z]{3,}")
_EMBEDDED_BOUND = re.compile(r"\b(?:until|till|since|before)\s+(?:the\s+)?[^,.;:()]{1,50}?\s+(?:in|on|of)\s+$",
                             re.I)
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")
_COMPARED_BEFORE = re.compile(r"\b(?:as|than|like|unlike)\s+(?:in|on|at|during)\s+$", re.I)


def _aside(text: str, m: Mention) -> bool:
    """Whether an explicit date is said in passing, not as a step of the story: in brackets
    ("the Civil Constitution (1790)"), as a modifier ("the August 1792 uprising", "the 2003
    invasion"), in a name ("the Constitution of 1793"), or compared with ("as in 1614")."""
    if m.partial is None or m.partial.year is None:
        return False
    before = text[max(0, m.start - 30):m.start]
    after = text[m.end:m.end + 20]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        return True
    if _COMPARED_BEFORE.search(before):
        return True  # "the Estates to be arranged as in 1614": a time compared with, not reached
    if _EMBEDDED_BOUND.search(text[max(0, m.start - 70):m.start]):
        return True  # "lasted until the fall of Budapest in February 1945": an end point
    if tense(text, m.start, m.end, prepositions=False) is True:
        return True  # "troops for a campaign planned for 1976": a prospect, not a step
    if _ATTRIBUTIVE_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return True
    return bool(_NAME_OF_BEFORE.search(before))


def _coarsens(new: str, old: str | None) -> bool:
    """Whether `new` only restates, less precisely, the time the story is at ("1941" after
    "December 7, 1941"): then the story stays where it was."""
    if old is None:
        return False
    a, b = values.interval(new), values.interval(old)
    if a is None or b is None:
        return False
    return a.first <= b.first and b.last <= a.last and (a.first, a.last) != (b.first, b.last)


# "By June, the city had fallen": in a narrative, a date after "by" that lies ahead of the story
# moves the story there (the other distractor signals never do).
_FORWARD_SIGNALS = {"by"}


def _updates_narrative(m: Mention, te: TimeExpression, narrative_doc: bool,
                       story: str | None = None, text: str | None = None) -> bool:
    """Whether an expression moves the story's reference time (distractors do not)."""
    if m.type not in ("DATE", "TIME") or m.partial is None:
        return False
    if narrative_doc and te.anchor.kind == "publication":
        return False  # "now" of the writer is not a step of the story
    if te.value.startswith("X") or te.value in values.SPECIAL or "X" in te.value:
        return False
    p = m.partial
    if p.relative_to in ("previous", "publication") and p.offset is not None and p.offset < 0 \
            and (p.relative_to == "previous" or narrative_doc):
        return False  # "the previous year", "two days earlier", "two years ago" look back
    if narrative_doc and p.direction > 0 and m.rule in _STORY_DEICTIC_RULES:
        return False  # "by next summer", "next year" in a story: a prospect, not a step
    span = values.interval(te.value)
    if m.signal in _FORWARD_SIGNALS and narrative_doc and story is not None and span is not None \
            and p.year is not None:
        old = values.interval(story)  # "by the end of March 1944": the story has moved on
        return old is not None and span.first > old.last
    if m.signal in _NO_UPDATE_SIGNALS:
        return False
    if (narrative_doc and story is not None and span is not None and text is not None
            and p.year is not None and told_in_past_perfect(text, m.start, m.end)):
        old = values.interval(story)  # "troops that had invaded Burma in late 1943", told in
        if old is not None and span.last < old.first:  # May 1944: a flashback, not a step
            return False
    return span is not None
