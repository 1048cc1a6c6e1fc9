"""Validate the heldout201 chronology set (standard library only).

Checks meta keys/dates, gold keys/types, TIMEX3 value forms, mods, that each
quote occurs exactly once in the visible text (HTML: inside one text node) and
in text order, quote lengths, and that every weekday written next to a full
date (and every weekday in a quote whose gold value is a day) fits the calendar.
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
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}
EXT = {".txt": "text", ".md": "markdown", ".html": "html"}
BLOCK = {"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4",
         "h5", "h6", "br", "section", "article", "header", "footer", "ul", "ol",
         "dl", "table", "nav", "aside", "form", "label", "button", "time", "span"}
HIDDEN = {"script", "style", "head", "template", "noscript"}
DAYS = list(calendar.day_name)
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m: i for i, m in enumerate(calendar.month_abbr) if m})

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes = []  # raw text nodes as a browser would show them
        self.hidden = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            text = re.sub(r"\s+", " ", data)
            self.nodes.append(text)
            self.parts.append(text)

    def handle_entityref(self, name):
        if not self.hidden:
            self.nodes.append("\x00")  # entities break text nodes for quotes
            self.parts.append(html.unescape("&%s;" % name))

    def handle_charref(self, name):
        self.handle_entityref("#" + name)


def visible_text(path, fmt):
    raw = path.read_text(encoding="utf-8")
    if fmt != "html":
        return raw, None
    parser = Visible()
    parser.feed(raw)
    parser.close()
    return "".join(parser.parts), parser.nodes


def check_weekdays(name, text):
    pat = re.compile(
        r"\b(%s),? (?:(\d{1,2}) (%s)|(%s)\.? (\d{1,2}))(?:st|nd|rd|th)?,? (\d{4})"
        % ("|".join(DAYS), "|".join(MONTHS), "|".join(MONTHS)))
    for m in pat.finditer(text):
        day = int(m.group(2) or m.group(5))
        mon = MONTHS[m.group(3) or m.group(4)]
        year = int(m.group(6))
        try:
            wd = datetime.date(year, mon, day).weekday()
        except ValueError:
            err(f"{name}: impossible date {m.group(0)!r}")
            continue
        if DAYS[wd] != m.group(1):
            err(f"{name}: {m.group(0)!r} is a {DAYS[wd]}")


def check_yearless_weekdays(name, text, pub):
    """'Thursday 12 February' without a year: the latest such date not after publication."""
    pat = re.compile(r"\b(%s),? (?:(\d{1,2}) (%s)|(%s)\.? (\d{1,2}))\b(?!,? \d{4})"
                     % ("|".join(DAYS), "|".join(MONTHS), "|".join(MONTHS)))
    for m in pat.finditer(text):
        day = int(m.group(2) or m.group(5))
        mon = MONTHS[m.group(3) or m.group(4)]
        d = datetime.date(pub.year, mon, day)
        if d > pub:
            d = datetime.date(pub.year - 1, mon, day)
        if DAYS[d.weekday()] != m.group(1):
            err(f"{name}: {m.group(0)!r} is a {DAYS[d.weekday()]} in {d.year}")


def check_doc(stem, files):
    meta_p = HERE / f"{stem}.meta.json"
    gold_p = HERE / f"{stem}.gold.jsonl"
    docs = [f for f in files if f.suffix in EXT and not f.name.endswith((".gold.jsonl",))]
    if len(docs) != 1:
        err(f"{stem}: expected one document, found {[d.name for d in docs]}")
        return 0
    doc = docs[0]
    meta = json.loads(meta_p.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        err(f"{stem}: meta keys {sorted(meta)}")
    try:
        pub = datetime.date.fromisoformat(meta["publication_date"])
    except Exception:
        err(f"{stem}: bad publication_date")
        pub = None
    if meta.get("format") != EXT[doc.suffix]:
        err(f"{stem}: format {meta.get('format')} does not fit {doc.name}")
    text, nodes = visible_text(doc, meta.get("format"))
    check_weekdays(stem, text)
    if pub:
        check_yearless_weekdays(stem, text, pub)
    last = -1
    n = 0
    for i, line in enumerate(gold_p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        g = json.loads(line)
        where = f"{stem}:{i}"
        keys = set(g)
        if not GOLD_KEYS <= keys or keys - GOLD_KEYS - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(f"{where}: {k} not bool")
        v = g["value"]
        if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
            err(f"{where}: bad value {v!r}")
        if g["mod"] not in MODS:
            err(f"{where}: bad mod {g['mod']!r}")
        if "end" in g:
            if not isinstance(g["end"], str) or not VALUE_RE.match(g["end"]):
                err(f"{where}: bad end {g.get('end')!r}")
            elif v is None:
                err(f"{where}: end without value")
        if v is None and g["mod"] is not None:
            err(f"{where}: mod on null value")
        if v and pub and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            if datetime.date.fromisoformat(v) > pub:
                err(f"{where}: value {v} after publication date")
        if any(c in q for c in "*_#|<>`") or re.match(r"^\s*([-•–—·▪►]|\d+[.)])\s", q):
            err(f"{where}: markup or bullet in quote {q!r}")
        if q != q.strip():
            err(f"{where}: quote has outer spaces")
        words = len(q.split())
        if words > 12:
            err(f"{where}: quote has {words} words")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        if words < 8:
            after = text[text.index(q) + len(q):]
            if after and not re.match(r"^\s*(\n|$)", after) and not q.endswith((".", "!", "?", ";", ":", ",")):
                err(f"{where}: short quote ({words} words) not a whole entry/clause: {q!r}")
        if nodes is not None and not any(q in node for node in nodes):
            err(f"{where}: quote not inside one HTML text node: {q!r}")
        pos = text.index(q)
        if pos <= last:
            err(f"{where}: quote out of text order")
        last = pos
        if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            for d in DAYS:
                if re.search(r"\b%s\b" % d, q):
                    real = DAYS[datetime.date.fromisoformat(v).weekday()]
                    if real != d:
                        err(f"{where}: quote says {d} but {v} is a {real}")
    return n


def main():
    stems = {}
    for f in sorted(HERE.iterdir()):
        if f.name in ("README.md", "check_gold.py") or f.is_dir():
            continue
        stem = f.name.split(".")[0]
        stems.setdefault(stem, []).append(f)
    total = 0
    fmts = {"text": 0, "markdown": 0, "html": 0}
    for stem, files in sorted(stems.items()):
        names = {f.name for f in files}
        if f"{stem}.meta.json" not in names or f"{stem}.gold.jsonl" not in names:
            err(f"{stem}: missing meta or gold ({sorted(names)})")
            continue
        n = check_doc(stem, files)
        meta = json.loads((HERE / f"{stem}.meta.json").read_text(encoding="utf-8"))
        fmts[meta.get("format")] = fmts.get(meta.get("format"), 0) + 1
        if not 10 <= n <= 18:
            err(f"{stem}: {n} entries (want 10-18)")
        print(f"{stem:32s} {meta.get('format'):9s} {n:3d} entries")
        total += n
    print(f"{len(stems)} documents, {total} entries, formats {fmts}")
    if len(stems) != 12:
        err(f"{len(stems)} documents (want 12)")
    if not 150 <= total <= 200:
        err(f"{total} entries (want 150-200)")
    for k, c in fmts.items():
        if c < 3:
            err(f"only {c} {k} documents")
    for e in errors:
        print("ERROR", e)
    print("FAILED" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
