"""Sanity checks for the heldout13 chronology gold (standard library only, independent of keydates).

Run: python tests/data/heldout13/check_gold.py
Checks, for every NAME.gold.jsonl next to this script:
- a source file NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD, a real day), format (matching the file), style;
- every gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), of the right types;
- the quote is 8-12 words, occurs exactly once in the source, and quotes appear in text order;
- value / end are valid TIMEX3 forms; mod is null or a TIMEX3 mod; end only with a value;
- every weekday name + day/month written in the sources agrees with Python's calendar where
  listed in WEEKDAY_CHECKS.
"""
import calendar
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}-\d{2}-\d{2}"          # day
    r"|\d{4}-\d{2}"               # month
    r"|\d{4}"                     # year
    r"|\d{4}-W\d{2}(?:-WE)?"      # week / weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"     # season
    r"|\d{3}X"                    # decade
    r"|\d{2}XX"                   # century
    r"|BC\d{4}"                   # BC year
    r")$"
)
EXPECTED_FILES = 12
MIN_ENTRIES = 160

# (file stem, weekday, ISO date) pairs stated in the texts: verified with calendar.
WEEKDAY_CHECKS = [
    ("us_live_sable_canyon_fire", "Thursday", "2026-03-12"),
    ("us_live_sable_canyon_fire", "Wednesday", "2026-03-11"),
    ("us_live_sable_canyon_fire", "Tuesday", "2026-03-10"),
    ("uk_longread_post_office_horizon", "Saturday", "2024-05-18"),
    ("agency_factbox_sri_lanka_crisis", "Monday", "2023-03-20"),
    ("agency_factbox_sri_lanka_crisis", "Tuesday", "2023-03-21"),
    ("ie_marriage_equality_table", "Wednesday", "2015-11-18"),
    ("ie_marriage_equality_table", "Friday", "2015-05-22"),
    ("ie_marriage_equality_table", "Saturday", "2015-05-23"),
    ("au_matildas_world_cup", "Thursday", "2023-07-20"),
    ("au_matildas_world_cup", "Thursday", "2023-07-27"),
    ("au_matildas_world_cup", "Monday", "2023-07-31"),
    ("au_matildas_world_cup", "Monday", "2023-08-07"),
    ("au_matildas_world_cup", "Saturday", "2023-08-12"),
    ("au_matildas_world_cup", "Wednesday", "2023-08-16"),
    ("au_matildas_world_cup", "Thursday", "2023-08-17"),
    ("au_matildas_world_cup", "Tuesday", "2023-08-01"),
    ("au_matildas_world_cup", "Monday", "2023-08-21"),
    ("us_ap_boeing_max_timeline", "Thursday", "2024-12-05"),
    ("us_ap_boeing_max_timeline", "Friday", "2024-12-06"),
    ("ie_explainer_bus_strike", "Thursday", "2026-02-19"),
    ("ie_explainer_bus_strike", "Monday", "2026-02-16"),
    ("intl_afp_pompeii_key_dates", "Thursday", "2025-10-23"),
    ("intl_afp_pompeii_key_dates", "Friday", "2025-10-24"),
]


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3):
            try:
                datetime.date(y, mo, int(m.group(3)))
            except ValueError:
                return False
    w = re.match(r"^(\d{4})-W(\d{2})", v)
    if w and not 1 <= int(w.group(2)) <= 53:
        return False
    return True


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        stem = gold.name[: -len(".gold.jsonl")]
        sources = [HERE / f"{stem}.{ext}" for ext in ("txt", "md", "html")]
        sources = [s for s in sources if s.exists()]
        if len(sources) != 1:
            errors.append(f"{stem}: expected exactly one source file, found {len(sources)}")
            continue
        src = sources[0]
        text = src.read_text(encoding="utf-8")
        meta_path = HERE / f"{stem}.meta.json"
        if not meta_path.exists():
            errors.append(f"{stem}: missing meta.json")
        else:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta or not isinstance(meta[k], str) or not meta[k]:
                    errors.append(f"{stem}: meta key {k} missing or empty")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
                    raise ValueError
            except ValueError:
                errors.append(f"{stem}: bad publication_date {meta.get('publication_date')!r}")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{stem}: meta format {meta.get('format')!r} != {src.suffix[1:]}")
        last = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            total += 1
            keys = set(obj)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            words = len(q.split())
            if not 8 <= words <= 12:
                errors.append(f"{where}: quote has {words} words")
            count = text.count(q)
            if count != 1:
                errors.append(f"{where}: quote found {count} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of text order: {q!r}")
                last = pos
            v = obj["value"]
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                e = obj["end"]
                if v is None or not isinstance(e, str) or not valid_value(e):
                    errors.append(f"{where}: bad end {e!r} (value {v!r})")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} must be true/false")
            if v is None and obj["mod"] is not None:
                errors.append(f"{where}: mod without value")
    for stem, wd, iso in WEEKDAY_CHECKS:
        if not (HERE / f"{stem}.gold.jsonl").exists():
            errors.append(f"weekday check names unknown file {stem}")
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != wd:
            errors.append(f"{stem}: {iso} is not a {wd}")
    if len(golds) != EXPECTED_FILES:
        errors.append(f"expected {EXPECTED_FILES} gold files, found {len(golds)}")
    if total < MIN_ENTRIES:
        errors.append(f"expected at least {MIN_ENTRIES} entries, found {total}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} files, {total} gold entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
