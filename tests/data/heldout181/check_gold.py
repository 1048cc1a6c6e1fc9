#!/usr/bin/env python3
"""Validate the heldout181 chronology set (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * NAME.meta.json exists with exactly the keys title, publication_date (real YYYY-MM-DD date),
    format (text|markdown|html) and style, and the matching NAME.txt / NAME.md / NAME.html exists;
  * each gold line is a JSON object with keys quote, value, mod, [end], explicit, hard of the
    right types; value/end are TIMEX3 forms of the guide (or null value), mod is an allowed mod;
  * each quote occurs exactly once in the visible text, in text order, has 8-12 words (shorter only
    when it ends its entry or clause), and contains no bullet glyphs or markup; for HTML the quote
    must sit inside one text node (tags stripped the way a browser shows text, script/style/head
    hidden) and must also appear literally in the source (no entities inside);
  * every "Weekday D Month [YYYY]" / "Weekday, Month D, YYYY" in a text agrees with the calendar
    (publication year assumed when the year is absent), and a full-date gold value whose quote
    names a weekday falls on that weekday.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
EXT = {"text": ".txt", "markdown": ".md", "html": ".html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
TIMEX = re.compile(r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
                   r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
                   r"|\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
DAYS = list(calendar.day_name)
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
HIDDEN = {"script", "style", "head", "title", "noscript"}
BLOCK = {"p", "div", "li", "dt", "dd", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
         "section", "article", "header", "footer", "aside", "nav", "main", "ul", "ol", "dl",
         "table", "thead", "tbody", "form", "br", "time", "label", "button", "blockquote"}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []  # text nodes as the reader sees them
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCK:
            self.nodes.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK:
            self.nodes.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.nodes.append(data)


def visible_html(src):
    p = Visible()
    p.feed(src)
    p.close()
    text = ""
    spans = []
    for node in p.nodes:
        spans.append((len(text), len(text) + len(node)))
        text += node
    return text, spans


def check_weekdays(name, text, pubyear):
    month_alt = "|".join(sorted(MONTHS, key=len, reverse=True))
    day_alt = "|".join(DAYS)
    pats = [
        re.compile(rf"\b({day_alt}),? (\d{{1,2}}) ({month_alt})\.?(?:,? (\d{{4}}))?"),
        re.compile(rf"\b({day_alt}),? ({month_alt})\.? (\d{{1,2}})(?:,? (\d{{4}}))?"),
    ]
    n = 0
    for k, pat in enumerate(pats):
        for m in pat.finditer(text):
            wd = m.group(1)
            if k == 0:
                d, mon = int(m.group(2)), MONTHS[m.group(3)]
            else:
                mon, d = MONTHS[m.group(2)], int(m.group(3))
            y = int(m.group(4)) if m.group(4) else pubyear
            try:
                real = DAYS[dt.date(y, mon, d).weekday()]
            except ValueError:
                err(name, f"impossible date in {m.group(0)!r}")
                continue
            n += 1
            if real != wd:
                err(name, f"weekday mismatch: {m.group(0)!r} is a {real} in {y}")
    return n


def main():
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    formats = {}
    for name in names:
        mpath = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(mpath):
            err(name, "missing meta.json")
            continue
        meta = json.load(open(mpath, encoding="utf-8"))
        if set(meta) != {"title", "publication_date", "format", "style"}:
            err(name, f"meta keys {sorted(meta)}")
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(name, "bad publication_date")
            continue
        fmt = meta.get("format")
        if fmt not in EXT:
            err(name, f"bad format {fmt!r}")
            continue
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta[k].strip():
                err(name, f"meta {k} must be a non-empty string")
        formats[fmt] = formats.get(fmt, 0) + 1
        dpath = os.path.join(HERE, name + EXT[fmt])
        if not os.path.exists(dpath):
            err(name, f"missing {name + EXT[fmt]}")
            continue
        src = open(dpath, encoding="utf-8").read()
        if fmt == "html":
            text, spans = visible_html(src)
        else:
            text, spans = src, None
        check_weekdays(name, text, pub.year)
        last = -1
        lines = open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8").read().splitlines()
        for i, line in enumerate(lines, 1):
            where = f"line {i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                err(name, f"{where}: bad JSON {e}")
                continue
            keys = set(g)
            if not ({"quote", "value", "mod", "explicit", "hard"} <= keys <= {"quote", "value", "mod", "end", "explicit", "hard"}):
                err(name, f"{where}: keys {sorted(keys)}")
            q = g.get("quote")
            if not isinstance(q, str) or not q:
                err(name, f"{where}: quote must be a non-empty string")
                continue
            v = g.get("value")
            if v is not None and (not isinstance(v, str) or not TIMEX.match(v)):
                err(name, f"{where}: bad value {v!r}")
            if g.get("mod") not in MODS:
                err(name, f"{where}: bad mod {g.get('mod')!r}")
            if "end" in g:
                e = g["end"]
                if not isinstance(e, str) or not TIMEX.match(e) or v is None:
                    err(name, f"{where}: bad end {e!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g.get(k), bool):
                    err(name, f"{where}: {k} must be a boolean")
            if v is None and (g.get("mod") is not None or "end" in g):
                err(name, f"{where}: null value with mod/end")
            # markup / glyphs
            if re.search(r"\*\*|\]\(|\||<|>|&[a-z#0-9]+;|^[•*+\-–·]\s|^\d+\.\s", q):
                err(name, f"{where}: markup or bullet glyph in quote {q!r}")
            # words
            nw = len(q.split())
            if nw > 12:
                err(name, f"{where}: {nw} words (>12) in {q!r}")
            # occurrences
            cnt = text.count(q)
            if cnt != 1:
                err(name, f"{where}: quote found {cnt} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                err(name, f"{where}: quote out of text order: {q!r}")
            last = pos
            if fmt == "html":
                if src.count(q) != 1:
                    err(name, f"{where}: quote not literally in the HTML source (entity or tag inside?)")
                if not any(a <= pos and pos + len(q) <= b for a, b in spans):
                    err(name, f"{where}: quote spans several text nodes: {q!r}")
            if nw < 8:
                after = text[pos + len(q):pos + len(q) + 1]
                if not (q[-1] in ".;:!?" or after in ("", "\n")):
                    err(name, f"{where}: short quote ({nw} words) that does not end its entry/clause: {q!r}")
            # weekday named in the quote vs full-date value
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                for wd in DAYS:
                    if re.search(rf"\b{wd}\b", q):
                        real = DAYS[dt.date.fromisoformat(v).weekday()]
                        if real != wd:
                            err(name, f"{where}: quote names {wd} but {v} is a {real}")
            total += 1
    print(f"{len(names)} documents, {total} gold entries, formats {formats}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
