"""Independent checker for the heldout177 chronology gold (standard library only).

Checks, per chronology: JSON keys and types, value/end forms, mods, quotes found exactly once
in the visible text and in text order, quote length, no markup in quotes; for HTML files each
quote must lie inside a single text node (so a date in its own cell/<dt>/<strong> label is not
part of the quote); meta keys. Exit status 1 on any problem.
"""
import calendar
import datetime
import html.parser
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4}(?:-\d{2})?)$")               # BC years (month where the text gives it)
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
# Every weekday named in a text, with the date the gold gives it (checked with calendar).
WEEKDAYS = [
    ("port_warehouse_fire_live", "Friday", "2025-03-14"),
    ("port_warehouse_fire_live", "Thursday", "2025-03-13"),
    ("violinist_profile", "Monday", "2024-10-07"),
    ("water_refund_explainer", "Monday", "2024-06-17"),
    ("traffic_wardens_strike_factbox", "Friday", "2022-12-16"),
    ("traffic_wardens_strike_factbox", "Monday", "2023-02-13"),
    ("traffic_wardens_strike_factbox", "Tuesday", "2023-02-14"),
    ("mumps_festival_longread", "Thursday", "2019-06-20"),
    ("mumps_festival_longread", "Friday", "2019-06-21"),
    ("mumps_festival_longread", "Sunday", "2019-06-23"),
    ("mumps_festival_longread", "Monday", "2019-06-24"),
    ("fell_running_record_blog", "Saturday", "2018-06-16"),
    ("dog_licence_year_review", "Monday", "2025-09-01"),
]


class TextNodes(html.parser.HTMLParser):
    """Collect visible text nodes of an HTML page (head, script and style skipped)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def check_value(v, where, errors):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3] or 1))
        except ValueError:
            errors.append(f"{where}: impossible date {v!r}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= 53:
        errors.append(f"{where}: impossible week {v!r}")


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        stem = gold.name[: -len(".gold.jsonl")]
        sources = [HERE / (stem + ext) for ext in FORMATS if (HERE / (stem + ext)).exists()]
        if len(sources) != 1:
            errors.append(f"{stem}: expected exactly one source file, found {sources}")
            continue
        src = sources[0]
        raw = src.read_text(encoding="utf-8")
        if src.suffix == ".html":
            parser = TextNodes()
            parser.feed(raw)
            nodes = parser.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        meta_path = HERE / (stem + ".meta.json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{stem}: meta unreadable: {exc}")
            meta = {}
        if set(meta) != META_KEYS:
            errors.append(f"{stem}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{stem}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != FORMATS[src.suffix]:
            errors.append(f"{stem}: meta format {meta.get('format')!r} != {FORMATS[src.suffix]!r}")
        last = -1
        n = 0
        for lineno, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON: {exc}")
                continue
            n += 1
            keys = set(obj)
            if not REQUIRED <= keys or not keys <= ALLOWED:
                errors.append(f"{where}: keys {sorted(keys)}")
            q = obj.get("quote")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            if q != q.strip():
                errors.append(f"{where}: quote has outer whitespace")
            if re.search(r"<[a-zA-Z/]|&[a-zA-Z]+;|&#\d+;", q):
                errors.append(f"{where}: quote contains markup or an entity")
            if q[:2] in ("* ", "- ", "• ", "– "):
                errors.append(f"{where}: quote starts with a bullet glyph")
            words = len(q.split())
            if words > 12:
                errors.append(f"{where}: quote has {words} words (> 12)")
            count = text.count(q)
            if count != 1:
                errors.append(f"{where}: quote found {count} times: {q!r}")
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = max(last, pos)
            if nodes is not None and count == 1 and sum(q in node for node in nodes) != 1:
                errors.append(f"{where}: HTML quote not inside one text node: {q!r}")
            check_value(obj.get("value"), where, errors)
            if obj.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {obj.get('mod')!r}")
            if "end" in obj:
                check_value(obj["end"], where + " end", errors)
                if obj["end"] is None or obj.get("value") is None:
                    errors.append(f"{where}: end needs a value and a start value")
            for k in ("explicit", "hard"):
                if not isinstance(obj.get(k), bool):
                    errors.append(f"{where}: {k} must be true/false")
            if obj.get("value") is None and (obj.get("mod") or obj.get("explicit")):
                errors.append(f"{where}: null value with mod or explicit=true")
        print(f"{stem:40s} {src.suffix:6s} {n:3d} entries")
        total += n
    for stem, name, iso in WEEKDAYS:
        day = datetime.date.fromisoformat(iso)
        if calendar.day_name[calendar.weekday(day.year, day.month, day.day)] != name:
            errors.append(f"{stem}: {iso} is not a {name}")
    orphans = [p.name for p in HERE.iterdir()
               if p.suffix in FORMATS and p.name not in ("README.md",)
               and not (HERE / (p.stem + ".gold.jsonl")).exists()]
    if orphans:
        errors.append(f"source files without gold: {orphans}")
    print(f"{len(golds)} chronologies, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
