"""Consistency checks for the heldout53 gold (standard library only, independent of keydates)."""
import calendar, datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE = re.compile(r"^(BC\d{4}|\d{4}(-\d{2}(-\d{2})?)?|\d{4}-(SP|SU|FA|WI)|\d{4}-W\d{2}(-WE)?|\d{3}X|\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META = {"title", "publication_date", "format", "style"}
errors = []

def err(msg):
    errors.append(msg)

def valid_value(v):
    if not VALUE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-(\d{2})$", v)
    if m and not 1 <= int(m.group(2)) <= 12:
        return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        weeks = datetime.date(int(m.group(1)), 12, 28).isocalendar()[1]
        if not 1 <= int(m.group(2)) <= weeks:
            return False
    return True

total = 0
stems = sorted(p[:-len(".gold.jsonl")] for p in glob.glob(os.path.join(HERE, "*.gold.jsonl")))
for stem in stems:
    name = os.path.basename(stem)
    texts = [stem + ext for ext in (".txt", ".md", ".html") if os.path.exists(stem + ext)]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {texts}")
        continue
    text = open(texts[0], encoding="utf-8").read()
    try:
        meta = json.load(open(stem + ".meta.json", encoding="utf-8"))
    except Exception as e:
        err(f"{name}: meta unreadable: {e}")
        meta = {}
    if set(meta) != META:
        err(f"{name}: meta keys {sorted(meta)}")
    try:
        pub = datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(f"{name}: bad publication_date")
        pub = None
    if meta.get("format") != os.path.splitext(texts[0])[1][1:]:
        err(f"{name}: meta format {meta.get('format')} does not match file")
    pos = -1
    lines = open(stem + ".gold.jsonl", encoding="utf-8").read().splitlines()
    for i, line in enumerate(lines, 1):
        where = f"{name}:{i}"
        try:
            g = json.loads(line)
        except ValueError as e:
            err(f"{where}: bad JSON {e}")
            continue
        total += 1
        keys = set(g)
        if not (keys == KEYS or keys == KEYS | {"end"}):
            err(f"{where}: keys {sorted(keys)}")
        q = g.get("quote")
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        n = len(q.split())
        if not 4 <= n <= 12:
            err(f"{where}: quote has {n} words")
        c = text.count(q)
        if c != 1:
            err(f"{where}: quote found {c} times: {q!r}")
        else:
            p = text.index(q)
            if p <= pos:
                err(f"{where}: quote out of text order")
            pos = p
        v = g.get("value")
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(f"{where}: bad value {v!r}")
        if "end" in g and (not isinstance(g["end"], str) or not valid_value(g["end"])):
            err(f"{where}: bad end {g['end']!r}")
        if "end" in g and v is None:
            err(f"{where}: end without value")
        if g.get("mod") not in MODS:
            err(f"{where}: bad mod {g.get('mod')!r}")
        for k in ("explicit", "hard"):
            if not isinstance(g.get(k), bool):
                err(f"{where}: {k} must be boolean")
        if v is None and g.get("explicit"):
            err(f"{where}: null value but explicit")
        if pub and v and re.match(r"^\d{4}-\d{2}-\d{2}$", v) and datetime.date.fromisoformat(v) > pub:
            err(f"{where}: event {v} after publication date {pub}")

# Weekdays named in the texts that the gold resolves: (file, date, weekday name)
WEEKDAYS = [
    ("brexit_keydates", "2020-01-31", "Friday"),
    ("storm_elin_live", "2025-02-14", "Friday"),
    ("leicester_2015_16", "2016-05-07", "Saturday"),
    ("rates_explainer", "2023-03-13", "Monday"),
    ("rates_explainer", "2023-03-15", "Wednesday"),
    ("millbrook_2023_review", "2023-04-09", "Sunday"),
    ("fukushima_timeline", "2021-03-11", "Thursday"),
]
for name, d, wd in WEEKDAYS:
    y, m, dd = map(int, d.split("-"))
    if calendar.day_name[calendar.weekday(y, m, dd)] != wd:
        err(f"{name}: {d} is not a {wd}")

if len(stems) != 12:
    err(f"expected 12 chronologies, found {len(stems)}")
if total < 160:
    err(f"only {total} gold entries (need >= 160)")
for e in errors:
    print("ERROR", e)
print(f"{len(stems)} files, {total} entries, {len(errors)} errors")
sys.exit(1 if errors else 0)
