#!/usr/bin/env python3
"""Validate the heldout195 chronology set (standard library only).

Checks, for every NAME.{txt,md,html} in this folder:
  * NAME.meta.json: keys title/publication_date/format/style, a real ISO date,
    a format that matches the file extension;
  * NAME.gold.jsonl: keys and types, TIMEX3 value/end forms of the guide, real
    calendar dates and ISO weeks, known mods, end not before value, values not
    after the publication date;
  * each quote: 8-12 words (fewer only when the quote runs to the end of its
    entry), no bullet glyph or markup, found exactly once in the visible text,
    in text order; for HTML inside one text node (no tags or entities in it);
  * weekdays: every "Weekday + date" written in a text is listed in CLAIMS and
    agrees with the calendar; every weekday name inside a gold entry whose value
    is a full date names that date's weekday (unless listed in WEEKDAY_OK).
Run: /work/main/.venv/bin/python tests/data/heldout195/check_gold.py
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
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
WEEKDAYS = list(calendar.day_name)  # Monday..Sunday
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}

# Every "Weekday + day + month" written in a text, with the date it means.
CLAIMS = {
    "vaccine_live_valmora": {"Thursday 4 March": "2021-03-04",
                             "Wednesday 3 March": "2021-03-03",
                             "Tuesday 2 March": "2021-03-02"},
    "millbrook_dam_longread": {"Saturday, November 11": "1961-11-11"},
    "blue_lantern_our_story": {"Friday 13 March": "1964-03-13"},
    "byzantium_study_guide": {"Thursday 4 December": "2025-12-04"},
}
# Weekday words that appear inside a gold entry but do not date it
# (future steps, habits), as (file, weekday).
WEEKDAY_OK = {
    ("vaccine_live_valmora", "Monday"),        # booking line "will open on Monday"
    ("marigold_room_ten_nights", "Saturday"),  # "Saturday slots" (habit)
}
# Weekdays said in leads (not gold entries), checked against the calendar.
LEAD_WEEKDAYS = {
    "malaria_vaccine_keydates": ("on Friday extended", "2024-05-17"),
    "cellar_door_timeline": ("said on Wednesday", "2023-02-01"),
}

VALUE_RES = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{4}-W\d{2}$"), "week"),
    (re.compile(r"^\d{4}-W\d{2}-WE$"), "weekend"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{3}X$"), "decade"),
    (re.compile(r"^\d{2}XX$"), "century"),
    (re.compile(r"^BC\d{4}$"), "bc"),
]
BLOCK = {"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4",
         "h5", "h6", "ul", "ol", "dl", "table", "section", "article", "aside",
         "header", "footer", "nav", "main", "br", "time", "button", "body",
         "blockquote", "thead", "tbody", "caption", "figure", "figcaption"}
HIDDEN = {"head", "title", "script", "style", "template"}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    """Text as a browser shows it; text nodes kept apart by entities/tags."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts = []      # visible text pieces
        self.nodes = []      # (start, end) spans of raw text nodes in the output
        self.hidden = 0

    def _sep(self):
        if self.parts and not self.parts[-1].endswith("\n\n"):
            self.parts.append("\n\n")

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self._sep()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self._sep()

    def _add(self, text, node):
        if self.hidden:
            return
        start = sum(len(p) for p in self.parts)
        self.parts.append(text)
        if node:
            self.nodes.append((start, start + len(text)))

    def handle_data(self, data):
        self._add(re.sub(r"\s+", " ", data), True)

    def handle_entityref(self, name):
        self._add(html.unescape(f"&{name};"), False)

    def handle_charref(self, name):
        self._add(html.unescape(f"&#{name};"), False)

    def text(self):
        return "".join(self.parts)


def parse_value(v):
    for rx, kind in VALUE_RES:
        if rx.match(v):
            return kind
    return None


def value_ok(name, v, field):
    kind = parse_value(v)
    if kind is None:
        err(name, f"{field} {v!r} is not a TIMEX3 form of the guide")
        return None
    try:
        if kind == "day":
            dt.date.fromisoformat(v)
        elif kind == "month":
            if not 1 <= int(v[5:7]) <= 12:
                raise ValueError
        elif kind in ("week", "weekend"):
            dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
    except ValueError:
        err(name, f"{field} {v!r} is not a real date/week")
    return kind


def sort_key(v):
    """Comparable (year, month, day) start point; BC years negative."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    if v.endswith("XX"):
        return (int(v[:2]) * 100, 0, 0)
    if v.endswith("X"):
        return (int(v[:3]) * 10, 0, 0)
    y = int(v[:4])
    rest = v[5:]
    if not rest:
        return (y, 0, 0)
    if rest in ("SP", "SU", "FA", "WI"):
        return (y, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest], 0)
    if rest[0] == "W":
        d = dt.date.fromisocalendar(y, int(rest[1:3]), 1)
        return (d.year, d.month, d.day)
    parts = [int(x) for x in rest.split("-")]
    return (y, parts[0], parts[1] if len(parts) > 1 else 0)


def check_doc(src):
    name = src.stem
    fmt = FORMATS[src.suffix]
    meta_p, gold_p = HERE / f"{name}.meta.json", HERE / f"{name}.gold.jsonl"
    if not meta_p.exists() or not gold_p.exists():
        err(name, "missing meta or gold file")
        return 0
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != {"title", "publication_date", "format", "style"}:
        err(name, f"meta keys {sorted(meta)}")
    pub = None
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(name, "publication_date is not YYYY-MM-DD")
    if meta.get("format") != fmt:
        err(name, f"format {meta.get('format')!r} does not match {src.suffix}")
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k):
            err(name, f"meta {k} must be a non-empty string")

    raw = src.read_text(encoding="utf-8")
    nodes = None
    if fmt == "html":
        p = Visible()
        p.feed(raw)
        p.close()
        text, nodes = p.text(), p.nodes
    else:
        text = raw

    # weekday claims in the text
    claims = CLAIMS.get(name, {})
    pat = re.compile(r"\b(%s),? (\d{1,2} (%s)|(%s) \d{1,2})\b" % (
        "|".join(WEEKDAYS), "|".join(MONTHS), "|".join(MONTHS)))
    for m in pat.finditer(text):
        s = m.group(0)
        if s not in claims:
            err(name, f"weekday date {s!r} not listed in CLAIMS")
    for s, iso in claims.items():
        if s not in text:
            err(name, f"claim {s!r} not in text")
        wd = s.split()[0].rstrip(",")
        d = dt.date.fromisoformat(iso)
        if WEEKDAYS[d.weekday()] != wd:
            err(name, f"claim {s!r}: {iso} is a {WEEKDAYS[d.weekday()]}")
        if d.day != int(re.search(r"\d+", s).group(0)):
            err(name, f"claim {s!r} day does not match {iso}")
    if name in LEAD_WEEKDAYS:
        s, iso = LEAD_WEEKDAYS[name]
        if s not in text:
            err(name, f"lead weekday {s!r} not in text")
        d = dt.date.fromisoformat(iso)
        if WEEKDAYS[d.weekday()] not in s:
            err(name, f"lead weekday {s!r}: {iso} is a {WEEKDAYS[d.weekday()]}")

    entries = []
    for i, line in enumerate(gold_p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(name, f"gold line {i} empty")
            continue
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(name, f"gold line {i}: {e}")
    last = -1
    positions = []
    for i, g in enumerate(entries, 1):
        tag = f"gold {i}"
        keys = set(g)
        need = {"quote", "value", "mod", "explicit", "hard"}
        if not need <= keys or keys - need - {"end"}:
            err(name, f"{tag}: keys {sorted(keys)}")
            continue
        q, v, mod = g["quote"], g["value"], g["mod"]
        if not isinstance(q, str) or not q.strip():
            err(name, f"{tag}: quote must be a string")
            continue
        if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
            err(name, f"{tag}: explicit/hard must be booleans")
        if mod not in MODS:
            err(name, f"{tag}: mod {mod!r}")
        if v is None:
            if mod is not None or "end" in g:
                err(name, f"{tag}: null value with mod/end")
        elif not isinstance(v, str):
            err(name, f"{tag}: value must be string or null")
        else:
            kind = value_ok(name, v, f"{tag} value")
            if "end" in g:
                e = g["end"]
                if not isinstance(e, str) or value_ok(name, e, f"{tag} end") is None:
                    pass
                elif kind and sort_key(e) < sort_key(v):
                    err(name, f"{tag}: end {e} before value {v}")
            if kind and pub:
                sk = sort_key(v)
                if sk > (pub.year, pub.month, pub.day):
                    err(name, f"{tag}: value {v} after publication date {pub}")
        # quote form
        words = q.split()
        if re.match(r"^([-*•·o]|\d+\.)\s", q) or q[0] in "-*•·":
            err(name, f"{tag}: quote starts with a bullet glyph: {q!r}")
        if fmt == "markdown" and re.search(r"[*_`#|\[\]]", q):
            err(name, f"{tag}: markdown markup in quote: {q!r}")
        if fmt == "html" and re.search(r"[<>]|&\w+;", q):
            err(name, f"{tag}: markup/entity in quote: {q!r}")
        n = text.count(q)
        if n != 1:
            err(name, f"{tag}: quote found {n} times: {q!r}")
            continue
        pos = text.index(q)
        if pos <= last:
            err(name, f"{tag}: quote out of text order: {q!r}")
        last = pos
        positions.append((pos, g))
        end = pos + len(q)
        if nodes is not None:
            if not any(a <= pos and end <= b for a, b in nodes):
                err(name, f"{tag}: quote not inside one text node: {q!r}")
        if len(words) > 12:
            err(name, f"{tag}: quote has {len(words)} words (>12)")
        elif len(words) < 8:
            after = text[end:end + 2]
            node_end = nodes is not None and any(b == end for a, b in nodes)
            if not (after == "" or after.startswith("\n") or node_end):
                err(name, f"{tag}: quote has {len(words)} words but entry goes on: {q!r}")

    # weekday names inside entries with a day value
    wd_rx = re.compile(r"\b(%s)\b" % "|".join(WEEKDAYS))
    for k, (pos, g) in enumerate(positions):
        nxt = positions[k + 1][0] if k + 1 < len(positions) else len(text)
        para = text.find("\n\n", pos)
        stop = min(nxt, para if para != -1 else len(text))
        span = text[pos:stop]
        v = g.get("value")
        for m in wd_rx.finditer(span):
            wd = m.group(1)
            if (name, wd) in WEEKDAY_OK:
                continue
            if v and parse_value(v) == "day":
                d = dt.date.fromisoformat(v)
                if WEEKDAYS[d.weekday()] != wd:
                    err(name, f"entry {g['quote']!r}: says {wd} but {v} is a "
                              f"{WEEKDAYS[d.weekday()]}")
    return len(entries)


def main():
    docs = sorted(p for p in HERE.iterdir() if p.suffix in FORMATS
                  and p.name != "README.md")
    total = 0
    counts = {}
    for src in docs:
        n = check_doc(src)
        counts[src.name] = n
        total += n
        if not 10 <= n <= 18:
            err(src.stem, f"{n} entries (expected 10-18)")
    fmts = [FORMATS[p.suffix] for p in docs]
    for f in ("text", "markdown", "html"):
        if fmts.count(f) < 3:
            errors.append(f"set: only {fmts.count(f)} {f} documents")
    if len(docs) != 12:
        errors.append(f"set: {len(docs)} documents (expected 12)")
    if not 150 <= total <= 200:
        errors.append(f"set: {total} entries (expected 150-200)")
    for k, v in counts.items():
        print(f"{v:3d}  {k}")
    print(f"{total} entries in {len(docs)} documents")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
