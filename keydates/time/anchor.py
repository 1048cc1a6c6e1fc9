"""Step 2 of two: anchor an underspecified mention against an explicit reference.

`resolve` takes one mention and one `Reference`; `document.tag` walks a whole document and chooses,
for each mention, the reference a careful reader would use:

- Expressions counted from "now" (today, yesterday, on Friday, last year, two weeks ago) use the
  publication date.
- Expressions counted from the story (the next day, two years later, that year) use the previous
  date of the narrative.
- A date without its year ("On May 1", "In April") takes the year of the narrative when the
  document is a narrative (most explicit years lie away from the publication year, as in a
  chronology or a history) or when an explicit year was given in the same paragraph; otherwise
  (news about the days around publication) the year that puts it nearest the publication date on
  the side the tense indicates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from keydates.errors import PublicationDateError
from keydates.model import Anchor, TimeExpression
from keydates.time import lexicon as lx
from keydates.time import values
from keydates.time.model import Mention, Partial, Reference
from keydates.time.normalize import underspecified_value

# Rules that count a span from a reference ("a decade earlier", "two decades ago"): the result
# keeps the reference's granularity, where "the following decade" names a decade.
_SPAN_STEPS = {"ago", "later_earlier"}

# A proxy for "the present" when no publication date is given: used only to decide whether an
# era-less year is more plausibly BC (years far beyond it) and the century of "'98".
_PRESENT_PROXY = 2000


def parse_published(text: str | date | None) -> date | None:
    """'2020-01-03' -> date(2020, 1, 3); an impossible date raises PublicationDateError."""
    if text is None or isinstance(text, date):
        return text
    t = str(text).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", t)
    if not m:
        m8 = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
        if not m8:
            raise PublicationDateError(
                f"publication date {t!r} is not a date of the form YYYY-MM-DD")
        m = m8
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise PublicationDateError(f"publication date {t!r} is not a valid calendar date") from None


@dataclass(frozen=True, slots=True)
class _Point:
    """A reference value split into fields (historical year with era)."""

    year: int
    bc: bool
    month: int | None
    day: int | None
    gran: str

    @property
    def astro(self) -> int:
        return values.astronomical(self.year, self.bc)

    def as_date(self) -> date | None:
        if self.bc or not 1 <= self.year <= 9999 or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


def _point(value: str | None) -> _Point | None:
    if not value:
        return None
    span = values.interval(value)
    if span is None:
        return None
    gran = values.granularity(value)
    y, m, d = span.first
    bc = y < 1
    year = 1 - y if bc else y
    if gran in ("day", "time", "partofday"):
        return _Point(year, bc, m, d, "day")
    if gran in ("month", "week", "weekend", "season", "quarter", "half"):
        return _Point(year, bc, m, d if gran in ("week", "weekend") else None,
                      "day" if gran in ("week", "weekend") else "month")
    if gran == "year":
        return _Point(year, bc, None, None, "year")
    return None  # decades and centuries give no year


def _point_from_date(day: date) -> _Point:
    return _Point(day.year, False, day.month, day.day, "day")


def _year_str(year: int, bc: bool) -> str:
    return f"{'BC' if bc else ''}{year:04d}"


def _with_fields(p: Partial, year: int, bc: bool) -> str:
    return underspecified_value(p.copy(year=year, bc=bc, two_digit=False))


def _apply_offset(p: Partial, ref: _Point) -> str | None:
    """'the next day' / 'two years later' / 'last week' from a reference point."""
    unit, offset = p.unit, p.offset
    if unit == "same":  # "since that time": the reference itself, at its granularity
        d = ref.as_date()
        return d.isoformat() if d is not None else _coarse_value(ref)
    if offset is None:  # "several years ago": no fixed value
        return "PAST_REF" if p.direction < 0 else "FUTURE_REF" if p.direction > 0 else None
    if p.then is not None:  # "a week ago today", "ten years ago this week"
        return _step_then(p, ref)
    if unit in ("day", "week", "weekend"):
        d = ref.as_date()
        if d is None:  # the reference is coarser than a day: keep its granularity
            return _coarse_value(ref)
        if unit == "day":
            return _with_time_of_day((d + timedelta(days=offset)).isoformat(), p)
        if unit == "week" and offset and p.relative_to == "previous":
            return (d + timedelta(weeks=offset)).isoformat()  # "a week later": a day again
        if unit == "weekend" and offset == 0 and p.direction < 0 and d.isoweekday() < 6:
            offset = -1  # "over the weekend" read on a weekday: the one just past
        n = d + timedelta(weeks=offset)
        iso = n.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit in ("month", "quarter"):
        if ref.month is None:
            return _year_str(ref.year, ref.bc)
        step = offset * (3 if unit == "quarter" else 1)
        idx = ref.astro * 12 + (ref.month - 1) + step
        y, mo = divmod(idx, 12)
        hy, bc = (1 - y, True) if y < 1 else (y, False)
        if unit == "quarter":
            return f"{_year_str(hy, bc)}-Q{mo // 3 + 1}"
        return f"{_year_str(hy, bc)}-{mo + 1:02d}"
    if unit == "year":
        y = ref.astro + offset
        return _year_str(1 - y, True) if y < 1 else _year_str(y, False)
    if unit == "decade":
        if ref.bc:  # BC decades count down: the decade after the 490s BC is the 480s BC
            return f"BC{(ref.year // 10 - offset):03d}X" if ref.year // 10 - offset > 0 else None
        return f"{(ref.astro // 10 + offset):03d}X" if ref.astro > 0 else None
    if unit == "century":
        if ref.bc:  # BC centuries count down: the century of 478 BC is the 5th BC (BC04XX)
            return f"BC{(ref.year // 100 - offset):02d}XX" if ref.year // 100 - offset >= 0 else None
        return f"{(ref.astro // 100 + offset):02d}XX" if ref.astro > 0 else None
    return None


_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


def _step_then(p: Partial, ref: _Point) -> str | None:
    """An anniversary counted back from a day, at the granularity the last word names: 'a week
    ago today' is that day, 'two weeks ago yesterday' the day before it, 'ten years ago this
    week' that ISO week, 'a year ago this month' that month."""
    d = ref.as_date()
    if d is None or p.offset is None:
        return None
    if p.unit in ("day", "week", "weekend"):
        d = d + timedelta(days=p.offset * (1 if p.unit == "day" else 7))
    elif p.unit in _MONTHS_IN:
        y, mo = divmod(d.year * 12 + d.month - 1 + p.offset * _MONTHS_IN[p.unit], 12)
        if not 1 <= y <= 9999:
            return None
        last = (date(y + (mo + 1) // 12, (mo + 1) % 12 + 1, 1) - timedelta(days=1)).day
        d = date(y, mo + 1, min(d.day, last))  # "a year ago today" read on 29 February
    else:
        return None
    d = d + timedelta(days=DEICTIC_STEP.get(p.then, 0))
    if p.then in ("week", "weekend"):
        iso = d.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if p.then == "weekend" else "")
    if p.then == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if p.then == "year":
        return f"{d.year:04d}"
    return d.isoformat() + ("TNI" if p.then == "tonight" else "")


DEICTIC_STEP = {"yesterday": -1, "tomorrow": 1}


def _granular_day(value: str | None) -> bool:
    """Whether a value names a single day (or a time of one)."""
    point = _point(value)
    return point is not None and point.gran == "day" and point.day is not None


def _coarse_value(ref: _Point) -> str:
    if ref.month is not None:
        return f"{_year_str(ref.year, ref.bc)}-{ref.month:02d}"
    return _year_str(ref.year, ref.bc)


def _weekday(p: Partial, ref: _Point, future: bool | None) -> str | None:
    d = ref.as_date()
    if d is None:
        return None
    wd = p.weekday or 1
    if p.unit == "week" and p.offset is not None:
        # "Monday last week", "Friday of next week": that day of the week counted from here
        monday = d - timedelta(days=d.isoweekday() - 1) + timedelta(weeks=p.offset)
        return _with_time_of_day((monday + timedelta(days=wd - 1)).isoformat(), p)
    delta = (wd - d.isoweekday()) % 7  # days forward to the next such weekday (0 = same day)
    if p.direction > 0:
        n = d + timedelta(days=delta or 7)
    elif p.direction < 0:
        n = d - timedelta(days=((d.isoweekday() - wd) % 7) or 7)
    elif future:
        n = d + timedelta(days=delta)
    else:  # past, or no tense cue: news reports what happened, the last such day
        n = d - timedelta(days=(d.isoweekday() - wd) % 7)
    return _with_time_of_day(n.isoformat(), p)


def _with_time_of_day(day: str, p: Partial) -> str:
    """A day's value with the clock time or part of day the words gave ('T14:30', 'TEV')."""
    if p.hour is not None:
        return f"{day}T{p.hour:02d}:{p.minute or 0:02d}"
    if p.part_of_day:
        return f"{day}T{p.part_of_day}"
    return day


def _month_key(p: Partial) -> tuple[int, int]:
    """Position within a year of a year-less value, for comparisons: (month, day)."""
    if p.month is not None:
        return p.month, p.day or 0
    if p.season:
        return {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p.season], 0
    if p.quarter:
        return 3 * p.quarter - 2, 0
    if p.half:
        return 6 * p.half - 5, 0
    return 0, 0


def _year_from_previous(p: Partial, ref: _Point, direction: int) -> tuple[int, bool]:
    """The year of a year-less date read after `ref`.

    Same year as the reference unless the calendar wraps much sooner the other way: "Dec. 31"
    then "Jan. 1" is the next year, but "September 9" then "August 7" is a step back within the
    year, as narratives often take. An ordered list (direction) makes the wrap easier to take.
    """
    year, bc = ref.year, ref.bc
    if ref.month is None or p.month is None and not (p.season or p.quarter or p.half):
        return year, bc
    cand = _month_key(p)
    prev = (ref.month, ref.day or 0)
    if cand[0] == prev[0] and not (cand[1] and prev[1]):
        return year, bc  # a day of the month the reference names ("Early September" / "12 September")
    here = cand[0] * 31 + (cand[1] or 15 if cand[1] or prev[1] else 0)
    there = prev[0] * 31 + (prev[1] or 15 if cand[1] or prev[1] else 0)
    forward = (here - there) % 372  # days-ish to the candidate going forward
    backward = (there - here) % 372
    if forward == 0 or backward == 0:
        return year, bc
    astro = ref.astro
    # two days less than a week apart are the writer's slip in the list's order, not a year
    # ("May 28-29: Goose Green" / "May 25: HMS Coventry is sunk")
    days = bool(cand[1]) and bool(prev[1])
    if direction > 0:  # an ascending list: any step back in the calendar is the next year
        astro += 1 if here < there and not (days and backward < 8) else 0
    elif direction < 0:  # a descending list: any step forward is the year before
        astro -= 1 if here > there and not (days and forward < 8) else 0
    elif here < there and forward * 3 < backward:  # prose: only a wrap much nearer than a step back
        astro += 1
    return (1 - astro, True) if astro < 1 else (astro, False)


def _year_from_publication(p: Partial, pub: date, future: bool | None) -> int:
    """The year of a year-less date in news, read from the publication date and the tense.

    The occurrence nearest the publication date (distance to its nearest edge; none if the
    publication date falls inside it), the side the tense excludes weighed down five times: the
    past tense leans to one already begun ("profit rose in the third quarter", "he resigned in
    March"), the future to one not yet over ("a mission in December"). With no tense, a later
    occurrence is weighed down twice (news reports more than it announces).
    """
    cands: list[tuple[int, date, date]] = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        span = values.interval(_with_fields(p.copy(direction=0), y, False))
        if span is None:
            continue
        try:
            first, last = date(*span.first), date(*span.last)
        except ValueError:
            continue
        cands.append((y, first, last))
    if not cands:
        return pub.year
    later_weight = 5.0 if future is False else 1.0 if future else 2.0
    earlier_weight = 5.0 if future else 1.0

    def score(c: tuple[int, date, date]) -> float:
        if c[1] <= pub <= c[2]:
            return 0.0
        if c[1] > pub:
            return (c[1] - pub).days * later_weight
        return (pub - c[2]).days * earlier_weight
    return min(cands, key=score)[0]


def _century_for(two_digit: int, ref_year: int, is_decade: bool) -> int:
    """'98 -> 1998 when read in 2004; the 20s -> 1920s read in 1998."""
    base = ref_year // 100 * 100
    span = 10 if is_decade else 1
    value = base + (two_digit * (10 if is_decade else 1))
    if value > ref_year + span * 2:
        value -= 100
    return value


def _clipped_year(two_digit: int, ref_year: int, pub_year: int | None) -> int:
    """A clipped year ('23) is the year nearest the story's (reference) year that is not after
    the publication: "Spring '23" after Dec. 2014, written in 2024, is 2023; "the '99 Boys"
    in a 1917 story written in 2009 is 1899."""
    if pub_year is None or pub_year < ref_year:
        return _century_for(two_digit, ref_year, False)
    base = ref_year // 100 * 100 + two_digit
    cands = [y for y in (base - 100, base, base + 100) if y <= pub_year + 1]
    return min(cands, key=lambda y: (abs(y - ref_year), -y)) if cands else base - 100


def _year_of_weekday(value: str, weekday: int, ref: Reference, reach: int = 6) -> str:
    """A year-less date said with its weekday takes the year in which the weekday matches,
    nearest the reference (on the list's side of it when the reference has a direction);
    with no such year within `reach` years, the value chosen without the weekday stays.
    Writers name weekdays for days near their own time: when the previous date is a background
    year far from the publication ("founded in 1907 ..." then "Monday, March 3" in 2025), the
    weekday is first matched in the months before the publication."""
    day = date.fromisoformat(value)
    if day.isoweekday() == weekday:
        return value
    prev = _point(ref.previous)
    if prev is not None and not prev.bc and ref.published is not None \
            and abs(prev.year - ref.published.year) > reach:
        for year in (ref.published.year, ref.published.year - 1):
            try:
                cand = date(year, day.month, day.day)
            except ValueError:  # 29 February
                continue
            if cand.isoweekday() == weekday and cand <= ref.published + timedelta(days=7):
                return cand.isoformat()
    if prev is not None and not prev.bc:
        base, direction = date(prev.year, prev.month or 1, prev.day or 1), ref.direction
    elif ref.published is not None:
        base, direction = ref.published, 0
    else:
        base, direction = day, 0
    best: tuple[int, date] | None = None
    for year in range(base.year - reach, base.year + reach + 1):
        try:
            cand = date(year, day.month, day.day)
        except ValueError:  # 29 February
            continue
        if cand.isoweekday() != weekday or (direction > 0 and cand < base) or (
                direction < 0 and cand > base):
            continue
        dist = abs((cand - base).days)
        if best is None or dist < best[0]:
            best = (dist, cand)
    return best[1].isoformat() if best else value


def resolve(mention: Mention, ref: Reference) -> TimeExpression:
    """Anchor one mention against an explicit reference; the result says which one."""
    p = mention.partial
    if p is None:  # durations and sets
        return _expression(mention, mention.value, None, Anchor())
    if p.special:
        return _expression(mention, p.special, None, Anchor())
    try:
        value, anchor = _resolve_partial(p, mention, ref)
    except (OverflowError, ValueError):  # beyond the calendar Python can count
        value, anchor = underspecified_value(p), Anchor()
    if p.holiday and re.fullmatch(r"\d{4}-\d{2}", value):
        # "Thanksgiving 1999" -> 1999-11-25; "the first Saturday of the month" in that month
        holiday = p.holiday.replace("nth 0 ", f"nth {int(value[5:7])} ", 1)
        day = lx.holiday_day(holiday, int(value[:4]))
        if day is not None:
            value = f"{value[:4]}-{day[0]:02d}-{day[1]:02d}"
    if (p.weekday is not None and p.month is not None and p.day is not None and p.year is None
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        value = _year_of_weekday(value, p.weekday, ref)  # "Tuesday 7 November"
    if p.weekend and p.holiday and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        # "Memorial Day weekend": the holiday's ISO weekend, of a Monday the weekend before it
        day = date.fromisoformat(value)
        value = _weekend_of((day - timedelta(days=1 if day.isoweekday() == 1 else 0)).isoformat())
    elif p.weekend and p.day is not None and value[:1].isdigit() and mention.range_partial is None:
        value = _weekend_of(value)  # "the weekend of May 13": that day's ISO week, weekend
    elif p.week_of and p.day is not None and value[:1].isdigit():
        value = _weekend_of(value)[:-3]  # "the week of March 6": that day's ISO week
    if not values.is_valid(value, "DATE"):
        value, anchor = underspecified_value(p), Anchor()
    range_end = None
    if mention.range_partial is not None:
        end_p = mention.range_partial
        start_bc = value.startswith("BC")
        if not end_p.era_stated and start_bc and end_p.year is not None:
            end_p = end_p.copy(bc=True, era_stated=True)  # "3500-3000" share the start's era
        if (end_p.year is None and p.year is None and p.month and end_p.month
                and end_p.month < p.month and ref.direction == 0 and value[:4].isdigit()
                and (ref.previous or ref.published)):
            # "from October to March" crosses the year end: the end is placed like any year-less
            # date (in the story, or from the publication date) and the start is the year before
            end_value, _ = _resolve_partial(end_p, mention, ref)
            if end_value[:4].isdigit() and int(end_value[:4]) > 1:
                value = _with_fields(p, int(end_value[:4]) - 1, False)
        elif end_p.year is None and value and value[:4].isdigit():
            end_value = _range_end_with_start_year(end_p, value)
        else:
            end_value, _ = _resolve_partial(end_p, mention, ref)
        range_end = end_value if end_value and values.is_valid(end_value, "DATE") else None
        if value and p.year is None and end_p.year is not None and value.startswith("XXXX"):
            # "Feb. 6-12, 2004" style: the year stated once at the end belongs to both.
            value = _with_fields(p, end_p.year, end_p.bc)
    return _expression(mention, value, range_end, anchor)


def _range_end_with_start_year(end_p: Partial, start_value: str) -> str:
    year = int(start_value[:4])
    bc = start_value.startswith("BC")
    start_month = int(start_value[5:7]) if len(start_value) >= 7 and start_value[5:7].isdigit() else None
    if start_month and end_p.month is None and end_p.day is not None:
        end_p = end_p.copy(month=start_month)  # "18th-25th" under an October heading
    if start_month and end_p.month and end_p.month < start_month:
        year += 1  # "Dec. 30 - Jan. 2": the end is in the next year
    return _with_fields(end_p, year, bc)


_BC_YEAR = re.compile(r"BC(?P<year>\d{4})$")


def _era_for(p: Partial, ref: Reference, approximate: bool = False) -> bool:
    """BC for an era-less year when the list's era is BC or the year lies beyond the present.

    In a BC context (stated once at the top, or carried from the previous date) a bare year is
    BC too, unless it is a modern year (within 150 years of the present): "In 1922, Carter
    found the tomb" in a list of pharaohs; but a modern-looking year a few years below the BC
    year before it counts down with the list ("c. 1991 – ... | 1985 – ..." is 1985 BC).
    """
    if p.era_stated:
        return p.bc
    present = ref.published.year if ref.published else _PRESENT_PROXY
    if p.year is None:  # centuries and decades of a BC list
        if p.century is not None and not p.two_digit and p.century >= present // 100 - 2:
            return False  # "invented in the nineteenth century" in a history of Carthage
        if p.decade is None or p.two_digit or not ref.bc:
            return ref.bc
        # a decade is BC on the terms of its first year: "In the 1980s, excavations began"
        # after 146 BC is modern, "the 320s" after 336 BC counts down with the story
        p = p.copy(year=p.decade * 10 + 9)
    if p.year > max(present + 50, 2100):
        return True
    if p.year < 1000 and (ref.previous or "").startswith("BC"):
        return True  # "killed at Carrhae in 53" after 55 BC: the story's era
    if ref.bc and (present - p.year > 150 or approximate):
        return True  # "c. 1900" in a BC list: modern years are not approximated so
    prev = _BC_YEAR.match(ref.previous or "")
    if ref.bc and prev is not None and 0 < int(prev.group("year")) - p.year <= 100:
        return True  # "1985 –" a few years after "c. 1991 –" in a BC list counts down with it
    return False


def _resolve_partial(p: Partial, mention: Mention, ref: Reference) -> tuple[str, Anchor]:
    pub = ref.published
    prev = _point(ref.previous)
    pub_point = _point_from_date(pub) if pub else None
    prev_anchor = Anchor(ref.previous_kind, ref.previous)
    pub_anchor = Anchor("publication", pub.isoformat()) if pub else Anchor()
    future = mention.future

    # Complete dates need nothing but, for an era-less year, the era of the context.
    if p.year is not None and not p.two_digit and p.unit is None:
        bc = _era_for(p, ref, mention.mod == "APPROX")
        return underspecified_value(p.copy(bc=bc)), Anchor()
    if p.two_digit:
        base = (prev.year if prev and not prev.bc else pub.year if pub else _PRESENT_PROXY)
        anchor = prev_anchor if prev and not prev.bc else pub_anchor
        if p.decade is not None and p.year is None:
            decade = _century_for(p.decade, base, True) // 10
            return underspecified_value(p.copy(decade=decade, two_digit=False)), anchor
        if p.year is not None:
            return underspecified_value(
                p.copy(year=_clipped_year(p.year, base, pub.year if pub else None),
                       two_digit=False)), anchor
    if p.year is None and p.unit is None and (p.decade is not None or p.century is not None
                                              or p.millennium is not None):
        return underspecified_value(p.copy(bc=_era_for(p, ref))), Anchor()

    if p.relative_to == "previous" and p.unit in ("decade", "century") and p.offset \
            and prev is None and (shifted := _shift_period(ref.previous, p.unit, p.offset)):
        return shifted, prev_anchor  # "a decade later" after "the 1960s": the 1970s

    # Relative steps and weekdays: from the publication date or from the previous event.
    wants_previous = p.relative_to == "previous"
    wants_publication = p.relative_to in ("publication", "auto") or (
        p.weekday is not None and p.month is None and p.day is None and not wants_previous)
    if wants_previous or wants_publication:
        order = [(prev, prev_anchor), (pub_point, pub_anchor)]
        if wants_publication:
            order.reverse()
        for point, anchor in order:
            if point is None:
                continue
            if p.unit == "year" and (p.month is not None or p.quarter is not None
                                     or p.season is not None or p.half is not None) \
                    and p.offset is not None:
                y = point.astro + p.offset  # "June last year", "the year-ago third quarter"
                hy, bc = (1 - y, True) if y < 1 else (y, False)
                return _with_fields(p.copy(unit=None, offset=None, direction=0), hy, bc), anchor
            if p.unit is not None and (p.month is None and p.weekday is None and p.season is None):
                step = p
                if p.unit == "weekend" and p.offset == 0 and p.direction < 0 and future:
                    step = p.copy(direction=0)  # "into the weekend" told ahead: the coming one
                if p.unit in ("decade", "century") and p.offset and mention.rule in _SPAN_STEPS:
                    # "a decade earlier", "two decades ago": a span of years, not a decade
                    step = p.copy(unit="year", offset=p.offset * (10 if p.unit == "decade" else 100))
                out = _apply_offset(step, point)
                if out is not None:
                    return out, anchor
            elif p.weekday is not None:
                out = _weekday(p, point, future)
                if out is not None:
                    return out, anchor
            elif p.month is not None or p.season is not None:
                return _named_with_direction(p, point), anchor
        return underspecified_value(p), Anchor()

    # A date without its year (or a day without its month).
    if p.month is None and p.day is not None and p.season is None:
        point = prev or pub_point
        if point is not None and point.month is not None:
            month_idx = point.astro * 12 + point.month - 1
            if prev is None:  # from the publication date: the side the tense says, else past
                if future and point.day and p.day < point.day:
                    month_idx += 1
                elif not future and point.day and p.day > point.day:
                    month_idx -= 1  # "the fire started on the 4th" read on the 29th
            elif point.day and p.day < point.day and ref.direction >= 0:
                month_idx += 1
            y, mo = divmod(month_idx, 12)
            hy, bc = (1 - y, True) if y < 1 else (y, False)
            if values.validate_day(y, mo + 1, p.day):
                return (_with_fields(p.copy(month=mo + 1), hy, bc),
                        prev_anchor if prev else pub_anchor)
        return underspecified_value(p), Anchor()
    if prev is not None:
        year, bc = _year_from_previous(p, prev, ref.direction)
        if p.day is not None and p.month is not None and not values.validate_day(
                values.astronomical(year, bc), p.month, p.day):
            return underspecified_value(p), Anchor()
        return _with_fields(p, year, bc), prev_anchor
    if pub is not None:
        # A list read downwards from the publication date (direction -1) reports the past.
        year = _year_from_publication(p, pub, False if ref.direction < 0 else future)
        if p.day is not None and p.month is not None and not values.validate_day(year, p.month, p.day):
            return underspecified_value(p), Anchor()
        return _with_fields(p, year, False), pub_anchor
    return underspecified_value(p), Anchor()


_PERIOD_VALUE = re.compile(r"^(BC)?(\d{3}X|\d{2}XX)$")


def _shift_period(value: str | None, unit: str, offset: int) -> str | None:
    """A decade or century value stepped by decades or centuries ('196X' + 1 decade -> '197X',
    'BC049X' + 1 decade -> 'BC048X', '18XX' + 1 century -> '19XX'); None for other values."""
    m = _PERIOD_VALUE.match(value or "")
    if m is None:
        return None
    bc, body = bool(m.group(1)), m.group(2)
    if body.endswith("XX"):
        if unit != "century":
            return None  # "a decade later" than "the 19th century": no decade to name
        n, width, tail = int(body[:2]), 2, "XX"
    else:
        n, width, tail = int(body[:3]), 3, "X"
        offset *= 10 if unit == "century" else 1
    n = n - offset if bc else n + offset  # BC periods count down
    if n < 0 or n >= 10 ** width or (n == 0 and bc):
        return None
    return f"{'BC' if bc else ''}{n:0{width}d}{tail}"


_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11}


def _named_with_direction(p: Partial, ref: _Point) -> str:
    """'last March', 'next summer', 'this fall' from a reference point."""
    key = _month_key(p)[0]
    ref_key = ref.month or 1
    year = ref.astro
    if ref.month is None and p.relative_to == "previous":
        year += p.direction  # "the following July" after "1963": no July of 1963 lies after it
    elif p.direction < 0 and p.season in _SEASON_LAST_MONTH and p.relative_to == "publication":
        # "last spring" written in April (spring not yet over) is the spring before; written in
        # October it is this year's
        if ref_key <= _SEASON_LAST_MONTH[p.season]:
            year -= 1
    elif p.direction < 0 and (key >= ref_key or (
            key == ref_key - 1 and p.month is not None and p.relative_to == "publication")):
        # "last October" written in November is a year back: the month just gone is "last month"
        year -= 1
    elif p.direction > 0 and key <= ref_key:
        year += 1
    if p.season == "WI" and p.month is None and ref.month is not None and ref.month <= 3 \
            and p.relative_to == "publication" and p.direction <= 0:
        year -= 1  # "this winter" written in February began in December: 2002-WI in 2003
    hy, bc = (1 - year, True) if year < 1 else (year, False)
    return _with_fields(p.copy(direction=0), hy, bc)


def _expression(mention: Mention, value: str, range_end: str | None, anchor: Anchor) -> TimeExpression:
    # A value with a clock time is a TIME; a TIME rule that found no time of day gave a DATE.
    valid_type = mention.type
    if mention.type == "TIME" and "T" not in value:
        valid_type = "DATE"
    elif mention.type == "DATE" and re.search(r"^(?:\d{4}|XXXX)-[\dWX].*T(?:\d|MO|AF|EV|NI|MI|DT)", value):
        valid_type = "TIME"  # "9 a.m. Tuesday", and a day's part: "Friday night" (TimeML: TIME)
    earliest, latest = values.bounds(value, mention.mod, range_end) if mention.type in (
        "DATE", "TIME") else (None, None)
    return TimeExpression(
        start=mention.start, end=mention.end, text=mention.text, type=valid_type,  # type: ignore[arg-type]
        value=value, mod=mention.mod, range_end=range_end, earliest=earliest, latest=latest,
        granularity=values.granularity(value) if mention.type in ("DATE", "TIME") else "none",
        anchor=anchor, rule=mention.rule,
    )


def _weekend_of(value: str) -> str:
    """'2017-05-13' -> '2017-W19-WE'."""
    try:
        iso = date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return value
    return f"{iso.year:04d}-W{iso.week:02d}-WE"
