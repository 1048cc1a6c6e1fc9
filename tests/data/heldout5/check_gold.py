"""Self-check for the heldout5 gold (standard library only, independent of keydates).

Checks: every NAME.{txt,md,html} has NAME.gold.jsonl and NAME.meta.json; JSON keys and types;
value / end forms (TIMEX3 subset of the guide + quarters/halves, see README); mods; every quote
found exactly once in its text and quotes in text order; meta keys; totals.
Run: /work/main/.venv/bin/python tests/data/heldout5/check_gold.py
"""
import datetime, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])?"
                   r"|\d{3}X|\d{2}XX|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")
REQ = {"quote", "value", "mod", "explicit", "hard"}
errors = []

def err(msg):
    errors.append(msg)

def check_value(v, where):
    if not isinstance(v, str) or not VALUE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            err(f"{where}: bad month {v}")
        elif d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                err(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= datetime.date(int(m[1]), 12, 28).isocalendar()[1]:
        err(f"{where}: bad week {v}")

texts = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html")
               and p.name != "README.md")
total = 0
for t in texts:
    name = t.stem
    gold_p, meta_p = HERE / f"{name}.gold.jsonl", HERE / f"{name}.meta.json"
    if not gold_p.exists() or not meta_p.exists():
        err(f"{name}: missing gold or meta")
        continue
    text = t.read_text(encoding="utf-8")
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if not isinstance(meta.get(k), str) or not meta[k]:
            err(f"{name}: meta key {k} missing")
    try:
        datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(f"{name}: bad publication_date")
    if meta.get("format") != t.suffix[1:]:
        err(f"{name}: meta format {meta.get('format')} != {t.suffix[1:]}")
    last = -1
    lines = [l for l in gold_p.read_text(encoding="utf-8").splitlines() if l.strip()]
    for i, line in enumerate(lines, 1):
        where = f"{name}.gold.jsonl:{i}"
        rec = json.loads(line)
        keys = set(rec)
        if not REQ <= keys or keys - REQ - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = rec["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: bad quote")
            continue
        if not 1 <= len(q.split()) <= 12:
            err(f"{where}: quote has {len(q.split())} words")
        n = text.count(q)
        if n != 1:
            err(f"{where}: quote found {n} times: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                err(f"{where}: quote out of text order")
            last = pos
        if rec["value"] is not None:
            check_value(rec["value"], where)
        elif rec["mod"] is not None or "end" in rec:
            err(f"{where}: null value with mod/end")
        if rec["mod"] not in MODS:
            err(f"{where}: bad mod {rec['mod']!r}")
        if "end" in rec:
            check_value(rec["end"], where + " end")
            if rec["value"] and rec["end"] and not rec["value"].startswith("BC") and rec["end"] < rec["value"]:
                err(f"{where}: end before value")
        for b in ("explicit", "hard"):
            if not isinstance(rec[b], bool):
                err(f"{where}: {b} not a bool")
        total += 1
    print(f"{name:22s} {len(lines):3d} entries  ({t.suffix[1:]}, published {meta.get('publication_date')})")

# Weekdays written in the texts, verified with the calendar.
WEEKDAYS = [("gov_negotiations", "2019-06-21", "Friday"), ("gov_negotiations", "2019-10-16", "Wednesday"),
            ("gov_negotiations", "2019-10-18", "Friday"),
            ("disaster_report", "2022-03-11", "Friday"), ("disaster_report", "2022-03-12", "Saturday"),
            ("disaster_report", "2022-03-13", "Sunday"), ("disaster_report", "2022-03-14", "Monday"),
            ("election_calendar", "2025-04-06", "Sunday"), ("election_calendar", "2025-03-03", "Monday"),
            ("anniversary", "2024-03-14", "Thursday"), ("anniversary", "2024-03-12", "Tuesday"), ("anniversary", "2024-03-16", "Saturday"), ("athlete_profile", "2023-09-03", "Sunday"),
            ("athlete_profile", "2023-09-09", "Saturday")]
import calendar
for name, iso, wd in WEEKDAYS:
    d = datetime.date.fromisoformat(iso)
    if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != wd:
        err(f"{name}: {iso} is not a {wd}")

if len(texts) != 12:
    err(f"expected 12 chronologies, found {len(texts)}")
if total < 160:
    err(f"only {total} gold entries (need >= 160)")
print(f"total {total} entries in {len(texts)} files")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
