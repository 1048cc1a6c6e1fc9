"""Independent checker for the heldout27 chronology gold (standard library only).

Checks: every chronology has text + gold + meta; gold lines are JSON objects with exactly the
guide's keys; every quote occurs exactly once in the text and quotes appear in text order; quote
length; value / end forms (TIMEX3 subset used by the guide, plus quarters); mods; meta keys.
Run: /work/main/.venv/bin/python tests/data/heldout27/check_gold.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_EXT = (".txt", ".md", ".html")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"   # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                   # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                        # seasons
    r"|\d{4}-Q[1-4]"                                                 # quarters
    r"|\d{3}X|\d{2}XX"                                               # decades, centuries
    r"|BC\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # BC years (+month/day)
    r")$")
REQUIRED = ["quote", "value", "mod", "explicit", "hard"]
META_KEYS = {"title", "publication_date", "format", "style"}


def sort_key(v):
    """Rough chronological key for sanity checks on ranges."""
    if v.startswith("BC"):
        return -int(v[2:6])
    return int(v[:4].replace("X", "0"))


def check(name, text_path, gold_path, meta_path, errors):
    text = text_path.read_text(encoding="utf-8")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    missing = META_KEYS - set(meta)
    if missing:
        errors.append(f"{name}: meta missing {sorted(missing)}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("publication_date", ""))):
        errors.append(f"{name}: bad publication_date")
    if meta.get("format") != text_path.suffix[1:]:
        errors.append(f"{name}: meta format {meta.get('format')} != {text_path.suffix[1:]}")
    last = -1
    n = 0
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        o = json.loads(line)
        n += 1
        keys = list(o)
        allowed = set(REQUIRED) | {"end"}
        if set(keys) - allowed or any(k not in o for k in REQUIRED):
            errors.append(f"{name}:{i}: keys {keys}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{name}:{i}: empty quote")
            continue
        words = len(q.split())
        if words > 12 or words < 3:
            errors.append(f"{name}:{i}: quote has {words} words")
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{name}:{i}: quote found {cnt} times: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                errors.append(f"{name}:{i}: quote out of text order: {q!r}")
            last = pos
            if q[0] in "-*•–" :
                errors.append(f"{name}:{i}: quote starts with a bullet glyph")
        v = o["value"]
        if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
            errors.append(f"{name}:{i}: bad value {v!r}")
        if o["mod"] not in MODS:
            errors.append(f"{name}:{i}: bad mod {o['mod']!r}")
        if "end" in o:
            e = o["end"]
            if v is None or not (isinstance(e, str) and VALUE_RE.match(e)):
                errors.append(f"{name}:{i}: bad end {e!r}")
            elif sort_key(e) < sort_key(v):
                errors.append(f"{name}:{i}: end {e} before value {v}")
        if v is None and (o["mod"] is not None or o["explicit"]):
            errors.append(f"{name}:{i}: null value with mod/explicit")
        for b in ("explicit", "hard"):
            if not isinstance(o[b], bool):
                errors.append(f"{name}:{i}: {b} not bool")
    return n


# Every weekday named in the texts next to a date (or resolved against the publication date),
# verified with the calendar module.
WEEKDAY_CLAIMS = [
    ("cave_rescue_longread", "2023-06-09", "Friday"), ("cave_rescue_longread", "2023-06-10", "Saturday"),
    ("cave_rescue_longread", "2023-06-12", "Monday"), ("cave_rescue_longread", "2023-06-13", "Tuesday"),
    ("cave_rescue_longread", "2023-06-14", "Wednesday"), ("cave_rescue_longread", "2023-06-15", "Thursday"),
    ("cave_rescue_longread", "2023-06-17", "Saturday"), ("cave_rescue_longread", "2023-07-01", "Saturday"),
    ("river_floods_live", "2024-10-17", "Thursday"), ("river_floods_live", "2024-10-16", "Wednesday"),
    ("river_floods_live", "2024-10-15", "Tuesday"), ("river_floods_live", "2024-10-14", "Monday"),
    ("river_floods_live", "2024-10-13", "Sunday"),
    ("rovers_season_recap", "2025-04-26", "Saturday"), ("rovers_season_recap", "2024-09-21", "Saturday"),
    ("rovers_season_recap", "2024-09-23", "Monday"),
    ("tunnel_closure_explainer", "2026-02-03", "Tuesday"), ("tunnel_closure_explainer", "2026-01-30", "Friday"),
    ("tunnel_closure_explainer", "2026-02-01", "Sunday"),
    ("port_strike_factbox", "2025-03-14", "Friday"), ("northgate_university_history", "2026-03-14", "Saturday"),
    ("profile_amara_sole", "2025-05-22", "Thursday"), ("obituary_ines_varga", "2022-08-16", "Tuesday"),
]


def check_weekdays(errors):
    import calendar
    for name, iso, day in WEEKDAY_CLAIMS:
        y, m, d = map(int, iso.split("-"))
        if calendar.day_name[calendar.weekday(y, m, d)] != day:
            errors.append(f"{name}: {iso} is not a {day}")
    for name, iso, week in [("tunnel_closure_explainer", "2026-01-27", 5)]:
        import datetime
        if datetime.date.fromisoformat(iso).isocalendar()[1] != week:
            errors.append(f"{name}: {iso} not in ISO week {week}")


def main():
    errors = []
    check_weekdays(errors)
    total = 0
    files = 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (name + ext) for ext in TEXT_EXT if (HERE / (name + ext)).exists()]
        meta = HERE / (name + ".meta.json")
        if len(texts) != 1 or not meta.exists():
            errors.append(f"{name}: need exactly one text file and a meta file")
            continue
        n = check(name, texts[0], gold, meta, errors)
        print(f"{name:40s} {texts[0].suffix:6s} {n:3d} entries")
        total += n
        files += 1
    for t in sorted(HERE.iterdir()):
        if t.suffix in TEXT_EXT and t.name != "README.md":
            if not (HERE / (t.stem + ".gold.jsonl")).exists():
                errors.append(f"{t.name}: no gold file")
    print(f"TOTAL: {files} chronologies, {total} gold entries")
    if files != 12:
        errors.append(f"expected 12 chronologies, found {files}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
