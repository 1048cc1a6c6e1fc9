"""Independent format check for the heldout42 chronology gold (standard library only).

Checks: every text has gold and meta; meta keys and date form; gold JSON keys and types;
quotes found exactly once in the text and in text order (non-overlapping); TIMEX3 value forms;
mods; 'end' only with a value. Run: python tests/data/heldout42/check_gold.py
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(?:BC\d{4}|\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-(?:SP|SU|FA|WI)|\d{4}-W\d{2}(?:-WE)?|\d{3}X|\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = ["quote", "value", "mod", "explicit", "hard"]
ALLOWED = set(REQUIRED) | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}


def check_value(v):
    if not VALUE_RE.match(v):
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
    return True


def main():
    errors = []
    names = sorted({f.rsplit(".", 1)[0] for f in os.listdir(HERE)
                    if f.endswith((".txt", ".md", ".html")) and not f.startswith("README")})
    total = 0
    for name in names:
        texts = [f for f in os.listdir(HERE) if f in (name + ".txt", name + ".md", name + ".html")]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, got {texts}")
            continue
        text = open(os.path.join(HERE, texts[0]), encoding="utf-8").read()
        meta_p = os.path.join(HERE, name + ".meta.json")
        gold_p = os.path.join(HERE, name + ".gold.jsonl")
        if not os.path.exists(meta_p) or not os.path.exists(gold_p):
            errors.append(f"{name}: missing meta or gold")
            continue
        meta = json.load(open(meta_p, encoding="utf-8"))
        if set(meta) != META_KEYS:
            errors.append(f"{name}: meta keys {sorted(meta)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{name}: bad publication_date")
        pos = 0
        n = 0
        for i, line in enumerate(open(gold_p, encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            g = json.loads(line)
            n += 1
            where = f"{name}:{i}"
            if [k for k in REQUIRED if k not in g] or set(g) - ALLOWED:
                errors.append(f"{where}: keys {sorted(g)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            if len(q.split()) > 12:
                errors.append(f"{where}: quote longer than 12 words")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                at = text.index(q)
                if at < pos:
                    errors.append(f"{where}: quote out of order or overlapping: {q!r}")
                pos = at + len(q)
            v = g["value"]
            if v is not None and not (isinstance(v, str) and check_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                if v is None or not isinstance(g["end"], str) or not check_value(g["end"]):
                    errors.append(f"{where}: bad end {g.get('end')!r}")
            if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if v is None and (g["mod"] is not None or "end" in g):
                errors.append(f"{where}: null value with mod/end")
        if n == 0:
            errors.append(f"{name}: no gold entries")
        total += n
        print(f"{name:36s} {n:3d} entries")
    print(f"{len(names)} chronologies, {total} gold entries")
    if len(names) < 12 or total < 160:
        errors.append("fewer than 12 chronologies or 160 entries")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
