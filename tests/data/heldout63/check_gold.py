#!/usr/bin/env python3
"""Independent checker for the heldout63 chronology gold files (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a text file NAME.txt / NAME.md / NAME.html exists, and NAME.meta.json with
  title, publication_date (YYYY-MM-DD, a real date), format (matching the extension), style;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (plus end when a range is annotated), of the right types;
- value / end are TIMEX3 forms allowed by the guide (plus YYYY-Qn quarters), or null;
- mod is null or one of the TIMEX3 mods listed in the guide;
- every quote has 1-12 words, contains no markup or newline, occurs exactly once in the
  file, and quotes occur in text order without overlapping;
- an end is never earlier than its value (compared on a coarse sortable key).
Exit status 0 when everything passes; prints each problem otherwise.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}-\d{2}-\d{2}"          # day
    r"|\d{4}-\d{2}"               # month
    r"|\d{4}"                     # year
    r"|\d{4}-W\d{2}(?:-WE)?"      # ISO week / weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"     # season
    r"|\d{4}-Q[1-4]"              # quarter
    r"|\d{3}X"                    # decade
    r"|\d{2}XX"                   # century
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX"  # BC year / decade / century
    r")$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        last = datetime.date(int(m.group(1)), 12, 28).isocalendar()[1]
        if not 1 <= int(m.group(2)) <= last:
            return False
    return True


def sort_key(v):
    """Coarse start key: signed year, then month."""
    bc = v.startswith("BC")
    s = v[2:] if bc else v
    year = int(s[:4].replace("X", "0"))
    year = -year if bc else year
    m = re.match(r"^\d{4}-(\d{2})", s)
    month = int(m.group(1)) if m else 0
    return (year, month)


def main():
    problems = []
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE)
                   if f.endswith(".gold.jsonl"))
    total = 0
    for name in names:
        texts = [f for f in os.listdir(HERE)
                 if f.startswith(name + ".") and f.rsplit(".", 1)[1] in ("txt", "md", "html")
                 and f.count(".") == name.count(".") + 1]
        if len(texts) != 1:
            problems.append(f"{name}: expected one text file, found {texts}")
            continue
        ext = texts[0].rsplit(".", 1)[1]
        text = open(os.path.join(HERE, texts[0]), encoding="utf-8").read()
        meta_path = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(meta_path):
            problems.append(f"{name}: missing meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta.get(k):
                    problems.append(f"{name}: meta key {k} missing or empty")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                    raise ValueError
            except (ValueError, TypeError):
                problems.append(f"{name}: bad publication_date {meta.get('publication_date')!r}")
            if meta.get("format") != ext:
                problems.append(f"{name}: meta format {meta.get('format')!r} != extension {ext}")
        pos = 0
        n = 0
        for lineno, line in enumerate(open(os.path.join(HERE, name + ".gold.jsonl"),
                                           encoding="utf-8"), 1):
            where = f"{name}.gold.jsonl:{lineno}"
            if not line.strip():
                problems.append(f"{where}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: bad JSON ({e})")
                continue
            n += 1
            keys = set(o)
            if keys - {"end"} != KEYS:
                problems.append(f"{where}: keys {sorted(keys)}")
                continue
            q, v, mod = o["quote"], o["value"], o["mod"]
            if not isinstance(q, str) or not q.strip():
                problems.append(f"{where}: empty quote")
                continue
            if q != q.strip() or "\n" in q or "<" in q or ">" in q:
                problems.append(f"{where}: quote has markup/newline/edge spaces: {q!r}")
            words = len(q.split())
            if not 1 <= words <= 12:
                problems.append(f"{where}: quote has {words} words")
            count = text.count(q)
            if count != 1:
                problems.append(f"{where}: quote found {count} times: {q!r}")
            else:
                i = text.find(q)
                if i < pos:
                    problems.append(f"{where}: quote out of order or overlapping the previous one: {q!r}")
                pos = i + len(q)
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                problems.append(f"{where}: bad value {v!r}")
            if mod is not None and mod not in MODS:
                problems.append(f"{where}: bad mod {mod!r}")
            if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
                problems.append(f"{where}: explicit/hard must be booleans")
            if "end" in o:
                e = o["end"]
                if v is None or not isinstance(e, str) or not valid_value(e):
                    problems.append(f"{where}: bad end {e!r} (value {v!r})")
                elif sort_key(e) < sort_key(v):
                    problems.append(f"{where}: end {e} before value {v}")
            if v is None and (mod is not None or "end" in o):
                problems.append(f"{where}: null value with mod/end")
        if n == 0:
            problems.append(f"{name}: no gold entries")
        total += n
        print(f"{name}: {n} entries")
    print(f"{len(names)} files, {total} entries")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
