"""Independent sanity check of the heldout54 gold (standard library only; no keydates code).
Run: /work/main/.venv/bin/python tests/data/heldout54/check_gold.py"""
import calendar, datetime, glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE = re.compile(r"^(\d{4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|SP|SU|FA|WI))?|\d{3}X|\d{2}XX|BC\d{4}(-\d{2}(-\d{2})?)?)$")
META = {"title", "publication_date", "format", "style"}
# weekday claims made in the texts, verified with the calendar module
WEEKDAYS = [("agency_brexit_keydates", "2020-01-31", "Friday"), ("agency_brexit_keydates", "2020-01-29", "Wednesday"),
            
            ("live_storm_harlow", "2026-03-12", "Thursday"), ("live_storm_harlow", "2026-03-10", "Tuesday"),
            ("live_storm_harlow", "2026-03-13", "Friday"),
            ("sports_season_rovers", "2024-08-17", "Saturday"), ("year_review_kelsby_2025", "2025-11-04", "Tuesday"),

            ("explainer_lakeport_water", "2026-11-20", "Friday"), ("explainer_lakeport_water", "2026-11-16", "Monday"),
            ("explainer_lakeport_water", "2026-11-18", "Wednesday"),
            ("blog_berlin_wall", "1989-10-09", "Monday"), ("blog_berlin_wall", "1989-10-18", "Wednesday"),
            ("blog_berlin_wall", "1989-11-04", "Saturday"), ("blog_berlin_wall", "1989-11-09", "Thursday")]

def visible(raw, ext):
    if ext != "html":
        return raw
    raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))

def main():
    errors, total, files = [], 0, 0
    for gpath in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        name = os.path.basename(gpath)[:-len(".gold.jsonl")]
        texts = [p for p in glob.glob(os.path.join(HERE, name + ".*")) if p.endswith((".txt", ".md", ".html"))]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, found {texts}"); continue
        ext = texts[0].rsplit(".", 1)[1]
        raw = open(texts[0], encoding="utf-8").read()
        meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
        if set(meta) != META: errors.append(f"{name}: meta keys {sorted(meta)}")
        if meta.get("format") != ext: errors.append(f"{name}: meta format {meta.get('format')} != {ext}")
        try: datetime.date.fromisoformat(meta["publication_date"])
        except Exception: errors.append(f"{name}: bad publication_date")
        files += 1
        last = {"raw": -1, "vis": -1}
        vis = visible(raw, ext)
        for n, line in enumerate(open(gpath, encoding="utf-8"), 1):
            total += 1
            r = json.loads(line)
            where = f"{name}:{n}"
            if not (KEYS <= set(r) <= KEYS | {"end"}): errors.append(f"{where}: keys {sorted(r)}")
            q = r["quote"]
            if len(q.split()) > 12: errors.append(f"{where}: quote longer than 12 words")
            if len(q.split()) < 8 and not re.search(re.escape(q) + r"(\s|<|$)", raw):
                errors.append(f"{where}: short quote is not a whole entry")
            for key, text in (("raw", raw), ("vis", vis)):
                if text.count(q) != 1: errors.append(f"{where}: quote found {text.count(q)} times in {key}")
                pos = text.find(q)
                if pos <= last[key]: errors.append(f"{where}: quote out of order in {key}")
                last[key] = pos
            if r["value"] is not None and not VALUE.match(r["value"]): errors.append(f"{where}: value {r['value']}")
            if "end" in r and not VALUE.match(str(r["end"])): errors.append(f"{where}: end {r['end']}")
            if r["value"] is None and (r["mod"] or "end" in r): errors.append(f"{where}: null value with mod/end")
            if r["mod"] not in MODS: errors.append(f"{where}: mod {r['mod']}")
            if not isinstance(r["explicit"], bool) or not isinstance(r["hard"], bool): errors.append(f"{where}: flags")
            v = r["value"] or ""
            if re.match(r"^\d{4}-\d{2}-\d{2}$", v): datetime.date.fromisoformat(v)
    for name, day, wd in WEEKDAYS:
        if calendar.day_name[datetime.date.fromisoformat(day).weekday()] != wd:
            errors.append(f"{name}: {day} is not a {wd}")
    for e in errors: print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors or files != 12 or total < 160 else 0

if __name__ == "__main__":
    sys.exit(main())
