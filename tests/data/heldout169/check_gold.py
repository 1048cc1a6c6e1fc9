#!/usr/bin/env python3
"""Independent sanity checks for the heldout169 chronology gold (standard library only).

Checks, for every NAME.txt / NAME.md / NAME.html in this folder:
- NAME.gold.jsonl and NAME.meta.json exist; meta has title, publication_date (valid
  YYYY-MM-DD), format (matching the extension) and a non-empty style note;
- every gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), of the right types; value/end are TIMEX3 forms from the guide and real
  calendar dates; mod is a guide mod or null; end only with a non-null value and not before it;
- every quote is 1-12 words, has no bullet glyph, markup or entity, occurs exactly once in the
  text as a reader sees it, and the quotes occur in text order;
- for HTML: the visible text is taken with html.parser (script/style/head dropped, entities
  decoded); each quote lies inside one text node of one element and never inside a date label
  element (<dt>, <th>, <time>, <strong>, <b>) nor in a table cell that holds only a date label;
- no dated value starts after the publication date;
- every weekday named next to a date in the texts (listed in WEEKDAYS) matches the calendar.
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
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
LABEL_TAGS = {"dt", "th", "time", "strong", "b"}

# (file stem, ISO date, weekday as written in the text) - every weekday the texts pair with a date
WEEKDAYS = [
    ("hospital_fire_live", "2026-03-12", "Thursday"),      # heading "Thursday 12 March"
    ("hospital_fire_live", "2026-03-11", "Wednesday"),     # heading "Wednesday 11 March", "on Wednesday"
    ("refuse_pay_dispute_explainer", "2025-11-14", "Friday"),    # publication day
    ("refuse_pay_dispute_explainer", "2025-11-10", "Monday"),    # "on Monday"
    ("refuse_pay_dispute_explainer", "2025-11-06", "Thursday"),  # "last Thursday"
    ("refuse_pay_dispute_explainer", "2025-11-12", "Wednesday"), # "on Wednesday"
    ("zoo_bird_flu_outbreak", "2026-01-08", "Thursday"),   # "said on Thursday"
    ("zoo_bird_flu_outbreak", "2026-01-09", "Friday"),     # "on Friday morning" = publication day
    ("ski_race_history_timeline", "2025-02-15", "Saturday"),
    ("bus_lane_year_review", "2025-05-12", "Monday"),
    ("bus_lane_year_review", "2025-12-30", "Tuesday"),
    ("lifeboat_rescue_longread", "2024-02-06", "Tuesday"),
    ("lifeboat_rescue_longread", "2024-01-26", "Friday"),
    ("lifeboat_rescue_longread", "2024-01-27", "Saturday"),
    ("lifeboat_rescue_longread", "2024-01-28", "Sunday"),
    ("pier_theatre_history", "1911-06-05", "Monday"),      # Whit Monday 1911 (Easter 16 April)
    ("pier_theatre_history", "2025-05-31", "Saturday"),    # furniture "Sat 31 May"
]

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    """Return (first day, kind) of a TIMEX3 value or None when malformed."""
    try:
        m = re.fullmatch(r"BC(\d{4})", v)
        if m:
            return (None, "bc")
        m = re.fullmatch(r"(\d{4})", v)
        if m:
            return (dt.date(int(v), 1, 1) if int(v) > 0 else None, "year")
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m:
            return (dt.date(int(m[1]), int(m[2]), 1), "month")
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            return (dt.date(int(m[1]), int(m[2]), int(m[3])), "day")
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
        if m:
            return (dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week")
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
        if m:
            return (dt.date(int(m[1]), 1, 1), "season")
        m = re.fullmatch(r"(\d{3})X", v)
        if m:
            return (dt.date(int(m[1]) * 10, 1, 1), "decade")
        m = re.fullmatch(r"(\d{2})XX", v)
        if m:
            return (dt.date(max(int(m[1]) * 100, 1), 1, 1), "century")
    except ValueError:
        return None
    return None


def order_key(v):
    """A sortable number for comparing a value with its end."""
    m = re.fullmatch(r"BC(\d{4})", v)
    if m:
        return -int(m[1])
    first, _ = valid_value(v)
    return first.toordinal() / 400.0 if first else 0


class Visible(HTMLParser):
    """Collects visible text nodes with the stack of open elements."""
    SKIP = {"script", "style", "head", "title", "noscript"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col", "area", "base"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, tuple(stack))

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        self.nodes.append((data, tuple(self.stack)))


def check_file(src):
    stem = src.stem
    gold = HERE / f"{stem}.gold.jsonl"
    meta_p = HERE / f"{stem}.meta.json"
    if not gold.exists():
        err(f"{src.name}: missing {gold.name}")
        return 0
    if not meta_p.exists():
        err(f"{src.name}: missing {meta_p.name}")
        return 0
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        err(f"{meta_p.name}: keys {sorted(meta)} != {sorted(META_KEYS)}")
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
            raise ValueError
    except (ValueError, KeyError):
        err(f"{meta_p.name}: bad publication_date")
        pub = None
    if meta.get("format") != src.suffix.lstrip("."):
        err(f"{meta_p.name}: format {meta.get('format')!r} does not match {src.suffix}")
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            err(f"{meta_p.name}: {k} must be a non-empty string")

    raw = src.read_text(encoding="utf-8")
    nodes = None
    if src.suffix == ".html":
        p = Visible()
        p.feed(raw)
        p.close()
        nodes = p.nodes
        text = "".join(n for n, _ in nodes)
    else:
        text = raw

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
            err(f"{where}: bad JSON ({e})")
            continue
        n += 1
        keys = set(o)
        if not (KEYS <= keys <= KEYS | {"end"}):
            err(f"{where}: keys {sorted(keys)}")
            continue
        q, v, mod = o["quote"], o["value"], o["mod"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: quote must be a trimmed non-empty string")
            continue
        words = q.split()
        if len(words) > 12:
            err(f"{where}: quote has {len(words)} words (max 12)")
        if q[0] in "•*-–—:·>#" or re.match(r"\d+\.\s", q):
            err(f"{where}: quote starts with a bullet glyph or markup")
        if re.search(r"<[a-zA-Z/!]|&[a-zA-Z#][a-zA-Z0-9]*;|\*\*|\]\(|__", q):
            err(f"{where}: quote contains markup or an entity")
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
            err(f"{where}: explicit/hard must be booleans")
        if mod not in MODS:
            err(f"{where}: bad mod {mod!r}")
        if v is None:
            if mod is not None or "end" in o:
                err(f"{where}: null value with a mod or end")
        elif not isinstance(v, str) or valid_value(v) is None:
            err(f"{where}: bad value {v!r}")
        else:
            first, _ = valid_value(v)
            if pub and first and first > pub:
                err(f"{where}: value {v} starts after publication date {pub}")
            if "end" in o:
                e = o["end"]
                if not isinstance(e, str) or valid_value(e) is None:
                    err(f"{where}: bad end {e!r}")
                elif order_key(e) < order_key(v):
                    err(f"{where}: end {e} before value {v}")
                elif valid_value(e)[0] and pub and valid_value(e)[0] > pub:
                    err(f"{where}: end {e} after publication date")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last:
            err(f"{where}: quote out of text order: {q!r}")
        last = pos
        if nodes is not None:
            inside = [(t, st) for t, st in nodes if q in t]
            if len(inside) != 1:
                err(f"{where}: quote not inside a single HTML text node: {q!r}")
            else:
                st = inside[0][1]
                bad = LABEL_TAGS & set(st)
                if bad:
                    err(f"{where}: quote inside a date label element {sorted(bad)}: {q!r}")
    return n


def main():
    total = 0
    files = sorted(p for p in HERE.iterdir() if p.suffix in {".txt", ".md", ".html"}
                   and not p.name.startswith("README"))
    for src in files:
        c = check_file(src)
        print(f"{src.name:40s} {c:3d} entries")
        total += c
    for stem, day, name in WEEKDAYS:
        d = dt.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != name:
            err(f"weekday: {stem} {day} is {calendar.day_name[d.weekday()]}, text says {name}")
        if not any(p.stem == stem for p in files):
            err(f"weekday: unknown file {stem}")
    print(f"{len(files)} files, {total} gold entries")
    if len(files) != 12:
        err(f"expected 12 chronologies, found {len(files)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
