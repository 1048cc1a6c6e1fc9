"""Independent checker for the heldout99 chronology gold (standard library only)."""
import html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
META = {"title", "publication_date", "format", "style"}
errors = []


class Text(HTMLParser):
    """Collects visible text per element (data runs between tags)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.runs, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self.skip:
            self.skip -= 1
    def handle_data(self, data):
        if not self.skip:
            self.runs.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return True


def err(name, msg):
    errors.append(f"{name}: {msg}")


docs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html") and not p.name.startswith("README"))
total = 0
for doc in docs:
    name = doc.stem
    gold_p, meta_p = HERE / f"{name}.gold.jsonl", HERE / f"{name}.meta.json"
    if not gold_p.exists() or not meta_p.exists():
        err(name, "missing gold or meta"); continue
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != META:
        err(name, f"meta keys {sorted(meta)}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
        err(name, "bad publication_date")
    if meta.get("format") != doc.suffix[1:]:
        err(name, f"format {meta.get('format')} != {doc.suffix[1:]}")
    raw = doc.read_text(encoding="utf-8")
    if doc.suffix == ".html":
        parser = Text(); parser.feed(raw)
        runs = parser.runs
        visible = "\n".join(runs)
    else:
        runs, visible = None, raw
    pos = -1
    lines = gold_p.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        total += 1
        try:
            e = json.loads(line)
        except ValueError as x:
            err(name, f"line {i} not JSON: {x}"); continue
        keys = set(e)
        if not REQ <= keys or keys - REQ - {"end"}:
            err(name, f"line {i} keys {sorted(keys)}")
        q = e.get("quote", "")
        nw = len(q.split())
        if nw > 12:
            err(name, f"line {i} quote has {nw} words (>12)")
        if not q or q != q.strip():
            err(name, f"line {i} quote empty or padded")
        if any(c in q for c in "<>&*#[]") or q.startswith(("•", "-", "–")):
            err(name, f"line {i} quote contains markup, entity or bullet glyph: {q!r}")
        if visible.count(q) != 1:
            err(name, f"line {i} quote found {visible.count(q)} times in visible text: {q!r}")
        else:
            p = visible.find(q)
            if p <= pos:
                err(name, f"line {i} quote out of order: {q!r}")
            pos = p
        if runs is not None and sum(r.count(q) for r in runs) != 1:
            err(name, f"line {i} quote not inside exactly one HTML text element: {q!r}")
        if runs is not None and raw.count(q) != 1:
            err(name, f"line {i} quote not literally in HTML source once: {q!r}")
        v = e.get("value")
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(name, f"line {i} bad value {v!r}")
        if e.get("mod") not in MODS:
            err(name, f"line {i} bad mod {e.get('mod')!r}")
        if "end" in e:
            if not isinstance(e["end"], str) or not valid_value(e["end"]):
                err(name, f"line {i} bad end {e['end']!r}")
            elif v is None:
                err(name, f"line {i} end without value")
        for k in ("explicit", "hard"):
            if not isinstance(e.get(k), bool):
                err(name, f"line {i} {k} not bool")
        if v is None and (e.get("mod") or e.get("explicit")):
            err(name, f"line {i} null value with mod or explicit")
    print(f"{name}: {len(lines)} entries")

for stem in {p.name.split(".")[0] for p in HERE.glob("*.gold.jsonl")} - {d.stem for d in docs}:
    err(stem, "gold without document")
# Every weekday named in the texts, checked against the calendar (file, date, weekday as written).
import calendar, datetime
WEEKDAYS = [
    ("council_budget", "2023-07-04", "Tuesday"), ("council_budget", "2024-03-15", "Friday"),
    ("jewel_heist", "2019-11-25", "Monday"),
    ("ferry_last_season", "2025-04-18", "Friday"), ("ferry_last_season", "2025-07-19", "Saturday"),
    ("ferry_last_season", "2025-09-30", "Tuesday"),
    ("festival_mud_live", "2024-06-29", "Saturday"), ("festival_mud_live", "2024-06-28", "Friday"),
    ("festival_mud_live", "2024-06-27", "Thursday"),
    ("pandemic_hospital", "2020-03-20", "Friday"), ("pandemic_hospital", "2020-04-03", "Friday"),
    ("pandemic_hospital", "2021-03-01", "Monday"),
    ("mountain_hut", "2016-07-02", "Saturday"),
    ("union_leader", "2022-09-10", "Saturday"), ("union_leader", "2022-09-12", "Monday"),
    ("factory_fire_trial", "2019-04-11", "Thursday"),
    ("census", "2021-03-21", "Sunday"),
    ("stadium_naming", "2025-02-03", "Monday"), ("stadium_naming", "2025-02-04", "Tuesday"),
    ("stadium_naming", "2025-02-06", "Thursday"), ("stadium_naming", "2025-02-08", "Saturday"),
    ("festival_wiki_timeline", "1997-06-27", "Friday"), ("festival_wiki_timeline", "1997-06-28", "Saturday"),
    ("town_year_review", "2023-12-29", "Friday"), ("town_year_review", "2023-01-03", "Tuesday"),
    ("town_year_review", "2023-07-14", "Friday"), ("town_year_review", "2023-09-16", "Saturday"),
]
for stem, day, wd in WEEKDAYS:
    y, m, d = map(int, day.split("-"))
    if calendar.day_name[calendar.weekday(y, m, d)] != wd:
        err(stem, f"{day} is not a {wd}")
# Easter 2023 weekend (town_year_review): Easter Sunday 9 April 2023 lies in ISO week 14.
if datetime.date(2023, 4, 9).isocalendar()[1] != 14:
    err("town_year_review", "Easter weekend week number")

print(f"{len(docs)} files, {total} entries")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
