#!/usr/bin/env python3
"""Independent checker for the heldout30 chronology gold (standard library only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|\d{4}-Q[1-4]|\d{4}-H[12]|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = ["quote", "value", "mod", "explicit", "hard"]
META = ["title", "publication_date", "format", "style"]


def main():
    errors, total, files = [], 0, 0
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".gold.jsonl"):
            continue
        stem = name[: -len(".gold.jsonl")]
        texts = [f for f in os.listdir(HERE) if f.startswith(stem + ".") and f.rsplit(".", 1)[1] in ("txt", "md", "html") and f.count(".") == stem.count(".") + 1]
        if len(texts) != 1:
            errors.append(f"{stem}: expected one text file, got {texts}"); continue
        text = open(os.path.join(HERE, texts[0]), encoding="utf-8").read()
        try:
            meta = json.load(open(os.path.join(HERE, stem + ".meta.json"), encoding="utf-8"))
        except Exception as e:
            errors.append(f"{stem}: meta: {e}"); meta = {}
        for k in META:
            if k not in meta:
                errors.append(f"{stem}: meta lacks {k}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
            errors.append(f"{stem}: bad publication_date")
        files += 1
        pos = -1
        for i, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{name}:{i}"
            try:
                o = json.loads(line)
            except Exception as e:
                errors.append(f"{where}: json {e}"); continue
            total += 1
            for k in REQ:
                if k not in o:
                    errors.append(f"{where}: missing {k}")
            extra = set(o) - set(REQ) - {"end"}
            if extra:
                errors.append(f"{where}: unknown keys {extra}")
            q = o.get("quote", "")
            n = len(q.split())
            if not 8 <= n <= 12:
                errors.append(f"{where}: quote has {n} words")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                p = text.index(q)
                if p < pos:
                    errors.append(f"{where}: quote out of order or overlapping the previous one")
                pos = p + len(q)
            v = o.get("value")
            if v is not None and not VALUE_RE.match(v):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in o and (o["end"] is None or not VALUE_RE.match(o["end"])):
                errors.append(f"{where}: bad end {o['end']!r}")
            if o.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {o.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(o.get(k), bool):
                    errors.append(f"{where}: {k} not bool")
            if v is None and (o.get("mod") or "end" in o):
                errors.append(f"{where}: null value with mod/end")
    print(f"{files} files, {total} entries, {len(errors)} errors")
    for e in errors:
        print("  " + e)
    if files != 12 or total < 160:
        print("  expected 12 files and >= 160 entries"); return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
