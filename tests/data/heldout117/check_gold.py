#!/usr/bin/env python3
"""Independent format check for the heldout117 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * exactly one text file NAME.txt / NAME.md / NAME.html and a NAME.meta.json;
  * meta keys title, publication_date (a real YYYY-MM-DD day), format (matches the extension), style;
  * JSON keys of every gold line (quote, value, mod, explicit, hard, optional end), their types;
  * value / end forms (TIMEX3 subset of the guide) and real calendar months and days; mod in the list;
  * every quote found exactly once in the text as a reader sees it, and the quotes in text order;
  * HTML: quotes are visible text (no tags, no entities, not in <head>/<script>/<style>) and each
    lies inside a single text run of one element (so a date in its own cell, <dt> or bold label is
    never part of the quote);
  * quote length (at most 12 words, at least 3);
  * every "Weekday, date with year" written in a text matches the calendar.
Exit status 0 when all is well.
"""
import calendar
import datetime
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?"
    r"|(?P<wy>\d{4})-W(?P<w>\d{2})(?:-WE)?"
    r"|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4})$")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
DAYS = [d.lower() for d in calendar.day_name]
DAY_ABBR = {d.lower(): i for i, d in enumerate(calendar.day_abbr)}
DAY_ANY = {**{d: i for i, d in enumerate(DAYS)}, **DAY_ABBR}
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "title", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.runs = []  # (start offset in visible text, text of one run)
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            return
        self.runs.append((len(self.text), data))
        self.text += data


def valid_value(v):
    m = VALUE_RE.match(v)
    if not m:
        return False
    if m.group("m"):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return False
        if m.group("d"):
            try:
                datetime.date(int(m.group("y")), mo, int(m.group("d")))
            except ValueError:
                return False
    if m.group("w") and not 1 <= int(m.group("w")) <= 53:
        return False
    return True


def check_weekdays(name, text):
    pats = [
        re.compile(r"\b(%s)\.?,? (\d{1,2})(?:st|nd|rd|th)? (%s)\.?,? (\d{4})\b"
                   % ("|".join(DAY_ANY), "|".join(MONTHS)), re.I),
        re.compile(r"\b(%s)\.?,? (%s)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b"
                   % ("|".join(DAY_ANY), "|".join(MONTHS)), re.I),
    ]
    n = 0
    for i, p in enumerate(pats):
        for mt in p.finditer(text):
            if i == 0:
                wd, d, mon, y = mt.groups()
            else:
                wd, mon, d, y = mt.groups()
            try:
                real = datetime.date(int(y), MONTHS[mon.lower()], int(d)).weekday()
            except ValueError:
                err(name, f"impossible date {mt.group(0)!r}")
                continue
            n += 1
            if DAY_ANY[wd.lower()] != real:
                err(name, f"weekday wrong in {mt.group(0)!r} (really {DAYS[real]})")
    return n


def main():
    total = files = 0
    for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        stem = gold[: -len(".gold.jsonl")]
        name = os.path.basename(stem)
        texts = [stem + e for e in (".txt", ".md", ".html") if os.path.exists(stem + e)]
        if len(texts) != 1:
            err(name, f"expected one text file, found {texts}")
            continue
        path = texts[0]
        ext = os.path.splitext(path)[1][1:]
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        meta_path = stem + ".meta.json"
        if not os.path.exists(meta_path):
            err(name, "missing meta.json")
            meta = {}
        else:
            with open(meta_path, encoding="utf-8") as f:
                meta = json.load(f)
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta.get(k):
                    err(name, f"meta key {k} missing or empty")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                err(name, "meta publication_date is not YYYY-MM-DD")
            want = {"txt": "text", "md": "markdown", "html": "html"}[ext]
            if meta.get("format") != want:
                err(name, f"meta format should be {want!r}")
        if ext == "html":
            vp = Visible()
            vp.feed(raw)
            vp.close()
            text, runs = vp.text, vp.runs
        else:
            text, runs = raw, None
        nwd = check_weekdays(name, text)
        last = -1
        n = 0
        with open(gold, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    err(name, f"line {ln}: blank line")
                    continue
                try:
                    g = json.loads(line)
                except json.JSONDecodeError as e:
                    err(name, f"line {ln}: bad JSON {e}")
                    continue
                n += 1
                keys = set(g)
                if not KEYS <= keys or keys - KEYS - {"end"}:
                    err(name, f"line {ln}: keys {sorted(keys)}")
                    continue
                q = g["quote"]
                if not isinstance(q, str) or q != q.strip() or not q:
                    err(name, f"line {ln}: quote not a trimmed string")
                    continue
                words = len(q.split())
                if words > 12 or words < 3:
                    err(name, f"line {ln}: quote has {words} words")
                if q[0] in "•-*·:#>":
                    err(name, f"line {ln}: quote starts with a glyph/markup")
                v = g["value"]
                if v is not None and (not isinstance(v, str) or not valid_value(v)):
                    err(name, f"line {ln}: bad value {v!r}")
                if g["mod"] not in MODS:
                    err(name, f"line {ln}: bad mod {g['mod']!r}")
                if "end" in g:
                    e = g["end"]
                    if not isinstance(e, str) or not valid_value(e):
                        err(name, f"line {ln}: bad end {e!r}")
                    if v is None:
                        err(name, f"line {ln}: end without value")
                for k in ("explicit", "hard"):
                    if not isinstance(g[k], bool):
                        err(name, f"line {ln}: {k} not a bool")
                if v is None and (g["mod"] is not None or g["explicit"]):
                    err(name, f"line {ln}: null value with mod or explicit")
                cnt = text.count(q)
                if cnt != 1:
                    err(name, f"line {ln}: quote found {cnt} times: {q!r}")
                    continue
                pos = text.index(q)
                if pos <= last:
                    err(name, f"line {ln}: quote out of order: {q!r}")
                last = pos
                if ext == "html":
                    if "<" in q or re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", q, re.I):
                        err(name, f"line {ln}: quote holds markup or an entity")
                    if not any(s <= pos and pos + len(q) <= s + len(d) for s, d in runs):
                        err(name, f"line {ln}: quote spans several elements: {q!r}")
                elif ext == "md" and re.search(r"\*\*|__|\[|\]\(", q):
                    err(name, f"line {ln}: quote holds Markdown markup")
        if n == 0:
            err(name, "no gold entries")
        print(f"{name:32s} {ext:5s} {n:3d} entries, {nwd} weekday(s) checked")
        total += n
        files += 1
    print(f"{files} files, {total} gold entries")
    if files != 12:
        err("dataset", f"expected 12 chronologies, found {files}")
    if total < 160:
        err("dataset", f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
