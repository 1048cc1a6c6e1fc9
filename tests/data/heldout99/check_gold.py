"""Independent checker for the heldout99 chronology gold (standard library only)."""
import html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
META = {"title", "publication_date", "format", "style"}
errors = []


class Text(HTMLParser):
    """Collects visible text per element (data runs between tags)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.runs, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self.skip:
            self.skip -= 1
    def handle_data(self, data):
        if not self.skip:
            self.runs.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return True


def err(name, msg):
    errors.append(f"{name}: {msg}")


docs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html") and not p.name.startswith("README"))
total = 0
for doc in docs:
    name = doc.stem
    gold_p, meta_p = HERE / f"{name}.gold.jsonl", HERE / f"{name}.meta.json"
    if not gold_p.exists() or not meta_p.exists():
        err(name, "missing gold or meta"); continue
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != META:
        err(name, f"meta keys {sorted(meta)}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
        err(name, "bad publication_date")
    if meta.get("format") != doc.suffix[1:]:
        err(name, f"format {meta.get('format')} != {doc.suffix[1:]}")
    raw = doc.read_text(encoding="utf-8")
    if doc.suffix == ".html":
        parser = Text(); parser.feed(raw)
        runs = parser.runs
        visible = "\n".join(runs)
    else:
        runs, visible = None, raw
    pos = -1
    lines = gold_p.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        total += 1
        try:
            e = json.loads(line)
        except ValueError as x:
            err(name, f"line {i} not JSON: {x}"); continue
        keys = set(e)
        if not REQ <= keys or keys - REQ - {"end"}:
            err(name, f"line {i} keys {sorted(keys)}")
        q = e.get("quote", "")
        nw = len(q.split())
        if nw > 12:
            err(name, f"line {i} quote has {nw} words (>12)")
        if not q or q != q.strip():
            err(name, f"line {i} quote empty or padded")
        if any(c in q for c in "<>&*#[]") or q.startswith(("•", "-", "–")):
            err(name, f"line {i} quote contains markup, entity or bullet glyph: {q!r}")
        if visible.count(q) != 1:
            err(name, f"line {i} quote found {visible.count(q)} times in visible text: {q!r}")
        else:
            p = visible.find(q)
            if p <= pos:
                err(name, f"line {i} quote out of order: {q!r}")
            pos = p
        if runs is not None and sum(r.count(q) for r in runs) != 1:
            err(name, f"line {i} quote not inside exactly one HTML text element: {q!r}")
        if runs is not None and raw.count(q) != 1:
            err(name, f"line {i} quote not literally in HTML source once: {q!r}")
        v = e.get("value")
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(name, f"line {i} bad value {v!r}")
        if e.get("mod") not in MODS:
            err(name, f"line {i} bad mod {e.get('mod')!r}")
        if "end" in e:
            if not isinstance(e["end"], str) or not valid_value(e["end"]):
                err(name, f"line {i} bad end {e['end']!r}")
            elif v is None:
                err(name, f"line {i} end without value")
        for k in ("explicit", "hard"):
            if not isinstance(e.get(k), bool):
                err(name, f"line {i} {k} not bool")
        if v is None and (e.get("mod") or e.get("explicit")):
            err(name, f"line {i} null value with mod or explicit")
    print(f"{name}: {len(lines)} entries")

for stem in {p.name.split(".")[0] for p in HERE.glob("*.gold.jsonl")} - {d.stem for d in docs}:
    err(stem, "gold without document")
print(f"{len(docs)} files, {total} entries")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
