#!/usr/bin/env python3
"""Self-check of the heldout154 chronology gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a source file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (valid YYYY-MM-DD), format (matching the extension), style;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- value / end are valid TIMEX3 forms of the guide (or null value), real calendar dates;
- mod is null or one of the guide's mods; explicit and hard are booleans;
- quote: 3-12 words, no bullet glyph, no markup (no '<', '&', '**'), found exactly once in the
  text as a reader sees it, and quotes appear in text order;
- HTML: the text as a reader sees it is the text nodes of <body> (tags dropped, entities decoded,
  script/style dropped); each quote lies inside ONE text node, and that node is not inside a date
  label element (<dt>, <th>, <time>, <b>, <strong>) and not in the first cell of a table row.
Exit status 0 when everything passes.
"""
import datetime
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
LABEL_TAGS = {"dt", "th", "time", "b", "strong"}
VOID = {"br", "img", "meta", "link", "hr", "input", "wbr", "source", "col", "area", "base"}


def valid_value(v):
    if not isinstance(v, str):
        return False
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
            return True
        except ValueError:
            return False
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        return 1 <= int(m.group(2)) <= 12
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        weeks = datetime.date(int(m.group(1)), 12, 28).isocalendar()[1]
        return 1 <= int(m.group(2)) <= weeks
    return bool(re.fullmatch(r"\d{4}|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}", v))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, in_label, first_cell)
        self.cell_index = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if tag == "tr":
            self.cell_index.append(0)
        first = False
        if tag in ("td", "th") and self.cell_index:
            self.cell_index[-1] += 1
            first = self.cell_index[-1] == 1
        self.stack.append((tag, first))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "tr" and self.cell_index:
            self.cell_index.pop()

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if "body" not in tags or "script" in tags or "style" in tags:
            return
        in_label = any(t in LABEL_TAGS for t in tags)
        first_cell = any(f for _, f in self.stack)
        self.nodes.append((data, in_label, first_cell))


def main():
    errors = []
    total = 0
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        srcs = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html"))
                if os.path.exists(p)]
        if len(srcs) != 1:
            errors.append(f"{name}: need exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        ext = os.path.splitext(src)[1][1:]
        raw = open(src, encoding="utf-8").read()
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    errors.append(f"{name}: meta lacks {k}")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if meta.get("format") not in {"txt": ("text", "txt"), "md": ("markdown", "md"),
                                          "html": ("html",)}[ext]:
                errors.append(f"{name}: meta format {meta.get('format')!r} vs .{ext}")
        except (OSError, ValueError) as e:
            errors.append(f"{name}: meta: {e}")
        nodes = None
        if ext == "html":
            p = Visible()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            text = "".join(n[0] for n in nodes)
        else:
            text = raw
        pos = -1
        lines = open(gpath, encoding="utf-8").read().splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{name}:{i}"
            try:
                o = json.loads(line)
            except ValueError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(o)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q, v = o["quote"], o["value"]
            if v is not None and not valid_value(v):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in o and not valid_value(o["end"]):
                errors.append(f"{where}: bad end {o['end']!r}")
            if "end" in o and v is None:
                errors.append(f"{where}: end without value")
            if o["mod"] is not None and o["mod"] not in MODS:
                errors.append(f"{where}: bad mod {o['mod']!r}")
            if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if not isinstance(q, str) or not (3 <= len(q.split()) <= 12):
                errors.append(f"{where}: quote must be 3-12 words: {q!r}")
                continue
            if q[0] in "-*•·–—:" or "<" in q or "&" in q or "**" in q or q != q.strip():
                errors.append(f"{where}: quote has glyph/markup/space: {q!r}")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
                continue
            at = text.find(q)
            if at <= pos:
                errors.append(f"{where}: quote out of order: {q!r}")
            pos = at
            if nodes is not None:
                hits = [nd for nd in nodes if q in nd[0]]
                if len(hits) != 1:
                    errors.append(f"{where}: quote not inside one text node: {q!r}")
                elif hits[0][1] or hits[0][2]:
                    errors.append(f"{where}: quote inside a date label element/cell: {q!r}")
    if not golds:
        errors.append("no gold files")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} files, {total} entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
