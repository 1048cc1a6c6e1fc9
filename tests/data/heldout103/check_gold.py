#!/usr/bin/env python3
"""Independent checker for the heldout103 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- meta keys title, publication_date (valid YYYY-MM-DD), format (matches extension), style;
- each gold line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end);
- value / end are TIMEX3 forms of the guide, mod from the allowed set;
- every quote occurs exactly once in the visible text, in text order;
- quotes hold visible text only: no HTML tags/entities, no Markdown markup;
- HTML: each quote lies inside a single text node (one element), outside script/style;
- every "Weekday, <date> <year>" written in a text matches Python's calendar;
- expected weekday facts used for relative resolution (WEEKDAYS below) hold.
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
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
DAYS = [d for d in calendar.day_name]

# Weekday facts the annotation relies on (file stem -> [(date, weekday)]).
WEEKDAYS = {
    "heatwave_ashby_vale": [("2022-08-20", "Saturday"), ("2022-08-19", "Friday")],
    "jazz_marcus_lyle_profile": [("2024-05-03", "Friday"), ("2024-05-02", "Thursday")],
    "corruption_trial_longread": [("2019-03-08", "Friday"), ("2019-03-04", "Monday"),
                                  ("2019-03-07", "Thursday"), ("2018-09-10", "Monday")],
    "pipeline_protest_campaign": [("2017-02-24", "Friday"), ("2017-03-10", "Friday")],
    "submarine_kursk_factbox": [("2000-08-22", "Tuesday"), ("2000-08-12", "Saturday")],
    "currency_reform_1948": [("1948-06-18", "Friday"), ("1948-06-20", "Sunday")],
    "rugby_nations_shield_recap": [("2024-02-02", "Friday"), ("2024-02-03", "Saturday"),
                                   ("2024-02-10", "Saturday"), ("2024-02-11", "Sunday"),
                                   ("2024-03-16", "Saturday"), ("2024-03-18", "Monday")],
    "storm_hestia_live": [("2025-01-27", "Monday"), ("2025-01-26", "Sunday"),
                          ("2025-01-25", "Saturday")],
    "hospital_cyberattack_explainer": [("2023-10-12", "Thursday"), ("2023-10-09", "Monday"),
                                       ("2023-10-10", "Tuesday"), ("2023-10-11", "Wednesday"),
                                       ("2023-10-06", "Friday"), ("2023-10-07", "Saturday"),
                                       ("2023-10-08", "Sunday")],
}


class Visible(HTMLParser):
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
            self.nodes.append(re.sub(r"\s+", " ", data))


def check_value(v, where, errors, allow_null=True):
    if v is None:
        if not allow_null:
            errors.append(f"{where}: null not allowed here")
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            errors.append(f"{where}: bad month in {v}")
        elif m.group(3):
            try:
                dt.date(y, mo, int(m.group(3)))
            except ValueError:
                errors.append(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        errors.append(f"{where}: bad week {v}")


def weekday_mentions(text, stem, errors):
    day = "|".join(DAYS)
    mon = "|".join(sorted(MONTHS, key=len, reverse=True))
    pats = [
        rf"\b({day}),?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({mon})\.?,?\s+(\d{{4}})\b",
        rf"\b({day}),?\s+({mon})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b",
    ]
    n = 0
    for i, pat in enumerate(pats):
        for m in re.finditer(pat, text, re.I):
            if i == 0:
                wd, d, mo, y = m.groups()
            else:
                wd, mo, d, y = m.groups()
            date = dt.date(int(y), MONTHS[mo.lower()], int(d))
            n += 1
            if DAYS[date.weekday()].lower() != wd.lower():
                errors.append(f"{stem}: '{m.group(0)}' is a {DAYS[date.weekday()]}")
    return n


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / (stem + e) for e in FORMATS if (HERE / (stem + e)).exists()]
        if len(srcs) != 1:
            errors.append(f"{stem}: need exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        files += 1
        raw = src.read_text(encoding="utf-8")
        meta_p = HERE / (stem + ".meta.json")
        pub = None
        if not meta_p.exists():
            errors.append(f"{stem}: missing meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    errors.append(f"{stem}: meta lacks {k}")
            try:
                pub = dt.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{stem}: bad publication_date")
            if meta.get("format") != FORMATS[src.suffix]:
                errors.append(f"{stem}: meta format {meta.get('format')!r} != {FORMATS[src.suffix]}")
        if src.suffix == ".html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "".join(nodes)
        else:
            nodes, text = None, raw
        weekday_mentions(text, stem, errors)
        pos = -1
        lines = gold.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            keys = set(obj)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            total += 1
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            nw = len(q.split())
            if nw > 14 or (nw < 8 and not re.search(r"[.!?\"”)]$", q)):
                errors.append(f"{where}: quote has {nw} words (want 8-12 or a whole short entry)")
            if re.search(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;", q):
                errors.append(f"{where}: quote holds HTML markup/entity")
            if src.suffix == ".md" and re.search(r"\*\*|__|^#|\]\(|^[-*] ", q):
                errors.append(f"{where}: quote holds Markdown markup")
            if q[:1] in "•·-–—*:":
                errors.append(f"{where}: quote starts with a bullet glyph")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            at = text.index(q)
            if at <= pos:
                errors.append(f"{where}: quote out of text order")
            pos = at
            if nodes is not None:
                hosts = [n for n in nodes if q in n]
                if not hosts:
                    errors.append(f"{where}: quote spans several HTML elements")
                else:
                    # the quote must start the element's text (after a label
                    # separator such as an en dash) or start a new sentence in it
                    pre = hosts[0][: hosts[0].index(q)]
                    if not (re.fullmatch(r"[\s\u2013\u2014:\-]*", pre)
                            or re.search(r"[.!?;:]\s$", pre)):
                        errors.append(f"{where}: quote does not start its element's text: {pre!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} must be boolean")
            check_value(obj["value"], where, errors)
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                check_value(obj["end"], where + " end", errors, allow_null=False)
                if obj["value"] is None:
                    errors.append(f"{where}: end without value")
            if obj["value"] is None and obj["mod"] is not None:
                errors.append(f"{where}: mod on a null value")
        for d, wd in WEEKDAYS.get(stem, []):
            real = DAYS[dt.date.fromisoformat(d).weekday()]
            if real != wd:
                errors.append(f"{stem}: {d} is a {real}, not {wd}")
    print(f"{files} files, {total} gold entries")
    if files != 12:
        errors.append(f"expected 12 chronologies, found {files}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
