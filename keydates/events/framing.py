"""The frame around a chronology's entries: its introduction, a note on its era, its closing.

A chronology opens with a standfirst or a sentence introducing the list ("Here are some key
events since the revolt began in February:"), may state its era in a note ("All dates are BC
unless marked AD."), often closes with commentary ("Anniversaries are a reminder of how
quickly the unthinkable becomes history.") and may hold asides to the reader ("Visiting?"). None
of these is an entry: all are left out (a thematic statement inside the list stays, undated).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from keydates.events.sections import era_stated_bc
from keydates.model import Event
from keydates.structure.rules import layouts

_ERA_NOTE = re.compile(r"^\W*(?:note\s*:\s*)?(?:all |the )?(?:dates|years)\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"^[\"“(]*(?:he|she|it|they|his|her|its|their|this|these|those|the same|both)\b",
                      re.IGNORECASE)


_TITLE_BC = re.compile(r"\b\d{1,4}\s*(?:–|-|—|to)\s*\d{1,4}\s*(?:BC|BCE|B\.C\.)"
                       r"|\b(?:\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+)\s*(?:–|-|and|to)\s*(?:\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+)"
                       r"\s+centuries\s+(?:BC|BCE|B\.C\.)")
_TITLE_AD = re.compile(r"\b(?:AD|CE|A\.D\.|C\.E\.|present|today|modern)\b", re.IGNORECASE)


def title_span_bc(title: str) -> bool:
    """The title names a span wholly BC ("Classical Greece, 500–300 BC", "the 5th and 4th
    centuries BC"): the list's bare years lie in it, as if its era had been stated."""
    return bool(_TITLE_BC.search(title)) and not _TITLE_AD.search(title)


def era_note(text: str) -> bool:
    """The entry only states the list's era: "All dates are BC unless marked AD. ..."."""
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    return bool(_ERA_NOTE.match(first)) and era_stated_bc(first)


def drop_introduction(pairs: list[tuple[Event, Any]]) -> list[tuple[Event, Any]]:
    """Leave out what comes before the first dated event: undated paragraphs (a standfirst, a
    summary line) and a sentence introducing the list with a colon ("Here are the key events
    since the revolt began in February:"). An introduction of a few paragraphs closed by one
    that names the list ("Here is how the outbreak developed.") ends there, when nothing before
    it was dated by its own words other than against the publication ("in the past week")."""
    from keydates.structure.rules import layouts

    for j, (ev, draft) in enumerate(pairs[:3]):
        # a standfirst that names the list it opens ("... resigned on Friday. We look back at her
        # career.") over labelled entries ("**1971** Born in Halifax")
        after = pairs[j + 1:j + 4]
        if len(after) >= 2 and draft.entry.label is None and layouts().lead_markers.search(ev.text) \
                and sum(d.entry.label is not None for _, d in after) >= 2 \
                and all(d.entry.label is None for _, d in pairs[:j]) and len(ev.text.split()) <= 60:
            pairs = pairs[j + 1:]
            break
    for j, (ev, draft) in enumerate(pairs[:5]):
        if j + 1 < len(pairs) and draft.entry.label is None and ev.date.evidence is None \
                and len(ev.text.split()) <= 25 and layouts().lead_markers.search(ev.text) \
                and all(d.entry.label is None and (e.date.evidence is None or e.date.basis == "publication")
                        for e, d in pairs[:j]):
            pairs = pairs[j + 1:]
            break
    i = 0
    while i < len(pairs):
        ev, draft = pairs[i]
        # no time, or one that resolves to nothing while a dated entry follows ("... spent the
        # previous spring bottom of the table" over the list; a lone "On Friday, ..." with no
        # publication date stays, undated)
        undated = ev.date.value is None and (
            ev.date.evidence is None or any(e.date.value for e, _ in pairs[i + 1:]))
        introduces = draft.entry.label is None and ev.text.rstrip().endswith(":")
        if not (undated or introduces):
            break
        i += 1
    return pairs[i:]


def asides(drafts: Sequence[Any], text: str) -> set[int]:
    """The entries (by id) that are asides in the writer's voice or addressed to the reader
    ("Honestly, I nearly gave up.", "Visiting?", "Follow Ana Ruiz on X."): undated, unlabelled,
    they report no event (layouts.toml, [voice])."""
    voice = layouts().voice
    dated: set[int] = set()
    candidates: dict[int, Any] = {}
    for d in drafts:
        if d.mention is not None or d.explicit_cell is not None or d.entry.label is not None:
            dated.add(id(d.entry))
        else:
            candidates[id(d.entry)] = d.entry
    out = set()
    for key, entry in candidates.items():
        if key in dated:
            continue
        first = text[entry.start:entry.end].lstrip(" \t|>*_-–—•")
        if voice.search(first):
            out.add(key)
    return out


_PAST_AUX = re.compile(r"\b(?:was|were|had|did|said)\b", re.IGNORECASE)
_PRESENT_AUX = re.compile(r"\b(?:is|are|has|have|does|says)\b", re.IGNORECASE)
# the writer's now: a present perfect or a present state ("has been one of the few", "has
# outlived every ship", "remains a place where ...")
_WRITERS_NOW = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|long\s+|always\s+|never\s+|since\s+)?"
                          r"(?:been|become|outlived|remained|proved|proven|shown|changed|left)\b"
                          r"|\b(?:remains?|is still|are still|continues? to be)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|remains?|has|have|seems?|means?|stands?|lies|belongs?)\b",
                      re.IGNORECASE)


def narrates_in_past(texts: Sequence[str]) -> bool:
    """The entries tell their events in the past tense ("The council voted ..."), not in the
    historical present of most chronologies ("Troops enter Baghdad")."""
    joined = " ".join(texts)
    past, present = len(_PAST_AUX.findall(joined)), len(_PRESENT_AUX.findall(joined))
    return past >= 3 and past > 1.5 * present


def close_commentary(pairs: Sequence[tuple[Event, Any]]) -> int:
    """How many events at the end are closing commentary (not entries, the guide says): the undated prose paragraphs after the last event
    dated by its own words that speak from the writer's now: a present perfect or a lasting
    state ("The building has outlived every ship", "Millbrook remains a place where ..."), or,
    in a chronology told in the past tense, the present tense. A paragraph a heading dates,
    one under a labelled entry, or one continuing it explicitly ("In response, ...", "The same
    day ...", "They ...") keeps its date."""
    lay = layouts()
    past = narrates_in_past([ev.text for ev, _ in pairs])
    count = 0
    matched = False  # the trailing run holds commentary (not only undated statements)
    for ev, draft in reversed(pairs):
        d = ev.date
        if d.evidence is not None:
            break
        first = ev.text.split(". ")[0]
        if d.value is None:  # an undated statement at the close belongs to the same run
            count += 1
            matched = matched or bool(_WRITERS_NOW.search(first))  # "... has always been shaped by"
            continue
        entry = draft.entry
        anchor = d.anchor.kind if d.anchor is not None else "none"
        if entry.label is not None or entry.layout != "paragraph" or anchor != "previous_event" \
                or not draft.first_in_entry or lay.continuation.search(first) \
                or lay.same_time.search(ev.text[:400]) or _ANAPHOR.match(first):
            break
        if not (_WRITERS_NOW.search(first) or (past and _PRESENT.search(first))):
            break
        count += 1
        matched = True
    return count if matched else 0


__all__ = ["asides", "close_commentary", "drop_introduction", "era_note", "narrates_in_past"]
