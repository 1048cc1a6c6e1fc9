#!/usr/bin/env python3
"""Validate the heldout205 chronology set (standard library only).

Checks: meta keys and dates; gold keys and types; TIMEX3 value forms of the
annotation guide; mods; every quote found exactly once in the visible text and
in text order (HTML: tags stripped, one text node per quote); quote lengths;
weekday names next to full dates agree with the calendar.
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
EXT = {"text": ".txt", "markdown": ".md", "html": ".html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                       # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                           # seasons
    r"|\d{3}X|\d{2}XX"                                                  # decades, centuries
    r"|BC\d{4})$")                                                      # BC years
GOLD_KEYS = {"quote", "value", "mod", "end", "explicit", "hard"}
SKIP = {"script", "style", "head", "title"}
DAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def visible(path, fmt):
    raw = open(path, encoding="utf-8").read()
    if fmt != "html":
        return raw, [raw]
    p = TextNodes()
    p.feed(raw)
    p.close()
    return "\n".join(p.nodes), p.nodes


def valid_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_value(v):
    if not VALUE_RE.match(v):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        return valid_date(v)
    return True


WD_RE = re.compile(r"\b(Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)[a-z]*\.?,?\s+"
                   r"(?:(\d{1,2})\s+([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.?\s+(\d{1,2}))(?:,?\s+(\d{4}))?")


def weekday_errors(text, pubdate, gold_years):
    errs = []
    for m in WD_RE.finditer(text):
        name = m.group(0).split()[0].rstrip(".,")
        day = next((d for d in DAYS if d.lower().startswith(name.lower()[:3])), None)
        dd = m.group(2) or m.group(5)
        mon = (m.group(3) or m.group(4) or "").lower()
        if mon not in MONTHS:
            continue
        years = [int(m.group(6))] if m.group(6) else gold_years
        ok = any(valid_date(f"{y:04d}-{MONTHS[mon]:02d}-{int(dd):02d}") and
                 DAYS[calendar.weekday(y, MONTHS[mon], int(dd))] == day for y in years)
        if not ok:
            errs.append(f"weekday mismatch: {m.group(0)!r}")
    return errs


def main():
    errors, n_docs, n_entries = [], 0, 0
    for meta_path in sorted(glob.glob(os.path.join(HERE, "*.meta.json"))):
        name = os.path.basename(meta_path)[:-len(".meta.json")]
        err = lambda msg: errors.append(f"{name}: {msg}")
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != {"title", "publication_date", "format", "style"}:
            err(f"meta keys {sorted(meta)}")
            continue
        if not valid_date(meta["publication_date"]) or not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
            err("bad publication_date")
        fmt = meta["format"]
        if fmt not in EXT:
            err(f"bad format {fmt}")
            continue
        doc = os.path.join(HERE, name + EXT[fmt])
        if not os.path.exists(doc):
            err(f"missing {doc}")
            continue
        text, nodes = visible(doc, fmt)
        gold_path = os.path.join(HERE, name + ".gold.jsonl")
        gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
        n_docs += 1
        n_entries += len(gold)
        last = -1
        years = set()
        for i, g in enumerate(gold):
            where = f"entry {i + 1}"
            keys = set(g)
            if not {"quote", "value", "mod", "explicit", "hard"} <= keys or not keys <= GOLD_KEYS:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                err(f"{where}: types")
                continue
            for k in ("value", "end"):
                v = g.get(k)
                if v is not None and (not isinstance(v, str) or not check_value(v)):
                    err(f"{where}: bad {k} {v!r}")
            if "end" in g and (g["end"] is None or g["value"] is None):
                err(f"{where}: end without value")
            if g["mod"] not in MODS:
                err(f"{where}: bad mod {g['mod']!r}")
            if g["value"] and g["value"][:4].isdigit():
                years.add(int(g["value"][:4]))
            nw = len(q.split())
            if nw > 12 or nw < 1:
                err(f"{where}: quote has {nw} words")
            elif nw < 8:
                print(f"note {name} {where}: short quote ({nw} words) {q!r}")
            if re.search(r"[<>*•|#]|&\w+;|^[-–]\s", q):
                err(f"{where}: markup or bullet in quote {q!r}")
            c = text.count(q)
            if c != 1:
                err(f"{where}: quote found {c} times: {q!r}")
                continue
            if fmt == "html" and not any(q in n for n in nodes):
                err(f"{where}: quote spans text nodes {q!r}")
            pos = text.find(q)
            if pos <= last:
                err(f"{where}: quote out of text order {q!r}")
            last = pos
        pub = int(meta["publication_date"][:4])
        errors.extend(f"{name}: {e}" for e in weekday_errors(text, meta["publication_date"], sorted(years | {pub})))
    for e in errors:
        print("ERROR", e)
    print(f"{n_docs} documents, {n_entries} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
