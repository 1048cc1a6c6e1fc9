"""Independent sanity check of the heldout72 gold files (standard library only)."""
import html, json, os, re, sys
from html.parser import HTMLParser
D = os.path.dirname(os.path.abspath(__file__))
VAL = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}|BC\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}

class Txt(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.chunks = []
    def handle_data(s, d): s.chunks.append(d)

errs = []
def err(m): errs.append(m)
names = sorted({f.split(".")[0] for f in os.listdir(D) if f.endswith(".gold.jsonl")})
total = 0
for n in names:
    src = [f for f in os.listdir(D) if f.startswith(n + ".") and f.rsplit(".", 1)[1] in ("txt", "md", "html")]
    if len(src) != 1: err(f"{n}: need exactly one source file, got {src}"); continue
    raw = open(os.path.join(D, src[0]), encoding="utf-8").read()
    is_html = src[0].endswith(".html")
    if is_html:
        p = Txt(); p.feed(raw); chunks = p.chunks; text = "".join(chunks)
    else:
        text = raw
    meta = json.load(open(os.path.join(D, n + ".meta.json")))
    for k in ("title", "publication_date", "format", "style"):
        if k not in meta: err(f"{n}: meta lacks {k}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("publication_date", "")): err(f"{n}: bad publication_date")
    if meta.get("format") != src[0].rsplit(".", 1)[1]: err(f"{n}: meta format mismatch")
    pos = -1
    for i, line in enumerate(open(os.path.join(D, n + ".gold.jsonl"), encoding="utf-8"), 1):
        total += 1
        o = json.loads(line)
        ks = set(o)
        if not (KEYS <= ks <= KEYS | {"end"}): err(f"{n}:{i}: keys {sorted(ks)}")
        q = o["quote"]
        if not 3 <= len(q.split()) <= 12: err(f"{n}:{i}: quote has {len(q.split())} words")
        if "<" in q or "&" in q and re.search(r"&\w+;", q): err(f"{n}:{i}: markup in quote")
        c = text.count(q)
        if c != 1: err(f"{n}:{i}: quote found {c} times: {q!r}")
        else:
            p2 = text.find(q)
            if p2 < pos: err(f"{n}:{i}: out of order")
            pos = p2
        if is_html and not any(q in ch for ch in chunks): err(f"{n}:{i}: quote spans elements: {q!r}")
        v = o["value"]
        if v is not None and not VAL.match(v): err(f"{n}:{i}: bad value {v}")
        if "end" in o and not VAL.match(o["end"] or ""): err(f"{n}:{i}: bad end")
        if o["mod"] not in MODS: err(f"{n}:{i}: bad mod {o['mod']}")
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool): err(f"{n}:{i}: flags")
for e in errs: print(e)
print(f"{len(names)} files, {total} entries, {len(errs)} errors")
sys.exit(1 if errs else 0)
