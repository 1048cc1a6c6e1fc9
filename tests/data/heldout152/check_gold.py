#!/usr/bin/env python3
"""Independent validator for the heldout152 chronology gold files (standard library only).

Checks, per NAME.{txt,md,html} with NAME.gold.jsonl and NAME.meta.json:
- JSON keys and types (quote, value, mod, explicit, hard, optional end);
- every quote occurs exactly once in the visible text, and quotes occur in text order;
- HTML: quotes contain no tags/entities and each lies inside a single text node
  (one element), so a date in its own cell/<dt>/<b>/<time> label is never part of a quote;
- Markdown: quotes contain no markup (**, [..](..), leading bullet glyphs);
- value / end forms are TIMEX3 forms allowed by the guide; mod in the allowed set;
- meta keys; weekday claims listed in WEEKDAYS match Python's calendar.
"""
import calendar
import datetime
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}

# Weekday claims made in the texts (date, weekday name), verified with calendar.
WEEKDAYS = {
    "sinkhole_long_read": [("2025-02-04", "Tuesday"), ("2025-02-05", "Wednesday"),
                           ("2025-02-07", "Friday"), ("2025-02-10", "Monday"),
                           ("2025-02-18", "Tuesday"), ("2025-03-03", "Monday"),
                           ("2025-03-13", "Thursday"), ("2025-03-14", "Friday")],
    "rapper_profile": [("2025-06-14", "Saturday"), ("2025-06-20", "Friday")],
    "council_bankruptcy_factbox": [("2025-09-11", "Thursday"), ("2025-09-12", "Friday")],
    "postal_dispute_live": [("2024-11-14", "Thursday"), ("2024-11-13", "Wednesday"),
                            ("2024-11-12", "Tuesday")],
    "esports_worlds_recap": [("2024-09-25", "Wednesday"), ("2024-11-02", "Saturday"),
                             ("2024-11-03", "Sunday"), ("2024-11-04", "Monday")],
    "tourist_tax_explainer": [("2025-04-07", "Monday"), ("2025-04-09", "Wednesday")],
    "town_year_in_review": [("2024-02-13", "Tuesday"), ("2024-03-16", "Saturday"),
                            ("2024-03-17", "Sunday"), ("2024-12-27", "Friday")],
    "stadium_history": [("2025-01-04", "Saturday"), ("2025-01-06", "Monday")],
    "flu_season_review": [("2024-09-30", "Monday"), ("2024-12-02", "Monday"),
                          ("2024-12-08", "Sunday"), ("2024-12-30", "Monday"),
                          ("2025-01-05", "Sunday")],
}


class TextNodes(HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        return False
    return True


def check(name, ext, errors):
    base = os.path.join(HERE, name)
    raw = open(base + ext, encoding="utf-8").read()
    nodes = None
    if ext == ".html":
        p = TextNodes()
        p.feed(raw)
        nodes = p.nodes
        visible = "\n".join(nodes)
    else:
        visible = raw
    meta = json.load(open(base + ".meta.json", encoding="utf-8"))
    missing = META_KEYS - set(meta)
    if missing:
        errors.append(f"{name}: meta missing {sorted(missing)}")
    try:
        datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        errors.append(f"{name}: bad publication_date {meta.get('publication_date')!r}")
    if meta.get("format") not in {"text", "markdown", "html"}:
        errors.append(f"{name}: bad format {meta.get('format')!r}")
    pos = -1
    n = 0
    for i, line in enumerate(open(base + ".gold.jsonl", encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        where = f"{name}.gold.jsonl:{i}"
        try:
            e = json.loads(line)
        except json.JSONDecodeError as ex:
            errors.append(f"{where}: bad JSON {ex}")
            continue
        keys = set(e)
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            errors.append(f"{where}: bad keys {sorted(keys)}")
            continue
        q = e["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            errors.append(f"{where}: bad quote {q!r}")
            continue
        words = len(q.split())
        if not 3 <= words <= 13:
            errors.append(f"{where}: quote has {words} words")
        if q[0] in "-•*+:" or "**" in q or "](" in q:
            errors.append(f"{where}: quote contains markup or a bullet glyph: {q!r}")
        if ext == ".html":
            if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                errors.append(f"{where}: quote contains a tag or entity")
            hits = [k for k, t in enumerate(nodes) if q in t]
            if len(hits) != 1 or nodes[hits[0]].count(q) != 1:
                errors.append(f"{where}: quote not inside exactly one element ({len(hits)} nodes)")
        c = visible.count(q)
        if c != 1:
            errors.append(f"{where}: quote found {c} times: {q!r}")
            continue
        at = visible.find(q)
        if at <= pos:
            errors.append(f"{where}: quote out of text order: {q!r}")
        pos = at
        v = e["value"]
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            errors.append(f"{where}: bad value {v!r}")
        if e["mod"] not in MODS:
            errors.append(f"{where}: bad mod {e['mod']!r}")
        if "end" in e:
            if not isinstance(e["end"], str) or not valid_value(e["end"]):
                errors.append(f"{where}: bad end {e['end']!r}")
            if v is None:
                errors.append(f"{where}: end without value")
        for k in ("explicit", "hard"):
            if not isinstance(e[k], bool):
                errors.append(f"{where}: {k} not a boolean")
        if v is None and e["explicit"]:
            errors.append(f"{where}: null value but explicit")
    for d, wd in WEEKDAYS.get(name, []):
        real = calendar.day_name[datetime.date.fromisoformat(d).weekday()]
        if real != wd:
            errors.append(f"{name}: {d} is a {real}, text says {wd}")
    return n


def main():
    errors = []
    total = 0
    files = 0
    for fn in sorted(os.listdir(HERE)):
        stem, ext = os.path.splitext(fn)
        if ext not in (".txt", ".md", ".html") or fn == "README.md":
            continue
        if not os.path.exists(os.path.join(HERE, stem + ".gold.jsonl")):
            errors.append(f"{fn}: no gold file")
            continue
        n = check(stem, ext, errors)
        print(f"{fn}: {n} entries")
        total += n
        files += 1
    print(f"{files} files, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
