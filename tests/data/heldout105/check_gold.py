"""Independent checker for the heldout105 chronology gold files (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- value / end are valid TIMEX3 forms of the guide; mod in the allowed set; explicit/hard booleans;
- every quote occurs exactly once in the (visible) text, and quotes come in text order;
- quotes are 1-12 words, carry no markup (no '<', '>', '&', '**', leading bullet glyph);
- for HTML files: the quote lies inside a single text node of the page (never spans tags),
  and the raw source also contains it verbatim (so no entities inside a quote);
- weekday names used as dates in the text are checked separately by WEEKDAY_CHECKS below.
Run: /work/main/.venv/bin/python tests/data/heldout105/check_gold.py
"""
import calendar
import datetime
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                      # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                          # seasons
    r"|\d{3}X|\d{2}XX"                                                 # decades, centuries
    r"|BC\d{4})$")                                                     # BC years
KEYS = {"quote", "value", "mod", "explicit", "hard"}

# (file, date, weekday) for every weekday the texts name; verified with calendar.
WEEKDAY_CHECKS = [
    ("coal_mine_closure", "2015-12-18", "Friday"),
    ("canal_restoration", "2008-09-20", "Saturday"),
    ("canal_restoration", "2025-09-13", "Saturday"),
    ("canal_restoration", "2025-09-14", "Sunday"),  # publication day, so "On Saturday" is the 13th
    ("cholera_broad_street", "1854-08-31", "Thursday"),
    ("cholera_broad_street", "1854-09-01", "Friday"),
    ("cholera_broad_street", "1854-09-03", "Sunday"),
    ("cholera_broad_street", "1854-09-05", "Tuesday"),
    ("cholera_broad_street", "1854-09-07", "Thursday"),
    ("cholera_broad_street", "2024-08-31", "Saturday"),  # byline "Sat 31 Aug 2024"
    ("horse_race_history", "1997-04-05", "Saturday"),
    ("horse_race_history", "1997-04-07", "Monday"),
    ("horse_race_history", "2025-04-05", "Saturday"),  # lead
    ("live_bridge_collapse", "2026-04-17", "Friday"),
    ("live_bridge_collapse", "2026-04-16", "Thursday"),
    ("live_bridge_collapse", "2026-04-15", "Wednesday"),
    ("explainer_ferry_suspension", "2026-11-20", "Friday"),
    ("explainer_ferry_suspension", "2026-11-17", "Tuesday"),
    ("explainer_ferry_suspension", "2026-11-23", "Monday"),
    ("city_mayors", "2025-03-04", "Tuesday"),  # furniture "Tue 4 Mar 2025"
]
# ISO weeks used as gold values: (file, week value, a day inside it)
WEEK_CHECKS = [("explainer_ferry_suspension", "2026-W47", "2026-11-20")]


class TextNodes(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_date(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gpath in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        files += 1
        srcs = [p for ext in ("txt", "md", "html") for p in [os.path.join(HERE, f"{name}.{ext}")] if os.path.exists(p)]
        if len(srcs) != 1:
            errors.append(f"{name}: expected exactly one text file, found {srcs}")
            continue
        src = srcs[0]
        raw = open(src, encoding="utf-8").read()
        is_html = src.endswith(".html")
        if is_html:
            parser = TextNodes()
            parser.feed(raw)
            nodes = parser.nodes
            text = "\n".join(nodes)
        else:
            nodes, text = None, raw
        mpath = os.path.join(HERE, f"{name}.meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    errors.append(f"{name}: meta lacks {k}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta.get("format") != src.rsplit(".", 1)[1]:
                errors.append(f"{name}: meta format {meta.get('format')} != file extension")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: bad meta: {e}")
        last = -1
        for i, line in enumerate(open(gpath, encoding="utf-8"), 1):
            where = f"{name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(obj)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q, v, mod = obj["quote"], obj["value"], obj["mod"]
            if v is not None and not valid_date(v):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in obj and (obj["end"] is None or not valid_date(obj["end"])):
                errors.append(f"{where}: bad end {obj['end']!r}")
            if "end" in obj and v is None:
                errors.append(f"{where}: end without value")
            if mod not in MODS:
                errors.append(f"{where}: bad mod {mod!r}")
            if v is None and mod is not None:
                errors.append(f"{where}: mod on a null value")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} not boolean")
            if v is None and obj["explicit"]:
                errors.append(f"{where}: explicit with null value")
            nw = len(q.split())
            if not 1 <= nw <= 12:
                errors.append(f"{where}: quote has {nw} words")
            if q != q.strip() or re.match(r"^[-*•·:]\s", q) or "**" in q or re.search(r"[<>]|&\w+;", q):
                errors.append(f"{where}: quote carries markup or bullet: {q!r}")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            if is_html:
                inside = sum(node.count(q) for node in nodes)
                if inside != 1:
                    errors.append(f"{where}: quote not inside exactly one HTML text node: {q!r}")
                node = next(nd for nd in nodes if q in nd)
                before = node[: node.find(q)].rstrip()
                if before and not before.endswith((".", ";", ":", "?", "!")):
                    errors.append(f"{where}: HTML quote does not start its element or a sentence: {q!r}")
                if raw.count(q) != 1:
                    errors.append(f"{where}: quote not verbatim once in HTML source (entity or tag inside?): {q!r}")
    for name, day, wd in WEEKDAY_CHECKS:
        d = datetime.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != wd:
            errors.append(f"weekday check {name}: {day} is {calendar.day_name[d.weekday()]}, not {wd}")
    for name, week, day in WEEK_CHECKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"week check {name}: {day} is in {y}-W{w:02d}, not {week}")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
