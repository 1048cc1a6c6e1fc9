"""Self-check for the heldout10 chronology gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (valid YYYY-MM-DD), format, style;
- every line is a JSON object with exactly quote, value, mod, explicit, hard (+ optional end);
- quote has 3-12 words, no bullet glyph at its start, occurs exactly once in the text
  (for HTML: in the tag-stripped, entity-decoded, whitespace-collapsed text); quotes are in
  text order and do not overlap;
- value / end are null or a TIMEX3 form the guide allows (plus YYYY-Qn, see README), real dates;
- mod is null or a TIMEX3 mod; explicit and hard are booleans;
- every weekday the texts name or imply is the right one (calendar), Easter Monday 2024;
- at least 12 files and 160 entries in all.
Run: /work/main/.venv/bin/python tests/data/heldout10/check_gold.py
"""
import calendar
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
VALUE_RES = [
    r"\d{4}", r"\d{4}-\d{2}", r"\d{4}-\d{2}-\d{2}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}", r"\d{4}-Q[1-4]",
]
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not any(re.fullmatch(p, v) for p in VALUE_RES):
        return False
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.fullmatch(r"(\d{4})-W(\d{2}).*", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        return False
    return True


def read_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
        raw = re.sub(r"\s+", " ", raw)
    return raw


# Every weekday named (or implied by a relative weekday) in the texts, verified with calendar.
WEEKDAYS = [
    ("brexit_key_dates", "2020-12-24", "Thursday"),            # lead: 'on Thursday' = publication day
    ("court_case_harlow_freight", "2021-02-14", "Sunday"),
    ("court_case_harlow_freight", "2022-05-17", "Tuesday"),
    ("court_case_harlow_freight", "2023-01-09", "Monday"),     # first day of trial, six weeks before 20 Feb
    ("court_case_harlow_freight", "2023-02-20", "Monday"),
    ("court_case_harlow_freight", "2023-03-09", "Thursday"),
    ("court_case_harlow_freight", "2023-03-14", "Tuesday"),    # 'the following Tuesday'
    ("court_case_harlow_freight", "2023-03-27", "Monday"),     # start of ISO week 2023-W13
    ("court_case_harlow_freight", "2024-03-08", "Friday"),     # publication
    ("court_case_harlow_freight", "2024-03-06", "Wednesday"),
    ("court_case_harlow_freight", "2024-03-07", "Thursday"),
    ("vaccines_through_centuries", "1980-05-08", "Thursday"),
    ("vaccines_through_centuries", "2020-12-08", "Tuesday"),
    ("vaccines_through_centuries", "2020-12-14", "Monday"),    # 'the following Monday'
    ("estmere_election_night_live", "2024-05-05", "Sunday"),
    ("estmere_election_night_live", "2024-05-06", "Monday"),
    ("obituary_marguerite_hale", "2024-10-18", "Friday"),      # publication
    ("obituary_marguerite_hale", "2024-10-15", "Tuesday"),
    ("harbourside_season_review", "2023-08-05", "Saturday"),
    ("harbourside_season_review", "2023-11-11", "Saturday"),
    ("harbourside_season_review", "2024-04-01", "Monday"),     # Easter Monday 2024
    ("harbourside_season_review", "2024-04-20", "Saturday"),
    ("harbourside_season_review", "2024-05-20", "Monday"),     # publication
    ("harbourside_season_review", "2024-05-16", "Thursday"),
    ("harbourside_season_review", "2024-05-17", "Friday"),
    ("millbrook_bridge_explainer", "2025-03-12", "Wednesday"), # publication
    ("millbrook_bridge_explainer", "2025-03-06", "Thursday"),
    ("millbrook_bridge_explainer", "2025-03-10", "Monday"),
    ("millbrook_bridge_explainer", "2025-03-11", "Tuesday"),
    ("timeline_london_underground", "2005-07-07", "Thursday"),
]
for fname, day, wd in WEEKDAYS:
    d = datetime.date.fromisoformat(day)
    if calendar.day_name[d.weekday()] != wd:
        err(f"{fname}: {day} is a {calendar.day_name[d.weekday()]}, not a {wd}")
if datetime.date(2025, 2, 19).isocalendar()[1] != 8 or datetime.date(2023, 3, 27).isocalendar()[1] != 13:
    err("ISO week check failed")
# Easter Sunday 2024 (anonymous Gregorian algorithm) -> Easter Monday 1 April 2024
y = 2024
a, b, c = y % 19, y // 100, y % 100
d_, e = b // 4, b % 4
f = (b + 8) // 25
g = (b - f + 1) // 3
h = (19 * a + b - d_ - g + 15) % 30
i_, k = c // 4, c % 4
l_ = (32 + 2 * e + 2 * i_ - h - k) % 7
m = (a + 11 * h + 22 * l_) // 451
easter = datetime.date(y, (h + l_ - 7 * m + 114) // 31, (h + l_ - 7 * m + 114) % 31 + 1)
if easter + datetime.timedelta(days=1) != datetime.date(2024, 4, 1):
    err(f"Easter Monday 2024 is not 1 April (Easter {easter})")

total = 0
golds = sorted(HERE.glob("*.gold.jsonl"))
for gold in golds:
    name = gold.name[: -len(".gold.jsonl")]
    texts = [HERE / (name + ext) for ext in (".txt", ".md", ".html") if (HERE / (name + ext)).exists()]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {len(texts)}")
        continue
    text = read_text(texts[0])
    meta_path = HERE / (name + ".meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not meta.get(k):
                err(f"{name}: meta lacks {k}")
        datetime.date.fromisoformat(meta.get("publication_date", ""))
        if meta.get("format") not in ("txt", "md", "html"):
            err(f"{name}: meta format {meta.get('format')!r}")
        elif texts[0].suffix != "." + meta["format"]:
            err(f"{name}: meta format does not match file extension")
    except Exception as exc:  # noqa: BLE001
        err(f"{name}: bad meta ({exc})")
    last = -1
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{i}: blank line")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            err(f"{name}:{i}: bad JSON ({exc})")
            continue
        total += 1
        keys = set(obj)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = obj["quote"]
        words = q.split()
        if not 3 <= len(words) <= 12:
            err(f"{name}:{i}: quote has {len(words)} words")
        if q[:1] in "•-–—*·":
            err(f"{name}:{i}: quote starts with a bullet glyph")
        n = text.count(q)
        if n != 1:
            err(f"{name}:{i}: quote found {n} times: {q!r}")
        else:
            pos = text.index(q)
            if pos < last:
                err(f"{name}:{i}: quote out of order or overlapping the previous one: {q!r}")
            last = pos + len(q)
        if not valid_value(obj["value"]):
            err(f"{name}:{i}: bad value {obj['value']!r}")
        if "end" in obj and (obj["end"] is None or not valid_value(obj["end"])):
            err(f"{name}:{i}: bad end {obj['end']!r}")
        if obj["mod"] not in MODS:
            err(f"{name}:{i}: bad mod {obj['mod']!r}")
        if obj["value"] is None and (obj["mod"] is not None or "end" in obj):
            err(f"{name}:{i}: null value with mod/end")
        for k in ("explicit", "hard"):
            if not isinstance(obj[k], bool):
                err(f"{name}:{i}: {k} not boolean")
    print(f"{name}: {sum(1 for l in gold.read_text(encoding='utf-8').splitlines() if l.strip())} entries")

print(f"{len(golds)} files, {total} entries")
if len(golds) < 12:
    err(f"only {len(golds)} gold files (need 12)")
if total < 160:
    err(f"only {total} entries (need 160)")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
