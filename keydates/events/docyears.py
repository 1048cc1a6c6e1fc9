"""The year or day a whole document is set in, from its title, subtitle or standfirst ("Key dates
in the 1982 Falklands War", "Seventy years on: ...", "On this day: July 20"): context for
entries that name no year."""

from __future__ import annotations

import re
from datetime import date

from keydates.structure import Structure

_THIS_DAY = re.compile(r"\b(?:on this (?:day|date)|this day in (?:history|\d{4})|today in history|"
                       r"(?:on|this) day in history)\b", re.IGNORECASE)


def anniversary_day(st: Structure, published: date | None) -> tuple[int, int] | None:
    """(month, day) of an 'On this day' page ("On this day: July 20", "This day in history"):
    its entries are years, each the same day of the year. The day comes from the title, lead or
    first headings, else from the publication date."""
    blocks = [b for b in (st.title, st.lead) if b is not None] + st.headings[:2]
    if not any(_THIS_DAY.search(b.text) for b in blocks):
        return None
    from keydates.time import find

    for b in blocks:
        for m in find(b.text):  # title and lead are not searched with the entries
            p = getattr(m, "partial", None)
            if p is not None and p.month is not None and p.day is not None and p.weekday is None:
                return p.month, p.day
    if published is not None:
        return published.month, published.day
    return None


def title_year(title: str) -> str | None:
    """The single year a title names ("FACTBOX-Key dates in the 1982 Falklands War",
    "Storms of 2019"), or None: a title with a range, several years or none gives no context."""
    from keydates.time import find

    years = {m.partial.year for m in find(title) if getattr(m, "partial", None) is not None
             and m.partial.year is not None and m.range_partial is None and m.relative_to is None}
    if len(years) != 1 or re.search(r"\b(?:since|after|before|until|from)\s+(?:the\s+)?\d{4}\b", title, re.IGNORECASE):
        return None
    year = years.pop()
    return f"{year:04d}" if year > 0 else None


def subtitle_year(st: Structure) -> str | None:
    """The single year the subtitle lines under the title name, when the title names none
    ("ASHBY TOWN COUNCIL / Our year in review 2023", "CITY FC / The 2019 season"): a year alone,
    not a dated line ("Updated 12 March 2024" dates the page, not its entries)."""
    from keydates.time import find

    first = min([e.start for e in st.entries] + [h.start for h in st.headings if h.date_heading],
                default=None)
    years: set[str] = set()
    for h in st.headings:
        if first is None or h.start > first or h.date_heading:
            continue
        found = [m for m in find(h.text) if getattr(m, "partial", None) is not None]
        if any(m.partial.month is not None or m.partial.day is not None for m in found):
            continue
        year = title_year(h.text)
        if year is not None:
            years.add(year)
    return years.pop() if len(years) == 1 else None


_YEARS_ON = re.compile(r"^\W*(?P<n>(?:\w+[- ])?\w+)\s+years\s+(?:on|later|after|ago)\b", re.IGNORECASE)


def anniversary_year(title: str, st: Structure, published: date | None) -> str | None:
    """The story's year of a title counting years back from the publication ("Seventy years on:
    the eleven weeks that put two men on top of Everest", "Twenty years after the flood", in
    2023): the year that many years before, or the year before it when the title or lead names
    that one ("the British party of 1953" with a 2023 title "Seventy years on")."""
    from keydates.time import find
    from keydates.time.lexicon import number_value

    hit = _YEARS_ON.match(title or "")
    if hit is None or published is None:
        return None
    try:
        n = number_value(hit.group("n"))
    except (KeyError, ValueError):
        return None
    if not isinstance(n, int) or not 1 <= n <= 500:
        return None
    named = {m.partial.year for text in (title, st.lead.text if st.lead is not None else "")
             for m in find(text) if getattr(m, "partial", None) is not None and m.partial.year is not None
             and m.relative_to is None and m.range_partial is None}
    for year in (published.year - n, published.year - n - 1):
        if year in named:
            return f"{year:04d}"
    return f"{published.year - n:04d}"


# a lead that says what the list below covers: "This article covers the chronology of the lockdown
# imposed in 2020", "The following is a timeline of events in 2019", "This page lists ..."
_DESCRIBES_LIST = re.compile(
    r"\b(?:this|the following|the list below|the table below)\s+(?:article|page|list|timeline|chronology|"
    r"entry|section|table)\s+(?:covers|lists|describes|records|sets out|traces|follows|gives|shows|"
    r"is an?\s+(?:timeline|chronology|list))\b|\b(?:following|below) is an?\s+(?:timeline|chronology|list)\b",
    re.IGNORECASE)

_SPAN_SIGNAL = re.compile(r"\b(?:since|until|till|by|before|after|from|to)\s+$", re.IGNORECASE)


def lead_year(st: Structure, published: date | None = None) -> str | None:
    """The year a standfirst says the story is set in ("Thirty years on, we retrace the autumn of
    1989, day by day"): a season or month of one year, or an anniversary counted back from the
    publication ("Ten years ago today, the last miner reached the surface" in 2020: 2010); a bare
    year ("crashed in 2019", "founded in 1907") is background, unless the lead says that the list
    covers it ("This article covers the chronology of the lockdown imposed in 2020"); several
    years give none."""
    from keydates.time import find

    if st.lead is None:
        return None
    text = st.lead.text
    # the sentence saying what the list covers
    describes = next((sm for sm in re.finditer(r"[^.!?]+[.!?]?", text) if _DESCRIBES_LIST.search(sm.group())), None)
    years: set[int] = set()
    for m in find(text):
        p = getattr(m, "partial", None)
        if p is not None and published is not None and m.relative_to == "publication" \
                and p.unit in ("year", "decade") and p.offset is not None and p.offset < 0 \
                and m.range_partial is None:
            years.add(published.year + p.offset * (10 if p.unit == "decade" else 1))
            continue  # "Ten years ago today", "Thirty years ago this week", "A decade ago"
        if p is None or p.year is None or m.range_partial is not None or m.relative_to is not None:
            continue
        if (p.season is not None or p.month is not None) and p.day is None:
            years.add(p.year)  # "the autumn of 1989", "in March 2011" (not "crashed in 2019")
        elif describes is not None and describes.start() <= m.start < describes.end() \
                and p.month is None and p.season is None and p.unit is None \
                and p.decade is None and p.century is None \
                and not _SPAN_SIGNAL.search(text[max(0, m.start - 12):m.start]):
            years.add(p.year)  # "This article covers the chronology of the lockdown ... in 2020"
    if len(years) != 1:
        return None
    year = years.pop()
    return f"{year:04d}" if year > 0 else None


_ANNIVERSARY = re.compile(r"\banniversar|\b(?:a|one|two|three|four|five|ten|twenty|fifty|\d+)\s+years?\s+"
                          r"(?:after|since|ago|on|to the day)\b|\bmarks?\b|\bcommemorat", re.IGNORECASE)


def lead_days(st: Structure, published: date | None) -> set[date]:
    """The days the standfirst names from the writer's now ("decided on Tuesday to end science
    operations", "said yesterday"): the news the list below ends with."""
    if st.lead is None or published is None or _ANNIVERSARY.search(st.lead.text):
        return set()  # (an anniversary's "today" is the same day of the month years on)
    from keydates import tag

    out: set[date] = set()
    for te in tag(st.lead.text, published=published):
        if te.anchor is not None and te.anchor.kind == "publication" and te.granularity == "day" \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", te.value or "") and te.rule != "month_day":
            day = date.fromisoformat(te.value)
            if 0 <= (published - day).days <= 7:
                out.add(day)
    return out
