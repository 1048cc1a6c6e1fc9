"""Independent checker for the heldout46 chronology gold (standard library only)."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}(-\d{2}(-\d{2})?)?)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errors, total, files = [], 0, 0
for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
    name = os.path.basename(gold)[:-len(".gold.jsonl")]
    texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, found {texts}"); continue
    text = open(texts[0], encoding="utf-8").read()
    meta_p = os.path.join(HERE, name + ".meta.json")
    if not os.path.exists(meta_p):
        errors.append(f"{name}: no meta"); continue
    meta = json.load(open(meta_p, encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if k not in meta: errors.append(f"{name}: meta lacks {k}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
        errors.append(f"{name}: bad publication_date")
    files += 1
    last = -1
    for n, line in enumerate(open(gold, encoding="utf-8"), 1):
        if not line.strip():
            errors.append(f"{name}:{n}: blank line"); continue
        try:
            o = json.loads(line)
        except ValueError as e:
            errors.append(f"{name}:{n}: bad JSON {e}"); continue
        total += 1
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            errors.append(f"{name}:{n}: keys {sorted(keys)}")
        q = o.get("quote", "")
        nw = len(q.split())
        if not 8 <= nw <= 12:
            errors.append(f"{name}:{n}: quote has {nw} words: {q!r}")
        c = text.count(q)
        if c != 1:
            errors.append(f"{name}:{n}: quote found {c} times: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                errors.append(f"{name}:{n}: quote out of order: {q!r}")
            last = pos
        v = o.get("value")
        if v is not None and not VALUE.match(v):
            errors.append(f"{name}:{n}: bad value {v!r}")
        if "end" in o and (o["end"] is None or not VALUE.match(o["end"])):
            errors.append(f"{name}:{n}: bad end {o['end']!r}")
        if o.get("mod") not in MODS:
            errors.append(f"{name}:{n}: bad mod {o.get('mod')!r}")
        for b in ("explicit", "hard"):
            if not isinstance(o.get(b), bool):
                errors.append(f"{name}:{n}: {b} not boolean")
        if v is None and (o.get("mod") or "end" in o):
            errors.append(f"{name}:{n}: null value with mod/end")
for e in errors:
    print("ERROR", e)
print(f"{files} files, {total} gold entries, {len(errors)} errors")
sys.exit(1 if errors or files < 12 or total < 160 else 0)
