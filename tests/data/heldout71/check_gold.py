"""Independent consistency check for the heldout71 chronology gold (standard library only).

Run: /work/main/.venv/bin/python tests/data/heldout71/check_gold.py
Checks JSON keys and order, value/end/mod forms, quotes (found exactly once, in text order,
visible text only, inside one HTML text node), meta keys, and every weekday/week/holiday fact
the gold relies on (with calendar/datetime).
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:BC\d{4}|\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX)$")
KEYS = ["quote", "value", "mod", "explicit", "hard"]
KEYS_END = ["quote", "value", "mod", "end", "explicit", "hard"]
META_KEYS = {"title", "publication_date", "format", "style"}
errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

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
        if not self.depth and data.strip():
            self.nodes.append(data)


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        y, mo, d = map(int, m.groups())
        try:
            dt.date(max(y, 1), mo, d)
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        err(f"{where}: bad month {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= dt.date(int(m.group(1)), 12, 28).isocalendar()[1]:
        err(f"{where}: bad ISO week {v}")


def sort_key(v):
    """Comparable start year for value/end ordering."""
    if v.startswith("BC"):
        return -int(v[2:6])
    return int(v[:4].replace("X", "0"))


def check_file(gold):
    stem = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        err(f"{stem}: expected one text file, found {texts}")
        return 0
    text_path = texts[0]
    raw = text_path.read_text(encoding="utf-8")
    is_html = text_path.suffix == ".html"
    if is_html:
        p = Visible()
        p.feed(raw)
        nodes = p.nodes
        visible = "\n".join(nodes)
    else:
        nodes, visible = None, raw

    meta_path = HERE / f"{stem}.meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            err(f"{meta_path.name}: keys {sorted(meta)} != {sorted(META_KEYS)}")
        dt.date.fromisoformat(meta["publication_date"])
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
            err(f"{meta_path.name}: publication_date not YYYY-MM-DD")
        if meta["format"] != text_path.suffix[1:]:
            err(f"{meta_path.name}: format {meta['format']} != {text_path.suffix[1:]}")
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta[k].strip():
                err(f"{meta_path.name}: empty {k}")
    except Exception as e:  # noqa: BLE001
        err(f"{meta_path.name}: {e}")

    last = -1
    n = 0
    seen_nodes = set()
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{gold.name}:{i}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON {e}")
            continue
        n += 1
        keys = list(obj)
        if keys not in (KEYS, KEYS_END):
            err(f"{where}: keys {keys}")
            continue
        q = obj["quote"]
        check_value(obj["value"], where)
        if obj["mod"] not in MODS:
            err(f"{where}: bad mod {obj['mod']!r}")
        if not isinstance(obj["explicit"], bool) or not isinstance(obj["hard"], bool):
            err(f"{where}: explicit/hard must be booleans")
        if "end" in obj:
            if obj["value"] is None or obj["end"] is None:
                err(f"{where}: end needs value and end")
            else:
                check_value(obj["end"], where + " end")
                if obj["end"] <= obj["value"] and not obj["value"].startswith("BC"):
                    err(f"{where}: end {obj['end']} not after value {obj['value']}")
                if sort_key(obj["end"]) < sort_key(obj["value"]):
                    err(f"{where}: end before value")
        if obj["value"] is None and (obj["mod"] is not None or obj["explicit"]):
            err(f"{where}: null value with mod/explicit")
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty quote")
            continue
        words = len(q.split())
        if not 5 <= words <= 12:
            err(f"{where}: quote has {words} words (want 8-12, fewer only for a short entry)")
        if q != q.strip() or q[0] in "-*•·–—" or "**" in q or "<" in q or "&" in q:
            err(f"{where}: quote has glyph/markup/whitespace: {q!r}")
        cnt = visible.count(q)
        if cnt != 1:
            err(f"{where}: quote found {cnt} times: {q!r}")
            continue
        pos = visible.find(q)
        if pos <= last:
            err(f"{where}: quote out of text order: {q!r}")
        last = pos
        if is_html:
            if raw.count(q) != 1:
                err(f"{where}: quote not literal once in the HTML source (tags/entities inside?): {q!r}")
            inside = [nd for nd in nodes if q in nd]
            if len(inside) != 1:
                err(f"{where}: quote not inside exactly one text node: {q!r}")
            else:
                node_idx = nodes.index(inside[0])
                if node_idx not in seen_nodes and not inside[0].lstrip().startswith(q):
                    # the first entry of an element starts at its text (after any label
                    # element); later dated clauses of the same element may start inside it
                    err(f"{where}: first quote of its element does not start it: {q!r}")
                seen_nodes.add(node_idx)
    return n


def check_calendar_facts():
    """Every weekday, ISO week, holiday and relative-date fact used by the gold."""
    W = calendar.day_name
    facts = [
        # (date, weekday name, why)
        ((2017, 7, 1), "Saturday", "hong_kong: sworn in on Saturday after pub Thu 2017-06-29"),
        ((2017, 6, 29), "Thursday", "hong_kong: publication day"),
        ((2023, 4, 12), "Wednesday", "carvalho: publication day"),
        ((2023, 4, 10), "Monday", "carvalho: 'On Monday' before pub"),
        ((2025, 10, 17), "Friday", "storm: heading Friday 17 October"),
        ((2025, 10, 16), "Thursday", "storm: heading Thursday 16 October"),
        ((2025, 10, 14), "Tuesday", "storm: named on Tuesday"),
        ((2025, 10, 18), "Saturday", "storm: warning until Saturday (distractor)"),
        ((2024, 12, 7), "Saturday", "millbrook: Saturday, Dec. 7"),
        ((2025, 8, 14), "Thursday", "rhine: Published Thursday 14 August 2025"),
        ((2025, 8, 12), "Tuesday", "rhine: On Tuesday"),
        ((2025, 8, 11), "Monday", "rhine: on Monday"),
        ((2023, 10, 7), "Saturday", "harbour: the following Saturday after Oct 4"),
        ((2019, 11, 8), "Friday", "berlin: byline Fri 8 Nov 2019"),
    ]
    for (y, m, d), name, why in facts:
        got = W[calendar.weekday(y, m, d)]
        if got != name:
            err(f"weekday: {y}-{m:02d}-{d:02d} is {got}, not {name} ({why})")
    if dt.date(2023, 10, 4).weekday() >= 5:
        err("harbour: Oct 4 2023 must fall before the following Saturday")
    if dt.date(2023, 10, 7) - dt.date(2023, 10, 4) > dt.timedelta(days=6):
        err("harbour: following Saturday not within the week")
    # ISO weeks: 'last week' from 2025-08-14, 'this week' at 2024-12-28
    if dt.date(2025, 8, 14).isocalendar()[:2] != (2025, 33):
        err("rhine: publication not in 2025-W33, so 'last week' is not W32")
    if dt.date(2024, 12, 28).isocalendar()[:2] != (2024, 52):
        err("millbrook: publication not in 2024-W52")
    # Memorial Day = last Monday in May
    may = [d for d in range(25, 32) if calendar.weekday(2024, 5, d) == 0]
    if may[-1] != 27:
        err(f"millbrook: Memorial Day 2024 is May {may[-1]}")
    # Relative offsets
    if dt.date(2024, 10, 14) + dt.timedelta(weeks=2) != dt.date(2024, 10, 28):
        err("millbrook: two weeks later")
    if dt.date(2025, 8, 14) - dt.timedelta(weeks=2) != dt.date(2025, 7, 31):
        err("rhine: two weeks ago")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        n = check_file(g)
        print(f"{g.name:45s} {n:3d} entries")
        total += n
    check_calendar_facts()
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    print(f"{len(golds)} files, {total} entries")
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
