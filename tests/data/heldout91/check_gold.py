"""Independent checker for the heldout91 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file (NAME.txt / .md / .html) and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), with valid types;
- value / end are TIMEX3 forms allowed by the guide, mod is an allowed TIMEX3 mod;
- each quote occurs exactly once in the visible text and quotes appear in text order;
- HTML files: quotes contain no tags or entities, and each quote lies inside a single
  text node (one element), so it never spans a date cell / label and its description.
"""
import html
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(-WE)?"            # weeks, weekends
    r"|\d{4}-(SP|SU|FA|WI)"           # seasons
    r"|\d{3}X|\d{2}XX"                # decades, centuries
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$"  # BC years, decades, centuries
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}


class TextNodes(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    if re.match(r"^\d{4}-\d{2}", v) and "W" not in v and v[5:7] not in ("SP", "SU", "FA", "WI"):
        if not 1 <= int(v[5:7]) <= 12:
            return False
        if len(v) == 10:
            import datetime
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                return False
    return True


def check(name, errors):
    def err(msg):
        errors.append(f"{name}: {msg}")

    texts = [f for f in os.listdir(HERE) if f.startswith(name + ".") and
             f[len(name) + 1:] in ("txt", "md", "html")]
    if len(texts) != 1:
        return err(f"expected one text file, found {texts}")
    path = os.path.join(HERE, texts[0])
    raw = open(path, encoding="utf-8").read()
    is_html = texts[0].endswith(".html")
    if is_html:
        p = TextNodes()
        p.feed(raw)
        nodes = p.nodes
        visible = "".join(nodes)
    else:
        nodes, visible = None, raw

    meta_path = os.path.join(HERE, name + ".meta.json")
    if not os.path.exists(meta_path):
        err("missing meta.json")
    else:
        meta = json.load(open(meta_path, encoding="utf-8"))
        missing = META_KEYS - set(meta)
        if missing:
            err(f"meta missing {missing}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
            err("bad publication_date")

    last = -1
    n = 0
    for i, line in enumerate(open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        try:
            g = json.loads(line)
        except ValueError as e:
            err(f"line {i}: bad JSON {e}")
            continue
        keys = set(g)
        if not {"quote", "value", "mod", "explicit", "hard"} <= keys or keys - {
                "quote", "value", "mod", "explicit", "hard", "end"}:
            err(f"line {i}: bad keys {sorted(keys)}")
        q = g.get("quote")
        if not isinstance(q, str) or not q:
            err(f"line {i}: bad quote")
            continue
        words = len(q.split())
        if not 5 <= words <= 14:
            err(f"line {i}: quote has {words} words")
        if q[0] in "•-*–·" or q.startswith("#"):
            err(f"line {i}: quote starts with a glyph")
        v = g.get("value")
        if v is not None and not (isinstance(v, str) and valid_value(v)):
            err(f"line {i}: bad value {v!r}")
        if "end" in g and not (isinstance(g["end"], str) and valid_value(g["end"])):
            err(f"line {i}: bad end {g['end']!r}")
        if "end" in g and v is None:
            err(f"line {i}: end without value")
        if g.get("mod") not in MODS:
            err(f"line {i}: bad mod {g.get('mod')!r}")
        if v is None and g.get("mod") is not None:
            err(f"line {i}: mod with null value")
        for k in ("explicit", "hard"):
            if not isinstance(g.get(k), bool):
                err(f"line {i}: {k} not bool")
        if v is None and g.get("explicit"):
            err(f"line {i}: explicit with null value")
        cnt = visible.count(q)
        if cnt != 1:
            err(f"line {i}: quote found {cnt} times: {q!r}")
            continue
        pos = visible.find(q)
        if pos <= last:
            err(f"line {i}: quote out of order: {q!r}")
        last = pos
        if is_html:
            if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
                err(f"line {i}: quote contains markup: {q!r}")
            if sum(node.count(q) for node in nodes) != 1:
                err(f"line {i}: quote not inside a single element: {q!r}")
    return n


def main():
    errors = []
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    for name in names:
        n = check(name, errors) or 0
        print(f"{name}: {n} entries")
        total += n
    print(f"{len(names)} files, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
