"""Independent checker for the heldout41 chronology gold (standard library only).

Checks: every chronology has gold and meta; meta keys and date; gold JSON keys and value
forms; mods; every quote found exactly once in the document text and quotes in text order.
For HTML, quotes are searched in the tag-stripped, entity-unescaped text.
"""
import calendar, html, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
    r"|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OK = KEYS_REQ | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
errors = []

def err(msg):
    errors.append(msg)

def check_value(where, v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        y, mo, d = map(int, m.groups())
        if d > calendar.monthrange(y, mo)[1]:
            err(f"{where}: impossible day {v}")

def text_of(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
        raw = re.sub(r"[ \t]+", " ", raw)
    return raw

# Every weekday named in the texts, with the date the gold resolves it to.
WEEKDAYS = [
    ("2026-11-19", 3), ("2026-11-13", 4), ("2026-11-14", 5), ("2026-11-15", 6), ("2026-11-16", 0),
    ("2026-11-17", 1), ("2026-11-18", 2),                          # alder_dam_explainer
    ("2026-11-24", 1), ("2026-11-23", 0),                          # harlow_verdict_live
    ("2026-11-22", 6), ("2026-11-20", 4), ("2026-11-21", 5),       # week_in_review
    ("2025-12-30", 1), ("2025-07-19", 5), ("2025-07-20", 6),       # eastbrook_2025_review
    ("2026-11-10", 1), ("2026-11-09", 0),                          # marlow_case_factbox
    ("2026-11-05", 3), ("2026-11-03", 1),                          # okafor_profile, mayoral tracker
    ("2026-08-26", 2), ("2026-11-04", 2), ("2026-11-07", 5), ("2026-08-08", 5),
    ("2026-11-14", 5),                                             # harbour_town_season
    ("2026-10-01", 3), ("2026-10-05", 0), ("2026-10-09", 4), ("2026-10-19", 0),
    ("2026-10-23", 4), ("2026-10-25", 6), ("2026-11-02", 0), ("2026-11-06", 4),
    ("2026-11-09", 0), ("2026-11-12", 3),                          # northvale_bank_longread
]
import datetime
for day, wd in WEEKDAYS:
    y, m, d = map(int, day.split("-"))
    if calendar.weekday(y, m, d) != wd:
        err(f"weekday check failed for {day}: {calendar.day_name[calendar.weekday(y, m, d)]}")

docs = sorted(p for p in HERE.iterdir() if p.suffix in {".txt", ".md", ".html"} and p.name != "README.md")
total = 0
for doc in docs:
    name = doc.stem
    gold = HERE / f"{name}.gold.jsonl"
    meta = HERE / f"{name}.meta.json"
    if not gold.exists():
        err(f"{name}: missing gold"); continue
    if not meta.exists():
        err(f"{name}: missing meta")
    else:
        md = json.loads(meta.read_text(encoding="utf-8"))
        if set(md) != META_KEYS:
            err(f"{name}: meta keys {sorted(md)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", md.get("publication_date", "")):
            err(f"{name}: bad publication_date")
        if md.get("format") != doc.suffix[1:]:
            err(f"{name}: format {md.get('format')} != {doc.suffix[1:]}")
    text = text_of(doc)
    last = -1
    lines = [l for l in gold.read_text(encoding="utf-8").split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        where = f"{name}:{i}"
        try:
            o = json.loads(line)
        except ValueError as e:
            err(f"{where}: bad JSON {e}"); continue
        total += 1
        if not KEYS_REQ <= set(o) or not set(o) <= KEYS_OK:
            err(f"{where}: keys {sorted(o)}")
        q = o.get("quote", "")
        n = len(q.split())
        if n > 12 or n < 3:
            err(f"{where}: quote has {n} words")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
        else:
            pos = text.index(q)
            if pos < last:
                err(f"{where}: quote out of order")
            last = pos
        if o.get("value") is not None:
            check_value(where, o["value"])
        elif o.get("mod") is not None or "end" in o:
            err(f"{where}: null value with mod/end")
        if "end" in o:
            check_value(where + " end", o["end"])
            if o["end"] <= o["value"] and not o["value"].startswith("BC"):
                err(f"{where}: end not after value")
        if o.get("mod") not in MODS:
            err(f"{where}: bad mod {o.get('mod')!r}")
        for k in ("explicit", "hard"):
            if not isinstance(o.get(k), bool):
                err(f"{where}: {k} not bool")
for p in HERE.glob("*.gold.jsonl"):
    if not any(d.stem == p.name[:-11] for d in docs):
        err(f"{p.name}: no document")
print(f"{len(docs)} documents, {total} gold entries")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
