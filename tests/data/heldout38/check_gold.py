"""Independent consistency check for the heldout38 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format (matching the extension), style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- every quote occurs exactly once in the text, quotes appear in text order, 1-12 words;
- value/end are valid TIMEX3 forms (or null value), mod in the allowed set;
- range ends are not before their starts; explicit/hard are booleans.
Also prints counts; exits non-zero on any problem.
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
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"     # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"               # week, weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"              # seasons
    r"|\d{3}X|\d{2}XX"                     # decade, century
    r"|BC\d{4})$")                         # BC year
KEYS = {"quote", "value", "mod", "explicit", "hard"}
# Every weekday named in the texts next to a full date (or relied on for resolution), checked
# with the calendar: (file, weekday, ISO date).
WEEKDAYS = [
    ("agency_brexit_keydates", "Friday", "2020-01-31"),
    ("live_storm_isolde", "Thursday", "2025-10-16"),
    ("live_storm_isolde", "Wednesday", "2025-10-15"),
    ("live_storm_isolde", "Tuesday", "2025-10-14"),
    ("live_storm_isolde", "Saturday", "2025-10-18"),
    ("explainer_bridge_relative", "Monday", "2024-03-04"),
    ("explainer_bridge_relative", "Tuesday", "2024-03-12"),
    ("explainer_bridge_relative", "Thursday", "2024-03-14"),
    ("longread_chile_miners", "Thursday", "2010-08-05"),
    ("longread_chile_miners", "Friday", "2010-08-06"),
    ("longread_chile_miners", "Sunday", "2010-08-22"),
    ("longread_chile_miners", "Saturday", "2010-10-09"),
    ("longread_chile_miners", "Tuesday", "2010-10-12"),
    ("longread_chile_miners", "Wednesday", "2010-10-13"),
    ("longread_chile_miners", "Wednesday", "2020-08-05"),
    ("science_rosetta_blog", "Friday", "2016-09-30"),
]


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3):
            d = int(m.group(3))
            if not 1 <= d <= calendar.monthrange(y, mo)[1]:
                return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= datetime.date(int(m.group(1)), 12, 28).isocalendar()[1]:
        return False
    return True


def sort_key(v):
    """Rough start of a value on a signed year axis, for range-order checks."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    y = int(v[:4].replace("X", "0"))
    m = re.match(r"^\d{4}-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        return (y, int(m.group(1)), int(m.group(2) or 0))
    return (y, 0, 0)


def main():
    problems = []
    total = 0
    for fname, wd, iso in WEEKDAYS:
        if calendar.day_name[datetime.date.fromisoformat(iso).weekday()] != wd:
            problems.append(f"{fname}: {iso} is not a {wd}")
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    for name in names:
        texts = [name + e for e in (".txt", ".md", ".html") if os.path.exists(os.path.join(HERE, name + e))]
        if len(texts) != 1:
            problems.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        ext = texts[0].rsplit(".", 1)[1]
        with open(os.path.join(HERE, texts[0]), encoding="utf-8") as fh:
            text = fh.read()
        meta_path = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(meta_path):
            problems.append(f"{name}: missing meta.json")
        else:
            with open(meta_path, encoding="utf-8") as fh:
                meta = json.load(fh)
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta:
                    problems.append(f"{name}: meta lacks {k}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                problems.append(f"{name}: bad publication_date {meta.get('publication_date')!r}")
            if meta.get("format") != ext:
                problems.append(f"{name}: meta format {meta.get('format')!r} != {ext}")
        pos = -1
        n = 0
        with open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{name}:{ln}"
                if not line.strip():
                    problems.append(f"{where}: blank line")
                    continue
                try:
                    o = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: bad JSON {e}")
                    continue
                n += 1
                keys = set(o)
                if not (keys == KEYS or keys == KEYS | {"end"}):
                    problems.append(f"{where}: keys {sorted(keys)}")
                    continue
                q = o["quote"]
                if not isinstance(q, str) or not q.strip() or q != q.strip():
                    problems.append(f"{where}: bad quote {q!r}")
                    continue
                if not 1 <= len(q.split()) <= 12:
                    problems.append(f"{where}: quote has {len(q.split())} words")
                c = text.count(q)
                if c != 1:
                    problems.append(f"{where}: quote found {c} times: {q!r}")
                i = text.find(q)
                if i <= pos:
                    problems.append(f"{where}: quote out of text order: {q!r}")
                pos = max(pos, i)
                v = o["value"]
                if v is not None and not valid_value(v):
                    problems.append(f"{where}: bad value {v!r}")
                if o["mod"] not in MODS:
                    problems.append(f"{where}: bad mod {o['mod']!r}")
                if v is None and (o["mod"] is not None or "end" in o):
                    problems.append(f"{where}: null value with mod/end")
                if "end" in o:
                    e = o["end"]
                    if not valid_value(e):
                        problems.append(f"{where}: bad end {e!r}")
                    elif v is not None and valid_value(v) and sort_key(e) < sort_key(v):
                        problems.append(f"{where}: end {e} before value {v}")
                for b in ("explicit", "hard"):
                    if not isinstance(o[b], bool):
                        problems.append(f"{where}: {b} not boolean")
        if n == 0:
            problems.append(f"{name}: no entries")
        print(f"{name:32s} {ext:5s} {n:3d} entries")
        total += n
    print(f"{len(names)} files, {total} gold entries")
    if len(names) < 12 or total < 160:
        problems.append("set smaller than 12 files / 160 entries")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
