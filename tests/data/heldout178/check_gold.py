#!/usr/bin/env python3
"""Validate the heldout178 chronology gold files (standard library only).

Independent of the keydates package. Checks, for every NAME.gold.jsonl:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), with well-formed TIMEX3 values, a known mod and boolean flags;
- every quote is visible text (no tags, no entities), occurs exactly once in the visible text,
  and the quotes appear in text order; for HTML each quote lies inside a single text node
  (so a date in its own cell / <dt> / bold label is never part of the quote);
- a quote has at most 12 words, and fewer than 8 only when it runs to the end of its entry;
- meta keys (title, publication_date, format, style) and that no value lies after the
  publication date;
- every weekday, holiday and 'last <weekday>' resolution listed in WEEKDAYS against
  Python's calendar.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:BC\d{4}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{4}-\d{2}"
    r"|\d{4}-W\d{2}(?:-WE)?"
    r"|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{4}"
    r"|\d{3}X"
    r"|\d{2}XX)$")

# (file stem, weekday-bearing date as written, ISO date it resolves to, weekday name)
WEEKDAYS = [
    ("bridge_strike_live", "on Tuesday (posted Friday 14 Nov 2025)", "2025-11-11", "Tuesday"),
    ("bridge_strike_live", "publication day", "2025-11-14", "Friday"),
    ("comic_artist_profile", "on Tuesday (published Sat 8 Mar 2025)", "2025-03-04", "Tuesday"),
    ("comic_artist_profile", "publication day", "2025-03-08", "Saturday"),
    ("council_equal_pay_explainer", "Wednesday 18 June 2025", "2025-06-18", "Wednesday"),
    ("council_equal_pay_explainer", "on Monday", "2025-06-16", "Monday"),
    ("doctors_rota_keydates", "publication day Oct 3", "2025-10-03", "Friday"),
    ("doctors_rota_keydates", "Wednesday", "2025-10-01", "Wednesday"),
    ("doctors_rota_keydates", "Thursday", "2025-10-02", "Thursday"),
    ("chickenpox_nurseries", "publication day 7 February", "2025-02-07", "Friday"),
    ("chickenpox_nurseries", "Monday 6 January", "2025-01-06", "Monday"),
    ("chickenpox_nurseries", "Week of 13 January (Monday = 2025-W03)", "2025-01-13", "Monday"),
    ("chickenpox_nurseries", "On Tuesday", "2025-02-04", "Tuesday"),
    ("chickenpox_nurseries", "Yesterday", "2025-02-06", "Thursday"),
    ("clean_air_zone_longread", "Tuesday 9 September 2025", "2025-09-09", "Tuesday"),
    ("clean_air_zone_longread", "on Monday", "2025-09-08", "Monday"),
    ("clean_air_zone_longread", "On Sunday night", "2025-09-07", "Sunday"),
    ("town_year_in_review", "Saturday 28 December 2024", "2024-12-28", "Saturday"),
    ("town_year_in_review", "Tuesday 13 August", "2024-08-13", "Tuesday"),
    ("town_year_in_review", "Last Sunday", "2024-12-22", "Sunday"),
    ("town_year_in_review", "Easter Monday", "2024-04-01", "Monday"),
]
# relative weekdays must fall in the 7 days before publication
RELATIVE = {
    ("bridge_strike_live", "2025-11-11"), ("comic_artist_profile", "2025-03-04"),
    ("council_equal_pay_explainer", "2025-06-16"), ("doctors_rota_keydates", "2025-10-01"),
    ("doctors_rota_keydates", "2025-10-02"), ("chickenpox_nurseries", "2025-02-04"),
    ("clean_air_zone_longread", "2025-09-08"), ("clean_air_zone_longread", "2025-09-07"),
    ("town_year_in_review", "2024-12-22"),
}
ISO_WEEKS = [("council_equal_pay_explainer", "2025-W24", "2025-06-18", -1),  # last week
             ("chickenpox_nurseries", "2025-W03", "2025-01-13", 0)]


def easter(year):
    """Anonymous Gregorian algorithm."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(year, month, day)


class TextNodes(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript"}

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


errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def value_ok(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            dt.date(*map(int, m.groups()))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= dt.date(int(m.group(1)), 12, 28).isocalendar()[1]:
        return False
    return True


def sort_key(v):
    """Earliest day of a value as a signed ordinal-ish tuple (BC years negative)."""
    if v.startswith("BC"):
        return (-int(v[2:]), 1, 1)
    v2 = v.replace("X", "0")
    y = int(v2[:4])
    m = re.match(r"^\d{4}-(\d{2})", v2)
    mo = int(m.group(1)) if m else 1
    d = int(v2[8:10]) if re.match(r"^\d{4}-\d{2}-\d{2}$", v2) else 1
    if re.match(r"^\d{4}-W\d{2}", v2):
        return dt.date.fromisocalendar(y, int(v2[6:8]), 1).timetuple()[:3]
    seasons = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    if v2[5:] in seasons:
        return (y, seasons[v2[5:]], 1)
    return (y, mo, d)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    if len(golds) != 12:
        err("set", f"expected 12 gold files, found {len(golds)}")
    for g in golds:
        stem = os.path.basename(g)[: -len(".gold.jsonl")]
        texts = [p for p in (os.path.join(HERE, stem + e) for e in (".txt", ".md", ".html"))
                 if os.path.exists(p)]
        if len(texts) != 1:
            err(stem, f"expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        ext = os.path.splitext(tpath)[1][1:]
        raw = open(tpath, encoding="utf-8").read()
        # meta
        mpath = os.path.join(HERE, stem + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(stem, f"meta unreadable: {e}")
            continue
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(stem, f"meta key {k} missing/empty")
        try:
            pub = dt.date.fromisoformat(meta["publication_date"])
        except Exception:  # noqa: BLE001
            err(stem, "bad publication_date")
            continue
        if meta.get("format") != ext:
            err(stem, f"meta format {meta.get('format')!r} != file extension {ext!r}")
        # visible text
        if ext == "html":
            p = TextNodes()
            p.feed(raw)
            nodes = p.nodes
            visible = "\n".join(nodes)
        else:
            nodes = None
            visible = raw
        lines = open(g, encoding="utf-8").read().splitlines()
        pos = -1
        entries = []
        for n, line in enumerate(lines, 1):
            where = f"{stem} line {n}"
            if not line.strip():
                err(where, "blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"bad JSON: {e}")
                continue
            keys = set(o)
            if not (KEYS <= keys <= KEYS | {"end"}):
                err(where, f"keys {sorted(keys)}")
                continue
            entries.append(o)
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(where, "quote empty or padded")
                continue
            if re.search(r"<[^>]*>|&[#\w]+;", q):
                err(where, f"quote contains markup or an entity: {q!r}")
            nwords = len(q.split())
            if nwords > 12:
                err(where, f"quote has {nwords} words (>12)")
            cnt = visible.count(q)
            if cnt != 1:
                err(where, f"quote found {cnt} times in visible text: {q!r}")
                continue
            i = visible.find(q)
            if i <= pos:
                err(where, f"quote out of text order: {q!r}")
            pos = i
            if nodes is not None and sum(q in node for node in nodes) != 1:
                err(where, f"quote not inside a single HTML text node: {q!r}")
            if nwords < 8:
                rest = visible[i + len(q):]
                nxt = rest.lstrip(" ")
                later = [json.loads(x)["quote"] for x in lines[n:n + 1]]
                if not (rest == "" or rest[0] == "\n" or (later and nxt.startswith(later[0]))):
                    err(where, f"short quote ({nwords} words) does not run to the end of its entry")
            # value / mod / end / flags
            v = o["value"]
            if v is not None and not value_ok(v):
                err(where, f"bad value {v!r}")
            if o["mod"] not in MODS:
                err(where, f"bad mod {o['mod']!r}")
            if v is None and (o["mod"] is not None or "end" in o):
                err(where, "null value with mod/end")
            if "end" in o:
                e = o["end"]
                if e is None or not value_ok(e):
                    err(where, f"bad end {e!r}")
                elif v is not None and sort_key(e) <= sort_key(v):
                    err(where, f"end {e} not after value {v}")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    err(where, f"{k} not boolean")
            if v is not None and not v.startswith("BC") and "X" not in v:
                if sort_key(v) > (pub.year, pub.month, pub.day):
                    err(where, f"value {v} after publication date {pub}")
        total += len(entries)
        print(f"{stem}.{ext}: {len(entries)} entries")
    # weekdays
    for stem, label, iso, name in WEEKDAYS:
        d = dt.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != name:
            err(stem, f"weekday check failed: {label} -> {iso} is {calendar.day_name[d.weekday()]}")
        if (stem, iso) in RELATIVE:
            pub = dt.date.fromisoformat(json.load(open(os.path.join(HERE, stem + ".meta.json")))["publication_date"])
            if not 1 <= (pub - d).days <= 7:
                err(stem, f"relative weekday {label} -> {iso} not in the week before {pub}")
        if label == "Easter Monday" and easter(d.year) + dt.timedelta(days=1) != d:
            err(stem, f"Easter Monday {d.year} is not {iso}")
    for stem, week, monday, offset in ISO_WEEKS:
        pub = dt.date.fromisoformat(json.load(open(os.path.join(HERE, stem + ".meta.json")))["publication_date"])
        ref = pub + dt.timedelta(weeks=offset) if offset else dt.date.fromisoformat(monday)
        y, w, _ = ref.isocalendar()
        if f"{y}-W{w:02d}" != week:
            err(stem, f"ISO week check failed: expected {week}, got {y}-W{w:02d}")
        wanted = [json.loads(x)["value"] for x in open(os.path.join(HERE, stem + ".gold.jsonl"))]
        if week not in wanted:
            err(stem, f"{week} not used in gold")
    print(f"total: {total} entries in {len(golds)} files")
    if total < 160:
        err("set", f"only {total} entries (<160)")
    if errors:
        print("\nFAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
