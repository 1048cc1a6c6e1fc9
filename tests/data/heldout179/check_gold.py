#!/usr/bin/env python3
"""Independent validator for the heldout179 chronology gold (standard library only).

Checks, for every NAME.txt / NAME.md / NAME.html in this folder:
  * NAME.gold.jsonl and NAME.meta.json exist (and no orphan gold/meta files);
  * meta keys title, publication_date (valid YYYY-MM-DD), format (= file extension), style;
  * gold keys: quote, value, mod, explicit, hard, optional end -- nothing else;
  * value / end in the guide's TIMEX3 forms, mod in the guide's list, booleans;
  * each quote is 1-12 words, has no markup, no HTML entity, no bullet glyph or markdown bold,
    is found exactly once in the text as a reader sees it, and the quotes are in text order;
  * HTML: quotes are searched in the visible text (tags removed, entities decoded, head/script/
    style skipped) and each quote must lie inside a single text node (one element);
  * weekdays: every full-date gold value whose quote names a weekday falls on that weekday (unless
    listed as a distractor), weekday labels such as "Mon 28 Oct" agree, and the dated weekday
    headings listed in WEEKDAY_CLAIMS are verified with the calendar module.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_EXT = ("txt", "md", "html")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RES = [
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    re.compile(r"^\d{4}-\d{2}$"),
    re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-W\d{2}$"),
    re.compile(r"^\d{4}-W\d{2}-WE$"),
    re.compile(r"^\d{4}-(SP|SU|FA|WI)$"),
    re.compile(r"^\d{3}X$"),
    re.compile(r"^\d{2}XX$"),
    re.compile(r"^BC\d{4}$"),
]
DAYS = [d.lower() for d in calendar.day_name]          # monday ... sunday
ABBR = [d.lower() for d in calendar.day_abbr]          # mon ... sun
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}

# Quotes in which a weekday name is a distractor, not the event's day.
WEEKDAY_EXEMPT = {
    "A rest centre at Hapsby Village Hall, opened on Thursday",   # opened Thu, reported Sat
    "A mobile banking van starts calling at Dunmore every Tuesday",  # recurring, starts 3 Mar
}
# Dated weekday headings / datelines in the texts: (file, text, ISO date it claims).
WEEKDAY_CLAIMS = [
    ("coastal_erosion_live.html", "Saturday 14 February", "2026-02-14"),
    ("coastal_erosion_live.html", "Friday 13 February", "2026-02-13"),
    ("harbourtown_year_review.md", "Monday 30 December 2024", "2024-12-30"),
]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collect visible text nodes (one string per run of text between tags)."""
    SKIP = {"head", "script", "style", "title", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if not isinstance(v, str) or not any(r.match(v) for r in VALUE_RES):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return False
    if re.match(r"^\d{4}-\d{2}$", v) and not 1 <= int(v[5:]) <= 12:
        return False
    if re.match(r"^\d{4}-W\d{2}", v) and not 1 <= int(v[6:8]) <= 53:
        return False
    return True


def check_file(src):
    name = src.name.rsplit(".", 1)[0]
    ext = src.suffix[1:]
    gold_p, meta_p = HERE / f"{name}.gold.jsonl", HERE / f"{name}.meta.json"
    if not gold_p.exists() or not meta_p.exists():
        err(f"{src.name}: missing gold or meta")
        return 0
    raw = src.read_text(encoding="utf-8")
    # meta
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        err(f"{meta_p.name}: keys {sorted(meta)} != {sorted(META_KEYS)}")
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(f"{meta_p.name}: bad publication_date")
        pub = None
    if meta.get("format") != ext:
        err(f"{meta_p.name}: format {meta.get('format')!r} != {ext!r}")
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            err(f"{meta_p.name}: empty {k}")
    # text as seen
    nodes = None
    if ext == "html":
        p = Visible()
        p.feed(raw)
        p.close()
        nodes = p.nodes
        text = "".join(nodes)
    else:
        text = raw
    # gold
    last = -1
    n = 0
    for ln, line in enumerate(gold_p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{gold_p.name}:{ln}: blank line")
            continue
        n += 1
        where = f"{gold_p.name}:{ln}"
        g = json.loads(line)
        keys = set(g)
        if not GOLD_KEYS <= keys or keys - GOLD_KEYS - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q, v, mod = g["quote"], g["value"], g["mod"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: bad quote")
            continue
        words = len(q.split())
        if not 1 <= words <= 12:
            err(f"{where}: quote has {words} words")
        if re.search(r"[<>]|&[#a-zA-Z0-9]+;|\*\*|^[-*•] ", q):
            err(f"{where}: quote contains markup/entity/glyph: {q!r}")
        if v is not None and not valid_value(v):
            err(f"{where}: bad value {v!r}")
        if mod not in MODS:
            err(f"{where}: bad mod {mod!r}")
        if "end" in g and (g["end"] is None or not valid_value(g["end"])):
            err(f"{where}: bad end {g.get('end')!r}")
        if "end" in g and v is None:
            err(f"{where}: end without value")
        for b in ("explicit", "hard"):
            if not isinstance(g[b], bool):
                err(f"{where}: {b} not boolean")
        if v is None and (mod is not None or g["explicit"] or g["hard"]):
            err(f"{where}: null value with mod/explicit/hard set")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                err(f"{where}: quote out of order: {q!r}")
            last = pos
        if nodes is not None and sum(q in node for node in nodes) != 1:
            err(f"{where}: HTML quote not inside exactly one text node: {q!r}")
        # weekday consistency
        if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v) and valid_value(v) \
                and q not in WEEKDAY_EXEMPT:
            d = dt.date.fromisoformat(v)
            low = q.lower()
            named = [i for i, w in enumerate(DAYS) if re.search(rf"\b{w}\b", low)]
            m = re.match(r"^(mon|tue|wed|thu|fri|sat|sun) (\d{1,2}) ([a-z]{3})\b", low)
            if m:
                named.append(ABBR.index(m.group(1)))
                if int(m.group(2)) != d.day or MONTHS[m.group(3)] != d.month:
                    err(f"{where}: label {m.group(0)!r} disagrees with value {v}")
            for i in named:
                if d.weekday() != i:
                    err(f"{where}: {v} is a {calendar.day_name[d.weekday()]}, quote says {DAYS[i]}")
            if pub and any(re.search(rf"\b(on )?{w}\b", low) for w in DAYS) and named \
                    and not 0 < (pub - d).days <= 7 and not m:
                err(f"{where}: weekday resolved to {v}, not within the week before {pub}")
    return n


def main():
    total = 0
    files = sorted(p for p in HERE.iterdir() if p.suffix[1:] in TEXT_EXT and p.name != "README.md")
    for f in files:
        k = check_file(f)
        print(f"{f.name:34s} {k:3d} entries")
        total += k
    stems = {f.name.rsplit(".", 1)[0] for f in files}
    for p in HERE.glob("*.gold.jsonl"):
        if p.name[:-len(".gold.jsonl")] not in stems:
            err(f"{p.name}: no text file")
    for p in HERE.glob("*.meta.json"):
        if p.name[:-len(".meta.json")] not in stems:
            err(f"{p.name}: no text file")
    for fname, snippet, iso in WEEKDAY_CLAIMS:
        t = (HERE / fname).read_text(encoding="utf-8")
        if snippet not in t:
            err(f"{fname}: weekday claim {snippet!r} not in text")
        elif calendar.day_name[dt.date.fromisoformat(iso).weekday()] != snippet.split()[0]:
            err(f"{fname}: {snippet!r} but {iso} is not a {snippet.split()[0]}")
    print(f"{len(files)} files, {total} gold entries")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
