"""Independent checker for the heldout21 gold files (standard library only)."""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
errors = []
total = 0
stems = sorted(p.name[:-len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
for stem in stems:
    texts = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        errors.append(f"{stem}: expected one text file, got {texts}"); continue
    text = texts[0].read_text(encoding="utf-8")
    meta_p = HERE / f"{stem}.meta.json"
    if not meta_p.exists():
        errors.append(f"{stem}: no meta"); continue
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if k not in meta:
            errors.append(f"{stem}: meta lacks {k}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("publication_date", ""))):
        errors.append(f"{stem}: bad publication_date")
    pos = -1
    n = 0
    for i, line in enumerate((HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        try:
            g = json.loads(line)
        except ValueError as e:
            errors.append(f"{stem}:{i}: bad JSON {e}"); continue
        keys = set(g)
        if not REQ <= keys or keys - REQ - {"end"}:
            errors.append(f"{stem}:{i}: keys {sorted(keys)}")
        q = g.get("quote", "")
        if text.count(q) != 1:
            errors.append(f"{stem}:{i}: quote found {text.count(q)} times: {q!r}")
        else:
            p = text.find(q)
            if p <= pos:
                errors.append(f"{stem}:{i}: quote out of order: {q!r}")
            pos = p
        wc = len(q.split())
        if wc > 12:
            errors.append(f"{stem}:{i}: quote has {wc} words (>12)")
        v = g.get("value")
        if v is not None and not VALUE_RE.match(v):
            errors.append(f"{stem}:{i}: bad value {v!r}")
        if "end" in g and (g["end"] is None or not VALUE_RE.match(g["end"])):
            errors.append(f"{stem}:{i}: bad end {g.get('end')!r}")
        if g.get("mod") not in MODS:
            errors.append(f"{stem}:{i}: bad mod {g.get('mod')!r}")
        if not isinstance(g.get("explicit"), bool) or not isinstance(g.get("hard"), bool):
            errors.append(f"{stem}:{i}: explicit/hard must be booleans")
        if v is None and g.get("mod") is not None:
            errors.append(f"{stem}:{i}: null value with a mod")
    total += n
    print(f"{stem}: {n} entries")
print(f"{len(stems)} files, {total} entries")
if len(stems) < 12 or total < 160:
    errors.append(f"set too small: {len(stems)} files, {total} entries (need 12 and 160)")

# Every weekday written in the texts, checked against the calendar: (file stem, text, date).
import calendar, datetime
WEEKDAYS = [
    ("au_local_year_in_review", "Thursday, 26 January", "2023-01-26"),
    ("au_local_year_in_review", "Saturday, 4 March", "2023-03-04"),
    ("au_local_year_in_review", "Friday, 21 April", "2023-04-21"),
    ("au_local_year_in_review", "Monday, 12 June", "2023-06-12"),
    ("au_local_year_in_review", "Saturday, 19 August", "2023-08-19"),
    ("au_local_year_in_review", "Saturday, 14 October", "2023-10-14"),
    ("au_local_year_in_review", "Wednesday, 8 November", "2023-11-08"),
    ("au_local_year_in_review", "Saturday, 2 December", "2023-12-02"),
    ("us_paper_key_bridge_descending", "Thursday:", "2024-10-24"),
    ("us_paper_key_bridge_descending", "on a Tuesday", "2024-03-26"),
    ("live_iberia_blackout", "Tuesday 29 April 2025", "2025-04-29"),
    ("live_iberia_blackout", "Monday 28 April 2025", "2025-04-28"),
    ("blog_kohli_test_career", "Sat, 15/01/2022", "2022-01-15"),
    ("blog_kohli_test_career", "on a Monday afternoon", "2025-05-12"),
    ("explainer_dublin_metrolink_relative", "Fri Mar 14 2025", "2025-03-14"),
    ("explainer_dublin_metrolink_relative", "On Tuesday", "2025-03-11"),
    ("longread_elizabeth_line", "Tuesday 24 May 2022", "2022-05-24"),
    ("india_chandrayaan3_timeline", "ISRO on Friday", "2023-09-22"),
    ("wire_factbox_channel_tunnel", "on Monday", "2024-05-06"),
    ("university_history_nz", "Monday 5 October 1908", "1908-10-05"),
    ("university_history_nz", "Friday 21 March 1969", "1969-03-21"),
]
for stem, phrase, iso in WEEKDAYS:
    d = datetime.date.fromisoformat(iso)
    name = calendar.day_name[d.weekday()]
    if not phrase.lower().startswith(name[:3].lower()) and name.lower() not in phrase.lower():
        errors.append(f"{stem}: {phrase!r} is not a {name} ({iso})")
    src = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if not src or phrase not in src[0].read_text(encoding="utf-8"):
        errors.append(f"{stem}: weekday phrase {phrase!r} not in text")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
