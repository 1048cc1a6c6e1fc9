#!/usr/bin/env python3
"""Independent checker for the heldout161 chronology gold set (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * a source NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
  * meta keys (title, publication_date YYYY-MM-DD, format matching the extension, style);
  * each gold line is a JSON object with exactly the guide's keys and types;
  * value / end are valid TIMEX3 forms (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Www-WE,
    YYYY-SP|SU|FA|WI, 198X, 19XX, BCyyyy) naming real calendar dates, end not before value;
  * mod is null or a TIMEX3 mod from the guide;
  * no event starts after the publication date;
  * every quote occurs exactly once in the visible text, quotes are in text order, 1-12 words;
  * quotes are visible text only: for HTML, no tags/entities and wholly inside one text node
    (so a quote never starts in a date cell, <dt> or label element); for Markdown, no markup;
  * every weekday written in the texts (listed in WEEKDAYS) matches Python's calendar.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}

# (file stem, ISO date, weekday written in the text) -- every weekday claim in the set.
WEEKDAYS = [
    ("lorry_crash_council", "2025-06-20", None),          # 'This week' -> ISO week of pub date
    ("folk_singer_profile", "2024-11-12", "Tuesday"),     # publication day (for 'on Monday'/'on Sunday')
    ("folk_singer_profile", "2024-11-11", "Monday"),      # death announced on Monday
    ("folk_singer_profile", "2024-11-10", "Sunday"),      # dies on Sunday
    ("housebuilder_factbox", "2024-03-08", "Friday"),     # 'Friday' = publication day
    ("prison_dispute_longread", "2025-10-05", "Sunday"),  # byline 'Sunday 5 October 2025'
    ("prison_dispute_longread", "2025-03-04", "Tuesday"), # heading 'Tuesday 4 March'
    ("prison_dispute_longread", "2025-05-16", "Friday"),  # 16 May, so 'the following Monday' = 19 May
    ("prison_dispute_longread", "2025-05-19", "Monday"),
    ("prison_dispute_longread", "2025-09-26", "Friday"),  # 'Friday 26 September'
    ("prison_dispute_longread", "2025-10-02", "Thursday"),# 'On Thursday' before a Sunday pub date
    ("rugby_tours_blog", "2025-04-14", "Monday"),         # publication day
    ("rugby_tours_blog", "2025-04-08", "Tuesday"),        # 'on Tuesday' = previous Tuesday
    ("wold_year_review", "2024-12-27", "Friday"),         # 'Friday 27 December 2024'
    ("wold_year_review", "2024-04-12", "Friday"),         # 'Friday 12 April'
    ("wold_year_review", "2024-05-18", "Saturday"),       # 'Saturday 18 May'
    ("wold_year_review", "2024-11-10", "Sunday"),         # 'Sunday 10 November'
    ("cup_levy_explainer", "2025-01-21", "Tuesday"),      # publication day
    ("cup_levy_explainer", "2025-01-16", "Thursday"),     # 'Last Thursday'
    ("lens_discovery", "2023-09-14", "Thursday"),         # publication day
    ("lens_discovery", "2023-09-13", "Wednesday"),        # 'On Wednesday'
    ("storm_live_page", "2025-11-18", "Tuesday"),         # 'Updated Tuesday 18 November 2025'
    ("storm_live_page", "2025-11-17", "Monday"),          # divider 'Monday 17 November'
    ("racecourse_history", "2024-05-11", "Saturday"),     # sidebar furniture 'Sat 11 May'
    ("racecourse_history", "2024-05-24", "Friday"),       # sidebar furniture 'Fri 24 May'
    ("racecourse_history", "2024-06-08", "Saturday"),     # sidebar furniture 'Sat 8 June'
]

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- values
RX = {
    "day": re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    "month": re.compile(r"^(\d{4})-(\d{2})$"),
    "year": re.compile(r"^(\d{4})$"),
    "week": re.compile(r"^(\d{4})-W(\d{2})(-WE)?$"),
    "season": re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"),
    "decade": re.compile(r"^(\d{3})X$"),
    "century": re.compile(r"^(\d{2})XX$"),
    "bc": re.compile(r"^BC(\d{4})$"),
}


def interval(v):
    """(first day, last day) as proleptic ordinal-ish sort keys; BC years negative."""
    m = RX["day"].match(v)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return (d.year, d.month, d.day), (d.year, d.month, d.day)
    m = RX["month"].match(v)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            raise ValueError("month")
        return (y, mo, 1), (y, mo, calendar.monthrange(y, mo)[1])
    m = RX["year"].match(v)
    if m:
        y = int(m[1])
        return (y, 1, 1), (y, 12, 31)
    m = RX["week"].match(v)
    if m:
        y, w = int(m[1]), int(m[2])
        first = dt.date.fromisocalendar(y, w, 6 if m[3] else 1)
        last = dt.date.fromisocalendar(y, w, 7)
        return first.timetuple()[:3], last.timetuple()[:3]
    m = RX["season"].match(v)
    if m:
        y = int(m[1])
        span = {"SP": ((3, 1), (5, 31)), "SU": ((6, 1), (8, 31)), "FA": ((9, 1), (11, 30)),
                "WI": ((12, 1), (12, 31))}[m[2]]
        return (y,) + span[0], (y,) + span[1]
    m = RX["decade"].match(v)
    if m:
        y = int(m[1]) * 10
        return (y, 1, 1), (y + 9, 12, 31)
    m = RX["century"].match(v)
    if m:
        y = int(m[1]) * 100
        return (y, 1, 1), (y + 99, 12, 31)
    m = RX["bc"].match(v)
    if m:
        y = -int(m[1]) + 1  # astronomical numbering
        if int(m[1]) == 0:
            raise ValueError("BC0000")
        return (y, 1, 1), (y, 12, 31)
    raise ValueError("not a TIMEX3 value form: %r" % v)


# ---------------------------------------------------------------- visible text
class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

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


def visible_html(raw):
    p = Visible()
    p.feed(raw)
    p.close()
    nodes = [re.sub(r"\s+", " ", n) for n in p.nodes]
    return "\n".join(n.strip() for n in nodes if n.strip()), [n.strip() for n in nodes if n.strip()]


# ---------------------------------------------------------------- per file
def check_file(stem):
    src = None
    for ext in ("txt", "md", "html"):
        if os.path.exists(os.path.join(HERE, stem + "." + ext)):
            if src:
                err("%s: more than one source file" % stem)
            src = ext
    if not src:
        err("%s: no source .txt/.md/.html" % stem)
        return 0
    raw = open(os.path.join(HERE, stem + "." + src), encoding="utf-8").read()

    meta_path = os.path.join(HERE, stem + ".meta.json")
    pub = None
    if not os.path.exists(meta_path):
        err("%s: missing meta.json" % stem)
    else:
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != META_KEYS:
            err("%s.meta.json: keys %s != %s" % (stem, sorted(meta), sorted(META_KEYS)))
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            err("%s.meta.json: bad publication_date" % stem)
        if meta.get("format") != src:
            err("%s.meta.json: format %r != %r" % (stem, meta.get("format"), src))
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err("%s.meta.json: empty %s" % (stem, k))

    if src == "html":
        text, nodes = visible_html(raw)
    else:
        text, nodes = raw, None

    pos = -1
    n = 0
    for i, line in enumerate(open(os.path.join(HERE, stem + ".gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            err("%s:%d: blank line" % (stem, i))
            continue
        where = "%s.gold.jsonl:%d" % (stem, i)
        try:
            o = json.loads(line)
        except ValueError as e:
            err("%s: bad JSON (%s)" % (where, e))
            continue
        n += 1
        if not isinstance(o, dict):
            err("%s: not an object" % where)
            continue
        keys = set(o)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            err("%s: keys %s" % (where, sorted(keys)))
            continue
        q, v, mod = o["quote"], o["value"], o["mod"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err("%s: bad quote" % where)
            continue
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
            err("%s: explicit/hard must be booleans" % where)
        if mod not in MODS:
            err("%s: bad mod %r" % (where, mod))
        words = len(q.split())
        if words > 12:
            err("%s: quote has %d words (max 12)" % (where, words))
        # value / end
        if v is None:
            if mod is not None or "end" in o:
                err("%s: null value with mod/end" % where)
            if o["explicit"]:
                err("%s: null value marked explicit" % where)
        else:
            try:
                first, _ = interval(v)
                if pub and first > (pub.year, pub.month, pub.day):
                    err("%s: value %s after publication date %s" % (where, v, pub))
            except ValueError as e:
                err("%s: value %r: %s" % (where, v, e))
                first = None
            if "end" in o:
                try:
                    _, last = interval(o["end"])
                    if first and last < first:
                        err("%s: end %s before value %s" % (where, o["end"], v))
                    if o["end"] == v:
                        err("%s: end equals value" % where)
                except (ValueError, TypeError) as e:
                    err("%s: end %r: %s" % (where, o["end"], e))
        # visible text only
        if re.search(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;", q):
            err("%s: quote contains a tag or entity" % where)
        if src == "md" and re.search(r"\*\*|[*_`\[\]]|^#|^[-+] |^\d+\. ", q):
            err("%s: quote contains Markdown markup" % where)
        if q[:1] in "•·*-" and q[:2] != "-(":
            err("%s: quote starts with a bullet glyph" % where)
        # found once, in order
        c = text.count(q)
        if c != 1:
            err("%s: quote found %d times: %r" % (where, c, q))
            continue
        p = text.find(q)
        if p <= pos:
            err("%s: quote out of text order" % where)
        pos = p
        if nodes is not None and sum(node.count(q) for node in nodes) != 1:
            err("%s: quote not inside a single HTML text node: %r" % (where, q))
    if n == 0:
        err("%s: empty gold" % stem)
    return n


def main():
    stems = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    for stem in stems:
        k = check_file(stem)
        print("%-28s %3d entries" % (stem, k))
        total += k
    for stem, day, name in WEEKDAYS:
        d = dt.date.fromisoformat(day)
        if name and calendar.day_name[d.weekday()] != name:
            err("weekday: %s %s is a %s, not %s" % (stem, day, calendar.day_name[d.weekday()], name))
        if stem not in stems:
            err("weekday table names unknown file %s" % stem)
    print("%-28s %3d entries in %d files" % ("TOTAL", total, len(stems)))
    if len(stems) != 12:
        err("expected 12 chronologies, found %d" % len(stems))
    if total < 160:
        err("expected at least 160 gold entries, found %d" % total)
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
