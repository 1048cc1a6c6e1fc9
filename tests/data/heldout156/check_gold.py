#!/usr/bin/env python3
"""Independent checker for the heldout156 chronology gold files (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys title, publication_date (valid YYYY-MM-DD), format (= file extension), style;
- every gold line is a JSON object with exactly quote, value, mod, explicit, hard (+ optional end);
- value / end are valid TIMEX3 forms from the guide (or null value), dates are real calendar dates,
  end is not before value; mod is null or a guide mod; explicit/hard are booleans;
- each quote is 4-14 words, occurs exactly once in the text (for HTML: in the visible text, i.e.
  after removing tags and decoding entities, outside <head>/<script>/<style>), and quotes are in
  text order;
- HTML: each quote lies inside ONE text node (no tags or entities inside), never inside a date
  label element (<dt>, <th>, <strong>, <b>), and contains no '<' or '&';
- a weekday named in a quote agrees with a full-date value (Python calendar);
- 12 chronologies and at least 160 gold entries in all.
"""
import datetime
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}", r"BC\d{3}X", r"BC\d{2}XX",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collects visible text nodes with the tag stack they sit in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, tags)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "link", "img", "input", "hr"):
            return
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in ("head", "script", "style", "title") for t in self.stack):
            return
        if data.strip():
            self.nodes.append((data, tuple(self.stack)))


def check_value(v, where, allow_null=True):
    if v is None:
        if not allow_null:
            err(f"{where}: end must not be null")
        return
    if not isinstance(v, str) or not any(re.fullmatch(r, v) for r in VALUE_RES):
        err(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.fullmatch(r"\d{4}-(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        err(f"{where}: bad month {v}")
    m = re.fullmatch(r"\d{4}-W(\d{2})(-WE)?", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        err(f"{where}: bad week {v}")


def sort_key(v):
    """Comparable start year/month/day for a value (BC years negative)."""
    if v.startswith("BC"):
        return (-int(v[2:].replace("X", "0")), 0, 0)
    year = int(v[:4].replace("X", "0"))
    m = re.fullmatch(r"\d{4}-(\d{2})(?:-(\d{2}))?", v)
    if m:
        return (year, int(m.group(1)), int(m.group(2) or 0))
    return (year, 0, 0)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html"))
                 if os.path.exists(p)]
        if len(texts) != 1:
            err(f"{name}: expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        ext = os.path.splitext(tpath)[1][1:]
        raw = open(tpath, encoding="utf-8").read()
        # meta
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{name}: meta unreadable: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not meta.get(k):
                err(f"{name}: meta lacks {k}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != ext:
            err(f"{name}: meta format {meta.get('format')!r} != {ext}")
        # text as a reader sees it
        nodes = None
        if ext == "html":
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            text = "\n".join(t for t, _ in nodes)
        else:
            text = raw
        # gold
        pos = -1
        lines = open(gpath, encoding="utf-8").read().splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(g)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not 4 <= len(q.split()) <= 14:
                err(f"{where}: quote must be a 4-14 word string: {q!r}")
                continue
            check_value(g["value"], where)
            if "end" in g:
                check_value(g["end"], where + " end", allow_null=False)
                if g["value"] is None:
                    err(f"{where}: end without value")
                elif not errors or where not in errors[-1]:
                    if sort_key(g["end"]) < sort_key(g["value"]):
                        err(f"{where}: end {g['end']} before value {g['value']}")
            if g["mod"] not in MODS:
                err(f"{where}: bad mod {g['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    err(f"{where}: {k} must be boolean")
            n = text.count(q)
            if n != 1:
                err(f"{where}: quote found {n} times: {q!r}")
                continue
            at = text.index(q)
            if at <= pos:
                err(f"{where}: quote out of order: {q!r}")
            pos = at
            if ext == "html":
                if "<" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                    err(f"{where}: quote holds markup or an entity: {q!r}")
                inside = [tags for t, tags in nodes if q in t]
                if len(inside) != 1:
                    err(f"{where}: quote not inside exactly one text node: {q!r}")
                elif set(inside[0]) & {"dt", "th", "strong", "b"}:
                    err(f"{where}: quote sits in a date-label element {inside[0]}: {q!r}")
            # weekday sanity
            v = g["value"] or ""
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                d = datetime.date.fromisoformat(v)
                for wi, wd in enumerate(WEEKDAYS):
                    if re.search(r"\b(%s|%s\.)" % (wd, wd[:3]), q, re.I) and d.weekday() != wi:
                        err(f"{where}: quote names {wd} but {v} is a {WEEKDAYS[d.weekday()]}")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
