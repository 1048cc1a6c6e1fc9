#!/usr/bin/env python3
"""Validate the heldout15 chronology gold files (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a matching source NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD, a real day), format (matching the extension), style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- quote: 1-12 words (8-12 unless the entry itself is shorter), found exactly once in the source,
  quotes appear in increasing text order and do not start with a bullet glyph;
- value / end: a TIMEX3 form from the guide (or null value), end only with a non-null value and
  not earlier than value when comparable;
- mod in the guide's list or null; explicit/hard booleans;
- total entries >= 160 and 12 chronologies.
"""
import calendar
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}-\d{2}-\d{2}"          # day
    r"|\d{4}-\d{2}"               # month
    r"|\d{4}"                     # year
    r"|\d{4}-W\d{2}(?:-WE)?"      # week / weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"     # season
    r"|\d{3}X"                    # decade
    r"|\d{2}XX"                   # century
    r"|BC\d{4}"                   # BC year
    r")$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}
BULLETS = "•·-–—*>:|▪◦"


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        return False
    return True


def sort_key(v):
    """Comparable start key for a value, or None."""
    m = re.match(r"^BC(\d{4})$", v)
    if m:
        return (-int(m[1]),)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", v)
    if m:
        return (int(m[1]), int(m[2] or 0), int(m[3] or 0))
    return None


def check_file(gold):
    errors = []
    name = gold.name[: -len(".gold.jsonl")]
    sources = [HERE / f"{name}.{ext}" for ext in ("txt", "md", "html")]
    sources = [p for p in sources if p.exists()]
    if len(sources) != 1:
        return [f"{name}: expected exactly one source file, found {len(sources)}"], 0
    src = sources[0]
    text = src.read_text(encoding="utf-8")
    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        errors.append(f"{name}: missing meta")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not meta.get(k):
                errors.append(f"{name}: meta lacks {k}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != src.suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix}")
    pos = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{i}: bad JSON {exc}")
            continue
        n += 1
        keys = set(e)
        if not (KEYS <= keys <= KEYS | {"end"}):
            errors.append(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = e["quote"]
        words = q.split()
        if not isinstance(q, str) or not 1 <= len(words) <= 12:
            errors.append(f"{name}:{i}: quote length {len(words)}")
        if q[:1] in BULLETS:
            errors.append(f"{name}:{i}: quote starts with a bullet glyph")
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{name}:{i}: quote found {cnt} times: {q!r}")
        else:
            at = text.index(q)
            if at <= pos:
                errors.append(f"{name}:{i}: quote out of order: {q!r}")
            pos = at
            # short quotes must be the whole remaining entry (to its line end)
            if len(words) < 8:
                rest = text[at + len(q):].split("\n", 1)[0].strip()
                if rest and not rest.startswith("<") and not rest.startswith("|"):
                    # allowed when the quote is a whole sentence inside a paragraph
                    if not q.rstrip().endswith((".", "!", "?")):
                        errors.append(f"{name}:{i}: short quote is not a whole entry: {q!r}")
        v = e["value"]
        if v is not None and not valid_value(v):
            errors.append(f"{name}:{i}: bad value {v!r}")
        if e["mod"] not in MODS:
            errors.append(f"{name}:{i}: bad mod {e['mod']!r}")
        if "end" in e:
            if v is None or not valid_value(e["end"]):
                errors.append(f"{name}:{i}: bad end {e.get('end')!r}")
            else:
                a, b = sort_key(v), sort_key(e["end"])
                if a and b and b < a:
                    errors.append(f"{name}:{i}: end before value")
        if v is None and e["mod"] is not None:
            errors.append(f"{name}:{i}: mod on a null value")
        for k in ("explicit", "hard"):
            if not isinstance(e[k], bool):
                errors.append(f"{name}:{i}: {k} not boolean")
        if v is None and e["explicit"]:
            errors.append(f"{name}:{i}: explicit with null value")
    return errors, n


# Every weekday the texts state or imply, verified with the calendar module:
# (file stem, phrase in the text, ISO date it refers to, weekday name).
WEEKDAYS = [
    ("factbox_sri_lanka_2022", "flew to the Maldives on Wednesday", "2022-07-13", "Wednesday"),
    ("longread_mill_closure", "Monday 3 February", "2025-02-03", "Monday"),
    ("longread_mill_closure", "Tuesday 11 February", "2025-02-11", "Tuesday"),
    ("longread_mill_closure", "Friday 14 February", "2025-02-14", "Friday"),
    ("longread_mill_closure", "Monday 3 March", "2025-03-03", "Monday"),
    ("longread_mill_closure", "Monday 17 March", "2025-03-17", "Monday"),
    ("longread_mill_closure", "Tuesday 18 March", "2025-03-18", "Tuesday"),
    ("longread_mill_closure", "Wednesday 19 March", "2025-03-19", "Wednesday"),
    ("longread_mill_closure", "Thu 20 Mar 2025", "2025-03-20", "Thursday"),
    ("live_storm_idris", "on Sunday", "2025-10-12", "Sunday"),
    ("live_storm_idris", "until 18:00 on Thursday", "2025-10-16", "Thursday"),
    ("sports_season_review_rushford", "Saturday 5 August", "2023-08-05", "Saturday"),
    ("sports_season_review_rushford", "Tuesday 27 February", "2024-02-27", "Tuesday"),
    ("sports_season_review_rushford", "confirmed on Friday", "2024-05-17", "Friday"),
    ("sports_season_review_rushford", "next Sunday", "2024-05-26", "Sunday"),
    ("explainer_easthaven_water", "On Monday", "2025-06-09", "Monday"),
    ("explainer_easthaven_water", "on Tuesday", "2025-06-10", "Tuesday"),
    ("explainer_easthaven_water", "Yesterday", "2025-06-11", "Wednesday"),
    ("explainer_easthaven_water", "June 12, 2025", "2025-06-12", "Thursday"),
    ("local_year_in_review_millbrook", "Memorial Day weekend", "2024-05-25", "Saturday"),
]

# Relative-date arithmetic used in the gold: (anchor, days added, gold value).
ARITHMETIC = [
    ("2022-04-01", 4, "2022-04-05"),   # Sri Lanka: "lifted four days later"
    ("1820-01-27", 3, "1820-01-30"),   # Antarctic: "Three days later"
    ("2025-02-11", 2, "2025-02-13"),   # mill: "two days later"
    ("2025-02-14", 1, "2025-02-15"),   # mill: "The next morning"
    ("2025-03-20", 0, "2025-03-20"),   # mill: "Today"
    ("2014-11-12", 3, "2014-11-15"),   # Rosetta: "Three days after the landing"
    ("2023-10-02", 7, "2023-10-09"),   # Rushford: "a week later"
    ("2024-04-27", 7, "2024-05-04"),   # Rushford: "a week later"
    ("2024-09-12", 42, "2024-10-24"),  # Millbrook: "Six weeks later"
    ("2025-06-12", -1, "2025-06-11"),  # Easthaven: "Yesterday"
]


def check_calendar():
    errors = []
    for stem, phrase, iso, name in WEEKDAYS:
        src = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
        if not src or phrase not in src[0].read_text(encoding="utf-8"):
            errors.append(f"weekday check: {phrase!r} not in {stem}")
        day = datetime.date.fromisoformat(iso)
        if calendar.day_name[calendar.weekday(day.year, day.month, day.day)] != name:
            errors.append(f"weekday check: {iso} is not a {name}")
    # Memorial Day 2024 is the last Monday of May, and the weekend before it is ISO week 21
    last_monday = max(d for d in range(1, 32) if calendar.weekday(2024, 5, d) == 0)
    if last_monday != 27 or datetime.date(2024, 5, 25).isocalendar()[1] != 21:
        errors.append("Memorial Day 2024 weekend is not 2024-W21-WE")
    # "last week" against Thursday 2025-06-12 is ISO week 23
    if datetime.date(2025, 6, 12).isocalendar()[1] - 1 != 23:
        errors.append("last week of 2025-06-12 is not W23")
    for anchor, days, want in ARITHMETIC:
        got = datetime.date.fromisoformat(anchor) + datetime.timedelta(days=days)
        if got.isoformat() != want:
            errors.append(f"arithmetic: {anchor} + {days} days = {got}, not {want}")
    return errors


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    all_errors, total = [], 0
    for g in golds:
        errs, n = check_file(g)
        all_errors += errs
        total += n
        print(f"{g.name[:-11]:40s} {n:3d} entries {'OK' if not errs else 'ERRORS'}")
    for p in HERE.iterdir():
        if p.name == "README.md":
            continue
        if p.suffix in (".txt", ".md", ".html") and not (HERE / f"{p.stem}.gold.jsonl").exists():
            all_errors.append(f"{p.name}: no gold file")
    if len(golds) != 12:
        all_errors.append(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        all_errors.append(f"expected >= 160 entries, found {total}")
    all_errors += check_calendar()
    print(f"total: {len(golds)} chronologies, {total} entries")
    for e in all_errors:
        print("ERROR", e)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())
