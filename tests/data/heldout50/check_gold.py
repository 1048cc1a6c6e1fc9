"""Independent format check for the heldout50 gold files (stdlib only)."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errors = []
total = 0
golds = sorted(HERE.glob("*.gold.jsonl"))
for g in golds:
    name = g.name[: -len(".gold.jsonl")]
    texts = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        errors.append(f"{name}: expected one text file, got {texts}"); continue
    text = texts[0].read_text(encoding="utf-8")
    meta_p = HERE / (name + ".meta.json")
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta: errors.append(f"{name}: meta lacks {k}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
            errors.append(f"{name}: bad publication_date")
    except Exception as e:
        errors.append(f"{name}: meta unreadable: {e}")
    pos = -1
    for i, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip(): errors.append(f"{name}:{i}: blank line"); continue
        try: o = json.loads(line)
        except Exception as e: errors.append(f"{name}:{i}: bad JSON {e}"); continue
        total += 1
        ks = set(o)
        if not (KEYS <= ks and ks <= KEYS | {"end"}):
            errors.append(f"{name}:{i}: keys {sorted(ks)}")
        q = o.get("quote", "")
        n = len(q.split())
        if not (5 <= n <= 14): errors.append(f"{name}:{i}: quote has {n} words")
        c = text.count(q)
        if c != 1: errors.append(f"{name}:{i}: quote found {c} times: {q!r}")
        else:
            p = text.find(q)
            if p < pos: errors.append(f"{name}:{i}: quote out of order: {q!r}")
            pos = p
        v = o.get("value")
        if v is not None and not VALUE.match(v): errors.append(f"{name}:{i}: bad value {v!r}")
        if "end" in o and (o["end"] is None or not VALUE.match(o["end"])):
            errors.append(f"{name}:{i}: bad end {o.get('end')!r}")
        if o.get("mod") not in MODS: errors.append(f"{name}:{i}: bad mod {o.get('mod')!r}")
        for b in ("explicit", "hard"):
            if not isinstance(o.get(b), bool): errors.append(f"{name}:{i}: {b} not bool")
for e in errors: print(e)
print(f"{len(golds)} files, {total} entries")
if errors or len(golds) < 12 or total < 160:
    print("FAIL"); sys.exit(1)
print("OK")
