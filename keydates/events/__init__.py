"""Events of a chronology: one dated event per entry or per dated clause -> `Timeline`.

Pipeline: read (keydates.read) -> structure (keydates.structure) -> find time expressions once
over the text (keydates.time.find) -> clauses and their event dates (clauses.py, distractors.toml)
-> context resolution with an explicit `Reference` per event (context.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from keydates.events.clauses import (
    apposition,
    clause_candidates,
    new_sentence,
    restated,
    split_clauses,
    split_coordinated,
)
from keydates.events.context import SEASON_SPAN, Resolver, bare_label_years
from keydates.events.continuity import topic_stems
from keydates.events.direction import document_direction
from keydates.events.docyears import (
    anniversary_day,
    anniversary_year,
    lead_days,
    lead_year,
    subtitle_year,
    title_year,
)
from keydates.events.eventdates import adds_no_time
from keydates.events.framing import (
    asides,
    close_commentary,
    drop_introduction,
    era_note,
    narrates_in_past,
    title_span_bc,
)
from keydates.events.gaps import fill_same_day
from keydates.events.grouping import (
    QUESTION,
    after_semicolon,
    in_aside,
    later_year_after_semicolon,
    month_outside_heading,
    past_aside_after_semicolon,
    year_and_date_cells,
)
from keydates.events.labels import clock_of, label_mention
from keydates.events.rereading import (
    _month_first,
    ages_as_years,
    numbered_days,
    numeric_convention,
    numeric_order,
    steps_from_events,
)
from keydates.events.sections import era_stated_bc
from keydates.model import Document, Event, EventDate, Timeline
from keydates.read import read
from keydates.structure import Block, Structure, segment
from keydates.structure.rules import fiscal_start_month
from keydates.time.recognize import find_in_spans

__all__ = ["Draft", "extract", "extract_document", "extract_text"]


@dataclass(slots=True)
class Draft:
    """An event before resolution: its span, entry and the mention dating it (or None)."""

    start: int
    end: int
    entry: Block
    mention: Any | None
    first_in_entry: bool
    explicit_cell: Block | None = None  # a table's date cell dating this row
    refiner: Any | None = None  # a finer yearless date refining a year label ("1885: ... in July")


def extract(source: Any, published: Any = None) -> Timeline:
    """Read a chronology (path, URL, "-", text, bytes or file object) and return its timeline."""
    return extract_document(read(source, published))


def extract_text(text: str, published: Any = None, fmt: str | None = None) -> Timeline:
    """The timeline of a text given as a string (never taken for a path, URL or "-")."""
    from keydates.read import read_text

    return extract_document(read_text(text, "-", published, fmt))


def extract_document(doc: Document) -> Timeline:
    """The timeline of a document already read."""
    note = _dateline_year(doc)
    timeline = _extract_document(doc)
    if note:
        timeline.notes.append(note)
    return timeline



# "by <date>" opening a later clause of the same sentence: the state the labelled event has reached
# by then ("2011 – Online check-in launches; by 2015 it is used by two thirds of passengers"), a
# note on the label's event (all five annotators who met it), not an event of its own; the engine
# records the "by" as the mention's signal


def _progress_by(text: str, clause_start: int, m: Any) -> bool:
    """The clause at `clause_start` goes on the sentence with a state reached 'by <date>'."""
    return not new_sentence(text, clause_start) and getattr(m, "signal", None) == "by"


def _dateline_year(doc: Document) -> str | None:
    """A dateline the text leaves open is settled by the article's latest dated event (a first
    pass without publication date): without a year ("ROME, Oct 4 - ") it is the first such
    day not before that event; a numeric date whose order is open ("09/11/2021") is the reading
    not before it."""
    from keydates.read.dateline import dateline_candidates

    if doc.published_source != "dateline":
        return None
    candidates = dateline_candidates(doc.text)
    if not candidates or (len(candidates) == 1 and not candidates[0].startswith("XXXX")):
        return None
    probe = _extract_document(replace(doc, published=None, published_source="none"))
    latest = max((e.date.latest for e in probe.events
                  if e.date.latest and e.date.latest[:1].isdigit()
                  and e.date.basis in ("explicit", "context", "relative")), default=None)
    if latest is None:
        return None
    options: list[str] = []
    for raw in candidates:
        if raw.startswith("XXXX"):
            for year in (int(latest[:4]), int(latest[:4]) + 1):
                try:
                    options.append(date(year, int(raw[5:7]), int(raw[8:10])).isoformat())
                except ValueError:
                    continue
        else:
            options.append(raw)
    if not options:
        return None
    fitting = sorted(o for o in options if o >= latest)
    chosen = fitting[0] if fitting else max(options)  # else the reading nearest to it
    if chosen == doc.published:
        return None
    doc.published = chosen
    return (f"publication date {chosen}: the dateline ({' or '.join(candidates)}) read as "
            f"the first date not before the latest event ({latest})")


def _extract_document(doc: Document) -> Timeline:
    timeline = Timeline(document=doc)
    if not doc.text.strip():
        timeline.notes.append("empty input: no events")
        return timeline
    st = segment(doc.text, doc.title)
    if doc.title is None and st.title is not None:
        doc.title = st.title.text
    if st.lead is not None:
        doc.lead = st.lead.text
    published = date.fromisoformat(doc.published) if doc.published else None
    if published is None:
        timeline.notes.append("publication date unknown: weekdays, 'today' and other expressions "
                              "counted from it are left undated")
    found = _find_per_block(doc.text, st)
    convention = numeric_convention(doc.text, found)
    month_first = convention == "month"
    mentions = numeric_order(doc.text, found, timeline.notes, convention)
    mentions = steps_from_events(doc.text, mentions)
    mentions = ages_as_years(doc.text, mentions)
    mentions = numbered_days(doc.text, mentions)
    starts = [m.start for m in mentions]

    def within(s: int, e: int) -> list[Any]:
        i = bisect.bisect_left(starts, s)
        out = []
        while i < len(mentions) and mentions[i].start < e:
            if mentions[i].end <= e:
                out.append(mentions[i])
            i += 1
        return out

    heading_mentions = {id(h): _heading_mention(doc.text, h, within) for h in st.headings}
    clock_headings = {i: heading_mentions[id(h)] for i, h in enumerate(st.headings)
                      if heading_mentions[id(h)] is not None
                      and heading_mentions[id(h)].rule == "label_clock"}
    drafts = _drafts(doc.text, st, within, clock_headings, month_first)
    # the era stated once: in the title or lead, or in a table's header ("Dates (BC)")
    # a note on the list anywhere on the page ("Note: All dates are BC." under it), or a title
    # whose whole span is BC ("Classical Greece, 500–300 BC")
    first_entry = min((e.start for e in st.entries), default=len(doc.text))
    bc = era_stated_bc(" ".join([b.text for b in (st.title, st.lead) if b is not None]
                                + [h.text for h in st.headings if h.end <= first_entry])) or any(
        (f.rule == "table_header" and _ERA_BC.search(f.text)) or era_note(f.text) for f in st.furniture) \
        or title_span_bc(doc.title or (st.title.text if st.title else ""))
    # a paragraph introducing the list states it ("How to use this sheet: ... All dates below are
    # BC, so ...")
    first_labelled = min((e.start for e in st.entries if e.label is not None), default=None)
    bc = bc or (first_labelled is not None and any(
        e.label is None and e.layout == "paragraph" and e.end <= first_labelled
        and era_stated_bc(doc.text[e.start:e.end]) for e in st.entries))
    notes_on_era = [d for d in drafts if d.first_in_entry and era_note(doc.text[d.entry.start:d.entry.end])]
    # "*All dates in this section are BC.*": the era of that section only
    bc_section = next((st.headings[d.entry.heading_index] for d in notes_on_era if d.entry.heading_index is not None
                       and _THIS_SECTION.search(doc.text[d.entry.start:d.entry.end])), None)
    if notes_on_era:  # "All dates are BC unless marked AD.": a note on the list, not an event
        bc = bc or bc_section is None
        note_entries = {id(d.entry) for d in notes_on_era}
        drafts = [d for d in drafts if id(d.entry) not in note_entries]
    aside = asides(drafts, doc.text)  # "Honestly, I nearly gave up.", "Visiting?": not entries
    if aside:
        drafts = [d for d in drafts if id(d.entry) not in aside]
    direction = document_direction(drafts, st.headings, heading_mentions, bc, doc.text)
    resolver = Resolver(doc.text, published, direction, bc, timeline.notes)
    resolver.bc_section = bc_section
    resolver.mentions_within = within
    resolver.bare_label_years = bare_label_years(drafts)
    resolver.title_year = title_year(doc.title or (st.title.text if st.title else "")) or subtitle_year(st) \
        or anniversary_year(doc.title or (st.title.text if st.title else ""), st, published) \
        or lead_year(st, published)
    resolver.clock_direction = clock_direction(sorted(
        [d.mention for d in drafts if d.mention is not None and d.first_in_entry]
        + list(clock_headings.values()), key=lambda m: m.start))
    resolver.fiscal_start = fiscal_start_month(doc.text)
    resolver.topic = topic_stems(doc.title or "", doc.text)
    resolver.anniversary = anniversary_day(st, published)
    resolver.lead_days = lead_days(st, published)
    resolver.past_narration = narrates_in_past([doc.text[e.start:e.end] for e in st.entries])
    if resolver.anniversary is not None:
        timeline.notes.append("an 'on this day' page: years are dated on %02d-%02d" % resolver.anniversary)
    items: list[tuple[int, int, Any]] = [(h.start, 0, h) for h in st.headings]
    items += [(d.start, 1, d) for d in drafts]
    last: Draft | None = None
    pairs: list[tuple[Event, Draft]] = []
    commentary = 0
    for _, kind, item in sorted(items, key=lambda t: (t[0], t[1])):
        if kind == 0:
            resolver.enter_heading(item, heading_mentions[id(item)])
            continue
        saved = resolver.save()
        event_date = resolver.date_of(item)
        if resolver.commentary and event_date.value is None and item.first_in_entry:
            # the writer's comment is not an entry of the chronology (the annotation guide:
            # "commentary ... not entries"); it leaves the context as it was
            resolver.restore(saved)
            commentary += 1
            continue
        if not item.first_in_entry and last is not None and last.entry is item.entry \
                and adds_no_time(pairs[-1][0].date, event_date, item.mention, published):
            # a side remark, not an event of its own: it stays in its entry's event and
            # leaves the context as it was ("... after Washington Mutual in 2008")
            resolver.restore(saved)
            ev = pairs[-1][0]
            ev.end = item.end
            ev.text = doc.text[ev.start:ev.end]
            continue
        if _page_stamp(doc.text[item.start:item.end], event_date, published, pairs):
            # "**The Wye Valley Courier** | Friday 29 December 2023 | 3 comments", "... Staff
            # report | Dec. 30, 2025" at the head of the page: its date, not a story event, and
            # not the reference of the months below it
            resolver.restore(saved)
            continue
        last = item
        pairs.append((Event(start=item.start, end=item.end, text=doc.text[item.start:item.end],
                            section=item.entry.section, date=event_date), item))
    # the frame of the list (framing.py): its introduction is left out, its closing
    # commentary gets no date
    pairs = drop_introduction(pairs)
    closing = close_commentary(pairs)
    if closing:
        pairs = pairs[:-closing]
        timeline.notes.append(f"{closing} closing paragraph(s) of commentary left out")
    if commentary:
        timeline.notes.append(f"{commentary} paragraph(s) of commentary left out")
    fill_same_day(pairs)
    timeline.events = [ev for ev, _ in pairs]
    if not timeline.events:
        timeline.notes.append("no dated entries found: the text has no chronology entries")
    return timeline


_THIS_SECTION = re.compile(r"\b(?:in|of|for|under) this (?:section|part|chapter|table|list|period)\b", re.IGNORECASE)
def _find_per_block(text: str, st: Structure) -> list[Any]:
    """Time expressions of each heading and entry, found block by block so that no expression
    runs across a block boundary ("...Latest first\n\nMay 3 — ..." is not "first May")."""
    out: list[Any] = []
    blocks = sorted(st.headings + st.entries, key=lambda b: b.start)
    for b, found in zip(blocks, find_in_spans(text, [(b.start, b.end) for b in blocks]), strict=True):
        for m in found:
            out.append(replace(m, start=m.start + b.start, end=m.end + b.start))
    return sorted(out, key=lambda m: (m.start, -m.end))


_USABLE_TYPES = ("DATE", "TIME")


def usable(m: Any) -> bool:
    """A mention that can date an event: a calendar date or time, or 'currently'/'today'.

    A bare time of day in running text ("at 3:15 p.m.", "by evening") happens on the day the
    context gives, so it does not date the event by itself (a clock label "00:20 –" does).
    """
    if m.type not in _USABLE_TYPES:
        return False
    if clock_of(m) is not None and m.rule != "label_clock":
        return False
    value = m.value or ""
    if value in ("PAST_REF", "FUTURE_REF"):
        return False
    return (any(c.isdigit() for c in value) or value.startswith("XXXX-") or value == "PRESENT_REF"
            or m.relative_to is not None)


def _heading_mention(text: str, h: Block, within: Any) -> Any | None:
    lm = label_mention(text[h.start:h.end], h.start)
    if lm is None and h.label is not None:
        # a post heading that leads with its clock time ("17:45 - Bank says services restored")
        lm = label_mention(text[h.label[0]:h.label[1]], h.label[0])
        if lm is not None and lm.rule != "label_clock":
            lm = None
    if lm is not None and lm.rule == "label_clock":
        # a bare clock heading ("### 11:55 p.m.", "16:02 GMT") heads one post of a live page:
        # the time of day of the day it is filed under, not a time counted from publication
        return lm
    found = [m for m in within(h.start, h.end) if usable(m)]
    if found:
        # a complete date beats a weekday counted from the writer's day ("'A normal Tuesday' —
        # April 9, 2024": the day is April 9, 2024, not the Tuesday before publication)
        full = [m for m in found if m.relative_to is None and getattr(m, "partial", None) is not None
                and m.partial.year is not None and m.partial.month is not None]
        if full and found[0].relative_to == "publication" and getattr(found[0], "partial", None) is not None \
                and found[0].partial.weekday is not None and found[0].partial.day is None:
            return full[0]
        return found[0]
    return lm if h.date_heading else None


def _label_mentions(text: str, e: Block, mentions: list[Any], month_first: bool = False) -> list[Any]:
    """The entry's mentions, plus its date label read as a date when the engine left it (a
    numeric "08/29" label month first when the document writes its dates so: "08/23/2005")."""
    if e.label is None:
        return mentions
    a, b = e.label
    for m in mentions:
        if m.start < b and m.end > a and getattr(m, "future", None) is not None:
            # a date label has no verb of its own: "18 February – The council confirms that
            # the bridge will reopen" is not a future 18 February (the list's order decides)
            m.future = None
    inside = [m for m in mentions if m.start < b and m.end > a and usable(m)]
    if "|" in text[a:b]:  # a Year cell and a Date cell: "2016 | June", "2018 | 23 January 2018"
        cells = year_and_date_cells(text, a, b, mentions, usable)
        if cells is not None:
            return sorted([m for m in mentions if not (m.start < b and m.end > a)] + [cells],
                          key=lambda m: m.start)
    lm = label_mention(text[a:b], a)
    if lm is not None and month_first and lm.rule == "label_numeric_day":
        lm = _month_first(lm)
    if inside and lm is not None and (lm.rule == "label_year_day" or all(
            m.end - m.start < lm.end - lm.start or (lm.range_partial is not None and _backwards(m))
            for m in inside)):
        # the layout says the whole label is a date: its own reading wins when the engine
        # reads only part of it ("**2008 May**": only "2008"; "2181–2055" in a BC table: only
        # "2055"), reads a span as running backwards ("2055–1650" is a BC span) or a year and
        # its day as a range ("793 – 8 June")
        return sorted([m for m in mentions if m not in inside] + [lm], key=lambda m: m.start)
    if inside:
        return mentions
    return sorted(mentions + [lm], key=lambda m: m.start) if lm is not None else mentions


def _backwards(m: Any) -> bool:
    """A year range whose end year comes before its start, with no era of its own."""
    p, q = getattr(m, "partial", None), getattr(m, "range_partial", None)
    return p is not None and q is not None and p.year is not None and q.year is not None \
        and not p.bc and q.year < p.year


def _yearless_calendar_date(m: Any) -> bool:
    """A month or day without a year, read in its context: under a dated heading a deadline
    reached ("## Winter 1348-49" / "The pestilence was in London by early November") can only make
    the heading's date finer, unlike a state's start ("the fourth hold since it last cut in June",
    "their largest majority since 1987")."""
    q = getattr(m, "partial", None)
    return q is not None and q.year is None and m.relative_to is None and q.weekday is None \
        and (q.month is not None or q.day is not None)


def _outside(text: str, s: int, e: int, span: tuple[int, int]) -> str:
    """The text of [s, e) without the part inside `span`."""
    lo, hi = min(max(span[0], s), e), min(max(span[1], s), e)
    return text[s:lo] + text[hi:e]


def _year_in_period(clauses: list[Any], label_m: Any, p: Any) -> Any | None:
    """The first dated year inside a decade or century label ("**1960s.** The school closed in
    1964", "The twentieth century. The hall opened in 1921"): it dates the entry more finely.
    A year outside the period is a side remark ("1990s: the firm, founded in 1907, ...")."""
    for cl in clauses:
        for m in cl.candidates:
            q = getattr(m, "partial", None)
            if m is label_m or q is None or q.year is None or q.bc != p.bc or m.relative_to is not None \
                    or m.range_partial is not None:
                continue
            if (p.decade is not None and q.year // 10 == p.decade) \
                    or (p.decade is None and q.year // 100 == p.century):
                return m
    return None


_RELATIVE_CLAUSE = re.compile(r",\s+(?:where|which|who|whose|when)\b")
_STAMP_SEPARATOR = re.compile(r"\s[|·]\s")


def _page_stamp(text: str, ed: EventDate, published: date | None, pairs: list[tuple[Event, Draft]]) -> bool:
    """The page's own date at its head, in a stamp of parts set off by bars or dots (masthead,
    byline, comment count), before any event dated by its own words."""
    return published is not None and ed.basis == "explicit" and ed.value == published.isoformat() \
        and bool(_STAMP_SEPARATOR.search(text)) and len(text.split()) <= 16 \
        and not any(ev.date.evidence is not None for ev, _ in pairs)


# an entry opened by a vague step from the event above ("Within months, ...", "In the weeks that followed")
_VAGUE_STEP = re.compile(r"[\W_]*(?:Within|In)\s+(?:a\s+few\s+|several\s+|the\s+(?:following|next|coming)\s+)?"
                         r"(?:hours|days|weeks|months|years)\b", re.IGNORECASE)
_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}


def _refiner(clauses: list[Any], label_m: Any) -> Any | None:
    """A finer yearless date inside an entry whose label it refines: a month, day or season
    under a year label ("1885: ... in July"), a day of the label's month under a month label
    ("January 2020 – ... on January 11", "July: ... resigns on 7 July"), a month of the
    label's season ("Summer 1938 – ... in July")."""
    p = getattr(label_m, "partial", None)
    r = label_m.range_partial
    season = r is not None and p is not None and p.year is not None and r.year == p.year + 1 \
        and not p.has_calendar_field and not r.has_calendar_field \
        and bool(SEASON_SPAN.search(label_m.text or ""))  # "2019–20: ... in March"
    # (a span of two full years, "1973–1974 – ... in May 1974", is not a season: its month stays inside)
    if p is None or (r is not None and not season):
        return None
    if p.year is None and (p.decade is not None or p.century is not None) and r is None:
        return _year_in_period(clauses, label_m, p)
    month_label = p.month is not None and p.day is None and p.weekday is None \
        and p.season is None and p.quarter is None
    if p.season is not None and p.year is not None and p.month is None and r is None:
        # "Summer 1938 – Escapes across the border in July": a month of that season
        months = _SEASON_MONTHS.get(p.season, ())
        return next((m for cl in clauses for m in cl.candidates if m is not label_m and m.relative_to is None
                     and (q := getattr(m, "partial", None)) is not None and q.year is None
                     and q.month in months and q.weekday is None), None)
    if not month_label and (p.year is None or p.has_calendar_field):
        return None
    for cl in clauses:
        for m in cl.candidates:
            q = getattr(m, "partial", None)
            step = m.relative_to == "previous" and q.offset and q.unit in ("day", "week")
            # the writer's day under the current year's label ("2021 Hands over to Scholz today")
            # (or its month or week: "2026 – This month the Courier opens its archive")
            today = m.relative_to == "publication" and q is not None and q.unit in ("day", "week", "month") \
                and q.offset in (0, -1) and q.weekday is None
            if getattr(m, "signal", None) == "by" and not month_label:
                continue  # a state reached by then: "Early 2025 - A programme begins; by the end of March ..."
            if m is label_m or q is None or q.year is not None or (
                    m.relative_to is not None and not _same_period(m) and not _weekday(m) and not step
                    and not today):
                continue  # a weekday counts from the publication date: "2013 Dies ... on
                # Thursday evening" refines the label when that Thursday falls in it
            if month_label:
                # "January 2020 – ... on January 11", "1918 February - ... on the 24th"
                if q.month in (p.month, None) and q.day is not None and q.weekday is None:
                    return m
            elif (q.has_calendar_field and (q.weekday is None or (q.month is not None and q.day is not None))) \
                    or _weekday(m) or step or today:  # "1963: On Tuesday, October 15th, ..."
                return m
    if not month_label:
        # only a fronted background phrase names a finer time ("1989 After the Berlin Wall falls in
        # November, she joins ..."): the event follows it closely, in that month
        for cl in clauses:
            for m, why in cl.rejected:
                q = getattr(m, "partial", None)
                if why == "fronted_background_event" and q is not None and q.year is None \
                        and m.relative_to is None and q.month is not None:
                    return m
    return None


def _drafts(text: str, st: Structure, within: Any,
            clock_headings: dict[int, Any] | None = None, month_first: bool = False) -> list[Draft]:
    drafts: list[Draft] = []
    clock_headings = clock_headings or {}
    used_cells: set[int] = set()
    after_table = False  # plain paragraphs right after a table's rows
    for e in st.entries:
        if e.layout == "table":
            after_table = True
        elif e.layout != "paragraph":
            after_table = False
        elif after_table and not any(usable(m) for m in within(e.start, e.end)):
            continue  # undated text under a table is the article's, not a row of the chronology
        if e.layout == "fact" and not any(usable(m) for m in within(e.start, e.end)):
            continue  # "Birth place: Mvezo": a fact of a fact box, not an event
        if e.label is None and QUESTION.fullmatch(text[e.start:e.end]):
            continue  # a question to the reader ("Why might 753 BC be called a traditional date?")
        cell = None
        if e.heading_index is not None and e.heading_index not in used_cells:
            h = st.headings[e.heading_index]
            # the cell dates the first row after it only; a row with a date label of its own
            # is an entry under a dated section heading ("19th century" / "- 1815 – ...")
            if h.layout == "date_cell":
                used_cells.add(e.heading_index)
                if not (e.label is not None and any(usable(m) for m in within(e.label[0], e.label[1]))):
                    cell = h
        mentions = _label_mentions(text, e, within(e.start, e.end), month_first)
        clauses = [part for span in split_clauses(text[e.start:e.end], e.start)
                   for part in split_coordinated(
                       text, clause_candidates(text, span, mentions, e.label, usable))]
        if not clauses:
            continue
        post = clock_headings.get(e.heading_index) if e.heading_index is not None else None
        if post is not None and e.label is None:
            # a post under a clock heading of a live page reports what happened at that time,
            # on the page's day; only a past day named in it ("yesterday evening") moves it
            drafts.append(Draft(start=e.start, end=e.end, entry=e, mention=post,
                                first_in_entry=True, refiner=_past_day_in_post(text, clauses, post)))
            continue
        labelled = e.label is not None or cell is not None
        # under a heading that dates its section ("## 12 December 2019: the landslide"), the
        # start of a state in an entry ("their largest majority since 1987") never dates it
        under_date = e.heading_index is not None and (
            st.headings[e.heading_index].date_heading
            or st.headings[e.heading_index].layout == "numbered_day"
            or any(usable(m) and not m.needs_anchor and m.relative_to is None
                   for m in within(st.headings[e.heading_index].start,
                                   st.headings[e.heading_index].end)))
        groups: list[tuple[int, int, Any]] = []
        refined = False  # the current group's year label was made finer by a date in it
        for cl in clauses:
            best = cl.candidates[0] if cl.candidates else None
            if not groups:
                groups.append((cl.start, cl.end, best))
                refined = any(_finer_than_year(m) for m in cl.candidates[1:])
                continue
            s, g_end, cur = groups[-1]
            if e.label is not None and len(groups) == 1 and not _outside(
                    text, s, g_end, e.label).strip(" .:;–—-|*_"):
                # the label stands as a sentence of its own ("Wednesday 3 October. Germany is
                # reunified, less than a year after ..."): the next sentence is its event
                groups[-1] = (s, cl.end, cur if cur is not None else best)
                continue
            # a labelled line splits only at a clause with a complete date of its own, or at
            # a later sentence with a date of its own: when the label is finer than a year the
            # date cannot be refining it ("1940 June - ... | It is annexed in August."); under a
            # year label a later sentence's month is its own event ("1952 Leads a campaign. |
            # Opens a law firm in August."), while a month in the first sentence refines it
            if best is not None and cur is not None and _differs(cur, best) \
                    and not (labelled and _progress_by(text, cl.start, best)) and (
                    not labelled or not best.needs_anchor or best.relative_to == "previous"
                    or (new_sentence(text, cl.start)
                        and (_finer_than_year(cur) or refined or _finer_than_year(best)
                             or (clock_of(groups[0][2]) is not None and _past_day(best)))
                        and (best.relative_to is None or _weekday(best) or clock_of(groups[0][2]) is not None))
                    # a ';' clause with a month of its own once the first clause made the label
                    # finer ("1940 - Troops occupy it in June; it is annexed in August."), or
                    # when the label names a month already ("March 2020 – Teaching moves online;
                    # campus reopens in September.")
                    or ((refined or (_finer_than_year(cur) and cur.partial.day is None
                                     and not in_aside(text, cl.start, best)))
                        and after_semicolon(text, cl.start)
                        and _finer_than_year(best) and best.relative_to is None
                        and getattr(best, "partial", None) is not None
                        and best.partial.month not in {getattr(getattr(m, "partial", None), "month", None)
                                                       for c in clauses if s <= c.start < cl.start
                                                       for m in c.candidates})):
                groups.append((cl.start, cl.end, best))
                refined = False
            elif best is not None and cur is None and (under_date or cell is not None) \
                    and (not best.needs_anchor or best.relative_to == "previous") \
                    and (new_sentence(text, cl.start) or later_year_after_semicolon(text, cl.start, best, st, e)) \
                    or (best is not None and cur is None and (under_date or cell is not None)
                        and new_sentence(text, cl.start) and month_outside_heading(text, best, st, e)):
                # the heading (or date cell) dates the first sentence; a later one with its own
                # date or a step from it is the next event ("-- MAY 9 -- X resigns. | Y is
                # sworn in three days later."), and so is a ';' clause dated in another year
                # ("**2012** Records the symphonies; the set wins an award in September 2013.")
                groups.append((cl.start, cl.end, best))
                refined = False
            elif best is not None and cur is None and len(groups) == 1 and new_sentence(text, cl.start) \
                    and (own := [m for c in clauses if s <= c.start < cl.start
                                 for m in c.soft + [r for r, why in c.rejected if why == "year_as_modifier"]
                                 if getattr(m, "partial", None) is not None and m.partial.month is not None
                                 and m.partial.day is None]):
                # the first sentence names its time only as a modifier ("Her party loses the
                # September election. Olaf Scholz succeeds her in December."): that dates it, and
                # the later sentence with a date of its own is the next event
                groups[-1] = (s, g_end, own[0])
                groups.append((cl.start, cl.end, best))
                refined = False
            else:
                if cur is None and under_date and past_aside_after_semicolon(text, cl.start, best, e):
                    best = None  # "FEBRUARY / St Anne's celebrates 150 years; the school was founded in 1874."
                groups[-1] = (s, cl.end, cur if cur is not None else best)
                refined = refined or any(_finer_than_year(m) for m in cl.candidates)
        if len(groups) == 1 and groups[0][2] is None and cell is None:
            # only the entry's first sentence: "Lawyers said they would appeal. A hearing is set
            # for April 22." goes on from the story's day, not the hearing's
            first = next((k for k, cl in enumerate(clauses) if k and new_sentence(text, cl.start)), len(clauses))
            soft = [m for cl in clauses[:first] for m in cl.soft
                    if not under_date or (_yearless_calendar_date(m) and (m, "deadline_by") in cl.rejected)]
            if soft and _VAGUE_STEP.match(text, e.start):
                soft = []  # "Within months the council closed three bridges, all built in 1962": a
                # step from the event above, which the background year does not date
            if soft:  # "have been running since Monday": the state's start dates it
                groups[0] = (groups[0][0], groups[0][1], soft[0])
            elif not under_date and (said := _said_today(clauses)) is not None:
                groups[0] = (groups[0][0], groups[0][1], said)
        # an entry keeps its own span: the first event starts where the entry starts
        for i, (s, en, m) in enumerate(groups):
            m = restated(text, clauses, m) or m
            refiner = _refiner([cl for cl in clauses if cl.start < en], m) \
                if i == 0 and e.label is not None and m is not None \
                and e.label[0] <= m.start < e.label[1] else None
            if i == 0 and refiner is None:
                refiner = _past_day_in_post(text, clauses, m)
            if refiner is None and m is not None:
                refiner = apposition(text, clauses, m)
            if i == 0 and cell is not None and m is not None:
                # the row's date cell dates it; a yearless date in the row only refines it
                # ("APRIL 3-5" / "... worse than the 1979 accident" is not 1979)
                q = getattr(m, "partial", None)
                fine = q is not None and q.year is None and (
                    ((m.relative_to is None or _same_period(m)) and q.has_calendar_field) or _part_of_context(m))
                # a year of the row inside its cell's period refines it too ("1890s" / "... opens
                # in 1893"); one outside it does not (the resolver checks: "1999" / "in 2001")
                fine = fine or (q is not None and q.year is not None and m.relative_to is None
                                and m.range_partial is None and not m.needs_anchor)
                # a weekday refines a month cell when it falls inside it ("DECEMBER" / "On Monday,
                # a jury found ..." in a year in review published on 27 December)
                fine = fine or _weekday(m)
                # the writer's month or week under the current year's cell ("2026" / "This month
                # the Courier opens its archive")
                fine = fine or (q is not None and m.relative_to == "publication" and q.unit in ("week", "month")
                                and q.offset in (0, -1) and q.weekday is None)
                refiner, m = (m if fine else None), None
            drafts.append(Draft(start=e.start if i == 0 else s,
                                end=e.end if i == len(groups) - 1 else en,
                                entry=e, mention=m, first_in_entry=i == 0,
                                explicit_cell=cell if i == 0 else None, refiner=refiner))
    return drafts


def clock_direction(mentions: list[Any]) -> int:
    """+1 when a list of clock-labelled posts runs forward in time, -1 when newest first (a
    live blog: "09:41", "09:05", ... "00:15", "23:52"), 0 when it cannot tell."""
    seen: set[int] = set()
    clocks = []
    for m in mentions:
        if m.rule == "label_clock" and m.start not in seen:
            seen.add(m.start)
            clocks.append(clock_of(m))
    clocks = [c for c in clocks if c is not None and c[0] >= 0]
    # each step is read the shorter way round the clock: 23:40 then 00:35 is 55 minutes forward
    steps = [((b[0] * 60 + b[1]) - (a[0] * 60 + a[1])) % 1440 for a, b in zip(clocks, clocks[1:])]
    score = sum(1 if 0 < st < 720 else -1 if st >= 720 else 0 for st in steps)
    return (score > 0) - (score < 0)


def _past_day_in_post(text: str, clauses: list[Any], label_m: Any) -> Any | None:
    """A time counted from the writer's day inside a clock-labelled post ("... made landfall
    yesterday evening", "declared a major incident on Wednesday evening", "Last month, a
    report warned"), or a day and month in its first clause ("Nurses rejected the offer on 28
    November"): the post reports an event of that time, counted from the post's own day
    (the resolver keeps the post's day when it would lie ahead of it). Distractors ("until
    Monday", "since Saturday") are not candidates."""
    if label_m is None or label_m.rule not in ("label_clock", "label_clock_day"):
        return None
    for cl in clauses:
        for m in cl.candidates:
            p = getattr(m, "partial", None)
            if m is not label_m and p is not None and m.relative_to is None and p.month is not None \
                    and (p.day is not None or p.year is not None) and p.weekday is None and cl is clauses[0] \
                    and getattr(m, "range_partial", None) is None \
                    and not _RELATIVE_CLAUSE.search(text, label_m.end, m.start):
                return m  # "Nurses rejected the offer on 28 November", "It last shut because of dust
                # in November 2009": a day or month before the post's (not one in a relative clause:
                # "Sandbags are handed out in Conwy, where the river burst its banks in February 2020")
            if m is label_m or p is None or m.relative_to != "publication" \
                    or (clock_of(m) is not None and p.weekday is None):
                continue  # a clock time alone is the post's own; "at 23:40 on Wednesday" names a day
            # days, weeks and months back: a live post's news ("five years ago" compares)
            recent = p.unit in ("day", "week", "weekend", "month")
            if p.weekday is not None or p.weekend or (recent and p.offset is not None and p.offset < 0) \
                    or (recent and p.offset == 0 and m.mod == "START"):  # "earlier this week"
                return m
    return None


_ERA_BC = re.compile(r"\bB\.?C\.?(?:E\.?)?(?![\w.])")


def _said_today(clauses: list[Any]) -> Any | None:
    """An undated announcement of a step counted ahead from the writer's day ("The operator
    says it will announce a timetable tomorrow") was made on that day: the step's expression,
    read with no offset, dates the announcement (basis: publication)."""
    for cl in clauses:
        for m, why in cl.rejected:
            p = getattr(m, "partial", None)
            if why in ("announced_future_step", "announced_for", "scheduled_future") \
                    and m.relative_to == "publication" and p is not None \
                    and ((p.unit is not None and (p.offset or 0) > 0)
                         or (p.weekday is not None and p.direction > 0)):  # "for next Monday"
                return replace(m, partial=replace(p, offset=0, unit="day", weekday=None, direction=0))
    return None


def _same_period(m: Any) -> bool:
    """'that spring', 'that summer': a part of the year in context, not a step from it."""
    p = getattr(m, "partial", None)
    return p is not None and p.relative_to == "previous" and p.unit is None and p.offset is None \
        and (p.season is not None or p.month is not None)


def _part_of_context(m: Any) -> bool:
    """'Early in the month', 'at the end of the month', 'mid-year': a part of the period the
    context (a heading, a date cell) gives, which refines it."""
    p = getattr(m, "partial", None)
    return p is not None and p.relative_to == "previous" and p.unit in ("month", "year") \
        and not p.offset and m.mod is not None


def _past_day(m: Any) -> bool:
    """A day named back from now ("on Sunday", "Tuesday evening", "Yesterday"), not a clock or a span."""
    p = getattr(m, "partial", None)
    return p is not None and m.relative_to == "publication" and m.future is not True and (
        (p.weekday is not None and p.day is None and p.unit is None)
        or (p.unit == "day" and (p.offset or 0) < 0))


def _weekday(m: Any) -> bool:
    """A bare weekday ("On Thursday, the man had refused to leave"): a day of its own."""
    p = getattr(m, "partial", None)
    return p is not None and p.weekday is not None and p.day is None and p.unit is None


def _finer_than_year(m: Any) -> bool:
    p = getattr(m, "partial", None)
    return p is not None and p.has_calendar_field and m.relative_to is None


def _differs(a: Any, b: Any) -> bool:
    """Two mentions name different times (a relative one always counts as new)."""
    if b.relative_to == "previous":
        return True
    return (a.value, a.mod) != (b.value, b.mod)

