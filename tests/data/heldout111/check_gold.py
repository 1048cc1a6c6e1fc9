#!/usr/bin/env python3
"""Independent checker for the heldout111 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * exactly one source NAME.txt / NAME.md / NAME.html and a NAME.meta.json with
    title, publication_date (YYYY-MM-DD), format (matching the extension), style;
  * every line is a JSON object with exactly the guide's keys
    (quote, value, mod, explicit, hard, optional end), with legal value forms and mods;
  * every quote is found exactly once in the text as a reader sees it (for HTML: the visible
    text, tags dropped and entities decoded), quotes appear in text order, have at most
    12 words, carry no bullet glyph, markup or entity;
  * HTML only: each quote lies inside a single text node (one element), and that element is
    not a date label (dt, th, time, b, strong, label) - the quote starts at the description;
  * every weekday named against a date in this set matches Python's calendar;
  * the set has 12 chronologies and at least 160 entries.
Run: /work/main/.venv/bin/python tests/data/heldout111/check_gold.py
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    re.compile(r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?$"),
    re.compile(r"^\d{4}-(SP|SU|FA|WI)$"),
    re.compile(r"^\d{3}X$"),
    re.compile(r"^\d{2}XX$"),
    re.compile(r"^BC\d{4}$"),
]
LABEL_TAGS = {"dt", "th", "time", "b", "strong", "label"}
SKIP_TAGS = {"script", "style"}
VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "area", "base", "col"}
BULLETS = ("•", "-", "*", "–", "—", "::", "·", "▪", "►")

# Every weekday the texts name against a date (file, ISO date, weekday), checked with calendar.
WEEKDAYS = [
    ("valbrenna_mudslide_review", "2023-12-29", "Friday"),     # publication day
    ("valbrenna_mudslide_review", "2023-12-27", "Wednesday"),  # "on Wednesday"
    ("marwood_photographer_profile", "2024-05-06", "Monday"),  # publication day
    ("marwood_photographer_profile", "2024-05-04", "Saturday"),
    ("marwood_photographer_profile", "2024-05-05", "Sunday"),
    ("bank_run_explainer", "2025-03-21", "Friday"),  # "Published Friday 21 March 2025"
    ("bank_run_explainer", "2025-03-10", "Monday"),  # "On Monday, March 10"
    ("bank_run_explainer", "2025-03-12", "Wednesday"),  # "Wednesday last week"
    ("bank_run_explainer", "2025-03-14", "Friday"),  # "Last Friday"
    ("bank_run_explainer", "2025-03-15", "Saturday"),  # weekend 2025-W11-WE
    ("bank_run_explainer", "2025-03-17", "Monday"),  # "On Monday"
    ("bank_run_explainer", "2025-03-18", "Tuesday"),  # "on Tuesday"
    ("sella_cable_car_live", "2024-07-15", "Monday"),  # day heading "Monday 15 July"
    ("sella_cable_car_live", "2024-07-14", "Sunday"),  # day heading "Sunday 14 July"
    ("rybka_chess_prodigy", "2025-09-08", "Monday"),  # publication day; "last week" = 2025-W36
    ("jersey_fishing_dispute_longread", "2022-01-10", "Monday"),  # "Mon 10 Jan 2022"
    ("rosetta_mission_factbox", "2016-09-30", "Friday"),  # "ended ... on Friday" = Sept. 30
    ("ostheim_brewery_history", "2024-04-23", "Tuesday"),  # publication day (no weekday in text)
]


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, start offset in joined text, innermost tag, stack copy)
        self.parts = []
        self.pos = 0

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if any(t in SKIP_TAGS for t in self.stack):
            return
        self.nodes.append((data, self.pos, self.stack[-1] if self.stack else None, list(self.stack)))
        self.parts.append(data)
        self.pos += len(data)

    def text(self):
        return "".join(self.parts)


def valid_value(v):
    if not any(r.match(v) for r in VALUE_RES):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    return True


def order_key(v):
    """Rough sortable key for value/end comparison (same form families only)."""
    if v.startswith("BC"):
        return -int(v[2:])
    m = re.match(r"^(\d{4})", v)
    if m:
        return int(m.group(1))
    m = re.match(r"^(\d{3})X$", v)
    if m:
        return int(m.group(1)) * 10
    m = re.match(r"^(\d{2})XX$", v)
    return int(m.group(1)) * 100


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / (name + ext) for ext in (".txt", ".md", ".html") if (HERE / (name + ext)).exists()]
        if len(srcs) != 1:
            errors.append(f"{name}: expected one source file, found {len(srcs)}")
            continue
        src = srcs[0]
        meta_p = HERE / (name + ".meta.json")
        if not meta_p.exists():
            errors.append(f"{name}: missing meta.json")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta or not isinstance(meta[k], str) or not meta[k]:
                    errors.append(f"{name}: meta key {k!r} missing or empty")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
                    raise ValueError
            except ValueError:
                errors.append(f"{name}: bad publication_date")
            fmt = {".txt": "text", ".md": "markdown", ".html": "html"}[src.suffix]
            if meta.get("format") != fmt:
                errors.append(f"{name}: meta format {meta.get('format')!r} != {fmt!r}")
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        parser = None
        if is_html:
            parser = Visible()
            parser.feed(raw)
            parser.close()
            text = parser.text()
        else:
            text = raw
        last = -1
        lines = gold.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            total += 1
            keys = set(e)
            if not KEYS <= keys or keys - KEYS - OPTIONAL:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q, v, mod = e["quote"], e["value"], e["mod"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote")
                continue
            if len(q.split()) > 12:
                errors.append(f"{where}: quote longer than 12 words")
            if len(q.split()) < 8 and not q.rstrip('"”').endswith((".", "!", "?")):
                errors.append(f"{where}: quote under 8 words but not a whole short entry")
            if q.startswith(BULLETS):
                errors.append(f"{where}: quote starts with a bullet glyph")
            if re.search(r"<[a-zA-Z/]|&[a-zA-Z#]\w*;", q):
                errors.append(f"{where}: quote contains markup or an entity")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
            else:
                pos = text.find(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of text order")
                last = pos
                node = None
                if is_html:
                    node = None
                    for data, start, tag, stack in parser.nodes:
                        if start <= pos and pos + len(q) <= start + len(data):
                            node = (data, start, tag, stack)
                            break
                    if node is None:
                        errors.append(f"{where}: quote spans several elements")
                    elif node[2] in LABEL_TAGS:
                        errors.append(f"{where}: quote sits in a label element <{node[2]}>")
                    elif "head" in node[3] or "title" in node[3]:
                        errors.append(f"{where}: quote in <head>")
            if n == 1:
                # the quote must begin an entry or a sentence/clause inside one
                before = text[: text.find(q)].rstrip(" \t")
                if before and before[-1] not in "\n.!?;:“\"*–-•>" and not (
                        is_html and node is not None and not text[node[1]: text.find(q)].strip()):
                    errors.append(f"{where}: quote does not start an entry or sentence")
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if mod not in MODS:
                errors.append(f"{where}: bad mod {mod!r}")
            if v is None and mod is not None:
                errors.append(f"{where}: mod without value")
            if "end" in e:
                en = e["end"]
                if v is None or not isinstance(en, str) or not valid_value(en):
                    errors.append(f"{where}: bad end {en!r}")
                elif order_key(en) < order_key(v) or en == v:
                    errors.append(f"{where}: end {en} not after value {v}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errors.append(f"{where}: {k} not boolean")
    for name, day, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(day)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != wd:
            errors.append(f"{name}: {day} is not a {wd}")
        if not (HERE / (name + ".gold.jsonl")).exists():
            errors.append(f"weekday check names unknown file {name}")
    print(f"{len(golds)} chronologies, {total} gold entries")
    if len(golds) != 12:
        errors.append(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for err in errors:
        print("ERROR", err)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
