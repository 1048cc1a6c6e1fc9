"""Independent checker for the heldout83 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- each gold line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end) only;
- value / end use an allowed TIMEX3 form, mod is null or an allowed mod;
- quote is 8-12 words, found exactly once in the visible text, quotes appear in text order;
- HTML: visible text only (tags stripped, entities decoded), and each quote lies inside a single
  text node (one element), so it never starts in a date cell / <dt> / bold label.
"""
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"          # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                     # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                    # seasons
    r"|\d{4}-Q[1-4]|\d{4}-H[12]"                 # quarters, halves (documented extension)
    r"|\d{3}X|\d{2}XX"                           # decades, centuries
    r"|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def valid_date(v):
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if not m:
        return True
    import datetime
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    if not 1 <= mo <= 12:
        return False
    if d:
        try:
            datetime.date(y, mo, int(d))
        except ValueError:
            return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        name = os.path.basename(gold)[: -len(".gold.jsonl")]
        files += 1
        texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        src = open(texts[0], encoding="utf-8").read()
        is_html = texts[0].endswith(".html")
        if is_html:
            p = Visible()
            p.feed(src)
            nodes = p.nodes
            text = "\n".join(nodes)
            if "&" in text and re.search(r"&[a-z]+;|&#\d+;", text):
                errors.append(f"{name}: undecoded entity in visible text")
        else:
            nodes, text = None, src
        meta_p = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(meta_p, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta:
                    errors.append(f"{name}: meta lacks {k}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")) or not valid_date(meta["publication_date"]):
                errors.append(f"{name}: bad publication_date")
            ext = os.path.splitext(texts[0])[1][1:]
            if meta.get("format") not in (ext, {"md": "markdown", "txt": "text"}.get(ext)):
                errors.append(f"{name}: meta format {meta.get('format')} != {ext}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: meta unreadable: {e}")
        last = -1
        for i, line in enumerate(open(gold, encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            total += 1
            try:
                o = json.loads(line)
            except ValueError as e:
                errors.append(f"{name}:{i}: bad JSON {e}")
                continue
            keys = set(o)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                errors.append(f"{name}:{i}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q:
                errors.append(f"{name}:{i}: empty quote")
                continue
            if not 8 <= len(q.split()) <= 12:
                errors.append(f"{name}:{i}: quote has {len(q.split())} words: {q!r}")
            if q[:1] in "-*•–—" or "<" in q or re.search(r"&[a-z]+;|&#\d+;", q) or "**" in q:
                errors.append(f"{name}:{i}: quote has glyph/markup: {q!r}")
            n = text.count(q)
            if n != 1:
                errors.append(f"{name}:{i}: quote found {n} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{name}:{i}: quote out of order: {q!r}")
                last = pos
            if is_html and not any(q in nd for nd in nodes):
                errors.append(f"{name}:{i}: quote spans HTML elements: {q!r}")
            for k in ("value", "end"):
                if k in o:
                    v = o[k]
                    if v is None and k == "value":
                        continue
                    if not isinstance(v, str) or not VALUE_RE.match(v) or not valid_date(v):
                        errors.append(f"{name}:{i}: bad {k} {v!r}")
            if "end" in o and o["value"] is None:
                errors.append(f"{name}:{i}: end without value")
            if o["mod"] not in MODS:
                errors.append(f"{name}:{i}: bad mod {o['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    errors.append(f"{name}:{i}: {k} not bool")
            if o["value"] is None and (o["explicit"] or o["mod"]):
                errors.append(f"{name}:{i}: null value but explicit/mod set")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors or files == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
