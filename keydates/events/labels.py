"""Date labels the layout marks as dates: a list item's leading label, a date heading, a date cell.

In running text "June", "562" or "00:20" are ambiguous (a name, a number, a score); in label
position ("612 – The city is sacked", "June: A summit opens", "00:20 – X claims victory",
"## 2011") the layout says they are dates. The temporal engine reads running text; this module
reads what the engine leaves unrecognized in a label span and gives it to the engine's own
`resolve` as an underspecified mention (year, month, season, clock time; APPROX/START/MID/END).

Examples (the cases of tests/test_events_rules.py, `test_label_mentions`):
    "562"            -> year 562 (BC when the list's era is BC)
    "587/586"        -> year 587, range end 586 (a pair: the era comes from the list)
    "2055–1650"      -> BC2055, range end BC1650 (a span counting down is BC)
    "390 or 387"     -> year 390, range end 387 (a pair: the sources disagree)
    "About 2300"     -> year 2300, APPROX
    "June"           -> month 6, year from context
    "2008 May"       -> May 2008 (year first, as broadcasters' profiles write it)
    "44 – March 15"  -> 15 March of year 44 (BC when the list's era is BC); "216 – Summer" its summer
    "793 – 8 June"   -> 8 June 793 (a year label, then the day: not a range)
    "21:47 14 Oct"   -> 14 October, year from context (a live post's time and day)
    "2 August 216"   -> 2 August of the year 216 (BC in a BC list); "January 49" likewise
    "18th-25th"      -> days 18 to 25 of the context's month (a month heading above)
    "01/08"          -> 1 August, year from context (day first; "07/15" is 15 July; "21/20"
                        stays a pair of years)
    "Summer"         -> season SU, year from context
    "00:20"          -> clock time 00:20 on the context's day
    "16:02 GMT"      -> clock time 16:02 on the context's day (the zone is dropped)
    "Q3"             -> third quarter, year from context (a fiscal year maps it: context.py)
    "1990s"          -> decade 199
    "4th millennium" -> millennium 3 (BC3XXX when the list's era is BC)
"""

from __future__ import annotations

import re
from typing import Any

from keydates.structure.rules import STATUS_NOTE
from keydates.time.model import Mention, Partial

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_MODS = {"c": "APPROX", "ca": "APPROX", "circa": "APPROX", "about": "APPROX",
         "around": "APPROX", "approx": "APPROX", "approximately": "APPROX",
         "early": "START", "mid": "MID", "late": "END"}
_MOD = r"(?:(?P<mod>c|ca|circa|about|around|approx|approximately|early|mid|late)\.?[\s-]*)?"
_ERA = r"(?:\s*(?P<era>B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?))?"
_YEAR = re.compile(rf"^{_MOD}(?P<y1>\d{{1,4}})(?P<decade>s)?(?:\s*(?P<sep>[-–—/]|to|or)\s*(?P<y2>\d{{1,4}}))?{_ERA}$",
                   re.IGNORECASE)
_MILLENNIUM = re.compile(rf"^{_MOD}(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+millennium{_ERA}$",
                         re.IGNORECASE)
_MONTH = re.compile(rf"^{_MOD}(?P<month>[a-z]{{3,9}})\.?$", re.IGNORECASE)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_NUMERIC_DAY = re.compile(rf"^(?:{_WEEKDAY})?(?P<a>\d{{1,2}})(?:/|\.(?=\d{{1,2}}\.$))(?P<b>\d{{1,2}})\.?"
                          r"(?:\s*(?:to|-|–|—)\s*(?P<c>\d{1,2})/(?P<d>\d{1,2}))?"
                          r"(?:\s*\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?"
                          r"(?:,?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[A-Z]{2,4})?)?$", re.IGNORECASE)


_ORDINAL_DAY = re.compile(rf"^(?:{_WEEKDAY})?(?P<d>\d{{1,2}})(?:st|nd|rd|th)"
                          r"(?:\s*(?:-|–|—|to)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th))?$", re.IGNORECASE)


def _day_month(a: int, b: int) -> tuple[int, int] | None:
    """(day, month) of a numeric pair without a year, day first ("15/07", "01/08") unless only
    the first can be the month ("07/15"); None when neither order is a date ("21/20")."""
    if 1 <= b <= 12 and 1 <= a <= 31:
        return a, b
    if 1 <= a <= 12 and 1 <= b <= 31:
        return b, a
    return None


_SHORT_YEAR_DATE = re.compile(r"^(?:(?P<d>\d{1,2})\s+)?(?P<month>[a-z]{3,9})\.?,?\s+(?P<y>\d{1,3})$", re.IGNORECASE)
_CLOCK_DAY = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*,?\s*(?P<d>\d{1,2})\s+(?P<month>[a-z]{3,9})\.?$",
                        re.IGNORECASE)
# the day-month branch needs a year of three digits or more ("12 – 15 June" is a range of days);
# a month first ("44 – March 15", "49 – January") or a season ("216 – Summer") cannot be one
_YEAR_THEN_DAY = re.compile(r"^(?:(?P<y>\d{3,4})\s*[-–—]\s*(?P<d>\d{1,2})\s+(?P<month>[a-z]{3,9})\.?"
                            r"|(?P<y2>\d{1,4})\s*[-–—]\s*(?P<month2>[a-z]{3,9})\.?(?:\s+(?P<d2>\d{1,2}))?)$",
                            re.IGNORECASE)
_YEAR_MONTH = re.compile(r"^(?P<y>\d{4})\s+(?P<month>[a-z]{3,9})\.?(?:\s*[-–—]\s*(?P<month2>[a-z]{3,9})\.?)?$",
                         re.IGNORECASE)


def _is_month_word(word: str) -> bool:
    """A full month name, its three-letter abbreviation or "Sept"."""
    w = word.lower().rstrip(".")
    return w in _FULL_MONTHS or w in _MONTHS or w == "sept"
_QUARTER = re.compile(r"^(?:Q(?P<q>[1-4])|H(?P<h>[12]))(?:\s+(?:FY\s*|fiscal\s+)?(?P<y>\d{4}))?$",
                      re.IGNORECASE)
_CLOCK = re.compile(r"^(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?"
                    r"(?:\s*(?:[A-Z]{1,2}[SD]?T|GMT|UTC|CET|CEST|EET|EEST|AEST|AEDT|IST|local(?: time)?))?$",
                    re.IGNORECASE)


def label_mention(text: str, start: int) -> Mention | None:
    """An underspecified mention for a label the engine did not recognize, or None."""
    core = text.strip()
    lead = len(text) - len(text.lstrip())
    core = STATUS_NOTE.sub("", core.strip("*_#:|–—- ")).strip()  # "December (planned)"
    if not core:
        return None
    offset = start + lead + (text.strip().find(core) if core in text.strip() else 0)
    end = offset + len(core)
    m = _NUMERIC_DAY.match(core)
    if m:
        # a numeric day and month with no year ("01/08:", "15/07 to 25/07:", "Wednesday,
        # 23/08, 18:04 IST:"): day first unless only the first number can be a month
        first = _day_month(int(m.group("a")), int(m.group("b")))
        if first is not None:
            p = Partial(month=first[1], day=first[0])
            rng = None
            if m.group("c"):
                second = _day_month(int(m.group("c")), int(m.group("d")))
                if second is None:
                    return None
                rng = Partial(month=second[1], day=second[0])
            return Mention(offset, end, core, "DATE", "label_numeric_day", partial=p, range_partial=rng)
    m = _ORDINAL_DAY.match(core)
    if m:
        # a day of the month the heading names ("## October" / "4th – ...", "18th-25th – ...",
        # "Sat 16th –"): the month and year come from the context
        p = Partial(day=int(m.group("d")))
        rng = Partial(day=int(m.group("d2"))) if m.group("d2") else None
        if not 1 <= p.day <= 31 or (rng is not None and not p.day < rng.day <= 31):
            return None
        return Mention(offset, end, core, "DATE", "label_day", partial=p, range_partial=rng)
    m = _YEAR.match(core)
    if m:
        mod = _MODS.get((m.group("mod") or "").lower())
        bc = bool(m.group("era")) and m.group("era").upper().startswith("B")
        era = bool(m.group("era"))
        y1 = int(m.group("y1"))
        if m.group("decade"):
            if len(m.group("y1")) != 4:
                return None
            p = Partial(decade=y1 // 10, bc=bc, era_stated=era)
            return Mention(offset, end, core, "DATE", "label_decade", partial=p, mod=mod)
        p = Partial(year=y1, bc=bc, era_stated=era)
        rng = None
        if m.group("y2"):
            y2_text = m.group("y2")
            y2 = int(y2_text)
            completed = int(m.group("y1")[: len(m.group("y1")) - len(y2_text)] + y2_text) \
                if len(y2_text) < len(m.group("y1")) else y2
            if len(y2_text) == 2 and len(m.group("y1")) == 4 and not bc and completed > y1:
                # "1914-18": the end year shares the start year's leading digits
                y2 = completed
            elif y2 < y1 and not era and m.group("sep") not in ("/", "or"):
                # a span of years counting down can only be BC: "2055–1650", "1069–664",
                # "332–30" (a pair of alternatives, "587/586", "390 or 387", has no order)
                bc = era = True
                p = Partial(year=y1, bc=True, era_stated=True)
            rng = Partial(year=y2, bc=bc, era_stated=era)
        return Mention(offset, end, core, "DATE", "label_year", partial=p, mod=mod,
                       range_partial=rng)
    m = _SHORT_YEAR_DATE.match(core)
    if m and _is_month_word(m.group("month")) and (m.group("d") or int(m.group("y")) > 31):
        # a date of antiquity with a short year: "2 August 216", "January 49" (a number after
        # a month that cannot be its day is a year)
        p = Partial(year=int(m.group("y")), month=_MONTHS[m.group("month").lower()[:3]],
                    day=int(m.group("d")) if m.group("d") else None)
        return Mention(offset, end, core, "DATE", "label_short_year_date", partial=p)
    m = _CLOCK_DAY.match(core)
    if m and _is_month_word(m.group("month")):
        # a live post stamped with its time and day ("21:47 14 Oct"): the day, the clock dropped
        p = Partial(month=_MONTHS[m.group("month").lower()[:3]], day=int(m.group("d")))
        return Mention(offset, end, core, "DATE", "label_clock_day", partial=p)
    m = _YEAR_THEN_DAY.match(core)
    if m:
        # a year label followed by the day: "793 – 8 June", "1066 – 25 September", "878 – May"
        word = m.group("month") or m.group("month2")
        year = int(m.group("y") or m.group("y2"))
        if _is_month_word(word):
            day = m.group("d") or m.group("d2")
            p = Partial(year=year, month=_MONTHS[word.lower()[:3]], day=int(day) if day else None)
            return Mention(offset, end, core, "DATE", "label_year_day", partial=p)
        if word.lower() in _SEASONS and not m.group("d2"):  # "216 – Summer"
            p = Partial(year=year, season=_SEASONS[word.lower()])
            return Mention(offset, end, core, "DATE", "label_year_day", partial=p)
    m = _YEAR_MONTH.match(core)
    if m and _MONTHS.get(m.group("month").lower()[:3]) and _is_month_word(m.group("month")):
        # a broadcaster's profile writes the year first: "2008 May", "2007 August-September"
        month = _MONTHS[m.group("month").lower()[:3]]
        p = Partial(year=int(m.group("y")), month=month)
        rng = None
        if m.group("month2"):
            if not _is_month_word(m.group("month2")) or not _MONTHS.get(m.group("month2").lower()[:3]):
                return None
            rng = Partial(year=int(m.group("y")), month=_MONTHS[m.group("month2").lower()[:3]])
        return Mention(offset, end, core, "DATE", "label_year_month", partial=p, range_partial=rng)
    m = _MILLENNIUM.match(core)
    if m:
        # the Nth millennium is written with its leading digit N-1, like centuries ("the 19th
        # century" is 18XX): "4th millennium" (BC) is BC3XXX
        mod = _MODS.get((m.group("mod") or "").lower())
        bc = bool(m.group("era")) and m.group("era").upper().startswith("B")
        n = int(m.group("n"))
        if not 1 <= n <= 9:
            return None
        p = Partial(millennium=n - 1, bc=bc, era_stated=bool(m.group("era")))
        return Mention(offset, end, core, "DATE", "label_millennium", partial=p, mod=mod)
    m = _MONTH.match(core)
    if m:
        word = m.group("month").lower()
        mod = _MODS.get((m.group("mod") or "").lower())
        if word in _SEASONS:
            return Mention(offset, end, core, "DATE", "label_season",
                           partial=Partial(season=_SEASONS[word]), mod=mod)
        month = _MONTHS.get(word[:3]) if len(word) >= 3 else None
        full = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]
        if month and (word in full or word[:3] == word or word in ("sept",)):
            return Mention(offset, end, core, "DATE", "label_month",
                           partial=Partial(month=month), mod=mod)
        return None
    m = _QUARTER.match(core)
    if m:
        year = int(m.group("y")) if m.group("y") else None
        if m.group("q"):
            p = Partial(year=year, quarter=int(m.group("q")))
        else:
            p = Partial(year=year, half=int(m.group("h")))
        return Mention(offset, end, core, "DATE", "label_quarter", partial=p)
    m = _CLOCK.match(core)
    if m:
        hour = int(m.group("h"))
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        return Mention(offset, end, core, "TIME", "label_clock",
                       partial=Partial(hour=hour, minute=int(m.group("m"))))
    return None


def clock_of(m: Any) -> tuple[int, int] | None:
    """(hour, minute) of a time-of-day mention without a calendar date, else None."""
    p = getattr(m, "partial", None)
    if p is None or (p.hour is None and p.part_of_day is None):
        return None
    if p.has_calendar_field or p.year is not None or p.offset not in (None, 0):
        return None
    if p.part_of_day is not None and p.unit == "day" and p.offset == 0 and p.hour is None \
            and getattr(m, "relative_to", None) == "publication" and m.rule != "label_clock":
        return None  # "tonight", "this morning": a part of the writer's day, not a time of day
    if p.hour is None:  # "in the afternoon", "the early hours": a time of day, no clock
        return (-1, 0)
    return p.hour, p.minute or 0
