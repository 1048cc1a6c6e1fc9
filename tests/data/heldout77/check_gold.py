#!/usr/bin/env python3
"""Self-check for the heldout77 chronology gold (standard library only, independent of keydates).

Checks: every NAME.{txt,md,html} has NAME.gold.jsonl and NAME.meta.json; gold keys and value
forms follow /work/shared/data/chronologies/README.md; each quote occurs exactly once in the
reader-visible text and quotes appear in text order; HTML quotes contain no tags/entities and lie
inside a single text node; Markdown quotes contain no markup; weekday claims are calendar-true.
Run: /work/main/.venv/bin/python tests/data/heldout77/check_gold.py
"""
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}",
]
META_KEYS = {"title", "publication_date", "format", "style"}
# (file, ISO date, weekday the text names for it) -- every weekday used in the set
WEEKDAYS = [
    ("primaries_2008_factbox", "2008-08-28", "Thursday"),
    ("primaries_2008_factbox", "2008-08-23", "Saturday"),
    ("primaries_2008_factbox", "2008-08-25", "Monday"),
    ("papacy_key_moments", "2025-05-10", "Saturday"),
    ("papacy_key_moments", "2025-05-08", "Thursday"),
    ("ferreira_obituary", "2025-09-19", "Friday"),
    ("ferreira_obituary", "2025-09-16", "Tuesday"),
    ("storm_brenna_live", "2025-11-27", "Thursday"),
    ("storm_brenna_live", "2025-11-26", "Wednesday"),
    ("storm_brenna_live", "2025-11-24", "Monday"),
    ("bus_strike_explainer", "2024-10-16", "Wednesday"),
    ("bus_strike_explainer", "2024-10-14", "Monday"),
]

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


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


def valid_value(v):
    if not any(re.fullmatch(p, v) for p in VALUE_RES):
        return False
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            return False
    m = re.fullmatch(r"\d{4}-(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        return False
    m = re.fullmatch(r"\d{4}-W(\d{2})(-WE)?", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def check_file(src):
    name = src.stem
    gold_p, meta_p = HERE / f"{name}.gold.jsonl", HERE / f"{name}.meta.json"
    if not gold_p.exists() or not meta_p.exists():
        err(name, "missing gold or meta file")
        return 0
    raw = src.read_text(encoding="utf-8")
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        err(name, f"meta keys {sorted(meta)}")
    try:
        datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(name, "bad publication_date")
    if meta.get("format") != src.suffix[1:]:
        err(name, f"meta format {meta.get('format')!r} != {src.suffix[1:]!r}")
    if src.suffix == ".html":
        p = TextNodes()
        p.feed(raw)
        nodes = p.nodes
        text = "\n".join(nodes)
    else:
        nodes, text = None, raw
    entries = [json.loads(l) for l in gold_p.read_text(encoding="utf-8").splitlines() if l.strip()]
    pos = -1
    for i, e in enumerate(entries, 1):
        tag = f"entry {i}"
        ks = set(e)
        if not (KEYS <= ks <= KEYS | {"end"}):
            err(name, f"{tag}: keys {sorted(ks)}")
            continue
        q = e["quote"]
        if not isinstance(q, str) or not q or q != q.strip():
            err(name, f"{tag}: bad quote {q!r}")
            continue
        nw = len(q.split())
        if nw > 12 or (nw < 8 and not q.endswith((".", "!", "?"))):
            err(name, f"{tag}: quote has {nw} words and is not a whole short sentence: {q!r}")
        if q.lstrip()[:1] in "*-•·":
            err(name, f"{tag}: quote starts with a bullet glyph")
        n = text.count(q)
        if n != 1:
            err(name, f"{tag}: quote found {n} times: {q!r}")
        else:
            at = text.find(q)
            if at <= pos:
                err(name, f"{tag}: quote out of text order: {q!r}")
            pos = at
        if src.suffix == ".html":
            if "<" in q or ">" in q or re.search(r"&#?\w+;", q):
                err(name, f"{tag}: HTML quote contains a tag or entity: {q!r}")
            inside = [nd for nd in nodes if q in nd]
            if len(inside) != 1:
                err(name, f"{tag}: HTML quote not inside exactly one text node: {q!r}")
            elif not (inside[0].lstrip(" \u2014\u2013-:\n\t").startswith(q)
                      or re.search(r"[.!?;]\s+$", inside[0][:inside[0].find(q)])):
                err(name, f"{tag}: HTML quote neither starts its element's text nor a sentence in it: {q!r}")
        if src.suffix == ".md" and (re.search(r"[*`\[\]]", q) or q.startswith("#")):
            err(name, f"{tag}: Markdown quote contains markup: {q!r}")
        v = e["value"]
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(name, f"{tag}: bad value {v!r}")
        if e["mod"] not in MODS:
            err(name, f"{tag}: bad mod {e['mod']!r}")
        if "end" in e:
            if v is None or not isinstance(e["end"], str) or not valid_value(e["end"]):
                err(name, f"{tag}: bad end {e.get('end')!r}")
            elif e["end"] <= v:
                err(name, f"{tag}: end {e['end']} not after value {v}")
        for b in ("explicit", "hard"):
            if not isinstance(e[b], bool):
                err(name, f"{tag}: {b} is not a boolean")
        if v is None and (e["mod"] is not None or e["explicit"]):
            err(name, f"{tag}: null value with a mod or explicit=true")
    return len(entries)


def main():
    sources = sorted(p for p in HERE.iterdir()
                     if p.suffix in (".txt", ".md", ".html") and p.name != "README.md")
    total = 0
    for src in sources:
        n = check_file(src)
        print(f"{src.name:40s} {n:3d} entries")
        total += n
    for g in HERE.glob("*.gold.jsonl"):
        if not any(s.stem == g.name[:-len('.gold.jsonl')] for s in sources):
            err(g.name, "gold without a source text")
    for name, iso, wd in WEEKDAYS:
        real = datetime.date.fromisoformat(iso).strftime("%A")
        if real != wd:
            err(name, f"{iso} is a {real}, not a {wd}")
        if wd not in (HERE / next(p.name for p in sources if p.stem == name)).read_text(encoding="utf-8"):
            err(name, f"weekday {wd} not in the text")
    print(f"{len(sources)} files, {total} gold entries")
    if len(sources) != 12 or total < 160:
        errors.append("set: need 12 files and at least 160 entries")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
