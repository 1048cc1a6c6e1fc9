#!/usr/bin/env python3
"""Independent checker for the heldout29 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- every quote occurs exactly once in the text, quotes appear in text order, 1-12 words;
- value / end are valid TIMEX3 forms (or null value), mod is null or a TIMEX3 mod;
- explicit / hard are booleans;
- meta has title, publication_date (YYYY-MM-DD, a real day), format matching the extension, style.
Exit status 1 on any problem.
"""
import calendar
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
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
    r"|BC\d{3}X"                  # BC decade
    r")$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}

# Every weekday written in the texts (or used to resolve a gold value), checked with calendar.
WEEKDAYS = [
    ("agency_factbox_brexit", "2020-01-31", "Friday"),          # dateline: leaves on Friday
    ("live_storm_hilde", "2025-11-06", "Thursday"),            # byline 'Updated Thursday 6 November 2025'
    ("live_storm_hilde", "2025-11-04", "Tuesday"),             # 'named ... on Tuesday'
    ("live_storm_hilde", "2025-11-07", "Friday"),              # 'until 09:00 on Friday' (distractor)
    ("explainer_port_strike", "2024-03-14", "Thursday"),       # publication day
    ("explainer_port_strike", "2024-02-26", "Monday"),         # 'the last Monday of February'
    ("explainer_port_strike", "2024-03-05", "Tuesday"),        # 'On Tuesday of last week'
    ("explainer_port_strike", "2024-03-09", "Saturday"),       # 'On Saturday'
    ("explainer_port_strike", "2024-03-11", "Monday"),         # 'On Monday'
    ("longread_titanic_voyage", "2024-04-13", "Saturday"),     # byline
    ("longread_titanic_voyage", "1912-04-10", "Wednesday"),
    ("longread_titanic_voyage", "1912-04-11", "Thursday"),
    ("longread_titanic_voyage", "1912-04-14", "Sunday"),
    ("longread_titanic_voyage", "1912-04-15", "Monday"),
    ("sports_career_okafor", "2025-07-01", "Tuesday"),         # lead 'on Tuesday' (lead, not an entry)
    ("broadcaster_profile_ghana", "2025-01-07", "Tuesday"),    # 'sworn in ... on Tuesday'
    ("wire_timeline_coronavirus", "2020-02-11", "Tuesday"),    # dateline 'on Tuesday'
    ("blog_smartphone_history", "2007-06-29", "Friday"),       # 'on a Friday evening' (iPhone launch day)
    ("university_history_northfield", "2026-06-13", "Saturday"),  # open-day box (furniture)
]


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
    return True


def check(name, errors):
    texts = [f for f in os.listdir(HERE)
             if f.startswith(name + ".") and f.rsplit(".", 1)[-1] in ("txt", "md", "html")
             and f.count(".") == 1]
    if len(texts) != 1:
        errors.append(f"{name}: expected one text file, found {texts}")
        return 0
    ext = texts[0].rsplit(".", 1)[-1]
    with open(os.path.join(HERE, texts[0]), encoding="utf-8") as fh:
        text = fh.read()
    meta_path = os.path.join(HERE, name + ".meta.json")
    if not os.path.exists(meta_path):
        errors.append(f"{name}: missing meta.json")
    else:
        with open(meta_path, encoding="utf-8") as fh:
            meta = json.load(fh)
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                errors.append(f"{name}: meta key {k} missing or empty")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except (TypeError, ValueError):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != ext:
            errors.append(f"{name}: meta format {meta.get('format')!r} != extension {ext!r}")
    n = 0
    last = -1
    with open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{i}: bad JSON ({e})")
                continue
            n += 1
            keys = set(row)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{name}:{i}: keys {sorted(keys)}")
            q = row.get("quote")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{name}:{i}: empty quote")
                continue
            if not 1 <= len(q.split()) <= 12:
                errors.append(f"{name}:{i}: quote has {len(q.split())} words")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{name}:{i}: quote found {cnt} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{name}:{i}: quote out of order: {q!r}")
                last = pos
            if ext == "html" and ("<" in q or ">" in q or "&" in q):
                errors.append(f"{name}:{i}: quote crosses markup: {q!r}")
            v = row.get("value")
            if v is not None and not valid_value(v):
                errors.append(f"{name}:{i}: bad value {v!r}")
            if v is None and (row.get("mod") is not None or "end" in row):
                errors.append(f"{name}:{i}: null value with mod/end")
            if row.get("mod") not in MODS:
                errors.append(f"{name}:{i}: bad mod {row.get('mod')!r}")
            if "end" in row and not valid_value(row["end"]):
                errors.append(f"{name}:{i}: bad end {row['end']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(row.get(k), bool):
                    errors.append(f"{name}:{i}: {k} not boolean")
    return n


def main():
    errors = []
    for name, day, weekday in WEEKDAYS:
        d = datetime.date.fromisoformat(day)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != weekday:
            errors.append(f"{name}: {day} is not a {weekday}")
    names = sorted(f[: -len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    for name in names:
        n = check(name, errors)
        total += n
        print(f"{name}: {n} entries")
    print(f"{len(names)} files, {total} entries")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
