"""Consistency check for the heldout62 chronology gold (standard library only).

Independent of keydates: checks JSON keys, quotes (found exactly once, in text order),
TIMEX3 value forms, mods, ranges, meta files, and every full weekday+date written in the texts.
Run: .venv/bin/python tests/data/heldout62/check_gold.py
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}|BC\d{3}X|BC\d{2}XX)$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MO = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY_MDY = re.compile(WD + r",? " + MO + r" (\d{1,2}),? (\d{4})")
WEEKDAY_DMY = re.compile(WD + r",? (\d{1,2}) " + MO + r",? (\d{4})")


def check_value(v, where, errors):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE.match(v):
        errors.append(f"{where}: bad value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            errors.append(f"{where}: bad month in {v}")
        elif d:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                errors.append(f"{where}: impossible date {v}")


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        text = texts[0].read_text(encoding="utf-8")
        is_html = texts[0].suffix == ".html"
        files += 1
        meta_path = HERE / f"{name}.meta.json"
        if not meta_path.exists():
            errors.append(f"{name}: missing meta")
        else:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{name}: meta keys {sorted(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{name}: bad publication_date")
        last = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            e = json.loads(line)
            total += 1
            keys = set(e)
            if not REQUIRED <= keys or keys - REQUIRED - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            words = q.split()
            if not 3 <= len(words) <= 12:
                errors.append(f"{where}: quote has {len(words)} words")
            if is_html and ("<" in q or "&" in q):
                errors.append(f"{where}: quote contains markup")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of order")
                last = pos
            check_value(e["value"], where, errors)
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            if "end" in e:
                check_value(e["end"], where, errors)
                if e["end"] is None or e["value"] is None:
                    errors.append(f"{where}: end with null value")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errors.append(f"{where}: {k} not bool")
            if e["value"] is None and e["mod"] is not None:
                errors.append(f"{where}: mod on null value")
        for m in WEEKDAY_MDY.finditer(text):
            d = datetime.date(int(m[4]), MONTHS[m[2].lower()], int(m[3]))
            if DAYS[d.weekday()] != m[1].lower():
                errors.append(f"{name}: weekday wrong in {m[0]!r}")
        for m in WEEKDAY_DMY.finditer(text):
            d = datetime.date(int(m[4]), MONTHS[m[3].lower()], int(m[2]))
            if DAYS[d.weekday()] != m[1].lower():
                errors.append(f"{name}: weekday wrong in {m[0]!r}")
    if files != 12:
        errors.append(f"expected 12 chronologies, found {files}")
    if total < 160:
        errors.append(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
