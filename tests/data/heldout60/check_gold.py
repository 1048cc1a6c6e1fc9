#!/usr/bin/env python3
"""Independent validator for the heldout60 chronology gold (standard library only).

Checks every NAME.gold.jsonl against its NAME.{txt,md,html} and NAME.meta.json:
JSON keys and types, quotes found exactly once and in text order, quote length,
TIMEX3 value/end forms, mods, meta keys, and every weekday the texts state.
Run: python tests/data/heldout60/check_gold.py
"""
import calendar
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")       # BC years, decades, centuries
REQUIRED = ["quote", "value", "mod", "explicit", "hard"]
META_KEYS = {"title", "publication_date", "format", "style"}
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}

# Every weekday named in a text, checked against the calendar: (file, date, weekday).
WEEKDAYS = [
    ("obituary_ines_varga", "2025-09-12", "Friday"),   # publication day
    ("obituary_ines_varga", "2025-09-09", "Tuesday"),  # "died ... on Tuesday" = 9 September
    ("longread_river_town", "2024-11-03", "Sunday"),   # dateline
    ("longread_river_town", "2021-01-09", "Saturday"), # "On 9 January 2021, a Saturday"
    ("blog_ten_years_baking", "2025-04-01", "Tuesday"),  # "On Tuesday" before Fri 4 April
    ("factbox_tunnel_agency", "2024-05-06", "Monday"),   # "on Monday", 30th anniversary
    ("history_of_vaccines", "2020-12-08", "Tuesday"),    # publication day ("today")
    ("history_of_vaccines", "2020-12-02", "Wednesday"),  # "Last Wednesday"
    ("career_marta_solis", "2025-10-16", "Thursday"),    # "Updated Thursday, 16 October 2025"
    ("career_marta_solis", "2025-10-15", "Wednesday"),   # "on Wednesday"
    ("museum_history_table", "2024-06-28", "Friday"),    # furniture "Friday 28 June"
]

errors = []


def err(msg):
    errors.append(msg)


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            err(f"{where}: bad month in {v!r}")
        if m.group(3):
            try:
                dt.date(y, mo, int(m.group(3)))
            except ValueError:
                err(f"{where}: impossible date {v!r}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        err(f"{where}: bad week {v!r}")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (name + ext) for ext in FORMATS if (HERE / (name + ext)).exists()]
        if len(texts) != 1:
            err(f"{name}: expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        text = tpath.read_text(encoding="utf-8")
        # meta
        mpath = HERE / (name + ".meta.json")
        try:
            meta = json.loads(mpath.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{name}: meta unreadable: {e}")
            meta = {}
        missing = META_KEYS - set(meta)
        if missing:
            err(f"{name}: meta missing {sorted(missing)}")
        try:
            dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != FORMATS[tpath.suffix]:
            err(f"{name}: meta format {meta.get('format')!r} != {FORMATS[tpath.suffix]!r}")
        # entries
        last = -1
        n = 0
        for ln, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{ln}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}")
                continue
            n += 1
            keys = list(o)
            allowed = REQUIRED + ["end"]
            if any(k not in allowed for k in keys) or any(k not in keys for k in REQUIRED):
                err(f"{where}: keys {keys}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip():
                err(f"{where}: empty quote")
                continue
            words = q.split()
            if not 3 <= len(words) <= 12:
                err(f"{where}: quote has {len(words)} words")
            if q != q.strip() or "\n" in q:
                err(f"{where}: quote has outer whitespace/newline")
            if re.search(r"[<>*]", q) or q.lstrip()[:1] in "-•":
                err(f"{where}: quote contains markup or a bullet glyph: {q!r}")
            c = text.count(q)
            if c != 1:
                err(f"{where}: quote found {c} times: {q!r}")
            else:
                pos = text.index(q)
                if pos < last:
                    err(f"{where}: quote out of text order or overlapping the previous one: {q!r}")
                last = pos + len(q)
            check_value(o["value"], where)
            if o["mod"] not in MODS:
                err(f"{where}: bad mod {o['mod']!r}")
            if o["value"] is None and (o["mod"] is not None or "end" in o):
                err(f"{where}: null value with mod/end")
            if "end" in o:
                if o["end"] is None:
                    err(f"{where}: end present but null")
                else:
                    check_value(o["end"], where + " end")
                    if o["end"] == o["value"]:
                        err(f"{where}: end equals value")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    err(f"{where}: {k} not boolean")
        if n == 0:
            err(f"{name}: no entries")
        total += n
        print(f"{name:28s} {tpath.suffix:6s} {n:3d} entries")
    for name, d, wd in WEEKDAYS:
        if not (HERE / (name + ".gold.jsonl")).exists():
            err(f"weekday check names unknown file {name}")
        real = calendar.day_name[dt.date.fromisoformat(d).weekday()]
        if real != wd:
            err(f"{name}: {d} is a {real}, not {wd}")
    print(f"{len(golds)} files, {total} gold entries")
    if len(golds) != 12 or total < 160:
        err(f"need 12 files and >= 160 entries (have {len(golds)}, {total})")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
