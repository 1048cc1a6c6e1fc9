"""Independent sanity check for the heldout176 chronology gold (standard library only).

Checks: meta keys; gold JSON keys and value forms; TIMEX3 mods; `end` forms;
every quote found exactly once in the visible text and in text order; for HTML,
the quote lies inside one element (no tags or entities in the raw match) and is
found exactly once in the raw source; weekday claims listed in WEEKDAYS agree with
the calendar.
"""
import calendar
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")
META_KEYS = {"title", "publication_date", "format", "style"}
TEXT_EXT = (".txt", ".md", ".html")

# (file stem, weekday name, ISO date) claims made in the texts, verified here.
WEEKDAYS = [
    ("railway_landslip_live", "Tuesday", "2026-02-10"),
    ("railway_landslip_live", "Wednesday", "2026-02-11"),
    ("railway_landslip_live", "Thursday", "2026-02-12"),
    ("airport_curfew_explainer", "Tuesday", "2026-03-17"),
    ("airport_curfew_explainer", "Friday", "2026-03-13"),
    ("prison_scabies_outbreak", "Monday", "2025-09-29"),
    ("security_guards_dispute", "Friday", "2025-06-06"),
    ("town_year_review_2025", "Saturday", "2025-07-12"),
    ("supermarket_breach_keydates", "Sunday", "2025-04-06"),
    ("football_season_recap", "Sunday", "2024-08-25"),
    ("football_season_recap", "Sunday", "2025-04-20"),  # Easter Sunday 2025
    ("security_guards_dispute", "Monday", "2025-06-09"),  # publication date
    ("town_year_review_2025", "Monday", "2025-12-29"),  # publication date
]

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        return False
    return True


def visible_text(raw, ext):
    if ext != ".html":
        return raw
    txt = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    txt = re.sub(r"(?s)<!--.*?-->", " ", txt)
    txt = re.sub(r"<[^>]+>", "\n", txt)
    return html.unescape(txt)


def check(stem):
    src = [HERE / (stem + e) for e in TEXT_EXT if (HERE / (stem + e)).exists()]
    if len(src) != 1:
        err(f"{stem}: expected exactly one text file, found {len(src)}")
        return 0
    src = src[0]
    raw = src.read_text(encoding="utf-8")
    vis = visible_text(raw, src.suffix)
    meta_p = HERE / (stem + ".meta.json")
    if not meta_p.exists():
        err(f"{stem}: missing meta")
    else:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        if not META_KEYS <= set(meta):
            err(f"{stem}: meta lacks {META_KEYS - set(meta)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
            err(f"{stem}: bad publication_date")
        if meta.get("format") != src.suffix.lstrip("."):
            err(f"{stem}: meta format {meta.get('format')} != {src.suffix}")
    n = 0
    last = -1
    quotes = set()
    for i, line in enumerate((HERE / (stem + ".gold.jsonl")).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{stem}:{i}: blank line")
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{stem}:{i}: bad JSON {e}")
            continue
        n += 1
        ks = set(o)
        if not KEYS_REQ <= ks or ks - KEYS_REQ - KEYS_OPT:
            err(f"{stem}:{i}: keys {sorted(ks)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{stem}:{i}: bad quote {q!r}")
            continue
        if q in quotes:
            err(f"{stem}:{i}: duplicate quote")
        quotes.add(q)
        nw = len(q.split())
        if not 3 <= nw <= 13:
            err(f"{stem}:{i}: quote has {nw} words")
        if re.match(r"^[-*•–#|>]\s", q) or "**" in q or "<" in q or "&" in q and src.suffix == ".html":
            err(f"{stem}:{i}: quote carries markup/glyph: {q!r}")
        c = vis.count(q)
        if c != 1:
            err(f"{stem}:{i}: quote found {c} times in visible text: {q!r}")
        else:
            pos = vis.index(q)
            if pos < last:
                err(f"{stem}:{i}: quote out of order or overlapping the previous one: {q!r}")
            last = pos + len(q)
        if src.suffix == ".html":
            rc = raw.count(q)
            if rc != 1:
                err(f"{stem}:{i}: quote found {rc} times in raw HTML (must sit inside one element, no entities): {q!r}")
        v = o["value"]
        if v is not None and not valid_value(v):
            err(f"{stem}:{i}: bad value {v!r}")
        if o["mod"] not in MODS:
            err(f"{stem}:{i}: bad mod {o['mod']!r}")
        if "end" in o:
            if v is None or not valid_value(o["end"]):
                err(f"{stem}:{i}: bad end {o['end']!r}")
            elif v.startswith("BC") != o["end"].startswith("BC"):
                pass  # BC-to-AD spans are allowed in principle
        for k in ("explicit", "hard"):
            if not isinstance(o[k], bool):
                err(f"{stem}:{i}: {k} not bool")
        if v is None and o["mod"] is not None:
            err(f"{stem}:{i}: mod on null value")
    return n


def main():
    stems = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    total = 0
    for s in stems:
        n = check(s)
        print(f"{s}: {n} entries")
        total += n
    for stem, wd, iso in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != wd:
            err(f"{stem}: {iso} is a {calendar.day_name[d.weekday()]}, not {wd}")
    print(f"{len(stems)} files, {total} entries")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
