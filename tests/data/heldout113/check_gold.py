#!/usr/bin/env python3
"""Independent sanity check for the heldout113 chronology gold (standard library only).

Checks: meta keys; every gold line's JSON keys and value forms; TIMEX3 mods; `end` only with a
value; each quote found exactly once in the visible text and in text order; for HTML, the quote
lies inside a single text node (one element) and contains no tags/entities; total entry count.
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
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$"         # BC years, decades, centuries
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []   # list of (start offset, text) per text node
        self.parts = []
        self.pos = 0
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in {"p", "div", "li", "tr", "td", "th", "dt", "dd", "br", "h1", "h2", "h3",
                     "h4", "section", "article", "header", "footer", "span", "b", "strong", "time"}:
            self._add("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if self.skip:
            return
        if data.strip():
            self.nodes.append((self.pos, data))
        self._add(data)

    def _add(self, s):
        self.parts.append(s)
        self.pos += len(s)


def valid_date(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        return False
    return True


def main():
    errors = []
    total = 0
    names = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    if len(names) != 12:
        errors.append(f"expected 12 gold files, found {len(names)}")
    for name in names:
        srcs = [HERE / f"{name}{ext}" for ext in (".txt", ".md", ".html") if (HERE / f"{name}{ext}").exists()]
        if len(srcs) != 1:
            errors.append(f"{name}: need exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        raw = src.read_text(encoding="utf-8")
        nodes = None
        if src.suffix == ".html":
            parser = Visible()
            parser.feed(raw)
            parser.close()
            text = "".join(parser.parts)
            nodes = parser.nodes
        else:
            text = raw
        meta_path = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{name}: meta missing {sorted(missing)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
        except (OSError, ValueError) as exc:
            errors.append(f"{name}: meta unreadable: {exc}")
        last = -1
        lines = (HERE / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{name}.gold.jsonl:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                g = json.loads(line)
            except ValueError as exc:
                errors.append(f"{where}: bad JSON: {exc}")
                continue
            total += 1
            keys = set(g)
            if not REQUIRED <= keys or not keys <= ALLOWED:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            nwords = len(q.split())
            if not 4 <= nwords <= 14:
                errors.append(f"{where}: quote has {nwords} words")
            v = g["value"]
            if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v) or not valid_date(v)):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in g:
                e = g["end"]
                if v is None or not isinstance(e, str) or not VALUE_RE.match(e) or not valid_date(e):
                    errors.append(f"{where}: bad end {e!r}")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if v is None and g["mod"] is not None:
                errors.append(f"{where}: mod without value")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errors.append(f"{where}: {k} not boolean")
            if src.suffix == ".html" and (re.search(r"[<>]", q) or re.search(r"&[#a-zA-Z0-9]+;", q)):
                errors.append(f"{where}: quote contains markup or entity")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
                continue
            pos = text.index(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order")
            last = pos
            if nodes is not None:
                inside = any(s <= pos and pos + len(q) <= s + len(d) for s, d in nodes)
                if not inside:
                    errors.append(f"{where}: quote spans more than one HTML element")
    if total < 160:
        errors.append(f"only {total} gold entries (need at least 160)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(names)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
