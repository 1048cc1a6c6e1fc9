#!/usr/bin/env python3
"""Validate the heldout197 chronology set (standard library only)."""
import calendar
import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}",
]
WEEKDAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
BLOCK = {"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
         "br", "section", "article", "header", "footer", "main", "nav", "ul", "ol", "dl",
         "table", "time", "aside", "form", "label", "blockquote", "figure", "figcaption"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes, self.skip, self.cur = [], 0, []

    def flush(self):
        if self.cur:
            self.nodes.append("".join(self.cur))
            self.cur = []

    def handle_starttag(self, tag, attrs):
        self.flush()
        if tag in ("script", "style", "head", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        self.flush()
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def handle_entityref(self, name):
        self.flush()  # an entity splits a text node for our purposes
        if not self.skip:
            self.nodes.append(html.unescape("&%s;" % name))

    def handle_charref(self, name):
        self.flush()
        if not self.skip:
            self.nodes.append(html.unescape("&#%s;" % name))


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not any(re.fullmatch(r, v) for r in VALUE_RES):
        return False
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3):
            try:
                dt.date(y, mo, int(m.group(3)))
            except ValueError:
                return False
    m = re.fullmatch(r"\d{4}-W(\d{2}).*", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def check_weekdays(name, text, pubyear, errors):
    """'Tuesday 9 July [2024]' / 'Tuesday, July 9, 2024' must agree with the calendar."""
    wd = "|".join(WEEKDAYS)
    mon = "|".join(sorted(MONTHS, key=len, reverse=True))
    pats = [
        re.compile(r"\b(%s),? (\d{1,2}) (%s)\.?,?(?: (\d{4}))?" % (wd, mon), re.I),
        re.compile(r"\b(%s),? (%s)\.? (\d{1,2})(?:,? (\d{4}))?" % (wd, mon), re.I),
    ]
    n = 0
    for k, pat in enumerate(pats):
        for m in pat.finditer(text):
            day_name = m.group(1)
            if k == 0:
                d, mo = int(m.group(2)), MONTHS[m.group(3).lower()]
            else:
                mo, d = MONTHS[m.group(2).lower()], int(m.group(3))
            y = int(m.group(4)) if m.group(4) else pubyear
            try:
                real = WEEKDAYS[calendar.weekday(y, mo, d)]
            except ValueError:
                errors.append(f"{name}: bad date in {m.group(0)!r}")
                continue
            n += 1
            if real.lower() != day_name.lower():
                errors.append(f"{name}: {m.group(0)!r} is a {real} in {y}")
    return n


def main():
    errors, total, docs = [], 0, 0
    fmt_count = {}
    for meta_path in sorted(HERE.glob("*.meta.json")):
        name = meta_path.name[: -len(".meta.json")]
        docs += 1
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta or not isinstance(meta[k], str) or not meta[k].strip():
                errors.append(f"{name}: meta key {k} missing or empty")
        try:
            pub = dt.date.fromisoformat(meta["publication_date"])
        except Exception:
            errors.append(f"{name}: bad publication_date")
            continue
        fmt = meta.get("format")
        if fmt not in FORMATS:
            errors.append(f"{name}: bad format {fmt}")
            continue
        fmt_count[fmt] = fmt_count.get(fmt, 0) + 1
        doc_path = HERE / (name + FORMATS[fmt])
        if not doc_path.exists():
            errors.append(f"{name}: missing {doc_path.name}")
            continue
        raw = doc_path.read_text(encoding="utf-8")
        if fmt == "html":
            p = Visible()
            p.feed(raw)
            p.close()
            p.flush()
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        check_weekdays(name, text, pub.year, errors)
        gold_path = HERE / (name + ".gold.jsonl")
        lines = [l for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
        last = -1
        for i, line in enumerate(lines, 1):
            where = f"{name}.gold.jsonl:{i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            keys = set(g)
            need = {"quote", "value", "mod", "explicit", "hard"}
            if not need <= keys or keys - need - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q:
                errors.append(f"{where}: empty quote")
                continue
            if not valid_value(g["value"]):
                errors.append(f"{where}: bad value {g['value']!r}")
            if "end" in g and (g["end"] is None or not valid_value(g["end"])):
                errors.append(f"{where}: bad end {g['end']!r}")
            if "end" in g and g["value"] is None:
                errors.append(f"{where}: end without value")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            for b in ("explicit", "hard"):
                if not isinstance(g[b], bool):
                    errors.append(f"{where}: {b} not boolean")
            if re.search(r"^[-*•▪►–#>|]|[<>]|\*\*|\]\(|&\w+;", q):
                errors.append(f"{where}: markup or bullet glyph in quote {q!r}")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
                continue
            if nodes is not None and not any(q in nd for nd in nodes):
                errors.append(f"{where}: quote not inside one text node: {q!r}")
            pos = text.index(q)
            if pos < last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            words = len(q.split())
            after = text[pos + len(q): pos + len(q) + 1]
            short_ok = q.rstrip()[-1] in ".!?\"'”" or after in ("", "\n", "|", ";")
            if words > 12 or (words < 8 and not short_ok):
                errors.append(f"{where}: quote has {words} words: {q!r}")
            # a bare weekday in the quote ("On Tuesday", "Wednesday:") must name the
            # weekday of a day-valued gold, and lie within the week before publication
            wdm = re.search(r"\b(%s)\b(?!,? (?:\d|%s))" % ("|".join(WEEKDAYS), "|".join(MONTHS)), q, re.I)
            if wdm and isinstance(g["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["value"]):
                d = dt.date.fromisoformat(g["value"])
                if WEEKDAYS[d.weekday()].lower() != wdm.group(1).lower():
                    errors.append(f"{where}: {g['value']} is not a {wdm.group(1)}")
                if not 0 <= (pub - d).days < 7:
                    errors.append(f"{where}: {g['value']} not in the week before {pub}")
            total += 1
    for e in errors:
        print("ERROR", e)
    print(f"{docs} documents, {total} entries, formats {fmt_count}")
    if not errors:
        print("OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
