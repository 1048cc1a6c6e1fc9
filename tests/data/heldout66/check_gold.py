"""Independent checker for the heldout66 gold files (standard library only)."""
import json, re, sys, pathlib
D = pathlib.Path(__file__).parent
VAL = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}|BC\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errs = []; total = 0
for g in sorted(D.glob("*.gold.jsonl")):
    name = g.name[:-len(".gold.jsonl")]
    srcs = [p for p in D.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(srcs) != 1: errs.append(f"{name}: source count {len(srcs)}"); continue
    text = srcs[0].read_text(encoding="utf-8")
    meta = json.loads((D / f"{name}.meta.json").read_text())
    if not {"title", "publication_date", "format", "style"} <= meta.keys(): errs.append(f"{name}: meta keys")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")): errs.append(f"{name}: pubdate")
    pos = -1
    for i, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip(): continue
        o = json.loads(line); total += 1
        k = set(o)
        if not (KEYS <= k <= KEYS | {"end"}): errs.append(f"{name}:{i} keys {k}")
        q = o["quote"]; n = len(q.split())
        if not 5 <= n <= 12: errs.append(f"{name}:{i} quote words {n}")
        if text.count(q) != 1: errs.append(f"{name}:{i} quote found {text.count(q)}x: {q}")
        p = text.find(q)
        if p <= pos: errs.append(f"{name}:{i} out of order")
        pos = p
        v = o["value"]
        if v is not None and not VAL.match(v): errs.append(f"{name}:{i} value {v}")
        if "end" in o and not VAL.match(o["end"] or ""): errs.append(f"{name}:{i} end {o['end']}")
        if o["mod"] not in MODS: errs.append(f"{name}:{i} mod {o['mod']}")
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool): errs.append(f"{name}:{i} bools")
print(f"{total} gold entries")
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
