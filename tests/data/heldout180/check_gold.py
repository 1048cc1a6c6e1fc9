"""Independent sanity check of the heldout180 gold files (standard library only).

Checks, per chronology: meta keys and publication date; JSON keys and types; value/end forms;
mods; every quote found exactly once in the visible text and in text order; quote length;
for HTML, every quote lies inside one text node and not inside a date-label element
(<dt>, <th>, <strong>, <b>, or a table cell holding only the date); weekday claims in the
texts agree with Python's calendar. Run:
    /work/main/.venv/bin/python tests/data/heldout180/check_gold.py
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
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?"   # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"     # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"                        # seasons
    r"|\d{3}X|\d{2}XX"                               # decades, centuries
    r"|BC\d{4})$")                                   # BC years
REQUIRED = ["quote", "value", "mod", "explicit", "hard"]
LABEL_TAGS = {"dt", "th", "strong", "b"}
SKIP_TAGS = {"script", "style", "head", "title"}
BULLETS = ("•", "-", "*", "–", "::", "·")

# Weekday claims made in the texts: (file, exact snippet, ISO date it names, weekday name).
WEEKDAYS = [
    ("power_station_fire_live.html", "Friday 21 March", "2025-03-21", "Friday"),
    ("power_station_fire_live.html", "Thursday 20 March", "2025-03-20", "Thursday"),
    ("power_station_fire_live.html", "since early on Thursday", "2025-03-20", "Thursday"),
    ("power_station_fire_live.html", "after closing on Thursday", "2025-03-20", "Thursday"),
    ("bnpl_regulation_explainer.md", "On Tuesday, the consumer group", "2024-11-12", "Tuesday"),
    ("library_staff_strike.txt", "TUESDAY 6 FEBRUARY", "2024-02-06", "Tuesday"),
    ("library_staff_strike.txt", "WEDNESDAY 7 FEBRUARY", "2024-02-07", "Wednesday"),
    ("library_staff_strike.txt", "THURSDAY 8 FEBRUARY", "2024-02-08", "Thursday"),
    ("library_staff_strike.txt", "MONDAY 12 FEBRUARY", "2024-02-12", "Monday"),
    ("library_staff_strike.txt", "TUESDAY 13 FEBRUARY", "2024-02-13", "Tuesday"),
    ("library_staff_strike.txt", "reopened on Friday", "2024-02-23", "Friday"),
    ("hepatitis_a_recall_factbox.txt", "officials on Thursday widened", "2025-01-09", "Thursday"),
    ("tramway_history.html", "Sunday 20 December", "2009-12-20", "Sunday"),
    ("football_season_recap.txt", "Sat 6 Aug", "2022-08-06", "Saturday"),
    ("football_season_recap.txt", "Sat 13 Aug", "2022-08-13", "Saturday"),
    ("football_season_recap.txt", "Sat 3 Sep", "2022-09-03", "Saturday"),
    ("football_season_recap.txt", "Tue 18 Oct", "2022-10-18", "Tuesday"),
    ("football_season_recap.txt", "Sat 12 Nov", "2022-11-12", "Saturday"),
    ("football_season_recap.txt", "Mon 26 Dec", "2022-12-26", "Monday"),
    ("football_season_recap.txt", "Mon 2 Jan", "2023-01-02", "Monday"),
    ("football_season_recap.txt", "Tue 31 Jan", "2023-01-31", "Tuesday"),
    ("football_season_recap.txt", "Sat 18 Feb", "2023-02-18", "Saturday"),
    ("football_season_recap.txt", "Tue 14 Mar", "2023-03-14", "Tuesday"),
    ("football_season_recap.txt", "Fri 7 Apr", "2023-04-07", "Friday"),
    ("football_season_recap.txt", "Mon 10 Apr", "2023-04-10", "Monday"),
    ("football_season_recap.txt", "Sat 29 Apr", "2023-04-29", "Saturday"),
    ("football_season_recap.txt", "Sat 27 May", "2023-05-27", "Saturday"),
]

errors = []


def err(msg):
    errors.append(msg)


class TextNodes(HTMLParser):
    """Collects visible text nodes with the stack of open tags around each."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, tags)

    def handle_starttag(self, tag, attrs):
        if tag not in {"meta", "link", "br", "img", "input", "hr"}:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in SKIP_TAGS for t in self.stack):
            return
        if data.strip():
            self.nodes.append((data, tuple(self.stack)))


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw, None
    parser = TextNodes()
    parser.feed(raw)
    return "\n".join(t for t, _ in parser.nodes), parser.nodes


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            err(f"{where}: impossible date {v}")


def main():
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    if len(golds) != 12:
        err(f"expected 12 gold files, found {len(golds)}")
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (name + ext) for ext in FORMATS if (HERE / (name + ext)).exists()]
        if len(texts) != 1:
            err(f"{name}: expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        meta_path = HERE / (name + ".meta.json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{name}: meta unreadable: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(f"{name}: meta key {k} missing or empty")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
                raise ValueError
        except ValueError:
            err(f"{name}: publication_date not YYYY-MM-DD")
        if meta.get("format") != FORMATS[tpath.suffix]:
            err(f"{name}: meta format {meta.get('format')!r} != {FORMATS[tpath.suffix]!r}")

        text, nodes = visible_text(tpath)
        last = -1
        lines = gold.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON: {e}")
                continue
            total += 1
            keys = list(obj)
            missing = [k for k in REQUIRED if k not in obj]
            if missing:
                err(f"{where}: missing keys {missing}")
            extra = set(keys) - set(REQUIRED) - {"end"}
            if extra:
                err(f"{where}: unexpected keys {extra}")
            q = obj.get("quote")
            if not isinstance(q, str) or not q.strip():
                err(f"{where}: empty quote")
                continue
            check_value(obj.get("value"), where)
            if "end" in obj:
                if obj["value"] is None:
                    err(f"{where}: end without value")
                check_value(obj["end"], where + " end")
                if obj["end"] is None:
                    err(f"{where}: end present but null")
            if obj.get("mod") not in MODS:
                err(f"{where}: bad mod {obj.get('mod')!r}")
            if obj.get("value") is None and obj.get("mod") is not None:
                err(f"{where}: mod on a null value")
            for b in ("explicit", "hard"):
                if not isinstance(obj.get(b), bool):
                    err(f"{where}: {b} must be a boolean")
            if obj.get("value") is None and obj.get("explicit"):
                err(f"{where}: explicit true with null value")
            n_words = len(q.split())
            if n_words > 12:
                err(f"{where}: quote has {n_words} words (> 12)")
            if n_words < 8 and not q.rstrip().endswith((".", ";", "?", "!", ":")):
                err(f"{where}: short quote ({n_words} words) is not a whole entry/clause")
            if q != q.strip() or q.startswith(BULLETS) or "**" in q:
                err(f"{where}: quote has surrounding space, bullet glyph or markup: {q!r}")
            if tpath.suffix == ".html" and ("<" in q or ">" in q or re.search(r"&\w+;|&#", q)):
                err(f"{where}: quote contains HTML markup or entity")
            count = text.count(q)
            if count != 1:
                err(f"{where}: quote found {count} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                err(f"{where}: quote out of text order: {q!r}")
            last = pos
            if nodes is not None:
                holders = [(t, tags) for t, tags in nodes if q in t]
                if len(holders) != 1:
                    err(f"{where}: quote not inside exactly one HTML text node: {q!r}")
                else:
                    t, tags = holders[0]
                    if LABEL_TAGS & set(tags):
                        err(f"{where}: quote inside a date-label element {tags}: {q!r}")
                    if tags and tags[-1] == "td" and len(t.split()) <= 4:
                        err(f"{where}: quote inside a date-only table cell: {q!r}")
        if len(lines) == 0:
            err(f"{name}: empty gold")

    for fname, snippet, iso, wd in WEEKDAYS:
        p = HERE / fname
        if not p.exists() or snippet not in p.read_text(encoding="utf-8"):
            err(f"weekday check: {snippet!r} not in {fname}")
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != wd:
            err(f"weekday check: {iso} is not a {wd} ({fname}: {snippet!r})")

    if total < 160:
        err(f"only {total} gold entries (< 160)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
