#!/usr/bin/env python3
"""Validate the heldout185 chronology set (standard library only).

Checks: meta keys, formats and dates; gold keys and types; TIMEX3 value forms of the
annotation guide; mods; end only with a value; each quote found exactly once in the
visible text, inside one text node for HTML, in text order; quote lengths (8-12 words,
shorter only for a whole short entry or clause); weekdays that agree with the calendar.
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
EXT = {".txt": "text", ".md": "markdown", ".html": "html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
         "h6", "br", "tr", "td", "th", "table", "thead", "tbody", "section", "article",
         "header", "footer", "nav", "aside", "main", "form", "label", "button", "input",
         "figure", "figcaption", "blockquote", "hr", "time", "caption", "textarea",
         "select", "option", "body", "html"}
HIDDEN = {"script", "style", "head", "title", "noscript", "template"}
WEEKDAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9


class Visible(HTMLParser):
    """Text as a browser shows it: hidden elements dropped, block tags break lines."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts, self.nodes, self.hidden = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.parts.append("\n")
        if tag == "input" and not self.hidden:
            for k, v in attrs:
                if k in ("value", "placeholder") and v:
                    self.parts.append(v)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in HIDDEN:
            self.hidden -= 1

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            text = re.sub(r"\s+", " ", data)
            self.parts.append(text)
            self.nodes.append(text)

    def handle_entityref(self, name):
        if not self.hidden:
            self.parts.append(html.unescape("&%s;" % name))
            self.nodes.append("\x00")

    def handle_charref(self, name):
        if not self.hidden:
            self.parts.append(html.unescape("&#%s;" % name))
            self.nodes.append("\x00")


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text, p.nodes


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3] or 1))
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        try:
            datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return False
    return True


def check_weekdays(name, text, gold, errors):
    """Weekday + explicit day-month(-year) patterns, and weekday quotes against day values."""
    wd = "(%s)" % "|".join(WEEKDAYS)
    mon = r"([A-Z][a-z]{2,8})\.?"
    pats = [re.compile(wd + r",? " + mon + r" (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?"),
            re.compile(wd + r",? (\d{1,2})(?:st|nd|rd|th)? " + mon + r"(?:,? (\d{4}))?")]
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            if i == 0:
                day_name, mname, day, year = m[1], m[2], m[3], m[4]
            else:
                day_name, day, mname, year = m[1], m[2], m[3], m[4]
            month = MONTHS.get(mname.lower())
            if not month:
                continue
            years = [int(year)] if year else sorted({int(g["value"][:4]) for g in gold
                                                     if g["value"] and g["value"][:2] != "BC"
                                                     and re.match(r"\d{4}-\d{2}-\d{2}$", g["value"])
                                                     and int(g["value"][5:7]) == month})
            if not years:
                errors.append("%s: cannot year-check weekday %r" % (name, m[0]))
                continue
            if not any(calendar.day_name[datetime.date(y, month, int(day)).weekday()] == day_name
                       for y in years):
                errors.append("%s: weekday disagrees with calendar: %r (years %s)" % (name, m[0], years))
    for g in gold:
        v = g["value"]
        if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            for day_name in WEEKDAYS:
                if re.search(r"\b%s\b" % day_name, g["quote"]) and g["mod"] is None:
                    real = calendar.day_name[datetime.date.fromisoformat(v).weekday()]
                    if real != day_name and "next " + day_name not in g["quote"]:
                        errors.append("%s: quote says %s but value %s is a %s" % (name, day_name, v, real))


def check_doc(doc, errors):
    name = doc.stem
    meta_path = HERE / (name + ".meta.json")
    gold_path = HERE / (name + ".gold.jsonl")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if set(meta) != {"title", "publication_date", "format", "style"}:
        errors.append("%s: meta keys %s" % (name, sorted(meta)))
    try:
        datetime.date.fromisoformat(meta["publication_date"])
    except (ValueError, KeyError, TypeError):
        errors.append("%s: bad publication_date" % name)
    if meta.get("format") != EXT[doc.suffix]:
        errors.append("%s: format %r does not match %s" % (name, meta.get("format"), doc.suffix))
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k):
            errors.append("%s: meta %s missing" % (name, k))
    text, nodes = visible_text(doc)
    gold = []
    for n, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append("%s:%d: blank line" % (name, n))
            continue
        g = json.loads(line)
        gold.append(g)
        keys = set(g)
        if not {"quote", "value", "mod", "explicit", "hard"} <= keys or keys - {"quote", "value", "mod", "end", "explicit", "hard"}:
            errors.append("%s:%d: keys %s" % (name, n, sorted(keys)))
            continue
        if not isinstance(g["quote"], str):
            errors.append("%s:%d: quote not a string" % (name, n))
            continue
        if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
            errors.append("%s:%d: explicit/hard must be booleans" % (name, n))
        if g["value"] is not None and not (isinstance(g["value"], str) and valid_value(g["value"])):
            errors.append("%s:%d: bad value %r" % (name, n, g["value"]))
        if g["mod"] not in MODS:
            errors.append("%s:%d: bad mod %r" % (name, n, g["mod"]))
        if "end" in g:
            if g["value"] is None or not (isinstance(g["end"], str) and valid_value(g["end"])):
                errors.append("%s:%d: bad end %r" % (name, n, g.get("end")))
        if g["value"] is None and (g["mod"] is not None or g["explicit"]):
            errors.append("%s:%d: null value with mod or explicit" % (name, n))
    pos, prev_end = -1, 0
    for n, g in enumerate(gold, 1):
        q = g.get("quote")
        if not isinstance(q, str):
            continue
        count = text.count(q)
        if count != 1:
            errors.append("%s:%d: quote found %d times: %r" % (name, n, count, q))
            continue
        at = text.index(q)
        if at <= pos:
            errors.append("%s:%d: quote out of text order: %r" % (name, n, q))
        if at < prev_end:
            errors.append("%s:%d: quote overlaps the previous quote: %r" % (name, n, q))
        pos, prev_end = at, at + len(q)
        if nodes is not None and not any(q in node for node in nodes):
            errors.append("%s:%d: quote not inside one text node: %r" % (name, n, q))
        if q != q.strip() or "\n" in q:
            errors.append("%s:%d: quote has edge spaces or line break: %r" % (name, n, q))
        if re.match(r"^[-*+•–—>#|]|^\d+\.\s", q) or re.search(r"\*\*|`|\]\(|\|", q):
            errors.append("%s:%d: quote holds bullet glyph or markup: %r" % (name, n, q))
        words = len(q.split())
        if words > 12:
            errors.append("%s:%d: quote has %d words: %r" % (name, n, words, q))
        elif words < 8:
            after = text[at + len(q):at + len(q) + 1]
            if not (q[-1] in ".!?:;\"" or after in ("", "\n", ".", ";")):
                errors.append("%s:%d: short quote (%d words) is not a whole entry/clause: %r"
                              % (name, n, words, q))
    check_weekdays(name, text, gold, errors)
    return len(gold), meta.get("format")


def main():
    errors = []
    docs = sorted(p for p in HERE.iterdir() if p.suffix in EXT and p.stem not in ("README",)
                  and p.name != "README.md")
    total, formats = 0, {}
    for doc in docs:
        for suffix in (".gold.jsonl", ".meta.json"):
            if not (HERE / (doc.name + suffix)).exists() and not (HERE / (doc.stem + suffix)).exists():
                errors.append("%s: missing %s" % (doc.name, suffix))
    for doc in docs:
        n, fmt = check_doc(doc, errors)
        total += n
        formats[fmt] = formats.get(fmt, 0) + 1
        print("%-40s %3d entries  %s" % (doc.name, n, fmt))
    print("documents: %d, entries: %d, formats: %s" % (len(docs), total, formats))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
