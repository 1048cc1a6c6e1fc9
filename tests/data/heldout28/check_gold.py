"""Self-check for the heldout28 chronology gold (standard library only, independent of keydates).

Checks every NAME.gold.jsonl against its NAME.txt/.md/.html and NAME.meta.json:
JSON keys, quote found exactly once and in text order, quote length, TIMEX3 value forms,
mods, range ends, booleans, meta keys, and every weekday+date claim in the texts.
Run: /work/main/.venv/bin/python tests/data/heldout28/check_gold.py
"""
import calendar
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
EXTS = (".txt", ".md", ".html")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4})$")                           # BC years
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
DAYS = [d.lower() for d in calendar.day_name]
# "Friday 10 April 1998", "Sunday 30 January 1972", "Saturday, February 17, 2024", "Friday, 14 March 2025"
WD_DMY = re.compile(r"\b(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(DAYS), "|".join(MONTHS)), re.I)
WD_MDY = re.compile(r"\b(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(DAYS), "|".join(MONTHS)), re.I)
# weekday claims whose year is not in the same phrase, checked explicitly
EXTRA_WEEKDAYS = [("2011-01-25", "tuesday"), ("2011-01-28", "friday"), ("2011-02-11", "friday"),
                  ("2023-07-26", "wednesday"), ("2023-07-27", "thursday"),
                  ("1995-07-11", "tuesday"), ("2025-03-10", "monday"), ("2023-01-06", "friday"),
                  ("2022-02-24", "thursday"), ("2019-08-29", "thursday")]


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        return False
    return True


def main():
    errors = []
    total = 0
    stems = sorted(p.name[:-len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    for stem in stems:
        texts = [HERE / (stem + e) for e in EXTS if (HERE / (stem + e)).exists()]
        if len(texts) != 1:
            errors.append(f"{stem}: expected exactly one text file, found {len(texts)}")
            continue
        text = texts[0].read_text(encoding="utf-8")
        meta_p = HERE / (stem + ".meta.json")
        if not meta_p.exists():
            errors.append(f"{stem}: missing meta.json")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if not META_KEYS <= set(meta):
                errors.append(f"{stem}: meta keys missing {META_KEYS - set(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{stem}: bad publication_date {meta.get('publication_date')!r}")
            if meta.get("format") != texts[0].suffix[1:]:
                errors.append(f"{stem}: meta format {meta.get('format')!r} != {texts[0].suffix}")
        last = -1
        lines = (HERE / (stem + ".gold.jsonl")).read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            where = f"{stem}.gold.jsonl:{n}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(g)
            if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            if len(q.split()) > 12:
                errors.append(f"{where}: quote longer than 12 words")
            if q[0] in "•*-–—:" and not q[0].isalnum():
                errors.append(f"{where}: quote starts with a bullet glyph")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of text order")
                last = pos
            v = g["value"]
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                if v is None or not isinstance(g["end"], str) or not valid_value(g["end"]):
                    errors.append(f"{where}: bad end {g.get('end')!r}")
                elif not v.startswith("BC") and g["end"] <= v:
                    errors.append(f"{where}: end {g['end']} not after {v}")
                elif v.startswith("BC") and (not g["end"].startswith("BC") or g["end"] >= v):
                    errors.append(f"{where}: BC end {g['end']} not after {v}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errors.append(f"{where}: {k} not boolean")
            if v is None and (g["explicit"] or g["mod"] is not None or "end" in g):
                errors.append(f"{where}: null value with explicit/mod/end")
        # weekday claims in the text
        for rx, order in ((WD_DMY, "dmy"), (WD_MDY, "mdy")):
            for m in rx.finditer(text):
                wd, a, b, y = m.groups()
                day, mon = (int(a), MONTHS[b.lower()]) if order == "dmy" else (int(b), MONTHS[a.lower()])
                real = calendar.day_name[calendar.weekday(int(y), mon, day)].lower()
                if real != wd.lower():
                    errors.append(f"{stem}: {m.group(0)!r} is really a {real}")
    for iso, wd in EXTRA_WEEKDAYS:
        real = calendar.day_name[datetime.date.fromisoformat(iso).weekday()].lower()
        if real != wd:
            errors.append(f"weekday claim {iso} {wd}: really {real}")
    if len(stems) < 12:
        errors.append(f"only {len(stems)} chronologies")
    if total < 160:
        errors.append(f"only {total} gold entries")
    for e in errors:
        print("ERROR", e)
    print(f"{len(stems)} chronologies, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
