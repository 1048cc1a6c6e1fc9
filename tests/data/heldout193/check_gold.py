#!/usr/bin/env python3
"""Validate the heldout193 chronology set (standard library only).

Checks: meta keys/date/format, gold keys and types, TIMEX3 value forms,
mods, each quote found exactly once in the visible text and in text order
(HTML: quote inside one browser-visible text node), quote lengths, weekdays.
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(BC\d{4}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX)$")
FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html"}
DAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}
BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
              "h1", "h2", "h3", "h4", "h5", "h6", "br", "section", "article", "header",
              "footer", "nav", "aside", "blockquote", "form", "time", "figure", "figcaption",
              "main", "label", "button", "span", "a", "strong", "em", "b", "i", "small"}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(re.sub(r"\s+", " ", data).strip())


def visible_text(path, fmt):
    raw = path.read_text(encoding="utf-8")
    if fmt != "html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    return "\n".join(p.nodes), p.nodes


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
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


WD_ABBR = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3,
           "Fri": 4, "Sat": 5, "Sun": 6}
WD_ABBR.update({d: i for i, d in enumerate(DAYS)})
DATE_WD = re.compile(
    r"\b(" + "|".join(sorted(WD_ABBR, key=len, reverse=True)) + r")\.?,?\s+(?:(\d{1,2})\s+([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.?\s+(\d{1,2}))"
    r"(?:,?\s+(\d{4}))?")


def check_weekdays(name, text, pubyear):
    """Every 'Weekday, Month D[, YYYY]' or 'Weekday D Month [YYYY]' must agree with the calendar."""
    n = 0
    for m in DATE_WD.finditer(text):
        if m[1] == "Sun" and text[m.end(1):m.end(1) + 1].isalpha():
            continue
        wd = m[1]
        day = m[2] or m[5]
        mon = (m[3] or m[4]).lower()
        if mon not in MONTHS:
            continue
        year = int(m[6]) if m[6] else pubyear
        try:
            d = datetime.date(year, MONTHS[mon], int(day))
        except ValueError:
            err(name, f"impossible date in {m[0]!r}")
            continue
        n += 1
        if d.weekday() != WD_ABBR[wd]:
            err(name, f"weekday mismatch: {m[0]!r} is a {DAYS[d.weekday()]}")
    return n


def check_doc(stem):
    name = stem.name
    meta_p = stem.with_suffix(".meta.json")
    gold_p = stem.with_suffix(".gold.jsonl")
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(name, f"bad meta: {e}")
        return 0
    if set(meta) != {"title", "publication_date", "format", "style"}:
        err(name, f"meta keys {sorted(meta)}")
    try:
        pub = datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(name, "bad publication_date")
        return 0
    fmt = meta.get("format")
    if fmt not in FORMATS:
        err(name, f"bad format {fmt}")
        return 0
    doc = stem.parent / (name + FORMATS[fmt])
    if not doc.exists():
        err(name, f"missing {doc.name}")
        return 0
    text, nodes = visible_text(doc, fmt)
    nwd = check_weekdays(name, text, pub.year)
    print(f"  {name}: {nwd} dated weekday(s) checked against the calendar")
    golds = []
    for i, line in enumerate(gold_p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(name, f"blank gold line {i}")
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(name, f"gold line {i}: {e}")
            continue
        golds.append(g)
        keys = set(g)
        need = {"quote", "value", "mod", "explicit", "hard"}
        if not need <= keys or keys - need - {"end"}:
            err(name, f"gold line {i} keys {sorted(keys)}")
            continue
        if not isinstance(g["quote"], str):
            err(name, f"line {i}: quote not a string")
            continue
        if not (g["value"] is None or (isinstance(g["value"], str) and valid_value(g["value"]))):
            err(name, f"line {i}: bad value {g['value']!r}")
        if "end" in g and not (isinstance(g["end"], str) and valid_value(g["end"])):
            err(name, f"line {i}: bad end {g['end']!r}")
        if "end" in g and g["value"] is None:
            err(name, f"line {i}: end without value")
        if g["mod"] not in MODS:
            err(name, f"line {i}: bad mod {g['mod']!r}")
        if g["value"] is None and g["mod"] is not None:
            err(name, f"line {i}: mod on null value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(name, f"line {i}: {k} not bool")
        q = g["quote"]
        words = q.split()
        if q != q.strip() or "  " in q:
            err(name, f"line {i}: stray whitespace in quote")
        if len(words) > 12:
            err(name, f"line {i}: quote has {len(words)} words")
        if re.search(r"[*|#`<>\[\]]|&\w+;|^[-•·–—+] ", q):
            err(name, f"line {i}: markup or bullet in quote {q!r}")
        cnt = text.count(q)
        if cnt != 1:
            err(name, f"line {i}: quote found {cnt} times: {q!r}")
            continue
        if nodes is not None and not any(q in n for n in nodes):
            err(name, f"line {i}: quote not inside one text node: {q!r}")
        if len(words) < 8:
            pos = text.index(q) + len(q)
            after = text[pos:pos + 3]
            if not (q.endswith((".", "!", "?", ":")) or after == "" or after[0] in "\n|"
                    or after.startswith(" |")):
                err(name, f"line {i}: short quote ({len(words)} words) not a whole entry: {q!r}")
        g["_pos"] = text.index(q)
    last = -1
    for i, g in enumerate(golds, 1):
        if "_pos" not in g:
            continue
        if g["_pos"] <= last:
            err(name, f"line {i}: quote out of text order: {g['quote']!r}")
        last = g["_pos"]
    # weekday sanity: a weekday named in the entry (up to its line end) should match a day-precise gold value
    spans = [g for g in golds if "_pos" in g]
    for j, g in enumerate(spans):
        end = spans[j + 1]["_pos"] if j + 1 < len(spans) else len(text)
        nl = text.find("\n", g["_pos"])
        if nl != -1:
            end = min(end, nl)
        seg = text[g["_pos"]:end]
        named = [d for d in DAYS if re.search(r"\b" + d + r"\b", seg)]
        v = g["value"] or ""
        if named and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            wd = DAYS[datetime.date.fromisoformat(v).weekday()]
            if wd not in named:
                err(name, f"weekday {named} in entry but {v} is a {wd}: {g['quote']!r}")
    return len(golds)


def main():
    stems = sorted({p.parent / p.name[: -len(".meta.json")] for p in HERE.glob("*.meta.json")})
    total = 0
    counts = {}
    fmts = {"text": 0, "markdown": 0, "html": 0}
    for s in stems:
        n = check_doc(s)
        counts[s.name] = n
        total += n
        try:
            fmts[json.loads(s.with_suffix(".meta.json").read_text())["format"]] += 1
        except Exception:  # noqa: BLE001
            pass
    for k, v in counts.items():
        print(f"{k:40s} {v:3d}")
    print(f"documents: {len(stems)}  entries: {total}  formats: {fmts}")
    if len(stems) != 12:
        errors.append(f"expected 12 documents, found {len(stems)}")
    if any(v < 3 for v in fmts.values()):
        errors.append(f"need >=3 of each format: {fmts}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
