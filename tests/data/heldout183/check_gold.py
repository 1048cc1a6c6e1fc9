#!/usr/bin/env python3
"""Validate the heldout183 chronology set (standard library only).

Checks, for every NAME.meta.json in this folder:
  * meta keys (title, publication_date, format, style), ISO publication date, format matches extension;
  * gold keys and types, TIMEX3 value forms of the annotation guide, mods, `end` only with a value;
  * every quote occurs exactly once in the visible text (HTML: text a browser shows, inside one
    text node, no entities or tags inside) and quotes come in text order;
  * quote length: 8-12 words, shorter only when the quote is the whole entry/clause;
  * no bullet glyphs or markup in quotes;
  * weekdays: explicit "Weekday, D Month YYYY" / "Weekday, Month D, YYYY" in the text, weekday
    names inside an explicit quote whose value is a full date, and the listed relative weekdays.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
EXT = {"text": ".txt", "markdown": ".md", "html": ".html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}
WEEKDAYS = [d.lower() for d in calendar.day_name]
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# Weekdays written without a year, checked by hand against the calendar: (file, weekday, date).
MANUAL_WEEKDAYS = [
    ("helios_keydates.txt", "Sunday", "2026-09-13"),
    ("harwick_live.html", "Friday", "2025-03-14"),
    ("harwick_live.html", "Thursday", "2025-03-13"),
    ("harwick_live.html", "Wednesday", "2025-03-12"),
    ("harwick_live.html", "Monday", "2025-03-17"),
    ("calder_explainer.html", "Tuesday", "2024-10-08"),
    ("calder_explainer.html", "Thursday", "2024-10-10"),
    ("port_ellery_longread.txt", "Saturday", "2025-05-17"),
    ("port_ellery_longread.txt", "Monday", "2025-05-19"),
    ("tamra_study_guide.txt", "Friday", "2023-09-15"),
    ("orla2_campaign.md", "Tuesday", "2026-02-03"),
    ("orla2_campaign.md", "Wednesday", "2026-01-28"),
    ("orla2_campaign.md", "Tuesday", "2025-12-30"),
    ("orla2_campaign.md", "Thursday", "2025-11-20"),
    ("orla2_campaign.md", "Thursday", "2025-09-04"),
]

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    """Collect the text nodes a browser shows (no head/title/script/style)."""
    HIDDEN = {"script", "style", "head", "title", "noscript", "template"}
    BLOCK = {"p", "div", "li", "dt", "dd", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
             "br", "section", "article", "header", "footer", "aside", "main", "nav", "ul", "ol",
             "dl", "table", "caption", "form", "time", "label", "button"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.hidden = 0
        self.nodes = []      # raw text of each data chunk (between tags / refs)
        self.parts = []      # visible text with block breaks

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
            self.nodes.append(None)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")
            self.nodes.append(None)

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)
            self.nodes.append(data)

    def handle_entityref(self, name):
        if not self.hidden:
            self.parts.append(html.unescape(f"&{name};"))
            self.nodes.append(None)

    def handle_charref(self, name):
        if not self.hidden:
            self.parts.append(html.unescape(f"&#{name};"))
            self.nodes.append(None)


def norm(s):
    return re.sub(r"[ \t\r\f\v]+", " ", s)


def visible_text(path, fmt):
    raw = open(path, encoding="utf-8").read()
    if fmt != "html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    text = norm("".join(p.parts))
    nodes = [norm(n) for n in p.nodes if n is not None]
    return text, nodes


def words(s):
    return [w for w in s.split() if re.search(r"[0-9A-Za-z]", w)]


def check_date(name, label, s):
    try:
        dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(name, f"{label}: bad ISO date {s!r}")


def check_value(name, i, v, key):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(name, f"entry {i}: bad {key} {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            err(name, f"entry {i}: bad month in {v}")
        elif d is not None:
            check_date(name, f"entry {i} {key}", v)
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        err(name, f"entry {i}: bad week in {v}")


def weekday_of(s):
    return calendar.day_name[dt.date.fromisoformat(s).weekday()]


def check_text_weekdays(name, text):
    wd = "|".join(calendar.day_name)
    mon = "|".join(sorted(MONTHS, key=len, reverse=True))
    pats = [
        re.compile(rf"\b({wd}),? (\d{{1,2}}) ({mon})\.? (\d{{4}})\b", re.I),
        re.compile(rf"\b({wd}),? ({mon})\.? (\d{{1,2}}),? (\d{{4}})\b", re.I),
    ]
    for k, pat in enumerate(pats):
        for m in pat.finditer(text):
            if k == 0:
                w, d, mo, y = m.group(1), m.group(2), m.group(3), m.group(4)
            else:
                w, mo, d, y = m.group(1), m.group(2), m.group(3), m.group(4)
            try:
                date = dt.date(int(y), MONTHS[mo.lower()], int(d))
            except ValueError:
                err(name, f"impossible date in {m.group(0)!r}")
                continue
            if calendar.day_name[date.weekday()].lower() != w.lower():
                err(name, f"weekday mismatch: {m.group(0)!r} is a {calendar.day_name[date.weekday()]}")


def main():
    metas = sorted(f for f in os.listdir(HERE) if f.endswith(".meta.json"))
    total = 0
    counts = {"text": 0, "markdown": 0, "html": 0}
    for mf in metas:
        stem = mf[: -len(".meta.json")]
        try:
            meta = json.load(open(os.path.join(HERE, mf), encoding="utf-8"))
        except ValueError as e:
            err(mf, f"invalid JSON: {e}")
            continue
        if set(meta) != {"title", "publication_date", "format", "style"}:
            err(mf, f"meta keys {sorted(meta)}")
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err(mf, f"meta {k} must be a non-empty string")
        check_date(mf, "publication_date", meta.get("publication_date"))
        fmt = meta.get("format")
        if fmt not in EXT:
            err(mf, f"bad format {fmt!r}")
            continue
        counts[fmt] += 1
        doc = stem + EXT[fmt]
        dpath = os.path.join(HERE, doc)
        if not os.path.exists(dpath):
            err(mf, f"missing document {doc}")
            continue
        text, nodes = visible_text(dpath, fmt)
        check_text_weekdays(doc, text)
        low = text.lower()
        for f, w, d in MANUAL_WEEKDAYS:
            if f == doc:
                if weekday_of(d) != w:
                    err(doc, f"{d} is not a {w}")
                if not re.search(rf"\b{w[:3].lower()}", low):
                    err(doc, f"listed weekday {w} not in text")
        gpath = os.path.join(HERE, stem + ".gold.jsonl")
        if not os.path.exists(gpath):
            err(mf, "missing gold file")
            continue
        last = -1
        n = 0
        for i, line in enumerate(open(gpath, encoding="utf-8"), 1):
            if not line.strip():
                err(gpath, f"line {i}: blank line")
                continue
            try:
                g = json.loads(line)
            except ValueError as e:
                err(stem, f"line {i}: invalid JSON {e}")
                continue
            n += 1
            keys = set(g)
            if not GOLD_KEYS <= keys or keys - GOLD_KEYS - {"end"}:
                err(stem, f"line {i}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q:
                err(stem, f"line {i}: quote must be a non-empty string")
                continue
            if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                err(stem, f"line {i}: explicit/hard must be booleans")
            if g["mod"] not in MODS:
                err(stem, f"line {i}: bad mod {g['mod']!r}")
            check_value(stem, i, g["value"], "value")
            if "end" in g:
                check_value(stem, i, g["end"], "end")
                if g["value"] is None or g["end"] is None:
                    err(stem, f"line {i}: end needs a value")
            if g["value"] is None and (g["mod"] is not None or g["explicit"]):
                err(stem, f"line {i}: null value with mod/explicit")
            # markup / glyphs
            if re.match(r"^\s*([-*+\u2022\u2013\u2014>#|]|\d+\.)\s", q) or "**" in q or "|" in q:
                err(stem, f"line {i}: bullet glyph or markup in quote {q!r}")
            if fmt == "html" and ("<" in q or ">" in q or "&" in q):
                err(stem, f"line {i}: tag or entity in HTML quote {q!r}")
            if q != q.strip() or "  " in q:
                err(stem, f"line {i}: stray whitespace in quote")
            # occurrence
            cnt = text.count(q)
            if cnt != 1:
                err(stem, f"line {i}: quote found {cnt} times: {q!r}")
                continue
            if fmt == "html" and not any(q in nd for nd in nodes):
                err(stem, f"line {i}: quote not inside one text node: {q!r}")
            pos = text.index(q)
            if pos <= last:
                err(stem, f"line {i}: quote out of text order: {q!r}")
            last = pos
            # length
            nw = len(words(q))
            if nw > 12:
                err(stem, f"line {i}: quote has {nw} words (>12)")
            elif nw < 8:
                after = text[pos + len(q): pos + len(q) + 1]
                if not (q[-1] in ".!?\"" or after in ("", "\n")):
                    err(stem, f"line {i}: quote has {nw} words (<8) but is not a whole entry/clause")
            # weekday in quote vs value
            for wname in WEEKDAYS:
                if re.search(rf"\b{wname}\b", q.lower()) and g["mod"] is None and g["explicit"] and \
                        isinstance(g["value"], str) and re.match(r"^\d{4}-\d{2}-\d{2}$", g["value"]):
                    if weekday_of(g["value"]).lower() != wname:
                        err(stem, f"line {i}: {wname} in quote but {g['value']} is a "
                                  f"{weekday_of(g['value'])}")
        total += n
        print(f"{doc:32s} {fmt:9s} {n:3d} entries")
    for fmt, c in counts.items():
        if c < 3:
            err("set", f"only {c} {fmt} documents (need >= 3)")
    if len(metas) != 12:
        err("set", f"{len(metas)} documents, expected 12")
    print(f"total: {len(metas)} documents, {total} entries")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
