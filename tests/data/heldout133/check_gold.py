#!/usr/bin/env python3
"""Independent validator for the heldout133 chronology gold (standard library only).

Checks: file triples (text, gold, meta), meta keys, gold JSON keys and value forms,
TIMEX3 mods, quotes (8-12 words, no bullet glyph, found exactly once, in text order),
for HTML files that each quote is visible text inside one text node (no tags or
entities), and the weekday claims listed in WEEKDAYS against Python's calendar.
"""
import calendar
import datetime
import glob
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
BULLETS = "-•*–—·:▪►"
# (file stem, weekday name, ISO date the text or gold relies on)
WEEKDAYS = [
    ("dam_spillway_failure", "Friday", "2025-02-21"),
    ("dam_spillway_failure", "Thursday", "2025-02-20"),
    ("postal_strike_live", "Thursday", "2025-11-20"),
    ("postal_strike_live", "Wednesday", "2025-11-19"),
    ("postal_strike_live", "Monday", "2025-11-17"),
    ("mumps_outbreak_explainer", "Thursday", "2025-04-10"),
    ("mumps_outbreak_explainer", "Tuesday", "2025-04-08"),
    ("mumps_outbreak_explainer", "Wednesday", "2025-04-09"),
    ("ashby_year_in_review", "Friday", "2023-12-29"),
    ("ashby_year_in_review", "Saturday", "2023-09-16"),
    ("jockey_career", "Saturday", "2004-06-05"),
]
DAYS = list(calendar.day_name)


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_value(v, where, errs):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            errs.append(f"{where}: impossible date {v}")
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        errs.append(f"{where}: bad month {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= datetime.date(int(m[1]), 12, 28).isocalendar()[1]:
        errs.append(f"{where}: bad week {v}")


def main():
    errs, total, files = [], 0, 0
    for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        stem = os.path.basename(gold)[: -len(".gold.jsonl")]
        texts = [p for ext in ("txt", "md", "html") for p in [os.path.join(HERE, f"{stem}.{ext}")] if os.path.exists(p)]
        if len(texts) != 1:
            errs.append(f"{stem}: expected exactly one text file, found {texts}")
            continue
        files += 1
        path = texts[0]
        raw = open(path, encoding="utf-8").read()
        is_html = path.endswith(".html")
        if is_html:
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            visible = "".join(nodes)
        else:
            nodes, visible = None, raw
        meta_path = os.path.join(HERE, f"{stem}.meta.json")
        try:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if set(meta) != META_KEYS:
                errs.append(f"{stem}.meta.json: keys {sorted(meta)} != {sorted(META_KEYS)}")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                errs.append(f"{stem}.meta.json: publication_date not YYYY-MM-DD")
            if meta.get("format") != os.path.splitext(path)[1][1:]:
                errs.append(f"{stem}.meta.json: format {meta.get('format')!r} does not match file")
        except Exception as e:  # noqa: BLE001
            errs.append(f"{stem}.meta.json: {e}")
        last = -1
        for n, line in enumerate(open(gold, encoding="utf-8"), 1):
            where = f"{stem}.gold.jsonl:{n}"
            if not line.strip():
                errs.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: {e}")
                continue
            total += 1
            keys = set(obj)
            if not KEYS <= keys or keys - KEYS - OPTIONAL:
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not 8 <= len(q.split()) <= 12:
                errs.append(f"{where}: quote must be 8-12 words: {q!r}")
            if q[:1] in BULLETS or q != q.strip():
                errs.append(f"{where}: quote starts with a glyph or space: {q!r}")
            c = visible.count(q)
            if c != 1:
                errs.append(f"{where}: quote found {c} times: {q!r}")
            else:
                pos = visible.find(q)
                if pos < last:
                    errs.append(f"{where}: quote out of text order or overlapping the previous quote: {q!r}")
                last = pos + len(q)
            if is_html:
                if "<" in q or "&" in q or raw.count(q) != 1:
                    errs.append(f"{where}: HTML quote not literal visible text: {q!r}")
                inside = [t for t in nodes if q in t]
                if len(inside) != 1:
                    errs.append(f"{where}: HTML quote not inside one element: {q!r}")
                else:
                    before = inside[0][: inside[0].find(q)].strip()
                    if before and before[-1] not in ".:;–—-!?":
                        errs.append(f"{where}: HTML quote does not start an element's text, a sentence or the text after a date label: {q!r}")
            check_value(obj["value"], where, errs)
            if obj["mod"] not in MODS:
                errs.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                if obj["end"] is None or obj["value"] is None:
                    errs.append(f"{where}: end present without a range")
                check_value(obj["end"], where, errs)
                if obj["end"] is not None and obj["value"] is not None and not obj["value"].startswith("BC") and obj["end"] < obj["value"]:
                    errs.append(f"{where}: end before value")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errs.append(f"{where}: {k} not a boolean")
            if obj["value"] is None and obj["mod"] is not None:
                errs.append(f"{where}: null value with a mod")
    for stem, day, iso in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if DAYS[d.weekday()] != day:
            errs.append(f"weekday: {stem} says {iso} is {day}, calendar says {DAYS[d.weekday()]}")
    if files != 12:
        errs.append(f"expected 12 chronologies, found {files}")
    if total < 160:
        errs.append(f"expected at least 160 gold entries, found {total}")
    for e in errs:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
