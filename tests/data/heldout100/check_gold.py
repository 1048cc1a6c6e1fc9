#!/usr/bin/env python3
"""Independent checker for the heldout100 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD, a real day), format (txt|md|html), style;
- every gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), with valid TIMEX3 value forms and mods;
- every quote is found exactly once in the visible text and quotes appear in text order;
- for HTML: the visible text is the text nodes (tags dropped, entities decoded, <head>,
  <script>, <style> skipped); a quote must lie inside ONE text node (so it never contains
  tags or entities and never starts in a date cell / <dt> / <time> / bold label);
- quotes hold no raw HTML tags or entities and no leading bullet glyphs.
Exit status 0 when all pass.
"""
import calendar
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}", r"BC\d{3}X", r"BC\d{2}XX",
]
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
SEP = "\x00"

# Every weekday named in a source, with the day it is read as (verified with the calendar).
WEEKDAYS = [
    ("bird_flu_farms", "Wednesday", "2026-02-04"),
    ("subway_flood_live", "Tuesday 14 July", "2026-07-14"),
    ("subway_flood_live", "Monday 13 July", "2026-07-13"),
    ("subway_flood_live", "6am on Wednesday", "2026-07-15"),
    ("subway_flood_live", "before Friday", "2026-07-17"),
    ("general_strike_longread", "Wednesday 21 October 2026", "2026-10-21"),
    ("general_strike_longread", "Monday, October 12", "2026-10-12"),
    ("general_strike_longread", "Wednesday, October 14", "2026-10-14"),
    ("general_strike_longread", "Thursday, October 15", "2026-10-15"),
    ("general_strike_longread", "Saturday, October 17", "2026-10-17"),
    ("general_strike_longread", "Tuesday, October 20", "2026-10-20"),
    ("lottery_scandal_explainer", "On Monday", "2026-03-16"),
    ("lottery_scandal_explainer", "Saturday's draw", "2026-03-21"),
    ("island_volcano_evacuation", "Sunday:", "2025-11-23"),
    ("town_year_in_review", "Last Saturday", "2025-12-27"),
]
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append(SEP)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.parts.append(SEP)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw
    p = Visible()
    p.feed(raw)
    p.close()
    return "".join(p.parts)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not any(re.fullmatch(r, v) for r in VALUE_RES):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    if re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
        return False
    return True


def check(name, gold, errors):
    srcs = [gold.with_name(name + ext) for ext in (".txt", ".md", ".html")]
    srcs = [s for s in srcs if s.exists()]
    if len(srcs) != 1:
        errors.append(f"{name}: expected exactly one source file, found {len(srcs)}")
        return 0
    src = srcs[0]
    meta_p = gold.with_name(name + ".meta.json")
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        errors.append(f"{name}: meta unreadable: {e}")
        meta = {}
    for k in ("title", "publication_date", "format", "style"):
        if not meta.get(k):
            errors.append(f"{name}: meta lacks {k}")
    try:
        datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        errors.append(f"{name}: bad publication_date")
    if meta.get("format") != src.suffix[1:]:
        errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
    text = visible_text(src)
    pos = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold.name}:{i}"
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(o)
        if not REQUIRED <= keys or keys - REQUIRED - {"end"}:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: empty quote")
            continue
        if not valid_value(o["value"]):
            errors.append(f"{where}: bad value {o['value']!r}")
        if "end" in o and (o["end"] is None or not valid_value(o["end"])):
            errors.append(f"{where}: bad end {o['end']!r}")
        if o["mod"] not in MODS:
            errors.append(f"{where}: bad mod {o['mod']!r}")
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
            errors.append(f"{where}: explicit/hard must be booleans")
        if re.search(r"<[a-zA-Z/]|&[a-zA-Z#]\w*;", q):
            errors.append(f"{where}: quote contains a tag or entity")
        if q[0] in "•-*–—·:" or q.startswith("::"):
            errors.append(f"{where}: quote starts with a bullet glyph")
        if SEP in q or "\n" in q:
            errors.append(f"{where}: quote spans lines/elements")
        c = text.count(q)
        if c != 1:
            errors.append(f"{where}: quote found {c} times: {q!r}")
            continue
        at = text.index(q)
        if at < pos:
            errors.append(f"{where}: quote out of text order: {q!r}")
        pos = at
        words = len(q.split())
        if words > 14:
            errors.append(f"{where}: quote too long ({words} words)")
    if n == 0:
        errors.append(f"{name}: no entries")
    return n


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for g in golds:
        name = g.name[: -len(".gold.jsonl")]
        n = check(name, g, errors)
        print(f"{name}: {n} entries")
        total += n
    for name, phrase, day in WEEKDAYS:
        srcs = [HERE / (name + e) for e in (".txt", ".md", ".html") if (HERE / (name + e)).exists()]
        if not srcs or phrase not in srcs[0].read_text(encoding="utf-8"):
            errors.append(f"weekday check: {phrase!r} not in {name}")
            continue
        wd = DAYNAMES[calendar.weekday(*map(int, day.split("-")))]
        if wd not in phrase and wd[:3] not in phrase and phrase.rstrip(":") not in ("Sunday",):
            errors.append(f"weekday check: {phrase!r} is not a {wd} ({day})")
        if phrase.rstrip(":") == "Sunday" and wd != "Sunday":
            errors.append(f"weekday check: {day} is not a Sunday")
    print(f"{len(golds)} files, {total} entries, {len(WEEKDAYS)} weekdays checked")
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"0 passed, {len(errors)} failed")
        return 1
    print(f"{len(golds)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
