"""Independent checker for the heldout48 gold files (standard library only)."""
import json, pathlib, re, sys
from html.parser import HTMLParser

BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "tr", "td", "th", "br", "section",
         "article", "aside", "header", "footer", "nav", "ul", "ol", "table", "title", "main"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(src):
    """Visible text of an HTML page: block tags become line breaks, inline tags vanish."""
    parser = _Text()
    parser.feed(src)
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


HERE = pathlib.Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}
errors = []
total = 0
files = 0
for gold in sorted(HERE.glob("*.gold.jsonl")):
    name = gold.name[:-len(".gold.jsonl")]
    texts = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        errors.append(f"{name}: expected one text file, got {texts}")
        continue
    text = texts[0].read_text(encoding="utf-8")
    if texts[0].suffix == ".html":
        text = html_text(text)
    meta_p = HERE / (name + ".meta.json")
    if not meta_p.exists():
        errors.append(f"{name}: missing meta")
    else:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta:
                errors.append(f"{name}: meta lacks {k}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != texts[0].suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix}")
    files += 1
    pos = -1
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{n}: blank line")
            continue
        total += 1
        o = json.loads(line)
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            errors.append(f"{name}:{n}: keys {sorted(keys)}")
        q = o.get("quote", "")
        words = len(q.split())
        if words < 3 or words > 14:
            errors.append(f"{name}:{n}: quote has {words} words")
        c = text.count(q)
        if c != 1:
            errors.append(f"{name}:{n}: quote found {c} times: {q!r}")
        else:
            i = text.index(q)
            if i <= pos:
                errors.append(f"{name}:{n}: quote out of order: {q!r}")
            pos = i
        v = o.get("value")
        if v is not None and not VALUE_RE.match(v):
            errors.append(f"{name}:{n}: bad value {v!r}")
        if "end" in o and (o["end"] is None or not VALUE_RE.match(o["end"])):
            errors.append(f"{name}:{n}: bad end {o['end']!r}")
        if o.get("mod") not in MODS:
            errors.append(f"{name}:{n}: bad mod {o.get('mod')!r}")
        if v is None and (o.get("mod") is not None or "end" in o):
            errors.append(f"{name}:{n}: null value with mod/end")
        for k in ("explicit", "hard"):
            if not isinstance(o.get(k), bool):
                errors.append(f"{name}:{n}: {k} not bool")
print(f"{files} files, {total} gold entries")
for e in errors:
    print("ERROR", e)
if files < 12 or total < 160:
    print("WARNING: fewer than 12 files or 160 entries")
sys.exit(1 if errors else 0)
