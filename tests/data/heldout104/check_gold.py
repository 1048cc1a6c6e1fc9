#!/usr/bin/env python3
"""Independent validator for the heldout104 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- each gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end); value/end have a TIMEX3 form from the guide; mod is in the allowed set;
- each quote is 8-12 words (short whole entries allowed), occurs exactly once in the visible
  text, and quotes appear in text order;
- HTML: quotes are visible text (no tags / entities) and each lies inside ONE text node
  (so a date in its own cell, <dt> or bold label is never part of a quote);
- every "Weekday, date" written in the texts matches the calendar.
Run: /work/main/.venv/bin/python tests/data/heldout104/check_gold.py
"""
import calendar
import datetime as dt
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|\d{4}-(SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(" ".join(data.split()))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return False
    elif re.match(r"^\d{4}-\d{2}$", v):
        return 1 <= int(v[5:]) <= 12
    elif re.match(r"^\d{4}-W\d{2}", v):
        return 1 <= int(v[6:8]) <= dt.date(int(v[:4]), 12, 28).isocalendar()[1]
    return True


DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
WD_DMY = re.compile(rf"\b({DAYS}),? (\d{{1,2}})(?:st|nd|rd|th)? ({'|'.join(MONTHS)}),? (\d{{4}})")
WD_MDY = re.compile(rf"\b({DAYS}),? ({'|'.join(MONTHS)}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})")


def check_weekdays(name, text, errs):
    n = 0
    for m in WD_DMY.finditer(text):
        d = dt.date(int(m[4]), MONTHS[m[3]], int(m[2]))
        n += 1
        if calendar.day_name[d.weekday()] != m[1]:
            errs.append(f"{name}: weekday wrong in {m[0]!r} ({calendar.day_name[d.weekday()]})")
    for m in WD_MDY.finditer(text):
        d = dt.date(int(m[4]), MONTHS[m[2]], int(m[3]))
        n += 1
        if calendar.day_name[d.weekday()] != m[1]:
            errs.append(f"{name}: weekday wrong in {m[0]!r} ({calendar.day_name[d.weekday()]})")
    return n


def main():
    errs, total, files = [], 0, 0
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith(".gold.jsonl"):
            continue
        name = fn[: -len(".gold.jsonl")]
        files += 1
        srcs = [name + e for e in (".txt", ".md", ".html") if os.path.exists(os.path.join(HERE, name + e))]
        if len(srcs) != 1:
            errs.append(f"{name}: need exactly one text file, found {srcs}")
            continue
        src = srcs[0]
        raw = open(os.path.join(HERE, src), encoding="utf-8").read()
        is_html = src.endswith(".html")
        if is_html:
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes, text = None, raw
        try:
            meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta:
                    errs.append(f"{name}: meta lacks {k}")
            dt.date.fromisoformat(meta.get("publication_date", ""))
            if meta.get("format") != src.rsplit(".", 1)[1]:
                errs.append(f"{name}: meta format {meta.get('format')} != {src}")
        except (OSError, ValueError) as e:
            errs.append(f"{name}: meta problem {e}")
        check_weekdays(name, text, errs)
        last = -1
        for i, line in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
            if not line.strip():
                errs.append(f"{name}:{i}: blank line")
                continue
            total += 1
            try:
                g = json.loads(line)
            except ValueError as e:
                errs.append(f"{name}:{i}: bad JSON {e}")
                continue
            keys = set(g)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errs.append(f"{name}:{i}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errs.append(f"{name}:{i}: bad quote {q!r}")
                continue
            nw = len(q.split())
            if nw > 12 or nw < 3:
                errs.append(f"{name}:{i}: quote has {nw} words: {q!r}")
            if q[0] in "-•*#|:" :
                errs.append(f"{name}:{i}: quote starts with markup/bullet {q!r}")
            if text.count(q) != 1:
                errs.append(f"{name}:{i}: quote found {text.count(q)} times: {q!r}")
            pos = text.find(q)
            if pos <= last:
                errs.append(f"{name}:{i}: quote out of order: {q!r}")
            last = max(last, pos)
            if is_html:
                if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                    errs.append(f"{name}:{i}: quote has markup/entity {q!r}")
                if sum(1 for n in nodes if q in n) != 1:
                    errs.append(f"{name}:{i}: quote not inside one single text node: {q!r}")
            v = g["value"]
            if v is not None and not (isinstance(v, str) and valid_value(v)):
                errs.append(f"{name}:{i}: bad value {v!r}")
            if "end" in g and not (isinstance(g["end"], str) and valid_value(g["end"])):
                errs.append(f"{name}:{i}: bad end {g['end']!r}")
            if "end" in g and v is None:
                errs.append(f"{name}:{i}: end without value")
            if g["mod"] not in MODS:
                errs.append(f"{name}:{i}: bad mod {g['mod']!r}")
            if v is None and g["mod"] is not None:
                errs.append(f"{name}:{i}: mod on null value")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errs.append(f"{name}:{i}: {k} not bool")
    for e in errs:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errs)} errors")
    if files < 12 or total < 160:
        print("NOTE: set target is 12 files / 160 entries")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
