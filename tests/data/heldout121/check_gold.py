"""Independent checker for the heldout121 chronology gold (standard library only).

Checks: JSON keys and types, value/end forms, mods, every quote found exactly once in
the visible text and in text order, meta keys; for HTML files every quote must lie inside
one text node (no tags or entities inside a quote).
"""
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX"
    r"|BC\d{4}|BC\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}


class TextNodes(HTMLParser):
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
        if not self.skip and data.strip():
            self.nodes.append(data)


def check_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3] or 1))
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        try:
            datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return False
    return True


def main():
    errors, total = [], 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[:-len(".gold.jsonl")]
        docs = [HERE / f"{name}{ext}" for ext in (".txt", ".md", ".html")]
        docs = [d for d in docs if d.exists()]
        if len(docs) != 1:
            errors.append(f"{name}: expected exactly one document, found {docs}")
            continue
        doc = docs[0]
        raw = doc.read_text(encoding="utf-8")
        nodes = None
        if doc.suffix == ".html":
            p = TextNodes()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            text = raw
        meta_path = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{name}: meta missing {sorted(missing)}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta.get("format") != doc.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')!r} != {doc.suffix[1:]}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}: bad meta: {exc}")
        last = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                errors.append(f"{name}:{n}: blank line")
                continue
            total += 1
            where = f"{name}:{n}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            keys = set(e)
            if not REQUIRED <= keys or not keys <= ALLOWED:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            words = len(q.split())
            if words < 3 or words > 14:
                errors.append(f"{where}: quote has {words} words")
            if not check_value(e["value"]):
                errors.append(f"{where}: bad value {e['value']!r}")
            if "end" in e and (e["end"] is None or not check_value(e["end"])):
                errors.append(f"{where}: bad end {e['end']!r}")
            if "end" in e and e["value"] is None:
                errors.append(f"{where}: end without value")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errors.append(f"{where}: {k} not bool")
            if e["value"] is None and (e["mod"] is not None):
                errors.append(f"{where}: mod on null value")
            if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                errors.append(f"{where}: quote contains markup {q!r}")
            if q.startswith(("- ", "* ", "• ", "** ")):
                errors.append(f"{where}: quote starts with a bullet glyph")
            count = text.count(q)
            if count != 1:
                errors.append(f"{where}: quote found {count} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            if nodes is not None:
                inside = [nd for nd in nodes if q in nd]
                if len(inside) != 1:
                    errors.append(f"{where}: HTML quote not inside exactly one text node: {q!r}")
                else:
                    before = inside[0][:inside[0].find(q)].strip()
                    if before and not before.endswith((".", "!", "?", ";", ":")):
                        errors.append(f"{where}: HTML quote does not start its element"
                                      f" or a sentence in it: {q!r}")
    for meta_path in HERE.glob("*.meta.json"):
        if not (HERE / meta_path.name.replace(".meta.json", ".gold.jsonl")).exists():
            errors.append(f"{meta_path.name}: no gold file")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors or not golds else 0


if __name__ == "__main__":
    sys.exit(main())
