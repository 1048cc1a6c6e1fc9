"""Modifiers the words around a time expression give an event's date.

The engine normalizes the expression; the words before and after it say how the event relates to
that time (`signal_mod`), and one idiom drops a modifier the engine sets (`drops_start`):

    "since Monday", "ever since 1998"            -> ON_OR_AFTER (a state from then on)
    "From 2013, treated water accumulates", "From 1840 she takes lessons"
                                                 -> ON_OR_AFTER (fronted, no end: "from 2013 to
                                                    2016" is a range)
    "After the revolution of April 1974, she ..." -> AFTER ("Before the war of 1914" -> BEFORE)
    "The troops leave by December 2011"          -> ON_OR_BEFORE (done at the latest then)
    "By 1801, 100,000 people had been vaccinated", "By 1939 the gallery owned 600 works"
                                                 -> ON_OR_BEFORE (fronted: done or so by then),
        but not "By Sunday evening roads had reopened" (a part of the day: that day), "By
        December 2014 a ferry was carrying" (a progressive: a state at that time), or a label
        "By September — ..."
    "Earlier this month, the chief warned"       -> no START: before now, not the early part

Examples run in tests/test_events_context.py.
"""

from __future__ import annotations

import re
from typing import Any

_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_BY_OPENS = re.compile(r"(?:^|[.;:!?\n]\s*|,\s*)(?:by\s+)(?:the\s+)?$", re.IGNORECASE)
_SPAN_END = re.compile(r"\s*(?:(?:to|until|till|through|and)\b|[-–—])", re.IGNORECASE)
_FROM_ON = re.compile(r"(?:^|[.;:!?\n]\s*)from\s+(?:the\s+)?$", re.IGNORECASE)
_FRONTED = re.compile(r"(?:^|[.!?:\n]\s*)(?P<word>after|following|before|in the (?:wake|aftermath) of)"
                      r"\s+(?:an?|the|his|her|their|its|this|that)\s+[^,;.\n]{0,60}?\s(?:of|in|on)\s*$",
                      re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:was|were|is|are)\s+(?:still\s+|already\s+|now\s+)?[a-z]{2,}ing\b", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\b(?:dawn|morning|noon|afternoon|evening|night|midnight|dusk)\b", re.IGNORECASE)
_EARLIER_THIS = re.compile(r"earlier\s+(?:this|in\s+the)\s+(?:week|month|year|season|quarter)\b", re.IGNORECASE)


def signal_mod(text: str, m: Any, has_end: bool, label: tuple[int, int] | None) -> str | None:
    """The TIMEX3 mod the words around mention `m` give its event, or None."""
    before = text[max(0, m.start - 90):m.start]
    if (getattr(m, "signal", None) or "").lower() == "since" or _SINCE.search(before[-14:]):
        return "ON_OR_AFTER"
    if not has_end and getattr(m, "relative_to", None) is None and _FROM_ON.search(before[-40:]) \
            and not _SPAN_END.match(text, m.end):  # "From then on" continues the previous event
        return "ON_OR_AFTER"
    fronted = _FRONTED.search(before)
    if fronted is not None:
        return "BEFORE" if fronted.group("word").lower() == "before" else "AFTER"
    if _BY.search(before[-10:]) and (not _BY_OPENS.search(before[-40:]) or _by_then(text, m, label)):
        return "ON_OR_BEFORE"
    return None


def _by_then(text: str, m: Any, label: tuple[int, int] | None) -> bool:
    """A fronted "By <date>," not over a progressive: done by then (see the module's examples)."""
    if (label is not None and label[0] <= m.start < label[1]) or re.match(r"\s*[—–-]+\s", text[m.end:m.end + 4]):
        return False
    if _PART_OF_DAY.search(m.text) or getattr(getattr(m, "partial", None), "part_of_day", None):
        return False
    end = min([i for i in (text.find(".", m.end), text.find("\n", m.end)) if i != -1] or [len(text)])
    main = re.split(r",\s*(?:and|but|while|as)\b|;", text[m.end:end].lstrip(" ,"), maxsplit=1)[0]
    return not _PROGRESSIVE.search(main)  # the main clause's verb, not a coordinated one


def drops_start(m: Any) -> bool:
    """"Earlier this month/week/year": some time before now in that period, not its early part
    (TimeML marks START; readers of a chronology date the period itself)."""
    return bool(_EARLIER_THIS.match(getattr(m, "text", "") or ""))
