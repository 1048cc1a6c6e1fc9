#!/usr/bin/env python3
"""Self-check for the heldout153 chronology gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
  * a single source file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * meta keys (title, publication_date as a real YYYY-MM-DD, format matching the extension, style);
  * each gold line is a JSON object with keys quote, value, mod, [end], explicit, hard in that order;
  * value / end are TIMEX3 forms of the guide (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Www-WE,
    YYYY-SP|SU|FA|WI, decade 198X, century 19XX, BC0957) and real calendar dates; end only with a value;
  * mod is null or a TIMEX3 mod; explicit/hard are booleans;
  * each quote is 5-12 words, has no bullet glyph or markup, occurs exactly once in the visible text,
    and quotes occur in text order;
  * HTML: visible text only (no tags, no entities, head/script/style excluded), and each quote lies
    inside a single text node (one element), i.e. never spans a date cell/<dt>/<time> and its text;
  * every weekday named in the texts against a date is verified with the calendar module.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import json
import pathlib
import re
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
KEYS = ["quote", "value", "mod", "explicit", "hard"]
KEYS_END = ["quote", "value", "mod", "end", "explicit", "hard"]
VALUE_RE = re.compile(
    r"^(?:BC\d{4}|\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?|-(?:SP|SU|FA|WI))?|\d{3}X|\d{2}XX)$")

# (file stem, weekday as written, ISO date it stands for) -- every weekday named in the set.
WEEKDAYS = [
    ("crane_collapse_live", "Tuesday", "2025-03-18"),   # heading "Tuesday 18 March"; publication day
    ("crane_collapse_live", "Monday", "2025-03-17"),    # heading "Monday 17 March"; "Monday evening"
    ("author_profile", "Tuesday", "2024-11-05"),        # publication day
    ("author_profile", "Monday", "2024-11-04"),         # "Dies on Monday"
    ("energy_supplier_keydates", "Monday", "2022-03-07"),  # dateline: "ceased trading on Monday"
    ("signallers_strike_longread", "Saturday", "2022-08-20"),  # dateline
    ("signallers_strike_longread", "Tuesday", "2022-06-21"),
    ("signallers_strike_longread", "Thursday", "2022-06-23"),  # "on the Thursday"
    ("signallers_strike_longread", "Saturday", "2022-06-25"),  # "and the Saturday"
    ("signallers_strike_longread", "Wednesday", "2022-07-27"),
    ("signallers_strike_longread", "Saturday", "2022-08-13"),
    ("signallers_strike_longread", "Thursday", "2022-08-18"),
    ("signallers_strike_longread", "Friday", "2022-08-19"),    # "Yesterday"
    ("ecoli_outbreak", "Friday", "2024-06-28"),          # publication day
    ("ecoli_outbreak", "Monday", "2024-06-24"),          # "Mon."
    ("road_pricing_pilot", "Monday", "2022-10-03"),      # charging begins on a weekday
    ("rowing_race_history", "Saturday", "2011-04-02"),
    ("library_closure_explainer", "Thursday", "2025-10-02"),  # publication day
    ("library_closure_explainer", "Thursday", "2025-09-25"),  # "last Thursday"
    ("library_closure_explainer", "Tuesday", "2025-09-30"),   # "On Tuesday"
    ("library_closure_explainer", "Friday", "2025-09-26"),    # "on Friday"
    ("year_in_review", "Saturday", "2024-12-28"),        # publication day
    ("year_in_review", "Monday", "2024-12-23"),          # "On Monday"
    ("year_in_review", "Saturday", "2024-07-13"),        # "weekend of 13-14 July"
    ("year_in_review", "Sunday", "2024-07-14"),
]
# ISO weeks named in the gold: (file stem, value, a day it must contain)
WEEKS = [("ecoli_outbreak", "2024-W24", "2024-06-10"),     # "Week of June 10"
         ("signallers_strike_longread", "2022-W31", "2022-08-01")]  # week after Wed 27 July

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collects visible text nodes of <body>, skipping head, script, style."""
    SKIP = {"head", "script", "style", "title", "template", "noscript"}

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


def check_value(v, where):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
        except ValueError:
            err(f"{where}: impossible date {v!r}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        try:
            dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            err(f"{where}: impossible week {v!r}")


def sort_key(v):
    if v.startswith("BC"):
        return (-int(v[2:]), "")
    return (int(v[:4].replace("X", "0")), v[4:])


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gp in golds:
        stem = gp.name[: -len(".gold.jsonl")]
        srcs = [HERE / (stem + e) for e in FORMATS if (HERE / (stem + e)).exists()]
        if len(srcs) != 1:
            err(f"{stem}: expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        raw = src.read_text(encoding="utf-8")
        # meta
        mp = HERE / (stem + ".meta.json")
        try:
            meta = json.loads(mp.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{stem}: meta unreadable: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(f"{stem}: meta key {k} missing/empty")
        try:
            dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            err(f"{stem}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != FORMATS[src.suffix]:
            err(f"{stem}: meta format {meta.get('format')!r} != {FORMATS[src.suffix]!r}")
        if meta.get("title") and meta["title"] not in raw.replace("&amp;", "&"):
            err(f"{stem}: meta title not found in the text")
        # visible text
        if src.suffix == ".html":
            p = Visible()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        # gold lines
        last = -1
        lines = gp.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{gp.name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: invalid JSON: {e}")
                continue
            total += 1
            keys = list(o)
            if keys not in (KEYS, KEYS_END):
                err(f"{where}: keys {keys} (want {KEYS} or {KEYS_END})")
            q = o.get("quote")
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{where}: bad quote {q!r}")
                continue
            nw = len(q.split())
            if not 5 <= nw <= 12:
                err(f"{where}: quote has {nw} words (want 5-12)")
            if q[0] in "•*-–—·:>|#" or "**" in q or "<" in q or re.search(r"&\w+;|&#", q):
                err(f"{where}: quote contains a bullet glyph, markup or entity: {q!r}")
            n = text.count(q)
            if n != 1:
                err(f"{where}: quote found {n} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    err(f"{where}: quote out of text order: {q!r}")
                last = pos
            if nodes is not None and not any(q in node for node in nodes):
                err(f"{where}: HTML quote not inside a single element's text: {q!r}")
            v = o.get("value")
            if v is not None:
                check_value(v, where)
            if "end" in o:
                if v is None:
                    err(f"{where}: end without value")
                check_value(o["end"], where + " end")
                if isinstance(v, str) and VALUE_RE.match(v) and VALUE_RE.match(str(o["end"])):
                    if sort_key(o["end"]) <= sort_key(v):
                        err(f"{where}: end {o['end']} not after value {v}")
            if o.get("mod") is not None and o.get("mod") not in MODS:
                err(f"{where}: bad mod {o.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(o.get(k), bool):
                    err(f"{where}: {k} must be a boolean")
    # weekdays and weeks
    names = list(calendar.day_name)
    for stem, wd, iso in WEEKDAYS:
        d = dt.date.fromisoformat(iso)
        if names[calendar.weekday(d.year, d.month, d.day)] != wd:
            err(f"{stem}: {iso} is not a {wd}")
    for stem, wk, iso in WEEKS:
        y, w, _ = dt.date.fromisoformat(iso).isocalendar()
        if f"{y}-W{w:02d}" != wk:
            err(f"{stem}: {iso} is in {y}-W{w:02d}, not {wk}")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"only {total} gold entries (want at least 160)")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} files, {total} gold entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
