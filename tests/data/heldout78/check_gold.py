#!/usr/bin/env python3
"""Validate the heldout78 gold files. Standard library only; independent of keydates code.

Checks: every chronology has text + gold + meta; JSON keys and value/mod/end forms; every quote
is found exactly once, in text order; HTML quotes are visible text inside one element (no tags or
entities); quote length (8-12 words, or a shorter clause running to a sentence/line end);
meta keys; explicit weekday+date pairs agree with the calendar; set size (12 files, >=160 entries).
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?"   # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"      # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                          # seasons
    r"|\d{3}X|\d{2}XX"                                  # decades, centuries
    r"|BC\d{4})$")
SKIP_TAGS = {"head", "script", "style", "title"}
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "source"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
DAYS = [d for d in calendar.day_name]


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.chunks.append(data)


def check_value(v, where, errs):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            errs.append(f"{where}: impossible date {v}")


def check_weekdays(text, name, errs):
    mon = "|".join(calendar.month_name[1:])
    day = "|".join(DAYS)
    pats = [rf"\b({day}),?\s+(\d{{1,2}})\s+({mon}),?\s+(\d{{4}})",
            rf"\b({day}),?\s+({mon})\s+(\d{{1,2}}),?\s+(\d{{4}})"]
    for i, p in enumerate(pats):
        for m in re.finditer(p, text):
            g = m.groups()
            d, mo, y = (g[1], g[2], g[3]) if i == 0 else (g[2], g[1], g[3])
            real = datetime.date(int(y), MONTHS[mo.lower()], int(d)).strftime("%A")
            if real != g[0]:
                errs.append(f"{name}: '{m.group(0)}' is really a {real}")


def main():
    errs, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        texts = [p for ext in ("txt", "md", "html") for p in [HERE / f"{stem}.{ext}"] if p.exists()]
        if len(texts) != 1:
            errs.append(f"{stem}: expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        files += 1
        raw = tpath.read_text(encoding="utf-8")
        meta_p = HERE / f"{stem}.meta.json"
        if not meta_p.exists():
            errs.append(f"{stem}: missing meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    errs.append(f"{stem}: meta lacks {k}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errs.append(f"{stem}: bad publication_date")
            if meta.get("format") != tpath.suffix[1:]:
                errs.append(f"{stem}: meta format {meta.get('format')} != {tpath.suffix}")
        if tpath.suffix == ".html":
            p = Visible()
            p.feed(raw)
            chunks = p.chunks
            visible = "\n".join(chunks)
        else:
            chunks = None
            visible = raw
        check_weekdays(visible, stem, errs)
        pos = -1
        lines = gold.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            where = f"{gold.name}:{n}"
            if not line.strip():
                errs.append(f"{where}: blank line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as x:
                errs.append(f"{where}: bad JSON {x}")
                continue
            total += 1
            keys = set(e)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errs.append(f"{where}: bad quote {q!r}")
                continue
            if re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;", q):
                errs.append(f"{where}: quote contains markup/entity")
            if q[:1] in "-*•#" and tpath.suffix == ".md":
                errs.append(f"{where}: quote starts with a bullet glyph")
            words = len(q.split())
            if words > 12:
                errs.append(f"{where}: quote has {words} words (>12)")
            cnt = visible.count(q)
            if cnt != 1:
                errs.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                at = visible.find(q)
                if at <= pos:
                    errs.append(f"{where}: quote out of order")
                pos = at
                if words < 8:
                    after = visible[at + len(q): at + len(q) + 1]
                    if not (q[-1] in ".!?\"”" or after in ("", "\n")):
                        errs.append(f"{where}: short quote ({words} words) not at a clause end")
            if chunks is not None and sum(c.count(q) for c in chunks) != 1:
                errs.append(f"{where}: HTML quote not inside exactly one element")
            check_value(e["value"], where, errs)
            if e["mod"] not in MODS:
                errs.append(f"{where}: bad mod {e['mod']!r}")
            if "end" in e:
                if e["value"] is None:
                    errs.append(f"{where}: end without value")
                check_value(e["end"], where + " end", errs)
                if e["end"] is None or (isinstance(e["end"], str) and e["value"]
                                        and e["end"] <= e["value"] and not e["value"].startswith("BC")):
                    errs.append(f"{where}: end {e['end']} not after value {e['value']}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errs.append(f"{where}: {k} not bool")
            if e["value"] is None and e["explicit"]:
                errs.append(f"{where}: null value but explicit")
    if files != 12:
        errs.append(f"expected 12 chronologies, found {files}")
    if total < 160:
        errs.append(f"expected >=160 gold entries, found {total}")
    for x in errs:
        print("ERROR", x)
    print(f"{files} files, {total} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
