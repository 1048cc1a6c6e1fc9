#!/usr/bin/env python3
"""Validate the heldout182 chronology set (standard library only).

Checks, for every NAME.{txt,md,html} in this folder:
  * NAME.meta.json: keys, ISO publication date, format matching the extension;
  * NAME.gold.jsonl: keys and types, TIMEX3 value/end forms of the annotation guide, mods;
  * each quote occurs exactly once in the visible text (HTML: text a browser shows, inside a
    single text node), quotes appear in text order, carry no bullet glyphs or markup, and are
    8-12 words long unless they run to the end of their line / text node / sentence;
  * every written "Weekday + date" agrees with the calendar (year = stated year, else the
    publication year), and a weekday named inside a quote agrees with the gold date.
Run: python tests/data/heldout182/check_gold.py
"""
import calendar
import datetime as dt
import html.parser
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4}(?:-(?:SP|SU|FA|WI))?)$")
WEEKDAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WD = "(" + "|".join(WEEKDAYS) + ")"
WD_DATE_RE = re.compile(WD + r",? (?:(\d{1,2}) " + MON + r"|" + MON.replace("(", "(?P<m2>", 1) +
                        r" (\d{1,2}))(?:,? (\d{4}))?")
BAD_IN_QUOTE = ["*", "#", "|", "[", "]", "<", ">", "•", "·", "–  ", "_", "&"]
BULLET_START = re.compile(r"^(?:[-*+•·]|\d+\.)\s")

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class TextNodes(html.parser.HTMLParser):
    """Collect the text nodes a browser would render (skip head, script, style)."""
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes, self.depth_skip, self.cur, self.had_ref = [], 0, [], False

    def flush(self):
        if self.cur:
            self.nodes.append(("".join(self.cur), self.had_ref))
        self.cur, self.had_ref = [], False

    def handle_starttag(self, tag, attrs):
        self.flush()
        if tag in self.SKIP:
            self.depth_skip += 1

    def handle_endtag(self, tag):
        self.flush()
        if tag in self.SKIP and self.depth_skip:
            self.depth_skip -= 1

    def handle_data(self, data):
        if not self.depth_skip:
            self.cur.append(data)

    def handle_entityref(self, name):
        if not self.depth_skip:
            import html as h
            self.cur.append(h.unescape("&" + name + ";")); self.had_ref = True

    def handle_charref(self, name):
        if not self.depth_skip:
            import html as h
            self.cur.append(h.unescape("&#" + name + ";")); self.had_ref = True


def visible(path, fmt):
    raw = path.read_text(encoding="utf-8")
    if fmt != "html":
        return raw, [(raw, False)]
    p = TextNodes(); p.feed(raw); p.close(); p.flush()
    nodes = [(re.sub(r"\s+", " ", t), ref) for t, ref in p.nodes]
    nodes = [(t, ref) for t, ref in nodes if t.strip()]
    return "\n".join(t for t, _ in nodes), nodes


def check_value(name, v, what):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(name, f"bad {what} {v!r}"); return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            err(name, f"bad month in {v}")
        elif d:
            try:
                dt.date(y, mo, int(d))
            except ValueError:
                err(name, f"impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        try:
            dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            err(name, f"impossible week {v}")


def sort_key(v):
    if v.startswith("BC"):
        return (-int(v[2:6]), v[6:])
    return (int(v[:4].replace("X", "0")), v[4:])


def check_doc(src):
    name = src.name
    stem = src.name[: -len(src.suffix)]
    fmt_ext = FORMATS[src.suffix]
    meta_p, gold_p = HERE / (stem + ".meta.json"), HERE / (stem + ".gold.jsonl")
    if not meta_p.exists() or not gold_p.exists():
        err(name, "missing meta or gold file"); return 0
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != {"title", "publication_date", "format", "style"}:
        err(name, f"meta keys {sorted(meta)}")
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(name, "bad publication_date"); pub = None
    if meta.get("format") != fmt_ext:
        err(name, f"format {meta.get('format')!r} does not match extension")
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            err(name, f"meta {k} empty")
    text, nodes = visible(src, fmt_ext)
    if meta.get("title") and meta["title"] not in text:
        err(name, "title not in visible text")

    golds = []
    for i, line in enumerate(gold_p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(name, f"blank gold line {i}"); continue
        g = json.loads(line)
        golds.append(g)
        keys = set(g)
        need = {"quote", "value", "mod", "explicit", "hard"}
        if not need <= keys or keys - need - {"end"}:
            err(name, f"gold line {i} keys {sorted(keys)}")
        if not isinstance(g.get("quote"), str):
            err(name, f"gold line {i} quote not a string"); continue
        if g.get("value") is not None:
            check_value(name, g["value"], "value")
        if g.get("mod") not in MODS:
            err(name, f"gold line {i} bad mod {g.get('mod')!r}")
        if "end" in g:
            check_value(name, g["end"], "end")
            if g.get("value") and VALUE_RE.match(g["end"] or "") and sort_key(g["end"]) <= sort_key(g["value"]):
                err(name, f"gold line {i} end {g['end']} not after value {g['value']}")
            if g.get("value") is None:
                err(name, f"gold line {i} end with null value")
        for k in ("explicit", "hard"):
            if not isinstance(g.get(k), bool):
                err(name, f"gold line {i} {k} not a bool")
        q = g["quote"]
        if q != q.strip() or "  " in q:
            err(name, f"quote has stray spaces: {q!r}")
        if BULLET_START.match(q) or any(b in q for b in BAD_IN_QUOTE):
            err(name, f"quote has bullet or markup: {q!r}")
        n = text.count(q)
        if n != 1:
            err(name, f"quote found {n} times: {q!r}")
        if fmt_ext == "html":
            hosts = [(t, ref) for t, ref in nodes if q in t]
            if len(hosts) != 1:
                err(name, f"quote not inside exactly one text node: {q!r}")
            elif hosts[0][1]:
                err(name, f"quote's text node contains an entity: {q!r}")
        words = len(q.split())
        if words > 12:
            err(name, f"quote longer than 12 words: {q!r}")
        elif words < 8 and n == 1:
            after = text[text.index(q) + len(q):][:1]
            if not (after in ("", "\n", "|", " ") and (after != " " or q[-1] in ".;:!?\"")):
                err(name, f"short quote does not reach the end of its entry: {q!r}")
    pos = -1
    for g in golds:
        q = g.get("quote")
        if isinstance(q, str) and text.count(q) == 1:
            p = text.index(q)
            if p < pos:
                err(name, f"quote out of text order: {q!r}")
            pos = p
            for wd in WEEKDAYS:
                if re.search(r"\b" + wd + r"\b", q) and not WD_DATE_RE.search(q):
                    v = g.get("value") or ""
                    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                        if calendar.day_name[dt.date.fromisoformat(v).weekday()] != wd:
                            err(name, f"weekday {wd} disagrees with gold {v}: {q!r}")
    for m in WD_DATE_RE.finditer(text):
        wd = m.group(1)
        if m.group(2):
            day, mon = int(m.group(2)), m.group(3)
        else:
            day, mon = int(m.group(5)), m.group("m2")
        year = int(m.group(6)) if m.group(6) else (pub.year if pub else None)
        if year is None:
            continue
        try:
            d = dt.date(year, MONTHS[mon.lower().rstrip(".")], day)
        except (ValueError, KeyError):
            err(name, f"impossible date in {m.group(0)!r}"); continue
        if calendar.day_name[d.weekday()] != wd:
            err(name, f"{m.group(0)!r} is a {calendar.day_name[d.weekday()]}")
    return len(golds)


def main():
    docs = sorted(p for p in HERE.iterdir()
                  if p.suffix in FORMATS and p.name != "README.md")
    total, counts = 0, {}
    for src in docs:
        n = check_doc(src)
        total += n
        counts[FORMATS[src.suffix]] = counts.get(FORMATS[src.suffix], 0) + 1
        print(f"{src.name:40s} {n:3d} entries")
    print(f"{len(docs)} documents, {total} entries, formats {counts}")
    if len(docs) != 12:
        err("set", f"expected 12 documents, found {len(docs)}")
    if not 150 <= total <= 200:
        err("set", f"total entries {total} outside 150-200")
    if any(counts.get(f, 0) < 3 for f in ("text", "markdown", "html")):
        err("set", "need at least 3 documents of each format")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
