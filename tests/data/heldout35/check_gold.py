"""Independent gold checker for heldout35 (stdlib only)."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
VAL = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
errs = []; total = 0
for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
    name = os.path.basename(gold)[:-len(".gold.jsonl")]
    srcs = [p for p in glob.glob(os.path.join(HERE, name + ".*")) if p.endswith((".txt", ".md", ".html"))]
    if len(srcs) != 1: errs.append(f"{name}: source count {len(srcs)}"); continue
    text = open(srcs[0], encoding="utf-8").read()
    meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
    if set(meta) != {"title", "publication_date", "format", "style"} or not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
        errs.append(f"{name}: bad meta")
    pos = -1
    for i, line in enumerate(open(gold, encoding="utf-8"), 1):
        if not line.strip(): continue
        e = json.loads(line); total += 1
        keys = set(e)
        if not ({"quote", "value", "mod", "explicit", "hard"} <= keys <= {"quote", "value", "mod", "end", "explicit", "hard"}):
            errs.append(f"{name}:{i} keys {keys}")
        q = e["quote"]
        if text.count(q) != 1: errs.append(f"{name}:{i} quote found {text.count(q)}x: {q!r}")
        else:
            p = text.index(q)
            if p <= pos: errs.append(f"{name}:{i} out of order")
            pos = p
        if not 1 <= len(q.split()) <= 12: errs.append(f"{name}:{i} quote words {len(q.split())}")
        if e["value"] is not None and not VAL.match(e["value"]): errs.append(f"{name}:{i} value {e['value']}")
        if "end" in e and not VAL.match(str(e["end"])): errs.append(f"{name}:{i} end")
        if e["mod"] not in MODS: errs.append(f"{name}:{i} mod")
        if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool): errs.append(f"{name}:{i} bools")
print(f"{total} entries"); print("\n".join(errs) or "OK"); sys.exit(1 if errs else 0)
