#!/usr/bin/env python3
"""Independent sanity check of the heldout157 gold files (standard library only).

Checks, for every NAME.{txt,md,html} in this folder:
  * NAME.gold.jsonl exists; every line is a JSON object with exactly the keys
    quote, value, mod, explicit, hard (+ optional end);
  * value / end are TIMEX3 forms allowed by the guide, real calendar dates; mod is allowed;
  * every quote occurs exactly once in the text as a reader sees it (for HTML: visible text
    with tags dropped and entities decoded) and the quotes appear in text order;
  * quotes are at most 12 words (at least 8 unless the quote is a whole short sentence/entry),
    carry no bullet glyphs, and start at the beginning of an entry or a sentence;
  * for Markdown: no emphasis/link/code markup in quotes;
  * for HTML: no tag or entity text in quotes, and each quote lies inside one text node
    (a date in its own cell / <dt> / <strong> label is outside the quote);
  * NAME.meta.json has title, publication_date (YYYY-MM-DD), format (= extension), style;
  * every weekday named together with a date in the texts (listed in WEEKDAYS) is correct.
Exit status 0 when all is well.
"""
import calendar
import datetime
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
# (ISO date, weekday) pairs stated or implied in the texts (weekday headings, "last Tuesday" ...)
WEEKDAYS = [
    ("2025-02-20", "Thursday"), ("2022-02-03", "Thursday"), ("2024-03-31", "Sunday"), ("2025-09-01", "Monday"), ("2024-01-16", "Tuesday"), ("2024-01-17", "Wednesday"), ("2024-01-18", "Thursday"),
    ("2024-01-19", "Friday"), ("2024-01-22", "Monday"),
    ("2026-03-12", "Thursday"), ("2026-03-10", "Tuesday"), ("2026-03-09", "Monday"),
    ("2026-03-11", "Wednesday"), ("2026-03-07", "Saturday"), ("2026-03-08", "Sunday"),
    ("2025-12-09", "Tuesday"), ("2025-12-08", "Monday"), ("2025-12-07", "Sunday"),
    ("2025-12-06", "Saturday"), ("2025-12-05", "Friday"),
]
errors = []


def err(msg):
    errors.append(msg)


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
            self.nodes.append(data)


def check_value(v, where):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            err(f"{where}: bad month in {v}")
        elif d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                err(f"{where}: impossible date {v}")
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        err(f"{where}: bad week {v}")


def sort_key(v):
    """Rough comparable key (start of interval) for value/end ordering checks."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    v2 = v.replace("X", "0")
    y = int(v2[:4])
    m = re.match(r"^\d{4}-(\d{2})(?:-(\d{2}))?$", v2)
    if m:
        return (y, int(m[1]), int(m[2] or 0))
    return (y, 0, 0)


def main():
    texts = sorted(p for p in glob.glob(os.path.join(HERE, "*"))
                   if re.search(r"\.(txt|md|html)$", p) and os.path.basename(p) != "README.md")
    if len(texts) < 12:
        err(f"expected at least 12 chronologies, found {len(texts)}")
    total = 0
    for path in texts:
        name, ext = os.path.splitext(os.path.basename(path))
        ext = ext[1:]
        raw = open(path, encoding="utf-8").read()
        nodes = None
        if ext == "html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            text = raw
        gpath = os.path.join(HERE, name + ".gold.jsonl")
        mpath = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(gpath):
            err(f"{name}: missing gold")
            continue
        # meta
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    err(f"{name}.meta: missing {k}")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if meta.get("format") != ext:
                err(f"{name}.meta: format {meta.get('format')!r} != {ext}")
        except Exception as e:  # noqa: BLE001
            err(f"{name}.meta: {e}")
        last = -1
        n = 0
        for i, line in enumerate(open(gpath, encoding="utf-8"), 1):
            if not line.strip():
                err(f"{name}:{i}: blank line")
                continue
            where = f"{name}.gold:{i}"
            try:
                g = json.loads(line)
            except ValueError as e:
                err(f"{where}: bad JSON {e}")
                continue
            n += 1
            keys = set(g)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if g["value"] is not None:
                check_value(g["value"], where)
            if "end" in g:
                if g["value"] is None:
                    err(f"{where}: end without value")
                else:
                    check_value(g["end"], where)
                    if VALUE_RE.match(g["end"] or "") and VALUE_RE.match(g["value"]) \
                            and sort_key(g["end"]) <= sort_key(g["value"]):
                        err(f"{where}: end {g['end']} not after value {g['value']}")
            if g["mod"] not in MODS:
                err(f"{where}: bad mod {g['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    err(f"{where}: {k} not bool")
            if g["value"] is None and (g["mod"] or "end" in g):
                err(f"{where}: null value with mod/end")
            # quote shape
            words = q.split()
            if len(words) > 12:
                err(f"{where}: quote has {len(words)} words (>12)")
            if len(words) < 8 and not re.search(r"[.!?\"”)]$", q):
                err(f"{where}: short quote ({len(words)} words) that is not a whole sentence")
            if q != q.strip() or q[:1] in "•-*–—·>#|":
                err(f"{where}: quote has leading glyph/space {q[:3]!r}")
            if ext == "html" and (re.search(r"<[a-zA-Z/!]", q) or re.search(r"&[#a-zA-Z0-9]+;", q)):
                err(f"{where}: HTML markup in quote")
            if ext == "md" and re.search(r"\*|\]\(|`|^#", q):
                err(f"{where}: Markdown markup in quote")
            c = text.count(q)
            if c != 1:
                err(f"{where}: quote found {c} times: {q!r}")
                continue
            pos = text.index(q)
            if pos <= last:
                err(f"{where}: quote out of order: {q!r}")
            last = pos
            # starts an entry or a sentence
            before = text[:pos]
            line_start = before.rsplit("\n", 1)[-1]
            ok = (re.fullmatch(r"\s*([-*•·]|\d+\.|#+|>|\*\*[^*]*\*\*|\|[^|]*\|)?\s*", line_start) is not None
                  or re.search(r"[.!?;:\"”)]\s+$", before) is not None
                  or re.search(r"(–|—| - )\s*$", line_start) is not None)
            if not ok:
                err(f"{where}: quote does not start an entry/sentence: ...{before[-30:]!r}")
            if nodes is not None:
                inside = [nd for nd in nodes if q in nd]
                if len(inside) != 1:
                    err(f"{where}: HTML quote not inside exactly one text node: {q!r}")
        total += n
        print(f"{name}.{ext}: {n} gold entries")
    for iso, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != wd:
            err(f"weekday: {iso} is {calendar.day_name[d.weekday()]}, not {wd}")
    print(f"TOTAL: {len(texts)} files, {total} gold entries")
    if total < 160:
        err(f"only {total} gold entries (< 160)")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
