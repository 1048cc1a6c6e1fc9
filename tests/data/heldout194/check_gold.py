"""Validate the heldout194 chronology set (standard library only).

Run: /work/main/.venv/bin/python tests/data/heldout194/check_gold.py
"""
import calendar
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
META_KEYS = {"title", "publication_date", "format", "style"}
FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
GOLD_REQ = {"quote", "value", "mod", "explicit", "hard"}
GOLD_OPT = {"end"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
DAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)[1:]
MON_RE = "|".join(MONTHS + [m[:3] + r"\.?" for m in MONTHS])
BULLETS = "•·▪◦‣●■–—*|#>"
SKIP_TAGS = {"script", "style", "head", "template", "noscript"}
VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "area", "col"}


class Visible(HTMLParser):
    """Collect the text nodes a browser shows."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.skip = 0
        self.nodes = []  # (unescaped text, raw text)

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)

    def handle_entityref(self, name):
        if not self.skip:
            self.nodes.append(None)  # entity breaks a node
            self.nodes.append(html.unescape("&%s;" % name))
            self.nodes.append(None)

    def handle_charref(self, name):
        self.handle_entityref("#" + name)


def visible_html(raw):
    p = Visible()
    p.feed(raw)
    p.close()
    nodes, cur = [], []
    for n in p.nodes:
        if n is None:
            if cur:
                nodes.append("".join(cur))
            cur = []
        else:
            cur.append(n)
    if cur:
        nodes.append("".join(cur))
    # each text node separated by a newline, whitespace inside a node collapsed
    nodes = [re.sub(r"\s+", " ", n) for n in nodes]
    return "\n".join(nodes), nodes


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    elif re.match(r"^\d{4}-\d{2}$", v):
        return 1 <= int(v[5:]) <= 12
    elif re.match(r"^\d{4}-W\d{2}", v):
        y, w = int(v[:4]), int(v[6:8])
        return 1 <= w <= datetime.date(y, 12, 28).isocalendar()[1]
    return True


def sort_key(v):
    """Earliest day a value can denote (for ordering and future checks)."""
    if v.startswith("BC"):
        return (-int(v[2:]), 1, 1)
    if re.match(r"^\d{2}XX$", v):
        return (int(v[:2]) * 100, 1, 1)
    if re.match(r"^\d{3}X$", v):
        return (int(v[:3]) * 10, 1, 1)
    y = int(v[:4])
    m = re.match(r"^\d{4}-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        return (y, int(m.group(1)), int(m.group(2) or 1))
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m:
        d = datetime.date.fromisocalendar(y, int(m.group(1)), 1)
        return (d.year, d.month, d.day)
    m = re.match(r"^\d{4}-(SP|SU|FA|WI)$", v)
    if m:
        return (y, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(1)], 1)
    return (y, 1, 1)


def check_weekdays(text, pub, errs):
    """Every 'Weekday, Month D(, YYYY)' / 'Weekday D Month (YYYY)' must agree."""
    day_re = "|".join(DAYS)
    pats = [
        re.compile(r"\b(%s),? (%s) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?" % (day_re, MON_RE)),
        re.compile(r"\b(%s),? (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?(%s)(?:,? (\d{4}))?" % (day_re, MON_RE)),
    ]
    n = 0
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            wd = m.group(1)
            if i == 0:
                mon, day, year = m.group(2), int(m.group(3)), m.group(4)
            else:
                day, mon, year = int(m.group(2)), m.group(3), m.group(4)
            mi = [x[:3] for x in MONTHS].index(mon[:3]) + 1
            years = [int(year)] if year else [pub.year, pub.year - 1]
            ok = False
            for y in years:
                try:
                    if DAYS[calendar.weekday(y, mi, day)] == wd:
                        ok = True
                except ValueError:
                    pass
            n += 1
            if not ok:
                errs.append("weekday mismatch: %r (years tried %s)" % (m.group(0), years))
    return n


def check_doc(gold_path, errs):
    name = gold_path.name[: -len(".gold.jsonl")]
    meta_path = HERE / (name + ".meta.json")
    if not meta_path.exists():
        errs.append("%s: missing meta" % name)
        return 0
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        errs.append("%s: meta keys %s" % (name, sorted(meta)))
    try:
        pub = datetime.date.fromisoformat(meta["publication_date"])
    except (ValueError, KeyError):
        errs.append("%s: bad publication_date" % name)
        return 0
    fmt = meta.get("format")
    if fmt not in FORMATS:
        errs.append("%s: bad format %r" % (name, fmt))
        return 0
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        errs.append("%s: bad title" % name)
    if not isinstance(meta.get("style"), str) or "\n" in meta.get("style", "\n"):
        errs.append("%s: bad style" % name)
    doc_path = HERE / (name + FORMATS[fmt])
    if not doc_path.exists():
        errs.append("%s: missing %s" % (name, doc_path.name))
        return 0
    raw = doc_path.read_text(encoding="utf-8")
    nodes = None
    if fmt == "html":
        text, nodes = visible_html(raw)
    else:
        text = raw
    check_weekdays(text, pub, errs)
    lines = [l for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    last_pos = -1
    for i, line in enumerate(lines, 1):
        where = "%s:%d" % (gold_path.name, i)
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append("%s: bad json %s" % (where, e))
            continue
        keys = set(g)
        if not GOLD_REQ <= keys or keys - GOLD_REQ - GOLD_OPT:
            errs.append("%s: keys %s" % (where, sorted(keys)))
            continue
        q, v, mod = g["quote"], g["value"], g["mod"]
        if not isinstance(q, str) or q != q.strip():
            errs.append("%s: quote not a trimmed string" % where)
            continue
        if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
            errs.append("%s: explicit/hard must be booleans" % where)
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            errs.append("%s: bad value %r" % (where, v))
        if mod not in MODS:
            errs.append("%s: bad mod %r" % (where, mod))
        if v is None and (mod is not None or "end" in g):
            errs.append("%s: null value with mod/end" % where)
        if "end" in g:
            e = g["end"]
            if not isinstance(e, str) or not valid_value(e):
                errs.append("%s: bad end %r" % (where, e))
            elif v and sort_key(e) <= sort_key(v):
                errs.append("%s: end %s not after value %s" % (where, e, v))
        if isinstance(v, str) and valid_value(v) and not v.startswith("BC"):
            if sort_key(v) > (pub.year, pub.month, pub.day):
                errs.append("%s: value %s after publication date %s" % (where, v, pub))
        # quote form
        nw = len(q.split())
        if nw > 12:
            errs.append("%s: quote has %d words" % (where, nw))
        if q[0] in BULLETS or "<" in q or ">" in q or "**" in q or "|" in q or "&" in q:
            errs.append("%s: markup or bullet in quote %r" % (where, q))
        cnt = text.count(q)
        if cnt != 1:
            errs.append("%s: quote found %d times: %r" % (where, cnt, q))
            continue
        pos = text.index(q)
        if pos <= last_pos:
            errs.append("%s: quote out of text order: %r" % (where, q))
        last_pos = pos
        if nodes is not None:
            if sum(n.count(q) for n in nodes) != 1:
                errs.append("%s: quote not inside one text node: %r" % (where, q))
            if q not in raw:
                errs.append("%s: quote not verbatim in HTML source: %r" % (where, q))
        if nw < 8:
            after = text[pos + len(q): pos + len(q) + 1]
            if not (q[-1] in ".!?:" or after in ("", "\n", "|")):
                errs.append("%s: short quote (%d words) not a whole entry/clause: %r" % (where, nw, q))
        # weekday named in the quote must agree with a full-date value
        # (a weekday followed by its own calendar date is checked by check_weekdays)
        wds = [d for d in DAYS if re.search(r"\b%s\b(?!,? (?:%s|\d))" % (d, MON_RE), q)]
        if len(wds) == 1 and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            if DAYS[datetime.date.fromisoformat(v).weekday()] != wds[0]:
                errs.append("%s: %s in quote but %s is a %s" % (
                    where, wds[0], v, DAYS[datetime.date.fromisoformat(v).weekday()]))
    return len(lines)


def main():
    errs = []
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    counts = {}
    fmts = {"text": 0, "markdown": 0, "html": 0}
    for gp in golds:
        n = check_doc(gp, errs)
        name = gp.name[: -len(".gold.jsonl")]
        counts[name] = n
        total += n
        try:
            fmts[json.loads((HERE / (name + ".meta.json")).read_text())["format"]] += 1
        except Exception:
            pass
    for name, n in counts.items():
        print("%-40s %3d entries" % (name, n))
        if not 10 <= n <= 18:
            errs.append("%s: %d entries (want 10-18)" % (name, n))
    print("documents: %d  entries: %d  formats: %s" % (len(golds), total, fmts))
    if len(golds) != 12:
        errs.append("want 12 documents, have %d" % len(golds))
    if not 150 <= total <= 200:
        errs.append("want 150-200 entries, have %d" % total)
    for f, k in fmts.items():
        if k < 3:
            errs.append("want at least 3 %s documents, have %d" % (f, k))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "FAILED (%d errors)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
