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


def parse_line(line: str) -> str | None:
    """The date a single dateline states: "YYYY-MM-DD", "XXXX-MM-DD" (no year) or None."""
    for rule in rules()[1]:
        m = rule.pattern.match(line)
        if not m:
            continue
        groups = m.groupdict()
        month_txt = groups.get("month") or groups.get("month2")
        day_txt = groups.get("day") or groups.get("day2")
        if not month_txt or not day_txt:
            continue
        month = int(month_txt) if month_txt.isdigit() else _MONTHS.get(month_txt[:3].lower())
        if not month:
            continue
        day = int(day_txt)
        year = m.group("year")
        try:
            date(int(year) if year else 2000, month, day)
        except ValueError:
            continue
        return f"{year or 'XXXX'}-{month:02d}-{day:02d}"
    return None


def find_dateline(text: str) -> str | None:
    """The publication date stated near the top of `text`, as an ISO day, or None.

    A dateline without a year ("BAGHDAD, Jan 3 (AFP) -") takes the latest year the article
    mentions; with no year in the text it is left unknown.
    """
    limit, _ = rules()
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > limit:
            break
        value = parse_line(line)
        if value is None:
            continue
        if not value.startswith("XXXX"):
            return value
        years = [int(y) for y in _YEAR_RE.findall(text)]
        if not years:
            return None
        year = max(years)
        try:
            return date(year, int(value[5:7]), int(value[8:10])).isoformat()
        except ValueError:
            return None
    return None
