#!/usr/bin/env python3
"""Self-check of the heldout124 chronology gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
  * exactly one text file NAME.txt / NAME.md / NAME.html and a NAME.meta.json
    (keys title, publication_date YYYY-MM-DD, format matching the extension, style);
  * every line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end),
    booleans where required, a TIMEX3 value of an allowed form (real calendar dates and ISO weeks),
    a TIMEX3 mod, an end only of the same kind and not before the start;
  * every quote is visible text (no Markdown markup, no bullet glyph, no HTML tag or entity),
    8-12 words or the whole (short) entry, found exactly once in the visible text, in text order;
  * for HTML: the quote lies inside one text node, which is not a date label element
    (dt, th, time, strong, b), and the raw source contains it exactly once;
  * weekday claims used in the texts agree with Python's calendar;
  * at least 12 files and 160 entries in all.
Run: /work/main/.venv/bin/python tests/data/heldout124/check_gold.py
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
KEYS_REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
KEYS_ALLOWED = KEYS_REQUIRED | {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
LABEL_TAGS = {"dt", "th", "time", "strong", "b"}
SKIP_TAGS = {"script", "style", "head", "title", "noscript"}

# (date, weekday) pairs stated or implied in the texts ("On Thursday" etc.)
WEEKDAYS = [
    ("2025-06-21", "Saturday"),   # police long read published Saturday 21 June 2025
    ("2025-06-19", "Thursday"),   # "On Thursday" in the police long read
    ("2025-02-12", "Wednesday"),  # live page "Wed 12 Feb 2025"
    ("2025-02-11", "Tuesday"),    # live page day divider
    ("2025-02-10", "Monday"),     # "On Monday" in the live page
    ("2024-11-14", "Thursday"),   # measles explainer publication
    ("2024-11-11", "Monday"),     # "On Monday"
    ("2024-11-12", "Tuesday"),    # "on Tuesday"
    ("2025-04-20", "Sunday"),     # hockey recap publication
    ("2025-04-15", "Tuesday"),    # "Last Tuesday"
    ("2024-10-11", "Friday"),     # "Friday, Oct. 11"
    ("2025-01-04", "Saturday"),   # "Saturday, Jan. 4"
    ("2023-04-09", "Sunday"),     # Easter Sunday 2023 -> 2023-W14-WE
    ("2023-12-29", "Friday"),     # year in review published Friday; "Last week" = 2023-W51
    ("2024-10-25", "Friday"),     # "Four days later" after Monday 21 October
    ("2024-06-22", "Saturday"),   # Open Days furniture
    ("2024-09-14", "Saturday"),
]
ISO_WEEKS = [("2024-W45", "2024-11-04"), ("2023-W51", "2023-12-22"), ("2023-W14-WE", "2023-04-09")]

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    """Return a sort key for a TIMEX3 value, or None if the value is not valid."""
    if not isinstance(v, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                dt.date(int(y), int(mo), int(d))
            elif mo and not 1 <= int(mo) <= 12:
                return None
        except ValueError:
            return None
        return ("ad", int(y), int(mo or 0), int(d or 0))
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        try:
            dt.date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        return ("ad", y, 0, w)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        return ("ad", int(m.group(1)), ["SP", "SU", "FA", "WI"].index(m.group(2)) + 1, 0)
    m = re.fullmatch(r"(\d{3})X", v)
    if m:
        return ("ad", int(m.group(1)) * 10, 0, 0)
    m = re.fullmatch(r"(\d{2})XX", v)
    if m:
        return ("ad", int(m.group(1)) * 100, 0, 0)
    m = re.fullmatch(r"BC(\d{4})", v)
    if m:
        return ("bc", -int(m.group(1)), 0, 0)
    return None


class Visible(HTMLParser):
    """Collect visible text nodes with the innermost enclosing tag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.nodes = [], []

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "input", "meta", "link", "hr"}:
            return
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in SKIP_TAGS for t in self.stack):
            return
        if data.strip():
            self.nodes.append((self.stack[-1] if self.stack else "", data))


def check_file(gold):
    name = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {[p.name for p in texts]}")
        return 0
    src_path = texts[0]
    raw = src_path.read_text(encoding="utf-8")
    ext = src_path.suffix[1:]
    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        err(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            err(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        try:
            dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                raise ValueError
        except (ValueError, KeyError):
            err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != ext:
            err(f"{name}: meta format {meta.get('format')!r} != {ext!r}")
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err(f"{name}: meta {k} empty")

    nodes = None
    if ext == "html":
        parser = Visible()
        parser.feed(raw)
        nodes = parser.nodes
        visible = "\n".join(d for _, d in nodes)
    else:
        visible = raw

    lines = gold.read_text(encoding="utf-8").splitlines()
    last = -1
    n = 0
    for i, line in enumerate(lines, 1):
        where = f"{gold.name}:{i}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON ({e})")
            continue
        n += 1
        if not isinstance(obj, dict):
            err(f"{where}: not an object")
            continue
        keys = set(obj)
        if not KEYS_REQUIRED <= keys or not keys <= KEYS_ALLOWED:
            err(f"{where}: keys {sorted(keys)}")
        q = obj.get("quote")
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: bad quote {q!r}")
            continue
        for b in ("explicit", "hard"):
            if not isinstance(obj.get(b), bool):
                err(f"{where}: {b} must be boolean")
        v = obj.get("value")
        key = None
        if v is not None:
            key = valid_value(v)
            if key is None:
                err(f"{where}: bad value {v!r}")
        if obj.get("mod") not in MODS:
            err(f"{where}: bad mod {obj.get('mod')!r}")
        if v is None and (obj.get("mod") is not None or "end" in obj or obj.get("explicit")):
            err(f"{where}: null value with mod/end/explicit")
        if "end" in obj:
            ek = valid_value(obj["end"])
            if ek is None or key is None:
                err(f"{where}: bad end {obj.get('end')!r}")
            elif ek < key or ek == key:
                err(f"{where}: end {obj['end']} not after value {v}")
        # quote form
        words = q.split()
        if len(words) > 12:
            err(f"{where}: quote has {len(words)} words (>12)")
        if len(words) < 8 and not q.endswith((".", "!", "?", '."')):
            err(f"{where}: short quote ({len(words)} words) is not a whole entry")
        if re.match(r"^[-*•·]\s", q) or "**" in q or "<" in q or ">" in q or re.search(r"&\w+;|&#\d+;", q):
            err(f"{where}: quote contains markup, entity or bullet glyph: {q!r}")
        # location
        cnt = visible.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times in visible text: {q!r}")
            continue
        pos = visible.index(q)
        if pos <= last:
            err(f"{where}: quote out of text order: {q!r}")
        last = pos
        if ext == "html":
            if raw.count(q) != 1:
                err(f"{where}: quote not found verbatim exactly once in the HTML source: {q!r}")
            holders = [(tag, d) for tag, d in nodes if q in d]
            if len(holders) != 1:
                err(f"{where}: quote not inside one text node: {q!r}")
            elif holders[0][0] in LABEL_TAGS:
                err(f"{where}: quote sits in a date label element <{holders[0][0]}>: {q!r}")
            elif not holders[0][1].strip().startswith(q.split()[0]):
                # quote need not start its node (second sentence of a paragraph), but the node
                # must not begin with a bare date label that the quote skips
                pass
    if n == 0:
        err(f"{name}: no entries")
    return n


def main():
    for d, wd in WEEKDAYS:
        day = dt.date.fromisoformat(d)
        if calendar.day_name[day.weekday()] != wd:
            err(f"weekday: {d} is {calendar.day_name[day.weekday()]}, not {wd}")
    for w, d in ISO_WEEKS:
        y, wk, _ = dt.date.fromisoformat(d).isocalendar()
        if f"{y}-W{wk:02d}" != w[:8]:
            err(f"iso week: {d} is {y}-W{wk:02d}, not {w}")
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        k = check_file(g)
        total += k
        print(f"{g.name[:-11]:36s} {k:3d} entries")
    print(f"{len(golds)} files, {total} entries")
    if len(golds) < 12:
        err(f"only {len(golds)} files (need 12)")
    if total < 160:
        err(f"only {total} entries (need 160)")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
