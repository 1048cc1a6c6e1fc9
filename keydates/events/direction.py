"""The order a chronology's dates are written in: ascending, descending or unknown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from keydates.events.clauses import is_initial
from keydates.structure import Block
from keydates.time.values import interval, sort_key


def _bc_value(value: str, bc: bool, era_stated: bool) -> str:
    if bc and not era_stated and re.fullmatch(r"\d{4}", value[:4] or "") and not value.startswith("BC"):
        return "BC" + value
    return value


def _leads(text: str, d: Any) -> bool:
    """The draft's date leads its entry or sentence ("1998 -", "On March 3,", "In 2019 the
    ..."), as the dates of a list do, rather than a background year inside a sentence ("A 2019
    inspection rated it fair", "was in the winter of 1996")."""
    m, e = d.mention, d.entry
    if e.label is not None and e.label[0] <= m.start < e.label[1]:
        return True
    before = text[max(e.start, m.start - 200):m.start] if text else ""
    before = re.split(r"[.!?:;–—]\s", before)[-1]
    return is_initial(before, len(before))


def document_direction(drafts: Sequence[Any], headings: Sequence[Block],
                       heading_mentions: dict[int, Any], bc: bool, text: str = "") -> int:
    """+1 ascending, -1 descending, 0 unknown: the majority order of the dates as written.

    Consecutive dates that both state a year compare fully (weight 2); when either lacks the
    year they compare by month and day the shorter way round the year ("Dec. 26" then "Jan. 1"
    is 6 days forward, not 359 days back). Stated years also compare across the yearless dates
    between them when both lead their entries (background years inside sentences do not make
    a list).
    """
    seq: list[tuple[int, Any, bool]] = [(d.start, d.mention, not text or _leads(text, d))
                                        for d in drafts if d.mention is not None]
    seq += [(h.start, heading_mentions[id(h)], True) for h in headings
            if heading_mentions.get(id(h)) is not None]
    seq.sort(key=lambda t: t[0])
    points: list[tuple[tuple | None, tuple[int, int] | None]] = []  # (full key, (month, day))
    leading: list[bool] = []
    for _, m, lead in seq:
        value = m.value or ""
        if m.relative_to is not None:
            continue
        full = None
        if (not m.needs_anchor and value[:1].isdigit()) or value.startswith("BC"):
            era = bool(getattr(getattr(m, "partial", None), "era_stated", False))
            v = _bc_value(value, bc, era)
            if interval(v) is not None:
                full = sort_key(v)
        md_match = re.match(r"(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$", value)
        md = (int(md_match.group(1)), int(md_match.group(2) or 0)) if md_match else None
        if full is None and md is None:
            continue
        points.append((full, md))
        leading.append(lead)
    score = 0
    for (f1, md1), (f2, md2) in zip(points, points[1:]):
        if f1 is not None and f2 is not None:
            if f1 != f2:
                score += 2 if f2 > f1 else -2  # a stated year outweighs a guess
        elif md1 is not None and md2 is not None and md1 != md2:
            if md1[0] == md2[0] and 0 in (md1[1], md2[1]):
                continue  # a month heading and a day of that month ("OCTOBER" / "Oct. 12")
            d1, d2 = md1[1] or 15, md2[1] or 15
            step = ((md2[0] * 30.5 + d2) - (md1[0] * 30.5 + d1)) % 366
            score += 1 if step < 183 else -1
    # stated years compare with the next stated year across the yearless dates between them
    # ("1998" ... "12 March", "Early December" ... "1999": the list ascends)
    stated = [i for i, (f, _) in enumerate(points) if f is not None and leading[i]]
    for i, j in zip(stated, stated[1:]):
        if j > i + 1 and points[i][0] != points[j][0]:
            score += 2 if points[j][0] > points[i][0] else -2
    return (score > 0) - (score < 0)
