"""Undated events told between two events of one day take that day.

A narrative told hour by hour ("Heavy rain began on the afternoon of Friday 11 March." |
"Forecasters had predicted 40 mm; 71 mm fell." | "That evening the river rose.") leaves some
sentences without a time of their own. While the resolver walks forward, such a sentence only
keeps the context's year (the context may have moved on by the next entry). Once the next event
is dated too, a careful reader sees that the story never left the day: when the events on both
sides fall on the same day, the undated one between them happened on it.

Only inherited dates are filled (basis "context" with no evidence of their own), only at a
coarser value that contains the day ("2022" or "2022-03" around 2022-03-11), never a thematic
statement left undated on purpose.

Examples (run by tests/test_events_context.py):
    "On 11 March 2022 rain began. | Forecasters had predicted less. | That evening the river rose."
        -> the middle sentence is 2022-03-11
    "On 11 March 2022 rain began. | Forecasters had predicted less. | On 14 March it stopped."
        -> the middle sentence keeps the year (the days differ)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from keydates.model import Anchor, EventDate


def _inherited(ed: EventDate) -> bool:
    """Dated only by the context's year or month, with no words of its own."""
    return ed.basis == "context" and ed.evidence is None and bool(ed.value) \
        and ed.granularity in ("year", "month")


def _day(ed: EventDate) -> str | None:
    """The single day an event is dated to, or None."""
    if ed.granularity != "day" or not ed.value or ed.mod or ed.range_end:
        return None
    return ed.value[:10]


def fill_same_day(pairs: Sequence[tuple[Any, Any]]) -> int:
    """Date inherited events lying between two events of one day on that day; how many were."""
    events = [ev for ev, _ in pairs]
    filled = 0
    for i in range(1, len(events) - 1):
        ed = events[i].date
        if not _inherited(ed):
            continue
        before = next((_day(e.date) for e in reversed(events[:i]) if not _inherited(e.date)), None)
        after = next((_day(e.date) for e in events[i + 1:] if not _inherited(e.date)), None)
        if before is None or before != after or not before.startswith(ed.value):
            continue
        events[i].date = replace(ed, value=before, earliest=before, latest=before,
                                 granularity="day", anchor=Anchor("previous_event", before))
        filled += 1
    return filled
