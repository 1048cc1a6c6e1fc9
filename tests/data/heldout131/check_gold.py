#!/usr/bin/env python3
"""Independent consistency check for the heldout131 chronology gold set.

Standard library only; does not import keydates. Checks, for every NAME.gold.jsonl:
- exactly one source NAME.txt / NAME.md / NAME.html and a NAME.meta.json with
  title, publication_date (valid YYYY-MM-DD), format (= source extension), style;
- every gold line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end);
- value / end are TIMEX3 forms allowed by the guide (or null value), mod is an allowed mod;
- every quote occurs exactly once in the visible text, and quotes appear in text order;
- HTML: the visible text is taken from the parsed page (no tags, entities decoded, head/script/style
  dropped); each quote must lie inside a single text node (one element, so a date label in its own
  cell/<dt>/<strong> is never part of a quote) and contain no markup or entity;
- weekdays: every "Weekday[,] D Month[ YYYY]" in a source matches the calendar (year from the
  expression or the publication year), and any full-date gold value whose quote names a weekday
  falls on that weekday.
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$")                          # BC years
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
DAYS = [d for d in calendar.day_name]
WD_RE = re.compile(r"\b(" + "|".join(DAYS) + r"),? (\d{1,2}) (" + "|".join(calendar.month_name[1:])
                   + r")(?:,? (\d{4}))?")

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "title"}

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
        if not self.skip and data.strip():
            self.nodes.append(data)


def check_value(v, where, allow_null):
    if v is None:
        if not allow_null:
            err(f"{where}: null not allowed here")
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        try:
            dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            err(f"{where}: impossible ISO week {v}")


def sort_key(v):
    if v.startswith("BC"):
        return -int(v[2:])
    return int(v[:4].replace("X", "0"))


def check_file(gold):
    name = gold.name[: -len(".gold.jsonl")]
    sources = [p for ext in ("txt", "md", "html") if (p := HERE / f"{name}.{ext}").exists()]
    if len(sources) != 1:
        err(f"{name}: expected one source file, found {len(sources)}")
        return 0
    src = sources[0]
    ext = src.suffix[1:]
    raw = src.read_text(encoding="utf-8")
    meta_p = HERE / f"{name}.meta.json"
    pub = None
    if not meta_p.exists():
        err(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err(f"{name}: meta key {k} missing or empty")
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(f"{name}: bad publication_date")
        if meta.get("format") != ext:
            err(f"{name}: meta format {meta.get('format')!r} != {ext!r}")

    if ext == "html":
        parser = Visible()
        parser.feed(raw)
        nodes = parser.nodes
        text = "\n".join(nodes)
    else:
        nodes = None
        text = raw

    # weekday claims in the visible text
    for m in WD_RE.finditer(text):
        wd, day, mon, year = m.groups()
        y = int(year) if year else (pub.year if pub else None)
        if y is None:
            continue
        d = dt.date(y, MONTHS[mon.lower()], int(day))
        if calendar.day_name[d.weekday()] != wd:
            err(f"{name}: '{m.group(0)}' is a {calendar.day_name[d.weekday()]} in {y}")

    last = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{gold.name}:{i}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: invalid JSON ({e})")
            continue
        n += 1
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: empty or unstripped quote")
            continue
        if q[0] in "•-*·–" and not q[0].isalnum():
            err(f"{where}: quote starts with a bullet glyph")
        if len(q.split()) > 14:
            err(f"{where}: quote longer than 14 words")
        check_value(o["value"], where, allow_null=True)
        if "end" in o:
            check_value(o["end"], where + " end", allow_null=False)
            if o["value"] is None:
                err(f"{where}: end without value")
            elif isinstance(o["end"], str) and sort_key(o["end"]) < sort_key(o["value"]):
                err(f"{where}: end before value")
        if o["mod"] not in MODS:
            err(f"{where}: bad mod {o['mod']!r}")
        for k in ("explicit", "hard"):
            if not isinstance(o[k], bool):
                err(f"{where}: {k} not boolean")
        if o["value"] is None and o["explicit"]:
            err(f"{where}: null value but explicit")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        pos = text.index(q)
        if pos <= last:
            err(f"{where}: quote out of text order")
        last = pos
        if ext == "html":
            if re.search(r"[<>]|&[#\w]+;", q):
                err(f"{where}: markup or entity in quote")
            if sum(1 for node in nodes if q in node) != 1:
                err(f"{where}: quote not inside a single element's text")
        else:
            if "**" in q or re.search(r"\[[^\]]*\]\(", q):
                err(f"{where}: markdown markup in quote")
        # weekday named in the quote vs a full-date value
        v = o["value"]
        if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            named = [d for d in DAYS if re.search(r"\b" + d + r"\b", q)]
            if len(named) == 1:
                real = calendar.day_name[dt.date.fromisoformat(v).weekday()]
                if real != named[0]:
                    err(f"{where}: quote names {named[0]} but {v} is a {real}")
    if n == 0:
        err(f"{name}: no gold entries")
    return n


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        k = check_file(g)
        print(f"{g.name[:-11]:40s} {k:3d} entries")
        total += k
    for p in HERE.iterdir():
        if p.suffix in (".txt", ".md", ".html") and not (HERE / (p.stem + ".gold.jsonl")).exists() \
                and p.name != "README.md":
            err(f"{p.name}: source without gold")
    print(f"{len(golds)} files, {total} gold entries")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
