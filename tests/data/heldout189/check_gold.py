#!/usr/bin/env python3
"""Validate the heldout189 chronology set (standard library only).

Checks: meta keys and dates; gold keys and types; TIMEX3 value forms; mods;
each quote found exactly once in the visible text, in text order (HTML: inside
one text node, tags stripped the way a browser shows text); quote lengths;
weekdays written in the texts agree with the calendar.
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
VALUE_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
DAYS = list(calendar.day_name)
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m: i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["Sept"] = 9
BLOCK = {"p", "div", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4",
         "h5", "h6", "br", "section", "article", "header", "footer", "ul", "ol",
         "table", "blockquote", "figcaption", "nav", "aside", "form", "label", "time"}
HIDDEN = {"script", "style", "head", "title", "template", "noscript"}
# Day headings written without a year (e.g. "Tuesday 17 November") are checked
# against the year given here per document.
HEADING_YEARS = {"shipwreck_live": 2026}
# Weekdays that name a future or other date inside an entry (distractors), so
# they need not agree with the entry's value.
WEEKDAY_DISTRACTORS = {("shipwreck_live", "Saturday")}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes, self.parts, self.hide = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hide += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hide = max(0, self.hide - 1)
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.hide:
            return
        self.nodes.append(data)
        self.parts.append(re.sub(r"\s+", " ", data))

    def handle_entityref(self, name):
        if not self.hide:
            self.nodes.append(None)  # entity breaks a text node for our purposes
            self.parts.append(html.unescape("&%s;" % name))

    def handle_charref(self, name):
        if not self.hide:
            self.nodes.append(None)
            self.parts.append(html.unescape("&#%s;" % name))


def visible_text(path, fmt):
    raw = path.read_text(encoding="utf-8")
    if fmt != "html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t]*\n[ \t\n]*", "\n", text)
    return text, [n for n in p.nodes if n is not None]


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
        return 1 <= int(v[6:8]) <= 53
    return True


def check_weekdays(name, text, errors):
    # "Tuesday, March 3, 2026" / "Tuesday 3 March 2026" / "Tuesday 17 November" headings
    pat1 = re.compile(r"\b(%s),? (%s)\.? (\d{1,2}),? (\d{4})" % ("|".join(DAYS), "|".join(MONTHS)))
    pat2 = re.compile(r"\b(%s),? (\d{1,2}) (%s)\.?,? ?(\d{4})?" % ("|".join(DAYS), "|".join(MONTHS)))
    n = 0
    for m in pat1.finditer(text):
        d = datetime.date(int(m.group(4)), MONTHS[m.group(2)], int(m.group(3)))
        n += 1
        if DAYS[d.weekday()] != m.group(1):
            errors.append(f"{name}: '{m.group(0)}' is a {DAYS[d.weekday()]}")
    for m in pat2.finditer(text):
        year = m.group(4) or HEADING_YEARS.get(name)
        if not year:
            errors.append(f"{name}: weekday date without year and no HEADING_YEARS: '{m.group(0)}'")
            continue
        d = datetime.date(int(year), MONTHS[m.group(3)], int(m.group(2)))
        n += 1
        if DAYS[d.weekday()] != m.group(1):
            errors.append(f"{name}: '{m.group(0)}' is a {DAYS[d.weekday()]}")
    return n


def check_doc(meta_path, errors):
    name = meta_path.name[: -len(".meta.json")]
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        errors.append(f"{name}: meta keys {sorted(meta)}")
        return 0
    pub = datetime.date.fromisoformat(meta["publication_date"])
    fmt = meta["format"]
    if fmt not in FORMATS:
        errors.append(f"{name}: bad format {fmt}")
        return 0
    doc = HERE / (name + FORMATS[fmt])
    if not doc.exists():
        errors.append(f"{name}: missing {doc.name}")
        return 0
    text, nodes = visible_text(doc, fmt)
    check_weekdays(name, text, errors)
    gold_path = HERE / (name + ".gold.jsonl")
    entries = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    last = -1
    for i, e in enumerate(entries, 1):
        where = f"{name}:{i}"
        keys = set(e)
        if not {"quote", "value", "mod", "explicit", "hard"} <= keys or keys - {"quote", "value", "mod", "end", "explicit", "hard"}:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q = e["quote"]
        if not isinstance(q, str) or not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
            errors.append(f"{where}: types")
            continue
        for k in ("value", "end"):
            if k in e and e[k] is not None and not valid_value(e[k]):
                errors.append(f"{where}: bad {k} {e[k]!r}")
        if "end" in e and (e["end"] is None or e["value"] is None):
            errors.append(f"{where}: end needs a value and an end")
        if e["value"] is None and (e["mod"] is not None or e["explicit"]):
            errors.append(f"{where}: null value with mod/explicit")
        if e["mod"] not in MODS:
            errors.append(f"{where}: bad mod {e['mod']!r}")
        if e["value"] and re.match(r"^\d{4}-\d{2}-\d{2}$", e["value"]):
            if datetime.date.fromisoformat(e["value"]) > pub:
                errors.append(f"{where}: value after publication date")
        if re.search(r"[*_`#|<>•▪►●·]|^\s*[-+]\s|&\w+;", q) or q != q.strip():
            errors.append(f"{where}: markup or glyph in quote {q!r}")
        words = len(q.split())
        c = text.count(q)
        if c != 1:
            errors.append(f"{where}: quote found {c} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last:
            errors.append(f"{where}: out of text order: {q!r}")
        last = pos
        if words > 12:
            errors.append(f"{where}: {words} words")
        elif words < 8:
            after = text[pos + len(q): pos + len(q) + 1]
            if not (q[-1] in ".!?\")" or after in ("", "\n") or after == "|"):
                errors.append(f"{where}: {words} words but entry goes on: {q!r}")
        if nodes is not None and not any(q in re.sub(r"\s+", " ", n) for n in nodes):
            errors.append(f"{where}: quote not inside one text node: {q!r}")
        # a weekday named in the quote must agree with a day-precise value
        named = [d for d in DAYS if re.search(r"\b%s\b" % d, q)]
        if len(named) == 1 and (name, named[0]) not in WEEKDAY_DISTRACTORS and e["value"] and re.match(r"^\d{4}-\d{2}-\d{2}$", e["value"]):
            d = datetime.date.fromisoformat(e["value"])
            if DAYS[d.weekday()] != named[0]:
                errors.append(f"{where}: quote says {named[0]} but {e['value']} is a {DAYS[d.weekday()]}")
    return len(entries)


def main():
    errors, total, docs, fmts = [], 0, 0, {}
    for meta_path in sorted(HERE.glob("*.meta.json")):
        n = check_doc(meta_path, errors)
        fmt = json.loads(meta_path.read_text(encoding="utf-8")).get("format")
        fmts[fmt] = fmts.get(fmt, 0) + 1
        docs += 1
        total += n
        print(f"{meta_path.name[:-10]:32s} {n:3d} entries")
    print(f"{docs} documents, {total} entries, formats {fmts}")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
