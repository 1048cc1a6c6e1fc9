#!/usr/bin/env python3
"""Sanity checks for the heldout47 chronology gold (standard library only, independent of keydates).

Checks, per NAME.gold.jsonl:
  * a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * every line is a JSON object with exactly the guide's keys
    (quote, value, mod, explicit, hard, optional end) and the right types;
  * every quote occurs exactly once in the text (for HTML: in the raw file and in the
    tag-stripped, entity-unescaped text), quotes appear in text order and do not overlap;
  * quotes are 6-12 words and carry no bullet glyph;
  * value / end are valid TIMEX3 forms used by the guide, with real calendar dates, end >= value;
  * mod is null or a TIMEX3 mod from the guide;
  * meta has title, publication_date (YYYY-MM-DD), format (matching the extension), style;
  * every weekday named in the texts and used in the gold is checked with calendar.
Exit status 0 when everything passes.
"""
import calendar
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    re.compile(r"^\d{4}-\d{2}-\d{2}$"), re.compile(r"^\d{4}-\d{2}$"), re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-W\d{2}$"), re.compile(r"^\d{4}-W\d{2}-WE$"),
    re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), re.compile(r"^\d{3}X$"), re.compile(r"^\d{2}XX$"),
    re.compile(r"^BC\d{4}$"),
]
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}

# Weekdays named in the texts, with the date the annotation gives them.
WEEKDAYS = [
    ("reuters_brexit_keydates", "Friday", "2020-01-31"),          # dateline Jan 31, "on Friday"
    ("longread_bridge_dated_subheads", "Tuesday 14 March", "2023-03-14"),
    ("longread_bridge_dated_subheads", "Wednesday 15 March", "2023-03-15"),
    ("longread_bridge_dated_subheads", "Monday 20 March", "2023-03-20"),
    ("longread_bridge_dated_subheads", "Friday 24 March", "2023-03-24"),
    ("longread_bridge_dated_subheads", "Saturday 25 March", "2023-03-25"),
    ("longread_bridge_dated_subheads", "Sat 1 Apr 2023", "2023-04-01"),
    ("longread_bridge_dated_subheads", "On Thursday", "2023-03-30"),
    ("live_cyclone_maree", "Tue 13 Feb 2024", "2024-02-13"),
    ("live_cyclone_maree", "Monday 12 February", "2024-02-12"),
    ("live_cyclone_maree", "on Sunday evening", "2024-02-11"),
    ("millbrook_year_in_review_2022", "first Saturday of the month", "2022-06-04"),
    ("explainer_formula_recall", "On Monday", "2025-03-10"),
    ("explainer_formula_recall", "Two days later", "2025-03-12"),  # a Wednesday
]
# ISO weeks used in the gold: (file, gold value, a day of that week)
WEEKS = [
    ("millbrook_year_in_review_2022", "2022-W52", "2022-12-29"),   # "this week", published Thu 29 Dec
    ("explainer_formula_recall", "2025-W10", "2025-03-07"),        # "last week", published Fri 14 Mar
]

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if not any(r.match(v) for r in VALUE_RES):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        try:
            datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return False
    return True


def sort_key(v):
    """Approximate start of a value as a comparable astronomical (year, month, day)."""
    if v.startswith("BC"):
        return (1 - int(v[2:]), 1, 1)
    y = v[:4].replace("X", "0")
    m = re.match(r"^\d{4}-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        return (int(y), int(m.group(1)), int(m.group(2) or 1))
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        d = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (d.year, d.month, d.day)
    m = re.match(r"^\d{4}-(SP|SU|FA|WI)$", v)
    if m:
        return (int(y), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(1)], 1)
    return (int(y), 1, 1)


def visible_text(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", "", raw)
    return html.unescape(raw)


def check_file(gold):
    name = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {len(texts)}")
        return 0
    tpath = texts[0]
    raw = tpath.read_text(encoding="utf-8")
    views = [("raw", raw)]
    if tpath.suffix == ".html":
        views.append(("visible", visible_text(raw)))

    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        err(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta[k]:
                err(f"{name}: meta key {k!r} missing or empty")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != tpath.suffix[1:]:
            err(f"{name}: meta format {meta.get('format')!r} != extension {tpath.suffix}")
        if meta.get("title") and meta["title"] not in raw:
            err(f"{name}: meta title not found in text")

    n = 0
    last = {v: -1 for v, _ in views}
    last_end = {v: -1 for v, _ in views}
    for ln, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{ln}: blank line")
            continue
        where = f"{name}:{ln}"
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON ({e})")
            continue
        n += 1
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        nw = len(q.split())
        if not 6 <= nw <= 12:
            err(f"{where}: quote has {nw} words")
        if q.lstrip()[:1] in "*•-–·":
            err(f"{where}: quote starts with a bullet glyph: {q!r}")
        for vname, text in views:
            c = text.count(q)
            if c != 1:
                err(f"{where}: quote found {c} times in {vname} text: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last[vname]:
                err(f"{where}: quote out of order in {vname} text: {q!r}")
            if pos < last_end[vname]:
                err(f"{where}: quote overlaps the previous one in {vname} text: {q!r}")
            last[vname], last_end[vname] = pos, pos + len(q)
        v = o["value"]
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(f"{where}: bad value {v!r}")
        if o["mod"] is not None and o["mod"] not in MODS:
            err(f"{where}: bad mod {o['mod']!r}")
        if v is None and (o["mod"] is not None or "end" in o):
            err(f"{where}: null value with mod/end")
        if "end" in o:
            e = o["end"]
            if not isinstance(e, str) or not valid_value(e):
                err(f"{where}: bad end {e!r}")
            elif v is not None and valid_value(v) and sort_key(e) < sort_key(v):
                err(f"{where}: end {e} before value {v}")
        for k in ("explicit", "hard"):
            if not isinstance(o[k], bool):
                err(f"{where}: {k} must be a boolean")
    if n == 0:
        err(f"{name}: no entries")
    return n


def check_weekdays():
    for name, phrase, day in WEEKDAYS:
        texts = [p for p in HERE.glob(f"{name}.*") if p.suffix in (".txt", ".md", ".html")]
        if not texts or phrase not in texts[0].read_text(encoding="utf-8"):
            err(f"weekday check: {phrase!r} not in {name}")
            continue
        d = datetime.date.fromisoformat(day)
        named = [w for w in DAYS if w in phrase.lower()] + \
                [w for w in DAYS if re.search(r"\b" + w[:3] + r"\b", phrase.lower())]
        if phrase == "Two days later":
            named = ["wednesday"]
        if not named:
            err(f"weekday check: no weekday in {phrase!r}")
            continue
        if calendar.weekday(d.year, d.month, d.day) != DAYS[named[0]]:
            err(f"weekday check: {day} is a {calendar.day_name[d.weekday()]}, not {named[0]} ({name})")
        gold = (HERE / f"{name}.gold.jsonl").read_text(encoding="utf-8")
        meta = json.loads((HERE / f"{name}.meta.json").read_text(encoding="utf-8"))
        if day not in gold and day != meta["publication_date"]:
            err(f"weekday check: {day} not used in {name} gold or meta")
    for name, week, day in WEEKS:
        d = datetime.date.fromisoformat(day)
        y, w, _ = d.isocalendar()
        if f"{y}-W{w:02d}" != week:
            err(f"week check: {day} is in {y}-W{w:02d}, not {week}")
        if week not in (HERE / f"{name}.gold.jsonl").read_text(encoding="utf-8"):
            err(f"week check: {week} not in {name} gold")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        total += check_file(g)
    check_weekdays()
    for p in HERE.iterdir():
        if p.suffix in (".txt", ".md", ".html") and p.name != "README.md":
            if not (HERE / (p.stem + ".gold.jsonl")).exists():
                err(f"{p.name}: no gold file")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
