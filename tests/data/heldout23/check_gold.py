"""Self-check for the heldout23 chronology gold (standard library only, independent of keydates).

Checks: every chronology has text + gold + meta; meta keys; gold JSON keys and types; value forms;
mods; `end` only where a range is annotated; every quote found exactly once in the text and
quotes in text order. Exit status 1 on any problem.
Run: /work/main/.venv/bin/python tests/data/heldout23/check_gold.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_EXT = (".txt", ".md", ".html")
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                   # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                      # seasons
    r"|\d{3}X|\d{2}XX"                                             # decades, centuries
    r"|BC\d{4}"                                                    # BC years
    r")$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}


def check_file(gold_path, errors):
    stem = gold_path.name[: -len(".gold.jsonl")]
    texts = [HERE / (stem + e) for e in TEXT_EXT if (HERE / (stem + e)).exists()]
    if len(texts) != 1:
        errors.append(f"{stem}: expected exactly one text file, found {len(texts)}")
        return 0
    text = texts[0].read_text(encoding="utf-8")
    meta_path = HERE / (stem + ".meta.json")
    if not meta_path.exists():
        errors.append(f"{stem}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        missing = META_KEYS - set(meta)
        if missing:
            errors.append(f"{stem}: meta missing {sorted(missing)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("publication_date", ""))):
            errors.append(f"{stem}: bad publication_date")
        if meta.get("format") != texts[0].suffix.lstrip("."):
            errors.append(f"{stem}: meta format {meta.get('format')!r} != {texts[0].suffix}")
    last = -1
    n = 0
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{stem}:{i}: blank line")
            continue
        where = f"{stem}:{i}"
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(o)
        if not REQUIRED <= keys or not keys <= ALLOWED:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: empty quote")
            continue
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{where}: quote found {cnt} times: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
        v = o["value"]
        if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
            errors.append(f"{where}: bad value {v!r}")
        if o["mod"] not in MODS:
            errors.append(f"{where}: bad mod {o['mod']!r}")
        if "end" in o:
            e = o["end"]
            if not isinstance(e, str) or not VALUE_RE.match(e):
                errors.append(f"{where}: bad end {e!r}")
            elif v is None:
                errors.append(f"{where}: end without value")
        if v is None and (o["mod"] is not None or o["explicit"]):
            errors.append(f"{where}: null value with mod/explicit")
        for k in ("explicit", "hard"):
            if not isinstance(o[k], bool):
                errors.append(f"{where}: {k} not bool")
    if n == 0:
        errors.append(f"{stem}: no gold entries")
    return n


# Weekdays stated in the texts (or used to resolve weekday-relative entries), checked with calendar.
WEEKDAYS = [
    ("1961-08-13", "Sunday"), ("1989-11-09", "Thursday"),            # berlin_wall_longread headings
    ("2024-10-09", "Wednesday"), ("2024-10-10", "Thursday"),          # live_hurricane_lorna headings
    ("2024-10-11", "Friday"), ("2024-10-08", "Tuesday"),
    ("2023-06-22", "Thursday"), ("2023-06-16", "Friday"),             # legionnaires (publication day)
    ("2023-06-12", "Monday"), ("2023-06-13", "Tuesday"), ("2023-06-14", "Wednesday"),
    ("2023-06-15", "Thursday"),
    ("2025-03-13", "Thursday"), ("2025-03-14", "Friday"),             # court_case_pension
    ("2022-08-02", "Tuesday"), ("2022-08-05", "Friday"),              # obituary_oyelaran
    ("2021-07-07", "Wednesday"),                                      # ever_given_factbox dateline
]


def check_weekdays(errors):
    import calendar
    for iso, name in WEEKDAYS:
        y, m, d = map(int, iso.split("-"))
        got = calendar.day_name[calendar.weekday(y, m, d)]
        if got != name:
            errors.append(f"weekday: {iso} is {got}, not {name}")


def main():
    errors = []
    check_weekdays(errors)
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        n = check_file(g, errors)
        print(f"{g.name:45s} {n:3d}")
        total += n
    # every text file has a gold file
    for t in HERE.iterdir():
        if t.suffix in TEXT_EXT and t.name != "README.md":
            if not (HERE / (t.stem + ".gold.jsonl")).exists():
                errors.append(f"{t.name}: no gold file")
    print(f"{len(golds)} chronologies, {total} gold entries")
    if len(golds) < 12 or total < 160:
        errors.append("set too small (need 12 chronologies, 160 entries)")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
