#!/usr/bin/env python3
"""Independent sanity check of the heldout109 chronology gold (standard library only).

Checks, per chronology NAME.{txt,md,html}:
  * NAME.gold.jsonl and NAME.meta.json exist and parse;
  * every gold object has exactly the guide's keys (quote, value, mod, explicit, hard, optional end)
    with the right types;
  * every quote occurs exactly once in the visible text and the quotes appear in text order;
  * each quote starts an entry or a sentence (line start after a bullet glyph, a date label,
    or a sentence end), is 3-12 words long (short only when the entry itself is short), and has no bullet glyph, tag or entity;
  * for HTML: quotes are taken from the visible text (tags dropped, entities decoded, script/style
    ignored) and each quote lies inside ONE text node, i.e. it never spans an element boundary
    such as a date cell, <dt> or <strong> label;
  * value / end use the TIMEX3 forms of the guide, calendar dates and ISO weeks are valid,
    end > value for ranges, mod is a TIMEX3 mod;
  * a weekday named in a quote matches the gold day; the weekday facts listed in WEEKDAYS hold;
  * meta has title, publication_date (a valid YYYY-MM-DD), format (matching the extension), style.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
DAYS = [d.lower() for d in calendar.day_name]
# weekday facts used by the annotation (dates stated in headings, datelines or resolved from weekdays)
WEEKDAYS = [
    ("2010-04-22", "Thursday"), ("2010-04-20", "Tuesday"),
    ("2025-11-20", "Thursday"), ("2025-11-18", "Tuesday"), ("2023-09-14", "Thursday"),
    ("2025-05-10", "Saturday"), ("2025-05-06", "Tuesday"),
    ("2024-12-11", "Wednesday"), ("2025-02-14", "Friday"),
    ("2025-03-09", "Sunday"), ("2025-03-08", "Saturday"),
    ("2025-07-18", "Friday"), ("2025-07-14", "Monday"), ("2025-07-15", "Tuesday"),
    ("2025-06-04", "Wednesday"), ("2024-02-01", "Thursday"), ("2025-09-15", "Monday"),
    ("2025-05-22", "Thursday"),
]

# quotes that name a weekday which is NOT the event day (a future step, a distractor)
WEEKDAY_DISTRACTORS = {"Three schools in Eastgate will stay shut on Monday as a"}

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collects visible text nodes (entities decoded), skipping script/style/head furniture."""
    SKIP = {"script", "style", "head", "title", "noscript", "template"}

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
            t = " ".join(data.split())
            if t:
                self.nodes.append(t)


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            dt.date.fromisoformat(v)
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            assert 1 <= int(v[5:]) <= 12
        elif "-W" in v:
            y, w = int(v[:4]), int(v[6:8])
            dt.date.fromisocalendar(y, w, 1)
    except Exception:
        err(f"{where}: invalid calendar value {v!r}")


def sort_key(v):
    """Rough chronological key used only to check that end > value."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    if "-W" in v:
        d = dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
        return (d.year, d.month, d.day)
    if v[4:] in ("-SP", "-SU", "-FA", "-WI"):
        return (int(v[:4]), {"-SP": 3, "-SU": 6, "-FA": 9, "-WI": 12}[v[4:]], 0)
    if "X" in v:
        return (int(v.replace("X", "0")), 0, 0)
    parts = [int(p) for p in v.split("-")] + [0, 0]
    return tuple(parts[:3])


def starts_entry(text, pos):
    before = text[:pos]
    line_start = before.rfind("\n") + 1
    prefix = before[line_start:].strip()
    if prefix == "" or re.fullmatch(r"[-*•–—:>#]+", prefix):
        return True
    stripped = before.rstrip()
    if stripped.endswith((".", "!", "?", ":", "\u201d", '"', "*", ")", "\u2013", "\u2014", "-", "|")):
        return True
    return False


def check_file(src):
    name = src.stem
    gold = src.with_name(name + ".gold.jsonl")
    meta = src.with_name(name + ".meta.json")
    if not gold.exists() or not meta.exists():
        err(f"{src.name}: missing gold or meta")
        return 0
    raw = src.read_text(encoding="utf-8")
    is_html = src.suffix == ".html"
    if is_html:
        p = Visible()
        p.feed(raw)
        nodes = p.nodes
        text = "\n".join(nodes)
    else:
        nodes = None
        text = raw
    try:
        m = json.loads(meta.read_text(encoding="utf-8"))
    except Exception as e:
        err(f"{meta.name}: {e}")
        m = {}
    for k in ("title", "publication_date", "format", "style"):
        if not m.get(k):
            err(f"{meta.name}: missing {k}")
    try:
        dt.date.fromisoformat(m.get("publication_date", ""))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.get("publication_date", "")):
            raise ValueError
    except Exception:
        err(f"{meta.name}: bad publication_date")
    if m.get("format") != src.suffix[1:]:
        err(f"{meta.name}: format {m.get('format')!r} does not match {src.suffix}")
    last = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{gold.name}:{i}: blank line")
            continue
        where = f"{gold.name}:{i}"
        try:
            o = json.loads(line)
        except Exception as e:
            err(f"{where}: {e}")
            continue
        n += 1
        keys = set(o)
        if not (keys == KEYS or keys == KEYS | {"end"}):
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: bad quote")
            continue
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
            err(f"{where}: explicit/hard must be booleans")
        if o["mod"] not in MODS:
            err(f"{where}: bad mod {o['mod']!r}")
        check_value(o["value"], where)
        if "end" in o:
            check_value(o["end"], where)
            if o["value"] is None or o["end"] is None:
                err(f"{where}: end needs value and end")
            elif VALUE_RE.match(o["value"]) and VALUE_RE.match(o["end"]):
                if not sort_key(o["end"]) > sort_key(o["value"]):
                    err(f"{where}: end {o['end']} not after value {o['value']}")
        if o["value"] is None and (o["mod"] is not None or o["explicit"]):
            err(f"{where}: null value with mod or explicit")
        words = q.split()
        if not 3 <= len(words) <= 12:
            err(f"{where}: quote has {len(words)} words")
        if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q) or q[0] in "-*•":
            err(f"{where}: quote contains markup or a bullet glyph")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last:
            err(f"{where}: quote out of text order: {q!r}")
        last = pos
        if not starts_entry(text, pos):
            err(f"{where}: quote does not start an entry or sentence: {q!r}")
        if is_html and not any(q in node for node in nodes):
            err(f"{where}: quote spans an element boundary: {q!r}")
        if isinstance(o["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", o["value"]):
            named = [d for d in DAYS if re.search(r"\b" + d + r"\b", q.lower())]
            wd = DAYS[dt.date.fromisoformat(o["value"]).weekday()]
            for d in named:
                if d != wd and q not in WEEKDAY_DISTRACTORS:
                    err(f"{where}: quote names {d} but {o['value']} is a {wd}")
    if n == 0:
        err(f"{gold.name}: no entries")
    return n


def main():
    for d, name in WEEKDAYS:
        if calendar.day_name[dt.date.fromisoformat(d).weekday()] != name:
            err(f"weekday fact wrong: {d} is not a {name}")
    srcs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html") and p.name != "README.md")
    total = 0
    for s in srcs:
        c = check_file(s)
        print(f"{s.name:45s} {c:3d} entries")
        total += c
    for g in HERE.glob("*.gold.jsonl"):
        base = g.name[: -len(".gold.jsonl")]
        if not any((HERE / (base + ext)).exists() for ext in (".txt", ".md", ".html")):
            err(f"{g.name}: no source text")
    print(f"{len(srcs)} chronologies, {total} gold entries")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
