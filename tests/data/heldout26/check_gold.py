"""Independent sanity check for the heldout26 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl: a matching text file (.txt/.md/.html) and NAME.meta.json;
JSON keys; every quote found exactly once in the text and quotes in text order; TIMEX3 value
forms; mods; 'end' only for ranges; booleans; meta keys and date format; weekday facts used
by the annotation (computed with the calendar module).
"""
import calendar
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?"          # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(-WE)?"                # ISO week, weekend
    r"|\d{4}-(SP|SU|FA|WI)"               # seasons
    r"|\d{4}-Q[1-4]"                      # quarters (guide silent; see README)
    r"|\d{3}X|\d{2}XX"                    # decades, centuries
    r"|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = ["quote", "value", "mod", "explicit", "hard"]
META_KEYS = {"title", "publication_date", "format", "style"}
# (date, weekday) pairs the annotation relies on
WEEKDAYS = [
    ("2023-11-07", "Tuesday"), ("2023-11-12", "Sunday"), ("2025-10-06", "Monday"),
    ("2025-10-04", "Saturday"), ("2025-08-09", "Saturday"), ("2025-09-09", "Tuesday"),
    ("2025-09-08", "Monday"), ("2024-02-13", "Tuesday"), ("2024-02-02", "Friday"),
    ("2024-02-07", "Wednesday"), ("2024-03-12", "Tuesday"), ("2025-01-23", "Thursday"),
    ("2025-01-22", "Wednesday"), ("2025-01-20", "Monday"), ("2025-03-14", "Friday"),
    ("2025-03-10", "Monday"), ("2025-03-11", "Tuesday"), ("2025-03-12", "Wednesday"),
]
WEEKS = [("2025-08-16", "2025-W33"), ("2024-02-06", "2024-W06"), ("2025-02-21", "2025-W08")]


def main():
    errors = []
    total = 0
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    for name in names:
        texts = [f for f in os.listdir(HERE) if f.startswith(name + ".") and f.split(".", 1)[1] in ("txt", "md", "html")]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, found {texts}")
            continue
        text = open(os.path.join(HERE, texts[0]), encoding="utf-8").read()
        try:
            meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
            if not META_KEYS <= set(meta):
                errors.append(f"{name}: meta missing {META_KEYS - set(meta)}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta["format"] != texts[0].split(".", 1)[1]:
                errors.append(f"{name}: meta format {meta['format']} != {texts[0]}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: bad meta: {e}")
        last = -1
        for n, line in enumerate(open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8"), 1):
            where = f"{name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            g = json.loads(line)
            total += 1
            for k in REQ:
                if k not in g:
                    errors.append(f"{where}: missing {k}")
            extra = set(g) - set(REQ) - {"end"}
            if extra:
                errors.append(f"{where}: unknown keys {extra}")
            q = g.get("quote", "")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last = pos
            if not 1 <= len(q.split()) <= 12:
                errors.append(f"{where}: quote has {len(q.split())} words")
            v = g.get("value")
            if v is not None and not VALUE_RE.match(v):
                errors.append(f"{where}: bad value {v!r}")
            if v is not None and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                datetime.date.fromisoformat(v)
            if g.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {g.get('mod')!r}")
            if "end" in g:
                if not VALUE_RE.match(str(g["end"])) or v is None:
                    errors.append(f"{where}: bad end {g['end']!r}")
                elif not v.startswith("BC") and g["end"] <= v:
                    errors.append(f"{where}: end not after value")
                elif v.startswith("BC") and g["end"] >= v:
                    errors.append(f"{where}: BC end not after value")
            for k in ("explicit", "hard"):
                if not isinstance(g.get(k), bool):
                    errors.append(f"{where}: {k} not boolean")
    for d, wd in WEEKDAYS:
        y, m, dd = map(int, d.split("-"))
        if calendar.day_name[calendar.weekday(y, m, dd)] != wd:
            errors.append(f"weekday: {d} is not a {wd}")
    for d, w in WEEKS:
        iso = datetime.date.fromisoformat(d).isocalendar()
        if f"{iso[0]}-W{iso[1]:02d}" != w:
            errors.append(f"week: {d} is not in {w}")
    if len(names) != 12:
        errors.append(f"expected 12 chronologies, found {len(names)}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(names)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
