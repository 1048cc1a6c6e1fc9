#!/usr/bin/env python3
"""Independent sanity checks for the heldout146 chronology gold (stdlib only).

Checks per NAME: text file present (.txt/.md/.html), NAME.gold.jsonl and NAME.meta.json;
JSON keys and order; value / end forms; mods; every quote found exactly once in the
visible text and in text order; for HTML, each quote lies inside one text node (never
spanning tags, never containing tags or entities); meta keys and formats.
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
    r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?"
    r"|\d{4}-(SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = ["quote", "value", "mod", "explicit", "hard"]
KEYS_END = ["quote", "value", "mod", "end", "explicit", "hard"]
META_KEYS = {"title", "publication_date", "format", "style"}
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}


class TextNodes(HTMLParser):
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


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = TextNodes()
        p.feed(raw)
        p.close()
        return "\n".join(p.nodes), p.nodes
    return raw, None


def main():
    errors = []
    total = 0
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for gold in golds:
        name = os.path.basename(gold)[: -len(".gold.jsonl")]
        texts = [os.path.join(HERE, name + ext) for ext in FORMATS if os.path.exists(os.path.join(HERE, name + ext))]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        ext = os.path.splitext(tpath)[1]
        meta_path = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(meta_path, encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{name}: meta unreadable: {exc}")
            meta = {}
        missing = META_KEYS - set(meta)
        if missing:
            errors.append(f"{name}: meta missing {sorted(missing)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != FORMATS[ext]:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {FORMATS[ext]!r}")
        text, nodes = visible(tpath)
        pos = -1
        n = 0
        for ln, line in enumerate(open(gold, encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{name}:{ln}: blank line")
                continue
            where = f"{name}:{ln}"
            try:
                obj = json.loads(line)
            except Exception as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            n += 1
            keys = list(obj)
            if keys not in (KEYS, KEYS_END):
                errors.append(f"{where}: keys {keys}")
                continue
            q, v, m = obj["quote"], obj["value"], obj["mod"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            nw = len(q.split())
            if nw < 3 or nw > 12:
                errors.append(f"{where}: quote has {nw} words")
            if v is not None and not VALUE_RE.match(v):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in obj:
                if v is None or not isinstance(obj["end"], str) or not VALUE_RE.match(obj["end"]):
                    errors.append(f"{where}: bad end {obj['end']!r}")
            if m not in MODS:
                errors.append(f"{where}: bad mod {m!r}")
            if m is not None and v is None:
                errors.append(f"{where}: mod without value")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} not bool")
            if obj["explicit"] and v is None:
                errors.append(f"{where}: explicit with null value")
            if q.lstrip()[:1] in "-*•–" or q.startswith("#"):
                errors.append(f"{where}: quote starts with a bullet glyph or markup")
            if ext == ".html":
                if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
                    errors.append(f"{where}: quote contains a tag or entity")
                inside = sum(node.count(q) for node in nodes)
                if inside != 1:
                    errors.append(f"{where}: quote not inside exactly one text node ({inside})")
            if ext == ".md" and re.search(r"\*\*|__|\]\(|\|", q):
                errors.append(f"{where}: quote contains markdown markup")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
                continue
            p = text.find(q)
            if p <= pos:
                errors.append(f"{where}: quote out of text order: {q!r}")
            pos = p
        total += n
        print(f"{name:40s} {FORMATS[ext]:9s} {n:3d} entries")
    print(f"{len(golds)} files, {total} entries")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
