"""Independent sanity check of the heldout136 gold files (standard library only).

Checks: meta keys, gold JSON keys and value forms, mods, every quote found exactly once in the
visible text and in text order, HTML quotes inside one text element (no tags/entities), and
weekday names in quotes agreeing with full-date values.
"""
import calendar
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
DAYS = list(calendar.day_name)


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(" ".join(data.split()))


def main():
    errors = []
    total = 0
    stems = sorted(p.name[:-len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    for stem in stems:
        texts = [p for p in HERE.iterdir() if p.name.startswith(stem + ".")
                 and p.suffix in (".txt", ".md", ".html")]
        if len(texts) != 1:
            errors.append(f"{stem}: expected exactly one text file, got {texts}")
            continue
        src = texts[0]
        raw = src.read_text(encoding="utf-8")
        meta = json.loads((HERE / f"{stem}.meta.json").read_text(encoding="utf-8"))
        if set(meta) < META_KEYS:
            errors.append(f"{stem}: meta missing {META_KEYS - set(meta)}")
        pub = datetime.date.fromisoformat(meta["publication_date"])
        if meta.get("format") != src.suffix[1:]:
            errors.append(f"{stem}: meta format {meta.get('format')} != {src.suffix}")
        if src.suffix == ".html":
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        pos = -1
        lines = (HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            where = f"{stem}:{n}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(g)
            if not REQUIRED <= keys or not keys <= ALLOWED:
                errors.append(f"{where}: keys {sorted(keys)}")
            q = g.get("quote", "")
            words = len(q.split())
            if not (1 <= words <= 12):
                errors.append(f"{where}: quote has {words} words")
            if "<" in q or ">" in q or re.search(r"&\w+;|&#\d+;", q):
                errors.append(f"{where}: quote contains markup/entity")
            if q[:1] in "-*•–" or q.startswith("**"):
                errors.append(f"{where}: quote starts with a bullet/markup glyph")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                at = text.index(q)
                if at <= pos:
                    errors.append(f"{where}: quote out of order: {q!r}")
                pos = at
            if nodes is not None and cnt == 1:
                inside = [nd for nd in nodes if q in nd]
                if len(inside) != 1:
                    errors.append(f"{where}: HTML quote not inside one element: {q!r}")
                elif re.match(r"^\s*\d", q) and re.match(r"^[\d\s./-]+$", inside[0]):
                    errors.append(f"{where}: quote starts in a date-only cell")
            v = g.get("value")
            if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in g and (not isinstance(g["end"], str) or not VALUE_RE.match(g["end"])):
                errors.append(f"{where}: bad end {g['end']!r}")
            if g.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {g.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g.get(k), bool):
                    errors.append(f"{where}: {k} not bool")
            if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                day = datetime.date.fromisoformat(v)
                for i, name in enumerate(DAYS):
                    if re.search(rf"\b{name}\b", q) and day.weekday() != i:
                        errors.append(f"{where}: {name} but {v} is {DAYS[day.weekday()]}")
    # weekday assertions written in the texts (date next to its weekday), checked separately
    for p, claims in WEEKDAY_CLAIMS.items():
        for iso, name in claims:
            real = DAYS[datetime.date.fromisoformat(iso).weekday()]
            if real != name:
                errors.append(f"{p}: {iso} is {real}, text says {name}")
    for iso, week in WEEK_CLAIMS:
        y, w, _ = datetime.date.fromisoformat(iso).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"{iso} is in {y}-W{w:02d}, not {week}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(stems)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors or len(stems) != 12 or total < 160 else 0


# Every weekday that the texts pair with a date (including publication-date weekdays used to
# resolve relative expressions), verified against Python's calendar.
WEEKDAY_CLAIMS = {
    "gas_explosion_live": [("2025-02-11", "Tuesday"), ("2025-02-10", "Monday"),
                           ("2025-02-06", "Thursday")],
    "hospital_breach_timeline": [("2024-03-15", "Friday"), ("2024-03-11", "Monday")],
    "metro_line_closure": [("2025-03-06", "Thursday"), ("2025-03-03", "Monday"),
                           ("2025-03-09", "Sunday")],
    "measles_vaccination_drive": [("2024-01-08", "Monday"), ("2024-01-19", "Friday"),
                                  ("2024-01-22", "Monday"), ("2024-02-03", "Saturday"),
                                  ("2024-02-26", "Monday"), ("2024-03-21", "Thursday")],
    "snooker_season_recap": [("2024-02-18", "Sunday"), ("2024-01-01", "Monday")],
    "minimum_wage_explainer": [("2025-04-01", "Tuesday"), ("2025-03-31", "Monday"),
                               ("2025-03-28", "Friday"), ("2025-03-24", "Monday")],
    "town_year_in_review": [("2023-12-29", "Friday")],
}

# ISO weeks used in gold values, checked against the dates they stand for.
WEEK_CLAIMS = [("2024-03-11", "2024-W11"), ("2024-01-01", "2024-W01"), ("2025-03-24", "2025-W13")]


if __name__ == "__main__":
    sys.exit(main())
