#!/usr/bin/env python3
"""Independent sanity check for the heldout168 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD), format, style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end); types are right;
- value / end are valid TIMEX3 forms used by the guide; mod is an allowed TIMEX3 mod;
- every quote occurs exactly once in the visible text, and quotes occur in text order;
- quotes have at most 12 words and contain no markup / entities;
- for HTML: the visible text is extracted with html.parser (script/style dropped, entities
  decoded) and each quote must lie inside ONE text node (not across elements).
Exit status 1 on any problem.
"""
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$"                           # BC years
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
# what may precede a quote: start of text/line/text node, a bullet glyph, a bold label,
# the end of a sentence or of a clause joined by "; " or ", and "
BOUNDARY_RE = re.compile(r"(?:^|\n|[.;:!?”\"]|\*\*|, and|^[-*•–]|\n[-*•–])\s*$")
META_KEYS = {"title", "publication_date", "format", "style"}


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(re.sub(r"\s+", " ", data))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        return False
    return True


def main():
    problems = []
    total = 0
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    for g in golds:
        name = g[: -len(".gold.jsonl")]
        src = [name + e for e in (".txt", ".md", ".html") if os.path.exists(os.path.join(HERE, name + e))]
        if len(src) != 1:
            problems.append(f"{name}: need exactly one source file, found {src}")
            continue
        src = src[0]
        raw = open(os.path.join(HERE, src), encoding="utf-8").read()
        is_html = src.endswith(".html")
        if is_html:
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        # meta
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            if set(meta) != META_KEYS:
                problems.append(f"{name}: meta keys {sorted(meta)}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta["format"] != src.rsplit(".", 1)[1]:
                problems.append(f"{name}: meta format {meta['format']} vs {src}")
        except Exception as e:  # noqa
            problems.append(f"{name}: bad meta: {e}")
        last = -1
        n = 0
        for i, line in enumerate(open(os.path.join(HERE, g), encoding="utf-8"), 1):
            if not line.strip():
                problems.append(f"{g}:{i}: blank line")
                continue
            where = f"{g}:{i}"
            try:
                o = json.loads(line)
            except ValueError as e:
                problems.append(f"{where}: bad JSON {e}")
                continue
            n += 1
            keys = set(o)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                problems.append(f"{where}: keys {sorted(keys)}")
            q = o.get("quote")
            if not isinstance(q, str) or not q.strip():
                problems.append(f"{where}: empty quote")
                continue
            if len(q.split()) > 12:
                problems.append(f"{where}: quote has {len(q.split())} words (>12)")
            if q != q.strip():
                problems.append(f"{where}: quote has outer whitespace")
            if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
                problems.append(f"{where}: quote contains markup/entity")
            if q.lstrip()[:1] in "-*•–":
                problems.append(f"{where}: quote starts with a bullet glyph")
            v = o.get("value")
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                problems.append(f"{where}: bad value {v!r}")
            if "end" in o and (not isinstance(o["end"], str) or not valid_value(o["end"])):
                problems.append(f"{where}: bad end {o['end']!r}")
            if "end" in o and v is None:
                problems.append(f"{where}: end without value")
            if o.get("mod") not in MODS:
                problems.append(f"{where}: bad mod {o.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(o.get(k), bool):
                    problems.append(f"{where}: {k} not bool")
            cnt = text.count(q)
            if cnt != 1:
                problems.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                problems.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            before = text[max(0, pos - 12):pos]
            if not BOUNDARY_RE.search(before):
                problems.append(f"{where}: quote does not start at an entry/sentence/clause boundary: {before!r} + {q[:20]!r}")
            if is_html:
                inside = [nd for nd in nodes if q in nd]
                if len(inside) != 1:
                    problems.append(f"{where}: HTML quote not inside a single text node: {q!r}")
                if q not in raw and q.replace("'", "&#39;") not in raw and "&" not in raw:
                    pass
        total += n
        print(f"{name:32s} {src.rsplit('.',1)[1]:5s} {n:3d} entries")
    print(f"{'TOTAL':38s} {total:3d} entries in {len(golds)} files")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
