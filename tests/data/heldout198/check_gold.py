#!/usr/bin/env python3
"""Validate the heldout198 chronology gold set (standard library only).

Checks, for every NAME.(txt|md|html) in this folder:
  * NAME.meta.json has title, publication_date (valid YYYY-MM-DD), format (matching the
    file extension) and style;
  * NAME.gold.jsonl lines have exactly the guide's keys and types, TIMEX3 value/end forms
    of the guide, a TIMEX3 mod, end only together with a value;
  * each quote occurs exactly once in the visible text (HTML: text a browser shows, inside
    one text node, literally present in the source so no tags/entities inside), quotes in
    text order, no markup or bullet glyphs, 8-12 words (fewer only when the entry or clause
    ends right after the quote);
  * weekdays agree with the calendar: every "Weekday D Month [YYYY]" / "Weekday, Month D,
    YYYY" in the visible text, every gold full date whose quote names a weekday, and
    weekday-only references resolve to within the week before the publication date.
Exit status 0 when everything passes.
"""
import datetime as dt
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
EXT = {"txt": "text", "md": "markdown", "html": "html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD_ABBR = {w[:3]: i for i, w in enumerate(WEEKDAYS)}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    """Collects the text nodes a browser would render (no head, script, style)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def units(path, raw):
    """Visible text and its units (HTML text nodes, or lines for text/markdown)."""
    if path.endswith(".html"):
        p = Visible()
        p.feed(raw)
        p.close()
        return "\n".join(p.nodes), p.nodes
    return raw, raw.split("\n")


def check_value(name, q, v, field):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(name, f"bad {field} {v!r} for {q!r}")
        return
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            dt.date.fromisoformat(v)
        elif re.match(r"^\d{4}-\d{2}$", v):
            assert 1 <= int(v[5:7]) <= 12
        elif re.match(r"^\d{4}-W\d{2}", v):
            assert 1 <= int(v[6:8]) <= dt.date(int(v[:4]), 12, 28).isocalendar()[1]
    except Exception:
        err(name, f"impossible {field} {v!r} for {q!r}")


def sort_key(v):
    if v.startswith("BC"):
        return -int(v[2:])
    return int(v[:4].replace("X", "0"))


def weekday_checks(name, text, pub):
    years = [(m.start(), int(m.group(1))) for m in re.finditer(r"(?<![\d£$,.])((?:19|20)\d{2})(?!\d)", text)]
    mon = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    wd = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    pats = [re.compile(wd + r",?\s+(\d{1,2})\s+" + mon + r"(?:,?\s+(\d{4}))?", re.I),
            re.compile(wd + r",?\s+" + mon + r"\s+(\d{1,2})(?:,?\s+(\d{4}))?", re.I)]
    n = 0
    for k, pat in enumerate(pats):
        for m in pat.finditer(text):
            w = WD_ABBR[m.group(1).lower()[:3]]
            if k == 0:
                day, month, year = int(m.group(2)), MONTHS[m.group(3).lower()[:3]], m.group(4)
            else:
                month, day, year = MONTHS[m.group(2).lower()[:3]], int(m.group(3)), m.group(4)
            if year:
                cands = [int(year)]
            else:
                before = [y for pos, y in years if pos < m.start()]
                cands = ([before[-1]] if before else []) + [pub.year]
            ok = False
            for y in cands:
                try:
                    ok = ok or dt.date(y, month, day).weekday() == w
                except ValueError:
                    pass
            n += 1
            if not ok:
                err(name, f"weekday disagrees with calendar: {m.group(0)!r} (years tried {cands})")
    return n


def check_doc(base, src):
    name = os.path.basename(src)
    raw = open(src, encoding="utf-8").read()
    meta_path = base + ".meta.json"
    gold_path = base + ".gold.jsonl"
    try:
        meta = json.load(open(meta_path, encoding="utf-8"))
    except Exception as e:
        err(name, f"meta unreadable: {e}")
        return 0
    if set(meta) != {"title", "publication_date", "format", "style"}:
        err(name, f"meta keys {sorted(meta)}")
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
    except Exception:
        err(name, "bad publication_date")
        pub = dt.date.today()
    if meta.get("format") != EXT[src.rsplit(".", 1)[1]]:
        err(name, f"format {meta.get('format')!r} does not match extension")
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            err(name, f"meta {k} missing")
    text, chunks = units(src, raw)
    gold = []
    for i, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            err(name, f"blank line {i} in gold")
            continue
        try:
            gold.append(json.loads(line))
        except Exception as e:
            err(name, f"gold line {i} is not JSON: {e}")
    last = -1
    for g in gold:
        q = g.get("quote")
        keys = set(g)
        if not {"quote", "value", "mod", "explicit", "hard"} <= keys or keys - {"quote", "value", "mod", "end", "explicit", "hard"}:
            err(name, f"gold keys {sorted(keys)}")
        if not isinstance(q, str) or not q.strip():
            err(name, f"quote missing in {g}")
            continue
        if not isinstance(g.get("explicit"), bool) or not isinstance(g.get("hard"), bool):
            err(name, f"explicit/hard must be booleans: {q!r}")
        if g.get("mod") not in MODS:
            err(name, f"bad mod {g.get('mod')!r}: {q!r}")
        check_value(name, q, g.get("value"), "value")
        if "end" in g:
            if g.get("value") is None or g["end"] is None:
                err(name, f"end needs a value and must not be null: {q!r}")
            else:
                check_value(name, q, g["end"], "end")
                if VALUE_RE.match(g["end"]) and VALUE_RE.match(g["value"] or "") and sort_key(g["end"]) < sort_key(g["value"]):
                    err(name, f"end before value: {q!r}")
                if g["end"] == g["value"]:
                    err(name, f"end equals value: {q!r}")
        if g.get("value") is None and g.get("mod") is not None:
            err(name, f"mod without value: {q!r}")
        # quote placement
        if q != q.strip() or re.search(r"[|*`\[\]<>#]|^[-•·–—]\s|&\w+;", q):
            err(name, f"quote has markup, glyph or padding: {q!r}")
        cnt = text.count(q)
        if cnt != 1:
            err(name, f"quote found {cnt} times: {q!r}")
            continue
        pos = text.find(q)
        if pos < last:
            err(name, f"quote out of text order: {q!r}")
        last = pos
        holders = [c for c in chunks if q in c]
        if len(holders) != 1:
            err(name, f"quote not inside one text node/line: {q!r}")
            continue
        if src.endswith(".html") and q not in raw:
            err(name, f"quote not literal in HTML source (tag or entity inside): {q!r}")
        nw = len(q.split())
        if nw > 12:
            err(name, f"quote longer than 12 words: {q!r}")
        if nw < 8:
            chunk = holders[0]
            after = chunk[chunk.find(q) + len(q):]
            if not (after.strip() == "" or after.lstrip().startswith("|") or q.rstrip()[-1] in ".!?\"'"):
                err(name, f"quote shorter than 8 words but the entry goes on: {q!r}")
        # weekdays named in the quote
        v = g.get("value") or ""
        wds = [w for w in WEEKDAYS if re.search(r"\b" + w + r"\b", q, re.I)]
        abbr = re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", q)
        if not wds and abbr:
            wds = [WEEKDAYS[WD_ABBR[abbr.group(1).lower()]]]
        if wds and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            d = dt.date.fromisoformat(v)
            if WEEKDAYS[d.weekday()] not in wds:
                err(name, f"gold {v} is a {WEEKDAYS[d.weekday()]}, quote says {wds}: {q!r}")
            m = re.search(r"\b" + wds[0] + r"\b(.{0,8})", q, re.I)
            if m and not re.search(r"\d", m.group(1)):
                # weekday without a day number: counts back from the publication date
                if not (0 <= (pub - d).days <= 7):
                    err(name, f"relative weekday {wds[0]} resolves to {v}, not within the week before {pub}: {q!r}")
    weekday_checks(name, text, pub)
    return len(gold)


def main():
    docs = sorted(f for f in os.listdir(HERE) if f.rsplit(".", 1)[-1] in EXT and f != "README.md")
    total = 0
    fmts = {"text": 0, "markdown": 0, "html": 0}
    for f in docs:
        base = os.path.join(HERE, f.rsplit(".", 1)[0])
        for need in (base + ".gold.jsonl", base + ".meta.json"):
            if not os.path.exists(need):
                err(f, f"missing {os.path.basename(need)}")
        if errors and errors[-1].startswith(f + ": missing"):
            continue
        n = check_doc(base, os.path.join(HERE, f))
        fmts[EXT[f.rsplit(".", 1)[1]]] += 1
        total += n
        print(f"{f:40s} {n:3d} entries")
    for extra in os.listdir(HERE):
        if extra.endswith((".gold.jsonl", ".meta.json")):
            stem = extra.rsplit(".", 2)[0]
            if not any(d.rsplit(".", 1)[0] == stem for d in docs):
                err(extra, "no matching document")
    print(f"{len(docs)} documents, {total} entries, formats {fmts}")
    if any(v < 3 for v in fmts.values()):
        err("set", f"need at least 3 documents of each format: {fmts}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
