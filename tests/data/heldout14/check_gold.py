#!/usr/bin/env python3
"""Structural check of the heldout14 chronology gold (standard library only, independent of keydates).

For every NAME.gold.jsonl in this folder it checks:
- a source NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD, a real day), format (matches the source), style;
- every gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ end);
- quote: 8-12 words (a shorter entry: the whole entry, ending in . ! ? or a quote mark), found exactly once in the source text, quotes in text order, no overlap;
  for HTML the quote must also be found in the tag-stripped, entity-decoded text;
- value / end: TIMEX3 forms of the guide (YYYY, YYYY-MM, YYYY-MM-DD with a real day, YYYY-Www,
  YYYY-Www-WE, YYYY-SP|SU|FA|WI, decade 198X, century 19XX, BC years BC0957) or null (value only);
- end is later than (or equal to) value where comparable;
- mod: null or one of the TIMEX3 mods listed in the guide; explicit and hard are booleans;
- weekday names written in the source next to a full date agree with Python's calendar.
Exit status 0 when everything passes.
"""
import calendar
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
VALUE_RE = re.compile(
    r"^(?:BC\d{4}"
    r"|\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|SP|SU|FA|WI))?"
    r"|\d{3}X|\d{2}XX)$")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
DAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})

errors = []


def err(msg):
    errors.append(msg)


def strip_html(raw):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return re.sub(r"[ \t\r\f\v]+", " ", text)


def check_value(v, where, field):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad {field} {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            err(f"{where}: bad month in {field} {v!r}")
        elif m.group(3):
            try:
                datetime.date(y, mo, int(m.group(3)))
            except ValueError:
                err(f"{where}: impossible day in {field} {v!r}")
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        err(f"{where}: bad week in {field} {v!r}")


def sort_key(v):
    """Comparable (start) key: signed year then a month-ish number; None when not comparable."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", v)
    if m:
        return (int(m.group(1)), int(m.group(2) or 0))
    m = re.match(r"^(\d{2,3})X+$", v)
    if m:
        return (int(m.group(1)) * 10 ** (4 - len(m.group(1))), 0)
    return None


def check_weekdays(text, name):
    """'Sunday 28 June 1914', 'Sat 14 May 1988', 'Friday, August 4, 2023' style mentions."""
    pat = re.compile(r"\b([A-Z][a-z]{2,8})\.?,? (\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b")
    for m in pat.finditer(text):
        d, day, mon, year = m.group(1).lower(), int(m.group(2)), m.group(3).lower(), int(m.group(4))
        if d in DAYS and mon in MONTHS:
            if calendar.weekday(year, MONTHS[mon], day) != DAYS[d]:
                err(f"{name}: weekday wrong in {m.group(0)!r}")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    if len(golds) < 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    total = 0
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        sources = [HERE / f"{name}.{ext}" for ext in ("txt", "md", "html") if (HERE / f"{name}.{ext}").exists()]
        if len(sources) != 1:
            err(f"{name}: expected exactly one source file, found {len(sources)}")
            continue
        src = sources[0]
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        plain = strip_html(raw) if is_html else raw
        check_weekdays(plain, name)
        meta_path = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            err(f"{name}: meta unreadable: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(f"{name}: meta key {k} missing or empty")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(f"{name}: meta publication_date not YYYY-MM-DD")
        if meta.get("format") != src.suffix[1:]:
            err(f"{name}: meta format {meta.get('format')!r} != {src.suffix[1:]!r}")
        pos_raw, pos_plain, n = 0, 0, 0
        for lineno, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{lineno}"
            if not line.strip():
                err(f"{where}: empty line")
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                err(f"{where}: bad JSON: {e}")
                continue
            n += 1
            keys = set(obj)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not (8 <= len(q.split()) <= 12 or (3 <= len(q.split()) < 8 and q[-1:] in ".!?\"")):
                err(f"{where}: quote must have 8-12 words: {q!r}")
            if q != q.strip() or q[:1] in "-•*–":
                err(f"{where}: quote has outer space or a bullet glyph: {q!r}")
            for label, text in (("source", raw),) + ((("extracted text", plain),) if is_html else ()):
                c = text.count(q)
                if c != 1:
                    err(f"{where}: quote found {c} times in {label}: {q!r}")
            i = raw.find(q)
            if i != -1:
                if i < pos_raw:
                    err(f"{where}: quote out of text order: {q!r}")
                pos_raw = i + len(q)
            if obj["value"] is not None:
                check_value(obj["value"], where, "value")
            if "end" in obj:
                if obj["value"] is None:
                    err(f"{where}: end without value")
                check_value(obj["end"], where, "end")
                a, b = (sort_key(obj["value"] or ""), sort_key(obj["end"])) if obj["value"] else (None, None)
                if a and b and b < a:
                    err(f"{where}: end {obj['end']} before value {obj['value']}")
            if obj["mod"] not in MODS:
                err(f"{where}: bad mod {obj['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    err(f"{where}: {k} must be a boolean")
            if obj["value"] is None and (obj["mod"] is not None):
                err(f"{where}: mod without value")
        total += n
        print(f"{name:32s} {src.suffix[1:]:5s} {n:3d} entries")
    print(f"{'total':32s} {'':5s} {total:3d} entries")
    if total < 160:
        err(f"only {total} gold entries (need at least 160)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
