"""Independent checker for the heldout58 chronology gold files (stdlib only)."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
errors = []
total = 0
docs = sorted(p for p in HERE.iterdir() if p.suffix in {".txt", ".md", ".html"} and p.name != "README.md")
for doc in docs:
    name = doc.stem
    gold = HERE / f"{name}.gold.jsonl"
    meta = HERE / f"{name}.meta.json"
    if not gold.exists() or not meta.exists():
        errors.append(f"{name}: missing gold or meta"); continue
    m = json.loads(meta.read_text(encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if k not in m:
            errors.append(f"{name}: meta lacks {k}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(m.get("publication_date", ""))):
        errors.append(f"{name}: bad publication_date")
    text = doc.read_text(encoding="utf-8")
    pos = -1
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        total += 1
        e = json.loads(line)
        where = f"{name}:{i}"
        keys = set(e)
        if not REQ <= keys or not keys <= REQ | {"end"}:
            errors.append(f"{where}: keys {sorted(keys)}")
        q = e.get("quote", "")
        n = len(q.split())
        if not 3 <= n <= 12:
            errors.append(f"{where}: quote has {n} words")
        c = text.count(q)
        if c != 1:
            errors.append(f"{where}: quote found {c} times: {q!r}")
        else:
            p = text.index(q)
            if p <= pos:
                errors.append(f"{where}: quote out of order")
            pos = p
        v = e.get("value")
        if v is not None and not VALUE.match(v):
            errors.append(f"{where}: bad value {v!r}")
        if "end" in e and (e["end"] is None or not VALUE.match(e["end"])):
            errors.append(f"{where}: bad end {e['end']!r}")
        if e.get("mod") not in MODS:
            errors.append(f"{where}: bad mod {e.get('mod')!r}")
        if not isinstance(e.get("explicit"), bool) or not isinstance(e.get("hard"), bool):
            errors.append(f"{where}: explicit/hard must be booleans")
        if v is None and (e.get("mod") or "end" in e):
            errors.append(f"{where}: null value with mod/end")
for g in HERE.glob("*.gold.jsonl"):
    if not any(d.stem == g.name[:-11] for d in docs):
        errors.append(f"{g.name}: no text file")
print(f"{len(docs)} files, {total} gold entries")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
