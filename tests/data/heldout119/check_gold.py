#!/usr/bin/env python3
"""Independent sanity check of the heldout119 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * exactly one text file NAME.txt / NAME.md / NAME.html and a NAME.meta.json with the keys
    title, publication_date (YYYY-MM-DD), format (= extension), style;
  * each gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
    (+ optional end), with valid TIMEX3 value forms, mods and real calendar dates;
  * every quote occurs exactly once in the visible text, quotes appear in text order, and
    quotes have at most 12 words;
  * HTML: the visible text is the text nodes outside <head>/<script>/<style> with entities
    decoded; each quote contains no markup or entity and lies inside ONE text node (so it
    never spans a date cell / <dt> / bold label and the description);
  * every weekday written in the texts (listed in WEEKDAYS below) agrees with calendar.
Run: /work/main/.venv/bin/python tests/data/heldout119/check_gold.py
"""
import calendar
import datetime as dt
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

# Every weekday the texts state, with the date it stands for (checked with calendar).
WEEKDAYS = {
    "forest_fire_athens": [("Saturday", "2025-08-09"), ("Thursday", "2025-08-14")],
    "poet_laureate_profile": [("Tuesday", "2024-04-16")],
    "royal_yacht_longread": [("Sun 16 Apr 2023", "2023-04-16")],
    "dockers_dispute_keydates": [("Wednesday", "2024-04-03")],
    "stadium_roof_collapse": [("Fri 30 Jan", "2026-01-30"), ("Sat 31 Jan", "2026-01-31"),
                              ("Sun 1 Feb", "2026-02-01"), ("Tuesday", "2026-02-10"),
                              ("Wednesday", "2026-02-11"), ("Thursday 12 February 2026", "2026-02-12")],
    "tax_amnesty_timeline": [("Tuesday", "2025-10-28"), ("Friday 31 October 2025", "2025-10-31")],
    "blackout_live": [("Wednesday 4 March 2026", "2026-03-04"), ("Tuesday 3 March", "2026-03-03"),
                      ("Tuesday evening", "2026-03-03"), ("Thursday evening", "2026-03-05")],
    "bridge_closure_explainer": [("Monday", "2025-11-03"), ("Thursday 6 November 2025", "2025-11-06"),
                                 ("Tuesday", "2025-11-04"), ("Wednesday", "2025-11-05")],
    "cholera_vaccine_campaign": [("Monday 19 February", "2024-02-19"), ("Sunday 25 February", "2024-02-25")],
}

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            dt.date.fromisoformat(v)
        elif re.match(r"^\d{4}-\d{2}$", v):
            return 1 <= int(v[5:]) <= 12
        elif "-W" in v:
            y, w = int(v[:4]), int(v[6:8])
            return 1 <= w <= dt.date(y, 12, 28).isocalendar()[1]
        elif v.startswith("BC"):
            return int(v[2:]) > 0
    except ValueError:
        return False
    return True


def sort_key(v):
    """Rough chronological key (start of the period) for end >= value checks."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    if re.match(r"^\d{3}X$", v):
        return (int(v[:3]) * 10, 0, 0)
    if re.match(r"^\d{2}XX$", v):
        return (int(v[:2]) * 100, 0, 0)
    y = int(v[:4])
    rest = v[5:]
    if not rest:
        return (y, 0, 0)
    if rest[:1] == "W":
        d = dt.date.fromisocalendar(y, int(rest[1:3]), 1)
        return (y, d.month, d.day)
    if rest in ("SP", "SU", "FA", "WI"):
        return (y, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest], 0)
    parts = rest.split("-")
    return (y, int(parts[0]), int(parts[1]) if len(parts) > 1 else 0)


def check_file(gold_path):
    name = os.path.basename(gold_path)[: -len(".gold.jsonl")]
    texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {texts}")
        return 0
    text_path = texts[0]
    ext = text_path.rsplit(".", 1)[1]
    raw = open(text_path, encoding="utf-8").read()
    meta_path = os.path.join(HERE, name + ".meta.json")
    try:
        meta = json.load(open(meta_path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(f"{name}: bad meta: {e}")
        meta = {}
    if set(meta) != META_KEYS:
        err(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
        err(f"{name}: publication_date not YYYY-MM-DD")
    if meta.get("format") != ext:
        err(f"{name}: meta format {meta.get('format')!r} != extension {ext!r}")

    if ext == "html":
        parser = Visible()
        parser.feed(raw)
        parser.close()
        nodes = parser.nodes
        visible = "".join(nodes)
    else:
        nodes = None
        visible = raw

    last = -1
    n = 0
    for lineno, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            err(f"{name}:{lineno}: blank line")
            continue
        n += 1
        where = f"{name}:{lineno}"
        try:
            g = json.loads(line)
        except ValueError as e:
            err(f"{where}: bad JSON {e}")
            continue
        keys = set(g)
        need = {"quote", "value", "mod", "explicit", "hard"}
        if not need <= keys or keys - need - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q, v, m = g["quote"], g["value"], g["mod"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: bad quote {q!r}")
            continue
        if len(q.split()) > 12:
            err(f"{where}: quote longer than 12 words")
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(f"{where}: bad value {v!r}")
        if m not in MODS:
            err(f"{where}: bad mod {m!r}")
        if v is None and (m is not None or "end" in g):
            err(f"{where}: null value with mod/end")
        if "end" in g:
            e = g["end"]
            if not isinstance(e, str) or not valid_value(e):
                err(f"{where}: bad end {e!r}")
            elif v and sort_key(e) < sort_key(v):
                err(f"{where}: end {e} before value {v}")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(f"{where}: {k} not boolean")
        if ext == "html":
            if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                err(f"{where}: quote contains markup/entity")
            if sum(1 for node in nodes if q in node) != 1:
                err(f"{where}: quote not inside exactly one HTML text node")
        cnt = visible.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        pos = visible.find(q)
        if pos <= last:
            err(f"{where}: quote out of text order: {q!r}")
        last = pos

    for phrase, date in WEEKDAYS.get(name, []):
        if phrase not in visible:
            err(f"{name}: weekday phrase {phrase!r} not in text")
        day = phrase.split()[0].lower()
        full = next((d for d in DAYS if d.startswith(day[:3])), None)
        if full is None or dt.date.fromisoformat(date).weekday() != DAYS[full]:
            err(f"{name}: {phrase!r} is not {date} ({calendar.day_name[dt.date.fromisoformat(date).weekday()]})")
    # any weekday name in the text must be listed
    for d in calendar.day_name:
        if re.search(r"\b" + d + r"\b", visible) and not any(p.startswith(d) or p.startswith(d[:3]) for p, _ in WEEKDAYS.get(name, [])):
            err(f"{name}: weekday {d} in text but not verified in WEEKDAYS")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    for g in golds:
        n = check_file(g)
        print(f"{os.path.basename(g)[:-11]:32s} {n:4d} entries")
        total += n
    print(f"{len(golds)} files, {total} entries")
    if len(golds) < 12:
        err(f"only {len(golds)} chronologies (need 12)")
    if total < 160:
        err(f"only {total} entries (need 160)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
