#!/usr/bin/env python3
"""Self-check of the heldout120 chronology gold (standard library only; independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist; meta has exactly the keys
  title, publication_date (valid YYYY-MM-DD), format (txt|md|html, matching the file), style;
- every gold line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end),
  no other keys; value/end are valid TIMEX3 forms used by the guide; mod is null or a TIMEX3 mod;
  explicit/hard are booleans; day values are real calendar dates; end is not before value;
- every quote occurs exactly once in the visible text, quotes appear in text order, quotes have
  at most 12 words and contain no markup (for HTML: the visible text is the text nodes with
  entities decoded, script/style/head dropped, and each quote lies inside ONE text node, i.e. it
  starts at the description text inside one element, never across a tag);
- Markdown quotes contain no Markdown syntax (no '**', '](', leading '#', '* ' bullets);
- every weekday written next to a full date in the text ("Friday 4 July 2025", "Monday, June 2,
  2025", "Sat 16 Aug 2025") matches Python's calendar, and every quote naming a weekday whose gold
  value is a full date has that weekday.
Exit status 0 when all pass.
"""
import calendar
import datetime as dt
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
DAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class TextNodes(HTMLParser):
    SKIP = {"script", "style", "head", "template", "noscript"}

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
            self.nodes.append(data)


def day_of(value):
    try:
        return dt.date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    except ValueError:
        return None


def sort_key(v):
    """Rough ordinal for comparing value and end (BC negative)."""
    if v.startswith("BC"):
        return -int(v[2:])
    digits = re.sub(r"X", "0", v[:4])
    return int(digits) + (int(v[5:7]) / 13 if re.match(r"\d{4}-\d{2}", v) else 0)


def check_weekdays(name, text, pub_year=None):
    wd = "(" + "|".join(DAYS + [d[:3] for d in DAYS]) + r")\.?,?"
    mon = r"([A-Za-z]{3,9})(?![A-Za-z])\.?"
    pats = [re.compile(wd + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s+" + mon + r",?\s+(\d{4})"),
            re.compile(wd + r"\s+" + mon + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")]
    n = 0
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            w, a, b, y = m.groups()
            d, mname = (a, b) if i == 0 else (b, a)
            if mname.lower() not in MONTHS:
                continue
            date = dt.date(int(y), MONTHS[mname.lower()], int(d))
            if not DAYS[date.weekday()].startswith(w.rstrip(".,")):
                err(name, f"weekday mismatch in text: {m.group(0)!r} is a {DAYS[date.weekday()]}")
            n += 1
    # weekday + day + month with no year: checked against the publication year
    if pub_year:
        nyp = [re.compile(wd + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s+" + mon + r"(?!,?\s+\d{4})"),
               re.compile(wd + r"\s+" + mon + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})")]
        for i, pat in enumerate(nyp):
            for m in pat.finditer(text):
                w, a, b = m.groups()
                d, mname = (a, b) if i == 0 else (b, a)
                if mname.lower() not in MONTHS:
                    continue
                date = dt.date(pub_year, MONTHS[mname.lower()], int(d))
                if not DAYS[date.weekday()].startswith(w.rstrip(".,")):
                    err(name, f"weekday mismatch (publication year {pub_year}): {m.group(0)!r}"
                              f" is a {DAYS[date.weekday()]}")
                n += 1
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    for gpath in golds:
        name = os.path.basename(gpath)[:-len(".gold.jsonl")]
        texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html"))
                 if os.path.exists(p)]
        if len(texts) != 1:
            err(name, f"expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        fmt = tpath.rsplit(".", 1)[1]
        raw = open(tpath, encoding="utf-8").read()
        try:
            meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            err(name, f"meta: {e}")
            meta = {}
        if set(meta) != {"title", "publication_date", "format", "style"}:
            err(name, f"meta keys {sorted(meta)}")
        if meta.get("format") != fmt:
            err(name, f"meta format {meta.get('format')!r} != file {fmt!r}")
        pub = day_of(meta.get("publication_date") or "")
        if pub is None:
            err(name, "publication_date is not a valid YYYY-MM-DD")
        if fmt == "html":
            p = TextNodes()
            p.feed(raw)
            nodes = p.nodes
            visible = "\n".join(nodes)
        else:
            nodes = None
            visible = raw
        nwd = check_weekdays(name, visible, pub.year if pub else None)
        last = -1
        lines = open(gpath, encoding="utf-8").read().splitlines()
        for ln, line in enumerate(lines, 1):
            where = f"{name} line {ln}"
            try:
                g = json.loads(line)
            except ValueError as e:
                err(where, f"bad JSON: {e}")
                continue
            if not isinstance(g, dict):
                err(where, "not an object")
                continue
            total += 1
            keys = set(g)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                err(where, f"keys {sorted(keys)}")
                continue
            q, v, mod = g["quote"], g["value"], g["mod"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(where, "quote empty or padded")
                continue
            if len(q.split()) > 12:
                err(where, f"quote has {len(q.split())} words (> 12)")
            if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
                err(where, f"bad value {v!r}")
            if v is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and day_of(v) is None:
                err(where, f"impossible date {v}")
            if v is not None and re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
                err(where, f"bad month {v}")
            if mod not in MODS:
                err(where, f"bad mod {mod!r}")
            if "end" in g:
                e = g["end"]
                if not (isinstance(e, str) and VALUE_RE.match(e)) or v is None:
                    err(where, f"bad end {e!r} (or end with null value)")
                elif sort_key(e) < sort_key(v):
                    err(where, f"end {e} before value {v}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    err(where, f"{k} not a boolean")
            if v is None and g["explicit"]:
                err(where, "null value but explicit")
            if "<" in q or re.search(r"&\w+;|&#\d+;", q):
                err(where, "quote contains markup or an entity")
            if fmt == "md" and ("*" in q or "_" in q or "](" in q or q.startswith(("#", "* ", "- ", "|"))):
                err(where, "quote contains Markdown syntax")
            cnt = visible.count(q)
            if cnt != 1:
                err(where, f"quote found {cnt} times: {q!r}")
                continue
            pos = visible.find(q)
            if pos <= last:
                err(where, f"quote out of text order: {q!r}")
            last = pos
            if nodes is not None and sum(n.count(q) for n in nodes) != 1:
                err(where, f"quote not inside one HTML text node: {q!r}")
            d = day_of(v or "")
            for i, wname in enumerate(DAYS):
                if re.search(r"\b" + wname + r"\b", q) and d is not None and d.weekday() != i:
                    err(where, f"quote says {wname} but {v} is a {DAYS[d.weekday()]}")
        print(f"{name}: {len(lines)} entries ({fmt}), {nwd} written weekday-dates checked")
    print(f"{len(golds)} files, {total} gold entries")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
