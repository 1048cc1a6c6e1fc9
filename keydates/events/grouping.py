"""Where a labelled or headed entry splits into events, and what is no event at all.

Predicates the event drafting (`keydates.events._drafts`) asks of a clause: does its date lie
outside the heading over the entry (the next event), is it a side remark or background told in
another tense (no event of its own), is the entry a question to the reader; and the date of a table
row whose Year cell is followed by a Date cell. Each states its phenomenon with an example;
`tests/test_events_session6.py` runs them on whole texts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from keydates.events.framing import narrates_in_past
from keydates.events.labels import label_mention
from keydates.structure import Block, Structure


def after_semicolon(text: str, start: int) -> bool:
    """The clause at `start` follows a ';' (not a new sentence)."""
    return text[max(0, start - 3):start].rstrip().endswith(";")


_PAST_AUX = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
_PRESENT_AUX = re.compile(r"\b(?:is|are|has|have)\b", re.IGNORECASE)


def _past_in_present_entry(text: str, m: Any, e: Block) -> bool:
    """`m` is told in the past ("the clock on its tower was added in 1901") inside an entry of the
    list's historical present; a present passive ("a partial ban is finally adopted in 2016") is
    the list's own tense."""
    clause = text[max(text.rfind(";", e.start, m.start), text.rfind(".", e.start, m.start), e.start):m.start]
    return bool(_PAST_AUX.search(clause)) and not _PRESENT_AUX.search(clause) \
        and not narrates_in_past([text[e.start:e.end]])


_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}


def month_outside_heading(text: str, m: Any, st: Structure, e: Block) -> bool:
    """A yearless month (or day) in a later sentence that the season, month or day heading over
    the entry cannot contain ("Autumn 2021" / "Satellite images show forces massing. | In December,
    Moscow demands ..."; "20 July 1974" / "... | A ceasefire takes effect on 16 August"): the next
    event, not a refinement of the first sentence."""
    from keydates.time import find

    q = getattr(m, "partial", None)
    if q is None or q.month is None or q.year is not None or m.relative_to is not None or e.heading_index is None:
        return False
    h = st.headings[e.heading_index]
    found = [x for x in find(text[h.start:h.end]) if getattr(x, "partial", None) is not None]
    p = found[0].partial if found else None
    if p is None or p.year is None:
        return False
    if p.day is not None:  # "20 July 1974" / "... A ceasefire takes effect on 16 August"
        return q.day is not None and (q.month, q.day) != (p.month, p.day)
    if p.season is not None:
        return q.month not in _SEASON_MONTHS.get(p.season, ())
    return p.month is not None and q.month != p.month


def past_aside_after_semicolon(text: str, start: int, m: Any, e: Block) -> bool:
    """A ';' clause told in the past with a year of its own in a present-tense entry under a
    dated heading: background to the heading's event ("St Anne's Primary celebrates 150 years;
    the school was founded in 1874."), not its date."""
    p = getattr(m, "partial", None)
    return p is not None and p.year is not None and m.relative_to is None \
        and after_semicolon(text, start) and _past_in_present_entry(text, m, e)


def later_year_after_semicolon(text: str, start: int, m: Any, st: Structure, e: Block) -> bool:
    """A ';' clause whose complete date lies in another year than the heading over its entry,
    told like the list's events: a past tense in a present-tense list is an aside ("1872 / The
    institute moves in; the clock on its tower was added in 1901.")."""
    p = getattr(m, "partial", None)
    if p is None or p.year is None or e.heading_index is None or not after_semicolon(text, start) \
            or _past_in_present_entry(text, m, e):
        return False
    h = st.headings[e.heading_index]
    years = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", h.text)}
    return len(years) == 1 and p.year not in years and not p.bc


_ASIDE_BEFORE = re.compile(r"\w[^,;]*,\s*(?:[\w'’-]+\s+){1,4}$")
_ASIDE_AFTER = re.compile(r"^\s*,")


def in_aside(text: str, clause_start: int, m: Any) -> bool:
    """The date closes a side remark set off by commas after a noun ("the ban, reversed in
    November, devastates the harvest"): it dates the remark, not the clause's event."""
    return bool(_ASIDE_BEFORE.search(text[clause_start:m.start])) and bool(_ASIDE_AFTER.match(text[m.end:m.end + 3]))


# an entry that is one question ("What is a configuration update?", "Why might 753 BC be called
# a 'traditional' date?"): a question to the reader or a Q&A heading, not an event
QUESTION = re.compile(r"[\"“*_]*(?i:why|what|when|where|who|whom|whose|which|how|is|are|was|were|do|does|did|can|could|"
                       r"will|would|should|has|have|had)\b[^.!?:\n]{3,200}\?[\"”’*_)]*")


def year_and_date_cells(text: str, a: int, b: int, mentions: list[Any], usable: Any) -> Any | None:
    """The date of a row whose Year cell is followed by a Date cell: the date cell read in the
    year cell's year ("2016 | June": 2016-06; "2017 | 14 Feb": 2017-02-14; "2022 | Late 2022":
    late 2022, as the date cell says)."""
    bar = text.rfind("|", a, b)
    year_m = re.search(r"\d{3,4}", text[a:bar])
    if year_m is None:
        return None
    year = int(year_m.group())
    ds = bar + 1 + (len(text[bar + 1:b]) - len(text[bar + 1:b].lstrip()))
    found = [m for m in mentions if ds <= m.start < b and m.end <= b and usable(m)]
    m = found[0] if found else label_mention(text[ds:b], ds)
    p = getattr(m, "partial", None)
    if m is None or p is None or m.relative_to is not None or p.bc:
        return None
    if p.year is None:
        m = replace(m, partial=replace(p, year=year))
    elif p.year != year:
        return None  # the cells disagree: leave the row to the year cell
    return m
