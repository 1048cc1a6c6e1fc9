#!/usr/bin/env python3
"""Independent validator for the heldout20 chronology gold (standard library only)."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:BC\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}"
                      r"|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX)$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        name = os.path.basename(gold)[:-len(".gold.jsonl")]
        texts = [p for p in glob.glob(os.path.join(HERE, name + ".*"))
                 if p.endswith((".txt", ".md", ".html"))]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, got {texts}")
            continue
        files += 1
        text = open(texts[0], encoding="utf-8").read()
        meta_p = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(meta_p, encoding="utf-8"))
            if not META_KEYS <= set(meta):
                errors.append(f"{name}: meta keys missing {META_KEYS - set(meta)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != os.path.splitext(texts[0])[1][1:]:
                errors.append(f"{name}: meta format does not match extension")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: meta unreadable: {e}")
        pos = -1
        for i, line in enumerate(open(gold, encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            e = json.loads(line)
            total += 1
            keys = set(e)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errors.append(f"{name}:{i}: keys {sorted(keys)}")
            q = e.get("quote", "")
            n = len(q.split())
            if not (1 <= n <= 12):
                errors.append(f"{name}:{i}: quote has {n} words")
            if text.count(q) != 1:
                errors.append(f"{name}:{i}: quote found {text.count(q)} times: {q!r}")
            else:
                p = text.index(q)
                if p <= pos:
                    errors.append(f"{name}:{i}: quote out of text order")
                pos = p
            v = e.get("value")
            if v is not None and not VALUE_RE.match(v):
                errors.append(f"{name}:{i}: bad value {v!r}")
            if "end" in e and (e["end"] is None or not VALUE_RE.match(e["end"])):
                errors.append(f"{name}:{i}: bad end {e['end']!r}")
            if "end" in e and v is not None and not v.startswith("BC") and e["end"] < v:
                errors.append(f"{name}:{i}: end before value")
            if e.get("mod") not in MODS:
                errors.append(f"{name}:{i}: bad mod {e.get('mod')!r}")
            if v is None and (e.get("mod") or "end" in e):
                errors.append(f"{name}:{i}: null value with mod/end")
            for k in ("explicit", "hard"):
                if not isinstance(e.get(k), bool):
                    errors.append(f"{name}:{i}: {k} not bool")
    for err in errors:
        print("ERROR", err)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    if files != 12 or total < 160:
        print("ERROR: need 12 files and at least 160 entries")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
