#!/usr/bin/env python3
"""Independent checker for the heldout79 chronology gold (standard library only).

Checks per chronology NAME.{txt,md,html}:
  * NAME.gold.jsonl: JSON objects with exactly the guide's keys (quote, value, mod,
    explicit, hard, optional end), value/end forms, mods, booleans;
  * every quote is 8-12 words, occurs exactly once in the visible text, and the
    quotes appear in text order;
  * HTML: quotes are visible text (no tags, no entities) and each lies inside a
    single text node (one element), never across a date cell/label;
  * NAME.meta.json: title, publication_date (YYYY-MM-DD), format, style.
"""
import datetime
import glob
import html
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?"   # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"       # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"                          # seasons
    r"|\d{3}X|\d{2}XX"                                 # decades, centuries
    r"|BC\d{4})$")                                     # BC years
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}

errors = []


def err(msg):
    errors.append(msg)


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            err(f"{where}: impossible date {v!r}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        try:
            datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            err(f"{where}: impossible ISO week {v!r}")


class Visible(html.parser.HTMLParser):
    """Collect visible text nodes (entities decoded), skipping script/style/head."""

    SKIP = {"script", "style", "head", "title", "noscript"}

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
        if not self.depth:
            self.nodes.append(data)


def check_file(src):
    name, ext = os.path.splitext(os.path.basename(src))
    gold = os.path.join(HERE, name + ".gold.jsonl")
    meta = os.path.join(HERE, name + ".meta.json")
    raw = open(src, encoding="utf-8").read()
    nodes = None
    if ext == ".html":
        p = Visible()
        p.feed(raw)
        p.close()
        nodes = p.nodes
        text = "".join(nodes)
    else:
        text = raw
    # meta
    if not os.path.exists(meta):
        err(f"{name}: missing meta")
    else:
        m = json.load(open(meta, encoding="utf-8"))
        missing = META_KEYS - set(m)
        if missing:
            err(f"{name}.meta.json: missing keys {sorted(missing)}")
        try:
            datetime.date.fromisoformat(m.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", m["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{name}.meta.json: bad publication_date")
        if m.get("format") != ext[1:]:
            err(f"{name}.meta.json: format {m.get('format')!r} != {ext[1:]!r}")
    if not os.path.exists(gold):
        err(f"{name}: missing gold")
        return 0
    last = -1
    n = 0
    for i, line in enumerate(open(gold, encoding="utf-8"), 1):
        where = f"{name}.gold.jsonl:{i}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        o = json.loads(line)
        n += 1
        keys = set(o)
        if not REQUIRED <= keys or not keys <= ALLOWED:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        words = len(q.split())
        if not 8 <= words <= 12:
            err(f"{where}: quote has {words} words (want 8-12)")
        if q != q.strip():
            err(f"{where}: quote has outer whitespace")
        if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
            err(f"{where}: quote contains markup or an entity")
        if q.lstrip()[:1] in "•·-*" and not re.match(r"^-\d", q):
            err(f"{where}: quote starts with a bullet glyph")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                err(f"{where}: quote out of text order")
            last = pos
        if nodes is not None and not any(q in nd for nd in nodes):
            err(f"{where}: quote crosses element boundaries: {q!r}")
        check_value(o["value"], where)
        if "end" in o:
            if o["end"] is None:
                err(f"{where}: end present but null")
            check_value(o["end"], where + " end")
            if o["value"] is None:
                err(f"{where}: end without value")
        if o["mod"] not in MODS:
            err(f"{where}: bad mod {o['mod']!r}")
        for k in ("explicit", "hard"):
            if not isinstance(o[k], bool):
                err(f"{where}: {k} not boolean")
    if n == 0:
        err(f"{name}: empty gold")
    return n


def main():
    srcs = sorted(p for p in glob.glob(os.path.join(HERE, "*"))
                  if os.path.splitext(p)[1] in (".txt", ".md", ".html")
                  and not p.endswith("README.md"))
    golds = {os.path.basename(g)[:-len(".gold.jsonl")]
             for g in glob.glob(os.path.join(HERE, "*.gold.jsonl"))}
    names = {os.path.splitext(os.path.basename(s))[0] for s in srcs}
    for g in sorted(golds - names):
        err(f"{g}: gold without source")
    total = 0
    for s in srcs:
        n = check_file(s)
        print(f"{os.path.basename(s):32s} {n:3d} entries")
        total += n
    print(f"{len(srcs)} chronologies, {total} gold entries")
    if total < 160:
        err(f"only {total} entries (want >= 160)")
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
