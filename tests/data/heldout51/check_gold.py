#!/usr/bin/env python3
"""Independent checker for the heldout51 chronology gold (standard library only).

Checks: every NAME.(txt|md|html) has NAME.gold.jsonl and NAME.meta.json; JSON keys and types;
every quote is found exactly once in the text (raw file and, for HTML, the tag-stripped text),
quotes appear in text order; value forms; mods; meta keys; weekday claims via calendar.
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
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}", r"BC\d{3}X", r"BC\d{2}XX",
]
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}

# weekday claims made in the texts or used to resolve gold values: (file, date, weekday)
WEEKDAYS = [
    ("brexit_keydates", "2020-01-31", "Friday"),
    ("merkel_profile", "2021-12-08", "Wednesday"),
    ("storm_live", "2023-11-02", "Thursday"),
    ("storm_live", "2023-11-01", "Wednesday"),
    ("storm_live", "2023-10-31", "Tuesday"),
    ("storm_live", "2023-10-30", "Monday"),
    ("storm_live", "2023-11-03", "Friday"),
    ("season_recap", "2023-05-06", "Saturday"),
    ("season_recap", "2023-04-29", "Saturday"),
    ("local_year_review", "2024-12-28", "Saturday"),
    ("local_year_review", "2024-02-17", "Saturday"),
    ("local_year_review", "2024-02-18", "Sunday"),
    ("explainer_relative", "2024-03-14", "Thursday"),
    ("explainer_relative", "2024-03-11", "Monday"),
    ("explainer_relative", "2024-03-12", "Tuesday"),
    ("chernobyl_longread", "1986-04-25", "Friday"),
    ("chernobyl_longread", "1986-04-26", "Saturday"),
    ("chernobyl_longread", "1986-04-27", "Sunday"),
    ("webb_mission", "2022-07-11", "Monday"),
]
# ISO-week claims: (date, week value)
WEEKS = [("2024-02-29", "2024-W09"), ("2024-03-07", "2024-W10")]


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(raw):
    p = _Text()
    p.feed(raw)
    return html.unescape("".join(p.parts))


def main():
    errors = []
    total = 0
    docs = sorted(p for p in HERE.iterdir()
                  if p.suffix in {".txt", ".md", ".html"} and p.name != "README.md")
    names = [p.stem for p in docs]
    if len(set(names)) != len(names):
        errors.append("duplicate document stems")
    for doc in docs:
        name = doc.stem
        gold = HERE / f"{name}.gold.jsonl"
        meta = HERE / f"{name}.meta.json"
        if not gold.exists() or not meta.exists():
            errors.append(f"{name}: missing gold or meta")
            continue
        m = json.loads(meta.read_text(encoding="utf-8"))
        if set(m) != META_KEYS:
            errors.append(f"{name}: meta keys {sorted(m)}")
        try:
            dt.date.fromisoformat(m.get("publication_date", ""))
        except ValueError:
            errors.append(f"{name}: bad publication_date")
        if m.get("format") != doc.suffix[1:]:
            errors.append(f"{name}: meta format {m.get('format')} != {doc.suffix[1:]}")
        raw = doc.read_text(encoding="utf-8")
        texts = [raw] + ([html_text(raw)] if doc.suffix == ".html" else [])
        last = [-1] * len(texts)
        lines = [l for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
        for i, line in enumerate(lines, 1):
            total += 1
            where = f"{name}:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            if not REQUIRED <= set(e) or not set(e) <= ALLOWED:
                errors.append(f"{where}: keys {sorted(e)}")
                continue
            q = e["quote"]
            nwords = len(q.split())
            if not 3 <= nwords <= 12:  # short entries are quoted whole
                errors.append(f"{where}: quote has {nwords} words")
            for k, t in enumerate(texts):
                c = t.count(q)
                if c != 1:
                    errors.append(f"{where}: quote found {c} times ({'raw' if k == 0 else 'text'}): {q!r}")
                    continue
                pos = t.find(q)
                if pos <= last[k]:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last[k] = pos
            for key in ("value", "end"):
                if key not in e:
                    continue
                v = e[key]
                if v is None and key == "value":
                    continue
                if not isinstance(v, str) or not any(re.fullmatch(r, v) for r in VALUE_RES):
                    errors.append(f"{where}: bad {key} {v!r}")
                elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    try:
                        dt.date.fromisoformat(v)
                    except ValueError:
                        errors.append(f"{where}: impossible date {v}")
                elif re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
                    errors.append(f"{where}: bad month {v}")
            if "end" in e and e["value"] is None:
                errors.append(f"{where}: end without value")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            for key in ("explicit", "hard"):
                if not isinstance(e[key], bool):
                    errors.append(f"{where}: {key} not bool")
    for name, day, wd in WEEKDAYS:
        d = dt.date.fromisoformat(day)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != wd:
            errors.append(f"{name}: {day} is not a {wd}")
    for day, week in WEEKS:
        y, w, _ = dt.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"{day} is not in {week}")
    for err in errors:
        print("ERROR", err)
    print(f"{len(docs)} documents, {total} gold entries, {len(errors)} errors")
    if len(docs) < 12 or total < 160:
        print("ERROR: need at least 12 documents and 160 entries")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
