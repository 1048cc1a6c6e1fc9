"""Independent sanity check for the heldout110 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file (NAME.txt / NAME.md / NAME.html) and NAME.meta.json with the required keys;
- every gold line is a JSON object with exactly the guide's keys (``end`` optional);
- ``quote`` occurs exactly once in the visible text (raw text for .txt/.md; for .html the text
  a reader sees, tags stripped and entities decoded) and quotes appear in text order;
- for .html: the quote contains no markup/entity, lies inside a single text node (one element),
  and does not occur in the raw HTML source more than once;
- ``value``/``end`` use the TIMEX3 forms of the guide, calendar dates are valid, ``mod`` is allowed;
- every weekday asserted in WEEKDAYS below matches Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout110/check_gold.py
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4})$")                           # BC years
META_KEYS = {"title", "publication_date", "format", "style"}

# (file stem, ISO date, weekday name) for every weekday written in the texts.
WEEKDAYS = [
    ("glacier_collapse_live", "2026-05-27", "Wednesday"),
    ("glacier_collapse_live", "2026-05-28", "Thursday"),
    ("glacier_collapse_live", "2026-05-29", "Friday"),
    ("glacier_collapse_live", "2026-05-30", "Saturday"),
    ("teachers_pension_strike_explainer", "2026-03-12", "Thursday"),
    ("teachers_pension_strike_explainer", "2026-03-11", "Wednesday"),
    ("teachers_pension_strike_explainer", "2026-03-10", "Tuesday"),
    ("teachers_pension_strike_explainer", "2026-03-09", "Monday"),
    ("teachers_pension_strike_explainer", "2026-03-06", "Friday"),
    ("teachers_pension_strike_explainer", "2026-03-18", "Wednesday"),
    ("scotland_referendum_longread", "2014-09-07", "Sunday"),
    ("scotland_referendum_longread", "2014-09-18", "Thursday"),
    ("cricket_world_cup_2019_blog", "2019-07-14", "Sunday"),
    ("cricket_world_cup_2019_blog", "2019-05-30", "Thursday"),
    ("millbrook_year_in_review", "2025-11-04", "Tuesday"),
    ("ashvale_university_history", "1971-04-19", "Monday"),
]
# (file stem, ISO week value, a date inside it) for week/weekend values.
WEEKS = [
    ("teachers_pension_strike_explainer", "2026-W10-WE", "2026-03-07"),
    ("salmonella_outbreak_factbox", "2025-W46", "2025-11-10"),
    ("millbrook_year_in_review", "2025-W21-WE", "2025-05-24"),
    ("millbrook_year_in_review", "2025-W39", "2025-09-22"),
]


class Visible(HTMLParser):
    """Collects visible text nodes (skips script/style/head title is kept)."""
    SKIP = {"script", "style", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_value(v, where, errors):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad value form {v!r}")
        return
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            errors.append(f"{where}: invalid date {v}")
    elif re.fullmatch(r"\d{4}-\d{2}", v):
        if not 1 <= int(v[5:]) <= 12:
            errors.append(f"{where}: invalid month {v}")
    elif re.fullmatch(r"\d{4}-W\d{2}(?:-WE)?", v):
        if not 1 <= int(v[6:8]) <= 53:
            errors.append(f"{where}: invalid week {v}")


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        stem = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / f"{stem}{ext}" for ext in (".txt", ".md", ".html")]
        texts = [t for t in texts if t.exists()]
        if len(texts) != 1:
            errors.append(f"{stem}: expected exactly one text file, found {texts}")
            continue
        src = texts[0]
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        if is_html:
            p = Visible()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            visible = "".join(nodes)
        else:
            nodes = None
            visible = raw
        meta_path = HERE / f"{stem}.meta.json"
        if not meta_path.exists():
            errors.append(f"{stem}: missing meta")
        else:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{stem}: meta missing {sorted(missing)}")
            try:
                dt.date.fromisoformat(meta.get("publication_date", ""))
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                    raise ValueError
            except (ValueError, KeyError):
                errors.append(f"{stem}: bad publication_date")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{stem}: meta format {meta.get('format')!r} != {src.suffix[1:]}")
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            n += 1
            keys = set(obj)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            words = len(q.split())
            if not 2 <= words <= 12:
                errors.append(f"{where}: quote has {words} words (want 2-12)")
            if q.lstrip()[:1] in "•*-–—:" and q[:2] != "--":
                errors.append(f"{where}: quote starts with a bullet glyph {q[:1]!r}")
            cnt = visible.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            pos = visible.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            if is_html:
                if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
                    errors.append(f"{where}: quote contains markup/entity: {q!r}")
                if not any(q in node for node in nodes):
                    errors.append(f"{where}: quote spans several elements: {q!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} must be a bool")
            check_value(obj["value"], where, errors)
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                if obj["end"] is None or obj["value"] is None:
                    errors.append(f"{where}: end present but null value/end")
                check_value(obj["end"], where + " (end)", errors)
            if obj["value"] is None and (obj["mod"] is not None or obj["explicit"]):
                errors.append(f"{where}: null value with mod or explicit")
        total += n
        print(f"{src.name:45s} {n:3d} entries")
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for stem, day, name in WEEKDAYS:
        d = dt.date.fromisoformat(day)
        if names[calendar.weekday(d.year, d.month, d.day)] != name:
            errors.append(f"{stem}: {day} is not a {name}")
    for stem, week, day in WEEKS:
        d = dt.date.fromisoformat(day)
        y, w, wd = d.isocalendar()
        if f"{y}-W{w:02d}" != week[:8]:
            errors.append(f"{stem}: {day} is not in {week}")
        if week.endswith("-WE") and wd < 6:
            errors.append(f"{stem}: {day} is not a weekend day")
    print(f"{len(golds)} files, {total} gold entries")
    if len(golds) != 12 or total < 160:
        errors.append("want 12 files and at least 160 entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
