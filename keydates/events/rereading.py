"""Document-level rereadings of the time expressions found in a text, before events are dated:
slashed dates in the order the document writes them, durations that step from an event ("two days
after the collapse"), ages in a life told by ages, and day numbers of a diary ("Day 12:")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

_DAY_FIRST_STATED = re.compile(r"\b(?:day[/.-]month[/.-]year|dd[/.-]mm[/.-]yy(?:yy)?)\b", re.IGNORECASE)
_MONTH_FIRST_STATED = re.compile(r"\b(?:month[/.-]day[/.-]year|mm[/.-]dd[/.-]yy(?:yy)?)\b",
                                 re.IGNORECASE)
_SLASHED = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/\d{2,4})?")
_SLASHED_LABEL = re.compile(r"(?m)^[ \t>*•-]*(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![/\d])\s*[:–—-]"
                            r"|^\|\s*(?P<a2>\d{1,2})/(?P<b2>\d{1,2})(?![/\d])\s*\|")  # "| 6/12 | ..." in a table
# any full slashed date on the page, page furniture included ("Posted: 06/28/2024")
_FULL_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def _month_first(m: Any) -> Any:
    """A yearless numeric label read day first ("09/01": 9 January) read month first instead
    (1 September), where both numbers allow it."""
    def swap(p: Any) -> Any:
        return replace(p, month=p.day, day=p.month) if p is not None and p.day is not None and p.day <= 12 else p

    p, r = m.partial, m.range_partial
    if p is None or p.day is None or p.day > 12 or (r is not None and (r.day is None or r.day > 12)):
        return m
    return replace(m, partial=swap(p), range_partial=swap(r))


def numeric_convention(text: str, mentions: list[Any]) -> str | None:
    """"day" or "month" when the document shows (or states) the order of its slashed dates
    ("17/03/2021" is day first, "08/23/2005" month first) or, failing that, writes its other dates
    in one order three times as often as the other; None when it shows neither or both."""
    slashed = [_SLASHED.search(m.text) for m in mentions
               if m.rule in ("numeric_month_first", "numeric_month_first_short", "numeric_day_first",
                             "numeric_day_first_short", "numeric_month_first_yearless",
                             "numeric_day_first_yearless")]
    slashed = [g for g in slashed if g is not None]
    # yearless slashed labels opening lines ("- 5/15 – The first panels go up") count too
    labels = [(int(g["a"] or g["a2"]), int(g["b"] or g["b2"])) for g in _SLASHED_LABEL.finditer(text)]
    labels += [(int(g["a"]), int(g["b"])) for g in _FULL_SLASHED.finditer(text)]
    day_first = bool(_DAY_FIRST_STATED.search(text)) or any(int(g["a"]) > 12 for g in slashed) \
        or any(a > 12 >= b for a, b in labels)
    month_first = bool(_MONTH_FIRST_STATED.search(text)) or any(int(g["b"]) > 12 for g in slashed) \
        or any(b > 12 >= a for a, b in labels)
    if not day_first and not month_first and slashed:
        # no slashed date settles it: a page that writes its other dates day first ("24 Dec.
        # 1868", "2 Jan 2024", "18 January") is a day-first page (British, European)
        written_day = sum(m.rule.startswith("day_month") for m in mentions)
        written_month = sum(m.rule.startswith("month_day") for m in mentions)
        if written_day >= 3 and written_day >= 3 * written_month:
            return "day"
        if written_month >= 3 and written_month >= 3 * written_day:
            return "month"
    if day_first == month_first:
        return None
    return "day" if day_first else "month"


def numeric_order(text: str, mentions: list[Any], notes: list[str], convention: str | None = "unknown") -> list[Any]:
    """Read ambiguous slashed dates ("04/03/2021") in the order the document itself shows.

    The engine reads them month first (its documented policy) unless the first number exceeds
    12. A document settles the order for all its dates when it states its convention ("All dates
    are day/month/year") or writes an unambiguous one ("17/03/2021" is day first, "03/17/2021"
    month first); a document showing both keeps the engine's reading. `convention`: the caller's
    `numeric_convention` of the same mentions, when it has it.
    """
    if convention == "unknown":
        convention = numeric_convention(text, mentions)
    if convention != "day":
        return mentions
    out = []
    swapped = 0
    for m in mentions:
        p = getattr(m, "partial", None)
        if m.rule.startswith("numeric_month_first") and p is not None and p.day is not None \
                and p.day <= 12 and p.month != p.day:
            m = replace(m, partial=replace(p, month=p.day, day=p.month),
                        rule=m.rule.replace("numeric_month_first", "numeric_day_first"))
            swapped += 1
        out.append(m)
    if swapped:
        notes.append(f"{swapped} slashed date(s) read day first, as the document writes its dates")
    return out


_STEP_AFTER = re.compile(r"\s+(?P<dir>after|before)\s+(?:the|his|her|its|their|this|that)\s+[a-z]")
_STEP_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


# "After five days of talks, ...", "After three weeks, ...": a fronted 'after' + a counted span
# opening a sentence (or the text after a label), closed by a comma within a short phrase
_AFTER_FRONT = re.compile(r"(?:^|(?<=[.!?])[\"”’)]?\s+|(?<=\n)\s*|(?<=[–—:])\s+)(?P<after>After\s+(?:another\s+|a\s+further\s+)?)$")
_AFTER_CLOSE = re.compile(r"(?:\s+(?:of|in|on|at|under|behind)\s+[^,.;:!?\n]{1,40})?,")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def steps_from_events(text: str, mentions: list[Any]) -> list[Any]:
    """A duration before 'after/before the <event>' is a step from that event ("Two days after
    the collapse, the governor declared ...", "A week before the collapse, a resident had
    written"): counted, like "two days later", from the previous event. So is a fronted
    "After five days of talks, David Cameron forms a coalition" when its sentence names no
    calendar date of its own: days or weeks go on from the previous event (the talks follow the
    election); years measure a state ("After 37 years behind the counter, he closed the shop")
    that began long before it."""
    from keydates.time.model import Mention, Partial

    out = []
    for i, m in enumerate(mentions):
        value = getattr(m, "fixed_value", None) or ""
        dur = re.fullmatch(r"P(\d{1,3})([DWMY])", value) if m.type == "DURATION" and m.mod is None else None
        step = _STEP_AFTER.match(text, m.end) if dur else None
        if step and _FOR_SPAN.search(text, max(0, m.start - 6), m.start):
            step = None  # "adjourned the case for six weeks after the defence ...": a span
        if dur and step:
            sign = 1 if step.group("dir") == "after" else -1
            end = step.end("dir")
            m = Mention(m.start, end, text[m.start:end], "DATE", "step_from_event",
                        partial=Partial(unit=_STEP_UNITS[dur.group(2)], offset=sign * int(dur.group(1)),
                                        relative_to="previous", direction=sign))
        elif dur and dur.group(2) in "DW" and (front := _AFTER_FRONT.search(text, max(0, m.start - 40), m.start)) \
                and _AFTER_CLOSE.match(text, m.end) and not _dated_sentence(text, mentions, i):
            start = front.start("after")
            m = Mention(start, m.end, text[start:m.end], "DATE", "step_after_span",
                        partial=Partial(unit=_STEP_UNITS[dur.group(2)], offset=int(dur.group(1)),
                                        relative_to="previous", direction=1))
        out.append(m)
    return out


def _dated_sentence(text: str, mentions: list[Any], i: int) -> bool:
    """The sentence of mention `i` names a calendar date of its own ("After ten years of war, the
    treaty is signed on 3 May 1998"): that dates it, not the step."""
    stop = _SENTENCE_END.search(text, mentions[i].end)
    end = stop.start() if stop else len(text)
    return any(m.type in ("DATE", "TIME") and getattr(m, "partial", None) is not None
               and m.partial.relative_to is None and (m.partial.has_calendar_field or m.partial.year is not None)
               for m in mentions[i + 1:] if m.start < end)


_FOR_SPAN = re.compile(r"\b(?:for|of)\s+$", re.IGNORECASE)
_BORN = re.compile(r"\bborn\b", re.IGNORECASE)
_AT_AGE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<age>(?:At|Aged|At age) (?P<n>[1-9]\d?))(?=,|\s+(?:she|he|they)\b)")


def ages_as_years(text: str, mentions: list[Any]) -> list[Any]:
    """In a life told by ages ("Born on 9 May 2001 in Leeds. ... At 17, she was selected"), an
    age opening a sentence is the year of birth plus that age, unless the sentence gives its own
    calendar date."""
    from keydates.time.model import Mention, Partial

    birth = None
    for m in mentions:
        p = getattr(m, "partial", None)
        if p is not None and p.year is not None and not p.bc and 1000 <= p.year <= 2100 \
                and _BORN.search(text[max(0, m.start - 60):m.start]):
            birth = p.year
            break
    if birth is None:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for hit in _AT_AGE.finditer(text):
        a, b = hit.span("age")
        if any(s < b and a < e for s, e in taken):
            continue
        stop = _SENTENCE_END.search(text, b)
        end = stop.start() if stop else len(text)
        if any(b <= m.start < end and getattr(m, "partial", None) is not None and m.partial.year is not None
               and m.partial.month is not None and m.relative_to is None for m in mentions):
            continue  # "At 54, he wins the election of 6 July 2025": the sentence's own date
        extra.append(Mention(a, b, text[a:b], "DATE", "age_year",
                             partial=Partial(year=birth + int(hit.group("n")))))
    return sorted(mentions + extra, key=lambda m: (m.start, -m.end)) if extra else mentions


# "Day 12: Storm day.", "Day 1 (Monday 8 January 2024): ...": a day number opening a line
_DAY_NUMBER = re.compile(r"(?m)^[ \t>*_#•-]*(?P<label>(?:Day|DAY)\s+(?P<n>\d{1,3}))\b"
                         r"(?=\s*(?:\((?P<paren>[^)\n]{3,60})\))?\s*[:.–—-])")


def numbered_days(text: str, mentions: list[Any]) -> list[Any]:
    """A journey or trial told by day numbers ("Day 1 (Monday 8 January 2024): The plane drops
    us ...", "Day 3: Whiteout.", "Day 12: Storm day."): day N is N - 1 days after day 1, counted
    from the numbered day whose line gives its full date."""
    from keydates.time.model import Mention, Partial

    hits = list(_DAY_NUMBER.finditer(text))
    numbers = [int(h.group("n")) for h in hits]
    if len(hits) < 3 or numbers != sorted(numbers):
        return mentions
    base = None
    for h in hits:
        close = text.find("\n", h.end())
        window_end = min(h.end() + 60, close if close >= 0 else len(text))
        for m in mentions:
            p = getattr(m, "partial", None)
            if h.end() <= m.start < window_end and p is not None and p.year is not None \
                    and p.month is not None and p.day is not None and m.relative_to is None and not p.bc:
                try:
                    base = date(p.year, p.month, p.day) - timedelta(days=int(h.group("n")) - 1)
                except (ValueError, OverflowError):
                    base = None
                break
        if base is not None:
            break
    if base is None:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for h in hits:
        a, b = h.span("label")
        if any(s < b and a < e for s, e in taken):
            continue
        d = base + timedelta(days=int(h.group("n")) - 1)
        extra.append(Mention(a, b, text[a:b], "DATE", "numbered_day",
                             partial=Partial(year=d.year, month=d.month, day=d.day)))
    return sorted(mentions + extra, key=lambda m: (m.start, -m.end)) if extra else mentions
