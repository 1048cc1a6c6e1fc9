"""Independent checker for the heldout118 chronology gold (standard library only).

Checks: meta keys; gold JSON keys and types; value/end/mod forms (and real calendar
dates); every quote found exactly once in the visible text and in text order; for HTML,
every quote lies inside one text element (no tags, no entities, not spanning elements).
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
SKIP_TAGS = {"script", "style", "head", "template", "noscript"}
VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed",
        "source", "track", "wbr", "param"}


class Visible(HTMLParser):
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
            self.nodes.append(data)


def check_value(v, errs, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            errs.append(f"{where}: bad month {v}")
        elif m.group(3) and not 1 <= int(m.group(3)) <= calendar.monthrange(y, mo)[1]:
            errs.append(f"{where}: bad day {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        weeks = datetime.date(y, 12, 28).isocalendar()[1]
        if not 1 <= w <= weeks:
            errs.append(f"{where}: bad ISO week {v}")


# Every weekday written in the texts (or used to resolve one), checked with calendar.
# (file, date, weekday as written, note)
WEEKDAYS = [
    ("skardsnes_quake_swarm", "2025-03-14", "Friday", "publication date"),
    ("skardsnes_quake_swarm", "2025-03-11", "Tuesday", "'On Tuesday' = last Tuesday before publication"),
    ("skynord_pilots_strike_live", "2025-08-22", "Friday", "day heading / publication date"),
    ("skynord_pilots_strike_live", "2025-08-21", "Thursday", "day heading"),
    ("skynord_pilots_strike_live", "2025-08-20", "Wednesday", "day heading"),
    ("skynord_pilots_strike_live", "2025-08-23", "Saturday", "'Saturday and Sunday' (distractor)"),
    ("skynord_pilots_strike_live", "2025-08-25", "Monday", "'resume on Monday' (distractor)"),
    ("brackmoor_toll_plaza_review", "2024-12-28", "Saturday", "byline"),
    ("brackmoor_toll_plaza_review", "2024-09-16", "Monday", "'Monday 16 September'"),
    ("brackmoor_toll_plaza_review", "2024-03-30", "Saturday", "Easter weekend (2024-W13-WE)"),
    ("brackmoor_toll_plaza_review", "2024-03-31", "Sunday", "Easter Sunday 2024"),
    ("rabies_case_key_dates", "2024-01-12", "Friday", "publication date"),
    ("rabies_case_key_dates", "2024-01-11", "Thursday", "'Thursday -' label"),
    ("harwick_town_relegation", "2023-08-12", "Saturday", "'Saturday 12 August'"),
    ("harwick_town_relegation", "2023-09-26", "Tuesday", "'Tuesday 26 September'"),
    ("harwick_town_relegation", "2023-10-21", "Saturday", "'Saturday 21 October'"),
    ("harwick_town_relegation", "2023-10-28", "Saturday", "following weekend = 2023-W43-WE"),
    ("harwick_town_relegation", "2024-05-04", "Saturday", "'Saturday 4 May'"),
    ("harwick_town_relegation", "2024-05-11", "Saturday", "final game 'on the 11th'"),
    ("energy_price_cap_explainer", "2025-05-23", "Friday", "'Published Friday 23 May 2025'"),
    ("energy_price_cap_explainer", "2025-05-20", "Tuesday", "'On Tuesday'"),
    ("arcturus2_cubesat_mission", "2023-03-06", "Monday", "'Week of 6 March 2023' = 2023-W10"),
]
# ISO weeks used in gold values: (file, value, a day in that week)
WEEKS = [
    ("brackmoor_toll_plaza_review", "2024-W13-WE", "2024-03-31"),
    ("harwick_town_relegation", "2023-W43-WE", "2023-10-28"),
    ("energy_price_cap_explainer", "2025-W20", "2025-05-16"),
    ("arcturus2_cubesat_mission", "2023-W10", "2023-03-06"),
]


def check_calendar(errs):
    for name, day, wd, note in WEEKDAYS:
        d = datetime.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != wd:
            errs.append(f"{name}: {day} is not a {wd} ({note})")
    for name, value, day in WEEKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != value[:8]:
            errs.append(f"{name}: {day} is not in {value}")
        gold = (HERE / f"{name}.gold.jsonl").read_text(encoding="utf-8")
        if f'"{value}"' not in gold:
            errs.append(f"{name}: week value {value} not in gold")


def main():
    errs = []
    total = 0
    check_calendar(errs)
    docs = sorted(p for p in HERE.iterdir()
                  if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README"))
    for doc in docs:
        name = doc.stem
        gold = HERE / f"{name}.gold.jsonl"
        meta = HERE / f"{name}.meta.json"
        if not gold.exists() or not meta.exists():
            errs.append(f"{doc.name}: missing gold or meta")
            continue
        m = json.loads(meta.read_text(encoding="utf-8"))
        if not META_KEYS <= set(m):
            errs.append(f"{meta.name}: missing keys {META_KEYS - set(m)}")
        try:
            datetime.date.fromisoformat(m.get("publication_date", ""))
        except ValueError:
            errs.append(f"{meta.name}: bad publication_date")
        raw = doc.read_text(encoding="utf-8")
        is_html = doc.suffix == ".html"
        if is_html:
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{gold.name}:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                errs.append(f"{where}: bad JSON {ex}")
                continue
            n += 1
            keys = set(e)
            if not REQUIRED <= keys or not keys <= REQUIRED | {"end"}:
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not q.strip():
                errs.append(f"{where}: empty quote")
                continue
            if len(q.split()) > 12:
                errs.append(f"{where}: quote longer than 12 words")
            if q != q.strip():
                errs.append(f"{where}: quote has outer whitespace")
            if q.lstrip()[:1] in {"-", "*", "\u2022"}:
                errs.append(f"{where}: quote starts with a bullet glyph")
            if doc.suffix == ".md" and ("**" in q or "](" in q):
                errs.append(f"{where}: quote contains Markdown markup")
            if is_html:
                if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                    errs.append(f"{where}: quote contains a tag or entity")
                inside = [k for k, node in enumerate(nodes) if q in node]
                if len(inside) != 1:
                    errs.append(f"{where}: quote inside {len(inside)} text elements: {q!r}")
            c = text.count(q)
            if c != 1:
                errs.append(f"{where}: quote found {c} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errs.append(f"{where}: quote out of order: {q!r}")
            last = pos
            check_value(e["value"], errs, where)
            if e["mod"] not in MODS:
                errs.append(f"{where}: bad mod {e['mod']!r}")
            if "end" in e:
                if e["end"] is None or e["value"] is None:
                    errs.append(f"{where}: end needs a value")
                check_value(e["end"], errs, where + " end")
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                errs.append(f"{where}: explicit/hard must be booleans")
            if e["value"] is None and e["mod"] is not None:
                errs.append(f"{where}: null value with a mod")
        if n == 0:
            errs.append(f"{gold.name}: no entries")
        total += n
        print(f"{doc.name}: {n} entries")
    print(f"files: {len(docs)}, entries: {total}")
    if len(docs) != 12:
        errs.append(f"expected 12 chronologies, found {len(docs)}")
    if total < 160:
        errs.append(f"expected at least 160 entries, found {total}")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
