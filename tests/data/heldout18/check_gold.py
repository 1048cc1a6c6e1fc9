#!/usr/bin/env python3
"""Self-check for the heldout18 chronology gold (standard library only, independent of keydates).

Checks per chronology: text/gold/meta present; gold keys, types, TIMEX3 value forms, mods, ranges;
every quote found exactly once in the text and the quotes in text order; quote length; meta keys and
format; values not later than the publication date; every weekday named in the data matches its date.
Run: /work/main/.venv/bin/python tests/data/heldout18/check_gold.py
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_EXTS = (".txt", ".md", ".html")
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                       # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                          # seasons
    r"|\d{3}X|\d{2}XX"                                                 # decades, centuries
    r"|BC\d{4})$"                                                      # BC years
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
BULLETS = ("•", "*", "-", "–", "::", "·")

# Every weekday named in the texts, with the date it must fall on (checked with calendar).
WEEKDAYS = [
    ("kenya_elections_factbox", "Tuesday", "2022-08-09"),
    ("tonga_eruption_live", "Monday 17 January", "2022-01-17"),
    ("tonga_eruption_live", "Sunday 16 January", "2022-01-16"),
    ("tonga_eruption_live", "Saturday 15 January", "2022-01-15"),
    ("tonga_eruption_live", "on Saturday", "2022-01-15"),
    ("chandrayaan3_mission_timeline", "Wednesday, 23/08", "2023-08-23"),
    ("all_blacks_2015_season", "the following Saturday", "2015-08-15"),
    ("all_blacks_2015_season", "Sunday, September 20", "2015-09-20"),
    ("all_blacks_2015_season", "Thursday, September 24", "2015-09-24"),
    ("all_blacks_2015_season", "Friday, October 2", "2015-10-02"),
    ("all_blacks_2015_season", "Friday, October 9", "2015-10-09"),
    ("all_blacks_2015_season", "said on Sunday", "2015-11-01"),
    ("kampala_year_in_review", "Tuesday, December 31, 2024", "2024-12-31"),
    ("sri_lanka_crisis_explainer", "on Wednesday", "2022-07-13"),
    ("sri_lanka_crisis_explainer", "On Saturday", "2022-07-09"),
    ("sri_lanka_crisis_explainer", "said on Monday", "2022-07-11"),
    ("chile_coup_longread", "that Tuesday", "1973-09-11"),
    ("chile_coup_longread", "Sun 10 Sep 2023", "2023-09-10"),
]
# Relative weekdays must also be the right distance from the publication date (within 7 days before).
RELATIVE_TO_PUB = {("all_blacks_2015_season", "said on Sunday"), ("sri_lanka_crisis_explainer", "on Wednesday"),
                   ("sri_lanka_crisis_explainer", "On Saturday"), ("sri_lanka_crisis_explainer", "said on Monday"),
                   ("tonga_eruption_live", "on Saturday"), ("kenya_elections_factbox", "Tuesday")}

errors = []


def err(msg):
    errors.append(msg)


def value_ok(v):
    return isinstance(v, str) and bool(VALUE_RE.match(v))


def year_of(v):
    if v.startswith("BC"):
        return -int(v[2:])
    digits = v[:4].replace("X", "9")
    return int(digits)


def check_chronology(stem, text_path):
    raw = text_path.read_text(encoding="utf-8")
    gold_path = HERE / f"{stem}.gold.jsonl"
    meta_path = HERE / f"{stem}.meta.json"
    if not gold_path.exists():
        err(f"{stem}: missing gold")
        return 0
    if not meta_path.exists():
        err(f"{stem}: missing meta")
        return 0
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        err(f"{stem}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(f"{stem}: bad publication_date {meta.get('publication_date')!r}")
        pub = None
    if meta.get("format") != text_path.suffix[1:]:
        err(f"{stem}: meta format {meta.get('format')!r} but file is {text_path.name}")
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            err(f"{stem}: meta {k} empty")
    if meta.get("title") and meta["title"] not in html.unescape(raw):
        err(f"{stem}: meta title not found in the text")

    lines = gold_path.read_text(encoding="utf-8").splitlines()
    last_pos = -1
    n = 0
    for i, line in enumerate(lines, 1):
        where = f"{stem}.gold.jsonl:{i}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(obj)
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            err(f"{where}: keys {sorted(keys)}")
        q = obj.get("quote")
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        if q != q.strip() or q.startswith(BULLETS):
            err(f"{where}: quote has surrounding space or a bullet glyph: {q!r}")
        words = len(q.split())
        count = raw.count(q)
        if count != 1:
            err(f"{where}: quote found {count} times: {q!r}")
            continue
        pos = raw.index(q)
        if pos <= last_pos:
            err(f"{where}: quote out of text order: {q!r}")
        last_pos = pos
        after = raw[pos + len(q):]
        if words > 12:
            err(f"{where}: quote longer than 12 words ({words})")
        if words < 8 and not re.match(r"[ \t]*(\n|<|$)", after):
            err(f"{where}: quote shorter than 8 words but not the whole entry: {q!r}")
        v = obj.get("value")
        if v is not None and not value_ok(v):
            err(f"{where}: bad value {v!r}")
        if obj.get("mod") not in MODS:
            err(f"{where}: bad mod {obj.get('mod')!r}")
        if "end" in obj:
            e = obj["end"]
            if v is None or not value_ok(e):
                err(f"{where}: bad end {e!r} (value {v!r})")
            elif year_of(e) < year_of(v) or (not v.startswith("BC") and e < v and len(e) == len(v)):
                err(f"{where}: end {e!r} before value {v!r}")
        for k in ("explicit", "hard"):
            if not isinstance(obj.get(k), bool):
                err(f"{where}: {k} must be true/false")
        if v is None and obj.get("mod") is not None:
            err(f"{where}: null value with a mod")
        if v is not None and pub is not None:
            if year_of(v) > pub.year:
                err(f"{where}: value {v!r} after publication date {pub}")
            if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                try:
                    d = dt.date.fromisoformat(v)
                except ValueError:
                    err(f"{where}: impossible date {v!r}")
                else:
                    if d > pub:
                        err(f"{where}: value {v!r} after publication date {pub}")
    return n


def check_weekdays(pubs):
    for stem, phrase, iso in WEEKDAYS:
        texts = [p for p in HERE.glob(f"{stem}.*") if p.suffix in TEXT_EXTS]
        if not texts or phrase not in texts[0].read_text(encoding="utf-8"):
            err(f"weekday check: {phrase!r} not in {stem}")
            continue
        d = dt.date.fromisoformat(iso)
        name = calendar.day_name[d.weekday()]
        abbr = calendar.day_abbr[d.weekday()]
        if name.lower() not in phrase.lower() and not phrase.startswith(abbr + " "):
            err(f"weekday check: {phrase!r} but {iso} is a {name}")
        if (stem, phrase) in RELATIVE_TO_PUB:
            delta = (pubs[stem] - d).days
            if not 0 <= delta < 7:
                err(f"weekday check: {phrase!r} -> {iso} is {delta} days from publication {pubs[stem]}")


def main():
    stems = {}
    for p in sorted(HERE.iterdir()):
        if p.suffix in TEXT_EXTS and p.name != "README.md":
            stems[p.stem] = p
    total = 0
    pubs = {}
    for stem, path in stems.items():
        n = check_chronology(stem, path)
        meta = json.loads((HERE / f"{stem}.meta.json").read_text(encoding="utf-8"))
        pubs[stem] = dt.date.fromisoformat(meta["publication_date"])
        print(f"{n:4d}  {path.name}")
        total += n
    for g in HERE.glob("*.gold.jsonl"):
        if g.name[: -len(".gold.jsonl")] not in stems:
            err(f"{g.name}: no text file")
    check_weekdays(pubs)
    print(f"{total:4d}  entries in {len(stems)} chronologies")
    if len(stems) != 12:
        err(f"expected 12 chronologies, found {len(stems)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"FAILED: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
