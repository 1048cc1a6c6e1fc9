#!/usr/bin/env python3
"""Independent validator for the heldout164 chronology gold (standard library only).

Checks, per chronology NAME: the text file (NAME.txt | NAME.md | NAME.html), NAME.gold.jsonl and
NAME.meta.json exist; every gold line has exactly the guide's keys; value/end/mod forms; each quote
is 1-12 words, found exactly once in the text as a reader sees it, and quotes appear in text order;
for HTML every quote lies inside a single visible text node (no tags, no entities, not in
<head>/<script>/<style>); Markdown quotes carry no markup; weekday claims agree with `calendar`.
Exit status 0 when everything passes.
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
BULLETS = tuple("•·-*–—▪►:")
MIN_FILES, MIN_ENTRIES = 12, 160

# (file stem, date written in the text, weekday written in the text): verified with calendar.
WEEKDAYS = [
    ("tower_lift_accident", "2025-02-03", "Monday"),
    ("tower_lift_accident", "2025-02-08", "Saturday"),
    ("tower_lift_accident", "2025-02-11", "Tuesday"),
    ("tower_lift_accident", "2025-02-21", "Friday"),
    ("tower_lift_accident", "2025-03-10", "Monday"),
    ("tower_lift_accident", "2025-03-14", "Friday"),
    ("poet_laureate_profile", "2024-06-01", "Saturday"),
    ("court_reporters_dispute", "2025-02-12", "Wednesday"),
    ("bank_frozen_accounts_live", "2025-11-06", "Thursday"),
    ("bank_frozen_accounts_live", "2025-11-03", "Monday"),
    ("bank_frozen_accounts_live", "2025-11-05", "Wednesday"),
    ("legionella_spa_explainer", "2025-09-19", "Friday"),
    ("legionella_spa_explainer", "2025-09-16", "Tuesday"),
    ("legionella_spa_explainer", "2025-09-12", "Friday"),
    ("showjumping_championship", "2025-08-24", "Sunday"),
    ("showjumping_championship", "2025-08-31", "Sunday"),
    ("kelsford_year_in_review", "2024-12-27", "Friday"),
    ("millbrook_tramway_timeline", "1962-10-20", "Saturday"),
    ("kelsford_year_in_review", "2024-12-23", "Monday"),
    ("showjumping_championship", "2025-08-27", "Wednesday"),
]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.nodes.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            try:
                dt.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        return False
    return True


def check(stem):
    texts = [p for p in (HERE / f"{stem}.txt", HERE / f"{stem}.md", HERE / f"{stem}.html") if p.exists()]
    if len(texts) != 1:
        err(f"{stem}: expected exactly one text file, found {texts}")
        return 0
    tpath = texts[0]
    raw = tpath.read_text(encoding="utf-8")
    ext = tpath.suffix[1:]
    nodes = None
    if ext == "html":
        p = Visible()
        p.feed(raw)
        p.close()
        nodes = p.nodes
        text = "\n".join(nodes)
    else:
        text = raw
    # meta
    mpath = HERE / f"{stem}.meta.json"
    try:
        meta = json.loads(mpath.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"{stem}: meta unreadable: {e}")
        meta = {}
    missing = META_KEYS - set(meta)
    if missing:
        err(f"{stem}: meta missing {sorted(missing)}")
    try:
        dt.date.fromisoformat(meta.get("publication_date", ""))
    except ValueError:
        err(f"{stem}: bad publication_date {meta.get('publication_date')!r}")
    if meta.get("format") != ext:
        err(f"{stem}: meta format {meta.get('format')!r} != file extension {ext!r}")
    # gold
    last = -1
    n = 0
    for ln, line in enumerate((HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{stem}:{ln}: blank line")
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{stem}:{ln}: bad JSON {e}")
            continue
        n += 1
        where = f"{stem}:{ln}"
        keys = set(g)
        if not KEYS <= keys or keys - KEYS - OPTIONAL:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{where}: empty or padded quote {q!r}")
            continue
        words = len(q.split())
        if words > 12:
            err(f"{where}: quote has {words} words (>12)")
        if words < 8 and text.count(q) == 1:
            after = text[text.find(q) + len(q):]
            if after and not after.startswith("\n"):
                err(f"{where}: quote of {words} words does not reach the end of its entry")
        if q.startswith(BULLETS):
            err(f"{where}: quote starts with a bullet glyph")
        if "<" in q and ext == "html" or re.search(r"&(?:[a-z]+|#\d+);", q):
            err(f"{where}: quote contains markup/entity")
        if ext == "md" and re.search(r"\*\*|__|`|^#|\]\(", q):
            err(f"{where}: quote contains Markdown markup")
        cnt = text.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
        else:
            pos = text.find(q)
            if pos <= last:
                err(f"{where}: quote out of order: {q!r}")
            last = pos
        if nodes is not None and not any(q in node for node in nodes):
            err(f"{where}: quote not inside one HTML text node: {q!r}")
        v = g["value"]
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(f"{where}: bad value {v!r}")
        if g["mod"] not in MODS:
            err(f"{where}: bad mod {g['mod']!r}")
        if "end" in g:
            e = g["end"]
            if v is None or not isinstance(e, str) or not valid_value(e):
                err(f"{where}: bad end {e!r} (value {v!r})")
            elif e == v:
                err(f"{where}: end equals value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(f"{where}: {k} must be boolean")
        if v is None and g["explicit"]:
            err(f"{where}: null value cannot be explicit")
    if n == 0:
        err(f"{stem}: no gold entries")
    return n


def main():
    stems = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    total = 0
    for s in stems:
        k = check(s)
        total += k
        print(f"{s:34s} {k:4d} entries")
    for stem, day, wd in WEEKDAYS:
        if stem not in stems:
            err(f"weekday check refers to unknown file {stem}")
        d = dt.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != wd:
            err(f"{stem}: {day} is a {calendar.day_name[d.weekday()]}, text says {wd}")
    if len(stems) < MIN_FILES:
        err(f"only {len(stems)} chronologies (< {MIN_FILES})")
    if total < MIN_ENTRIES:
        err(f"only {total} gold entries (< {MIN_ENTRIES})")
    print(f"{len(stems)} files, {total} entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
