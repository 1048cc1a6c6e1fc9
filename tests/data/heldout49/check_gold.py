"""Independent consistency check for the heldout49 chronology gold (standard library only).

Run: python tests/data/heldout49/check_gold.py
Checks, per chronology: meta keys and date; gold JSON keys and types; every quote found exactly once
in the text (for HTML: in the tag-stripped text) and in text order; value, end and mod forms;
and the weekday facts the annotation relies on.
"""
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTS = (".txt", ".md", ".html")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(-WE)?"            # weeks, weekends
    r"|\d{4}-(SP|SU|FA|WI)"           # seasons
    r"|\d{3}X|\d{2}XX"                # decades, centuries
    r"|BC\d{4})$")                    # BC years
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
# weekday facts used by the annotation (date, weekday name)
WEEKDAYS = [("2013-12-05", "Thursday"), ("2024-11-14", "Thursday"), ("2024-11-13", "Wednesday"),
            ("2024-11-11", "Monday"), ("2024-11-12", "Tuesday"), ("2025-03-12", "Wednesday"),
            ("2025-03-10", "Monday"), ("1986-04-25", "Friday"), ("1986-04-26", "Saturday"),
            ("1986-04-27", "Sunday"), ("1986-04-28", "Monday"), ("2020-01-31", "Friday")]
ISO_WEEKS = [("2022-02-21", "2022-W08"), ("2025-03-03", "2025-W10")]


def html_text(raw):
    raw = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", "\n", raw)
    return html.unescape(raw)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def check(name, src, errors):
    raw = src.read_text(encoding="utf-8")
    text = html_text(raw) if src.suffix == ".html" else raw
    gold_path = HERE / f"{name}.gold.jsonl"
    meta_path = HERE / f"{name}.meta.json"
    if not gold_path.exists() or not meta_path.exists():
        errors.append(f"{name}: missing gold or meta")
        return 0
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        errors.append(f"{name}: meta keys {sorted(meta)}")
    try:
        datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        errors.append(f"{name}: bad publication_date")
    if meta.get("format") != src.suffix[1:]:
        errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
    last = -1
    n = 0
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        n += 1
        g = json.loads(line)
        where = f"{name}:{i}"
        if not REQUIRED <= set(g) or not set(g) <= ALLOWED:
            errors.append(f"{where}: keys {sorted(g)}")
            continue
        q = g["quote"]
        words = len(q.split())
        if not (isinstance(q, str) and 3 <= words <= 12):
            errors.append(f"{where}: quote length {words}")
        count = text.count(q)
        if count != 1:
            errors.append(f"{where}: quote found {count} times: {q!r}")
        else:
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of order")
            last = pos
        v = g["value"]
        if v is not None and not (isinstance(v, str) and valid_value(v)):
            errors.append(f"{where}: bad value {v!r}")
        if "end" in g and not (isinstance(g["end"], str) and valid_value(g["end"])):
            errors.append(f"{where}: bad end {g['end']!r}")
        if "end" in g and v is None:
            errors.append(f"{where}: end without value")
        if g["mod"] not in MODS:
            errors.append(f"{where}: bad mod {g['mod']!r}")
        if v is None and g["mod"] is not None:
            errors.append(f"{where}: mod on a null value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                errors.append(f"{where}: {k} not a bool")
        if v is None and (g["explicit"] or g["hard"]):
            errors.append(f"{where}: null value marked explicit/hard")
    return n


def main():
    errors = []
    for day, name in WEEKDAYS:
        if datetime.date.fromisoformat(day).strftime("%A") != name:
            errors.append(f"weekday: {day} is not a {name}")
    for day, week in ISO_WEEKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"iso week: {day} is not in {week}")
    total = files = 0
    for src in sorted(HERE.iterdir()):
        if src.suffix in EXTS and src.name != "README.md":
            files += 1
            n = check(src.stem, src, errors)
            total += n
            print(f"{src.name}: {n} entries")
    for gold in HERE.glob("*.gold.jsonl"):
        stem = gold.name[: -len(".gold.jsonl")]
        if not any((HERE / f"{stem}{e}").exists() for e in EXTS):
            errors.append(f"{gold.name}: no text file")
    print(f"{files} chronologies, {total} gold entries")
    if files < 12 or total < 160:
        errors.append("need at least 12 chronologies and 160 entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
