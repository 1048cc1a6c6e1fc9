"""TIMEX3 values: validity, granularity, the days they cover, and how people write them.

A value names an interval of the calendar ("2019-12" is all of December 2019). `bounds` returns
its first and last day as ISO 8601 strings with astronomical year numbering (year 0 is 1 BC,
-0585 is 586 BC), so that values before year 1 still sort and compare as text of equal width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from keydates.model import Granularity

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# Season months (northern hemisphere, meteorological); winter spans the year end: "2005-WI" is
# December 2005 to February 2006.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PART_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
               "DT": "daytime"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
SPECIAL = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}

_YEAR = r"(?P<bc>BC)?(?P<year>\d{4})"
_DATE_RE = re.compile(
    rf"^{_YEAR}(?:-(?:(?P<month>\d{{2}})(?:-(?P<day>\d{{2}}))?"
    r"|W(?P<week>\d{2})(?:-(?P<wd>WE|[1-7]))?|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])))?"
    r"(?:T(?P<pod>MO|MI|AF|EV|NI|DT)|T(?P<hour>\d{2})(?::(?P<minute>\d{2}))?(?::\d{2})?"
    r"(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_DECADE_RE = re.compile(r"^(?P<bc>BC)?(?P<decade>\d{3})X?$")
_CENTURY_RE = re.compile(r"^(?P<bc>BC)?(?P<century>\d{2})(?:XX)?$")
_MILLENNIUM_RE = re.compile(r"^(?P<bc>BC)?(?P<millennium>\d)XXX$")
# Values with unknown parts: "XXXX-05-01", "XXXX-WXX-5" (a Friday), "XX9X" (the '90s).
_UNDERSPECIFIED_RE = re.compile(
    r"^(?:XXXX|XX\d{2}|XX\dX)(?:-(?:(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|W(?:\d{2}|XX)(?:-(?:WE|[1-7]))?"
    r"|SP|SU|FA|WI|Q[1-4X]|H[12]))?(?:T(?:MO|MI|AF|EV|NI|DT|\d{2}(?::\d{2})?))?$"
)
_DURATION_RE = re.compile(
    r"^P(?:(?:\d+(?:\.\d+)?|X)(?:WE|[YMWDLCEQ]|DE|CE|ML)|WE)+"
    r"(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$|^PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+$"
)
_SET_RE = re.compile(r"^(?:XXXX(?:-[\dX]{2}(?:-[\dX]{2})?|-W[\dX]{2}(?:-(?:[1-7]|WE))?|-(?:SP|SU|FA|WI))?"
                     r"(?:T[\dX]{2}(?::\d{2})?|TMO|TAF|TEV|TNI)?|P\S+)$")


@dataclass(frozen=True, slots=True)
class Interval:
    """The first and last day a value covers, with astronomical year numbers."""

    first: tuple[int, int, int]
    last: tuple[int, int, int]

    @property
    def earliest(self) -> str:
        return iso_day(*self.first)

    @property
    def latest(self) -> str:
        return iso_day(*self.last)


def iso_day(year: int, month: int, day: int) -> str:
    """ISO 8601 day with astronomical year numbering: (-585, 1, 1) -> '-0585-01-01'."""
    sign = "-" if year < 0 else ""
    return f"{sign}{abs(year):04d}-{month:02d}-{day:02d}"


def parse_iso_day(text: str) -> tuple[int, int, int]:
    """Inverse of `iso_day`."""
    sign = -1 if text.startswith("-") else 1
    y, m, d = text.lstrip("-").split("-")
    return sign * int(y), int(m), int(d)


def astronomical(year: int, bc: bool) -> int:
    """Historical year (586 BC) to astronomical numbering (-585)."""
    return 1 - year if bc else year


def days_in_month(year: int, month: int) -> int:
    """Days in a month; proleptic Gregorian, valid for astronomical years too."""
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30


def _month_span(year: int, m1: int, m2: int) -> Interval:
    y2, m2n = year + (m2 - 1) // 12, (m2 - 1) % 12 + 1
    return Interval((year, m1, 1), (y2, m2n, days_in_month(y2, m2n)))


def _week_span(year: int, week: int, wd: str | None) -> Interval | None:
    if not 1 <= year <= 9999:
        return None
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    if wd == "WE":
        first, last = monday + timedelta(days=5), monday + timedelta(days=6)
    elif wd:
        first = last = monday + timedelta(days=int(wd) - 1)
    else:
        first, last = monday, monday + timedelta(days=6)
    return Interval((first.year, first.month, first.day), (last.year, last.month, last.day))


def interval(value: str) -> Interval | None:
    """The days a TIMEX3 date value covers, or None for values that name no fixed interval."""
    if not value:
        return None
    m = _DATE_RE.match(value)
    if m:
        g = m.groupdict()
        year = astronomical(int(g["year"]), bool(g["bc"]))
        if g["day"]:
            mo, d = int(g["month"]), int(g["day"])
            if not 1 <= mo <= 12 or not 1 <= d <= days_in_month(year, mo):
                return None
            return Interval((year, mo, d), (year, mo, d))
        if g["month"]:
            mo = int(g["month"])
            return _month_span(year, mo, mo) if 1 <= mo <= 12 else None
        if g["week"]:
            return _week_span(year, int(g["week"]), g["wd"])
        if g["season"]:
            return _month_span(year, *SEASON_MONTHS[g["season"]])
        if g["quarter"]:
            q = int(g["quarter"])
            return _month_span(year, 3 * q - 2, 3 * q)
        if g["half"]:
            h = int(g["half"])
            return _month_span(year, 6 * h - 5, 6 * h)
        return Interval((year, 1, 1), (year, 12, 31))
    for rx, size in ((_DECADE_RE, 10), (_CENTURY_RE, 100), (_MILLENNIUM_RE, 1000)):
        m = rx.match(value)
        if m:
            num = int(next(v for k, v in m.groupdict().items() if k != "bc"))
            lo, hi = num * size, num * size + size - 1
            if m["bc"]:  # BC spans count down: "BC06XX" is 699-600 BC
                lo, hi = astronomical(hi, True), astronomical(lo, True)
            return Interval((lo, 1, 1), (hi, 12, 31))
    return None


def granularity(value: str) -> Granularity:
    """The calendar unit a value is stated in."""
    m = _DATE_RE.match(value or "")
    if m:
        g = m.groupdict()
        if g["hour"]:
            return "time"
        if g["pod"]:
            return "partofday"
        if g["day"]:
            return "day"
        if g["wd"] == "WE":
            return "weekend"
        if g["wd"]:
            return "day"
        for key, gran in (("week", "week"), ("month", "month"), ("season", "season"),
                          ("quarter", "quarter"), ("half", "half")):
            if g[key]:
                return gran  # type: ignore[return-value]
        return "year"
    if _DECADE_RE.match(value or ""):
        return "decade"
    if _CENTURY_RE.match(value or ""):
        return "century"
    if _MILLENNIUM_RE.match(value or ""):
        return "millennium"
    if _UNDERSPECIFIED_RE.match(value or ""):
        if "-W" in value:
            return "week"
        return "day" if value.count("-") == 2 else "month" if value.count("-") == 1 else "year"
    return "none"


def is_valid(value: str, type_: str = "DATE") -> bool:
    """Whether `value` is a well-formed TIMEX3 value of the given type."""
    if not value:
        return False
    if type_ == "DURATION":
        return bool(_DURATION_RE.match(value))
    if type_ == "SET":
        return bool(_SET_RE.match(value)) or bool(_DURATION_RE.match(value))
    if value in SPECIAL:
        return True
    if _UNDERSPECIFIED_RE.match(value):
        return True
    if _DATE_RE.match(value):
        return interval(value) is not None
    return bool(_DECADE_RE.match(value) or _CENTURY_RE.match(value) or _MILLENNIUM_RE.match(value))


def _shift(day: tuple[int, int, int], days: int) -> tuple[int, int, int]:
    y, m, d = day
    if 1 <= y <= 9999:
        try:
            n = date(y, m, d) + timedelta(days=days)
            return n.year, n.month, n.day
        except (ValueError, OverflowError):
            pass
    # Outside Python's calendar: step by hand (only ±1 day is ever asked for here).
    if days == -1:
        if d > 1:
            return y, m, d - 1
        if m > 1:
            return y, m - 1, days_in_month(y, m - 1)
        return y - 1, 12, 31
    if days == 1:
        if d < days_in_month(y, m):
            return y, m, d + 1
        if m < 12:
            return y, m + 1, 1
        return y + 1, 1, 1
    raise ValueError(days)


def _thirds(span: Interval, which: int) -> Interval:
    """First, middle or last third of a span (mod START, MID, END)."""
    fy, fm, fd = span.first
    ly, lm, ld = span.last
    if span.first == span.last:
        return span
    if (fy, fm) == (ly, lm):  # within one month: split days
        n = ld - fd + 1
        a = fd + (n * which) // 3
        b = fd + (n * (which + 1)) // 3 - 1
        return Interval((fy, fm, a), (fy, fm, b))
    months = (ly - fy) * 12 + (lm - fm) + 1
    if months >= 3:
        a = (months * which) // 3
        b = (months * (which + 1)) // 3 - 1
        ay, am = fy + (fm - 1 + a) // 12, (fm - 1 + a) % 12 + 1
        by, bm = fy + (fm - 1 + b) // 12, (fm - 1 + b) % 12 + 1
        return Interval((ay, am, 1), (by, bm, days_in_month(by, bm)))
    return span


def bounds(value: str | None, mod: str | None = None,
           range_end: str | None = None) -> tuple[str | None, str | None]:
    """First and last ISO day covered by a value with its mod and range end.

    Examples: bounds("2019-12", "END") == ("2019-12-21", "2019-12-31");
    bounds("2003", None, "2011") == ("2003-01-01", "2011-12-31");
    bounds("BC0586") == ("-0585-01-01", "-0585-12-31").
    Open ends (BEFORE, AFTER, ON_OR_AFTER ...) are None.
    """
    span = interval(value) if value else None
    if span is None:
        return None, None
    if range_end:
        end = interval(range_end)
        if end is not None:
            span = Interval(span.first, end.last)
    if mod == "START":
        span = _thirds(span, 0)
    elif mod == "MID":
        span = _thirds(span, 1)
    elif mod == "END":
        span = _thirds(span, 2)
    elif mod == "BEFORE":
        return None, iso_day(*_shift(span.first, -1))
    elif mod == "AFTER":
        return iso_day(*_shift(span.last, 1)), None
    elif mod == "ON_OR_AFTER":
        return span.earliest, None
    elif mod == "ON_OR_BEFORE":
        return None, span.latest
    return span.earliest, span.latest


def sort_key(value: str | None, mod: str | None = None) -> tuple[int, str, str]:
    """Chronological sort key: earlier first day first, then coarser (longer) spans first."""
    first, last = bounds(value, mod)
    if first is None and last is None:
        return (1, "", "")
    a = _pad(first or last or "")
    b = _pad(last or first or "")
    # Longer spans (later last day) after shorter ones starting the same day.
    return (0, a, b)


def _pad(iso: str) -> str:
    """Make astronomical ISO days sort as text: shift the year into a positive 6-digit field."""
    y, m, d = parse_iso_day(iso)
    return f"{y + 100000:06d}-{m:02d}-{d:02d}"


def today_value(day: date) -> str:
    """TIMEX3 value of a calendar day."""
    return day.isoformat()


def humanize(value: str | None, mod: str | None = None, range_end: str | None = None,
             short: bool = False) -> str:
    """A date as people write it: 'late Dec 2019', 'c. 3500 BC', '2003–2011', '20 March 2003'."""
    if not value:
        return "undated"
    text = _human_value(value, short)
    if range_end:
        text = f"{text}–{_human_value(range_end, short)}"
    prefix = {
        "START": "early", "MID": "mid", "END": "late", "APPROX": "c.", "BEFORE": "before",
        "AFTER": "after", "ON_OR_AFTER": "since", "ON_OR_BEFORE": "until", "LESS_THAN": "less than",
        "MORE_THAN": "more than",
    }.get(mod or "")
    return f"{prefix} {text}" if prefix else text


def _month_name(num: int, short: bool) -> str:
    name = MONTH_NAMES[num - 1]
    return name[:3] if short and len(name) > 4 else name


def _human_value(value: str, short: bool) -> str:
    if value in SPECIAL:
        return {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}[value]
    m = _DATE_RE.match(value)
    if m:
        g = m.groupdict()
        year = f"{int(g['year'])} BC" if g["bc"] else str(int(g["year"]))
        if g["day"]:
            text = f"{int(g['day'])} {_month_name(int(g['month']), short)} {year}"
        elif g["month"]:
            text = f"{_month_name(int(g['month']), short)} {year}"
        elif g["week"]:
            text = f"{'weekend' if g['wd'] == 'WE' else 'week'} {int(g['week'])} of {year}"
        elif g["season"]:
            text = f"{SEASON_NAMES[g['season']]} {year}"
        elif g["quarter"]:
            text = f"Q{g['quarter']} {year}"
        elif g["half"]:
            text = f"{'first' if g['half'] == '1' else 'second'} half of {year}"
        else:
            text = year
        if g["pod"]:
            text = f"{text}, {PART_OF_DAY[g['pod']]}"
        elif g["hour"]:
            text = f"{text} {g['hour']}:{g['minute'] or '00'}"
        return text
    m = _DECADE_RE.match(value)
    if m:
        return f"the {m['decade']}0s" + (" BC" if m["bc"] else "")
    m = _CENTURY_RE.match(value)
    if m:
        n = int(m["century"]) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century" + (" BC" if m["bc"] else "")
    m = _MILLENNIUM_RE.match(value)
    if m:
        n = int(m["millennium"]) + 1
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
        return f"{n}{suffix} millennium" + (" BC" if m["bc"] else "")
    if value.startswith("XXXX"):
        parts = value.split("-")
        if len(parts) >= 2 and parts[1].isdigit():
            month = _month_name(int(parts[1]), short)
            return f"{int(parts[2])} {month}" if len(parts) == 3 else month
    return value


def validate_day(year: int, month: int, day: int) -> bool:
    """Whether a calendar day exists (Feb 30 does not)."""
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)


__all__ = [
    "Interval", "bounds", "granularity", "humanize", "interval", "is_valid", "iso_day",
    "sort_key", "validate_day", "astronomical", "days_in_month",
]
