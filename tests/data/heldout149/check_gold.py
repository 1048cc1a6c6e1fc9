#!/usr/bin/env python3
"""Independent checker for the heldout149 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD), format (matches the extension), style;
- each gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), with the right types;
- value / end are TIMEX3 forms allowed by the guide (or null value), mod is a TIMEX3 mod or null;
- every quote is found exactly once in the visible text, in text order, has at most 12 words and
  starts an entry or a sentence (not mid-sentence);
- a weekday named in a quote matches its day value, and every "Weekday D Month [YYYY]" or
  "Weekday, Month D" written in the text is a real date (year from the text, else from the
  publication date);
- for HTML: the visible text is the text outside tags (head, script, style dropped, entities
  decoded); the quote holds no tag or entity and lies inside ONE element's text node, so a
  date in its own cell / <dt> / <time> / <b> label is not part of the quote.
Exit status 0 when everything passes.
"""
import calendar
import datetime
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4})$")                           # BC years
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "title"}

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
        if not self.skip and data.strip():
            self.nodes.append(" ".join(data.split()))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        return False
    return True


def starts_entry(text, pos):
    before = text[:pos].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    return before[-1] in ".!?:–—-*|)\"'”"


def check(name, errors):
    def err(msg):
        errors.append(f"{name}: {msg}")

    srcs = [p for ext in ("txt", "md", "html") for p in [os.path.join(HERE, f"{name}.{ext}")]
            if os.path.exists(p)]
    if len(srcs) != 1:
        err(f"expected exactly one source file, found {srcs}")
        return 0
    src = srcs[0]
    ext = src.rsplit(".", 1)[1]
    raw = open(src, encoding="utf-8").read()
    meta_path = os.path.join(HERE, f"{name}.meta.json")
    if not os.path.exists(meta_path):
        err("missing meta.json")
    else:
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != META_KEYS:
            err(f"meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err("bad publication_date")
        if meta.get("format") != ext:
            err(f"meta format {meta.get('format')!r} != extension {ext!r}")
    if ext == "html":
        p = Visible()
        p.feed(raw)
        nodes = p.nodes
        text = "\n".join(nodes)
    else:
        nodes = None
        text = raw
    last = -1
    n = 0
    for i, line in enumerate(open(os.path.join(HERE, f"{name}.gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            err(f"line {i}: blank line")
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {i}: bad JSON {e}")
            continue
        n += 1
        keys = set(g)
        if not (keys == KEYS or keys == KEYS | {"end"}):
            err(f"line {i}: keys {sorted(keys)}")
            continue
        q, v, mod = g["quote"], g["value"], g["mod"]
        if not isinstance(q, str) or not q.strip():
            err(f"line {i}: empty quote")
            continue
        if not (v is None or (isinstance(v, str) and valid_value(v))):
            err(f"line {i}: bad value {v!r}")
        if "end" in g:
            if v is None or not (isinstance(g["end"], str) and valid_value(g["end"])):
                err(f"line {i}: bad end {g['end']!r}")
            elif g["end"] <= v and not v.startswith("BC"):
                err(f"line {i}: end {g['end']} not after value {v}")
        if mod not in MODS:
            err(f"line {i}: bad mod {mod!r}")
        if v is None and mod is not None:
            err(f"line {i}: mod without value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(f"line {i}: {k} not a bool")
        if len(q.split()) > 12:
            err(f"line {i}: quote longer than 12 words")
        if ext == "html" and (re.search(r"<[a-zA-Z/]", q) or re.search(r"&[#a-zA-Z0-9]+;", q)):
            err(f"line {i}: quote holds a tag or entity")
        count = text.count(q)
        if count != 1:
            err(f"line {i}: quote found {count} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last:
            err(f"line {i}: quote out of text order: {q!r}")
        last = pos
        if not starts_entry(text, pos):
            err(f"line {i}: quote does not start an entry or sentence: {q!r}")
        wd = re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", q)
        if wd and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            real = calendar.day_name[datetime.date.fromisoformat(v).weekday()]
            if real not in wd:
                err(f"line {i}: quote names {wd} but {v} is a {real}")
        if nodes is not None and not any(q in node for node in nodes):
            err(f"line {i}: quote spans several HTML elements: {q!r}")
    # weekday + date written out in the source (headings, datelines): must agree
    months = {m: i for i, m in enumerate(calendar.month_name) if m}
    year = None
    if os.path.exists(meta_path):
        year = int(json.load(open(meta_path, encoding="utf-8"))["publication_date"][:4])
    pat = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
                     r"(?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+) (\d{1,2}))(?:,? (\d{4}))?")
    for m in pat.finditer(text):
        day = m.group(2) or m.group(5)
        month = months.get(m.group(3) or m.group(4))
        y = int(m.group(6)) if m.group(6) else year
        if not month or y is None:
            continue
        real = calendar.day_name[datetime.date(y, month, int(day)).weekday()]
        if real != m.group(1):
            err(f"text weekday {m.group(0)!r} is really a {real} (year {y})")
    return n


def main():
    errors = []
    total = 0
    names = sorted(os.path.basename(p)[:-len(".gold.jsonl")]
                   for p in glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for name in names:
        n = check(name, errors)
        total += n
        print(f"{name}: {n} entries")
    print(f"{len(names)} files, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
