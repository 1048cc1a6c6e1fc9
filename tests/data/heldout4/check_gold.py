#!/usr/bin/env python3
"""Self-check of the heldout4 chronology gold (standard library only, independent of keydates).

Checks: each NAME.gold.jsonl has exactly one source (NAME.txt|.md|.html) and a NAME.meta.json;
JSON keys and types; every quote found exactly once in the source text (HTML: the visible text,
tags dropped, entities unescaped) and in text order; quote length (at most 12 words, fewer only
when the quote ends its entry); TIMEX3 value/end forms and real calendar dates; mods; meta keys;
and every weekday written in the texts (or relied on by the gold) against Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout4/check_gold.py
"""
import calendar
import datetime as dt
import html
import html.parser
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4}(?:-\d{2}(?:-\d{2})?)?)$")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
DAYS = [d.lower() for d in calendar.day_name]
errors = []
seen_weekdays = []


def err(msg):
    errors.append(msg)


class TextOf(html.parser.HTMLParser):
    BLOCK = {"p", "div", "dt", "dd", "li", "h1", "h2", "h3", "tr", "br", "footer", "header",
             "nav", "section", "article", "aside", "ul", "ol", "dl", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def source_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = TextOf()
        p.feed(raw)
        return html.unescape("".join(p.parts))
    return raw


def check_value(v, where, allow_null=True):
    if v is None:
        if not allow_null:
            err(f"{where}: null not allowed here")
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(?:BC)?(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m and not v[5:6] == "W":
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            err(f"{where}: bad month in {v}")
        elif d and not v.startswith("BC"):
            try:
                dt.date(y, mo, int(d))
            except ValueError:
                err(f"{where}: impossible date {v}")
    w = re.match(r"^(\d{4})-W(\d{2})", v)
    if w and not 1 <= int(w.group(2)) <= dt.date(int(w.group(1)), 12, 28).isocalendar()[1]:
        err(f"{where}: bad ISO week {v}")


def sort_key(v):
    """Comparable (astronomical year, month, day) of a value's start, or None."""
    if v.startswith("BC"):
        return (1 - int(v[2:6]), 0, 0)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", v)
    if m:
        return (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0))
    return None


def check_weekdays(name, text):
    """Every 'Weekday[,] Month D, YYYY' or 'Weekday, D Month YYYY' written in the text."""
    pat = re.compile(r"\b(" + "|".join(d[:3] for d in DAYS) + r")[a-z]*,? +([A-Z][a-z]{2,8})\.? +(\d{1,2}),? +(\d{4})", re.I)
    for m in pat.finditer(text):
        seen_weekdays.append(m.group(0))
        mon = MONTHS.get(m.group(2).lower())
        if not mon:
            continue
        d = dt.date(int(m.group(4)), mon, int(m.group(3)))
        if calendar.day_name[d.weekday()][:3].lower() != m.group(1).lower():
            err(f"{name}: weekday mismatch in {m.group(0)!r} ({calendar.day_name[d.weekday()]})")


# Weekdays the gold relies on (documented in README): date -> weekday name.
WEEKDAY_FACTS = {
    "2023-07-10": "Monday",      # mandela byline
    "2024-06-08": "Saturday", "2024-06-10": "Monday", "2024-06-11": "Tuesday",
    "2024-06-12": "Wednesday", "2024-06-13": "Thursday", "2024-06-14": "Friday",
    "2024-06-15": "Saturday", "2024-06-16": "Sunday",   # Halvorsen Cup days
    "2025-10-10": "Friday", "2025-10-05": "Sunday", "2025-10-07": "Tuesday",
    "2025-10-04": "Saturday",    # Millbrook: publication, 'On Sunday', 'Last Tuesday', weekend
    "2025-01-06": "Monday", "2025-01-02": "Thursday",   # Ridgeview: publication, 'On Thursday'
    "2016-03-15": "Tuesday", "2019-12-20": "Friday",
}
for iso, name in WEEKDAY_FACTS.items():
    if calendar.day_name[dt.date.fromisoformat(iso).weekday()] != name:
        err(f"weekday fact wrong: {iso} is not a {name}")
if dt.date(2025, 10, 4).isocalendar()[:2] != (2025, 40):
    err("2025-10-04 is not in ISO week 2025-W40")

golds = sorted(HERE.glob("*.gold.jsonl"))
total = 0
for gold in golds:
    name = gold.name[: -len(".gold.jsonl")]
    sources = [HERE / f"{name}{ext}" for ext in (".txt", ".md", ".html") if (HERE / f"{name}{ext}").exists()]
    if len(sources) != 1:
        err(f"{name}: expected exactly one source file, found {len(sources)}")
        continue
    src = sources[0]
    text = source_text(src)
    check_weekdays(name, text)
    meta_path = HERE / f"{name}.meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(f"{name}: meta unreadable: {e}")
        meta = {}
    for k in ("title", "publication_date", "format", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k):
            err(f"{name}: meta key {k!r} missing or empty")
    try:
        dt.date.fromisoformat(meta.get("publication_date", ""))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
            raise ValueError
    except ValueError:
        err(f"{name}: publication_date not YYYY-MM-DD")
    if meta.get("format") != src.suffix[1:]:
        err(f"{name}: meta format {meta.get('format')!r} != {src.suffix[1:]}")
    pos = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{i}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            o = json.loads(line)
        except ValueError as e:
            err(f"{where}: bad JSON: {e}")
            continue
        n += 1
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: bad quote {q!r}")
            continue
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        at = text.index(q)
        if at <= pos:
            err(f"{where}: quote out of text order: {q!r}")
        pos = at
        words = len(q.split())
        after = text[at + len(q): at + len(q) + 1]
        if words > 12:
            err(f"{where}: quote has {words} words (max 12)")
        if words < 8 and not (q[-1] in ".;!?\"" or after in ("", "\n")):
            err(f"{where}: quote has {words} words and does not end its entry/sentence")
        check_value(o["value"], where)
        if o["mod"] not in MODS:
            err(f"{where}: bad mod {o['mod']!r}")
        if "end" in o:
            check_value(o["end"], where + " end", allow_null=False)
            if o["value"] is None:
                err(f"{where}: end without value")
            elif isinstance(o["end"], str):
                a, b = sort_key(o["value"]), sort_key(o["end"])
                if a and b and b <= a:
                    err(f"{where}: end {o['end']} not after value {o['value']}")
        for k in ("explicit", "hard"):
            if not isinstance(o[k], bool):
                err(f"{where}: {k} not a boolean")
        if o["value"] is None and o["mod"] is not None:
            err(f"{where}: mod on a null value")
    if n == 0:
        err(f"{name}: no entries")
    total += n
    print(f"{name:28s} {src.suffix[1:]:4s} {n:3d} entries  published {meta.get('publication_date')}")

for extra in HERE.iterdir():
    if extra.suffix in (".txt", ".md", ".html") and extra.name != "README.md":
        if not (HERE / f"{extra.stem}.gold.jsonl").exists():
            err(f"{extra.name}: source without gold")
if len(golds) < 12:
    err(f"only {len(golds)} chronologies (need 12)")
if total < 160:
    err(f"only {total} gold entries (need at least 160)")
print(f"{len(golds)} chronologies, {total} gold entries; written weekdays checked: {seen_weekdays}")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
