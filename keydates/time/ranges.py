"""Ranges written as two complete dates: "from September 2003 to January 2004",
"between May 2003 and June 2004", "from mid-February to early March", "May 2003 – June 2004".

Each end is recognized by its own rule; this step joins the two into one expression whose value
is the start and whose `range_end` is the end (the start keeps its modifier: "mid-February to
early March" is MID February to March). The parts are kept: TimeML marks the two ends as two
TIMEX3 (`tag(..., timeml=True)` splits them again).
"""

from __future__ import annotations

import re

from keydates.time.model import Mention, Partial

# "from X to Y", "from X until Y", "from X through Y", "from X - Y"
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*", re.IGNORECASE)
# "between X and Y"
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# "X – Y" with no preposition: only two dates that both state their year ("May 2003 – June 2004")
_DASH = re.compile(r"\s*(?:-|–|—)\s*")
# a change of date, not a span: "the vote was moved from May 5 to May 12", "prices rose from
# 2003 levels", "the deadline was extended from June to December"
_CHANGE = re.compile(
    r"\b(?:postpon|mov|delay|push|pull|brought|bring|chang|shift|reschedul|switch|extend|advanc|"
    r"cut|rais|lower|reduc|increas|ris|rose|fell|fall|drop|climb|grow|grew|revis|amend|replac)\w*"
    r"(?:\s+[\w'’-]+){0,4}\s+$", re.IGNORECASE)


# numeric dates ("28/12/2021"): the reader settles their day and month order for the whole
# document first (events/__init__.py), so they are left as they are
_NUMERIC = re.compile(r"\d{1,4}[/.]\d")


def _fields(p: Partial) -> tuple[bool, ...]:
    return tuple(v is not None for v in (p.year, p.month, p.day, p.season, p.quarter, p.half))


def _joinable(m: Mention) -> bool:
    """A calendar date of its own: no relative step, weekday, range or numeric form."""
    p = m.partial
    return (m.type == "DATE" and p is not None and m.range_partial is None and p.unit is None
            and not _NUMERIC.match(m.text)
            and p.special is None and p.relative_to is None and m.relative_to is None
            and (p.year is not None or p.has_calendar_field))


def _key(p: Partial) -> tuple[int, int, int] | None:
    if p.year is None or p.bc:
        return None
    return (p.year, p.month or 0, p.day or 0)


def _ordered(a: Partial, b: Partial) -> bool:
    """The end does not lie before the start (when both years are known)."""
    ka, kb = _key(a), _key(b)
    if ka is None or kb is None:
        return True
    if ka[0] != kb[0] or not (ka[1] and kb[1]):
        return kb[0] >= ka[0]
    return kb >= ka


def _joins(text: str, a: Mention, b: Mention) -> bool:
    between = text[a.end:b.start]
    before = text[max(0, a.start - 60):a.start]
    if "\n" in between or not (_joinable(a) and _joinable(b)):
        return False
    assert a.partial is not None and b.partial is not None
    if not _ordered(a.partial, b.partial):
        return False
    if _TO.fullmatch(between) and _FROM.search(before):
        return not _CHANGE.search(before[:_FROM.search(before).start()])  # type: ignore[union-attr]
    if _AND.fullmatch(between) and _BETWEEN.search(before):
        return True
    # a dash alone joins two dates of one form ("May 2003 – June 2004"), not a label and its
    # text ("Aug. 11, 2020 — Fiscal 2020 revenue ...")
    return bool(_DASH.fullmatch(between)) and a.partial.year is not None and a.partial.has_calendar_field \
        and _fields(a.partial) == _fields(b.partial)


def join_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join each pair of dates written as a range into one expression (see the module doc)."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions) and _joins(text, a, mentions[i + 1]):
            b = mentions[i + 1]
            out.append(Mention(
                start=a.start, end=b.end, text=text[a.start:b.end], type="DATE", rule=a.rule,
                partial=a.partial, mod=a.mod, range_partial=b.partial, signal=a.signal,
                future=a.future, split=(a.end, b.start), parts=(a, b)))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
