#!/usr/bin/env python3
"""Independent sanity checks for the heldout94 chronology gold (standard library only).

Checks: meta keys and publication date; gold JSON keys and types; value/end/mod forms;
every quote found exactly once in the visible text, in text order; for HTML files the
quote lies inside one text node that is not a date label (th/dt/b/strong/time) and not a
table cell whose whole text is a date; weekday names written next to a full date agree
with Python's calendar.
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
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
LABEL_TAGS = {"th", "dt", "b", "strong", "time"}
SKIP_TAGS = {"script", "style", "head", "title"}
BLOCK = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div",
         "tr", "br", "section", "article", "header", "footer", "nav", "aside", "ul", "ol",
         "table", "form", "span", "a", "em", "i", "main", "blockquote", "figcaption", "time"}
DATEISH = re.compile(r"\d|January|February|March|April|May|June|July|August|September|"
                     r"October|November|December|Summer|Spring|Autumn|Winter|Late|Early", re.I)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = [d for d in calendar.day_name]


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.nodes, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "input", "img", "meta", "hr", "link"):
            return
        self.stack.append(tag)
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t in SKIP_TAGS:
                    self.skip -= 1
                if t == tag:
                    break

    def handle_data(self, data):
        if self.skip or not data.strip():
            return
        self.nodes.append((data, self.stack[-1] if self.stack else ""))


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    return "\n".join(d for d, _ in p.nodes), p.nodes


def check_weekdays(name, text, errors):
    pats = [
        r"\b(?P<wd>%s),? (?P<d>\d{1,2})(?:st|nd|rd|th)? (?P<m>[A-Z][a-z]+),? (?P<y>\d{4})",
        r"\b(?P<wd>%s),? (?P<m>[A-Z][a-z]+) (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>\d{4})",
    ]
    wdalt = "|".join(WEEKDAYS)
    n = 0
    for pat in pats:
        for m in re.finditer(pat % wdalt, text):
            mon = MONTHS.get(m.group("m").lower())
            if not mon:
                continue
            d = datetime.date(int(m.group("y")), mon, int(m.group("d")))
            n += 1
            if WEEKDAYS[d.weekday()] != m.group("wd"):
                errors.append(f"{name}: weekday mismatch {m.group(0)!r} is a {WEEKDAYS[d.weekday()]}")
    return n


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / (stem + ext) for ext in (".txt", ".md", ".html") if (HERE / (stem + ext)).exists()]
        if len(srcs) != 1:
            errors.append(f"{stem}: expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        files += 1
        meta_p = HERE / (stem + ".meta.json")
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{stem}: meta keys {sorted(meta)}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{stem}: meta format {meta.get('format')} != {src.suffix[1:]}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{stem}: bad meta: {e}")
        text, nodes = visible_text(src)
        if src.suffix == ".html" and ("&" in "".join(d for d, _ in nodes) and re.search(r"&[a-z]+;", text)):
            errors.append(f"{stem}: undecoded entity in visible text")
        check_weekdays(stem, text, errors)
        pos = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                errors.append(f"{stem}:{i}: blank line")
                continue
            total += 1
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{stem}:{i}: bad JSON {ex}")
                continue
            keys = set(e)
            if not REQ <= keys or keys - REQ - {"end"}:
                errors.append(f"{stem}:{i}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not (6 <= len(q.split()) <= 13):
                errors.append(f"{stem}:{i}: quote length {len(q.split())} words: {q!r}")
            if "<" in q or re.search(r"&[a-z#0-9]+;", q):
                errors.append(f"{stem}:{i}: markup in quote {q!r}")
            if q[:1] in "-–•*#|":
                errors.append(f"{stem}:{i}: quote starts with glyph {q!r}")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{stem}:{i}: quote found {cnt} times: {q!r}")
            else:
                p = text.index(q)
                if p <= pos:
                    errors.append(f"{stem}:{i}: quote out of order: {q!r}")
                pos = p
            if nodes is not None:
                hit = [(d, t) for d, t in nodes if q in d]
                if len(hit) != 1:
                    errors.append(f"{stem}:{i}: quote not inside exactly one text node: {q!r}")
                else:
                    d, t = hit[0]
                    if t in LABEL_TAGS:
                        errors.append(f"{stem}:{i}: quote inside label element <{t}>: {q!r}")
                    if t == "td" and len(d.split()) <= 3 and DATEISH.search(d):
                        errors.append(f"{stem}:{i}: quote inside a date cell: {q!r}")
            v = e["value"]
            if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
                errors.append(f"{stem}:{i}: bad value {v!r}")
            if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                try:
                    datetime.date.fromisoformat(v)
                except ValueError:
                    errors.append(f"{stem}:{i}: impossible date {v}")
            if "end" in e:
                en = e["end"]
                if not isinstance(en, str) or not VALUE_RE.match(en) or v is None:
                    errors.append(f"{stem}:{i}: bad end {en!r}")
                elif en[:4].isdigit() and v[:4].isdigit() and en < v:
                    errors.append(f"{stem}:{i}: end {en} before value {v}")
            if e["mod"] not in MODS:
                errors.append(f"{stem}:{i}: bad mod {e['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errors.append(f"{stem}:{i}: {k} not bool")
            if v is None and (e["mod"] is not None or "end" in e):
                errors.append(f"{stem}:{i}: null value with mod/end")
    for err in errors:
        print("ERROR", err)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
