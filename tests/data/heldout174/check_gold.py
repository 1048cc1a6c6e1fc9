#!/usr/bin/env python3
"""Self-check for the heldout174 chronology gold set (standard library only, independent of keydates).

Checks: every NAME.gold.jsonl has one source (NAME.txt|.md|.html) and NAME.meta.json; JSON keys and
value forms; mods; every quote found exactly once in the visible text and in text order; for HTML
the quote lies inside one text node (no tags, no entities, not starting in a date cell); weekdays
the annotation relies on are verified with calendar.
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}

# (file stem, ISO date, weekday name) that the gold relies on
WEEKDAYS = [
    ("sea_wall_collapse_live", "2025-02-12", "Wednesday"),
    ("sea_wall_collapse_live", "2025-02-11", "Tuesday"),
    ("sea_wall_collapse_live", "2025-02-06", "Thursday"),
    ("telecom_roaming_case", "2024-03-04", "Monday"),
    ("mumps_students_rise", "2025-03-14", "Friday"),
    ("mumps_students_rise", "2025-03-10", "Monday"),
    ("speedway_league_season", "2024-03-21", "Thursday"),
    ("speedway_league_season", "2024-04-04", "Thursday"),
    ("speedway_league_season", "2024-05-27", "Monday"),
    ("parking_app_switch_explainer", "2025-06-04", "Wednesday"),
    ("parking_app_switch_explainer", "2025-06-02", "Monday"),
    ("ashcombe_year_in_review", "2023-12-29", "Friday"),
    ("ashcombe_year_in_review", "2023-12-27", "Wednesday"),
]
# ISO weeks the gold relies on: (ISO date inside the week, expected TIMEX3 week)
WEEKS = [
    ("2025-05-28", "2025-W22"),  # parking: 'last week' from Wed 4 June 2025
    ("2025-05-31", "2025-W22"),  # parking: 'Last weekend' (Sat 31 May - Sun 1 June)
    ("2023-01-09", "2023-W02"),  # year in review: 'The following week' after Fri 6 Jan 2023
    ("2025-01-13", "2025-W03"),  # mumps: 'Week 3 of 2025'
]


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        datetime.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"^(\d{4})-(\d{2})$", v)
    if m and not 1 <= int(m[2]) <= 12:
        return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        sources = [HERE / f"{stem}.{e}" for e in ("txt", "md", "html") if (HERE / f"{stem}.{e}").exists()]
        if len(sources) != 1:
            errors.append(f"{stem}: expected one source, found {sources}")
            continue
        src = sources[0]
        raw = src.read_text(encoding="utf-8")
        fmt = src.suffix[1:]
        meta_p = HERE / f"{stem}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{stem}: meta keys {sorted(meta)}")
            datetime.date.fromisoformat(meta["publication_date"])
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                errors.append(f"{stem}: bad publication_date")
            if meta.get("format") != fmt:
                errors.append(f"{stem}: meta format {meta.get('format')} != {fmt}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{stem}: meta unreadable: {exc}")
        if fmt == "html":
            p = TextNodes()
            p.feed(raw)
            nodes = p.nodes
            text = "".join(nodes)
        else:
            nodes, text = None, raw
        files += 1
        pos = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            total += 1
            keys = set(obj)
            if not REQUIRED <= keys or keys - REQUIRED - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            if not 3 <= len(q.split()) <= 13:
                errors.append(f"{where}: quote has {len(q.split())} words")
            if re.match(r"^[•\-\*·]\s", q):
                errors.append(f"{where}: quote starts with a bullet glyph")
            if any(c in q for c in "<>") or re.search(r"&[a-z#0-9]+;", q) or "**" in q:
                errors.append(f"{where}: quote contains markup")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                at = text.index(q)
                if at <= pos:
                    errors.append(f"{where}: quote out of order: {q!r}")
                pos = at
            if nodes is not None:
                inside = [nd for nd in nodes if q in nd]
                if len(inside) != 1:
                    errors.append(f"{where}: HTML quote not inside exactly one text node: {q!r}")
                elif raw.count(q) != 1:
                    errors.append(f"{where}: HTML quote not found verbatim once in source: {q!r}")
            if not valid_value(obj["value"]):
                errors.append(f"{where}: bad value {obj['value']!r}")
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                if obj["end"] is None or not valid_value(obj["end"]) or obj["value"] is None:
                    errors.append(f"{where}: bad end {obj['end']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} not boolean")
            if obj["value"] is None and obj["explicit"]:
                errors.append(f"{where}: null value but explicit")
    for stem, iso, name in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != name:
            errors.append(f"{stem}: {iso} is {calendar.day_name[d.weekday()]}, not {name}")
    for iso, week in WEEKS:
        y, w, _ = datetime.date.fromisoformat(iso).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"{iso} is in {y}-W{w:02d}, not {week}")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors or files != 12 or total < 160 else 0


if __name__ == "__main__":
    sys.exit(main())
