"""Independent validator for the heldout116 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json (title, publication_date, format, style);
- each line is a JSON object with exactly the guide's keys (quote, value, mod, explicit, hard, optional end);
- value / end forms are TIMEX3 forms listed in the guide; mod is a TIMEX3 mod or null;
- every quote occurs exactly once in the visible text and quotes come in text order;
- HTML: the quote is visible text inside one element (no tags, no entities, not split across nodes);
- the weekday claims written into the texts (WEEKDAYS below) agree with Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout116/check_gold.py
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
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}",
]
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
# (date, weekday) pairs that the texts state or that the gold relies on
WEEKDAYS = [
    ("2025-07-14", "Monday"), ("2025-07-15", "Tuesday"),            # bridge_fire_live
    ("2026-03-13", "Friday"), ("2026-03-16", "Monday"), ("2026-03-17", "Tuesday"),
    ("2026-03-18", "Wednesday"), ("2026-03-19", "Thursday"),         # customs_strike_explainer
    ("2026-05-29", "Friday"), ("2026-05-30", "Saturday"),           # tramway_reopening
    ("2024-07-11", "Thursday"), ("2024-07-16", "Tuesday"), ("2024-07-17", "Wednesday"),  # heatstroke
    ("2025-04-03", "Thursday"), ("2025-04-08", "Tuesday"),          # university_funding_crisis
    ("2025-07-05", "Saturday"), ("2025-12-05", "Friday"), ("2025-12-29", "Monday"),  # town review
]
# (date inside the week, ISO week value used in the gold)
WEEKS = [("2025-12-22", "2025-W52"), ("2025-12-28", "2025-W52")]  # 'Last week' before Mon 29 Dec 2025
MIN_TOTAL = 160
errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if not isinstance(v, str):
        return False
    if not any(re.fullmatch(p, v) for p in VALUE_RES):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    if re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
        return False
    if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", v) and not 1 <= int(v[6:8]) <= 53:
        return False
    return True


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript", "template"}

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
            self.nodes.append(data)


def check_file(gold):
    name = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in (HERE / (name + e) for e in (".txt", ".md", ".html")) if p.exists()]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {texts}")
        return 0
    src = texts[0]
    raw = src.read_text(encoding="utf-8")
    meta_p = HERE / (name + ".meta.json")
    if not meta_p.exists():
        err(f"{name}: missing meta")
    else:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if k not in meta or not isinstance(meta[k], str) or not meta[k]:
                err(f"{name}: meta key {k} missing/empty")
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("publication_date", "")):
                raise ValueError
            datetime.date.fromisoformat(meta["publication_date"])
        except ValueError:
            err(f"{name}: bad publication_date")
        if meta.get("format") != src.suffix[1:]:
            err(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
    is_html = src.suffix == ".html"
    if is_html:
        p = Visible()
        p.feed(raw)
        p.close()
        nodes = p.nodes
        visible = "\n".join(nodes)
    else:
        visible = raw
    last = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{i}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{i}: bad JSON {e}")
            continue
        n += 1
        keys = set(obj)
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            err(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = obj["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{name}:{i}: bad quote {q!r}")
            continue
        words = len(q.split())
        if words > 12:
            err(f"{name}:{i}: quote longer than 12 words")
        if q[0] in "•-*#>|" or "**" in q or "<" in q and is_html:
            err(f"{name}:{i}: quote starts with glyph/markup {q!r}")
        if obj["value"] is not None and not valid_value(obj["value"]):
            err(f"{name}:{i}: bad value {obj['value']!r}")
        if "end" in obj and not valid_value(obj["end"]):
            err(f"{name}:{i}: bad end {obj['end']!r}")
        if "end" in obj and obj["value"] is None:
            err(f"{name}:{i}: end without value")
        if obj["mod"] not in MODS:
            err(f"{name}:{i}: bad mod {obj['mod']!r}")
        for k in ("explicit", "hard"):
            if not isinstance(obj[k], bool):
                err(f"{name}:{i}: {k} not bool")
        if obj["value"] is None and obj["explicit"]:
            err(f"{name}:{i}: null value but explicit")
        cnt = visible.count(q)
        if cnt != 1:
            err(f"{name}:{i}: quote found {cnt} times: {q!r}")
            continue
        pos = visible.find(q)
        if pos <= last:
            err(f"{name}:{i}: quote out of order: {q!r}")
        last = pos
        if is_html:
            if raw.count(q) != 1:
                err(f"{name}:{i}: quote not verbatim once in the HTML source (tags/entities?): {q!r}")
            inside = [j for j, node in enumerate(nodes) if q in node]
            if len(inside) != 1:
                err(f"{name}:{i}: quote not inside exactly one element: {q!r}")
            if "&" in q and html.unescape(q) != q:
                err(f"{name}:{i}: entity in quote {q!r}")
    if n == 0:
        err(f"{name}: no entries")
    return n


def main():
    for d, wd in WEEKDAYS:
        real = calendar.day_name[datetime.date.fromisoformat(d).weekday()]
        if real != wd:
            err(f"weekday {d} is {real}, not {wd}")
    for d, wk in WEEKS:
        y, w, _ = datetime.date.fromisoformat(d).isocalendar()
        if f"{y}-W{w:02d}" != wk:
            err(f"{d} is in {y}-W{w:02d}, not {wk}")
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for g in golds:
        c = check_file(g)
        print(f"{g.name[:-11]:32s} {c:3d} entries")
        total += c
    print(f"{len(golds)} files, {total} entries")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < MIN_TOTAL:
        err(f"only {total} entries (< {MIN_TOTAL})")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
