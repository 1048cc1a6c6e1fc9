#!/usr/bin/env python3
"""Validate the heldout90 gold files. Standard library only; independent of keydates."""
import calendar
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
SKIP = {"script", "style", "head", "title", "noscript"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.chunks.append(data)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3] or 1)
        try:
            datetime.date(y, mo, d)
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= 53:
        return False
    return True


def check(stem, errors):
    src = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(src) != 1:
        errors.append(f"{stem}: expected exactly one source file, found {src}")
        return 0
    src = src[0]
    raw = src.read_text(encoding="utf-8")
    is_html = src.suffix == ".html"
    if is_html:
        p = Visible()
        p.feed(raw)
        p.close()
        chunks = p.chunks
        text = "\n".join(chunks)
    else:
        text = raw
    meta_path = HERE / f"{stem}.meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            errors.append(f"{stem}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        datetime.date.fromisoformat(meta["publication_date"])
        if meta.get("format") != src.suffix[1:]:
            errors.append(f"{stem}: meta format {meta.get('format')!r} != {src.suffix[1:]}")
    except Exception as e:  # noqa: BLE001
        errors.append(f"{stem}: bad meta: {e}")
    last = -1
    n = 0
    for i, line in enumerate((HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        where = f"{stem}.gold.jsonl:{i}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(g)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            errors.append(f"{where}: bad quote {q!r}")
            continue
        words = len(q.split())
        if words > 12 or words < 3:
            errors.append(f"{where}: quote has {words} words (want <= 12, >= 3)")
        if q[0] in "•-–—*·:":
            errors.append(f"{where}: quote starts with a bullet glyph")
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{where}: quote found {cnt} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last:
            errors.append(f"{where}: quote out of order: {q!r}")
        last = pos
        if is_html:
            if "<" in q or ">" in q or "&" in q:
                errors.append(f"{where}: HTML quote contains markup/entity characters")
            if not any(q in c for c in chunks):
                errors.append(f"{where}: HTML quote spans several elements: {q!r}")
            if raw.count(q) != 1:
                errors.append(f"{where}: HTML quote not verbatim once in source: {q!r}")
        if not valid_value(g["value"]):
            errors.append(f"{where}: bad value {g['value']!r}")
        if "end" in g:
            if g["end"] is None or not valid_value(g["end"]):
                errors.append(f"{where}: bad end {g['end']!r}")
            if g["value"] is None:
                errors.append(f"{where}: end without value")
        if g["mod"] not in MODS:
            errors.append(f"{where}: bad mod {g['mod']!r}")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                errors.append(f"{where}: {k} must be a boolean")
        if g["value"] is None and (g["mod"] is not None or g["explicit"]):
            errors.append(f"{where}: null value with a mod or explicit=true")
    return n


# Every weekday written in the set, with the date the gold gives it (verified with calendar).
WEEKDAYS = [
    ("coup_attempt_live", "Saturday 14 June", "2025-06-14"),
    ("coup_attempt_live", "Friday 13 June", "2025-06-13"),
    ("island_referendum_explainer", "Thursday 25 September 2025", "2025-09-25"),
    ("island_referendum_explainer", "On Sunday", "2025-09-21"),
    ("island_referendum_explainer", "Yesterday", "2025-09-24"),
    ("island_referendum_explainer", "on Tuesday", "2025-09-23"),
    ("island_referendum_explainer", "On Monday", "2025-09-22"),
    ("wildfire_evacuation_dayby", "TUESDAY, AUG. 8", "2023-08-08"),
    ("wildfire_evacuation_dayby", "WEDNESDAY, AUG. 9", "2023-08-09"),
    ("wildfire_evacuation_dayby", "THURSDAY, AUG. 10", "2023-08-10"),
    ("wildfire_evacuation_dayby", "FRIDAY, AUG. 11", "2023-08-11"),
    ("wildfire_evacuation_dayby", "SATURDAY, AUG. 12", "2023-08-12"),
    ("wildfire_evacuation_dayby", "SUNDAY, AUG. 13", "2023-08-13"),
    ("wildfire_evacuation_dayby", "MONDAY, AUG. 14", "2023-08-14"),
    ("tax_reform_parliament", "on Wednesday", "2024-07-03"),
]


def check_weekdays(errors):
    names = [n.lower() for n in calendar.day_name]
    for stem, phrase, iso in WEEKDAYS:
        src = next(p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html"))
        if phrase not in src.read_text(encoding="utf-8"):
            errors.append(f"{stem}: weekday phrase {phrase!r} not in text")
        d = datetime.date.fromisoformat(iso)
        if phrase.lower() == "yesterday":
            continue
        named = [n for n in names if n in phrase.lower()]
        if named != [names[d.weekday()]]:
            errors.append(f"{stem}: {phrase!r} but {iso} is a {calendar.day_name[d.weekday()]}")


def main():
    errors = []
    check_weekdays(errors)
    stems = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    total = 0
    for stem in stems:
        n = check(stem, errors)
        print(f"{stem:40s} {n:4d} entries")
        total += n
    print(f"{len(stems)} files, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
