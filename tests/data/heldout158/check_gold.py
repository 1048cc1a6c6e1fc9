#!/usr/bin/env python3
"""Independent checker for the heldout158 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD, a real day), format, style;
- gold keys: quote, value, mod, explicit, hard (+ optional end), types;
- quote: 1-12 words, no HTML tags/entities, found exactly once in the text
  (for HTML: in the visible text), quotes in text order;
- HTML: each quote lies inside one text node (one element), so it never
  spans a date cell / <dt> / bold label and its description;
- value / end: TIMEX3 forms of the guide, real calendar days, end > value;
- mod: null or a TIMEX3 mod of the guide;
- weekday claims listed in WEEKDAYS below agree with Python's calendar.
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}

# (file stem, ISO date, weekday name) for every weekday written in the texts.
WEEKDAYS = [
    ("flood_breach_live", "2026-02-06", "Friday"),
    ("flood_breach_live", "2026-02-07", "Saturday"),
    ("flood_breach_live", "2026-02-08", "Sunday"),
    ("tram_drivers_dispute", "2025-03-04", "Tuesday"),
    ("tram_drivers_dispute", "2025-03-14", "Friday"),
    ("tram_drivers_dispute", "2025-06-09", "Monday"),
    ("netball_season", "2025-03-22", "Saturday"),
    ("netball_season", "2025-04-05", "Saturday"),
    ("netball_season", "2025-05-18", "Sunday"),
    ("netball_season", "2025-06-14", "Saturday"),
    ("fuel_poverty_grant_explainer", "2025-11-17", "Monday"),
    ("fuel_poverty_grant_explainer", "2025-11-19", "Wednesday"),
]


class Visible(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(re.sub(r"\s+", " ", data))


def check_value(v, where, errs):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            errs.append(f"{where}: bad month {v}")
        elif d is not None:
            try:
                dt.date(y, mo, int(d))
            except ValueError:
                errs.append(f"{where}: not a real day {v}")
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        errs.append(f"{where}: bad week {v}")


def sort_key(v):
    if v.startswith("BC"):
        return -int(v[2:])
    return int(v[:4].replace("X", "0"))


def main():
    errs, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / f"{stem}{ext}" for ext in (".txt", ".md", ".html")]
        srcs = [p for p in srcs if p.exists()]
        if len(srcs) != 1:
            errs.append(f"{stem}: need exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        files += 1
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        if is_html:
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes, text = None, raw
        meta_p = HERE / f"{stem}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errs.append(f"{stem}: meta lacks {sorted(missing)}")
            dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                errs.append(f"{stem}: publication_date not YYYY-MM-DD")
            if meta.get("format") not in {"txt", "md", "html"} or meta["format"] != src.suffix[1:]:
                errs.append(f"{stem}: meta format {meta.get('format')!r} != {src.suffix[1:]}")
        except Exception as e:  # noqa: BLE001
            errs.append(f"{stem}: bad meta: {e}")
        last = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errs.append(f"{where}: blank line")
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(g)
            if not GOLD_KEYS <= keys or keys - GOLD_KEYS - {"end"}:
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errs.append(f"{where}: bad quote {q!r}")
                continue
            if not 1 <= len(q.split()) <= 12:
                errs.append(f"{where}: quote has {len(q.split())} words")
            if re.search(r"<[^>]*>|&[#a-zA-Z0-9]+;", q):
                errs.append(f"{where}: quote holds HTML markup {q!r}")
            n = text.count(q)
            if n != 1:
                errs.append(f"{where}: quote found {n} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errs.append(f"{where}: quote out of order: {q!r}")
            last = pos
            if is_html and not any(q in node for node in nodes):
                errs.append(f"{where}: quote spans several elements: {q!r}")
            if g["value"] is not None:
                check_value(g["value"], where, errs)
            if g["mod"] not in MODS:
                errs.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                if g["value"] is None:
                    errs.append(f"{where}: end without value")
                else:
                    check_value(g["end"], where + " end", errs)
                    if VALUE_RE.match(g["end"] or "") and sort_key(g["end"]) < sort_key(g["value"]):
                        errs.append(f"{where}: end before value")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errs.append(f"{where}: {k} not boolean")
            if g["value"] is None and g["explicit"]:
                errs.append(f"{where}: null value but explicit")
    names = list(calendar.day_name)
    for stem, iso, wd in WEEKDAYS:
        d = dt.date.fromisoformat(iso)
        if names[calendar.weekday(d.year, d.month, d.day)] != wd:
            errs.append(f"weekday: {stem} {iso} is not a {wd}")
    for e in errs:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errs)} errors")
    return 1 if errs or files < 12 or total < 160 else 0


if __name__ == "__main__":
    sys.exit(main())
