"""Independent checker for the heldout19 chronology gold (standard library only)."""
import json, re, sys, datetime
from pathlib import Path

D = Path(__file__).resolve().parent
VALUE = re.compile(r"^(\d{4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|SP|SU|FA|WI))?|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = ["quote", "value", "mod", "explicit", "hard"]
errors, total, nfiles = [], 0, 0

def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            return False
        if d:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                return False
    return True

for gold in sorted(D.glob("*.gold.jsonl")):
    name = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in (D / f"{name}.txt", D / f"{name}.md", D / f"{name}.html") if p.exists()]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, got {texts}")
        continue
    text = texts[0].read_text(encoding="utf-8")
    nfiles += 1
    meta_p = D / f"{name}.meta.json"
    if not meta_p.exists():
        errors.append(f"{name}: missing meta")
    else:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not meta.get(k):
                errors.append(f"{name}: meta lacks {k}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != texts[0].suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix}")
    pos = -1
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line"); continue
        g = json.loads(line)
        total += 1
        keys = set(g)
        if not set(REQ) <= keys or not keys <= set(REQ) | {"end"}:
            errors.append(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        n = len(q.split())
        # 8-12 words; a shorter quote is allowed only when it is the whole entry/clause
        if not (8 <= n <= 12 or (3 <= n < 8 and q.rstrip().endswith((".", "!", "?")))):
            errors.append(f"{name}:{i}: quote has {n} words")
        c = text.count(q)
        if c != 1:
            errors.append(f"{name}:{i}: quote found {c} times: {q!r}")
        else:
            p = text.index(q)
            if p <= pos:
                errors.append(f"{name}:{i}: quote out of order: {q!r}")
            pos = p
        if not valid_value(g["value"]):
            errors.append(f"{name}:{i}: bad value {g['value']!r}")
        if g["mod"] not in MODS:
            errors.append(f"{name}:{i}: bad mod {g['mod']!r}")
        if "end" in g:
            if not valid_value(g["end"]) or g["end"] is None or g["value"] is None:
                errors.append(f"{name}:{i}: bad end {g['end']!r}")
            elif g["end"] <= g["value"] and not g["value"].startswith("BC"):
                errors.append(f"{name}:{i}: end not after value")
        if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
            errors.append(f"{name}:{i}: explicit/hard must be booleans")
        if g["value"] is None and g["mod"] is not None:
            errors.append(f"{name}:{i}: null value with a mod")

for e in errors:
    print("ERROR", e)
print(f"{nfiles} files, {total} gold entries, {len(errors)} errors")
if nfiles < 12 or total < 160:
    print("ERROR: need at least 12 files and 160 entries")
    sys.exit(1)
sys.exit(1 if errors else 0)
