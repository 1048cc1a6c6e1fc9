"""Independent checker for the heldout44 chronology gold (standard library only)."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
errors = []
total = 0
docs = 0
for gold in sorted(HERE.glob("*.gold.jsonl")):
    name = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        errors.append(f"{name}: expected one text file, found {texts}"); continue
    text = texts[0].read_text(encoding="utf-8")
    meta_p = HERE / (name + ".meta.json")
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta: errors.append(f"{name}: meta lacks {k}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date") or ""):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != texts[0].suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix}")
    except Exception as e:
        errors.append(f"{name}: meta unreadable: {e}")
    docs += 1
    pos = -1
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"{name}:{i}: bad JSON {e}"); continue
        total += 1
        keys = set(o)
        if not REQ <= keys or keys - REQ - {"end"}:
            errors.append(f"{name}:{i}: keys {sorted(keys)}")
        q = o.get("quote", "")
        n = len(q.split())
        if not 4 <= n <= 12:
            errors.append(f"{name}:{i}: quote has {n} words")
        c = text.count(q)
        if c != 1:
            errors.append(f"{name}:{i}: quote found {c} times: {q!r}")
        else:
            p = text.index(q)
            if p <= pos:
                errors.append(f"{name}:{i}: quote out of order: {q!r}")
            pos = p
        v = o.get("value")
        if v is not None and not VALUE.match(v):
            errors.append(f"{name}:{i}: bad value {v!r}")
        if "end" in o and (o["end"] is None or not VALUE.match(o["end"])):
            errors.append(f"{name}:{i}: bad end {o.get('end')!r}")
        if "end" in o and v is not None and not v.startswith("BC") and o["end"] < v[:len(o["end"])]:
            errors.append(f"{name}:{i}: end before start")
        if o.get("mod") not in MODS:
            errors.append(f"{name}:{i}: bad mod {o.get('mod')!r}")
        for k in ("explicit", "hard"):
            if not isinstance(o.get(k), bool):
                errors.append(f"{name}:{i}: {k} not bool")
# Every weekday named in the texts, checked against the calendar (weekday index, Monday=0).
import calendar
WEEKDAYS = [  # (file, date, weekday name as written)
    ("agency_factbox_brexit", (2020, 1, 31), "Friday"),
    ("live_storm_orla", (2025, 10, 18), "Saturday"), ("live_storm_orla", (2025, 10, 17), "Friday"),
    ("live_storm_orla", (2025, 10, 16), "Thursday"), ("live_storm_orla", (2025, 10, 15), "Wednesday"),
    ("court_tracker_harlow", (2023, 6, 12), "Monday"), ("court_tracker_harlow", (2023, 6, 13), "Tuesday"),
    ("court_tracker_harlow", (2023, 6, 14), "Wednesday"), ("court_tracker_harlow", (2023, 6, 15), "Thursday"),
    ("court_tracker_harlow", (2023, 6, 16), "Friday"), ("court_tracker_harlow", (2023, 6, 19), "Monday"),
    ("court_tracker_harlow", (2023, 6, 23), "Friday"),
    ("election_night_westmoor", (2024, 11, 6), "Wednesday"), ("election_night_westmoor", (2024, 11, 5), "Tuesday"),
    ("explainer_reservoir", (2025, 10, 16), "Thursday"), ("explainer_reservoir", (2025, 10, 13), "Monday"),
    ("explainer_reservoir", (2025, 10, 14), "Tuesday"),
    ("worldcup_2022_recap", (2022, 12, 19), "Monday"), ("worldcup_2022_recap", (2022, 11, 20), "Sunday"),
    ("worldcup_2022_recap", (2022, 11, 22), "Tuesday"), ("worldcup_2022_recap", (2022, 11, 23), "Wednesday"),
    ("worldcup_2022_recap", (2022, 11, 27), "Sunday"), ("worldcup_2022_recap", (2022, 12, 2), "Friday"),
    ("worldcup_2022_recap", (2022, 12, 6), "Tuesday"), ("worldcup_2022_recap", (2022, 12, 9), "Friday"),
    ("worldcup_2022_recap", (2022, 12, 10), "Saturday"), ("worldcup_2022_recap", (2022, 12, 13), "Tuesday"),
    ("worldcup_2022_recap", (2022, 12, 14), "Wednesday"), ("worldcup_2022_recap", (2022, 12, 18), "Sunday"),
    ("inquiry_tracker_kestrel", (2024, 9, 17), "Tuesday"), ("inquiry_tracker_kestrel", (2024, 9, 20), "Friday"),
    ("year_review_bramford", (2023, 12, 28), "Thursday"), ("year_review_bramford", (2023, 3, 14), "Tuesday"),
    ("year_review_bramford", (2023, 7, 8), "Saturday"), ("year_review_bramford", (2023, 12, 22), "Friday"),
]
for f, (y, m, d), name in WEEKDAYS:
    if calendar.day_name[calendar.weekday(y, m, d)] != name:
        errors.append(f"{f}: {y}-{m:02d}-{d:02d} is not a {name}")

for e in errors:
    print("ERROR", e)
print(f"{docs} documents, {total} gold entries, {len(errors)} errors")
sys.exit(1 if errors or docs < 12 or total < 160 else 0)
