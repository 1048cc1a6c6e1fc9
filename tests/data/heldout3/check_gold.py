"""Self-check of the heldout3 chronology gold (standard library only, independent of keydates).

Run: /work/main/.venv/bin/python tests/data/heldout3/check_gold.py
Exit status 0 when every check passes; otherwise each problem is printed and the status is 1.

Checks, per chronology NAME.(txt|md|html):
- NAME.gold.jsonl and NAME.meta.json exist (and no gold/meta without a text);
- meta: keys title, publication_date (a real YYYY-MM-DD date), format (= the file's extension), style;
- gold: one JSON object per line with exactly the keys quote, value, mod, explicit, hard (+ end only
  for ranges), in the guide's types;
- every quote occurs exactly once in the text, quotes appear in text order, no bullet glyph at the
  start, at most 12 words and at least 8 unless the entry ends sooner (quote ends a sentence); for
  HTML the quote also occurs exactly once in the tag-stripped text and contains no markup;
- value / end forms: YYYY-MM-DD (a real day), YYYY-MM, YYYY, YYYY-Www, YYYY-Www-WE, YYYY-SP|SU|FA|WI,
  decade 198X, century 19XX, millennium 1XXX, and the same with a BC prefix (BC0957, BC134X, BC06XX,
  BC4XXX); null value has null mod and no end; end is not earlier than value;
- mod is null or a TIMEX3 mod from the guide;
- no gold value lies after the publication date except the listed future ones;
- every weekday written next to a full date in the texts matches the calendar, and every gold value
  resolved from a weekday name or a holiday (WEEKDAY_CLAIMS) falls on that weekday / day.
"""
import calendar
import datetime as dt
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_EXTS = ("txt", "md", "html")
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
MIN_FILES, MIN_ENTRIES = 14, 180

VALUE_RE = re.compile(
    r"^(?P<bc>BC)?(?:"
    r"(?P<day>\d{4}-\d{2}-\d{2})|(?P<month>\d{4}-\d{2})|(?P<year>\d{4})|"
    r"(?P<week>\d{4})-W(?P<wn>\d{2})(?P<we>-WE)?|(?P<season>\d{4})-(?:SP|SU|FA|WI)|"
    r"(?P<decade>\d{3})X|(?P<century>\d{2})XX|(?P<millennium>\d)XXX)$")

# Values after the publication date that the text really puts in the future.
FUTURE_OK = {
    ("news_fares_weekdays", "The union's executive board meets on Friday to set a possible"),
}
# Live blogs: publication_date is when the page was first published; updates run past midnight.
LATE_UPDATES_OK = {"liveblog_valmora_election": 1}  # days after publication_date

# (file, quote, expected weekday name or callable check, why)
def _easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


WEEKDAY_CLAIMS = [
    # news article published Thursday 2024-03-14
    ("news_fares_weekdays", "Riverton's city council on Tuesday postponed", "Tuesday", "past, same week"),
    ("news_fares_weekdays", "Union members voted last Thursday", "Thursday", "a week before publication"),
    ("news_fares_weekdays", "On Monday, transit director", "Monday", "past, same week"),
    ("news_fares_weekdays", "Council president Rosa Lind said on Tuesday", "Tuesday", "past, same week"),
    ("news_fares_weekdays", "The union's executive board meets on Friday", "Friday", "future, next day"),
    ("season_recap_harbor", "Easter Monday: A 2-2 draw", "EASTER_MONDAY", "Easter Monday 2023"),
    ("liveblog_valmora_election", "Polls have closed across all 14 districts", "Sunday", "date header"),
]
# Relative day counts from the publication date (quote prefix, days before publication).
PUB_OFFSETS = [
    ("news_fares_weekdays", "Riverton's city council on Tuesday postponed", 2),
    ("news_fares_weekdays", "Union members voted last Thursday", 7),
    ("news_fares_weekdays", "On Monday, transit director", 3),
    ("news_fares_weekdays", "The union's executive board meets on Friday", -1),
    ("news_fares_weekdays", "As of today", 0),
    ("magazine_village_war", "Today, at 91", 0),
]

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
DAYS = [d.lower() for d in calendar.day_name]
WD_DMY = re.compile(r"\b(%s),? (\d{1,2}) (%s) (\d{4})\b" % ("|".join(calendar.day_name),
                                                           "|".join(calendar.month_name[1:])))
WD_MDY = re.compile(r"\b(%s), (%s)\.? (\d{1,2}), (\d{4})\b" % ("|".join(calendar.day_name),
                                                              "|".join(calendar.month_name[1:])))

problems = []


def bad(name, msg):
    problems.append("%s: %s" % (name, msg))


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(raw):
    p = _Text()
    p.feed(raw)
    return " ".join(p.parts)


def parse_value(v):
    """Return (earliest, latest) as comparable (signed year, month, day) tuples, or None."""
    m = VALUE_RE.match(v)
    if not m:
        return None
    sign = -1 if m.group("bc") else 1

    def yr(y):
        return sign * int(y)

    if m.group("day"):
        y, mo, d = m.group("day").split("-")
        try:
            dt.date(int(y), int(mo), int(d))
        except ValueError:
            return None
        return (yr(y), int(mo), int(d)), (yr(y), int(mo), int(d))
    if m.group("month"):
        y, mo = m.group("month").split("-")
        if not 1 <= int(mo) <= 12:
            return None
        return (yr(y), int(mo), 1), (yr(y), int(mo), 31)
    if m.group("year"):
        y = yr(m.group("year"))
        return (y, 1, 1), (y, 12, 31)
    if m.group("week"):
        y, wn = int(m.group("week")), int(m.group("wn"))
        try:
            start = dt.date.fromisocalendar(y, wn, 1)
        except ValueError:
            return None
        end = start + dt.timedelta(days=6)
        return (start.year, start.month, start.day), (end.year, end.month, end.day)
    if m.group("season"):
        y = yr(m.group("season"))
        return (y, 1, 1), (y + 1, 3, 31)
    for g, span in (("decade", 10), ("century", 100), ("millennium", 1000)):
        if m.group(g):
            base = int(m.group(g)) * span
            if sign < 0:
                return (-(base + span - 1), 1, 1), (-base, 12, 31)
            return (base, 1, 1), (base + span - 1, 12, 31)
    return None


def check_file(name, ext):
    path = os.path.join(HERE, name + "." + ext)
    raw = open(path, encoding="utf-8").read()
    stripped = html_text(raw) if ext == "html" else None

    # meta
    meta_path = os.path.join(HERE, name + ".meta.json")
    pub = None
    if not os.path.exists(meta_path):
        bad(name, "missing meta.json")
    else:
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != META_KEYS:
            bad(name, "meta keys %s" % sorted(meta))
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            bad(name, "bad publication_date %r" % meta.get("publication_date"))
        if meta.get("format") != ext:
            bad(name, "meta format %r != extension %r" % (meta.get("format"), ext))
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                bad(name, "meta %s empty" % k)

    # gold
    gold_path = os.path.join(HERE, name + ".gold.jsonl")
    if not os.path.exists(gold_path):
        bad(name, "missing gold.jsonl")
        return []
    entries = []
    for n, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            bad(name, "blank line %d" % n)
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(name, "line %d not JSON: %s" % (n, exc))
            continue
        if not isinstance(e, dict):
            bad(name, "line %d not an object" % n)
            continue
        entries.append(e)

    last = -1
    for n, e in enumerate(entries, 1):
        where = "%s #%d" % (name, n)
        keys = set(e)
        if keys - {"end"} != KEYS or not keys >= KEYS:
            bad(where, "keys %s" % sorted(keys))
            continue
        q, v, mod = e["quote"], e["value"], e["mod"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            bad(where, "quote not a trimmed string")
            continue
        words = q.split()
        if len(words) > 12:
            bad(where, "quote longer than 12 words")
        if len(words) < 8 and not re.search(r"[.!?\"”]$", q):
            bad(where, "quote shorter than 8 words and not the whole entry")
        if q[0] in "*-•–·":
            bad(where, "quote starts with a bullet glyph")
        count = raw.count(q)
        if count != 1:
            bad(where, "quote found %d times: %r" % (count, q))
        else:
            pos = raw.index(q)
            if pos <= last:
                bad(where, "quote out of text order: %r" % q)
            last = pos
        if ext == "html":
            if "<" in q or ">" in q or "&" in q:
                bad(where, "quote contains markup")
            if stripped.count(q) != 1:
                bad(where, "quote not found once in tag-stripped HTML text")
        if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
            bad(where, "explicit/hard not booleans")
        if mod not in MODS:
            bad(where, "bad mod %r" % mod)
        if v is None:
            if mod is not None or "end" in e:
                bad(where, "null value with a mod or an end")
            continue
        if not isinstance(v, str):
            bad(where, "value not a string")
            continue
        span = parse_value(v)
        if span is None:
            bad(where, "bad value form %r" % v)
            continue
        if "end" in e:
            span_end = parse_value(e["end"]) if isinstance(e["end"], str) else None
            if span_end is None:
                bad(where, "bad end form %r" % e["end"])
            elif span_end[1] < span[0]:
                bad(where, "end %s before value %s" % (e["end"], v))
            elif e["end"] == v:
                bad(where, "end equals value")
        if pub is not None and span[0] > (pub.year, pub.month, pub.day) \
                and (name, q) not in FUTURE_OK \
                and not (name in LATE_UPDATES_OK and dt.date.fromisoformat(v) <= pub + dt.timedelta(days=LATE_UPDATES_OK[name])):
            bad(where, "value %s after publication date %s" % (v, pub))

    # weekdays written next to full dates in the text
    for m in WD_DMY.finditer(raw):
        d = dt.date(int(m.group(4)), MONTHS[m.group(3).lower()], int(m.group(2)))
        if calendar.day_name[d.weekday()] != m.group(1):
            bad(name, "text says %r but that day is a %s" % (m.group(0), calendar.day_name[d.weekday()]))
    for m in WD_MDY.finditer(raw):
        d = dt.date(int(m.group(4)), MONTHS[m.group(2).lower()], int(m.group(3)))
        if calendar.day_name[d.weekday()] != m.group(1):
            bad(name, "text says %r but that day is a %s" % (m.group(0), calendar.day_name[d.weekday()]))
    return entries


def by_prefix(entries, prefix):
    hits = [e for e in entries if e["quote"].startswith(prefix)]
    return hits[0] if len(hits) == 1 else None


def main():
    names = {}
    for fn in sorted(os.listdir(HERE)):
        base, _, ext = fn.partition(".")
        if ext in TEXT_EXTS and base != "README":
            if base in names:
                bad(base, "two text files with the same name")
            names[base] = ext
    for fn in sorted(os.listdir(HERE)):
        for suffix in (".gold.jsonl", ".meta.json"):
            if fn.endswith(suffix) and fn[: -len(suffix)] not in names:
                bad(fn, "no text file for it")

    all_entries = {}
    for name, ext in sorted(names.items()):
        all_entries[name] = check_file(name, ext)

    pubs = {n: dt.date.fromisoformat(json.load(open(os.path.join(HERE, n + ".meta.json")))["publication_date"])
            for n in names if os.path.exists(os.path.join(HERE, n + ".meta.json"))}
    for name, prefix, want, why in WEEKDAY_CLAIMS:
        e = by_prefix(all_entries.get(name, []), prefix)
        if e is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["value"] or ""):
            bad(name, "weekday claim %r: no single day-valued entry" % prefix)
            continue
        d = dt.date.fromisoformat(e["value"])
        if want == "EASTER_MONDAY":
            if d != _easter(d.year) + dt.timedelta(days=1):
                bad(name, "%s is not Easter Monday (%s)" % (d, why))
        elif calendar.day_name[d.weekday()] != want:
            bad(name, "%s is a %s, not a %s (%s)" % (d, calendar.day_name[d.weekday()], want, why))
    for name, prefix, before in PUB_OFFSETS:
        e = by_prefix(all_entries.get(name, []), prefix)
        if e is None or name not in pubs:
            bad(name, "offset claim %r: no single entry" % prefix)
            continue
        want = (pubs[name] - dt.timedelta(days=before)).isoformat()
        if e["value"] != want:
            bad(name, "%r: gold %s, publication date minus %d days is %s" % (prefix, e["value"], before, want))

    total = sum(len(v) for v in all_entries.values())
    for name in sorted(all_entries):
        es = all_entries[name]
        print("%-28s %-5s %3d entries (%d hard, %d null, %d ranges)" % (
            name, names[name], len(es), sum(1 for e in es if e.get("hard")),
            sum(1 for e in es if e.get("value") is None), sum(1 for e in es if "end" in e)))
    print("%d chronologies, %d gold entries" % (len(all_entries), total))
    if len(all_entries) < MIN_FILES:
        bad("collection", "only %d chronologies (want %d)" % (len(all_entries), MIN_FILES))
    if total < MIN_ENTRIES:
        bad("collection", "only %d entries (want %d)" % (total, MIN_ENTRIES))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
