#!/usr/bin/env python3
"""Self-check of the heldout155 chronology gold (standard library only).

Independent of keydates: checks JSON keys and types, TIMEX3 value forms, mods,
that every quote is found exactly once in the text as a reader sees it and in
text order, that HTML quotes sit inside a single text node and start at the
description (after any date label), meta keys, and every weekday used.
Run: /work/main/.venv/bin/python tests/data/heldout155/check_gold.py
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
SKIP_TAGS = {"script", "style", "head", "title", "noscript"}

# Every weekday named in the texts, with the date it must fall on.
WEEKDAYS = [
    ("river_spill_live.html", "Thursday", "2025-06-12"),
    ("river_spill_live.html", "Wednesday", "2025-06-11"),
    ("river_spill_live.html", "Tuesday", "2025-06-10"),
    ("river_spill_live.html", "Monday", "2025-06-09"),
    ("port_automation_dispute.md", "Monday", "2023-04-03"),
    ("lyme_disease_explainer.md", "Friday", "2026-04-10"),
    ("lyme_disease_explainer.md", "Monday", "2026-04-06"),
    ("motorsport_title_decider.txt", "Monday", "2025-10-13"),
    ("motorsport_title_decider.txt", "Saturday", "2025-10-11"),
    ("motorsport_title_decider.txt", "Sunday", "2025-10-12"),
    ("local_year_in_review.txt", "Monday", "2024-03-18"),
    ("local_year_in_review.txt", "Friday", "2024-12-06"),
]
# ISO weeks and weekends used, with a day inside them.
WEEKS = [
    ("lyme_disease_explainer.md", "2026-W14", "2026-04-03"),
    ("lyme_disease_explainer.md", "2026-W15", "2026-04-10"),
    ("motorsport_title_decider.txt", "2025-W31-WE", "2025-08-02"),
    ("local_year_in_review.txt", "2024-W52", "2024-12-27"),
]

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []  # visible text nodes

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def check_value(name, v, what):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(name, f"bad {what} {v!r}")
        return
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            dt.date.fromisoformat(v)
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            assert 1 <= int(v[5:]) <= 12
        elif re.match(r"\d{4}-W\d", v):
            dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
    except (ValueError, AssertionError):
        err(name, f"impossible {what} {v!r}")


def year_of(v):
    if v.startswith("BC"):
        return -int(v[2:]) + 1
    return int(v[:4].replace("X", "0"))


def check_file(gold):
    base = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in (HERE / (base + e) for e in (".txt", ".md", ".html")) if p.exists()]
    if len(texts) != 1:
        err(base, f"expected one text file, found {texts}")
        return 0
    text_path = texts[0]
    ext = text_path.suffix[1:]
    raw = text_path.read_text(encoding="utf-8")
    meta_path = HERE / (base + ".meta.json")
    if not meta_path.exists():
        err(base, "missing meta")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            err(base, f"meta keys {sorted(meta)}")
        try:
            dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(base, "bad publication_date")
        if meta.get("format") != ext:
            err(base, f"meta format {meta.get('format')} != {ext}")
        if not isinstance(meta.get("style"), str) or not meta["style"].strip():
            err(base, "empty style")

    if ext == "html":
        parser = Visible()
        parser.feed(raw)
        parser.close()
        nodes = parser.nodes
        text = "\n".join(nodes)
    else:
        nodes = None
        text = raw

    last = -1
    entries = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, e in enumerate(entries, 1):
        tag = f"{base} #{i}"
        keys = set(e)
        if not KEYS <= keys or keys - KEYS - OPTIONAL:
            err(tag, f"keys {sorted(keys)}")
            continue
        q = e["quote"]
        if not isinstance(q, str) or not q.strip():
            err(tag, "empty quote")
            continue
        words = len(q.split())
        if words > 12:
            err(tag, f"quote has {words} words (max 12)")
        if q[0] in "•·-*–—:" or q != q.strip():
            err(tag, f"quote starts with a glyph or space: {q!r}")
        if ext == "html" and (re.search(r"<[^>]*>", q) or re.search(r"&[#\w]+;", q)):
            err(tag, "quote contains a tag or entity")
        if re.match(r"^(?:c\. )?[\w.,/ ]{1,25} [–—-] ", q):
            err(tag, f"quote starts with a date label: {q!r}")
        if ext == "md" and ("**" in q or "](" in q):
            err(tag, "quote contains markdown markup")
        n = text.count(q)
        if n != 1:
            err(tag, f"quote found {n} times: {q!r}")
            continue
        if text.lower().count(q.lower()) != 1:
            err(tag, f"quote not unique case-insensitively: {q!r}")
        pos = text.index(q)
        if pos <= last:
            err(tag, "quote out of text order")
        last = pos
        # The quote must start an entry (or a dated clause of it).
        if nodes is not None:
            inside = [nd for nd in nodes if q in nd]
            if len(inside) != 1:
                err(tag, "HTML quote not inside a single text node")
            else:
                prefix = inside[0][: inside[0].index(q)].strip()
                if prefix and not prefix.endswith((".", "!", "?")):
                    err(tag, f"HTML quote does not start its element/clause: prefix {prefix!r}")
        else:
            line_start = text.rfind("\n", 0, pos) + 1
            prefix = text[line_start:pos].strip()
            ok = (not prefix or prefix.endswith((".", "!", "?", " –", " -", " —", ":", "**"))
                  or prefix in {"-", "*", "•"})
            if not ok:
                err(tag, f"quote does not start its line/clause: prefix {prefix!r}")
        v, m = e["value"], e["mod"]
        check_value(tag, v, "value")
        if m not in MODS:
            err(tag, f"bad mod {m!r}")
        if v is None and (m is not None or "end" in e):
            err(tag, "null value with mod/end")
        if "end" in e:
            check_value(tag, e["end"], "end")
            if e["end"] is None or v is None:
                err(tag, "end present but null")
            elif year_of(e["end"]) < year_of(v) or e["end"] == v:
                err(tag, f"end {e['end']} not after value {v}")
        for b in ("explicit", "hard"):
            if not isinstance(e[b], bool):
                err(tag, f"{b} not boolean")
    return len(entries)


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        n = check_file(g)
        print(f"{g.name[:-11]:32s} {n:3d} entries")
        total += n
    for fname, day, iso in WEEKDAYS:
        d = dt.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != day:
            err(fname, f"{iso} is a {calendar.day_name[d.weekday()]}, not {day}")
        if day not in (HERE / fname).read_text(encoding="utf-8"):
            err(fname, f"weekday {day} not in text")
    for fname, week, iso in WEEKS:
        y, w, wd = dt.date.fromisoformat(iso).isocalendar()
        if f"{y}-W{w:02d}" != week[:8] or (week.endswith("-WE") and wd < 6):
            err(fname, f"{iso} is not in {week}")
        if not any(json.loads(l)["value"] == week for l in
                   (HERE / (fname.rsplit(".", 1)[0] + ".gold.jsonl")).read_text().splitlines() if l.strip()):
            err(fname, f"week {week} not used in gold")
    print(f"{len(golds)} files, {total} entries")
    if len(golds) != 12:
        err("set", f"{len(golds)} files, expected 12")
    if total < 160:
        err("set", f"only {total} entries")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
