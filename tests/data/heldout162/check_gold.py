#!/usr/bin/env python3
"""Independent sanity check of the heldout162 gold files (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys title, publication_date (YYYY-MM-DD), format, style;
- each gold line has exactly the guide's keys (quote, value, mod, explicit, hard, optional end);
- value / end are TIMEX3 forms allowed by the guide, mod is a TIMEX3 mod or null;
- every quote occurs exactly once in the visible text, quotes appear in text order,
  quotes are 3-12 words;
- for HTML: quotes are visible text only (no tags or entities) and lie inside a single
  text node (one element), never spanning a date cell / <dt> / bold label and its description;
- weekday claims listed in WEEKDAYS agree with Python's calendar.
Exit status 0 when all checks pass.
"""
import calendar
import datetime
import glob
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
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}

# (file stem, ISO date, weekday name) for every weekday written in the texts
WEEKDAYS = [
    ("mudslide_valbruna_live", "2025-08-14", "Thursday"),
    ("mudslide_valbruna_live", "2025-08-13", "Wednesday"),
    ("mudslide_valbruna_live", "2025-08-12", "Tuesday"),
    ("meridian_999_outage_explainer", "2026-03-06", "Friday"),
    ("meridian_999_outage_explainer", "2026-03-03", "Tuesday"),
    ("meridian_999_outage_explainer", "2026-03-04", "Wednesday"),
    ("meridian_999_outage_explainer", "2026-03-05", "Thursday"),
    ("ashworth_bin_strike", "2025-01-06", "Monday"),
    ("ashworth_bin_strike", "2025-03-07", "Friday"),
    ("ashworth_bin_strike", "2025-03-11", "Tuesday"),
    ("ashworth_bin_strike", "2025-03-12", "Wednesday"),
    ("ashworth_bin_strike", "2025-04-04", "Friday"),
    ("halverston_rabies_factbox", "2026-01-08", "Thursday"),
    ("clb_finals_game_by_game", "2025-06-05", "Thursday"),
    ("clb_finals_game_by_game", "2025-06-08", "Sunday"),
    ("clb_finals_game_by_game", "2025-06-11", "Wednesday"),
    ("clb_finals_game_by_game", "2025-06-13", "Friday"),
    ("clb_finals_game_by_game", "2025-06-16", "Monday"),
    ("clb_finals_game_by_game", "2025-06-19", "Thursday"),
    ("clb_finals_game_by_game", "2025-06-22", "Sunday"),
    ("clb_finals_game_by_game", "2025-06-23", "Monday"),
    ("clb_finals_game_by_game", "2025-06-25", "Wednesday"),
    ("kelsford_2024_year_in_review", "2024-12-28", "Saturday"),
    ("kelsford_2024_year_in_review", "2024-09-02", "Monday"),
    ("kelsford_2024_year_in_review", "2024-04-01", "Monday"),
    ("brackwater_tramway_blog", "1957-07-06", "Saturday"),
]


def easter(year):
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return datetime.date(year, month, day)


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

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


def check_value(v, where, errors):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            errors.append(f"{where}: bad month in {v}")
        elif d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                errors.append(f"{where}: impossible date {v}")


def main():
    errors = []
    total = 0
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for gp in golds:
        stem = os.path.basename(gp)[: -len(".gold.jsonl")]
        texts = [p for p in (os.path.join(HERE, stem + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
        if len(texts) != 1:
            errors.append(f"{stem}: expected exactly one text file, found {texts}")
            continue
        tp = texts[0]
        raw = open(tp, encoding="utf-8").read()
        is_html = tp.endswith(".html")
        if is_html:
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            visible = "\n".join(nodes)
        else:
            nodes = None
            visible = raw
        mp = os.path.join(HERE, stem + ".meta.json")
        if not os.path.exists(mp):
            errors.append(f"{stem}: missing meta")
        else:
            meta = json.load(open(mp, encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{stem}: meta missing {sorted(missing)}")
            pd = meta.get("publication_date")
            try:
                datetime.date.fromisoformat(pd)
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", pd):
                    raise ValueError
            except Exception:
                errors.append(f"{stem}: bad publication_date {pd!r}")
            fmt = {".txt": "text", ".md": "markdown", ".html": "html"}[os.path.splitext(tp)[1]]
            if meta.get("format") != fmt:
                errors.append(f"{stem}: meta format {meta.get('format')!r} != {fmt!r}")
        last = -1
        n = 0
        for i, line in enumerate(open(gp, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{stem}:{i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            n += 1
            keys = set(g)
            if not REQUIRED <= keys or not keys <= ALLOWED:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            words = len(q.split())
            if not 3 <= words <= 12:
                errors.append(f"{where}: quote has {words} words")
            if q != q.strip():
                errors.append(f"{where}: quote has outer whitespace")
            check_value(g["value"], where, errors)
            if "end" in g:
                if g["end"] is None:
                    errors.append(f"{where}: end present but null")
                check_value(g["end"], where + " end", errors)
                if g["value"] is None:
                    errors.append(f"{where}: end without value")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if is_html:
                if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                    errors.append(f"{where}: quote contains markup or an entity")
                inside = sum(node.count(q) for node in nodes)
                if inside != 1:
                    errors.append(f"{where}: quote not inside exactly one text node ({inside})")
            c = visible.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
                continue
            pos = visible.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order")
            last = pos
        if n == 0:
            errors.append(f"{stem}: no gold entries")
        total += n
        print(f"{stem}: {n} entries")
    for stem, iso, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != wd:
            errors.append(f"weekday: {stem} says {iso} is a {wd}, calendar says {calendar.day_name[d.weekday()]}")
    # Kelsford: 'Easter Monday' 2024 is annotated 2024-04-01
    if easter(2024) + datetime.timedelta(days=1) != datetime.date(2024, 4, 1):
        errors.append("kelsford: Easter Monday 2024 is not 2024-04-01")
    # Kelsford: 'the first Saturday of' December 2024 is annotated 2024-12-07
    first_sat = next(datetime.date(2024, 12, d) for d in range(1, 8)
                     if datetime.date(2024, 12, d).weekday() == calendar.SATURDAY)
    if first_sat != datetime.date(2024, 12, 7):
        errors.append("kelsford: first Saturday of December 2024 is not 2024-12-07")
    print(f"files: {len(golds)}, entries: {total}")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
