"""Self-check of the heldout16 gold files (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- exactly one text file NAME.txt / NAME.md / NAME.html and a NAME.meta.json;
- meta keys title, publication_date (YYYY-MM-DD, a real day), format, style;
- each gold line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end);
- quote: 3-12 words, found exactly once in the text, quotes in text order;
- value / end: a TIMEX3 form allowed by the guide, calendar-valid; end only with a non-null value;
- mod: null or a TIMEX3 mod; explicit / hard: booleans.
Run: .venv/bin/python tests/data/heldout16/check_gold.py   (exit 1 on any problem)
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
KEYS = {"quote", "value", "mod", "explicit", "hard"}
VALUE_RES = [
    re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    re.compile(r"^(\d{4})-(\d{2})$"),
    re.compile(r"^(\d{4})$"),
    re.compile(r"^(\d{4})-W(\d{2})(-WE)?$"),
    re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"),
    re.compile(r"^\d{3}X$"),
    re.compile(r"^\d{2}XX$"),
    re.compile(r"^BC\d{4}$"),
]


# Every weekday written in a text (or used to resolve a relative date) with the date it names.
WEEKDAYS = [
    ("agency_brexit_keydates", "Friday", "2020-01-31"),
    ("longread_apollo13", "SATURDAY", "1970-04-11"),
    ("longread_apollo13", "MONDAY", "1970-04-13"),
    ("longread_apollo13", "TUESDAY", "1970-04-14"),
    ("longread_apollo13", "WEDNESDAY", "1970-04-15"),
    ("longread_apollo13", "FRIDAY", "1970-04-17"),
    ("longread_apollo13", "Sat", "2020-04-11"),
    ("profile_mandela_years", "Thursday", "2013-12-05"),
    ("live_storm_ingrid", "Wednesday", "2026-10-14"),
    ("live_storm_ingrid", "Tuesday", "2026-10-13"),
    ("live_storm_ingrid", "Sunday", "2026-10-11"),
    ("explainer_bridge_relative", "Friday", "2025-03-14"),
    ("explainer_bridge_relative", "Saturday", "2025-03-08"),
    ("explainer_bridge_relative", "Monday", "2025-03-10"),
    ("explainer_bridge_relative", "Wednesday", "2025-03-12"),
    ("explainer_bridge_relative", "Thursday", "2025-03-13"),
    ("sports_season_recap", "Saturday", "2023-08-12"),
    ("sports_season_recap", "Tuesday", "2023-08-29"),
    ("sports_season_recap", "Friday", "2023-09-01"),
    ("sports_season_recap", "Saturday", "2023-10-07"),
    ("sports_season_recap", "Saturday", "2023-10-21"),
    ("sports_season_recap", "Saturday", "2023-10-28"),
    ("sports_season_recap", "Tuesday", "2023-12-26"),
    ("sports_season_recap", "Monday", "2024-01-01"),
    ("sports_season_recap", "Saturday", "2024-02-17"),
    ("sports_season_recap", "Saturday", "2024-03-09"),
    ("sports_season_recap", "Friday", "2024-03-29"),
    ("sports_season_recap", "Saturday", "2024-04-20"),
    ("sports_season_recap", "Saturday", "2024-05-04"),
    ("sports_season_recap", "Monday", "2024-05-06"),
    ("local_year_in_review", "Monday", "2024-12-30"),
    ("local_year_in_review", "Tuesday", "2024-11-05"),
    ("space_rosetta_milestones", "Friday", "2016-09-30"),
]
# ISO weeks used in values: (file, value, a day inside that week)
WEEKS = [
    ("explainer_bridge_relative", "2025-W10-WE", "2025-03-08"),
    ("explainer_bridge_relative", "2025-W11", "2025-03-14"),
    ("local_year_in_review", "2024-W52", "2024-12-23"),
]


def check_calendar(problems):
    names = [n.lower() for n in calendar.day_name]
    for name, word, day in WEEKDAYS:
        d = datetime.date.fromisoformat(day)
        if not names[d.weekday()].startswith(word.lower()[:3]):
            problems.append(f"{name}: {day} is a {calendar.day_name[d.weekday()]}, not {word}")
    for name, value, day in WEEKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if value[:8] != f"{y}-W{w:02d}":
            problems.append(f"{name}: {day} is in {y}-W{w:02d}, not {value}")


def value_ok(v):
    if not isinstance(v, str):
        return False
    m = VALUE_RES[0].match(v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
            return True
        except ValueError:
            return False
    m = VALUE_RES[1].match(v)
    if m:
        return 1 <= int(m[2]) <= 12
    m = VALUE_RES[3].match(v)
    if m:
        weeks = datetime.date(int(m[1]), 12, 28).isocalendar()[1]
        return 1 <= int(m[2]) <= weeks
    return any(r.match(v) for r in VALUE_RES)


def main():
    problems = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (name + ext) for ext in (".txt", ".md", ".html") if (HERE / (name + ext)).exists()]
        if len(texts) != 1:
            problems.append(f"{name}: expected one text file, found {len(texts)}")
            continue
        text = texts[0].read_text(encoding="utf-8")
        meta_path = HERE / (name + ".meta.json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    problems.append(f"{name}: meta lacks {k}")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if meta.get("format") != texts[0].suffix[1:]:
                problems.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix[1:]}")
        except (OSError, ValueError) as e:
            problems.append(f"{name}: bad meta: {e}")
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                problems.append(f"{name}:{i}: blank line")
                continue
            where = f"{name}:{i}"
            try:
                g = json.loads(line)
            except ValueError as e:
                problems.append(f"{where}: not JSON: {e}")
                continue
            n += 1
            keys = set(g)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                problems.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not (3 <= len(q.split()) <= 12):
                problems.append(f"{where}: quote must be 3-12 words: {q!r}")
                continue
            c = text.count(q)
            if c != 1:
                problems.append(f"{where}: quote found {c} times: {q!r}")
                continue
            pos = text.index(q)
            if pos <= last:
                problems.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            v = g["value"]
            if v is not None and not value_ok(v):
                problems.append(f"{where}: bad value {v!r}")
            if "end" in g:
                if v is None or not value_ok(g["end"]):
                    problems.append(f"{where}: bad end {g['end']!r}")
            if g["mod"] not in MODS:
                problems.append(f"{where}: bad mod {g['mod']!r}")
            if v is None and g["mod"] is not None:
                problems.append(f"{where}: mod without value")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    problems.append(f"{where}: {k} not boolean")
        if n == 0:
            problems.append(f"{name}: no entries")
        print(f"{name}: {n} entries")
        total += n
    check_calendar(problems)
    print(f"{len(golds)} files, {total} entries; {len(WEEKDAYS)} weekdays and {len(WEEKS)} ISO weeks checked")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
