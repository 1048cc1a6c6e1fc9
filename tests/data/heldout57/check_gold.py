"""Independent sanity check of the heldout57 chronology gold (standard library only)."""
import html, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
errors, total = [], 0

def strip_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))

golds = sorted(HERE.glob("*.gold.jsonl"))
if len(golds) != 12:
    errors.append(f"expected 12 gold files, found {len(golds)}")
for gold in golds:
    name = gold.name[: -len(".gold.jsonl")]
    texts = [p for ext in (".txt", ".md", ".html") if (p := HERE / (name + ext)).exists()]
    if len(texts) != 1:
        errors.append(f"{name}: need exactly one text file, found {texts}"); continue
    text = texts[0].read_text(encoding="utf-8")
    views = [text] + ([strip_html(text)] if texts[0].suffix == ".html" else [])
    meta_p = HERE / (name + ".meta.json")
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta: errors.append(f"{name}: meta missing {k}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("publication_date", "")):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != texts[0].suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix}")
    except Exception as e:
        errors.append(f"{name}: meta unreadable: {e}")
    pos = [-1] * len(views)
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip(): continue
        n += 1
        where = f"{name}:{i}"
        try: e = json.loads(line)
        except Exception as ex: errors.append(f"{where}: bad JSON {ex}"); continue
        keys = set(e)
        if not REQ <= keys or keys - REQ - {"end"}:
            errors.append(f"{where}: keys {sorted(keys)}")
        q = e.get("quote", "")
        if not (8 <= len(q.split()) <= 12): errors.append(f"{where}: quote has {len(q.split())} words")
        for v, view in enumerate(views):
            c = view.count(q)
            if c != 1: errors.append(f"{where}: quote found {c} times ({'raw' if v == 0 else 'stripped'}): {q!r}"); continue
            p = view.find(q)
            if p <= pos[v]: errors.append(f"{where}: quote out of order: {q!r}")
            pos[v] = p
        val = e.get("value")
        if val is not None and not VALUE.match(val): errors.append(f"{where}: bad value {val!r}")
        if "end" in e and (e["end"] is None or not VALUE.match(e["end"])): errors.append(f"{where}: bad end {e['end']!r}")
        if "end" in e and val is None: errors.append(f"{where}: end without value")
        if e.get("mod") not in MODS: errors.append(f"{where}: bad mod {e.get('mod')!r}")
        if val is None and e.get("mod") is not None: errors.append(f"{where}: mod on null value")
        for k in ("explicit", "hard"):
            if not isinstance(e.get(k), bool): errors.append(f"{where}: {k} not bool")
    total += n
    print(f"{name}: {n} entries")
# Weekdays and weeks stated in the texts, checked with the calendar.
import calendar, datetime
WEEKDAYS = {  # file: [(date, weekday named in the text)]
    "channel_tunnel_keydates": [("2024-05-06", "Monday")],
    "storm_elowen_live": [("2025-10-17", "Friday"), ("2025-10-16", "Thursday"), ("2025-10-15", "Wednesday")],
    "chile_miners_longread": [("2010-08-05", "Thursday"), ("2010-08-22", "Sunday"), ("2010-10-09", "Saturday"), ("2010-10-13", "Wednesday")],
    "millbrook_year_review": [("2024-12-28", "Saturday"), ("2024-12-21", "Saturday")],
    "bridge_closure_explainer": [("2025-03-14", "Friday"), ("2025-03-11", "Tuesday"), ("2025-03-12", "Wednesday")],
}
for name, pairs in WEEKDAYS.items():
    for d, wd in pairs:
        if calendar.day_name[datetime.date.fromisoformat(d).weekday()] != wd:
            errors.append(f"{name}: {d} is not a {wd}")
if datetime.date(2025, 2, 28).isocalendar()[1] != 9:  # 'Two weeks ago' from Friday 2025-03-14
    errors.append("bridge_closure_explainer: two weeks before 2025-03-14 is not 2025-W09")
print(f"total: {total} entries")
if total < 160: errors.append(f"only {total} entries (< 160)")
for err in errors: print("ERROR", err)
sys.exit(1 if errors else 0)
