"""Independent format checker for the heldout39 chronology gold (standard library only).

Checks: file triples, meta keys, JSON keys and order, quotes found exactly once and in text
order, quote length, TIMEX3 value forms, mods, end values, weekday labels in quotes."""
import calendar
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(?:BC\d{4}|\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?|-W\d{2}(?:-WE)?|-(?:SP|SU|FA|WI))?|\d{3}X|\d{2}XX)$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = ["quote", "value", "mod", "end", "explicit", "hard"]
META_KEYS = {"title", "publication_date", "format", "style"}
WEEKDAYS = list(calendar.day_name)


def check_value(v, where, errors):
    if not VALUE_RE.match(v):
        errors.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            dt.date(*map(int, m.groups()))
        except ValueError:
            errors.append(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        y, w = map(int, m.groups())
        if not 1 <= w <= dt.date(y, 12, 28).isocalendar()[1]:
            errors.append(f"{where}: bad ISO week {v}")


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        texts = [p for ext in ("txt", "md", "html") for p in [HERE / f"{name}.{ext}"] if p.exists()]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, got {texts}")
            continue
        text = texts[0].read_text(encoding="utf-8")
        meta_p = HERE / f"{name}.meta.json"
        if not meta_p.exists():
            errors.append(f"{name}: missing meta")
            continue
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        if not META_KEYS <= set(meta):
            errors.append(f"{name}: meta missing {META_KEYS - set(meta)}")
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != texts[0].suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {texts[0].suffix[1:]}")
        files += 1
        pos = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            e = json.loads(line)
            total += 1
            expected = [k for k in KEYS if k != "end" or "end" in e]
            if list(e) != expected:
                errors.append(f"{where}: keys {list(e)} != {expected}")
            q = e.get("quote", "")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
            else:
                at = text.index(q)
                if at <= pos:
                    errors.append(f"{where}: quote out of text order")
                pos = at
                rest = re.split(r"[\n<]", text[at:], 1)[0]
                nq, nrest = len(q.split()), len(rest.split())
                if nq > 12 or (nq < 8 and nq < nrest):
                    errors.append(f"{where}: quote has {nq} words (entry line has {nrest})")
            v = e.get("value")
            if v is not None:
                check_value(v, where, errors)
            if "end" in e:
                if e["end"] is None or v is None:
                    errors.append(f"{where}: end needs a value and a start")
                else:
                    check_value(e["end"], where, errors)
            if e.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {e.get('mod')!r}")
            if not isinstance(e.get("explicit"), bool) or not isinstance(e.get("hard"), bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            # weekday named at the start of a quote must match a full-date value
            wd = next((d for d in WEEKDAYS if q.startswith(d)), None)
            if wd and v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                got = calendar.day_name[calendar.weekday(*map(int, v.split("-")))]
                if got != wd:
                    errors.append(f"{where}: {wd} but {v} is a {got}")
    for err in errors:
        print("ERROR", err)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    if files < 12 or total < 160:
        print("ERROR: need at least 12 files and 160 entries")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
