#!/usr/bin/env python3
"""Validate the heldout203 chronology set (standard library only).

Checks: meta keys, formats and dates; gold keys and types; TIMEX3 value
forms and mods of the annotation guide; every quote found exactly once in
the visible text, inside one text node for HTML, in text order; quote
lengths (8-12 words, shorter only if the whole entry is shorter); and that
any weekday named in a quote agrees with the calendar for a full-date value.
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXT = {"text": ".txt", "markdown": ".md", "html": ".html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
    r"|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
BLOCK = {"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4",
         "h5", "h6", "br", "section", "article", "aside", "header", "footer",
         "nav", "table", "ul", "ol", "dl", "form", "time", "main", "button"}
HIDDEN = {"head", "script", "style", "title", "noscript"}
WEEKDAYS = [d.lower() for d in calendar.day_name]
GLYPHS = "•–—*-·►▪>"


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCK:
            self.nodes.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in BLOCK:
            self.nodes.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.nodes.append(data)


def visible(raw, fmt):
    """Return (visible_text, text_nodes)."""
    if fmt == "html":
        p = _Visible()
        p.feed(raw)
        p.close()
        nodes = [re.sub(r"\s+", " ", n) for n in p.nodes if n.strip()]
        return "\n".join(n.strip() for n in nodes), nodes
    if fmt == "markdown":
        t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)
        t = t.replace("**", "").replace("__", "")
        t = re.sub(r"(?<![\w*])\*(\S[^*\n]*?)\*(?![\w*])", r"\1", t)
        t = re.sub(r"(?m)^#{1,6}\s+", "", t)
        return t, t.split("\n")
    return raw, raw.split("\n")


def check_doc(stem, errors):
    meta_path = HERE / f"{stem}.meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    for k in ("title", "publication_date", "format", "style"):
        if not isinstance(meta.get(k), str) or not meta[k]:
            errors.append(f"{stem}: meta key {k!r} missing or not a string")
    try:
        datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        errors.append(f"{stem}: bad publication_date")
    fmt = meta.get("format")
    if fmt not in EXT:
        errors.append(f"{stem}: bad format {fmt!r}")
        return 0
    doc = HERE / f"{stem}{EXT[fmt]}"
    if not doc.exists():
        errors.append(f"{stem}: missing {doc.name}")
        return 0
    text, nodes = visible(doc.read_text(encoding="utf-8"), fmt)
    if "[[" in text:
        errors.append(f"{stem}: leftover annotation marker")
    n, last = 0, -1
    for i, line in enumerate((HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        where = f"{stem}.gold.jsonl:{i}"
        g = json.loads(line)
        allowed = {"quote", "value", "mod", "end", "explicit", "hard"}
        if set(g) - allowed or not {"quote", "value", "mod", "explicit", "hard"} <= set(g):
            errors.append(f"{where}: keys {sorted(g)}")
            continue
        q, v, m = g["quote"], g["value"], g["mod"]
        if not isinstance(q, str) or not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
            errors.append(f"{where}: types")
            continue
        if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
            errors.append(f"{where}: bad value {v!r}")
        if "end" in g and (not isinstance(g["end"], str) or not VALUE_RE.match(g["end"])):
            errors.append(f"{where}: bad end {g['end']!r}")
        if "end" in g and v is not None and not v.startswith("BC") and g["end"] < v:
            errors.append(f"{where}: end before value")
        if m not in MODS:
            errors.append(f"{where}: bad mod {m!r}")
        if v is None and (m or g["explicit"] or "end" in g):
            errors.append(f"{where}: null value with mod/end/explicit")
        if v and re.match(r"^\d{4}-\d\d-\d\d$", v):
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                errors.append(f"{where}: impossible date {v}")
        if q != q.strip() or q[:1] in GLYPHS or re.search(r"[<>*#]|&\w+;|\*\*", q):
            errors.append(f"{where}: quote has glyph/markup: {q!r}")
        c = text.count(q)
        if c != 1:
            errors.append(f"{where}: quote found {c} times: {q!r}")
            continue
        if fmt == "html" and not any(q in node for node in nodes):
            errors.append(f"{where}: quote not inside one text node: {q!r}")
        pos = text.index(q)
        if pos <= last:
            errors.append(f"{where}: quote out of text order")
        last = pos
        words = len(q.split())
        if words > 12:
            errors.append(f"{where}: quote too long ({words} words)")
        elif words < 8:
            rest = text[pos + len(q):].split("\n", 1)[0].strip()
            if rest:
                errors.append(f"{where}: quote shorter than 8 words but entry continues")
        if v and re.match(r"^\d{4}-\d\d-\d\d$", v):
            named = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", q.lower())]
            if named:
                actual = calendar.day_name[datetime.date.fromisoformat(v).weekday()].lower()
                if actual not in named:
                    errors.append(f"{where}: weekday {named} but {v} is a {actual}")
    return n


def check_text_weekdays(stem, errors):
    """Weekday + explicit full date written together anywhere in a document."""
    meta = json.loads((HERE / f"{stem}.meta.json").read_text(encoding="utf-8"))
    raw = (HERE / f"{stem}{EXT[meta['format']]}").read_text(encoding="utf-8")
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    pat = re.compile(r"\b(" + "|".join(calendar.day_name) + r"),? (?:(\d{1,2}) (\w+)|(\w+) (\d{1,2})),? (\d{4})")
    for mt in pat.finditer(raw):
        day = int(mt.group(2) or mt.group(5))
        mon = months.get((mt.group(3) or mt.group(4)).lower())
        if not mon:
            continue
        d = datetime.date(int(mt.group(6)), mon, day)
        if calendar.day_name[d.weekday()] != mt.group(1):
            errors.append(f"{stem}: '{mt.group(0)}' but {d} is a {calendar.day_name[d.weekday()]}")


def main():
    errors, total, docs = [], 0, 0
    for meta in sorted(HERE.glob("*.meta.json")):
        stem = meta.name[: -len(".meta.json")]
        docs += 1
        total += check_doc(stem, errors)
        check_text_weekdays(stem, errors)
    for e in errors:
        print("ERROR", e)
    print(f"{docs} documents, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
