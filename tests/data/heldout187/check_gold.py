#!/usr/bin/env python3
"""Validate the heldout187 chronology set (standard library only).

Checks, for every NAME.meta.json in this folder:
  * meta keys, publication date, format and the matching document file;
  * gold keys and types, TIMEX3 value/end forms of the annotation guide, mods;
  * each quote occurs exactly once in the visible text, quotes are in text order,
    contain no markup, bullet glyphs or entities, and have 8-12 words (fewer only
    when the quote runs to the end of its entry or clause);
  * weekday names next to a day-and-month agree with the calendar, and a relative
    weekday in a quote agrees with the entry's full-date value.
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
EXT = {"text": ".txt", "markdown": ".md", "html": ".html"}
META_KEYS = {"title", "publication_date", "format", "style"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?"
    r"|(?P<wy>\d{4})-W(?P<w>\d{2})(?:-WE)?"
    r"|(?P<sy>\d{4})-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4})$")
DAYS = list(calendar.day_name)
DAYS_ABBR = {d[:3]: i for i, d in enumerate(DAYS)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
BULLETS = "•·‣◦▪–-*+>#|"

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    """Text a browser shows: no head/script/style; block tags break lines."""
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(raw, fmt):
    if fmt != "html":
        return raw
    p = Visible()
    p.feed(raw)
    p.close()
    return "".join(p.parts)


def sort_key(v):
    """Rough chronological key (start of the period) for value/end ordering."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    if re.match(r"^\d{3}X$", v):
        return (int(v[:3]) * 10, 0, 0)
    if re.match(r"^\d{2}XX$", v):
        return (int(v[:2]) * 100, 0, 0)
    y = int(v[:4])
    m = re.match(r"^\d{4}-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        return (y, int(m.group(1)), int(m.group(2) or 0))
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m:
        d = dt.date.fromisocalendar(y, int(m.group(1)), 1)
        return (y, d.month, d.day)
    season = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    if v[5:] in season:
        return (y, season[v[5:]], 0)
    return (y, 0, 0)


def check_value(name, v, what):
    if not isinstance(v, str):
        err(name, f"{what} {v!r} is not a string")
        return False
    m = VALUE_RE.match(v)
    if not m:
        err(name, f"{what} {v!r} is not a TIMEX3 value of the guide")
        return False
    try:
        if m.group("d"):
            dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif m.group("m") and not 1 <= int(m.group("m")) <= 12:
            raise ValueError("month")
        if m.group("w"):
            dt.date.fromisocalendar(int(m.group("wy")), int(m.group("w")), 1)
    except ValueError as e:
        err(name, f"{what} {v!r} is not a real date ({e})")
        return False
    return True


def quote_ends_entry(text, pos, quote):
    """True when a short quote reaches the end of its line, cell or clause."""
    after = text[pos + len(quote):pos + len(quote) + 2]
    return quote[-1] in ".!?;:" or after == "" or after[0] in "\n|"


def year_for(pubdate, golds_before):
    for g in reversed(golds_before):
        v = g.get("value") or ""
        if re.match(r"^\d{4}", v):
            return int(v[:4])
    return pubdate.year


WD_DM = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (\d{1,2}) ([A-Z][a-z]+)\.?,?(?: (\d{4}))?")
WD_MD = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? ([A-Z][a-z]+)\.? (\d{1,2})\b,?(?: (\d{4}))?")
WD_WORD = re.compile(r"\b(" + "|".join(DAYS) + r")\b(?! \d)(?! [A-Z][a-z]+\.? \d)")


def check_weekdays(name, text, pubdate, golds, positions):
    for rx, dm in ((WD_DM, True), (WD_MD, False)):
        for m in rx.finditer(text):
            day, mon = (m.group(2), m.group(3)) if dm else (m.group(3), m.group(2))
            mon_i = MONTHS.get(mon.lower().rstrip("."))
            if not mon_i:
                continue
            if m.group(4):
                years = [int(m.group(4))]
            else:
                # no year written: take it from the gold entry the date sits in or
                # precedes (a day heading dates the entries below it)
                before = [g for g, p in zip(golds, positions) if p is not None and p <= m.start()]
                after = [g for g, p in zip(golds, positions) if p is not None and p > m.start()]
                years = [year_for(pubdate, before), year_for(pubdate, after[:1])]
            ok, seen = False, []
            for year in years:
                try:
                    d = dt.date(year, mon_i, int(day))
                except ValueError:
                    seen.append(f"impossible in {year}")
                    continue
                if d.weekday() == DAYS_ABBR[m.group(1)]:
                    ok = True
                seen.append(f"a {DAYS[d.weekday()]} in {year}")
            if not ok:
                err(name, f"weekday wrong: {m.group(0)!r} is " + ", ".join(seen))
    for g in golds:
        v = g.get("value") or ""
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            continue
        for m in WD_WORD.finditer(g["quote"]):
            prev = g["quote"][max(0, m.start() - 5):m.start()]
            if prev.endswith(("Whit ", "Easter ", "Palm ")):
                continue
            d = dt.date.fromisoformat(v)
            if DAYS[d.weekday()] != m.group(1):
                err(name, f"quote {g['quote'][:40]!r} says {m.group(1)} but {v} is a {DAYS[d.weekday()]}")


def check_doc(meta_path):
    name = meta_path.name[:-len(".meta.json")]
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except ValueError as e:
        err(name, f"meta is not JSON: {e}")
        return 0
    if set(meta) != META_KEYS:
        err(name, f"meta keys {sorted(meta)} != {sorted(META_KEYS)}")
    for k in META_KEYS & set(meta):
        if not isinstance(meta[k], str) or not meta[k].strip():
            err(name, f"meta {k} must be a non-empty string")
    try:
        pubdate = dt.date.fromisoformat(meta.get("publication_date", ""))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
            raise ValueError
    except (ValueError, TypeError, KeyError):
        err(name, f"bad publication_date {meta.get('publication_date')!r}")
        pubdate = dt.date.today()
    fmt = meta.get("format")
    if fmt not in EXT:
        err(name, f"bad format {fmt!r}")
        return 0
    doc = HERE / (name + EXT[fmt])
    others = [HERE / (name + e) for e in EXT.values() if e != EXT[fmt]]
    if not doc.exists():
        err(name, f"missing {doc.name}")
        return 0
    if any(o.exists() for o in others):
        err(name, "more than one document file for this name")
    raw = doc.read_text(encoding="utf-8")
    text = visible_text(raw, fmt)
    gold_path = HERE / (name + ".gold.jsonl")
    if not gold_path.exists():
        err(name, "missing gold file")
        return 0
    golds = []
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(name, f"gold line {i} is empty")
            continue
        try:
            golds.append(json.loads(line))
        except ValueError as e:
            err(name, f"gold line {i} is not JSON: {e}")
    positions = []
    last = -1
    for i, g in enumerate(golds, 1):
        where = f"gold {i}"
        keys = set(g)
        need = {"quote", "value", "mod", "explicit", "hard"}
        if not need <= keys or keys - need - {"end"}:
            err(name, f"{where}: keys {sorted(keys)}")
            positions.append(None)
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(name, f"{where}: bad quote {q!r}")
            positions.append(None)
            continue
        if g["value"] is not None:
            check_value(name, g["value"], f"{where} value")
        elif g["mod"] is not None or "end" in g:
            err(name, f"{where}: null value with mod/end")
        if g["mod"] not in MODS:
            err(name, f"{where}: bad mod {g['mod']!r}")
        if "end" in g:
            if g["value"] is None or not check_value(name, g["end"], f"{where} end"):
                err(name, f"{where}: bad end {g.get('end')!r}")
            elif sort_key(g["end"]) <= sort_key(g["value"]):
                err(name, f"{where}: end {g['end']} not after value {g['value']}")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(name, f"{where}: {k} must be a boolean")
        if g["value"] is None and g["explicit"]:
            err(name, f"{where}: null value cannot be explicit")
        if q[0] in BULLETS and not q[0].isalnum() and q[0] != "\"":
            err(name, f"{where}: quote starts with a bullet or markup glyph: {q!r}")
        if fmt == "markdown" and re.search(r"[*`|\[\]]|__", q):
            err(name, f"{where}: markdown markup inside quote {q!r}")
        if fmt == "html" and q not in raw:
            err(name, f"{where}: quote not inside one HTML text node (tag or entity inside): {q!r}")
        n = text.count(q)
        if n != 1:
            err(name, f"{where}: quote found {n} times: {q!r}")
            positions.append(None)
            continue
        pos = text.index(q)
        positions.append(pos)
        if pos <= last:
            err(name, f"{where}: quote out of text order: {q!r}")
        last = pos
        words = len(q.split())
        if words > 12:
            err(name, f"{where}: quote has {words} words (>12)")
        elif words < 8 and not quote_ends_entry(text, pos, q):
            err(name, f"{where}: quote has {words} words and does not reach the end of its entry")
    if not 10 <= len(golds) <= 18:
        err(name, f"{len(golds)} entries (expected 10-18)")
    check_weekdays(name, text, pubdate, golds, positions)
    return len(golds)


def main():
    metas = sorted(HERE.glob("*.meta.json"))
    total = 0
    formats = {}
    for mp in metas:
        n = check_doc(mp)
        total += n
        fmt = json.loads(mp.read_text(encoding="utf-8")).get("format")
        formats[fmt] = formats.get(fmt, 0) + 1
        print(f"{mp.name[:-10]:32s} {fmt:9s} {n:3d} entries")
    for f in EXT:
        if formats.get(f, 0) < 3:
            errors.append(f"set: only {formats.get(f, 0)} {f} documents (need 3)")
    if len(metas) != 12:
        errors.append(f"set: {len(metas)} documents (expected 12)")
    if not 150 <= total <= 200:
        errors.append(f"set: {total} entries (expected 150-200)")
    print(f"{len(metas)} documents, {total} entries")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
