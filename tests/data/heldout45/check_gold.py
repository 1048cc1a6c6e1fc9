"""Independent format check of the heldout45 gold (standard library only)."""
import glob, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
VAL = re.compile(r"^(BC\d{4}|\d{4}(-\d\d(-\d\d)?|-W\d\d(-WE)?|-(SP|SU|FA|WI))?|\d{3}X|\d\dXX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
errs, total = [], 0
golds = sorted(glob.glob(os.path.join(D, "*.gold.jsonl")))
for g in golds:
    name = os.path.basename(g)[:-len(".gold.jsonl")]
    texts = [p for p in glob.glob(os.path.join(D, name + ".*")) if p.endswith((".txt", ".md", ".html"))]
    if len(texts) != 1:
        errs.append(f"{name}: expected one text file, got {texts}"); continue
    text = open(texts[0], encoding="utf-8").read()
    meta = json.load(open(os.path.join(D, name + ".meta.json"), encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if k not in meta: errs.append(f"{name}: meta lacks {k}")
    if not re.match(r"^\d{4}-\d\d-\d\d$", str(meta.get("publication_date"))): errs.append(f"{name}: bad publication_date")
    pos = -1
    for i, line in enumerate(open(g, encoding="utf-8"), 1):
        total += 1
        o = json.loads(line)
        keys = set(o)
        if not {"quote", "value", "mod", "explicit", "hard"} <= keys or keys - {"quote", "value", "mod", "explicit", "hard", "end"}:
            errs.append(f"{name}:{i}: keys {sorted(keys)}")
        q = o["quote"]
        if text.count(q) != 1: errs.append(f"{name}:{i}: quote found {text.count(q)} times: {q!r}")
        else:
            p = text.index(q)
            if p <= pos: errs.append(f"{name}:{i}: quote out of order")
            pos = p
        if o["value"] is not None and not VAL.match(o["value"]): errs.append(f"{name}:{i}: bad value {o['value']}")
        if "end" in o and not (isinstance(o["end"], str) and VAL.match(o["end"])): errs.append(f"{name}:{i}: bad end")
        if o["mod"] not in MODS: errs.append(f"{name}:{i}: bad mod {o['mod']}")
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool): errs.append(f"{name}:{i}: flags")
        if o["value"] is None and o["mod"] is not None: errs.append(f"{name}:{i}: mod on null")
if len(golds) != 12: errs.append(f"{len(golds)} files, expected 12")
if total < 160: errs.append(f"{total} entries, expected >= 160")
for e in errs: print(e)
print(f"{len(golds)} files, {total} entries, {len(errs)} errors")
sys.exit(1 if errs else 0)
