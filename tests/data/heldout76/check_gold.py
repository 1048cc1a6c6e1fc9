"""Independent validator for the heldout76 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- the text file NAME.txt|.md|.html and NAME.meta.json exist; meta has title, publication_date
  (a real YYYY-MM-DD day), format (matching the extension) and style;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- value/end are TIMEX3 forms allowed by the guide (or null value), mod is null or a TIMEX3 mod,
  explicit/hard are booleans, end only with a non-null value;
- each quote has at most 12 words (fewer than 8 only when it is the whole rest of its line/element or a whole sentence),
  holds no markup (no tags, entities, Markdown emphasis, bullet glyphs), is found exactly once in the
  visible text, and the quotes appear in text order;
- for HTML: visible text = text nodes outside head/script/style with entities decoded; each quote
  must lie inside a single text node (so a quote never spans a date cell, <dt> or bold label);
- weekday claims used in the texts are right according to calendar.
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
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")        # BC years, decades, centuries
# weekday claims made in the texts (date, weekday name), verified with calendar
WEEKDAYS = [
    ("sudan_war_key_dates", (2023, 4, 15), "Saturday"), ("sudan_war_key_dates", (2023, 4, 16), "Sunday"),
    ("iran_nuclear_explainer", (2026, 3, 12), "Thursday"), ("iran_nuclear_explainer", (2026, 3, 9), "Monday"),
    ("iran_nuclear_explainer", (2026, 3, 10), "Tuesday"),
    ("myanmar_coup_live", (2021, 2, 1), "Monday"), ("myanmar_coup_live", (2021, 2, 2), "Tuesday"),
    ("sahel_coups_list", (2023, 8, 30), "Wednesday"), ("sahel_coups_list", (2023, 8, 31), "Thursday"),
]

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def check_value(name, i, v, field):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(name, f"entry {i}: bad {field} {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            err(name, f"entry {i}: impossible day {v}")
    m = re.match(r"^(\d{4})-(\d{2})$", v)
    if m and not 1 <= int(m.group(2)) <= 12:
        err(name, f"entry {i}: bad month {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        err(name, f"entry {i}: bad week {v}")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
        if len(texts) != 1:
            err(name, f"expected one text file, found {texts}")
            continue
        tpath = texts[0]
        ext = tpath.rsplit(".", 1)[1]
        raw = open(tpath, encoding="utf-8").read()
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(name, f"meta: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(name, f"meta missing {k}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
                raise ValueError
        except ValueError:
            err(name, "meta publication_date is not YYYY-MM-DD")
        if meta.get("format") != ext:
            err(name, f"meta format {meta.get('format')!r} != {ext}")

        if ext == "html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            visible = "\n".join(nodes)
        else:
            nodes = None
            visible = raw

        pos = -1
        lines = open(gpath, encoding="utf-8").read().splitlines()
        if not lines:
            err(name, "empty gold")
        for i, line in enumerate(lines, 1):
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                err(name, f"line {i}: {e}")
                continue
            if not isinstance(o, dict):
                err(name, f"line {i}: not an object")
                continue
            total += 1
            keys = set(o)
            if not (KEYS <= keys <= KEYS | {"end"}):
                err(name, f"entry {i}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(name, f"entry {i}: bad quote {q!r}")
                continue
            if o["value"] is not None:
                check_value(name, i, o["value"], "value")
            if "end" in o:
                if o["value"] is None:
                    err(name, f"entry {i}: end without value")
                check_value(name, i, o["end"], "end")
            if o["mod"] not in MODS:
                err(name, f"entry {i}: bad mod {o['mod']!r}")
            for b in ("explicit", "hard"):
                if not isinstance(o[b], bool):
                    err(name, f"entry {i}: {b} must be boolean")
            if re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;|\*\*|^[-•*#>\[]|^\d+\.\s", q):
                err(name, f"entry {i}: quote holds markup or a bullet glyph: {q!r}")
            nwords = len(q.split())
            if nwords > 12:
                err(name, f"entry {i}: quote has {nwords} words (>12)")
            count = visible.count(q)
            if count != 1:
                err(name, f"entry {i}: quote found {count} times: {q!r}")
                continue
            at = visible.find(q)
            if at <= pos:
                err(name, f"entry {i}: quote out of text order: {q!r}")
            pos = at
            if nodes is not None:
                inside = [n for n in nodes if q in n]
                if len(inside) != 1:
                    err(name, f"entry {i}: quote not inside exactly one HTML text node: {q!r}")
                elif nwords < 8 and not (inside[0].rstrip().endswith(q) or q[-1] in ".!?"):
                    err(name, f"entry {i}: short quote ({nwords} words) is not the whole rest of its element")
            elif nwords < 8:
                after = visible[at + len(q): at + len(q) + 1]
                if after not in ("", "\n") and q[-1] not in ".!?":
                    err(name, f"entry {i}: short quote ({nwords} words) is not the whole rest of its line")
        if not re.search(r"[A-Za-z]", visible):
            err(name, "empty text")

    for name, ymd, day in WEEKDAYS:
        if calendar.day_name[calendar.weekday(*ymd)] != day:
            err(name, f"{ymd} is not a {day}")

    if len(golds) < 12:
        errors.append(f"only {len(golds)} chronologies (need 12)")
    if total < 160:
        errors.append(f"only {total} gold entries (need >= 160)")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
