"""Publication date printed in the article itself: a wire dateline or an "Updated ..." line.

The patterns are data (`datelines.toml`), each with examples that the tests run.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_YEAR_RE = re.compile(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,])")


@dataclass(frozen=True)
class DatelineRule:
    """One dateline pattern with the examples it must parse."""

    name: str
    phenomenon: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def rules() -> tuple[int, tuple[DatelineRule, ...]]:
    """(lines to scan, rules) from datelines.toml."""
    data = tomllib.loads((Path(__file__).parent / "datelines.toml").read_text("utf-8"))
    out = tuple(
        DatelineRule(r["name"], r["phenomenon"], re.compile(r["pattern"]),
                     tuple((a, b) for a, b in r["examples"]))
        for r in data["rule"])
    return int(data.get("scan_lines", 8)), out


def parse_line(line: str, day_first: bool = True) -> str | None:
    """The date a single dateline states: "YYYY-MM-DD", "XXXX-MM-DD" (no year) or None.

    A line of several parts ("By our desk | Published 08/12/2020", "**Published 15 May 2024**
    · Technology") is tried part by part. A numeric date whose order the numbers do not settle
    ("08/12/2020") is read day first unless `day_first` is False.
    """
    parts = [line] + [p for p in _PARTS.split(line) if p.strip()]
    for part in parts:
        part = part.strip().strip("*_").strip()
        for rule in rules()[1]:
            m = rule.pattern.match(part)
            if not m:
                continue
            value = _value(m.groupdict(), day_first)
            if value is not None:
                return value
    return None


_PARTS = re.compile(r"\s+[|·•]\s+|\s*\|\s*")


def _value(groups: dict[str, str | None], day_first: bool) -> str | None:
    year = groups.get("year")
    if groups.get("n1"):
        a, b = int(groups["n1"]), int(groups["n2"] or 0)
        if a > 12 or (day_first and b <= 12):
            day, month = a, b
        else:
            month, day = a, b
    else:
        month_txt = groups.get("month") or groups.get("month2")
        day_txt = groups.get("day") or groups.get("day2")
        if not month_txt or not day_txt:
            return None
        month = int(month_txt) if month_txt.isdigit() else _MONTHS.get(month_txt[:3].lower(), 0)
        day = int(day_txt)
    try:
        date(int(year) if year else 2000, month, day)
    except ValueError:
        return None
    return f"{year or 'XXXX'}-{month:02d}-{day:02d}"


def dateline_candidates(text: str) -> list[str]:
    """Readings of the dateline, preferred first: two when a numeric date's order is open
    ("08/12/2020": 2020-12-08 or 2020-08-12), else one (or none)."""
    first = dateline_value(text)
    if first is None:
        return []
    other = dateline_value(text, day_first=not _day_first(text))
    return [first] if other in (None, first) else [first, other]


def dateline_value(text: str, day_first: bool | None = None) -> str | None:
    """The raw date of the article's dateline: "YYYY-MM-DD", or "XXXX-MM-DD" without a year."""
    limit, _ = rules()
    if day_first is None:
        day_first = _day_first(text)
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > limit:
            break
        value = parse_line(line, day_first)
        if value is not None:
            return value
    return None


_US_ORDER = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_INTL_ORDER = re.compile(r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _day_first(text: str) -> bool:
    """Dates written "12 March" elsewhere in the text read "08/12" day first; "March 12", not."""
    sample = text[:50000]
    return len(_INTL_ORDER.findall(sample)) >= len(_US_ORDER.findall(sample))


def find_dateline(text: str) -> str | None:
    """The publication date stated near the top of `text`, as an ISO day, or None.

    A dateline without a year ("BAGHDAD, Jan 3 (AFP) -") first takes the latest year the
    article mentions; `keydates.events` then corrects it to the first such day not before the
    article's latest event.
    """
    value = dateline_value(text)
    if value is None or not value.startswith("XXXX"):
        return value
    years = [int(y) for y in _YEAR_RE.findall(text)]
    if not years:
        return None
    try:
        return date(max(years), int(value[5:7]), int(value[8:10])).isoformat()
    except ValueError:
        return None
