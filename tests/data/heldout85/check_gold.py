#!/usr/bin/env python3
"""Independent consistency check for the heldout85 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- every gold line is a JSON object with exactly the guide's keys
  (quote, value, mod, explicit, hard, optional end), of the right types;
- value / end are TIMEX3 forms allowed by the guide, mod is a TIMEX3 mod;
- every quote occurs exactly once in the visible text, and the quotes appear in text order;
- quotes are 1-12 words, carry no markup or entity, and (HTML) lie inside a single
  text node, i.e. never span an element boundary (a date cell, <dt> or bold label).
Exit status 0 when everything passes.
"""
import calendar
import datetime
import glob
import html
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"     # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                         # seasons
    r"|\d{3}X|\d{2}XX"                                # decades, centuries
    r"|BC\d{4}"                                       # BC years
    r")$")
SKIP_TAGS = {"script", "style", "head", "title", "noscript"}


class TextNodes(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(re.sub(r"\s+", " ", data))


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        y, w = int(m[1]), int(m[2])
        if w > datetime.date(y, 12, 28).isocalendar()[1]:
            return False
    return True


def check(name, errors):
    gold_path = os.path.join(HERE, name + ".gold.jsonl")
    texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, found {texts}")
        return 0
    text_path = texts[0]
    raw = open(text_path, encoding="utf-8").read()
    is_html = text_path.endswith(".html")
    if is_html:
        p = TextNodes()
        p.feed(raw)
        p.close()
        nodes = p.nodes
        visible = "\n".join(nodes)
    else:
        nodes = None
        visible = raw

    meta_path = os.path.join(HERE, name + ".meta.json")
    try:
        meta = json.load(open(meta_path, encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{name}: bad meta: {exc}")
        meta = {}
    for k in ("title", "publication_date", "format", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k):
            errors.append(f"{name}: meta lacks {k}")
    try:
        datetime.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        errors.append(f"{name}: meta publication_date not YYYY-MM-DD")
    if meta.get("format") and not text_path.endswith("." + meta["format"]):
        errors.append(f"{name}: meta format {meta['format']} does not match {text_path}")

    pos = -1
    n = 0
    for ln, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            errors.append(f"{name}:{ln}: blank line")
            continue
        where = f"{name}:{ln}"
        try:
            o = json.loads(line)
        except ValueError as exc:
            errors.append(f"{where}: not JSON: {exc}")
            continue
        n += 1
        keys = set(o)
        if not (keys == KEYS or keys == KEYS | {"end"}):
            errors.append(f"{where}: keys {sorted(keys)}")
        q = o.get("quote")
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            errors.append(f"{where}: bad quote {q!r}")
            continue
        if len(q.split()) > 12:
            errors.append(f"{where}: quote longer than 12 words")
        if re.search(r"[<>]|&[#a-zA-Z0-9]+;|\*\*|^[-•*]\s|^#", q):
            errors.append(f"{where}: quote carries markup/entity/bullet: {q!r}")
        cnt = visible.count(q)
        if cnt != 1:
            errors.append(f"{where}: quote found {cnt} times: {q!r}")
        else:
            i = visible.index(q)
            if i < pos:
                errors.append(f"{where}: quote out of text order or overlapping the previous one: {q!r}")
            pos = i + len(q)
        if is_html and not any(q in node for node in nodes):
            errors.append(f"{where}: quote spans an element boundary: {q!r}")
        v = o.get("value")
        if cnt == 1 and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            check_gold_weekday(where, visible, visible.index(q), q, v, errors)
        if v is not None and not valid_value(v):
            errors.append(f"{where}: bad value {v!r}")
        if "end" in o and not valid_value(o["end"]):
            errors.append(f"{where}: bad end {o['end']!r}")
        if "end" in o and v is None:
            errors.append(f"{where}: end without value")
        if o.get("mod") not in MODS:
            errors.append(f"{where}: bad mod {o.get('mod')!r}")
        if v is None and o.get("mod") is not None:
            errors.append(f"{where}: mod on a null value")
        for k in ("explicit", "hard"):
            if not isinstance(o.get(k), bool):
                errors.append(f"{where}: {k} not a boolean")
    return n


WD_DATE = re.compile(r"\b(" + "|".join(calendar.day_name) + r"),? (?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+)\.? (\d{1,2}))\b")


def check_gold_weekday(where, visible, i, q, value, errors):
    """A weekday written next to a day-and-month near a gold entry (its label or its own text) must
    be the weekday of the gold value when the day numbers agree."""
    window = visible[max(0, i - 60): i + len(q) + 120]
    y, mo, d = (int(x) for x in value.split("-"))
    for m in WD_DATE.finditer(window):
        wd, d1, _m1, _m2, d2 = m.groups()
        if int(d1 or d2) != d:
            continue
        if calendar.weekday(y, mo, d) != [n.lower() for n in calendar.day_name].index(wd.lower()):
            errors.append(f"{where}: {m.group(0)!r} is not a {wd} in {value}")


def check_weekdays(errors):
    """Every 'Weekday, Month D, YYYY'-style date spelled out with its year in the texts must agree
    with the calendar (the annotators verified the others by hand with calendar.weekday)."""
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    months.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
    months["sept"] = 9
    days = [d.lower() for d in calendar.day_name]
    pat = re.compile(r"\b(" + "|".join(calendar.day_name) + r"),? (?:(\d{1,2}) ([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.? (\d{1,2})),? (\d{4})\b")
    for path in glob.glob(os.path.join(HERE, "*.*")):
        if not path.endswith((".txt", ".md", ".html")) or path.endswith("README.md"):
            continue
        for m in pat.finditer(open(path, encoding="utf-8").read()):
            wd, d1, mo1, mo2, d2, y = m.groups()
            mo = months.get((mo1 or mo2).lower())
            if not mo:
                continue
            d = int(d1 or d2)
            if calendar.weekday(int(y), mo, d) != days.index(wd.lower()):
                errors.append(f"{os.path.basename(path)}: wrong weekday in {m.group(0)!r}")


def main():
    errors = []
    names = sorted(os.path.basename(p)[: -len(".gold.jsonl")] for p in glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    for name in names:
        n = check(name, errors)
        print(f"{name}: {n} entries")
        total += n
    check_weekdays(errors)
    print(f"{len(names)} files, {total} entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
