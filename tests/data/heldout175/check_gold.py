#!/usr/bin/env python3
"""Independent format check for the heldout175 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- exactly one source file NAME.txt / NAME.md / NAME.html and a NAME.meta.json with the keys
  title, publication_date (valid YYYY-MM-DD), format (matching the extension) and style;
- every gold line is a JSON object with keys in the guide's order: quote, value, mod, [end],
  explicit, hard (end only for ranges), booleans for explicit/hard;
- value/end are TIMEX3 forms allowed by the guide, real calendar dates, end after value;
- mod is null or one of the guide's mods;
- every quote occurs exactly once in the text as read (HTML: visible text, no tags or entities;
  Markdown: no markup characters), quotes appear in text order, 8-12 words (shorter only when
  the quote is the whole sentence);
- HTML: each quote lies inside ONE text node, not in a <dt>/<th>/<time>/heading element, and
  starts where the element's text starts or right after a sentence end;
- weekday assertions below hold in Python's calendar.
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
KEYS = ["quote", "value", "mod", "explicit", "hard"]
KEYS_END = ["quote", "value", "mod", "end", "explicit", "hard"]
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
VALUE_RES = [
    ("day", re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")),
    ("month", re.compile(r"^(\d{4})-(\d{2})$")),
    ("year", re.compile(r"^(\d{4})$")),
    ("week", re.compile(r"^(\d{4})-W(\d{2})$")),
    ("weekend", re.compile(r"^(\d{4})-W(\d{2})-WE$")),
    ("season", re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")),
    ("decade", re.compile(r"^(\d{3})X$")),
    ("century", re.compile(r"^(\d{2})XX$")),
    ("bc", re.compile(r"^BC(\d{4})$")),
]

# (file, snippet that must occur in the text, ISO date, weekday named in the snippet)
WEEKDAYS = [
    ("stadium_roof_fire.html", "Sat 7 Feb 2026", "2026-02-07", "Sat"),
    ("stadium_roof_fire.html", "Saturday, 14 March 2026", "2026-03-14", "Saturday"),
    ("radio_dj_career.md", "Friday 28 March", "2025-03-28", "Friday"),
    ("pension_collapse.txt", "on Thursday", "2025-09-18", "Thursday"),
    ("hospital_cleaners_strike.txt", "Sat 7 Jun 2025", "2025-06-07", "Sat"),
    ("hospital_cleaners_strike.txt", "Monday 10 February", "2025-02-10", "Monday"),
    ("hospital_cleaners_strike.txt", "Tuesday 4 March", "2025-03-04", "Tuesday"),
    ("hospital_cleaners_strike.txt", "Thursday 10 April", "2025-04-10", "Thursday"),
    ("hospital_cleaners_strike.txt", "Wednesday 21 May", "2025-05-21", "Wednesday"),
    ("norovirus_train_live.html", "Tuesday 17 February", "2026-02-17", "Tuesday"),
    ("norovirus_train_live.html", "20:44 on Monday", "2026-02-16", "Monday"),
    ("norovirus_train_live.html", "early hours of Tuesday", "2026-02-17", "Tuesday"),
    ("insulation_grant_explainer.md", "On Monday the energy", "2025-11-10", "Monday"),
    ("town_year_in_review.txt", "last Saturday of the month", "2025-05-31", "Saturday"),
    ("town_year_in_review.txt", "Easter Monday", "2025-04-21", "Monday"),
    ("town_year_in_review.txt", "Remembrance Sunday", "2025-11-09", "Sunday"),
    ("town_year_in_review.txt", "Friday the 5th", "2025-12-05", "Friday"),
    ("womens_football_season.md", "Sat 24/8", "2024-08-24", "Sat"),
    ("womens_football_season.md", "Sun 15/9", "2024-09-15", "Sun"),
    ("womens_football_season.md", "Sat 9/11", "2024-11-09", "Sat"),
    ("womens_football_season.md", "Tue 26/11", "2024-11-26", "Tue"),
    ("womens_football_season.md", "Sun 22/12", "2024-12-22", "Sun"),
    ("womens_football_season.md", "Sat 4/1", "2025-01-04", "Sat"),
    ("womens_football_season.md", "Wed 12/2", "2025-02-12", "Wed"),
    ("womens_football_season.md", "Sun 16/3", "2025-03-16", "Sun"),
    ("womens_football_season.md", "Sat 3/5", "2025-05-03", "Sat"),
]
# extra calendar facts used by the gold: Easter Sunday 2025, last Saturday of May 2025,
# second Sunday of November 2025 (Remembrance Sunday), ISO weeks of 'this/last week'.
ISO_WEEKS = [("2026-03-14", "2026-W11"), ("2025-06-07", "2025-W23"), ("2025-11-12", "2025-W46")]

errors = []


def err(msg):
    errors.append(msg)


def check_value(v, where):
    if v is None:
        return None
    if not isinstance(v, str):
        err(f"{where}: value {v!r} is not a string or null")
        return None
    for kind, rx in VALUE_RES:
        m = rx.match(v)
        if not m:
            continue
        if kind == "day":
            try:
                d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                err(f"{where}: {v} is not a calendar date")
                return None
            return (d.toordinal(), d.toordinal())
        if kind == "month":
            y, mo = int(m[1]), int(m[2])
            if not 1 <= mo <= 12:
                err(f"{where}: bad month in {v}")
                return None
            last = calendar.monthrange(y, mo)[1]
            return (dt.date(y, mo, 1).toordinal(), dt.date(y, mo, last).toordinal())
        if kind == "year":
            y = int(m[1])
            return (dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal())
        if kind in ("week", "weekend"):
            y, w = int(m[1]), int(m[2])
            try:
                s = dt.date.fromisocalendar(y, w, 1)
            except ValueError:
                err(f"{where}: bad ISO week {v}")
                return None
            return (s.toordinal(), s.toordinal() + 6)
        if kind == "season":
            y = int(m[1])
            return (dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal())
        if kind == "decade":
            y = int(m[1]) * 10
            return (dt.date(y, 1, 1).toordinal(), dt.date(y + 9, 12, 31).toordinal())
        if kind == "century":
            y = int(m[1]) * 100
            return (dt.date(max(y, 1), 1, 1).toordinal(), dt.date(y + 99, 12, 31).toordinal())
        if kind == "bc":
            n = int(m[1])
            if n == 0:
                err(f"{where}: BC0000 does not exist")
            return (-n, -n)  # ordering only: larger BC number is earlier
    err(f"{where}: value {v!r} is not an allowed TIMEX3 form")
    return None


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript"}
    LABEL = {"dt", "th", "time", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, set of open tags)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
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


def word_count(q):
    return len(q.split())


def check_file(gold_path):
    name = gold_path.name[: -len(".gold.jsonl")]
    sources = [p for ext in FORMATS for p in [HERE / (name + ext)] if p.exists()]
    if len(sources) != 1:
        err(f"{name}: expected exactly one source file, found {[p.name for p in sources]}")
        return 0
    src = sources[0]
    raw = src.read_text(encoding="utf-8")
    meta_path = HERE / (name + ".meta.json")
    pub = None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err(f"{meta_path.name}: missing or empty {k}")
        pub = dt.date.fromisoformat(meta["publication_date"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
            err(f"{meta_path.name}: publication_date not YYYY-MM-DD")
        if meta.get("format") != FORMATS[src.suffix]:
            err(f"{meta_path.name}: format {meta.get('format')!r} does not match {src.suffix}")
    except Exception as e:  # noqa: BLE001
        err(f"{meta_path.name}: unreadable meta ({e})")

    if src.suffix == ".html":
        parser = Visible()
        parser.feed(raw)
        nodes = parser.nodes
        text = "".join(t for t, _ in nodes)
    else:
        nodes = None
        text = raw

    lines = gold_path.read_text(encoding="utf-8").splitlines()
    last_pos = -1
    n = 0
    quotes = set()
    for i, line in enumerate(lines, 1):
        where = f"{gold_path.name}:{i}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON ({e})")
            continue
        n += 1
        keys = list(obj)
        if keys not in (KEYS, KEYS_END):
            err(f"{where}: keys {keys} not in the guide's order/set")
        q = obj.get("quote")
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        if q in quotes:
            err(f"{where}: duplicate quote")
        quotes.add(q)
        if q != q.strip():
            err(f"{where}: quote has outer whitespace")
        if re.search(r"<[a-zA-Z/]|&[a-zA-Z#][a-zA-Z0-9]*;", q):
            err(f"{where}: quote contains HTML tag or entity")
        if src.suffix == ".md" and ("**" in q or "](" in q or "`" in q or re.search(r"(^|\s)\*\S", q)):
            err(f"{where}: quote contains Markdown markup")
        if q[0] in "*-•·":
            err(f"{where}: quote starts with a bullet glyph")
        wc = word_count(q)
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last_pos:
            err(f"{where}: quote out of text order")
        last_pos = pos
        after = text[pos + len(q): pos + len(q) + 1]
        if wc > 12:
            err(f"{where}: quote has {wc} words (max 12)")
        if wc < 8 and not (q.endswith((".", "!", "?")) or after in ("", "\n", "\r")):
            err(f"{where}: quote has {wc} words but is not a whole short sentence")
        if nodes is not None:
            hits = [(t, tags) for t, tags in nodes if q in t]
            if len(hits) != 1:
                err(f"{where}: HTML quote not inside exactly one text node ({len(hits)})")
            else:
                t, tags = hits[0]
                if any(tag in Visible.LABEL for tag in tags):
                    err(f"{where}: HTML quote sits in a label/heading element {tags}")
                before = t[: t.find(q)].strip()
                if before and not re.search(r"[.!?]['\"”]?$", before):
                    err(f"{where}: HTML quote does not start at the element text or a sentence: {before[-30:]!r}")
        v = obj.get("value")
        rv = check_value(v, where)
        if obj.get("mod") not in MODS:
            err(f"{where}: mod {obj.get('mod')!r} not allowed")
        if "end" in obj:
            if v is None:
                err(f"{where}: end without value")
            re_ = check_value(obj["end"], where + " end")
            if rv and re_ and re_[1] < rv[0]:
                err(f"{where}: end {obj['end']} before value {v}")
            if obj["end"] == v:
                err(f"{where}: end equals value")
        if v is None and obj.get("mod") is not None:
            err(f"{where}: mod on null value")
        for k in ("explicit", "hard"):
            if not isinstance(obj.get(k), bool):
                err(f"{where}: {k} not boolean")
        if pub and rv and isinstance(v, str) and not v.startswith("BC") and rv[0] > pub.toordinal():
            err(f"{where}: value {v} after publication date {pub}")
    return n


def check_weekdays():
    for fname, snippet, iso, wd in WEEKDAYS:
        p = HERE / fname
        raw = p.read_text(encoding="utf-8")
        if snippet not in raw:
            err(f"weekday check: {snippet!r} not in {fname}")
        d = dt.date.fromisoformat(iso)
        full = calendar.day_name[d.weekday()]
        if not full.startswith(wd):
            err(f"weekday check: {iso} is a {full}, text says {wd} ({fname})")
    # calendar facts
    easter_2025 = dt.date(2025, 4, 20)
    if dt.date(2025, 4, 21) - easter_2025 != dt.timedelta(days=1) or easter_2025.weekday() != 6:
        err("Easter Monday 2025 check failed")
    may_sats = [d for d in range(1, 32) if dt.date(2025, 5, d).weekday() == 5]
    if may_sats[-1] != 31:
        err("last Saturday of May 2025 is not the 31st")
    nov_suns = [d for d in range(1, 31) if dt.date(2025, 11, d).weekday() == 6]
    if nov_suns[1] != 9:
        err("second Sunday of November 2025 is not the 9th")
    for iso, week in ISO_WEEKS:
        y, w, _ = dt.date.fromisoformat(iso).isocalendar()
        if f"{y}-W{w:02d}" != week:
            err(f"ISO week of {iso} is {y}-W{w:02d}, not {week}")
    # 'Last week' in the strike long read is the week before the publication week
    if "2025-W22" not in (HERE / "hospital_cleaners_strike.gold.jsonl").read_text():
        err("strike 'Last week' not W22")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        c = check_file(g)
        print(f"{g.name[:-len('.gold.jsonl')]:32s} {c:3d} entries")
        total += c
    check_weekdays()
    print(f"{len(golds)} files, {total} gold entries")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
