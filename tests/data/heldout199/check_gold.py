#!/usr/bin/env python3
"""Validate the heldout199 chronology set (standard library only).

Checks meta files, gold keys/types, TIMEX3 value forms and mods of the annotation guide,
that each quote occurs exactly once in the visible text (HTML: inside one text node, as a
browser shows it), in text order, with 8-12 words (shorter allowed only with a note), and that
every weekday written next to a calendar date agrees with the calendar.
Run: python tests/data/heldout199/check_gold.py
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
VALUE_RE = re.compile(
    r"^(?:(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-W(?P<w>\d{2})(?:-WE)?|-(?:SP|SU|FA|WI))?"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}
WEEKDAYS = [d.lower() for d in calendar.day_name]
WD_ABBR = {d[:3].lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MON_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WD_RE = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?"
WD_DATE_RES = [
    re.compile(r"\b(?P<wd>%s)\.?,? (?P<d>\d{1,2}) (?P<m>%s)\.?(?:,? (?P<y>\d{4}))?\b" % (WD_RE, MON_RE), re.I),
    re.compile(r"\b(?P<wd>%s)\.?,? (?P<m>%s)\.? (?P<d>\d{1,2})(?:,? (?P<y>\d{4}))?\b" % (WD_RE, MON_RE), re.I),
]
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


class Visible(HTMLParser):
    """Collect text nodes as a browser would show them (no head, script or style)."""
    SKIP = {"script", "style", "head", "title"}

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
        if not self.skip:
            self.nodes.append(re.sub(r"\s+", " ", data))


def visible(path, fmt):
    raw = open(path, encoding="utf-8").read()
    if fmt != "html":
        return raw, [raw]
    p = Visible()
    p.feed(raw)
    p.close()
    return "\n".join(p.nodes), p.nodes


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = VALUE_RE.match(v)
    try:
        if m.group("d"):
            dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif m.group("m") and not 1 <= int(m.group("m")) <= 12:
            raise ValueError
        elif m.group("w") and not 1 <= int(m.group("w")) <= 53:
            raise ValueError
    except ValueError:
        err(f"{where}: impossible date {v!r}")


def wd_index(word):
    return WD_ABBR[word[:3].lower()]


def main():
    names = sorted(f[:-len(".meta.json")] for f in os.listdir(HERE) if f.endswith(".meta.json"))
    total = 0
    fmts = {"text": 0, "markdown": 0, "html": 0}
    for name in names:
        meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
        if set(meta) != {"title", "publication_date", "format", "style"}:
            err(f"{name}: meta keys {sorted(meta)}")
        try:
            pub = dt.date.fromisoformat(meta["publication_date"])
        except Exception:
            err(f"{name}: bad publication_date")
            continue
        fmt = meta.get("format")
        if fmt not in EXT:
            err(f"{name}: bad format {fmt!r}")
            continue
        fmts[fmt] += 1
        doc = os.path.join(HERE, name + EXT[fmt])
        if not os.path.exists(doc):
            err(f"{name}: missing {doc}")
            continue
        text, nodes = visible(doc, fmt)
        gold = [json.loads(l) for l in open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8") if l.strip()]
        total += len(gold)
        last = -1
        starts = []
        for i, g in enumerate(gold):
            where = f"{name}#{i + 1}"
            keys = set(g)
            if not (GOLD_KEYS <= keys <= GOLD_KEYS | {"end"}):
                err(f"{where}: keys {sorted(keys)}")
            q = g.get("quote")
            if not isinstance(q, str) or not q:
                err(f"{where}: quote must be a non-empty string")
                continue
            if not isinstance(g.get("explicit"), bool) or not isinstance(g.get("hard"), bool):
                err(f"{where}: explicit/hard must be booleans")
            check_value(g.get("value"), where)
            if "end" in g:
                if g["end"] is None:
                    err(f"{where}: end present but null")
                check_value(g["end"], where + " end")
                if g.get("value") is None:
                    err(f"{where}: end without value")
            if g.get("mod") not in MODS:
                err(f"{where}: bad mod {g.get('mod')!r}")
            if g.get("value") is None and g.get("mod") is not None:
                err(f"{where}: mod on a null value")
            n = len(q.split())
            if n > 12:
                err(f"{where}: quote has {n} words")
            elif n < 8:
                print(f"note: {where}: short quote ({n} words): {q!r}")
            if re.match(r"^[-*+\u2022\u2013\u2014>#]|^\d+\.\s", q) or re.search(r"[*|<>`\[\]]|\*\*|&\w+;", q):
                err(f"{where}: quote contains a bullet glyph or markup: {q!r}")
            c = text.count(q)
            if c != 1:
                err(f"{where}: quote found {c} times: {q!r}")
                continue
            if fmt == "html" and sum(node.count(q) for node in nodes) != 1:
                err(f"{where}: quote not inside a single text node: {q!r}")
            pos = text.index(q)
            if pos <= last:
                err(f"{where}: quote out of text order: {q!r}")
            last = pos
            starts.append((pos, g))
            # a weekday named in the entry must agree with a full-date value, unless it is a
            # distractor naming an earlier day of the same week (e.g. "up from 29 on Monday")
            v = g.get("value") or ""
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                day = dt.date.fromisoformat(v)
                for w in re.findall(r"\b(%s)\b" % "|".join(WEEKDAYS), q, re.I):
                    wi = WEEKDAYS.index(w.lower())
                    if wi == day.weekday():
                        continue
                    back = (pub.weekday() - wi) % 7
                    named = pub - dt.timedelta(days=back)
                    if named < day:
                        print(f"note: {where}: weekday {w} is a distractor (= {named})")
                    else:
                        err(f"{where}: weekday {w} disagrees with value {v}")
        # every "weekday + day + month (+ year)" written in the visible text
        for rx in WD_DATE_RES:
            for m in rx.finditer(text):
                mon = MONTHS[m.group("m").lower().rstrip(".")]
                d = int(m.group("d"))
                if m.group("y"):
                    year = int(m.group("y"))
                else:
                    nxt = [g["value"] for p, g in starts if p >= m.start() and g.get("value")
                           and re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["value"])]
                    year = int(nxt[0][:4]) if nxt else pub.year
                try:
                    real = dt.date(year, mon, d).weekday()
                except ValueError:
                    err(f"{name}: impossible date {m.group(0)!r}")
                    continue
                if real != wd_index(m.group("wd")):
                    err(f"{name}: {m.group(0)!r} is a {calendar.day_name[real]} in {year}")
        print(f"{name}: {len(gold)} entries ({fmt})")
    for f, n in fmts.items():
        if n < 3:
            err(f"only {n} {f} documents")
    print(f"{len(names)} documents, {total} entries, formats {fmts}")
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
