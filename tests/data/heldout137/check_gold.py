#!/usr/bin/env python3
"""Independent sanity check of the heldout137 chronology gold (standard library only).

Checks, per NAME.gold.jsonl: one source file NAME.txt|.md|.html, NAME.meta.json keys, JSON keys
and types, TIMEX3 value/end forms, mods, quotes (8-12 words unless the entry is shorter, found
exactly once in the visible text, in text order; for HTML inside a single text element and free of
tags/entities; for Markdown free of markup), and weekday names against the dates they accompany.
"""
import calendar
import datetime
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
WEEKDAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    BLOCK_SKIP = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks = []      # visible text nodes
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK_SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.BLOCK_SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.chunks.append(re.sub(r"\s+", " ", data))


def sortkey(v):
    """Comparable start of a value (BC years negative)."""
    if v.startswith("BC"):
        return -int(v[2:].replace("X", "0"))
    return int(v[:4].replace("X", "0"))


def check_value(name, q, v, field):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(name, f"bad {field} {v!r} for {q!r}")
        return
    if re.match(r"^\d{4}-\d{2}(-\d{2})?$", v):
        parts = [int(p) for p in v.split("-")] + [1]
        try:
            datetime.date(parts[0], parts[1], parts[2])
        except ValueError:
            err(name, f"impossible date {v!r} for {q!r}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        err(name, f"bad week {v!r}")


def check_weekdays_in_text(name, text):
    """Every 'Weekday, D Month YYYY' / 'Weekday, Month D, YYYY' in the text must be right."""
    wd = "|".join(WEEKDAYS)
    pats = [re.compile(rf"\b({wd}),? (\d{{1,2}})(?:st|nd|rd|th)? ([A-Z][a-z]+)\.?,? (\d{{4}})\b"),
            re.compile(rf"\b({wd}),? ([A-Z][a-z]+)\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b")]
    n = 0
    for i, p in enumerate(pats):
        for m in p.finditer(text):
            day_name = m.group(1)
            if i == 0:
                d, mon, y = m.group(2), m.group(3), m.group(4)
            else:
                mon, d, y = m.group(2), m.group(3), m.group(4)
            if mon.lower() not in MONTHS:
                continue
            date = datetime.date(int(y), MONTHS[mon.lower()], int(d))
            n += 1
            if WEEKDAYS[date.weekday()] != day_name:
                err(name, f"weekday wrong in text: {m.group(0)!r} is a {WEEKDAYS[date.weekday()]}")
    return n


def check_weekdays_without_year(name, text, pub):
    """'Weekday D Month' / 'Weekday, Month D' with no year: right in the publication year or the
    year before (the year these pages leave implicit)."""
    wd = "|".join(WEEKDAYS)
    pats = [re.compile(rf"\b({wd}),? (\d{{1,2}})(?:st|nd|rd|th)? ([A-Za-z]+)\b(?!,? \d{{4}})", re.I),
            re.compile(rf"\b({wd}),? ([A-Za-z]+)\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d{{4}})", re.I)]
    for i, p in enumerate(pats):
        for m in p.finditer(text):
            day_name = m.group(1).capitalize()
            d, mon = (m.group(2), m.group(3)) if i == 0 else (m.group(3), m.group(2))
            if mon.lower() not in MONTHS:
                continue
            ok = False
            for y in (pub.year, pub.year - 1):
                try:
                    date = datetime.date(y, MONTHS[mon.lower()], int(d))
                except ValueError:
                    continue
                if WEEKDAYS[date.weekday()] == day_name and date <= pub:
                    ok = True
                    break
            if not ok:
                err(name, f"yearless weekday date {m.group(0)!r} fits neither {pub.year} "
                          f"nor {pub.year - 1} up to publication")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        srcs = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html"))
                if os.path.exists(p)]
        if len(srcs) != 1:
            err(name, f"expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        ext = src.rsplit(".", 1)[1]
        raw = open(src, encoding="utf-8").read()
        # meta
        try:
            meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(name, f"meta unreadable: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(name, f"meta lacks {k}")
        try:
            pub = datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(name, "meta publication_date is not YYYY-MM-DD")
            pub = None
        if meta.get("format") != ext:
            err(name, f"meta format {meta.get('format')!r} != file extension {ext!r}")
        # visible text
        if ext == "html":
            parser = Visible()
            parser.feed(raw)
            chunks = parser.chunks
            visible = "\n".join(chunks)
        else:
            chunks = None
            visible = raw
        check_weekdays_in_text(name, visible)
        if pub:
            check_weekdays_without_year(name, visible, pub)
        rows = []
        for ln, line in enumerate(open(gpath, encoding="utf-8"), 1):
            if not line.strip():
                err(name, f"blank line {ln}")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                err(name, f"line {ln} not JSON: {e}")
                continue
            keys = set(o)
            if not KEYS_REQ <= keys or keys - KEYS_REQ - {"end"}:
                err(name, f"line {ln} keys {sorted(keys)}")
                continue
            rows.append(o)
        total += len(rows)
        last = -1
        for o in rows:
            q = o["quote"]
            if not isinstance(q, str) or not q.strip():
                err(name, f"empty quote {q!r}")
                continue
            if q != q.strip():
                err(name, f"quote has outer whitespace {q!r}")
            nw = len(q.split())
            if nw > 12:
                err(name, f"quote longer than 12 words: {q!r}")
            cnt = visible.count(q)
            if cnt != 1:
                err(name, f"quote found {cnt} times: {q!r}")
                continue
            pos = visible.find(q)
            if pos <= last:
                err(name, f"quote out of order: {q!r}")
            last = pos
            if nw < 8:
                # allowed only when the entry (its line / element) ends with the quote
                after = visible[pos + len(q):pos + len(q) + 1]
                if after not in ("", "\n"):
                    err(name, f"quote shorter than 8 words though the entry goes on: {q!r}")
            if q.lstrip()[:1] in "•*-–—·":
                err(name, f"quote starts with a bullet glyph: {q!r}")
            if ext == "html":
                if "<" in q or ">" in q or re.search(r"&(#\d+|#x[0-9a-f]+|\w+);", q, re.I):
                    err(name, f"HTML quote contains markup or an entity: {q!r}")
                inside = [c for c in chunks if q in c]
                if len(inside) != 1:
                    err(name, f"HTML quote not inside exactly one text element: {q!r}")
            if ext == "md" and re.search(r"\*\*|__|^#|\[|\]\(|`", q):
                err(name, f"Markdown quote contains markup: {q!r}")
            v, mod = o["value"], o["mod"]
            if v is not None:
                check_value(name, q, v, "value")
            elif mod is not None or "end" in o:
                err(name, f"null value with mod/end: {q!r}")
            if mod not in MODS:
                err(name, f"bad mod {mod!r} for {q!r}")
            if "end" in o:
                check_value(name, q, o["end"], "end")
                if isinstance(v, str) and isinstance(o["end"], str) and o["end"] <= v \
                        and not v.startswith("BC"):
                    err(name, f"end {o['end']} not after value {v} for {q!r}")
                if isinstance(v, str) and v.startswith("BC") and o["end"].startswith("BC") \
                        and sortkey(o["end"]) <= sortkey(v):
                    err(name, f"BC end {o['end']} not after value {v} for {q!r}")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    err(name, f"{k} not boolean for {q!r}")
            # weekday named in the quote must match a full-date value
            days = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", q)]
            if len(days) == 1 and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                real = WEEKDAYS[datetime.date.fromisoformat(v).weekday()]
                if real != days[0]:
                    err(name, f"quote says {days[0]} but {v} is a {real}: {q!r}")
            if pub and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v) \
                    and datetime.date.fromisoformat(v) > pub and mod is None:
                err(name, f"value {v} after publication date {pub}: {q!r}")
        if len(rows) < 8:
            err(name, f"only {len(rows)} entries")
        print(f"{name:40s} {ext:4s} {len(rows):3d} entries")
    print(f"{len(golds)} files, {total} gold entries")
    if len(golds) != 12:
        err("set", f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err("set", f"expected at least 160 entries, found {total}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
