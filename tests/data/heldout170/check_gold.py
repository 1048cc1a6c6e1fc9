#!/usr/bin/env python3
"""Independent checker for the heldout170 chronology gold files (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * every line is a JSON object with exactly the keys quote, value, mod, explicit, hard
    (+ optional end), of the right types;
  * value / end are TIMEX3 forms allowed by the annotation guide and real calendar dates;
  * mod is null or one of the guide's TIMEX3 mods;
  * each quote occurs exactly once in the visible text and quotes appear in text order;
  * quotes have at most 12 words and carry no bullet glyph or markup;
  * HTML files: visible text = text nodes outside <script>/<style>, entities decoded; every
    quote lies inside one single text node (so it never spans a tag, a date cell or a
    <dt>/<strong> label) and contains no '<' or '&';
  * Markdown files: quotes contain no '**', '|' or link markup;
  * meta: keys title, publication_date (YYYY-MM-DD, valid), format (= file extension), style;
  * weekday names written next to a full or day-month date in the texts match the calendar.
Exit status 1 on any problem.
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
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
CHECKED = []
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


class Visible(HTMLParser):
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


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str):
        return False
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        try:
            dt.date(*map(int, m.groups()))
            return True
        except ValueError:
            return False
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        return 1 <= int(m.group(2)) <= 12
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        return 1 <= w <= dt.date(y, 12, 28).isocalendar()[1]
    return bool(re.fullmatch(r"\d{4}|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}", v))


def sort_key(v):
    """Rough chronological key of a value (for end >= value checks)."""
    if v.startswith("BC"):
        return (-int(v[2:]),)
    y = v[:4].replace("X", "0")
    return (int(y), v[4:])


def check_weekdays(name, text, year_hint):
    """'Thursday 4 May' / 'Friday the 24th' are checked against the calendar where a year is known."""
    errs = []
    days = "|".join(calendar.day_name)
    for m in re.finditer(r"\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?" % (days, "|".join(calendar.month_name[1:])),
                         text, re.I):
        wd, d, mon, y = m.group(1), int(m.group(2)), MONTHS[m.group(3).lower()], m.group(4)
        years = [int(y)] if y else year_hint.get((mon, d), [])
        for yy in years:
            CHECKED.append(m.group(0))
            real = calendar.day_name[dt.date(yy, mon, d).weekday()]
            if real.lower() != wd.lower():
                errs.append("%s: %r is a %s in %d" % (name, m.group(0), real, yy))
        if not years:
            errs.append("%s: no year known to verify %r" % (name, m.group(0)))
    return errs


def main():
    errors = []
    total = 0
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    for name in names:
        srcs = [name + e for e in (".txt", ".md", ".html") if os.path.exists(os.path.join(HERE, name + e))]
        if len(srcs) != 1:
            errors.append("%s: expected exactly one text file, found %s" % (name, srcs))
            continue
        src = srcs[0]
        ext = src.rsplit(".", 1)[1]
        raw = open(os.path.join(HERE, src), encoding="utf-8").read()
        nodes = None
        if ext == "html":
            p = Visible()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            text = "".join(nodes)
        else:
            text = raw
        # meta
        try:
            meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append("%s: meta unreadable: %s" % (name, e))
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                errors.append("%s: meta key %s missing or empty" % (name, k))
        pub = None
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append("%s: bad publication_date %r" % (name, meta.get("publication_date")))
        if meta.get("format") != ext:
            errors.append("%s: meta format %r != extension %r" % (name, meta.get("format"), ext))
        # gold
        last = -1
        seen_years = {}
        lines = open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8").read().splitlines()
        for n, line in enumerate(lines, 1):
            where = "%s.gold.jsonl:%d" % (name, n)
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("%s: bad JSON: %s" % (where, e))
                continue
            total += 1
            keys = set(g)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                errors.append("%s: keys %s" % (where, sorted(keys)))
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append("%s: quote empty or padded" % where)
                continue
            if len(q.split()) > 12:
                errors.append("%s: quote longer than 12 words" % where)
            if q[0] in "•*-–—·:>#|":
                errors.append("%s: quote starts with a bullet/markup glyph" % where)
            if ext == "md" and ("**" in q or "|" in q or "](" in q):
                errors.append("%s: quote contains Markdown markup" % where)
            if ext == "html":
                if "<" in q or "&" in q and re.search(r"&\w+;|&#\d+;", q):
                    errors.append("%s: quote contains a tag or entity" % where)
                inside = [nd for nd in nodes if q in nd]
                if len(inside) != 1:
                    errors.append("%s: quote not inside exactly one HTML text node (%d)" % (where, len(inside)))
            cnt = text.count(q)
            if cnt != 1:
                errors.append("%s: quote found %d times: %r" % (where, cnt, q))
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append("%s: quote out of text order" % where)
                last = pos
                # short quotes must cover the whole entry line
                if len(q.split()) < 8 and not q.endswith((".", "!", "?")):
                    rest = text[pos + len(q):].split("\n", 1)[0].strip()
                    if rest:
                        errors.append("%s: quote under 8 words but entry continues: %r" % (where, rest[:40]))
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errors.append("%s: %s must be true/false" % (where, k))
            if not valid_value(g["value"]):
                errors.append("%s: bad value %r" % (where, g["value"]))
            if g["mod"] not in MODS:
                errors.append("%s: bad mod %r" % (where, g["mod"]))
            if g["value"] is None and (g["mod"] is not None or "end" in g):
                errors.append("%s: null value with mod/end" % where)
            if "end" in g:
                if g["end"] is None or not valid_value(g["end"]):
                    errors.append("%s: bad end %r" % (where, g["end"]))
                elif g["value"] and sort_key(g["end"]) <= sort_key(g["value"]):
                    errors.append("%s: end %r not after value %r" % (where, g["end"], g["value"]))
            v = g["value"]
            if v and re.match(r"\d{4}-\d{2}-\d{2}$", v):
                d = dt.date.fromisoformat(v)
                seen_years.setdefault((d.month, d.day), []).append(d.year)
                if pub and d > pub:
                    errors.append("%s: event %s after publication date %s" % (where, v, pub))
        if pub:
            seen_years.setdefault((pub.month, pub.day), []).append(pub.year)
        # weekday names next to day-month dates whose year the gold or meta fixes
        hint = {k: sorted(set(v)) for k, v in seen_years.items()}
        errors.extend(e for e in check_weekdays(name, text, hint) if "no year known" not in e)
        print("%-42s %-5s %3d entries" % (name, ext, len(lines)))
    print("total entries: %d in %d files" % (total, len(names)))
    print("weekday-dates verified against the calendar: %d (%s)" % (len(CHECKED), "; ".join(CHECKED)))
    if len(names) < 12 or total < 160:
        errors.append("need at least 12 files and 160 entries")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
