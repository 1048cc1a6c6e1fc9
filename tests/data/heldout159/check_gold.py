#!/usr/bin/env python3
"""Independent checker for the heldout159 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- exactly one source NAME.txt / NAME.md / NAME.html and a NAME.meta.json with
  title, publication_date (valid YYYY-MM-DD), format (= extension) and style;
- every line is a JSON object with exactly the guide's keys (quote, value, mod,
  explicit, hard, optional end), with the right types;
- value / end are TIMEX3 forms allowed by the guide (and real calendar dates),
  end only with a non-null value and not before it; mod is null or a TIMEX3 mod;
- every quote: 1-12 words, no leading bullet glyph, found exactly once in the
  text (for HTML: once in the raw source AND once in the visible text, inside a
  single text node, not inside <dt>/<th>/<strong>/<b>/<time>/script/style, with no
  tags or entities), and quotes appear in text order;
- weekday names written next to full dates in the sources match the calendar.
Exit status 0 when everything passes.
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
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # ISO week, weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decade, century
    r"|BC\d{4})$")                           # BC year
BULLETS = "•·-–—*+▪►::"
LABEL_TAGS = {"dt", "th", "strong", "b", "time", "script", "style", "title", "label"}
errors = []


def err(msg):
    errors.append(msg)


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        try:
            dt.date(y, mo, int(d) if d else 1)
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        weeks = dt.date(int(m[1]), 12, 28).isocalendar()[1]
        if not 1 <= int(m[2]) <= weeks:
            err(f"{where}: impossible ISO week {v}")


def sort_key(v):
    """Comparable start key for simple forms (None when not comparable)."""
    if v.startswith("BC"):
        return (-int(v[2:]),)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", v)
    if m:
        return (int(m[1]), int(m[2] or 0), int(m[3] or 0))
    return None


class Visible(HTMLParser):
    """Collect visible text nodes with the stack of open tags."""

    VOID = {"meta", "link", "img", "br", "hr", "input", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, tags)

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if self.stack and self.stack[-1] in {"script", "style", "title"}:
            return
        if "head" in self.stack and "body" not in self.stack:
            return
        self.nodes.append((data, tuple(self.stack)))


def check_weekdays(name, text, pub_year=None):
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    months.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
    days = {d.lower(): i for i, d in enumerate(calendar.day_name)}
    days.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
    wd = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    mn = r"([A-Z][a-z]{2,8})"
    pats = [re.compile(wd + r",? (\d{1,2}) " + mn + r",? (\d{4})"),
            re.compile(wd + r",? " + mn + r" (\d{1,2}),? (\d{4})")]
    n = 0
    for i, p in enumerate(pats):
        for m in p.finditer(text):
            w = m[1].lower()
            if i == 0:
                d, mo, y = int(m[2]), m[3].lower(), int(m[4])
            else:
                mo, d, y = m[2].lower(), int(m[3]), int(m[4])
            if mo not in months:
                continue
            n += 1
            real = calendar.weekday(y, months[mo], d)
            if real != days[w]:
                err(f"{name}: weekday mismatch in {m[0]!r} (is {calendar.day_name[real]})")
    # weekday + day + month without a year: the publication year is assumed
    p3 = re.compile(wd + r",? (\d{1,2})(?:st|nd|rd|th)? " + mn + r"(?![,]? \d{4})")
    for m in p3.finditer(text):
        mo = m[3].lower()
        if pub_year is None or mo not in months:
            continue
        n += 1
        real = calendar.weekday(pub_year, months[mo], int(m[2]))
        if real != days[m[1].lower()]:
            err(f"{name}: weekday mismatch in {m[0]!r} ({pub_year}: {calendar.day_name[real]})")
    print(f"  {name}: {n} weekday-date pairs verified") if n else None
    return n


def check_file(gold):
    name = gold.name[: -len(".gold.jsonl")]
    srcs = [HERE / f"{name}.{ext}" for ext in ("txt", "md", "html") if (HERE / f"{name}.{ext}").exists()]
    if len(srcs) != 1:
        err(f"{name}: expected exactly one source file, found {len(srcs)}")
        return 0
    src = srcs[0]
    ext = src.suffix[1:]
    raw = src.read_text(encoding="utf-8")
    meta_p = HERE / f"{name}.meta.json"
    pub = None
    if not meta_p.exists():
        err(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err(f"{name}: meta key {k} missing or empty")
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(f"{name}: bad publication_date")
        if meta.get("format") != ext:
            err(f"{name}: meta format {meta.get('format')!r} != {ext}")
    if ext == "html":
        parser = Visible()
        parser.feed(raw)
        nodes = parser.nodes
        visible = "".join(t for t, _ in nodes)
    else:
        nodes = None
        visible = raw
    check_weekdays(name, visible, pub.year if pub else None)
    last = -1
    count = 0
    for ln, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{ln}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON {e}")
            continue
        count += 1
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: bad quote {q!r}")
            continue
        if not 1 <= len(q.split()) <= 12:
            err(f"{where}: quote has {len(q.split())} words")
        if q[0] in BULLETS:
            err(f"{where}: quote starts with a bullet glyph")
        for k in ("explicit", "hard"):
            if not isinstance(o[k], bool):
                err(f"{where}: {k} not a bool")
        check_value(o["value"], where)
        if o["mod"] not in MODS:
            err(f"{where}: bad mod {o['mod']!r}")
        if o["value"] is None and (o["mod"] is not None or "end" in o):
            err(f"{where}: null value with mod/end")
        if "end" in o:
            check_value(o["end"], where + " end")
            if o["end"] is None:
                err(f"{where}: end present but null")
            elif o["value"]:
                a, b = sort_key(o["value"]), sort_key(o["end"])
                if a and b and b <= a:
                    err(f"{where}: end {o['end']} not after {o['value']}")
        # location
        n_vis = visible.count(q)
        if n_vis != 1:
            err(f"{where}: quote found {n_vis} times in text: {q!r}")
            continue
        if ext == "html":
            if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                err(f"{where}: quote contains markup or an entity")
            if raw.count(q) != 1:
                err(f"{where}: quote found {raw.count(q)} times in raw HTML")
            hits = [tags for t, tags in nodes if q in t]
            if len(hits) != 1:
                err(f"{where}: quote not inside a single text node")
            elif LABEL_TAGS & set(hits[0]):
                err(f"{where}: quote inside a label element {hits[0]}")
        pos = visible.find(q)
        if pos <= last:
            err(f"{where}: quote out of text order")
        last = pos
    return count


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        n = check_file(g)
        print(f"{g.name[:-11]:32s} {n:3d} entries")
        total += n
    for src in HERE.iterdir():
        if src.suffix in (".txt", ".md", ".html") and src.name != "README.md":
            if not (HERE / (src.stem + ".gold.jsonl")).exists():
                err(f"{src.name}: no gold file")
    print(f"{len(golds)} files, {total} entries")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
