#!/usr/bin/env python3
"""Self-check for the heldout9 chronology gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
  * exactly one text file NAME.txt / NAME.md / NAME.html and a NAME.meta.json;
  * every line is a JSON object with exactly the keys quote, value, mod, explicit, hard
    (plus end, only for ranges), with the right types;
  * every quote occurs exactly once in the text (raw file; for HTML also in the tag-stripped,
    entity-unescaped text) and the quotes occur in file order; a quote is at most 12 words and,
    when shorter than 8 words, it ends at the end of its entry or sentence;
  * value / end are TIMEX3 forms allowed by the guide and real calendar dates; end follows value;
  * mod is null or one of the guide's mods;
  * no AD value lies after the publication date;
  * meta has title, publication_date (YYYY-MM-DD), format (= file extension) and style;
  * every weekday written in the texts that the gold relies on matches Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout9/check_gold.py
"""
import calendar
import datetime as dt
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(BC)?(?:"
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-W(?P<w>\d{2})(?:-WE)?|-(?P<s>SP|SU|FA|WI))?"
    r"|(?P<dec>\d{3})X|(?P<cen>\d{2})XX)$")
META_KEYS = {"title", "publication_date", "format", "style"}
TEXT_EXTS = ("txt", "md", "html")

# (file stem, weekday as written, ISO date the gold gives it) -- checked with calendar
WEEKDAYS = [
    ("wire_notre_dame_factbox", "Saturday", "2024-12-07"),          # "reopens on Saturday"
    ("wire_notre_dame_factbox", "Sunday", "2024-12-08"),            # "set for Sunday" (distractor)
    ("longread_fukushima", "Friday", "2011-03-11"),
    ("longread_fukushima", "Saturday", "2011-03-12"),
    ("longread_fukushima", "Monday", "2011-03-14"),
    ("longread_fukushima", "Monday", "2024-03-11"),                 # "Mon 11 Mar 2024"
    ("tabloid_celebrity_split", "Tuesday", "2025-06-17"),           # "On Tuesday" vs 2025-06-20
    ("regional_year_in_review", "Tuesday", "2023-11-14"),           # "The following Tuesday"
    ("regional_year_in_review", "Tuesday", "2023-11-07"),           # election day
    ("sports_leicester_season", "Monday", "2015-07-13"),
    ("sports_leicester_season", "Saturday", "2015-08-08"),
    ("sports_leicester_season", "Saturday", "2015-11-28"),
    ("sports_leicester_season", "Saturday", "2015-12-19"),
    ("sports_leicester_season", "Saturday", "2016-02-06"),
    ("sports_leicester_season", "Sunday", "2016-04-10"),
    ("sports_leicester_season", "Sunday", "2016-04-17"),
    ("sports_leicester_season", "Sunday", "2016-05-01"),
    ("sports_leicester_season", "Monday", "2016-05-02"),
    ("sports_leicester_season", "Saturday", "2016-05-07"),
    ("factcheck_gas_ban_claim", "Wednesday", "2026-02-11"),         # "Wednesday:" vs 2026-02-12
]

errors = []


def err(msg):
    errors.append(msg)


def parse_value(v, where):
    """Return (is_bc, sort key tuple, last AD day or None) for a valid value, else None."""
    m = VALUE_RE.match(v or "")
    if not m:
        err(f"{where}: bad TIMEX3 value {v!r}")
        return None
    bc = v.startswith("BC")
    if m.group("y"):
        y = int(m.group("y"))
        mo = int(m.group("m")) if m.group("m") else None
        d = int(m.group("d")) if m.group("d") else None
        if mo is not None and not 1 <= mo <= 12:
            err(f"{where}: bad month in {v!r}")
            return None
        if d is not None:
            yy = y if not bc else 4  # any leap year: day-of-month range check only for BC
            if not 1 <= d <= calendar.monthrange(yy if yy > 0 else 4, mo)[1]:
                err(f"{where}: bad day in {v!r}")
                return None
        if m.group("w") and not 1 <= int(m.group("w")) <= dt.date(y, 12, 28).isocalendar()[1]:
            err(f"{where}: bad week in {v!r}")
            return None
        key = (y, mo or 0, d or 0)
        if bc:
            return True, (-y, mo or 0, d or 0), None
        if d:
            last = dt.date(y, mo, d)
        elif mo:
            last = dt.date(y, mo, 1)  # earliest day: compare starts with the publication date
        else:
            last = dt.date(y, 1, 1)
        return False, key, last
    if m.group("dec"):
        y = int(m.group("dec")) * 10
    else:
        y = int(m.group("cen")) * 100
    return bc, ((-y if bc else y), 0, 0), (None if bc else dt.date(max(y, 1), 1, 1))


def strip_html(raw):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    text = re.sub(r"<[^>]+>", "\n", text)
    return html.unescape(text)


def check_quote_end(text, pos, quote, where):
    words = quote.split()
    if len(words) > 12:
        err(f"{where}: quote has {len(words)} words (> 12)")
    if len(words) < 8:
        after = text[pos + len(quote):pos + len(quote) + 2]
        ends_sentence = quote.rstrip()[-1:] in ".!?\""
        if not (ends_sentence or after == "" or after[:1] in "\n<|" or after.startswith(" |")):
            err(f"{where}: short quote ({len(words)} words) does not end its entry/sentence")


def main():
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    for name in names:
        texts = [f"{name}.{e}" for e in TEXT_EXTS if os.path.exists(os.path.join(HERE, f"{name}.{e}"))]
        if len(texts) != 1:
            err(f"{name}: expected exactly one text file, found {texts}")
            continue
        ext = texts[0].rsplit(".", 1)[1]
        raw = open(os.path.join(HERE, texts[0]), encoding="utf-8").read()
        views = [("raw", raw)] + ([("stripped", strip_html(raw))] if ext == "html" else [])
        # meta
        meta_path = os.path.join(HERE, f"{name}.meta.json")
        pub = None
        try:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if set(meta) != META_KEYS:
                err(f"{name}.meta.json: keys {sorted(meta)} != {sorted(META_KEYS)}")
            pub = dt.date.fromisoformat(meta["publication_date"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                err(f"{name}.meta.json: publication_date not YYYY-MM-DD")
            if meta.get("format") != ext:
                err(f"{name}.meta.json: format {meta.get('format')!r} != {ext!r}")
            for k in ("title", "style"):
                if not isinstance(meta.get(k), str) or not meta[k].strip():
                    err(f"{name}.meta.json: empty {k}")
            if meta.get("title") and meta["title"].split(" | ")[0] not in raw:
                err(f"{name}.meta.json: title not found in the text")
        except (OSError, ValueError, KeyError) as e:
            err(f"{name}.meta.json: {e}")
        # gold
        last_pos = {v: -1 for v, _ in views}
        with open(os.path.join(HERE, f"{name}.gold.jsonl"), encoding="utf-8") as fh:
            lines = [l for l in fh.read().split("\n")]
        if lines and lines[-1] == "":
            lines = lines[:-1]
        for i, line in enumerate(lines, 1):
            where = f"{name}.gold.jsonl:{i}"
            try:
                o = json.loads(line)
            except ValueError as e:
                err(f"{where}: not JSON ({e})")
                continue
            total += 1
            keys = set(o)
            base = {"quote", "value", "mod", "explicit", "hard"}
            if not (keys == base or keys == base | {"end"}):
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{where}: bad quote {q!r}")
                continue
            if q[:1] in "*•-–":
                err(f"{where}: quote keeps a bullet glyph")
            for vname, text in views:
                n = text.count(q)
                if n != 1:
                    err(f"{where}: quote found {n} times in {vname} text: {q!r}")
                    continue
                pos = text.find(q)
                if pos <= last_pos[vname]:
                    err(f"{where}: quote out of order in {vname} text: {q!r}")
                last_pos[vname] = pos
                if vname == "raw":
                    check_quote_end(text, pos, q, where)
            if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
                err(f"{where}: explicit/hard must be booleans")
            if o["mod"] not in MODS:
                err(f"{where}: bad mod {o['mod']!r}")
            v = o["value"]
            if v is None:
                if o["mod"] is not None or "end" in o:
                    err(f"{where}: null value with mod/end")
                continue
            if not isinstance(v, str):
                err(f"{where}: value must be a string or null")
                continue
            pv = parse_value(v, where)
            if pv and pub and not pv[0] and pv[2] and pv[2] > pub:
                err(f"{where}: value {v} after publication date {pub}")
            if "end" in o:
                e = o["end"]
                pe = parse_value(e, where + " end") if isinstance(e, str) else None
                if pe is None:
                    err(f"{where}: bad end {e!r}")
                elif pv:
                    if pv[0] != pe[0]:
                        err(f"{where}: value and end in different eras")
                    elif not pv[1] < pe[1]:
                        err(f"{where}: end {e} does not follow value {v}")
                    if pub and not pe[0] and pe[2] and pe[2] > pub:
                        err(f"{where}: end {e} after publication date {pub}")
    # weekdays
    for stem, wd, iso in WEEKDAYS:
        actual = calendar.day_name[dt.date.fromisoformat(iso).weekday()]
        if actual != wd:
            err(f"weekday check {stem}: {iso} is a {actual}, text says {wd}")
        found = [f for f in os.listdir(HERE) if f.startswith(stem + ".") and f.rsplit(".", 1)[1] in TEXT_EXTS]
        if not found:
            err(f"weekday check: no text for {stem}")
        else:
            t = open(os.path.join(HERE, found[0]), encoding="utf-8").read()
            if wd not in t and wd[:3] not in t:
                err(f"weekday check {stem}: {wd} not written in the text")
    if len(names) != 12:
        err(f"expected 12 chronologies, found {len(names)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(names)} chronologies, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
