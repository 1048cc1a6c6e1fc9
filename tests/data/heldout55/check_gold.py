"""Independent checker for the heldout55 chronology gold (standard library only)."""
import calendar, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}|BC\d{2}XX|BC\d{3}X)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
errors, total = [], 0

def valid_day(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        y, mo, d = map(int, m.groups())
        return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]
    m = re.match(r"^\d{4}-(\d{2})$", v)
    return not m or 1 <= int(m.group(1)) <= 12

names = sorted(os.path.basename(p)[:-len(".gold.jsonl")] for p in glob.glob(os.path.join(HERE, "*.gold.jsonl")))
for name in names:
    texts = [p for ext in ("txt", "md", "html") for p in [os.path.join(HERE, f"{name}.{ext}")] if os.path.exists(p)]
    if len(texts) != 1:
        errors.append(f"{name}: expected one text file, found {texts}"); continue
    text = open(texts[0], encoding="utf-8").read()
    meta_path = os.path.join(HERE, f"{name}.meta.json")
    try:
        meta = json.load(open(meta_path, encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta: errors.append(f"{name}: meta lacks {k}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")): errors.append(f"{name}: bad publication_date")
        if meta.get("format") not in ("txt", "md", "html") or not texts[0].endswith("." + meta.get("format", "?")):
            errors.append(f"{name}: meta format does not match file")
    except Exception as e:
        errors.append(f"{name}: meta unreadable: {e}")
    pos, n = -1, 0
    for i, line in enumerate(open(os.path.join(HERE, f"{name}.gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip(): continue
        n += 1
        try:
            g = json.loads(line)
        except Exception as e:
            errors.append(f"{name}:{i}: bad JSON {e}"); continue
        keys = set(g)
        if not REQ <= keys or keys - REQ - {"end"}:
            errors.append(f"{name}:{i}: bad keys {sorted(keys)}")
        q = g.get("quote", "")
        if not isinstance(q, str) or len(q.split()) < 3 or len(q.split()) > 14:
            errors.append(f"{name}:{i}: quote length {len(str(q).split())} words")
        c = text.count(q)
        if c != 1:
            errors.append(f"{name}:{i}: quote found {c} times: {q!r}")
        else:
            p = text.find(q)
            if p <= pos: errors.append(f"{name}:{i}: quote out of order: {q!r}")
            pos = p
        v = g.get("value")
        if v is not None and (not isinstance(v, str) or not VALUE.match(v) or not valid_day(v)):
            errors.append(f"{name}:{i}: bad value {v!r}")
        if "end" in g and (not isinstance(g["end"], str) or not VALUE.match(g["end"]) or v is None):
            errors.append(f"{name}:{i}: bad end {g['end']!r}")
        if g.get("mod") not in MODS: errors.append(f"{name}:{i}: bad mod {g.get('mod')!r}")
        for k in ("explicit", "hard"):
            if not isinstance(g.get(k), bool): errors.append(f"{name}:{i}: {k} not bool")
    total += n
    print(f"{name}: {n} entries")
print(f"{len(names)} files, {total} entries")
if len(names) != 12: errors.append(f"expected 12 chronologies, found {len(names)}")
if total < 160: errors.append(f"expected at least 160 entries, found {total}")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
