#!/usr/bin/env python3
"""Validate the heldout190 chronology set (standard library only).

Checks: meta keys/dates/format, gold keys and types, TIMEX3 value forms, mods,
each quote found exactly once in the visible text and in text order (HTML is
reduced to the text a browser shows; each quote must sit inside one text node
with no tags or entities), quote lengths, and weekday/date agreement.
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
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
FORMATS = {"text": (".txt",), "markdown": (".md",), "html": (".html",)}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "dt", "dd",
         "br", "section", "article", "header", "footer", "nav", "aside", "ul", "ol", "dl",
         "table", "form", "label", "button", "main", "figure", "figcaption", "time", "blockquote"}
GLYPHS = ("•", "- ", "* ", "–", "—", "·", "▪", "►", "|", "#", "**", "<", ">")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.parts, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        text = re.sub(r"\s+", " ", data)
        self.nodes.append(text)
        self.parts.append(text)


def visible_text(path, fmt):
    raw = open(path, encoding="utf-8").read()
    if fmt != "html":
        return raw, [raw], raw
    p = Visible()
    p.feed(raw)
    return "".join(p.parts), p.nodes, raw


MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m: i for i, m in enumerate(calendar.month_abbr) if m})
DAYS = list(calendar.day_name)
WD_RE = re.compile(
    r"\b(%s),? (?:(\d{1,2}) (%s)\.?,? (\d{4})|(%s)\.? (\d{1,2}),? (\d{4}))" % (
        "|".join(DAYS), "|".join(MONTHS), "|".join(MONTHS)))


WD_NOYEAR_RE = re.compile(
    r"\b(%s),? (?:(\d{1,2}) (%s)\b|(%s)\.? (\d{1,2})\b)(?!,? \d{4})(?!\d)" % (
        "|".join(DAYS), "|".join(MONTHS), "|".join(MONTHS)))


def check_weekdays(name, text, errors, pub_year=None):
    n = 0
    for m in WD_NOYEAR_RE.finditer(text):
        if pub_year is None:
            break
        wd = m.group(1)
        if m.group(2):
            d, mon = int(m.group(2)), MONTHS[m.group(3)]
        else:
            mon, d = MONTHS[m.group(4)], int(m.group(5))
        actual = calendar.day_name[calendar.weekday(pub_year, mon, d)]
        n += 1
        if actual != wd:
            errors.append(f"{name}: '{m.group(0)}' (publication year {pub_year}) is a {actual}")
    for m in WD_RE.finditer(text):
        wd = m.group(1)
        if m.group(2):
            d, mon, y = int(m.group(2)), MONTHS[m.group(3)], int(m.group(4))
        else:
            mon, d, y = MONTHS[m.group(5)], int(m.group(6)), int(m.group(7))
        actual = calendar.day_name[calendar.weekday(y, mon, d)]
        n += 1
        if actual != wd:
            errors.append(f"{name}: '{m.group(0)}' is a {actual}")
    return n


def main():
    errors, total, docs = [], 0, 0
    counts = {"text": 0, "markdown": 0, "html": 0}
    for meta_path in sorted(glob.glob(os.path.join(HERE, "*.meta.json"))):
        name = os.path.basename(meta_path)[:-len(".meta.json")]
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != {"title", "publication_date", "format", "style"}:
            errors.append(f"{name}: meta keys {sorted(meta)}")
        try:
            datetime.date.fromisoformat(meta["publication_date"])
        except Exception:
            errors.append(f"{name}: bad publication_date")
        fmt = meta.get("format")
        if fmt not in FORMATS:
            errors.append(f"{name}: bad format {fmt}")
            continue
        counts[fmt] += 1
        docpath = os.path.join(HERE, name + FORMATS[fmt][0])
        if not os.path.exists(docpath):
            errors.append(f"{name}: missing {docpath}")
            continue
        text, nodes, raw = visible_text(docpath, fmt)
        wd = check_weekdays(name, text, errors, int(meta['publication_date'][:4]))
        gold = [json.loads(l) for l in open(os.path.join(HERE, name + ".gold.jsonl"),
                                            encoding="utf-8") if l.strip()]
        docs += 1
        total += len(gold)
        last, last_end = -1, -1
        for i, g in enumerate(gold):
            tag = f"{name}#{i+1}"
            keys = set(g)
            if not {"quote", "value", "mod", "explicit", "hard"} <= keys or keys - {
                    "quote", "value", "mod", "end", "explicit", "hard"}:
                errors.append(f"{tag}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not isinstance(g["explicit"], bool) or \
                    not isinstance(g["hard"], bool):
                errors.append(f"{tag}: types")
            if g["value"] is not None and not (isinstance(g["value"], str) and VALUE_RE.match(g["value"])):
                errors.append(f"{tag}: bad value {g['value']!r}")
            if "end" in g and not (isinstance(g["end"], str) and VALUE_RE.match(g["end"])):
                errors.append(f"{tag}: bad end {g.get('end')!r}")
            if "end" in g and g["value"] is None:
                errors.append(f"{tag}: end without value")
            if g["mod"] not in MODS:
                errors.append(f"{tag}: bad mod {g['mod']!r}")
            if g["value"] is None and (g["mod"] or g["explicit"]):
                errors.append(f"{tag}: null value with mod/explicit")
            nw = len(q.split())
            if nw > 12 or (nw < 8 and not q.endswith((".", "!", "?"))):
                errors.append(f"{tag}: {nw} words (check it is the whole entry/clause): {q!r}")
            if q != q.strip() or q.startswith(GLYPHS):
                errors.append(f"{tag}: glyph or space at edge: {q!r}")
            c = text.count(q)
            if c != 1:
                errors.append(f"{tag}: found {c} times: {q!r}")
                continue
            if fmt == "html":
                if not any(q in n for n in nodes):
                    errors.append(f"{tag}: not inside one text node: {q!r}")
                if raw.count(q) != 1:
                    errors.append(f"{tag}: not literally once in the source (entity?): {q!r}")
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{tag}: out of text order: {q!r}")
            if pos < last_end:
                errors.append(f"{tag}: overlaps the previous quote: {q!r}")
            last, last_end = pos, pos + len(q)
        print(f"{name}: {fmt}, {len(gold)} entries, {wd} weekday dates checked")
    print(f"{docs} documents, {total} entries, formats {counts}")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
