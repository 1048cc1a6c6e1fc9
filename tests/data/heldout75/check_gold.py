"""Independent sanity check for the heldout75 chronology gold (stdlib only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file (NAME.txt / .md / .html) and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end);
- value / end use the guide's TIMEX3 forms; mod is null or an allowed mod;
- every quote occurs exactly once in the (visible) text and quotes are in text order;
- for HTML: quotes are matched against visible text (tags stripped, entities decoded,
  script/style skipped), contain no markup, and each lies inside a single text node.
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks / weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$"                           # BC years
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_date(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        import datetime
        y, mo, d = int(m[1]), int(m[2]), int(m[3] or 1)
        try:
            datetime.date(y, mo, d)
        except ValueError:
            return False
    return True


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [p for ext in (".txt", ".md", ".html") if (p := HERE / (name + ext)).exists()]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, found {texts}")
            continue
        tpath = texts[0]
        raw = tpath.read_text(encoding="utf-8")
        nodes = None
        if tpath.suffix == ".html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "".join(nodes)
        else:
            text = raw
        meta_p = HERE / (name + ".meta.json")
        if not meta_p.exists():
            errors.append(f"{name}: missing meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta:
                    errors.append(f"{name}: meta lacks {k}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != tpath.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {tpath.suffix[1:]}")
        last = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(obj)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            nw = len(q.split())
            if not 3 <= nw <= 12:
                errors.append(f"{where}: quote has {nw} words")
            if re.search(r"[<>]|&[a-zA-Z#]\w*;", q):
                errors.append(f"{where}: quote contains markup/entity")
            if q.lstrip()[:1] in "-*•–":
                errors.append(f"{where}: quote starts with a bullet glyph")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
            else:
                pos = text.find(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last = pos
                if nodes is not None and not any(q in node for node in nodes):
                    errors.append(f"{where}: HTML quote spans several elements: {q!r}")
            v = obj["value"]
            if v is not None and not (isinstance(v, str) and valid_date(v)):
                errors.append(f"{where}: bad value {v!r}")
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj and not (isinstance(obj["end"], str) and valid_date(obj["end"])):
                errors.append(f"{where}: bad end {obj['end']!r}")
            if "end" in obj and v is None:
                errors.append(f"{where}: end without value")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} not bool")
            if v is None and (obj["mod"] is not None):
                errors.append(f"{where}: mod on null value")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
