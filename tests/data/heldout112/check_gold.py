#!/usr/bin/env python3
"""Independent checker for the heldout112 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file (NAME.txt / NAME.md / NAME.html) and NAME.meta.json with the
  keys title, publication_date (YYYY-MM-DD), format, style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (plus end only where a range is given);
- each quote is 8-12 words or a whole short sentence, found exactly once in the text as a
  reader sees it, and the quotes appear in text order;
- for HTML files the visible text is used (no tags, entities decoded, script/style
  dropped) and each quote must lie inside a single text node (one element);
- a quote naming a weekday with a full-date value must fall on that weekday, and the
  weekday/date pairs listed in WEEKDAY_CLAIMS are checked with the calendar module;
- value, end are TIMEX3 forms allowed by the guide; mod is null or an allowed mod.
"""
import calendar
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?"
    r"|\d{4}-(SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Weekday/date pairs written in the texts (headers, datelines, page furniture) and the
# weekday-resolved dates used in the gold, checked with the calendar module.
WEEKDAY_CLAIMS = [
    ("heat_outage_live", "Wednesday 16 July 2025", 2025, 7, 16, "Wednesday"),
    ("heat_outage_live", "Tuesday 15 July", 2025, 7, 15, "Tuesday"),
    ("stadium_crush_inquiry", "Thursday 6 February 2025", 2025, 2, 6, "Thursday"),
    ("stadium_crush_inquiry", "Saturday 13 April 2019", 2019, 4, 13, "Saturday"),
    ("mumps_outbreak_explainer", "18 March 2026", 2026, 3, 18, "Wednesday"),
    ("fuel_protest_keydates", "PARIS, March 18", 2019, 3, 18, "Monday"),
    ("fuel_protest_keydates", "Nov. 17 - Some", 2018, 11, 17, "Saturday"),
    ("town_year_in_review", "Posted Dec 31, 2024", 2024, 12, 31, "Tuesday"),
    ("town_year_in_review", "on Memorial Day", 2024, 5, 27, "Monday"),
    ("university_history", "Open Day: Saturday 14 June", 2025, 6, 14, "Saturday"),
]
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return True


def check(gold_path):
    errors = []
    name = gold_path.name[: -len(".gold.jsonl")]
    texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
    if len(texts) != 1:
        return [f"{name}: expected exactly one text file, found {len(texts)}"], 0
    tp = texts[0]
    raw = tp.read_text(encoding="utf-8")
    nodes = None
    if tp.suffix == ".html":
        parser = TextNodes()
        parser.feed(raw)
        parser.close()
        nodes = parser.nodes
        text = "\n".join(nodes)
    else:
        text = raw
    meta_p = HERE / f"{name}.meta.json"
    if not meta_p.exists():
        errors.append(f"{name}: missing meta")
    else:
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            return [f"{name}: meta is not valid JSON: {e}"], 0
        missing = META_KEYS - set(meta)
        if missing:
            errors.append(f"{name}: meta lacks {sorted(missing)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
            errors.append(f"{name}: bad publication_date")
        fmt = {".txt": "text", ".md": "markdown", ".html": "html"}[tp.suffix]
        if meta.get("format") != fmt:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {fmt!r}")
    last = -1
    n = 0
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        n += 1
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{i}: bad JSON {e}")
            continue
        keys = set(g)
        if not REQUIRED <= keys or keys - REQUIRED - {"end"}:
            errors.append(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{name}:{i}: empty quote")
            continue
        words = len(q.split())
        if words > 12 or (words < 8 and not re.search(r"[.!?\"]$", q)):
            errors.append(f"{name}:{i}: quote has {words} words: {q!r}")
        if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
            errors.append(f"{name}:{i}: quote contains markup: {q!r}")
        if q.startswith(("- ", "* ", "• ", "**")):
            errors.append(f"{name}:{i}: quote keeps a bullet/markup: {q!r}")
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{name}:{i}: quote found {cnt} times: {q!r}")
        else:
            pos = text.index(q)
            if pos <= last:
                errors.append(f"{name}:{i}: quote out of order: {q!r}")
            last = pos
        if nodes is not None and not any(q in node for node in nodes):
            errors.append(f"{name}:{i}: quote spans several HTML elements: {q!r}")
        v = g["value"]
        named = [w for w in WEEKDAYS if w in q]
        if named and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            y, mo, d = map(int, v.split("-"))
            real = WEEKDAYS[calendar.weekday(y, mo, d)]
            if real not in named:
                errors.append(f"{name}:{i}: {v} is a {real}, quote names {named}")
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            errors.append(f"{name}:{i}: bad value {v!r}")
        if "end" in g:
            e = g["end"]
            if not isinstance(e, str) or not valid_value(e):
                errors.append(f"{name}:{i}: bad end {e!r}")
            elif v is None:
                errors.append(f"{name}:{i}: end without value")
        if g["mod"] not in MODS:
            errors.append(f"{name}:{i}: bad mod {g['mod']!r}")
        if v is None and g["mod"] is not None:
            errors.append(f"{name}:{i}: mod on null value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                errors.append(f"{name}:{i}: {k} not boolean")
    for fname, phrase, y, mo, d, wd in WEEKDAY_CLAIMS:
        if fname == name:
            if phrase not in text:
                errors.append(f"{name}: weekday claim text {phrase!r} not found")
            if WEEKDAYS[calendar.weekday(y, mo, d)] != wd:
                errors.append(f"{name}: {y}-{mo}-{d} is not a {wd}")
    return errors, n


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    all_errors = []
    for gp in golds:
        errs, n = check(gp)
        total += n
        all_errors += errs
        print(f"{gp.name}: {n} entries{'' if not errs else f', {len(errs)} errors'}")
    for e in all_errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} entries")
    if all_errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
