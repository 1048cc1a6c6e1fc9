#!/usr/bin/env python3
"""Validate the heldout15 chronology gold files (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a matching source NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD, a real day), format (matching the extension), style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- quote: 1-12 words (8-12 unless the entry itself is shorter), found exactly once in the source,
  quotes appear in increasing text order and do not start with a bullet glyph;
- value / end: a TIMEX3 form from the guide (or null value), end only with a non-null value and
  not earlier than value when comparable;
- mod in the guide's list or null; explicit/hard booleans;
- total entries >= 160 and 12 chronologies.
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
    r")$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}
BULLETS = "•·-–—*>:|▪◦"


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        return False
    return True


def sort_key(v):
    """Comparable start key for a value, or None."""
    m = re.match(r"^BC(\d{4})$", v)
    if m:
        return (-int(m[1]),)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", v)
    if m:
        return (int(m[1]), int(m[2] or 0), int(m[3] or 0))
    return None


def check_file(gold):
    errors = []
    name = gold.name[: -len(".gold.jsonl")]
    sources = [HERE / f"{name}.{ext}" for ext in ("txt", "md", "html")]
    sources = [p for p in sources if p.exists()]
    if len(sources) != 1:
        return [f"{name}: expected exactly one source file, found {len(sources)}"], 0
    src = sources[0]
    text = src.read_text(encoding="utf-8")
    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        errors.append(f"{name}: missing meta")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not meta.get(k):
                errors.append(f"{name}: meta lacks {k}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != src.suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix}")
    pos = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{i}: bad JSON {exc}")
            continue
        n += 1
        keys = set(e)
        if not (KEYS <= keys <= KEYS | {"end"}):
            errors.append(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = e["quote"]
        words = q.split()
        if not isinstance(q, str) or not 1 <= len(words) <= 12:
            errors.append(f"{name}:{i}: quote length {len(words)}")
        if q[:1] in BULLETS:
            errors.append(f"{name}:{i}: quote starts with a bullet glyph")
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{name}:{i}: quote found {cnt} times: {q!r}")
        else:
            at = text.index(q)
            if at <= pos:
                errors.append(f"{name}:{i}: quote out of order: {q!r}")
            pos = at
            # short quotes must be the whole remaining entry (to its line end)
            if len(words) < 8:
                rest = text[at + len(q):].split("\n", 1)[0].strip()
                if rest and not rest.startswith("<") and not rest.startswith("|"):
                    # allowed when the quote is a whole sentence inside a paragraph
                    if not q.rstrip().endswith((".", "!", "?")):
                        errors.append(f"{name}:{i}: short quote is not a whole entry: {q!r}")
        v = e["value"]
        if v is not None and not valid_value(v):
            errors.append(f"{name}:{i}: bad value {v!r}")
        if e["mod"] not in MODS:
            errors.append(f"{name}:{i}: bad mod {e['mod']!r}")
        if "end" in e:
            if v is None or not valid_value(e["end"]):
                errors.append(f"{name}:{i}: bad end {e.get('end')!r}")
            else:
                a, b = sort_key(v), sort_key(e["end"])
                if a and b and b < a:
                    errors.append(f"{name}:{i}: end before value")
        if v is None and e["mod"] is not None:
            errors.append(f"{name}:{i}: mod on a null value")
        for k in ("explicit", "hard"):
            if not isinstance(e[k], bool):
                errors.append(f"{name}:{i}: {k} not boolean")
        if v is None and e["explicit"]:
            errors.append(f"{name}:{i}: explicit with null value")
    return errors, n


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    all_errors, total = [], 0
    for g in golds:
        errs, n = check_file(g)
        all_errors += errs
        total += n
        print(f"{g.name[:-11]:40s} {n:3d} entries {'OK' if not errs else 'ERRORS'}")
    for p in HERE.iterdir():
        if p.suffix in (".txt", ".md", ".html") and not (HERE / f"{p.stem}.gold.jsonl").exists():
            all_errors.append(f"{p.name}: no gold file")
    if len(golds) != 12:
        all_errors.append(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        all_errors.append(f"expected >= 160 entries, found {total}")
    print(f"total: {len(golds)} chronologies, {total} entries")
    for e in all_errors:
        print("ERROR", e)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())
