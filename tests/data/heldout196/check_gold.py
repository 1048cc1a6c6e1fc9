#!/usr/bin/env python3
"""Validate the heldout196 chronology set (standard library only).

Checks, for every NAME.meta.json in this folder:
- meta keys (title, publication_date, format, style), ISO publication date, format
  matching the document's extension;
- gold keys and types, TIMEX3 value forms of the annotation guide, mods, `end`;
- each quote occurs exactly once in the visible text and quotes come in text order
  (HTML: tags stripped the way a browser shows text, script/style/head dropped; the quote
  must sit inside one text node, with no tag or entity inside it);
- quote length 8-12 words, shorter only when the quote ends its entry or clause;
- no bullet glyph or markup at the start of a quote, no Markdown markup inside it;
- weekday names written next to a date agree with the calendar, and weekday names in a
  quote agree with a full-date gold value.

Usage: python tests/data/heldout196/check_gold.py   (exit status 1 on any error)
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXT_FORMAT = {".txt": "text", ".md": "markdown", ".html": "html"}
META_KEYS = {"title", "publication_date", "format", "style"}
GOLD_REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
GOLD_ALLOWED = GOLD_REQUIRED | {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}-\d{2}-\d{2}"          # day
    r"|\d{4}-\d{2}"               # month
    r"|\d{4}"                     # year
    r"|\d{4}-W\d{2}(?:-WE)?"      # ISO week, weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"     # season
    r"|\d{3}X"                    # decade
    r"|\d{2}XX"                   # century
    r"|BC\d{4}"                   # BC year
    r")$")
BULLETS = "•*-–—·▪►‣◦"
MD_MARKUP = ("**", "__", "`", "[", "](", "|", "> ")
WEEKDAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MON_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WD_RE = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WD_DATE_RES = [
    re.compile(WD_RE + r",? (\d{1,2}) " + MON_RE + r"(?:,? (\d{4}))?"),
    re.compile(WD_RE + r",? " + MON_RE + r" (\d{1,2})(?:,? (\d{4}))?"),
]

BLOCK = {"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
         "h6", "br", "ul", "ol", "dl", "table", "section", "article", "aside", "header",
         "footer", "nav", "main", "blockquote", "form", "label", "button", "sup"}
HIDDEN = {"script", "style", "head", "title", "textarea"}

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


class Visible(HTMLParser):
    """Collect raw text nodes (entities break nodes) and the visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes = []      # raw text nodes without entities
        self.parts = []      # visible text pieces
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCK:
            self.parts.append("\n")
            self.nodes.append("")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK:
            self.parts.append("\n")
        self.nodes.append("")

    def handle_data(self, data):
        if self.hidden:
            return
        self.parts.append(data)
        if self.nodes:
            self.nodes[-1] += data
        else:
            self.nodes.append(data)

    def _entity(self, text):
        if self.hidden:
            return
        import html
        self.parts.append(html.unescape(text))
        self.nodes.append("")

    def handle_entityref(self, name):
        self._entity(f"&{name};")

    def handle_charref(self, name):
        self._entity(f"&#{name};")


def visible_text(path, fmt):
    raw = path.read_text(encoding="utf-8")
    if fmt != "html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t]+", " ", text)
    return text, [re.sub(r"\s+", " ", n) for n in p.nodes]


def check_weekdays(doc, text, gold, pubdate):
    full = {}
    for g in gold:
        v = g.get("value")
        if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            y, m, d = map(int, v.split("-"))
            full.setdefault((m, d), set()).add(y)
    for rx_i, rx in enumerate(WD_DATE_RES):
        for m in rx.finditer(text):
            wd = m.group(1)
            if rx_i == 0:
                day, mon, year = int(m.group(2)), MONTHS[m.group(3).lower()], m.group(4)
            else:
                mon, day, year = MONTHS[m.group(2).lower()], int(m.group(3)), m.group(4)
            years = {int(year)} if year else full.get((mon, day), {pubdate.year})
            for y in years:
                try:
                    real = calendar.day_name[datetime.date(y, mon, day).weekday()]
                except ValueError:
                    err(doc, f"impossible date in {m.group(0)!r}")
                    continue
                if real != wd:
                    err(doc, f"weekday mismatch: {m.group(0)!r} is a {real} in {y}")
    for g in gold:
        q, v = g.get("quote", ""), g.get("value")
        for wd in WEEKDAYS:
            if re.search(r"\b" + wd + r"\b", q) and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                real = calendar.day_name[datetime.date.fromisoformat(v).weekday()]
                if real != wd:
                    err(doc, f"quote {q!r} says {wd} but {v} is a {real}")


def ends_entry(text, end):
    rest = text[end:]
    stripped = rest.lstrip(" \t")
    return (not stripped or stripped[0] in "\n|*" or stripped.startswith("</"))


def check_doc(meta_path):
    name = meta_path.name[: -len(".meta.json")]
    doc = name
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(doc, f"meta not JSON: {e}")
        return 0
    if set(meta) != META_KEYS:
        err(doc, f"meta keys {sorted(meta)} != {sorted(META_KEYS)}")
    try:
        pubdate = datetime.date.fromisoformat(meta.get("publication_date", ""))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
            raise ValueError
    except Exception:  # noqa: BLE001
        err(doc, "bad publication_date")
        pubdate = datetime.date.today()
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k):
            err(doc, f"meta {k} must be a non-empty string")
    docs = [p for p in HERE.glob(name + ".*") if p.suffix in EXT_FORMAT
            and p.name == name + p.suffix]
    if len(docs) != 1:
        err(doc, f"expected exactly one document file, found {[p.name for p in docs]}")
        return 0
    dpath = docs[0]
    fmt = EXT_FORMAT[dpath.suffix]
    if meta.get("format") != fmt:
        err(doc, f"meta format {meta.get('format')!r} but file is {fmt}")
    gpath = HERE / (name + ".gold.jsonl")
    if not gpath.exists():
        err(doc, "missing gold file")
        return 0
    gold = []
    for i, line in enumerate(gpath.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(doc, f"gold line {i} is blank")
            continue
        try:
            gold.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            err(doc, f"gold line {i} not JSON: {e}")
    text, nodes = visible_text(dpath, fmt)
    last = -1
    for i, g in enumerate(gold, 1):
        where = f"gold line {i}"
        keys = set(g)
        if not GOLD_REQUIRED <= keys or not keys <= GOLD_ALLOWED:
            err(doc, f"{where}: keys {sorted(keys)}")
            continue
        q, v, mod, end = g["quote"], g["value"], g["mod"], g.get("end")
        if not isinstance(q, str) or not q.strip():
            err(doc, f"{where}: quote must be a non-empty string")
            continue
        if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
            err(doc, f"{where}: bad value {v!r}")
        if "end" in g and (not isinstance(end, str) or not VALUE_RE.match(end)):
            err(doc, f"{where}: bad end {end!r}")
        if "end" in g and v is None:
            err(doc, f"{where}: end without value")
        if mod not in MODS:
            err(doc, f"{where}: bad mod {mod!r}")
        if v is None and mod is not None:
            err(doc, f"{where}: mod on a null value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(doc, f"{where}: {k} must be a boolean")
        if v is None and g["explicit"]:
            err(doc, f"{where}: null value cannot be explicit")
        if q != q.strip() or q[0] in BULLETS and not q[1:2].isdigit():
            err(doc, f"{where}: quote starts with whitespace or a bullet glyph: {q!r}")
        if "&" in q and fmt == "html":
            err(doc, f"{where}: entity-like text inside an HTML quote")
        if fmt == "markdown" and any(mk in q for mk in MD_MARKUP):
            err(doc, f"{where}: Markdown markup inside quote {q!r}")
        if fmt == "html" and ("<" in q or ">" in q):
            err(doc, f"{where}: tag inside quote")
        n = text.count(q)
        if n != 1:
            err(doc, f"{where}: quote found {n} times: {q!r}")
            continue
        if nodes is not None and sum(node.count(q) for node in nodes) != 1:
            err(doc, f"{where}: quote not inside exactly one HTML text node: {q!r}")
        pos = text.find(q)
        if pos <= last:
            err(doc, f"{where}: quote out of text order: {q!r}")
        last = pos
        words = len(q.split())
        if words > 12:
            err(doc, f"{where}: quote has {words} words (>12)")
        if words < 8 and not ends_entry(text, pos + len(q)) and not q.rstrip().endswith((".", ";", ":", "!", "?", '."', '".')):
            err(doc, f"{where}: quote has {words} words but does not end its entry/clause")
    check_weekdays(doc, text, gold, pubdate)
    return len(gold)


def main():
    metas = sorted(HERE.glob("*.meta.json"))
    total = 0
    counts = {}
    for m in metas:
        n = check_doc(m)
        counts[m.name[: -len(".meta.json")]] = n
        total += n
    fmts = {}
    for m in metas:
        try:
            f = json.loads(m.read_text(encoding="utf-8")).get("format")
        except Exception:  # noqa: BLE001
            f = None
        fmts[f] = fmts.get(f, 0) + 1
    for f in ("html", "markdown", "text"):
        if fmts.get(f, 0) < 3:
            errors.append(f"set: only {fmts.get(f, 0)} {f} documents (need 3)")
    for name, n in counts.items():
        print(f"{name:28s} {n:3d} entries")
    print(f"{len(metas)} documents, {total} entries, formats {fmts}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
