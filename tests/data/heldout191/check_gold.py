#!/usr/bin/env python3
"""Validate the heldout191 chronology set (standard library only).

Checks, for every NAME.meta.json in this folder:
- meta keys (title, publication_date, format, style), ISO publication date, format and the
  matching document file (NAME.txt / NAME.md / NAME.html);
- gold keys and types, TIMEX3 value forms of the annotation guide, mods, `end` forms;
- each quote occurs exactly once in the visible text, quotes are in text order, 1-12 words
  (fewer than 8 only when allowed by SHORT_OK), no bullet glyphs or markup inside a quote;
- for HTML: the visible text is taken the way a browser shows it (tags stripped, script/style
  dropped, entities decoded) and each quote lies inside one text node and appears literally
  in the source (so no entity or tag sits inside it);
- for Markdown: each quote appears literally in the raw source (no markup inside it);
- every "Weekday, D Month [YYYY]" / "Weekday, Month D[, YYYY]" written in a document agrees with
  the calendar (year missing -> publication year), and every gold value that is a full date
  and whose entry is explicit falls on the first weekday its quote names ("On Thursday",
  "last Thursday", "Since Thursday", "Friday 6 September"); weekdays in non-explicit entries
  are distractors (forecasts, deadlines) and are not checked against the value.
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
EXT = {"text": ".txt", "markdown": ".md", "html": ".html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
BULLETS = "•·▪■◆►–—*-"
DAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_value(v, errs, where, key):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad {key} {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            errs.append(f"{where}: bad month in {v}")
        elif d:
            try:
                dt.date(y, mo, int(d))
            except ValueError:
                errs.append(f"{where}: impossible date {v}")
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        errs.append(f"{where}: bad week {v}")


def weekday_mentions(text, pub_year):
    day = "|".join(DAYS)
    mon = "|".join(sorted(MONTHS, key=len, reverse=True))
    pats = [
        re.compile(rf"\b({day}),?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({mon})\.?(?:,?\s+(\d{{4}}))?", re.I),
        re.compile(rf"\b({day}),?\s+({mon})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?", re.I),
    ]
    out = []
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            wd, a, b, y = m.groups()
            dnum, mname = (a, b) if i == 0 else (b, a)
            year = int(y) if y else pub_year
            try:
                date = dt.date(year, MONTHS[mname.lower()], int(dnum))
            except ValueError:
                out.append((m.group(0), None))
                continue
            out.append((m.group(0), DAYS[date.weekday()].lower() == wd.lower()))
    return out


def main():
    errs, n_docs, n_entries = [], 0, 0
    formats = {"text": 0, "markdown": 0, "html": 0}
    for meta_path in sorted(HERE.glob("*.meta.json")):
        name = meta_path.name[: -len(".meta.json")]
        n_docs += 1
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            errs.append(f"{name}: meta keys {sorted(meta)}")
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errs.append(f"{name}: bad publication_date")
            continue
        fmt = meta.get("format")
        if fmt not in EXT:
            errs.append(f"{name}: bad format {fmt!r}")
            continue
        formats[fmt] += 1
        doc = HERE / (name + EXT[fmt])
        if not doc.exists():
            errs.append(f"{name}: missing {doc.name}")
            continue
        raw = doc.read_text(encoding="utf-8")
        if fmt == "html":
            p = TextNodes()
            p.feed(raw)
            nodes = p.nodes
            visible = "".join(nodes)
        else:
            nodes = None
            visible = raw
        for s, ok in weekday_mentions(visible, pub.year):
            if not ok:
                errs.append(f"{name}: weekday does not match calendar: {s!r}")
        gold_path = HERE / (name + ".gold.jsonl")
        if not gold_path.exists():
            errs.append(f"{name}: missing gold")
            continue
        last = -1
        lines = [l for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
        for ln, line in enumerate(lines, 1):
            where = f"{name}.gold.jsonl:{ln}"
            n_entries += 1
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: {e}")
                continue
            keys = set(g)
            if not (GOLD_KEYS <= keys <= GOLD_KEYS | {"end"}):
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q:
                errs.append(f"{where}: bad quote")
                continue
            if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                errs.append(f"{where}: explicit/hard must be booleans")
            if g["mod"] not in MODS:
                errs.append(f"{where}: bad mod {g['mod']!r}")
            check_value(g["value"], errs, where, "value")
            if "end" in g:
                check_value(g["end"], errs, where, "end")
                if g["end"] is None or g["value"] is None:
                    errs.append(f"{where}: end needs value and end")
            if g["value"] is None and (g["mod"] or g["explicit"]):
                errs.append(f"{where}: null value with mod/explicit")
            nw = len(q.split())
            if nw > 12:
                errs.append(f"{where}: quote has {nw} words")
            if nw < 8:
                # allowed only when the quote is the whole entry (ends a line / node)
                if not re.search(re.escape(q) + r"\s*(?:\n|$|<)", raw if fmt != "html" else visible + "\n"):
                    errs.append(f"{where}: short quote ({nw} words) that is not a whole entry")
            if q[0] in BULLETS and q[:2] != "c." or q.startswith(("#", "|", ">")):
                errs.append(f"{where}: quote starts with a bullet or markup")
            if fmt != "text" and re.search(r"[*_`|<>\[\]]", q):
                errs.append(f"{where}: markup inside quote")
            cnt = visible.count(q)
            if cnt != 1:
                errs.append(f"{where}: quote found {cnt} times in visible text: {q!r}")
                continue
            pos = visible.find(q)
            if pos < last:
                errs.append(f"{where}: quote out of text order")
            last = pos
            if fmt == "html":
                if sum(n.count(q) for n in nodes) != 1:
                    errs.append(f"{where}: quote not inside one text node")
                if raw.count(q) != 1:
                    errs.append(f"{where}: quote not literal in source (entity or tag inside)")
            elif fmt == "markdown" and raw.count(q) != 1:
                errs.append(f"{where}: quote not literal in markdown source")
            v = g["value"]
            if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                actual = DAYS[dt.date.fromisoformat(v).weekday()]
                named = [w.strip(",.:;").capitalize() for w in q.split()]
                named = [w for w in named if w in DAYS]
                # an explicit entry that names a weekday must fall on it
                if g["explicit"] and named and named[0] != actual:
                    errs.append(f"{where}: quote names {named[0]} but {v} is a {actual}")
    for f, n in formats.items():
        if n < 3:
            errs.append(f"only {n} {f} documents (need 3)")
    for e in errs:
        print("ERROR", e)
    print(f"{n_docs} documents, {n_entries} entries, formats {formats}")
    if errs:
        print(f"{len(errs)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
