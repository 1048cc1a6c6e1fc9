"""Engine-internal values: a normalized but possibly underspecified date, a mention, a reference."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from keydates.model import AnchorKind, TimexType

RelativeTo = Literal["publication", "previous", "auto"]


@dataclass(slots=True)
class Partial:
    """A calendar value as the words give it; missing fields are None.

    `year` is the historical year (586 for 586 BC, with `bc`); relative expressions carry
    `offset` steps of `unit` from a reference (`relative_to`), or a `direction` for a named
    month, season or weekday ("last March": month=3, direction=-1).
    """

    year: int | None = None
    bc: bool = False
    era_stated: bool = False
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekday: int | None = None  # 1 Monday ... 7 Sunday
    weekend: bool = False
    week_of: bool = False  # "the week of March 6": the ISO week of the day named
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 198 for the 1980s
    century: int | None = None  # 19 for the 1900s
    millennium: int | None = None
    two_digit: bool = False  # "'98", "the '90s": century to be supplied by the reference
    part_of_day: str | None = None  # MO AF EV NI MI
    hour: int | None = None
    minute: int | None = None
    tz: str | None = None
    unit: str | None = None  # relative step: day week weekend month quarter year decade century
    offset: int | None = None  # number of steps; None with unit = "X" (several)
    relative_to: RelativeTo | None = None
    direction: int = 0  # -1 last/past, +1 next/coming, 0 this/unstated
    special: str | None = None  # PRESENT_REF PAST_REF FUTURE_REF
    holiday: str | None = None  # a holiday whose day depends on the year ("thanksgiving")
    then: str | None = None  # "a week ago today": the day or unit the step lands on (today, week)

    def copy(self, **changes: object) -> "Partial":
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def has_calendar_field(self) -> bool:
        return any(v is not None for v in (self.month, self.day, self.week, self.season,
                                           self.quarter, self.half, self.weekday))


@dataclass(slots=True)
class Mention:
    """A recognized time expression, normalized but not yet anchored."""

    start: int
    end: int
    text: str
    type: TimexType
    rule: str
    partial: Partial | None = None  # DATE and TIME
    fixed_value: str | None = None  # DURATION and SET values, or complete special values
    mod: str | None = None
    range_partial: Partial | None = None  # end of a range ("1992-1996", "Feb. 6-12")
    signal: str | None = None  # a preposition outside the extent: since, until, before, after
    future: bool | None = None  # tense around the mention: True future, False past, None unknown
    split: tuple[int, int] | None = None  # a range's connector ("-", "to", "and"): start, end
    parts: "tuple[Mention, Mention] | None" = None  # two dates joined into a range (`ranges`)

    @property
    def value(self) -> str:
        """The underspecified TIMEX3 value ("XXXX-05-01") before anchoring."""
        from keydates.time.normalize import underspecified_value

        return self.fixed_value or underspecified_value(self.partial or Partial())

    @property
    def range_end(self) -> str | None:
        from keydates.time.normalize import underspecified_value

        return underspecified_value(self.range_partial) if self.range_partial else None

    @property
    def relative_to(self) -> str | None:
        """'publication', 'previous' or None: what a relative mention counts from."""
        p = self.partial
        if p is None:
            return None
        if p.relative_to in ("publication", "previous"):
            return p.relative_to
        if p.weekday is not None and p.day is None and p.year is None:
            return "publication"
        if p.relative_to == "auto" or p.special == "PRESENT_REF":
            return "publication"
        return None

    @property
    def needs_anchor(self) -> bool:
        """Whether resolving the value needs a reference (year missing, relative, weekday...)."""
        p = self.partial
        if self.type in ("DURATION", "SET") or p is None:
            return False
        if p.special:
            return False
        if p.unit is not None or p.relative_to is not None or p.two_digit:
            return True
        if p.year is None and p.decade is None and p.century is None and p.millennium is None:
            return True
        return False


@dataclass(slots=True)
class Reference:
    """An explicit reference time for anchoring (see `keydates.time.resolve`)."""

    published: date | None = None
    previous: str | None = None  # TIMEX3 value of the previous event or section header
    previous_kind: AnchorKind = "previous_event"
    direction: int = 0  # +1 ascending list, -1 descending list, 0 unknown
    bc: bool = False  # BC era carried down the list
    extra: dict[str, str] = field(default_factory=dict)
