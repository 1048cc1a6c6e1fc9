"""Self-check of the heldout8 gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a NAME.txt / NAME.md / NAME.html text and a NAME.meta.json exist;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- every quote occurs exactly once in the text, quotes appear in text order, and have at most 12 words;
- value / end are TIMEX3 values of the allowed forms (or null value), real calendar dates;
- mod is null or an allowed TIMEX3 mod; explicit and hard are booleans;
- meta has title, publication_date (YYYY-MM-DD), format (matching the extension) and style;
- every weekday claimed in WEEKDAYS below agrees with Python's calendar;
- the set has 12 chronologies and at least 160 entries.
Run: /work/main/.venv/bin/python tests/data/heldout8/check_gold.py
"""
import calendar
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$")                          # BC years
KEYS = {"quote", "value", "mod", "explicit", "hard"}
# (file stem, ISO date, weekday written in the text) -- each weekday used in the set.
WEEKDAYS = [
    ("live_storm_edda", "2025-11-04", "Tuesday"),
    ("live_storm_edda", "2025-11-03", "Monday"),
    ("live_storm_edda", "2025-11-05", "Wednesday"),
    ("explainer_ferry_relative", "2025-06-12", "Thursday"),
    ("explainer_ferry_relative", "2025-06-09", "Monday"),
    ("live_storm_edda", "2025-11-09", "Sunday"),
    ("reverse_northwind_strike", "2025-01-15", "Wednesday"),
    ("season_recap_harbour_city", "2023-12-26", "Tuesday"),
]

errors = []


def err(msg):
    errors.append(msg)


def check_value(v, where):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            err(f"{where}: bad month in {v}")
        elif d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                err(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= datetime.date(int(m[1]), 12, 28).isocalendar()[1]:
        err(f"{where}: bad week {v}")


def main():
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        stem = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / f"{stem}{ext}" for ext in (".txt", ".md", ".html")]
        texts = [t for t in texts if t.exists()]
        if len(texts) != 1:
            err(f"{stem}: expected exactly one text file, found {len(texts)}")
            continue
        text_path = texts[0]
        text = text_path.read_text(encoding="utf-8")
        meta_path = HERE / f"{stem}.meta.json"
        if not meta_path.exists():
            err(f"{stem}: no meta.json")
        else:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    err(f"{stem}: meta lacks {k}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                err(f"{stem}: meta publication_date not YYYY-MM-DD")
            if meta.get("format") != text_path.suffix[1:]:
                err(f"{stem}: meta format {meta.get('format')!r} != {text_path.suffix[1:]}")
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                err(f"{stem}:{i}: blank line")
                continue
            where = f"{stem}:{i}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}")
                continue
            n += 1
            keys = set(obj)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip():
                err(f"{where}: empty quote")
                continue
            if len(q.split()) > 12:
                err(f"{where}: quote longer than 12 words")
            if q.lstrip()[:1] in "-•*·–—":
                err(f"{where}: quote starts with a bullet glyph")
            count = text.count(q)
            if count != 1:
                err(f"{where}: quote found {count} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    err(f"{where}: quote out of text order: {q!r}")
                last = pos
            if obj["value"] is not None:
                check_value(obj["value"], where)
            if "end" in obj:
                if obj["value"] is None:
                    err(f"{where}: end without value")
                check_value(obj["end"], where + " end")
                if obj["end"] == obj["value"]:
                    err(f"{where}: end equals value")
            if obj["mod"] not in MODS:
                err(f"{where}: bad mod {obj['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    err(f"{where}: {k} not a boolean")
        total += n
        print(f"{stem:32s} {text_path.suffix:6s} {n:3d} entries")
    for stem, iso, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != wd:
            err(f"{stem}: {iso} is not a {wd}")
    print(f"{len(golds)} chronologies, {total} entries")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
