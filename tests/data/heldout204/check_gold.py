"""Validate heldout204 (standard library only)."""
import json, re, os, sys, html, calendar, datetime
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__))
VAL = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}|BC\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.nodes = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ("script", "style", "title"): self.skip += 1
    def handle_endtag(self, t):
        if t in ("script", "style", "title"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.nodes.append(d)
errors = []; total = 0; docs = 0
for f in sorted(os.listdir(HERE)):
    if not f.endswith(".meta.json"): continue
    name = f[:-10]; docs += 1
    meta = json.load(open(os.path.join(HERE, f)))
    if set(meta) != {"title", "publication_date", "format", "style"}: errors.append(f"{name}: meta keys")
    pub = datetime.date.fromisoformat(meta["publication_date"])
    ext = {"text": "txt", "markdown": "md", "html": "html"}[meta["format"]]
    raw = open(os.path.join(HERE, f"{name}.{ext}")).read()
    if ext == "html":
        p = Text(); p.feed(raw); nodes = p.nodes; text = "".join(nodes)
    else:
        nodes = [raw]; text = raw
    # weekdays with explicit dates, e.g. "Saturday 2 June" or "Friday, March 8, 2024"
    for m in re.finditer(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)( \d{4})?", text):
        pass  # checked against gold below
    quotes = []
    pos = 0
    for i, line in enumerate(open(os.path.join(HERE, f"{name}.gold.jsonl"))):
        g = json.loads(line); total += 1
        where = f"{name}:{i+1}"
        keys = set(g) - {"end"}
        if keys != {"quote", "value", "mod", "explicit", "hard"}: errors.append(f"{where} keys {set(g)}")
        if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool): errors.append(f"{where} bool types")
        for k in ("value", "end"):
            v = g.get(k)
            if v is not None and not VAL.match(v): errors.append(f"{where} bad {k} {v}")
        if "end" in g and g["end"] is None: errors.append(f"{where} null end")
        if g["mod"] not in MODS: errors.append(f"{where} bad mod")
        q = g["quote"]; quotes.append(q); n = len(q.split())
        if n > 12 or n < 3: errors.append(f"{where} quote length {n}")
        if n < 8: print(f"note: short quote {where}: {q!r}")
        if text.count(q) != 1: errors.append(f"{where} quote found {text.count(q)} times: {q!r}")
        if not any(q in nd for nd in nodes): errors.append(f"{where} quote not in one text node")
        if re.search(r"[<>&*•|\[\]]", q): errors.append(f"{where} markup in quote")
        k = text.find(q)
        if k < pos: errors.append(f"{where} out of order")
        pos = max(pos, k)
        # weekday in quote with day+month: must match value
        m = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", q)
        if m and g["value"] and re.match(r"^\d{4}-\d{2}-\d{2}$", g["value"]):
            d = datetime.date.fromisoformat(g["value"])
            if calendar.day_name[d.weekday()] != m.group(1): errors.append(f"{where} weekday {m.group(1)} != {g['value']}")
    # day headings in live pages, e.g. "Thursday 14 August"
    for m in re.finditer(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)", text):
        if any(m.group(0) in q for q in quotes): continue
        mo = list(calendar.month_name).index(m.group(3))
        d = datetime.date(pub.year, mo, int(m.group(2)))
        if calendar.day_name[d.weekday()] != m.group(1): errors.append(f"{name}: heading weekday {m.group(0)}")
print(f"{docs} documents, {total} entries")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
