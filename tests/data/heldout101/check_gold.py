"""Independent checker for the heldout101 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD, a real day), format, style;
- gold keys: quote, value, mod, explicit, hard (+ optional end), nothing else;
- value / end forms (TIMEX3 subset of the guide), mod in the allowed set;
- every quote occurs exactly once in the visible text, and quotes come in text order;
- quotes hold no HTML tags or entities; for HTML files each quote lies inside one
  text node (one element), i.e. never spans a label cell/<dt>/<b> and its description;
- quotes are 1-14 words and contain no bullet glyph at their start;
- every quote starts an entry: at the start of its line / HTML text node (after a
  bullet glyph or a Markdown bold label such as "**2013** – "), or right after a
  sentence or clause end (". ", "; ") for a second dated clause.
"""
import html
import json
import re
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
    r"|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
SKIP_TAGS = {"script", "style", "head", "title"}


class TextNodes(HTMLParser):
    """Collect visible text nodes (entities unescaped)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


LEAD_OK = re.compile(r"^(?:[-*•·]\s*|\*\*[^*]+\*\*\s*[–—-]\s*)?$")


def starts_entry(container, q):
    """container: the line or text node holding q (exactly once)."""
    before = container[: container.find(q)].lstrip()
    return bool(LEAD_OK.match(before)) or before.rstrip().endswith((".", ";"))


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return True


def check(name, errors):
    gold = HERE / f"{name}.gold.jsonl"
    texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, found {len(texts)}")
        return 0
    src = texts[0]
    meta_p = HERE / f"{name}.meta.json"
    if not meta_p.exists():
        errors.append(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            errors.append(f"{name}: meta keys {sorted(meta)}")
        try:
            date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            errors.append(f"{name}: bad publication_date")
        fmt = src.suffix.lstrip(".").replace("md", "markdown").replace("txt", "text")
        if meta.get("format") != fmt:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {fmt!r}")
    raw = src.read_text(encoding="utf-8")
    nodes = None
    if src.suffix == ".html":
        parser = TextNodes()
        parser.feed(raw)
        nodes = parser.nodes
        text = "\n".join(nodes)
    else:
        text = raw
    pos = -1
    n = 0
    for lineno, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{lineno}: blank line")
            continue
        where = f"{name}:{lineno}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(g)
        if not (KEYS <= keys <= KEYS | {"end"}):
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            errors.append(f"{where}: bad quote {q!r}")
            continue
        if re.search(r"<[a-zA-Z/]|&[a-zA-Z#]\w*;", q):
            errors.append(f"{where}: quote holds markup: {q!r}")
        if q[0] in "•*-–—·:>#" and not q[:2].isdigit():
            errors.append(f"{where}: quote starts with a glyph: {q!r}")
        words = len(q.split())
        if not 1 <= words <= 14:
            errors.append(f"{where}: quote has {words} words")
        c = text.count(q)
        if c != 1:
            errors.append(f"{where}: quote found {c} times: {q!r}")
        else:
            i = text.find(q)
            if i <= pos:
                errors.append(f"{where}: quote out of order: {q!r}")
            pos = i
        if nodes is not None:
            holders = [node for node in nodes if q in node]
            if sum(node.count(q) for node in nodes) != 1:
                errors.append(f"{where}: quote not inside a single HTML text node: {q!r}")
            elif not starts_entry(holders[0], q):
                errors.append(f"{where}: quote does not start its element/clause: {q!r}")
        elif c == 1:
            i = text.find(q)
            line = text[text.rfind("\n", 0, i) + 1:]
            if not starts_entry(line, q):
                errors.append(f"{where}: quote does not start its line/clause: {q!r}")
        v = g["value"]
        if v is not None and not valid_value(v):
            errors.append(f"{where}: bad value {v!r}")
        if "end" in g and (v is None or not valid_value(g["end"])):
            errors.append(f"{where}: bad end {g['end']!r}")
        if "end" in g and v is not None and g["end"] == v:
            errors.append(f"{where}: end equals value")
        if g["mod"] not in MODS:
            errors.append(f"{where}: bad mod {g['mod']!r}")
        if v is None and (g["mod"] is not None or "end" in g):
            errors.append(f"{where}: null value with mod/end")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                errors.append(f"{where}: {k} not boolean")
    return n


def main():
    errors = []
    total = 0
    names = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    for name in names:
        n = check(name, errors)
        print(f"{name:32s} {n:3d} entries")
        total += n
    for p in HERE.iterdir():
        if p.suffix in {".txt", ".md", ".html"} and p.name != "README.md":
            if not (HERE / f"{p.stem}.gold.jsonl").exists():
                errors.append(f"{p.name}: no gold file")
    print(f"{len(names)} files, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
