#!/usr/bin/env python3
"""Validate the heldout184 chronology set (standard library only).

Checks: meta keys/dates/format, gold keys and types, TIMEX3 value forms of the
annotation guide, mods, quotes found exactly once in the visible text (for HTML
inside one text node, tags stripped as a browser shows text), text order, quote
lengths, and weekday/date agreement.
"""
import calendar
import datetime as dt
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
META_KEYS = {"title", "publication_date", "format", "style"}
GOLD_REQ = {"quote", "value", "mod", "explicit", "hard"}
GOLD_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}",
]
VALUE_RE = re.compile("^(?:" + "|".join(VALUE_RES) + ")$")
BULLETS = "•·–—*▪►‣◦●■□➤→"
DAYS = list(calendar.day_name)
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m: i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["Sept"] = 9


class Visible(HTMLParser):
    BLOCK = {"p", "div", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
             "h6", "br", "section", "article", "header", "footer", "ul", "ol", "dl", "table",
             "nav", "aside", "form", "label", "time", "span", "a", "strong", "em", "b", "i",
             "button", "input", "figure", "figcaption", "main", "small", "time"}
    SKIP = {"script", "style", "head", "title", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.nodes.append(None)  # node boundary

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.nodes.append(None)

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def visible_html(raw):
    p = Visible()
    p.feed(raw)
    p.close()
    # merge adjacent data (entities are merged by convert_charrefs already)
    nodes, cur = [], None
    for n in p.nodes:
        if n is None:
            if cur is not None:
                nodes.append(cur)
            cur = None
        else:
            cur = (cur or "") + n
    if cur is not None:
        nodes.append(cur)
    nodes = [re.sub(r"\s+", " ", n) for n in nodes]
    text = "\n".join(n.strip() for n in nodes if n.strip())
    return text, nodes


def check_weekdays(name, text, year, errs):
    """Weekday followed by a date: 'Monday, June 3, 2024', 'Monday 3 June', 'Mon Jun 3'."""
    wd = "|".join(DAYS)
    mn = "|".join(sorted(MONTHS, key=len, reverse=True))
    pat1 = re.compile(rf"\b({wd}),?\s+({mn})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?")
    pat2 = re.compile(rf"\b({wd}),?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({mn})\.?(?:,?\s+(\d{{4}}))?")
    n = 0
    for m in pat1.finditer(text):
        d, mo, day, y = m.group(1), MONTHS[m.group(2)], int(m.group(3)), m.group(4)
        n += _wd(name, m.group(0), d, y, year, mo, day, errs)
    for m in pat2.finditer(text):
        d, day, mo, y = m.group(1), int(m.group(2)), MONTHS[m.group(3)], m.group(4)
        n += _wd(name, m.group(0), d, y, year, mo, day, errs)
    return n


def _wd(name, s, d, y, pub_year, mo, day, errs):
    """With a year, the weekday must match; without one, it must match in the
    publication year or one of the two years before (texts look back)."""
    years = [int(y)] if y else [pub_year, pub_year - 1, pub_year - 2]
    reals = []
    for yy in years:
        try:
            reals.append(calendar.day_name[dt.date(yy, mo, day).weekday()])
        except ValueError:
            pass
    if not reals:
        errs.append(f"{name}: impossible date in {s!r}")
    elif d not in reals:
        errs.append(f"{name}: weekday mismatch {s!r} (years {years}: {reals})")
    return 1


def main():
    errs = []
    docs = sorted(f for f in os.listdir(HERE)
                  if os.path.splitext(f)[1] in FORMATS and f != "README.md")
    total = 0
    fmts = {}
    for doc in docs:
        stem, ext = os.path.splitext(doc)
        raw = open(os.path.join(HERE, doc), encoding="utf-8").read()
        try:
            meta = json.load(open(os.path.join(HERE, stem + ".meta.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            errs.append(f"{stem}: meta: {e}")
            continue
        if set(meta) != META_KEYS:
            errs.append(f"{stem}: meta keys {sorted(meta)}")
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errs.append(f"{stem}: bad publication_date")
            pub = dt.date(2000, 1, 1)
        if meta.get("format") != FORMATS[ext]:
            errs.append(f"{stem}: format {meta.get('format')} != {FORMATS[ext]}")
        fmts[FORMATS[ext]] = fmts.get(FORMATS[ext], 0) + 1
        if ext == ".html":
            text, nodes = visible_html(raw)
        else:
            text, nodes = raw, None
        check_weekdays(stem, text, pub.year, errs)
        gold_lines = open(os.path.join(HERE, stem + ".gold.jsonl"), encoding="utf-8").read().splitlines()
        last, last_end = -1, -1
        n = 0
        for i, line in enumerate(gold_lines, 1):
            if not line.strip():
                errs.append(f"{stem}:{i}: blank line")
                continue
            try:
                g = json.loads(line)
            except ValueError as e:
                errs.append(f"{stem}:{i}: json {e}")
                continue
            n += 1
            keys = set(g)
            if not GOLD_REQ <= keys or keys - GOLD_REQ - GOLD_OPT:
                errs.append(f"{stem}:{i}: keys {sorted(keys)}")
            q = g.get("quote")
            if not isinstance(q, str) or not q:
                errs.append(f"{stem}:{i}: quote not a string")
                continue
            v = g.get("value")
            if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
                errs.append(f"{stem}:{i}: bad value {v!r}")
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v):
                parts = [int(x) for x in v.split("-")]
                try:
                    dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
                except ValueError:
                    errs.append(f"{stem}:{i}: impossible date {v}")
            if g.get("mod") not in MODS:
                errs.append(f"{stem}:{i}: bad mod {g.get('mod')!r}")
            if "end" in g:
                e = g["end"]
                if not isinstance(e, str) or not VALUE_RE.match(e):
                    errs.append(f"{stem}:{i}: bad end {e!r}")
                elif v is None:
                    errs.append(f"{stem}:{i}: end without value")
            for k in ("explicit", "hard"):
                if not isinstance(g.get(k), bool):
                    errs.append(f"{stem}:{i}: {k} not bool")
            if v is None and g.get("mod"):
                errs.append(f"{stem}:{i}: mod with null value")
            words = len(q.split())
            if words > 12:
                errs.append(f"{stem}:{i}: quote has {words} words (>12)")
            if words < 8:
                print(f"  note {stem}:{i}: short quote ({words} words): {q!r}")
            if q[0] in BULLETS or q != q.strip():
                errs.append(f"{stem}:{i}: quote starts with bullet/space {q!r}")
            if re.search(r"[<>]|&\w+;|\*\*|__|\|", q):
                errs.append(f"{stem}:{i}: markup in quote {q!r}")
            c = text.count(q)
            if c != 1:
                errs.append(f"{stem}:{i}: quote found {c} times: {q!r}")
                continue
            if nodes is not None and not any(q in nd for nd in nodes):
                errs.append(f"{stem}:{i}: quote not inside one text node: {q!r}")
            if ext == ".html" and q not in re.sub(r"\s+", " ", raw):
                errs.append(f"{stem}:{i}: quote not literally in raw HTML (entity or tag inside?)")
            if ext == ".md" and q not in raw:
                errs.append(f"{stem}:{i}: quote not in raw markdown")
            pos = text.find(q)
            if pos <= last:
                errs.append(f"{stem}:{i}: out of text order: {q!r}")
            if pos < last_end:
                errs.append(f"{stem}:{i}: quote overlaps the previous quote: {q!r}")
            last, last_end = pos, pos + len(q)
            # weekday named in the quote must agree with a day-level value
            for d in DAYS:
                if re.search(rf"\b{d}\b", q) and isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    real = calendar.day_name[dt.date.fromisoformat(v).weekday()]
                    if real != d:
                        errs.append(f"{stem}:{i}: quote says {d} but {v} is a {real}")
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                if dt.date.fromisoformat(v) > pub:
                    errs.append(f"{stem}:{i}: value {v} after publication date {pub}")
        if n == 0:
            errs.append(f"{stem}: no gold entries")
        total += n
        print(f"{stem:40s} {FORMATS[ext]:9s} {n:3d} entries")
    print(f"{len(docs)} documents, {total} entries, formats {fmts}")
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
