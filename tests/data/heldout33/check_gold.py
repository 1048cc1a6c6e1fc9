"""Independent checker for the heldout33 gold files (standard library only)."""
import calendar, html, json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
VALUE = re.compile(r"^(BC\d{4}|\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        y, mo, d = map(int, m.groups())
        return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m:
        return 1 <= int(m.group(1)) <= 12
    return True


def text_of(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        stripped = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        stripped = html.unescape(re.sub(r"<[^>]+>", " ", stripped))
        return raw, stripped
    return raw, None


total = 0
golds = sorted(HERE.glob("*.gold.jsonl"))
for gold in golds:
    name = gold.name[: -len(".gold.jsonl")]
    srcs = [HERE / f"{name}{ext}" for ext in (".txt", ".md", ".html") if (HERE / f"{name}{ext}").exists()]
    if len(srcs) != 1:
        err(f"{name}: expected exactly one source file, found {srcs}")
        continue
    raw, stripped = text_of(srcs[0])
    meta_p = HERE / f"{name}.meta.json"
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta:
                err(f"{name}: meta lacks {k}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
            err(f"{name}: bad publication_date")
    except Exception as e:  # noqa: BLE001
        err(f"{name}: meta unreadable: {e}")
    pos = -1
    pos2 = -1
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{i}: blank line")
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{i}: bad JSON {e}")
            continue
        total += 1
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        nwords = len(q.split())
        if not 5 <= nwords <= 14:
            err(f"{name}:{i}: quote has {nwords} words")
        for label, txt, last in (("raw", raw, pos), ("text", stripped, pos2)):
            if txt is None:
                continue
            c = txt.count(q)
            if c != 1:
                err(f"{name}:{i}: quote found {c} times in {label}: {q!r}")
                continue
            p = txt.find(q)
            if p <= last:
                err(f"{name}:{i}: quote out of order in {label}")
            if label == "raw":
                pos = p
            else:
                pos2 = p
        if not valid_value(o["value"]):
            err(f"{name}:{i}: bad value {o['value']!r}")
        if "end" in o and (o["end"] is None or not valid_value(o["end"])):
            err(f"{name}:{i}: bad end {o.get('end')!r}")
        if o["mod"] not in MODS:
            err(f"{name}:{i}: bad mod {o['mod']!r}")
        for b in ("explicit", "hard"):
            if not isinstance(o[b], bool):
                err(f"{name}:{i}: {b} not bool")
        if o["value"] is None and (o["explicit"] or o["mod"] or "end" in o):
            err(f"{name}:{i}: null value with explicit/mod/end")

for e in errors:
    print("ERROR", e)
print(f"{len(golds)} files, {total} gold entries, {len(errors)} errors")
sys.exit(1 if errors or len(golds) < 12 or total < 160 else 0)
