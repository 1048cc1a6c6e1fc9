"""Independent checker for the heldout40 gold files (standard library only)."""
import json, re, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent
VAL = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errors, total = [], 0
golds = sorted(HERE.glob("*.gold.jsonl"))
for g in golds:
    name = g.name[:-len(".gold.jsonl")]
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
        errors.append(f"{name}: meta {e}")
    pos = -1
    for i, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip(): errors.append(f"{name}:{i} blank line"); continue
        e = json.loads(line); total += 1
        keys = set(e)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            errors.append(f"{name}:{i} keys {sorted(keys)}")
        q = e["quote"]
        n = len(q.split())
        if not 8 <= n <= 12: errors.append(f"{name}:{i} quote has {n} words: {q!r}")
        c = text.count(q)
        if c != 1: errors.append(f"{name}:{i} quote found {c} times: {q!r}")
        p = text.find(q)
        if p <= pos: errors.append(f"{name}:{i} quote out of order: {q!r}")
        pos = max(pos, p)
        v = e["value"]
        if v is not None and not VAL.match(v): errors.append(f"{name}:{i} bad value {v!r}")
        if "end" in e and (e["end"] is None or not VAL.match(e["end"])): errors.append(f"{name}:{i} bad end")
        if e["mod"] not in MODS: errors.append(f"{name}:{i} bad mod {e['mod']!r}")
        if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
            errors.append(f"{name}:{i} explicit/hard not bool")
        if v is None and e["explicit"]: errors.append(f"{name}:{i} null value but explicit")
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v or "")
        if m:
            import datetime
            try: datetime.date(*map(int, m.groups()))
            except ValueError: errors.append(f"{name}:{i} impossible date {v}")
print(f"{len(golds)} files, {total} entries")
for x in errors: print("ERROR", x)
if len(golds) != 12: print("ERROR expected 12 files"); errors.append(1)
if total < 160: print("ERROR fewer than 160 entries"); errors.append(1)
sys.exit(1 if errors else 0)
