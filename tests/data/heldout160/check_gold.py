#!/usr/bin/env python3
"""Self-check for the heldout160 chronology gold (standard library only).

Independent of the keydates code.  Verifies, for every chronology in this folder:
  * a NAME.gold.jsonl and NAME.meta.json exist next to each NAME.txt/.md/.html;
  * meta keys (title, publication_date YYYY-MM-DD, format matching the extension, style);
  * gold JSON keys and types, TIMEX3 value forms, mods, 'end' only with a value;
  * every quote is 8-12 words, occurs exactly once in the visible text, and quotes are in text order;
  * HTML: quotes are visible text only (no tags, no entities) and sit inside one text node;
    Markdown: quotes contain no Markdown markup;
  * every weekday / ISO-week / Easter fact the gold relies on, with calendar/datetime.
Run:  /work/main/.venv/bin/python tests/data/heldout160/check_gold.py
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL_KEYS = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    re.compile(r"^\d{4}-\d{2}$"),
    re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-W\d{2}(-WE)?$"),
    re.compile(r"^\d{4}-(SP|SU|FA|WI)$"),
    re.compile(r"^\d{3}X$"),
    re.compile(r"^\d{2}XX$"),
    re.compile(r"^BC\d{4}$"),
]
FORMATS = {".txt": "txt", ".md": "md", ".html": "html"}

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if not isinstance(v, str) or not any(r.match(v) for r in VALUE_RES):
        return False
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            dt.date.fromisoformat(v)
        elif re.match(r"^\d{4}-\d{2}$", v):
            return 1 <= int(v[5:7]) <= 12
        elif "-W" in v:
            y, w = int(v[:4]), int(v[6:8])
            dt.date.fromisocalendar(y, w, 1)
    except ValueError:
        return False
    return True


def sort_key(v):
    """Rough chronological key (start of the period) for ordering value/end."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    if "X" in v:
        return (int(v.replace("X", "0")), 0, 0)
    if "-W" in v:
        d = dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
        return (d.year, d.month, d.day)
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", v)
    if m:
        return (int(m.group(1)), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)], 0)
    parts = [int(p) for p in v.split("-")] + [0, 0]
    return tuple(parts[:3])


class Visible(HTMLParser):
    """Collect visible text nodes (script/style/head title excluded from nodes list)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def visible_text(path, raw):
    if path.suffix != ".html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    return "\n".join(p.nodes), p.nodes


def check_file(src):
    name = src.stem
    gold = src.with_name(name + ".gold.jsonl")
    meta = src.with_name(name + ".meta.json")
    if not gold.exists() or not meta.exists():
        err(f"{src.name}: missing gold or meta")
        return 0
    # meta
    m = json.loads(meta.read_text(encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if not m.get(k):
            err(f"{meta.name}: missing {k}")
    try:
        dt.date.fromisoformat(m.get("publication_date", ""))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", m.get("publication_date", "")):
            raise ValueError
    except ValueError:
        err(f"{meta.name}: bad publication_date {m.get('publication_date')!r}")
    if m.get("format") != FORMATS[src.suffix]:
        err(f"{meta.name}: format {m.get('format')!r} != {FORMATS[src.suffix]!r}")
    raw = src.read_text(encoding="utf-8")
    text, nodes = visible_text(src, raw)
    if m.get("title") and m["title"] not in text and m["title"] not in raw:
        err(f"{meta.name}: title not found in the text")
    # gold
    last = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{gold.name}:{i}: blank line")
            continue
        d = json.loads(line)
        n += 1
        keys = set(d)
        if not GOLD_KEYS <= keys or keys - GOLD_KEYS - OPTIONAL_KEYS:
            err(f"{gold.name}:{i}: bad keys {sorted(keys)}")
        q = d.get("quote")
        if not isinstance(q, str) or not q.strip():
            err(f"{gold.name}:{i}: empty quote")
            continue
        if q != q.strip():
            err(f"{gold.name}:{i}: quote has outer whitespace")
        nw = len(q.split())
        if not 8 <= nw <= 12:
            err(f"{gold.name}:{i}: quote has {nw} words")
        if q.lstrip()[:1] in "-•*–—·":
            err(f"{gold.name}:{i}: quote starts with a bullet glyph")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{gold.name}:{i}: quote found {cnt} times: {q!r}")
        else:
            pos = text.find(q)
            if pos <= last:
                err(f"{gold.name}:{i}: quote out of order: {q!r}")
            last = pos
        if src.suffix == ".html":
            if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
                err(f"{gold.name}:{i}: quote contains a tag or entity")
            if raw.count(q) != 1:
                err(f"{gold.name}:{i}: quote not verbatim once in raw HTML (entity/tag inside?)")
            if sum(q in node for node in nodes) != 1:
                err(f"{gold.name}:{i}: quote not inside exactly one text node")
        if src.suffix == ".md" and re.search(r"\*\*|__|\||^#|\[|\]\(", q):
            err(f"{gold.name}:{i}: quote contains Markdown markup")
        v = d.get("value")
        if v is not None and not valid_value(v):
            err(f"{gold.name}:{i}: bad value {v!r}")
        if d.get("mod") not in MODS:
            err(f"{gold.name}:{i}: bad mod {d.get('mod')!r}")
        if "end" in d:
            e = d["end"]
            if v is None or not valid_value(e):
                err(f"{gold.name}:{i}: bad end {e!r} (value {v!r})")
            elif sort_key(e) <= sort_key(v):
                err(f"{gold.name}:{i}: end {e} not after value {v}")
        for k in ("explicit", "hard"):
            if not isinstance(d.get(k), bool):
                err(f"{gold.name}:{i}: {k} not a boolean")
        if v is None and (d.get("mod") is not None or "end" in d):
            err(f"{gold.name}:{i}: null value with mod/end")
    return n


def easter(year):
    """Anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


# Every weekday named in the texts that the gold (or a trap) relies on.
WEEKDAYS = [
    ("stadium_crush_inquiry: lead 'on Thursday' = publication day", "2019-11-28", "Thursday"),
    ("payroll_software_failure: go-live 'on a Saturday'", "2023-04-01", "Saturday"),
    ("nursery_workers_strike: byline 'Tuesday 10 February 2026'", "2026-02-10", "Tuesday"),
    ("nursery_workers_strike: 'Monday' = day before publication", "2026-02-09", "Monday"),
    ("licence_fee_explainer: publication day", "2026-03-12", "Thursday"),
    ("licence_fee_explainer: 'On Tuesday'", "2026-03-10", "Tuesday"),
    ("licence_fee_explainer: 'On Friday'", "2026-03-06", "Friday"),
    ("storm_live_page: publication day", "2026-01-16", "Friday"),
    ("storm_live_page: header 'Thursday 15 January'", "2026-01-15", "Thursday"),
    ("town_year_in_review: publication day", "2025-12-29", "Monday"),
    ("town_year_in_review: 'The Thursday market ... 13 March'", "2025-03-13", "Thursday"),
    ("town_year_in_review: county elections 1 May", "2025-05-01", "Thursday"),
    ("town_year_in_review: 'Remembrance Sunday, 9 November'", "2025-11-09", "Sunday"),
    ("town_year_in_review: 'Last Saturday'", "2025-12-27", "Saturday"),
]
# (label, ISO week value in gold, a date that must fall in it)
WEEKS = [
    ("nursery_workers_strike: 'Last week' from 2026-02-10", "2026-W06", dt.date(2026, 2, 10) - dt.timedelta(days=7)),
    ("licence_fee_explainer: 'this week' at 2026-03-12", "2026-W11", dt.date(2026, 3, 12)),
    ("town_year_in_review: Easter weekend 2025", "2025-W16-WE", easter(2025)),
    ("town_year_in_review: 'A week later'", "2025-W17", easter(2025) + dt.timedelta(days=7)),
]


def check_calendar():
    for label, day, name in WEEKDAYS:
        d = dt.date.fromisoformat(day)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != name:
            err(f"weekday check failed: {label}: {day} is not a {name}")
    for label, week, d in WEEKS:
        y, w, wd = d.isocalendar()
        if week[:8] != f"{y:04d}-W{w:02d}":
            err(f"week check failed: {label}: {d} is {y}-W{w:02d}, not {week}")
        if week.endswith("-WE") and wd not in (6, 7):
            err(f"week check failed: {label}: {d} is not a weekend day")
    # Remembrance Sunday is the second Sunday of November.
    sundays = [d for d in calendar.Calendar().itermonthdates(2025, 11)
               if d.month == 11 and d.weekday() == 6]
    if sundays[1] != dt.date(2025, 11, 9):
        err("Remembrance Sunday 2025 is not 9 November")


def main():
    sources = sorted(p for p in HERE.iterdir() if p.suffix in FORMATS and p.name != "README.md")
    total = 0
    for src in sources:
        n = check_file(src)
        print(f"{src.name:32} {n:3d} entries")
        total += n
    for g in HERE.glob("*.gold.jsonl"):
        if not any(g.name == s.stem + ".gold.jsonl" for s in sources):
            err(f"{g.name}: gold without a source text")
    check_calendar()
    print(f"{len(sources)} chronologies, {total} gold entries")
    if len(sources) != 12:
        err(f"expected 12 chronologies, found {len(sources)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
