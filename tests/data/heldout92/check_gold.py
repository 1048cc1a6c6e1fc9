#!/usr/bin/env python3
"""Independent format check for the heldout92 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- every gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), of the right types;
- value / end are TIMEX3 forms allowed by the guide (or null for value), mod is allowed;
- every quote occurs exactly once in the text as a reader sees it, and quotes come in text order;
- quotes hold no markup (<, >, &entities;) and, for HTML, each quote lies inside ONE text node
  (so it starts at the description, never in a date cell, <dt> or bold label).
Exit status 0 when everything passes.
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    if DATE_RE.match(v):
        import datetime
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        return False
    return True


def check(gold_path):
    errs = []
    name = gold_path.name[: -len(".gold.jsonl")]
    srcs = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
    if len(srcs) != 1:
        return [f"{name}: expected exactly one source file, found {len(srcs)}"], 0
    src = srcs[0]
    raw = src.read_text(encoding="utf-8")
    meta_p = HERE / f"{name}.meta.json"
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta[k].strip():
                errs.append(f"{name}: meta lacks {k}")
        if not DATE_RE.match(meta.get("publication_date", "")):
            errs.append(f"{name}: bad publication_date")
        fmt = {".txt": "text", ".md": "markdown", ".html": "html"}[src.suffix]
        if meta.get("format") != fmt:
            errs.append(f"{name}: meta format {meta.get('format')!r} != {fmt!r}")
    except (OSError, ValueError) as e:
        errs.append(f"{name}: meta unreadable: {e}")
    if src.suffix == ".html":
        p = Visible()
        p.feed(raw)
        nodes = p.nodes
        text = "\n".join(nodes)
    else:
        nodes = None
        text = raw
    last = -1
    n = 0
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errs.append(f"{name}:{i}: blank line")
            continue
        where = f"{name}:{i}"
        try:
            g = json.loads(line)
        except ValueError as e:
            errs.append(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(g)
        if not (keys == KEYS or keys == KEYS | {"end"}):
            errs.append(f"{where}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            errs.append(f"{where}: bad quote {q!r}")
            continue
        if re.search(r"[<>]|&[#\w]+;", q):
            errs.append(f"{where}: quote holds markup {q!r}")
        words = len(q.split())
        if not 3 <= words <= 12:
            errs.append(f"{where}: quote has {words} words {q!r}")
        if q.lstrip()[:1] in "•-*–—":
            errs.append(f"{where}: quote starts with a bullet glyph {q!r}")
        v = g["value"]
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            errs.append(f"{where}: bad value {v!r}")
        if g["mod"] not in MODS:
            errs.append(f"{where}: bad mod {g['mod']!r}")
        if "end" in g and (not isinstance(g["end"], str) or not valid_value(g["end"])):
            errs.append(f"{where}: bad end {g.get('end')!r}")
        if "end" in g and v is None:
            errs.append(f"{where}: end without value")
        if v is None and g["mod"] is not None:
            errs.append(f"{where}: mod on a null value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                errs.append(f"{where}: {k} not a bool")
        c = text.count(q)
        if c != 1:
            errs.append(f"{where}: quote found {c} times {q!r}")
            continue
        pos = text.find(q)
        if pos <= last:
            errs.append(f"{where}: quote out of text order {q!r}")
        last = pos
        if nodes is not None:
            inside = [nd for nd in nodes if q in nd]
            if len(inside) != 1:
                errs.append(f"{where}: quote not inside exactly one HTML text node {q!r}")
    return errs, n


# Every weekday named next to a date in the texts, checked with the calendar module.
# (file, phrase as written in the text, the date it names)
WEEKDAY_CLAIMS = [
    ("flood_defence", "Friday, December 30, 2016", "2016-12-30"),
    ("flood_defence", "Tuesday April 12", "2016-04-12"),
    ("flood_defence", "Thursday October 20", "2016-10-20"),
    ("marathon_history", "Sun 9 April 2023", "2023-04-09"),
    ("prison_riot_live", "Saturday 6 September 2025", "2025-09-06"),
    ("ferry_route_closure", "Saturday, 2 November 2024", "2024-11-02"),
    ("nobel_scientist", "Monday 2 October", "2023-10-02"),
    ("olympics_city", "Super Saturday", "2012-08-04"),
    ("bank_bailout", "Thursday 13 September 2007", "2007-09-13"),
    ("bank_bailout", "Friday 14 September 2007", "2007-09-14"),
    ("bank_bailout", "Monday 17 September 2007", "2007-09-17"),
    ("bank_bailout", "Sunday 17 February 2008", "2008-02-17"),
    ("bus_lanes_explainer", "Thursday 12 February 2026", "2026-02-12"),
]
# Relative weekdays resolved against the publication date: (file, weekday, gold value).
RELATIVE_WEEKDAYS = [
    ("prison_riot_live", "Thursday", "2025-09-04"),
    ("prison_riot_live", "Friday", "2025-09-05"),
    ("national_anthem", "Sunday", "2018-03-04"),
    ("national_anthem", "Monday", "2018-03-05"),
    ("bus_lanes_explainer", "Tuesday", "2026-02-10"),
]


def check_weekdays():
    import calendar
    import datetime
    errs = []
    for name, phrase, iso in WEEKDAY_CLAIMS:
        srcs = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
        if not srcs or phrase not in srcs[0].read_text(encoding="utf-8"):
            errs.append(f"weekday claim {phrase!r} not found in {name}")
            continue
        d = datetime.date.fromisoformat(iso)
        day = calendar.day_name[calendar.weekday(d.year, d.month, d.day)]
        if day[:3] != phrase.split()[0][:3] and not phrase.endswith(day):
            errs.append(f"{name}: {phrase!r} but {iso} is a {day}")
    for name, wd, iso in RELATIVE_WEEKDAYS:
        meta = json.loads((HERE / f"{name}.meta.json").read_text(encoding="utf-8"))
        pub = datetime.date.fromisoformat(meta["publication_date"])
        d = datetime.date.fromisoformat(iso)
        day = calendar.day_name[calendar.weekday(d.year, d.month, d.day)]
        if day != wd or not 0 < (pub - d).days < 7:
            errs.append(f"{name}: {wd} resolved to {iso} ({day}) from {pub}")
    return errs


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    all_errs, total = [], 0
    for g in golds:
        errs, n = check(g)
        total += n
        all_errs += errs
        print(f"{g.name}: {n} entries{'' if not errs else ', %d problems' % len(errs)}")
    for e in all_errs:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} gold entries")
    if len(golds) < 12 or total < 160:
        print("ERROR: need 12 files and at least 160 entries")
        all_errs.append("size")
    wd = check_weekdays()
    for e in wd:
        print("ERROR", e)
    all_errs += wd
    print("OK" if not all_errs else "FAILED")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
