#!/usr/bin/env python3
"""Self-check of the heldout141 chronology gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- every gold line is a JSON object with exactly the guide's keys (quote, value, mod, explicit,
  hard, optional end), with valid TIMEX3 value forms and mods;
- every quote is visible text (no tags, no entities, no bullet glyph), 3-12 words, found exactly
  once in the file's visible text, and the quotes appear in text order;
- for HTML, every quote lies inside one text node (one element): where a date sits in its own
  cell, <dt> or bold label, the quote starts at the description;
- meta keys and values; weekday statements used in the texts agree with the calendar;
- the set has 12 chronologies and at least 160 entries.
Run: /work/main/.venv/bin/python tests/data/heldout141/check_gold.py
"""
import calendar
import datetime
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
BULLETS = "•*-–—::·▪►"
BLOCK = {"p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div",
         "tr", "br", "section", "article", "header", "footer", "nav", "aside", "ul", "ol",
         "dl", "table", "blockquote", "figure", "figcaption", "form", "label", "time",
         "b", "strong", "span", "a", "em", "i", "button", "input", "title"}

# (file, weekday written in the text, the date the gold gives it)
WEEKDAYS = [
    ("chemical_plant_fire", "Wednesday", "2025-03-12"),   # label, week of Friday 14 March 2025
    ("chemical_plant_fire", "Thursday", "2025-03-13"),
    ("chemical_plant_fire", "Friday", "2025-03-14"),      # publication date (not written)
    ("hospital_waiting_lists", "Thursday", "2024-06-20"), # byline
    ("teachers_strike", "Thursday", "2026-02-05"),        # trailing '(Thursday)'
    ("teachers_strike", "Monday", "2026-02-09"),          # lead: classes resume on Monday
    ("teachers_strike", "Friday", "2026-02-06"),          # publication date (not written)
    ("rugby_league_season", "Thursday", "2025-02-13"),
    ("rugby_league_season", "Sunday", "2025-05-11"),
    ("rugby_league_season", "Friday", "2025-09-05"),
    ("rugby_league_season", "Saturday", "2025-09-27"),
    ("rugby_league_season", "Saturday", "2025-10-11"),
    ("rugby_league_season", "Sunday", "2025-10-12"),      # 'On Sunday' before Tuesday 14 October
    ("rugby_league_season", "Tuesday", "2025-10-14"),     # publication date (not written)
    ("storm_live", "Saturday", "2025-11-08"),             # day divider
    ("storm_live", "Sunday", "2025-11-09"),               # publication date (not written)
    ("storm_live", "Thursday", "2025-11-06"),             # 'named on Thursday'
    ("storm_live", "Monday", "2025-11-10"),               # lines reopen on Monday (future)
    ("bridge_explainer", "Wednesday", "2026-04-22"),      # dateline
    ("bridge_explainer", "Monday", "2026-04-20"),         # closed on Monday evening
    ("bridge_explainer", "Tuesday", "2026-04-21"),        # 'On Tuesday the council leader'
    ("bridge_explainer", "Sunday", "2026-04-19"),         # 'The day before the closure'
]
# ISO week values used in the gold, checked against the week they should denote
WEEKS = [("bridge_explainer", "2026-W16", "2026-04-15")]  # 'Last week' before 22 April 2026

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Visible text of an HTML page as a list of text nodes (script/style dropped)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    if re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
        return False
    return True


def check_file(gold_path):
    name = gold_path.name[: -len(".gold.jsonl")]
    texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {texts}")
        return 0
    text_path = texts[0]
    raw = text_path.read_text(encoding="utf-8")
    is_html = text_path.suffix == ".html"
    if is_html:
        parser = Visible()
        parser.feed(raw)
        parser.close()
        nodes = parser.nodes
        visible = "\n".join(nodes)
    else:
        nodes = None
        visible = raw

    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        err(f"{name}: no meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not meta.get(k):
                err(f"{name}: meta lacks {k}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        fmt = {".txt": "txt", ".md": "md", ".html": "html"}[text_path.suffix]
        if meta.get("format") != fmt:
            err(f"{name}: meta format {meta.get('format')!r} != {fmt}")

    last = -1
    n = 0
    for lineno, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{lineno}: blank line")
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = set(obj)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q, v, mod = obj["quote"], obj["value"], obj["mod"]
        if not valid_value(v):
            err(f"{where}: bad value {v!r}")
        if "end" in obj:
            if v is None or not valid_value(obj["end"]) or obj["end"] is None:
                err(f"{where}: bad end {obj['end']!r}")
            elif obj["end"] == v:
                err(f"{where}: end equals value")
        if mod not in MODS:
            err(f"{where}: bad mod {mod!r}")
        if v is None and (mod is not None or obj["explicit"]):
            err(f"{where}: null value with mod/explicit")
        for k in ("explicit", "hard"):
            if not isinstance(obj[k], bool):
                err(f"{where}: {k} not boolean")
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        if q != q.strip() or q[0] in BULLETS:
            err(f"{where}: quote has surrounding space or a bullet glyph: {q!r}")
        if re.search(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;", q):
            err(f"{where}: quote contains a tag or entity: {q!r}")
        if "**" in q or "__" in q:
            err(f"{where}: quote contains Markdown emphasis: {q!r}")
        words = len(q.split())
        if not 3 <= words <= 12:
            err(f"{where}: quote has {words} words")
        count = visible.count(q)
        if count != 1:
            err(f"{where}: quote found {count} times: {q!r}")
            continue
        pos = visible.find(q)
        if pos <= last:
            err(f"{where}: quote out of text order: {q!r}")
        last = pos
        if words < 8:
            after = visible[pos + len(q): pos + len(q) + 1]
            if after not in ("", "\n", " ") and not q.endswith((".", ":", ";")):
                err(f"{where}: short quote ({words} words) that does not end its entry/sentence")
        if is_html:
            inside = [node for node in nodes if q in node]
            if len(inside) != 1:
                err(f"{where}: HTML quote not inside exactly one text node: {q!r}")
            else:
                before = inside[0][: inside[0].find(q)].strip()
                if before and not before.endswith((".", ";", "!", "?", "\"")):
                    err(f"{where}: HTML quote does not start its element or a sentence: {q!r}")
        else:
            line_start = visible.rfind("\n", 0, pos) + 1
            before = visible[line_start:pos].strip()
            if before and before not in ("*", "-", "•", "+") and not before.endswith((".", ";", "!", "?", "\"")):
                err(f"{where}: quote does not start its line or a sentence: {q!r}")
    return n


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        k = check_file(g)
        print(f"{g.name[:-11]:32s} {k:3d} entries")
        total += k
    for name, day, date in WEEKDAYS:
        d = datetime.date.fromisoformat(date)
        if calendar.day_name[d.weekday()] != day:
            err(f"{name}: {date} is a {calendar.day_name[d.weekday()]}, text says {day}")
    for name, day, date in WEEKDAYS:
        src = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
        if not src:
            err(f"weekday check names unknown file {name}")
    for name, week, day in WEEKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != week:
            err(f"{name}: {day} is in {y}-W{w:02d}, not {week}")
    print(f"{len(golds)} chronologies, {total} entries")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
