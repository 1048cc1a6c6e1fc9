"""Sanity checks for the heldout151 chronology gold set.

Standard library only, independent of the keydates code.  Run:
    /work/main/.venv/bin/python tests/data/heldout151/check_gold.py
Checks: file triplets, JSON keys and types, TIMEX3 value forms (real dates),
mods, ranges, quotes (visible text only, found exactly once, in text order,
8-12 words unless the quote is the whole entry or clause), HTML quotes inside
one text node and not inside a label/date element or page furniture,
meta keys, and every weekday / holiday / ISO-week claim used by the gold.
"""
import calendar
import datetime as dt
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
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
EXPECTED_FILES = 12
MIN_ENTRIES = 160

# Weekday claims in the texts: (file, phrase that must occur, weekday, date).
WEEKDAYS = [
    ("bus_crash_live.html", "Friday 14 March 2025", "Friday", "2025-03-14"),
    ("bus_crash_live.html", "On Tuesday, Ridgeway", "Tuesday", "2025-03-11"),
    ("novelist_prizes.md", "on Tuesday", "Tuesday", "2024-10-08"),
    ("novelist_prizes.md", "10 October 2024", "Thursday", "2024-10-10"),
    ("airline_it_meltdown.txt", "resigned on Wednesday", "Wednesday", "2025-01-15"),
    ("airline_it_meltdown.txt", "Jan 16", "Thursday", "2025-01-16"),
    ("lecturers_strike.md", "## Monday 18 November", "Monday", "2024-11-18"),
    ("lecturers_strike.md", "## Wednesday 20 November", "Wednesday", "2024-11-20"),
    ("lecturers_strike.md", "## Thursday 28 November", "Thursday", "2024-11-28"),
    ("lecturers_strike.md", "## Monday 2 December", "Monday", "2024-12-02"),
    ("lecturers_strike.md", "## Thursday 5 December", "Thursday", "2024-12-05"),
    ("lecturers_strike.md", "On Friday morning", "Friday", "2024-12-06"),
    ("rent_freeze_explainer.txt", "Published 13 June 2025", "Friday", "2025-06-13"),
    ("rent_freeze_explainer.txt", "voted on Tuesday", "Tuesday", "2025-06-10"),
    ("rent_freeze_explainer.txt", "On Monday", "Monday", "2025-06-09"),
    ("year_in_review.md", "on 18-19 February", "Saturday", "2023-02-18"),
    ("year_in_review.md", "on 18-19 February", "Sunday", "2023-02-19"),
]


def easter(year):
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def iso_week(s):
    y, w, _ = dt.date.fromisoformat(s).isocalendar()
    return "%04d-W%02d" % (y, w)


# Other calendar claims behind gold values: (description, computed, gold).
CALENDAR = [
    ("Easter Monday 2023", (easter(2023) + dt.timedelta(days=1)).isoformat(), "2023-04-10"),
    ("week after April 9, 2024", iso_week("2024-04-16"), "2024-W16"),
    ("week of April 9, 2024", iso_week("2024-04-09"), "2024-W15"),
    ("last week before 2025-06-13", iso_week("2025-06-06"), "2025-W23"),
    ("Week 11 of 2024 contains 2024-03-11", iso_week("2024-03-11"), "2024-W11"),
    ("yesterday of 2025-03-14", (dt.date(2025, 3, 14) - dt.timedelta(days=1)).isoformat(), "2025-03-13"),
    ("three days after 2014-11-12", (dt.date(2014, 11, 12) + dt.timedelta(days=3)).isoformat(), "2014-11-15"),
]

VALUE_RE = re.compile(
    r"^(?:(?P<bc>BC\d{4})"
    r"|(?P<ymd>\d{4}-\d{2}-\d{2})"
    r"|(?P<ym>\d{4}-\d{2})"
    r"|(?P<wk>\d{4}-W\d{2}(?:-WE)?)"
    r"|(?P<season>\d{4}-(?:SP|SU|FA|WI))"
    r"|(?P<y>\d{4})"
    r"|(?P<dec>\d{3}X)"
    r"|(?P<cent>\d{2}XX))$")


def check_value(v, where, errors):
    if v is None:
        return
    if not isinstance(v, str):
        errors.append("%s: value not a string: %r" % (where, v))
        return
    m = VALUE_RE.match(v)
    if not m:
        errors.append("%s: bad TIMEX3 value %r" % (where, v))
        return
    try:
        if m.group("ymd"):
            dt.date.fromisoformat(v)
        elif m.group("ym"):
            if not 1 <= int(v[5:7]) <= 12:
                raise ValueError
        elif m.group("wk"):
            wk = int(v[6:8])
            if not 1 <= wk <= dt.date(int(v[:4]), 12, 28).isocalendar()[1]:
                raise ValueError
        elif m.group("bc"):
            if int(v[2:]) == 0:
                raise ValueError
    except ValueError:
        errors.append("%s: impossible date %r" % (where, v))


def sort_key(v):
    """Rough start point for comparing value and end."""
    if v.startswith("BC"):
        return -int(v[2:]) + 1, 0, 0
    y = int(v[:4].replace("X", "0"))
    rest = v[5:]
    if re.match(r"^\d{2}", rest):
        return y, int(rest[:2]), int(rest[3:5]) if len(rest) >= 5 else 0
    return y, 0, 0


class Html(HTMLParser):
    SKIP = {"head", "script", "style", "title"}
    VOID = {"meta", "link", "input", "br", "img", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, ancestors tuple, cell index in row or None)
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        if tag == "tr":
            self.cell = -1
        if tag in ("td", "th") and self.cell is not None:
            self.cell += 1
        self.stack.append((tag, self.cell if tag in ("td", "th") else None))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        tags = tuple(t for t, _ in self.stack)
        if any(t in self.SKIP for t in tags) or not data.strip():
            return
        cell = next((c for t, c in reversed(self.stack) if t in ("td", "th")), None)
        self.nodes.append((data, tags, cell))


LABEL_TAGS = {"dt", "time", "th", "b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"}
FURNITURE_TAGS = {"nav", "footer", "aside", "header", "form"}


def words(s):
    return len(s.split())


def check_file(name, errors):
    base = os.path.join(HERE, name)
    texts = [base + e for e in FORMATS if os.path.exists(base + e)]
    if len(texts) != 1:
        errors.append("%s: expected exactly one text file, found %r" % (name, texts))
        return 0
    path = texts[0]
    ext = os.path.splitext(path)[1]
    raw = open(path, encoding="utf-8").read()
    meta_path = base + ".meta.json"
    if not os.path.exists(meta_path):
        errors.append("%s: missing meta" % name)
        return 0
    meta = json.load(open(meta_path, encoding="utf-8"))
    if set(meta) != META_KEYS:
        errors.append("%s: meta keys %r" % (name, sorted(meta)))
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        errors.append("%s: bad publication_date" % name)
        pub = None
    if meta.get("format") != FORMATS[ext]:
        errors.append("%s: meta format %r for %s" % (name, meta.get("format"), ext))
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            errors.append("%s: meta %s empty" % (name, k))

    nodes = None
    if ext == ".html":
        p = Html()
        p.feed(raw)
        nodes = p.nodes
        visible = "\n".join(n[0] for n in nodes)
    else:
        visible = raw

    gold = []
    for i, line in enumerate(open(base + ".gold.jsonl", encoding="utf-8"), 1):
        if not line.strip():
            errors.append("%s:%d: blank line" % (name, i))
            continue
        try:
            gold.append((i, json.loads(line)))
        except json.JSONDecodeError as e:
            errors.append("%s:%d: bad JSON %s" % (name, i, e))
    last = -1
    for i, g in gold:
        where = "%s:%d" % (name, i)
        keys = set(g)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            errors.append("%s: keys %r" % (where, sorted(keys)))
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            errors.append("%s: bad quote %r" % (where, q))
            continue
        if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
            errors.append("%s: explicit/hard must be booleans" % where)
        if g["mod"] not in MODS:
            errors.append("%s: bad mod %r" % (where, g["mod"]))
        check_value(g["value"], where, errors)
        if "end" in g:
            check_value(g["end"], where + " end", errors)
            if g["value"] is None or g["end"] is None:
                errors.append("%s: end needs a value" % where)
            elif sort_key(g["end"]) <= sort_key(g["value"]):
                errors.append("%s: end %s not after value %s" % (where, g["end"], g["value"]))
        if g["value"] is None and (g["mod"] is not None or g["explicit"]):
            errors.append("%s: null value with mod/explicit" % where)
        if g["value"] and g["value"].startswith("BC") and g["mod"] not in (None, "APPROX"):
            pass
        # quote form
        if re.search(r"<[^>]*>|&[#a-zA-Z0-9]+;", q):
            errors.append("%s: quote holds markup or an entity: %r" % (where, q))
        if q[0] in "-*•·:#>" or "**" in q or "](" in q or "`" in q:
            errors.append("%s: quote holds a glyph or Markdown markup: %r" % (where, q))
        n = visible.count(q)
        if n != 1:
            errors.append("%s: quote found %d times: %r" % (where, n, q))
            continue
        pos = visible.index(q)
        if pos <= last:
            errors.append("%s: quote out of text order: %r" % (where, q))
        last = pos
        after = visible[pos + len(q):pos + len(q) + 1]
        nw = words(q)
        if nw > 12:
            errors.append("%s: quote longer than 12 words" % where)
        if nw < 8 and not (q[-1] in ".;:!?" or after in ("", "\n")):
            errors.append("%s: short quote (%d words) that does not end its clause: %r"
                          % (where, nw, q))
        if nodes is not None:
            hits = [nd for nd in nodes if q in nd[0]]
            if len(hits) != 1:
                errors.append("%s: quote not inside exactly one HTML text node (%d): %r"
                              % (where, len(hits), q))
                continue
            text, tags, cell = hits[0]
            bad = set(tags) & (LABEL_TAGS | FURNITURE_TAGS)
            if bad:
                errors.append("%s: quote inside label/furniture element %r" % (where, sorted(bad)))
            if cell == 0:
                errors.append("%s: quote in the first (date) cell of a table row" % where)
    # weekday and publication-date consistency
    return len(gold)


def main():
    errors = []
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    if len(names) != EXPECTED_FILES:
        errors.append("expected %d chronologies, found %d" % (EXPECTED_FILES, len(names)))
    allowed = {"check_gold.py", "README.md"}
    for n in names:
        allowed |= {n + ".gold.jsonl", n + ".meta.json"} | {n + e for e in FORMATS}
    for f in os.listdir(HERE):
        if f not in allowed and f != "__pycache__":
            errors.append("unexpected file %s" % f)
    total = 0
    for n in names:
        c = check_file(n, errors)
        print("%-28s %3d entries" % (n, c))
        total += c
    print("%-28s %3d entries" % ("TOTAL", total))
    if total < MIN_ENTRIES:
        errors.append("only %d entries (< %d)" % (total, MIN_ENTRIES))
    for fname, phrase, wd, day in WEEKDAYS:
        text = open(os.path.join(HERE, fname), encoding="utf-8").read()
        if phrase not in text:
            errors.append("%s: weekday phrase %r not in text" % (fname, phrase))
        d = dt.date.fromisoformat(day)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != wd:
            errors.append("%s: %s is not a %s" % (fname, day, wd))
    for desc, got, want in CALENDAR:
        if got != want:
            errors.append("calendar claim %s: computed %s, gold uses %s" % (desc, got, want))
    if not os.path.exists(os.path.join(HERE, "README.md")):
        errors.append("README.md missing")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
