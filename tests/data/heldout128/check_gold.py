#!/usr/bin/env python3
"""Self-check of the heldout128 chronology gold (standard library only, independent of keydates).

Checks: every chronology has .gold.jsonl and .meta.json; JSON keys and value forms; mods;
every quote found exactly once (in the visible text for HTML) and in text order; HTML quotes
lie inside one element's text (no tags, no entities); weekdays named in the texts match the
calendar. Exit status 0 when everything passes.
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
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}

# (file, phrase in the text, date the weekday refers to): verified with calendar
WEEKDAYS = [
    ("island_wildfire_live.html", "Thursday 24 July 2025", "2025-07-24"),
    ("island_wildfire_live.html", "On Sunday afternoon", "2025-07-20"),
    ("island_wildfire_live.html", "By Monday", "2025-07-21"),
    ("island_wildfire_live.html", "on Monday evening", "2025-07-21"),
    ("island_wildfire_live.html", "Early on Tuesday", "2025-07-22"),
    ("island_wildfire_live.html", "said on Wednesday", "2025-07-23"),
    ("opera_singer_profile.md", "Vienna on Wednesday", "2024-03-13"),
    ("miners_strike_ballot_factbox.txt", "* Monday -", "2025-11-17"),
    ("miners_strike_ballot_factbox.txt", "* Wednesday -", "2025-11-19"),
    ("space_probe_flyby.html", "On Tuesday the flight team", "2026-03-10"),
    ("harbour_wall_repair.txt", "Friday 6 June 2025", "2025-06-06"),
    ("harbour_wall_repair.txt", "last Saturday", "2025-05-31"),
    ("tb_cluster_explainer.txt", "Thursday 26 February 2026", "2026-02-26"),
    ("tb_cluster_explainer.txt", "On Monday the UK", "2026-02-23"),
    ("womens_cricket_series.md", "confirmed on Thursday", "2025-07-03"),
    ("council_tax_rise.html", "<strong>Tuesday</strong>", "2026-02-17"),
    ("town_year_in_review.txt", "Remembrance Sunday", "2024-11-10"),
    ("water_crisis_descending.txt", "Thursday — Mayor", "2024-02-15"),
]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collects visible text nodes (script/style skipped), entities decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            err(f"{where}: bad month in {v}")
        if d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                err(f"{where}: impossible day {v}")
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        err(f"{where}: bad week {v}")


def main():
    texts = sorted(p for p in HERE.iterdir()
                   if p.suffix in (".txt", ".md", ".html") and p.name != "README.md")
    total = 0
    for src in texts:
        name = src.stem
        gold = HERE / f"{name}.gold.jsonl"
        meta = HERE / f"{name}.meta.json"
        if not gold.exists() or not meta.exists():
            err(f"{src.name}: missing gold or meta")
            continue
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        if is_html:
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            text = "".join(nodes)
        else:
            nodes = None
            text = raw
        md = json.loads(meta.read_text(encoding="utf-8"))
        missing = META_KEYS - set(md)
        if missing:
            err(f"{meta.name}: missing keys {sorted(missing)}")
        try:
            datetime.date.fromisoformat(md.get("publication_date", ""))
        except ValueError:
            err(f"{meta.name}: bad publication_date")
        if md.get("format") not in ("text", "markdown", "html"):
            err(f"{meta.name}: format must be text, markdown or html")
        pos = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                err(f"{gold.name}:{i}: blank line")
                continue
            where = f"{gold.name}:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                err(f"{where}: bad JSON {ex}")
                continue
            n += 1
            keys = set(e)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            words = len(q.split())
            if not 8 <= words <= 12:
                err(f"{where}: quote has {words} words (want 8-12)")
            if is_html and (re.search(r"[<>]", q) or re.search(r"&[#a-zA-Z0-9]+;", q)):
                err(f"{where}: quote contains a tag or entity")
            cnt = text.count(q)
            if cnt != 1:
                err(f"{where}: quote found {cnt} times: {q!r}")
            else:
                p = text.find(q)
                if p <= pos:
                    err(f"{where}: quote out of order: {q!r}")
                pos = p
            if is_html and not any(q in node for node in nodes):
                err(f"{where}: quote spans several elements: {q!r}")
            if is_html and cnt == 1 and any(q in n for n in nodes):
                # the quote lies in one element's text and starts there or at a sentence
                node = next(n for n in nodes if q in n)
                before = node[:node.find(q)].strip().rstrip("-–—:•·| ").strip()
                if before and not before.endswith((".", ";", ":", "!", "?")):
                    err(f"{where}: quote starts mid-sentence in its element: {q!r}")
            check_value(e["value"], where)
            if e["mod"] not in MODS:
                err(f"{where}: bad mod {e['mod']!r}")
            if "end" in e:
                check_value(e["end"], where + " end")
                if e["end"] is None or e["value"] is None:
                    err(f"{where}: end needs a value and an end")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    err(f"{where}: {k} must be a boolean")
            if e["value"] is None and e["mod"] is not None:
                err(f"{where}: null value with a mod")
        if n == 0:
            err(f"{gold.name}: no entries")
        total += n
        print(f"{src.name}: {n} entries")
    for fname, phrase, day in WEEKDAYS:
        p = HERE / fname
        if not p.exists() or phrase not in p.read_text(encoding="utf-8"):
            err(f"weekday check: {phrase!r} not in {fname}")
            continue
        named = re.findall(r"[A-Za-z]+", phrase)
        wd = calendar.day_name[datetime.date.fromisoformat(day).weekday()]
        if wd not in named:
            err(f"weekday check: {phrase!r} in {fname}: {day} is a {wd}")
    print(f"total: {len(texts)} files, {total} entries")
    for m in errors:
        print("ERROR", m)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
