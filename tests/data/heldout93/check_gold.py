#!/usr/bin/env python3
"""Self-check for the heldout93 chronology gold (standard library only; independent of keydates).

Checks: every chronology has text + .gold.jsonl + .meta.json; JSON keys and value forms follow
/work/shared/data/chronologies/README.md; every quote occurs exactly once in the visible text and the
quotes appear in text order; for HTML files the quote lies inside a single text element (no tags,
no entities); quotes are 8-12 words (shorter only when the entry itself is shorter).
"""
import calendar
import json
import re
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = ["quote", "value", "mod", "explicit", "hard"]
ALLOWED = set(REQUIRED) | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
SKIP_TAGS = {"script", "style", "head", "title"}
BLOCK_SEP = "\n"


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


# Every weekday named in the texts, with the date it refers to (verified with the calendar).
WEEKDAYS = [
    ("2024-03-14", "Thursday"), ("2024-03-11", "Monday"), ("2020-02-13", "Thursday"),
    ("2025-06-21", "Saturday"), ("2025-06-18", "Wednesday"), ("1936-11-16", "Monday"),
    ("1919-05-29", "Thursday"), ("2025-11-08", "Saturday"), ("2025-11-07", "Friday"),
    ("2025-11-06", "Thursday"), ("2025-11-04", "Tuesday"), ("2025-11-09", "Sunday"),
    ("2025-09-09", "Tuesday"), ("2025-09-11", "Thursday"), ("2025-09-18", "Thursday"),
    ("2024-08-05", "Monday"), ("2024-08-09", "Friday"), ("2025-01-15", "Wednesday"),
]


def check_value(v, errs, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad value form {v!r}")
        return
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            date.fromisoformat(v)
        except ValueError:
            errs.append(f"{where}: impossible date {v}")
    elif re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
        errs.append(f"{where}: bad month {v}")


def main():
    errs = []
    total = 0
    for d, wd in WEEKDAYS:
        if calendar.day_name[date.fromisoformat(d).weekday()] != wd:
            errs.append(f"weekday: {d} is not a {wd}")
    texts = sorted(p for p in HERE.iterdir() if p.suffix in {".txt", ".md", ".html"}
                   and p.name != "README.md")
    for tp in texts:
        stem = tp.stem
        gp, mp = HERE / f"{stem}.gold.jsonl", HERE / f"{stem}.meta.json"
        if not gp.exists() or not mp.exists():
            errs.append(f"{tp.name}: missing gold or meta")
            continue
        meta = json.loads(mp.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            errs.append(f"{mp.name}: meta keys {sorted(meta)}")
        try:
            date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errs.append(f"{mp.name}: bad publication_date")
        if meta.get("format") != tp.suffix[1:]:
            errs.append(f"{mp.name}: format {meta.get('format')!r} != {tp.suffix[1:]}")
        raw = tp.read_text(encoding="utf-8")
        nodes = None
        if tp.suffix == ".html":
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            text = BLOCK_SEP.join(nodes)
        else:
            text = raw
        pos = -1
        lines = [l for l in gp.read_text(encoding="utf-8").splitlines() if l.strip()]
        for i, line in enumerate(lines, 1):
            where = f"{gp.name}:{i}"
            total += 1
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: JSON {e}")
                continue
            keys = list(o)
            if keys[:3] != REQUIRED[:3] or not set(REQUIRED) <= set(keys) or not set(keys) <= ALLOWED:
                errs.append(f"{where}: keys {keys}")
            q = o.get("quote")
            if not isinstance(q, str) or not q:
                errs.append(f"{where}: empty quote")
                continue
            if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                errs.append(f"{where}: quote contains markup {q!r}")
            if tp.suffix == ".md" and re.search(r"[*`\[\]#>]", q):
                errs.append(f"{where}: quote contains Markdown markup {q!r}")
            nw = len(q.split())
            if nw > 12 or nw < 3:
                errs.append(f"{where}: quote has {nw} words")
            if q.startswith(("- ", "* ", "• ", "– ")):
                errs.append(f"{where}: quote starts with bullet glyph")
            n = text.count(q)
            if n != 1:
                errs.append(f"{where}: quote found {n} times: {q!r}")
            else:
                p = text.find(q)
                if p < pos:
                    errs.append(f"{where}: quote out of order: {q!r}")
                pos = p
            if nodes is not None and not any(q in nd for nd in nodes):
                errs.append(f"{where}: quote spans HTML elements: {q!r}")
            check_value(o.get("value"), errs, where)
            if "end" in o:
                check_value(o["end"], errs, where + " end")
                if o["end"] is None:
                    errs.append(f"{where}: end present but null")
            if o.get("mod") not in MODS:
                errs.append(f"{where}: bad mod {o.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(o.get(k), bool):
                    errs.append(f"{where}: {k} not bool")
            if o.get("value") is None and (o.get("mod") or "end" in o):
                errs.append(f"{where}: null value with mod/end")
        print(f"{tp.name}: {len(lines)} entries")
    print(f"files: {len(texts)}, gold entries: {total}")
    for e in errs:
        print("ERROR", e)
    if len(texts) < 12 or total < 160:
        print("ERROR need 12 files and >= 160 entries")
        errs.append("size")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
