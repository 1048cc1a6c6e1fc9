#!/usr/bin/env python3
"""Independent consistency check for the heldout130 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl next to this script:
- a NAME.txt / NAME.md / NAME.html text and a NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD), format, style;
- every gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (plus end for ranges), with valid TIMEX3 value forms and mods;
- every quote is found exactly once in the visible text and the quotes appear in text order;
- quotes have 8-12 words (shorter only when the whole entry is shorter: flagged as a warning);
- for HTML: quotes are taken from the visible text (tags stripped, entities decoded, script/style
  dropped) and each quote lies inside ONE text node (never across an element boundary), so it
  never includes a date sitting in its own cell, <dt> or bold label;
- weekday expressions listed in WEEKDAYS are checked against the calendar.
"""
import calendar
import datetime
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"
    r"|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX"
    r"|BC\d{4})$")

# (file, date, weekday name) pairs that appear in the texts, verified with calendar.
WEEKDAYS = [
    ("ice_storm_live.html", "2026-01-14", "Wednesday"),
    ("ice_storm_live.html", "2026-01-13", "Tuesday"),
    ("ice_storm_live.html", "2026-01-12", "Monday"),
    ("funicular_long_read.md", "2023-08-19", "Saturday"),
    ("funicular_long_read.md", "2023-08-20", "Sunday"),
    ("funicular_long_read.md", "2023-08-21", "Monday"),
    ("funicular_long_read.md", "2023-09-29", "Friday"),
    ("funicular_long_read.md", "2023-10-02", "Monday"),
    ("fuel_duty_explainer.txt", "2025-03-07", "Friday"),
    ("fuel_duty_explainer.txt", "2025-03-03", "Monday"),
    ("fuel_duty_explainer.txt", "2025-03-04", "Tuesday"),
    ("fuel_duty_explainer.txt", "2025-03-05", "Wednesday"),
    ("fuel_duty_explainer.txt", "2025-03-06", "Thursday"),
    ("town_year_review.md", "2024-12-06", "Friday"),
    ("town_year_review.md", "2024-12-28", "Saturday"),
    ("lorry_blockade_factbox.txt", "2025-10-18", "Saturday"),
    ("lorry_blockade_factbox.txt", "2025-10-19", "Sunday"),
    ("lorry_blockade_factbox.txt", "2025-10-20", "Monday"),
    ("lorry_blockade_factbox.txt", "2025-10-21", "Tuesday"),
    ("rowing_club_history.html", "2025-03-15", "Saturday"),
    ("rowing_club_history.html", "2025-04-04", "Friday"),
    ("football_season_recap.txt", "2025-08-16", "Saturday"),
]


class Visible(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.nodes.append(None)  # element boundary

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.nodes.append(None)

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def visible_html(raw):
    p = Visible()
    p.feed(raw)
    p.close()
    nodes = []
    cur = None
    for n in p.nodes:
        if n is None:
            if cur is not None:
                nodes.append(cur)
            cur = None
        else:
            cur = (cur or "") + n
    if cur is not None:
        nodes.append(cur)
    return "\n".join(nodes), nodes


def main():
    errors, warnings = [], []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    if not golds:
        errors.append("no gold files")
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (name + ext) for ext in (".txt", ".md", ".html")]
        texts = [t for t in texts if t.exists()]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        src = texts[0]
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        if is_html:
            text, nodes = visible_html(raw)
        else:
            text, nodes = raw, None
        meta_p = HERE / (name + ".meta.json")
        if not meta_p.exists():
            errors.append(f"{name}: missing meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta:
                    errors.append(f"{name}: meta lacks {k}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{name}: bad publication_date")
            fmt = {".txt": "text", ".md": "markdown", ".html": "html"}[src.suffix]
            if meta.get("format") != fmt:
                errors.append(f"{name}: meta format {meta.get('format')!r} != {fmt!r}")
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            where = f"{name}:{i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            n += 1
            keys = set(g)
            if keys != KEYS and keys != KEYS | {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
            q = g.get("quote")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            if q != q.strip():
                errors.append(f"{where}: quote has outer whitespace")
            if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                errors.append(f"{where}: quote contains markup or entity")
            words = len(q.split())
            if words > 12:
                errors.append(f"{where}: quote has {words} words (>12)")
            elif words < 8:
                warnings.append(f"{where}: quote has {words} words (<8, short entry)")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            if is_html and not any(q in node for node in nodes):
                errors.append(f"{where}: HTML quote crosses an element boundary: {q!r}")
            v = g.get("value")
            if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
                errors.append(f"{where}: bad value {v!r}")
            if isinstance(v, str) and re.match(r"^\d{4}-\d\d-\d\d$", v):
                try:
                    datetime.date.fromisoformat(v)
                except ValueError:
                    errors.append(f"{where}: impossible date {v}")
            if g.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {g.get('mod')!r}")
            if "end" in g:
                e = g["end"]
                if not isinstance(e, str) or not VALUE_RE.match(e):
                    errors.append(f"{where}: bad end {e!r}")
                elif v is None:
                    errors.append(f"{where}: end without value")
                elif not (v.startswith("BC") or e.startswith("BC")) and e < v:
                    errors.append(f"{where}: end {e} before value {v}")
                elif v.startswith("BC") and e.startswith("BC") and int(e[2:]) > int(v[2:]):
                    errors.append(f"{where}: BC end {e} before value {v}")
            for k in ("explicit", "hard"):
                if not isinstance(g.get(k), bool):
                    errors.append(f"{where}: {k} not boolean")
            if v is None and g.get("mod") is not None:
                errors.append(f"{where}: mod on null value")
        total += n
        print(f"{src.name:34s} {n:3d} entries")
    for fname, day, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != wd:
            errors.append(f"{fname}: {day} is {calendar.day_name[d.weekday()]}, not {wd}")
        if not (HERE / fname).exists():
            errors.append(f"weekday table names missing file {fname}")
    print(f"{'TOTAL':34s} {total:3d} entries in {len(golds)} files")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if len(golds) != 12:
        print(f"ERROR: expected 12 chronologies, found {len(golds)}")
        return 1
    if total < 160:
        print(f"ERROR: expected at least 160 entries, found {total}")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
