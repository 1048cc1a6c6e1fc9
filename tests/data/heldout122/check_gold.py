#!/usr/bin/env python3
"""Independent consistency check for the heldout122 chronology gold (stdlib only).

Checks: every NAME.gold.jsonl has a source (NAME.txt/.md/.html) and NAME.meta.json; JSON keys;
value/end forms (TIMEX3 subset of the guide); mods; booleans; every quote found exactly once in
the visible text and in text order; HTML quotes lie inside one text node (no tags/entities);
Markdown quotes carry no markup; weekday claims used by the annotators hold (calendar).
"""
import calendar
import datetime
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    re.compile(r"^\d{4}-\d{2}-\d{2}$"), re.compile(r"^\d{4}-\d{2}$"), re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-W\d{2}$"), re.compile(r"^\d{4}-W\d{2}-WE$"),
    re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), re.compile(r"^\d{3}X$"), re.compile(r"^\d{2}XX$"),
    re.compile(r"^BC\d{4}$"),
]
META_KEYS = {"title", "publication_date", "format", "style"}

# (date, weekday) pairs the annotation relies on; verified with calendar.
WEEKDAY_CLAIMS = [
    ("2026-03-12", "Thursday"),   # explainer_ferry publication date
    ("2026-03-09", "Monday"), ("2026-03-10", "Tuesday"), ("2026-03-11", "Wednesday"),
    ("2026-03-05", "Thursday"), ("2026-03-06", "Friday"),
    ("2025-04-17", "Thursday"),   # dust storm live page publication date
    ("2025-04-16", "Wednesday"), ("2025-04-14", "Monday"),
    ("2024-02-16", "Friday"),     # whistleblower factbox: 'on Friday' in the lead
    ("2023-01-14", "Saturday"), ("2024-11-08", "Friday"),   # wage freeze long read
    ("2025-12-30", "Tuesday"), ("2025-02-15", "Saturday"), ("2025-11-02", "Sunday"),  # Millbrook
    ("2026-10-03", "Saturday"),   # rugby centenary: match 'on Saturday' in the lead
]

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if not isinstance(v, str) or not any(r.match(v) for r in VALUE_RES):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    if re.match(r"^\d{4}-\d{2}$", v) and not 1 <= int(v[5:]) <= 12:
        return False
    if re.match(r"^\d{4}-W\d{2}", v) and not 1 <= int(v[6:8]) <= 53:
        return False
    return True


LABEL_TAGS = {"dt", "th", "b", "strong", "time"}
VOID = {"meta", "img", "input", "br", "hr", "link"}


class TextNodes(html.parser.HTMLParser):
    """Visible text nodes, each with a flag saying whether it sits in a date-label element
    (<dt>, <th>, <b>, <strong>, <time>, or the first cell of a table row)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.in_label = []
        self.skip = 0
        self.stack = []
        self.td_index = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in VOID:
            return
        if tag == "tr":
            self.td_index.append(0)
        label = tag in LABEL_TAGS
        if tag == "td" and self.td_index:
            self.td_index[-1] += 1
            label = self.td_index[-1] == 1
        self.stack.append((tag, label))

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in VOID:
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag == "tr" and self.td_index:
            self.td_index.pop()

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)
            self.in_label.append(any(lab for _, lab in self.stack))


def visible(path, raw):
    """Return (visible text, list of text nodes or None)."""
    if path.endswith(".html"):
        p = TextNodes()
        p.feed(raw)
        p.close()
        nodes = [(re.sub(r"\s+", " ", n), lab) for n, lab in zip(p.nodes, p.in_label)]
        return "\n".join(n for n, _ in nodes), nodes
    return raw, None


def main():
    for d, wd in WEEKDAY_CLAIMS:
        y, m, dd = map(int, d.split("-"))
        if calendar.day_name[calendar.weekday(y, m, dd)] != wd:
            err(f"weekday claim wrong: {d} is not a {wd}")

    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    for g in golds:
        name = g[: -len(".gold.jsonl")]
        srcs = [name + e for e in (".txt", ".md", ".html") if os.path.exists(os.path.join(HERE, name + e))]
        if len(srcs) != 1:
            err(f"{name}: expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        raw = open(os.path.join(HERE, src), encoding="utf-8").read()
        text, nodes = visible(src, raw)
        # meta
        mpath = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(mpath):
            err(f"{name}: missing meta")
        else:
            meta = json.load(open(mpath, encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                err(f"{name}: meta missing {missing}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                    raise ValueError
            except (ValueError, TypeError):
                err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
            ext = src.rsplit(".", 1)[1]
            fmt = {"txt": "text", "md": "markdown", "html": "html"}[ext]
            if meta.get("format") != fmt:
                err(f"{name}: meta format {meta.get('format')!r} != {fmt!r}")
        last = -1
        n = 0
        for i, line in enumerate(open(os.path.join(HERE, g), encoding="utf-8"), 1):
            if not line.strip():
                err(f"{g}:{i}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{g}:{i}: bad JSON {e}")
                continue
            n += 1
            keys = set(o)
            if not KEYS <= keys or keys - KEYS - OPTIONAL:
                err(f"{g}:{i}: bad keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{g}:{i}: bad quote {q!r}")
                continue
            words = len(q.split())
            if words > 12:
                err(f"{g}:{i}: quote longer than 12 words")
            if o["value"] is not None and not valid_value(o["value"]):
                err(f"{g}:{i}: bad value {o['value']!r}")
            if "end" in o and not valid_value(o["end"]):
                err(f"{g}:{i}: bad end {o['end']!r}")
            if "end" in o and o["value"] is None:
                err(f"{g}:{i}: end without value")
            if o["mod"] not in MODS:
                err(f"{g}:{i}: bad mod {o['mod']!r}")
            if o["value"] is None and o["mod"] is not None:
                err(f"{g}:{i}: mod with null value")
            for b in ("explicit", "hard"):
                if not isinstance(o[b], bool):
                    err(f"{g}:{i}: {b} not bool")
            if src.endswith(".html"):
                if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                    err(f"{g}:{i}: quote contains markup/entity")
                hits = [lab for nd, lab in nodes if q in nd]
                if not hits:
                    err(f"{g}:{i}: HTML quote not inside a single text node: {q!r}")
                elif any(hits):
                    err(f"{g}:{i}: HTML quote inside a date-label element (dt/th/b/strong/time/first td): {q!r}")
            if src.endswith(".md") and re.search(r"\*\*|__|`|\[|\]\(", q):
                err(f"{g}:{i}: Markdown quote contains markup: {q!r}")
            cnt = text.count(q)
            if cnt != 1:
                err(f"{g}:{i}: quote found {cnt} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                err(f"{g}:{i}: quote out of text order: {q!r}")
            last = pos
            if words < 8:
                after = text[pos + len(q): pos + len(q) + 1]
                if after not in ("", "\n") and not q.endswith((".", "!", "?", ":")):
                    err(f"{g}:{i}: short quote ({words} words) does not reach end of entry: {q!r}")
        total += n
        print(f"{name:28s} {src.rsplit('.',1)[1]:5s} {n:3d} entries")
    print(f"files: {len(golds)}  entries: {total}")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
