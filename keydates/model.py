"""Shared data model of the pipeline: read → structure → time → events → store → serve/export.

Every stage exchanges these dataclasses; field names are part of the public JSON output
(`keydates extract --format json`) and must stay stable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month",
    "week", "weekend", "day", "partofday", "time", "none",
]
# How an event's date was found (issue 3): stated in the entry, carried from the context
# (previous entry or section header), computed from a relative expression, taken from the
# publication date ("today", "on Friday"), or not datable.
Basis = Literal["explicit", "context", "relative", "publication", "none"]
# Which reference anchored an underspecified time expression.
AnchorKind = Literal["none", "publication", "narrative", "header", "previous_event"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference against which an underspecified value was resolved."""

    kind: AnchorKind = "none"
    value: str | None = None  # TIMEX3 value of the reference (e.g. the publication date)


@dataclass(slots=True)
class TimeExpression:
    """One time expression found in a text, with its normalized TIMEX3 value."""

    start: int  # character offsets into the text given to `tag`
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value, e.g. "2003-05-01", "2003-W12", "BC0586", "P9Y", "XXXX-05-01"
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER, ...
    range_end: str | None = None  # TIMEX3 value of a range's end ("2011" in "2003-2011")
    earliest: str | None = None  # ISO 8601 first day covered (astronomical years: 0000 = 1 BC)
    latest: str | None = None  # ISO 8601 last day covered
    granularity: Granularity = "none"
    anchor: Anchor = field(default_factory=Anchor)
    rule: str = ""  # name of the rule that recognized it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class EventDate:
    """The normalized date of an event (issue 3 output contract)."""

    value: str | None
    mod: str | None = None
    range_end: str | None = None
    earliest: str | None = None
    latest: str | None = None
    granularity: Granularity = "none"
    basis: Basis = "none"
    evidence: str | None = None  # the text span the date comes from
    evidence_start: int | None = None
    evidence_end: int | None = None
    anchor: Anchor = field(default_factory=Anchor)


@dataclass(slots=True)
class Actor:
    """A person, organization, country or group taking part in an event."""

    name: str  # canonical name of the merged entity
    entity_id: str  # stable id within a timeline/store, e.g. "ent:saddam-hussein"
    type: str = "other"  # person | organization | country | group | other
    role: str = "other"  # agent | target | other
    mention: str = ""  # the words used in this event
    generic: bool = False  # an unnamed collective actor ("insurgents", "US-led coalition")


@dataclass(slots=True)
class Place:
    """A named place with coordinates from the offline gazetteer."""

    name: str
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    precision: str = "unknown"  # city | region | country | relative | unknown
    mention: str = ""
    geonameid: int | None = None
    relative: str | None = None  # relative location kept as text: "north of Baghdad"


@dataclass(slots=True)
class Casualties:
    """A casualty figure as the text gives it (ACLED conventions for vague words)."""

    category: str  # killed | injured
    count: int  # best lower bound ("more than 400" -> 400)
    qualifier: str = "exact"  # exact | at_least | at_most | approximately
    vague: bool = False  # "tens of thousands", "hundreds"
    who: str | None = None  # civilians | soldiers | fighters | people | ...
    source: str | None = None  # "Iraq Body Count organization"
    text: str = ""
    party: str | None = None  # whose losses when named: "United Kingdom", "Iraqi"


@dataclass(slots=True)
class Event:
    """One dated event of a timeline."""

    start: int  # offsets into Document.text
    end: int
    text: str
    section: str | None
    date: EventDate
    headline: str | None = None
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    kind: str | None = None
    kind_trigger: str | None = None
    casualties: list[Casualties] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Document:
    """A text as read: its plain text (offsets point here) and its metadata."""

    text: str
    source: str = "-"  # path, URL or "-" for stdin
    format: str = "text"  # text | markdown | html
    title: str | None = None
    lead: str | None = None
    published: str | None = None  # ISO date
    published_source: str | None = None  # option | html-metadata | front-matter | dateline | none
    content_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Timeline:
    """A document and its events, in text order."""

    document: Document
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "notes": list(self.notes),
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The timeline as JSON (the shape of `keydates extract --format json`)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
