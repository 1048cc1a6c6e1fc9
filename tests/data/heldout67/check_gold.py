"""Independent sanity checks for the heldout67 chronology gold (stdlib only, no keydates code)."""
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OK = KEYS_REQ | {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?"
    r"|\d{4}-(SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
TEXT_EXT = (".txt", ".md", ".html")


class TextNodes(HTMLParser):
    """Collect visible text nodes (script/style/head excluded), entities unescaped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def visible(path, raw):
    if not path.endswith(".html"):
        return raw, None
    p = TextNodes()
    p.feed(raw)
    p.close()
    return "".join(p.nodes), p.nodes


def check_valid_date(v):
    import datetime
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)$", v)
    if m:
        datetime.date(int(m[1]), int(m[2]), int(m[3]))


def main():
    errors = []
    total = 0
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        srcs = [os.path.join(HERE, name + e) for e in TEXT_EXT if os.path.exists(os.path.join(HERE, name + e))]
        if len(srcs) != 1:
            errors.append(f"{name}: expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        raw = open(src, encoding="utf-8").read()
        text, nodes = visible(src, raw)
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{name}.meta.json: missing {missing}")
            if not re.match(r"^\d{4}-\d\d-\d\d$", meta.get("publication_date", "")):
                errors.append(f"{name}.meta.json: bad publication_date")
            else:
                check_valid_date(meta["publication_date"])
            if meta.get("format") != os.path.splitext(src)[1][1:]:
                errors.append(f"{name}.meta.json: format {meta.get('format')} != file extension")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}.meta.json: {e}")
        pos = -1
        n = 0
        for i, line in enumerate(open(gpath, encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            where = f"{name}:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{where}: bad JSON {ex}")
                continue
            n += 1
            keys = set(e)
            if not KEYS_REQ <= keys or not keys <= KEYS_OK:
                errors.append(f"{where}: keys {sorted(keys)}")
            q = e.get("quote", "")
            words = len(q.split())
            if not 5 <= words <= 12:
                errors.append(f"{where}: quote has {words} words")
            if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                errors.append(f"{where}: quote contains markup/entity")
            if q[:1] in "*-•–":
                errors.append(f"{where}: quote starts with a bullet glyph")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                at = text.index(q)
                if at <= pos:
                    errors.append(f"{where}: quote out of order")
                pos = at
            if nodes is not None and sum(node.count(q) for node in nodes) != 1:
                errors.append(f"{where}: HTML quote not inside a single text element: {q!r}")
            v = e.get("value")
            if v is not None:
                if not isinstance(v, str) or not VALUE_RE.match(v):
                    errors.append(f"{where}: bad value {v!r}")
                else:
                    try:
                        check_valid_date(v)
                    except ValueError:
                        errors.append(f"{where}: impossible date {v}")
            if "end" in e:
                en = e["end"]
                if not isinstance(en, str) or not VALUE_RE.match(en):
                    errors.append(f"{where}: bad end {en!r}")
                elif v is None:
                    errors.append(f"{where}: end without value")
            if e.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {e.get('mod')!r}")
            if v is None and (e.get("mod") is not None or e.get("explicit")):
                errors.append(f"{where}: null value must have mod null, explicit false")
            for k in ("explicit", "hard"):
                if not isinstance(e.get(k), bool):
                    errors.append(f"{where}: {k} not bool")
        if n == 0:
            errors.append(f"{name}: no entries")
        total += n
        print(f"{name}: {n} entries")
    for src in glob.glob(os.path.join(HERE, "*")):
        b = os.path.basename(src)
        if b.endswith(TEXT_EXT) and b != "README.md":
            stem = os.path.splitext(b)[0]
            if not os.path.exists(os.path.join(HERE, stem + ".gold.jsonl")):
                errors.append(f"{b}: no gold file")
    print(f"{len(golds)} files, {total} entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
