#!/usr/bin/env python3
"""Validate the heldout192 chronology set (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * a document NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * meta has title, publication_date (real YYYY-MM-DD), format matching the extension, style;
  * every gold line is a JSON object with the guide's keys and types;
  * value / end use the guide's TIMEX3 forms; mod is null or a TIMEX3 mod;
  * each quote occurs exactly once in the visible text (for HTML: inside one text node,
    no tags or entities inside it) and the quotes are in text order;
  * quotes carry no bullet glyphs or markup and have 8-12 words (fewer only when the
    quote reaches the end of its sentence, clause or line);
  * weekdays written in the documents agree with the calendar (dated weekday phrases
    in the text, and gold quotes that name a weekday with a full-date value).
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXT_FORMAT = {".txt": "text", ".md": "markdown", ".html": "html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}",
]
ALLOWED_KEYS = {"quote", "value", "mod", "end", "explicit", "hard"}
WEEKDAYS = [d.lower() for d in calendar.day_name]
WD_ABBR = {d[:3].lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
BLOCK_TAGS = {"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
              "h6", "br", "article", "section", "header", "footer", "main", "aside", "nav",
              "ul", "ol", "dl", "table", "thead", "tbody", "time", "title", "blockquote"}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    """Collect text nodes a browser would show; entities end a text node."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes = []          # raw text nodes (no entities inside)
        self.parts = []          # visible text pieces
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        self.nodes.append(data)
        self.parts.append(data)

    def handle_entityref(self, name):
        if not self.skip:
            self.parts.append(html.unescape(f"&{name};"))
            self.nodes.append("\x00")

    def handle_charref(self, name):
        if not self.skip:
            self.parts.append(html.unescape(f"&#{name};"))
            self.nodes.append("\x00")


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t]*\n[ \t\n]*", "\n", text)
    return text, p.nodes


def check_value(name, v, what):
    if v is None:
        return
    if not isinstance(v, str) or not any(re.fullmatch(r, v) for r in VALUE_RES):
        err(name, f"bad {what} {v!r}")
        return
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        try:
            dt.date(*map(int, m.groups()))
        except ValueError:
            err(name, f"impossible date {v}")
    m = re.fullmatch(r"\d{4}-(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        err(name, f"bad month {v}")
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        weeks = dt.date(int(m.group(1)), 12, 28).isocalendar()[1]
        if not 1 <= int(m.group(2)) <= weeks:
            err(name, f"bad week {v}")


def check_weekdays_in_text(name, text, year_hint):
    """'Sunday 19 April', 'Monday 3 February', 'Sat 3 Sep 2022', 'Friday, May 30, 2025'."""
    wd = r"(?P<wd>" + "|".join(calendar.day_name) + "|" + "|".join(calendar.day_abbr) + r")"
    mon = r"(?P<mon>[A-Z][a-z]{2,8})\.?"
    pats = [
        wd + r",? (?P<day>\d{1,2}) " + mon + r"(?: (?P<year>\d{4}))?",
        wd + r",? " + mon + r" (?P<day>\d{1,2})(?:, (?P<year>\d{4}))?",
    ]
    for pat in pats:
        for m in re.finditer(pat, text):
            mon_s = m.group("mon").lower()
            if mon_s not in MONTHS:
                continue
            year = int(m.group("year")) if m.group("year") else year_hint
            try:
                d = dt.date(year, MONTHS[mon_s], int(m.group("day")))
            except ValueError:
                err(name, f"impossible date in {m.group(0)!r}")
                continue
            want = WD_ABBR[m.group("wd")[:3].lower()]
            if d.weekday() != want:
                err(name, f"weekday mismatch in {m.group(0)!r}: {d} is {calendar.day_name[d.weekday()]}")


def check_doc(gold_path):
    name = gold_path.name[: -len(".gold.jsonl")]
    docs = [HERE / (name + e) for e in EXT_FORMAT if (HERE / (name + e)).exists()]
    if len(docs) != 1:
        err(name, f"expected exactly one document, found {docs}")
        return 0
    doc = docs[0]
    meta_path = HERE / (name + ".meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(name, f"meta unreadable: {e}")
        return 0
    for k in ("title", "publication_date", "format", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k):
            err(name, f"meta key {k} missing or not a string")
    try:
        pub = dt.date.fromisoformat(meta["publication_date"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
            raise ValueError
    except Exception:  # noqa: BLE001
        err(name, "bad publication_date")
        pub = dt.date(2000, 1, 1)
    if meta.get("format") != EXT_FORMAT[doc.suffix]:
        err(name, f"format {meta.get('format')} does not match {doc.suffix}")

    text, nodes = visible_text(doc)
    check_weekdays_in_text(name, text, pub.year)

    last = -1
    n = 0
    for lineno, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(name, f"line {lineno}: blank line")
            continue
        tag = f"line {lineno}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(name, f"{tag}: bad JSON {e}")
            continue
        n += 1
        if not isinstance(g, dict):
            err(name, f"{tag}: not an object")
            continue
        missing = {"quote", "value", "mod", "explicit", "hard"} - g.keys()
        extra = g.keys() - ALLOWED_KEYS
        if missing or extra:
            err(name, f"{tag}: missing {missing} extra {extra}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip():
            err(name, f"{tag}: quote not a non-empty string")
            continue
        if not (g["value"] is None or isinstance(g["value"], str)):
            err(name, f"{tag}: value type")
        check_value(name, g["value"], "value")
        if g["mod"] not in MODS:
            err(name, f"{tag}: bad mod {g['mod']!r}")
        if "end" in g:
            if g["end"] is None:
                err(name, f"{tag}: end present but null")
            check_value(name, g["end"], "end")
            if g["value"] is None:
                err(name, f"{tag}: end without value")
        if g["value"] is None and g["mod"] is not None:
            err(name, f"{tag}: mod on null value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(name, f"{tag}: {k} not boolean")
        # markup / bullets
        if re.match(r"^\s*([-*+•–·▪>]|\d+\.)\s", q) and not re.match(r"^\d+\.\d", q):
            if not re.match(r"^\d{3,4}\b", q):
                err(name, f"{tag}: quote starts with a bullet glyph: {q!r}")
        if re.search(r"[<>]|\*\*|__|\[|\]\(|&\w+;|\|", q):
            err(name, f"{tag}: quote contains markup: {q!r}")
        if q != q.strip():
            err(name, f"{tag}: quote has outer whitespace")
        # occurrence
        cnt = text.count(q)
        if cnt != 1:
            err(name, f"{tag}: quote found {cnt} times in visible text: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                err(name, f"{tag}: quote out of text order: {q!r}")
            last = pos
            words = len(q.split())
            if words > 12:
                err(name, f"{tag}: {words} words (>12): {q!r}")
            if words < 8:
                after = text[pos + len(q): pos + len(q) + 1]
                if not (q[-1] in ".;:!?,\"" or after in ("", "\n")):
                    err(name, f"{tag}: {words} words but does not reach end of clause/line: {q!r}")
        if nodes is not None and not any(q in nd for nd in nodes):
            err(name, f"{tag}: quote not inside a single HTML text node: {q!r}")
        # weekday named in quote with full-date value
        v = g["value"]
        named = [i for i, d in enumerate(WEEKDAYS) if re.search(r"\b" + d + r"\b", q.lower())]
        if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and len(named) == 1:
            d = dt.date.fromisoformat(v)
            if d.weekday() != named[0]:
                err(name, f"{tag}: quote names {calendar.day_name[named[0]]} but {v} is {calendar.day_name[d.weekday()]}")
            if d > pub and "next" not in q.lower():
                err(name, f"{tag}: weekday date {v} after publication {pub}")
    if n == 0:
        err(name, "no gold entries")
    return n


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    counts = {}
    for g in golds:
        k = check_doc(g)
        counts[g.name] = k
        total += k
    fmts = {}
    for g in golds:
        name = g.name[: -len(".gold.jsonl")]
        for e, f in EXT_FORMAT.items():
            if (HERE / (name + e)).exists():
                fmts[f] = fmts.get(f, 0) + 1
    for f in ("text", "markdown", "html"):
        if fmts.get(f, 0) < 3:
            errors.append(f"set: only {fmts.get(f, 0)} {f} documents (need 3)")
    if len(golds) != 12:
        errors.append(f"set: {len(golds)} documents, expected 12")
    if not 150 <= total <= 200:
        errors.append(f"set: {total} entries, expected 150-200")
    for k, v in counts.items():
        print(f"{v:3d}  {k}")
    print(f"{len(golds)} documents, {total} entries, formats {fmts}")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
