"""Independent checker for the heldout6 gold files (standard library only)."""
import json, pathlib, re, sys
D = pathlib.Path(__file__).parent
VAL = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-(SP|SU|FA|WI)|\d{4}-W\d{2}(-WE)?|\d{3}X|\d{2}XX|BC\d{4}|BC\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errs, n, files = [], 0, 0
for g in sorted(D.glob("*.gold.jsonl")):
    name = g.name[: -len(".gold.jsonl")]
    texts = [p for p in D.iterdir() if p.name in (name + ".txt", name + ".md", name + ".html")]
    if len(texts) != 1: errs.append(f"{name}: need exactly one text file"); continue
    text = texts[0].read_text(encoding="utf-8")
    meta = json.loads((D / (name + ".meta.json")).read_text(encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if k not in meta: errs.append(f"{name}: meta lacks {k}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")): errs.append(f"{name}: bad publication_date")
    if meta.get("format") != texts[0].suffix[1:]: errs.append(f"{name}: format != extension")
    pos = -1; files += 1
    for i, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
        o = json.loads(line); n += 1; w = f"{name}:{i}"
        ks = set(o)
        if not (KEYS <= ks <= KEYS | {"end"}): errs.append(f"{w}: keys {sorted(ks)}")
        qt = o["quote"]
        if not (3 <= len(qt.split()) <= 12): errs.append(f"{w}: quote length")
        if text.count(qt) != 1: errs.append(f"{w}: quote found {text.count(qt)} times")
        p = text.find(qt)
        if p <= pos: errs.append(f"{w}: quote out of order")
        pos = max(pos, p)
        for k in ("value", "end"):
            v = o.get(k)
            if v is not None and not VAL.match(v): errs.append(f"{w}: bad {k} {v}")
        if "end" in o and o["end"] is None: errs.append(f"{w}: end present but null")
        if o["mod"] not in MODS: errs.append(f"{w}: bad mod")
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool): errs.append(f"{w}: flags not bool")
        if o["value"] is None and (o["mod"] or "end" in o): errs.append(f"{w}: null value with mod/end")
print(f"{files} files, {n} entries")
for e in errs: print("ERROR", e)
sys.exit(1 if errs or files != 12 or n < 160 else 0)
