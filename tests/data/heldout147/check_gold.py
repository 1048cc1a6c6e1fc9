#!/usr/bin/env python3
"""Independent checker for the heldout147 gold files (standard library only)."""
import calendar, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
                      r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?"
                      r"|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
errors = []
# Every weekday named in the sources (or used to resolve one), checked with calendar.
WEEKDAYS = [
    ("2026-08-15", "Saturday"), ("2026-08-16", "Sunday"),      # canyon live page
    ("2016-03-31", "Thursday"),                                 # Hadid profile
    ("2025-06-19", "Thursday"),                                 # bread cartel factbox
    ("2023-11-10", "Friday"), ("2023-11-12", "Sunday"), ("2024-02-03", "Saturday"),  # strike
    ("2025-08-30", "Saturday"), ("2025-09-01", "Monday"),       # Labor Day weekend 2025
    ("2024-07-31", "Wednesday"), ("2024-08-05", "Monday"),      # swimming blog
    ("2026-03-09", "Monday"), ("2026-03-11", "Wednesday"), ("2026-03-12", "Thursday"),  # phone ban
    ("2025-11-04", "Tuesday"), ("2025-11-27", "Thursday"), ("2025-12-27", "Saturday"),
    ("2025-12-30", "Tuesday"),                                  # year in review
    ("2025-03-04", "Tuesday"), ("2025-03-05", "Wednesday"), ("2025-03-07", "Friday"),  # bridge
]


class Text(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(data)


def err(name, msg):
    errors.append(f"{name}: {msg}")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gold in golds:
        name = gold.name[:-len(".gold.jsonl")]
        srcs = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
        if len(srcs) != 1:
            err(name, f"expected one source file, found {srcs}")
            continue
        src = srcs[0]
        raw = src.read_text(encoding="utf-8")
        nodes = None
        if src.suffix == ".html":
            p = Text(); p.feed(raw); p.close()
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            text = raw
        meta_p = HERE / (name + ".meta.json")
        if not meta_p.exists():
            err(name, "missing meta"); continue
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        if set(meta) - META_KEYS or META_KEYS - set(meta):
            err(name, f"meta keys {sorted(meta)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
            err(name, "bad publication_date")
        if meta.get("format") != src.suffix[1:]:
            err(name, f"meta format {meta.get('format')} != {src.suffix[1:]}")
        pos = -1
        lines = [l for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
        for i, line in enumerate(lines, 1):
            total += 1
            try:
                o = json.loads(line)
            except ValueError as e:
                err(name, f"line {i} bad json {e}"); continue
            ks = set(o)
            if KEYS_REQ - ks or ks - KEYS_REQ - KEYS_OPT:
                err(name, f"line {i} keys {sorted(ks)}")
            q = o.get("quote", "")
            if "<" in q or ">" in q or re.search(r"&[a-z#0-9]+;", q):
                err(name, f"line {i} markup in quote {q!r}")
            nw = len(q.split())
            if not 3 <= nw <= 12:
                err(name, f"line {i} quote has {nw} words")
            if q[:1] in "•-*–" or q != q.strip():
                err(name, f"line {i} quote has glyph/space edges {q!r}")
            c = text.count(q)
            if c != 1:
                err(name, f"line {i} quote found {c} times: {q!r}")
            else:
                at = text.find(q)
                before = text[:at].rstrip(" ")
                if before and before[-1] not in "\n.*-–:•·!?\"”":
                    err(name, f"line {i} quote does not start an entry/clause: {q!r}")
                if at <= pos:
                    err(name, f"line {i} quote out of order: {q!r}")
                pos = at
            if nodes is not None and sum(q in n for n in nodes) != 1:
                err(name, f"line {i} quote not inside one text element: {q!r}")
            v = o.get("value")
            if v is not None and not VALUE_RE.match(v):
                err(name, f"line {i} bad value {v!r}")
            if "end" in o and (o["end"] is None or not VALUE_RE.match(o["end"])):
                err(name, f"line {i} bad end {o['end']!r}")
            if o.get("mod") not in MODS:
                err(name, f"line {i} bad mod {o.get('mod')!r}")
            if v is None and (o.get("mod") or "end" in o):
                err(name, f"line {i} null value with mod/end")
            for b in ("explicit", "hard"):
                if not isinstance(o.get(b), bool):
                    err(name, f"line {i} {b} not bool")
    for day, wd in WEEKDAYS:
        y, m, d = map(int, day.split("-"))
        if calendar.day_name[calendar.weekday(y, m, d)] != wd:
            err("weekdays", f"{day} is not a {wd}")
    n = len(golds)
    if n != 12:
        err("set", f"expected 12 chronologies, found {n}")
    if total < 160:
        err("set", f"expected >=160 entries, found {total}")
    for e in errors:
        print("FAIL", e)
    print(f"{n} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
