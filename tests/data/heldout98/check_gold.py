"""Independent checker for the heldout98 chronology gold (standard library only).

Checks, for every NAME.{txt,md,html} in this folder:
  * NAME.gold.jsonl and NAME.meta.json exist;
  * gold objects have exactly the keys quote/value/mod/explicit/hard (+ optional end), right types;
  * every quote occurs exactly once in the visible text and quotes are in text order;
  * for HTML: visible text only (no tags, no entities), and each quote lies inside ONE text node
    (one element: a date in its own <td>/<dt>/<time>/<b> cell is never part of a quote);
  * value / end are TIMEX3 forms from the guide, end sorts after value, mod is a TIMEX3 mod;
  * quotes are 3-14 words (8-12 normally; shorter only for short split sentences);
  * meta has title, publication_date (YYYY-MM-DD), format (= file extension), style;
  * every "Weekday D Month [YYYY]" / "Weekday, Month D, YYYY" in the text names the right weekday
    (the year defaults to the publication year);
  * the whole set has at least 12 chronologies and 160 gold entries.
Exit status 0 when everything passes.
"""
import calendar
import datetime
import glob
import html
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(BC\d{4}|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?|-(SP|SU|FA|WI))?|\d{3}X|\d{2}XX)$")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
DAYS = [d.lower() for d in calendar.day_name]

errors = []

# Gold values resolved from a bare weekday or a week expression, re-derived with the calendar:
# (file, quote start, expected weekday of the gold day value) ...
WEEKDAY_GOLD = [
    ("heatwave_aldermoor.txt", "Officials revise the toll", "Tuesday"),
    ("westmoor_water_bills_explainer.txt", "On Monday, the regulator", "Monday"),
    ("westmoor_water_bills_explainer.txt", "Westmoor Water said on Tuesday", "Tuesday"),
    ("hostage_release_deal.txt", "The four are handed over", "Sunday"),   # lead: "released on Sunday"
]
# ... and (file, quote start, anchor date whose ISO week the gold week value must be, weeks back)
WEEK_GOLD = [
    ("doping_ban_adeyori.txt", "Last week, Adeyori", "pub", 1),
    ("westmoor_water_bills_explainer.txt", "Earlier this week", "pub", 0),
    ("lantern_coast_production.md", "A fan campaign", "2022-02-09", 0),
]
# Bare weekdays must fall within the 6 days before (or on) the publication date.


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(html.parser.HTMLParser):
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


def sort_key(v):
    """Comparable (year, rest) key for a TIMEX3 value (BC years negative)."""
    if v.startswith("BC"):
        return (-int(v[2:]), "")
    y = v[:4].replace("X", "0")
    return (int(y), v[4:])


def check_weekdays(name, text, pub_year):
    mon = "|".join(MONTHS)
    day = "|".join(DAYS)
    pats = [
        re.compile(rf"\b({day}),?\s+(\d{{1,2}})\s+({mon})(?:,?\s+(\d{{4}}))?", re.I),
        re.compile(rf"\b({day}),?\s+({mon})\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?", re.I),
    ]
    n = 0
    for k, pat in enumerate(pats):
        for m in pat.finditer(text):
            wd = m.group(1).lower()
            if k == 0:
                d, mo = int(m.group(2)), MONTHS[m.group(3).lower()]
            else:
                mo, d = MONTHS[m.group(2).lower()], int(m.group(3))
            y = int(m.group(4)) if m.group(4) else pub_year
            real = calendar.day_name[datetime.date(y, mo, d).weekday()].lower()
            n += 1
            if real != wd:
                err(name, f"weekday mismatch: {m.group(0)!r} is a {real}")
    return n


def main():
    total = 0
    files = sorted(p for p in glob.glob(os.path.join(HERE, "*"))
                   if p.endswith((".txt", ".md", ".html")) and not p.endswith("README.md"))
    for path in files:
        base, ext = os.path.splitext(os.path.basename(path))
        name = base + ext
        raw = open(path, encoding="utf-8").read()
        gold_p = os.path.join(HERE, base + ".gold.jsonl")
        meta_p = os.path.join(HERE, base + ".meta.json")
        if not os.path.exists(gold_p) or not os.path.exists(meta_p):
            err(name, "missing gold or meta")
            continue
        meta = json.load(open(meta_p, encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(name, f"meta key {k} missing or empty")
        try:
            pub = datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(name, "bad publication_date")
            pub = datetime.date(2000, 1, 1)
        if meta.get("format") != ext[1:]:
            err(name, f"meta format {meta.get('format')!r} != {ext[1:]!r}")

        if ext == ".html":
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw

        rows = [json.loads(l) for l in open(gold_p, encoding="utf-8") if l.strip()]
        total += len(rows)
        last = -1
        for i, r in enumerate(rows, 1):
            tag = f"entry {i}"
            keys = set(r)
            if not (KEYS <= keys <= KEYS | {"end"}):
                err(name, f"{tag}: keys {sorted(keys)}")
                continue
            q, v, mod = r["quote"], r["value"], r["mod"]
            if not isinstance(q, str) or not q.strip():
                err(name, f"{tag}: empty quote")
                continue
            nw = len(q.split())
            if not 3 <= nw <= 14:
                err(name, f"{tag}: quote has {nw} words")
            if q != q.strip() or q.lstrip()[:1] in "-•*":
                err(name, f"{tag}: quote starts/ends with space or a bullet glyph")
            if ext == ".html":
                if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                    err(name, f"{tag}: quote contains markup or an entity")
                inside = [n for n in nodes if q in n]
                if len(inside) != 1:
                    err(name, f"{tag}: quote not inside exactly one text node ({len(inside)})")
            c = text.count(q)
            if c != 1:
                err(name, f"{tag}: quote found {c} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    err(name, f"{tag}: quote out of text order")
                last = pos
            if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
                err(name, f"{tag}: bad value {v!r}")
            if mod not in MODS:
                err(name, f"{tag}: bad mod {mod!r}")
            if v is None and (mod is not None or "end" in r):
                err(name, f"{tag}: null value with mod/end")
            if "end" in r:
                e = r["end"]
                if not isinstance(e, str) or not VALUE_RE.match(e):
                    err(name, f"{tag}: bad end {e!r}")
                elif v is not None and sort_key(e) <= sort_key(v):
                    err(name, f"{tag}: end {e} not after value {v}")
            for b in ("explicit", "hard"):
                if not isinstance(r[b], bool):
                    err(name, f"{tag}: {b} not boolean")
            if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                try:
                    datetime.date.fromisoformat(v)
                except ValueError:
                    err(name, f"{tag}: impossible date {v}")
        nwd = check_weekdays(name, text, pub.year)
        print(f"{name}: {len(rows)} entries, {nwd} weekday claims checked")
    for fname, qs, wd in WEEKDAY_GOLD:
        rows = [json.loads(l) for l in open(os.path.join(HERE, os.path.splitext(fname)[0] + ".gold.jsonl"), encoding="utf-8")]
        meta = json.load(open(os.path.join(HERE, os.path.splitext(fname)[0] + ".meta.json"), encoding="utf-8"))
        pub = datetime.date.fromisoformat(meta["publication_date"])
        hit = [r for r in rows if r["quote"].startswith(qs)]
        if len(hit) != 1:
            err(fname, f"weekday table: quote {qs!r} not found once")
            continue
        d = datetime.date.fromisoformat(hit[0]["value"])
        if calendar.day_name[d.weekday()] != wd or not 0 <= (pub - d).days <= 6:
            err(fname, f"weekday table: {d} is not the {wd} of the week up to {pub}")
    for fname, qs, anchor, back in WEEK_GOLD:
        rows = [json.loads(l) for l in open(os.path.join(HERE, os.path.splitext(fname)[0] + ".gold.jsonl"), encoding="utf-8")]
        meta = json.load(open(os.path.join(HERE, os.path.splitext(fname)[0] + ".meta.json"), encoding="utf-8"))
        a = datetime.date.fromisoformat(meta["publication_date"] if anchor == "pub" else anchor)
        a -= datetime.timedelta(weeks=back)
        y, w, _ = a.isocalendar()
        hit = [r for r in rows if r["quote"].startswith(qs)]
        if len(hit) != 1 or hit[0]["value"] != f"{y}-W{w:02d}":
            err(fname, f"week table: {qs!r} should be {y}-W{w:02d}")
    if len(files) < 12:
        errors.append(f"only {len(files)} chronologies (need 12)")
    if total < 160:
        errors.append(f"only {total} gold entries (need 160)")
    print(f"{len(files)} chronologies, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
