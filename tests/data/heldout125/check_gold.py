"""Self-check for the heldout125 chronology gold set (standard library only).

Independent of keydates: checks file triples, JSON keys, value/mod/end forms,
quotes (found exactly once, in text order, 8-12 words), meta keys, weekday claims,
and, for HTML files, that each quote is visible text inside one element.
Run: /work/main/.venv/bin/python tests/data/heldout125/check_gold.py
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
TEXT_EXTS = (".txt", ".md", ".html")
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}",
]
VALUE_RE = re.compile(r"^(?:%s)$" % "|".join(VALUE_RES))

# Weekday claims made in the texts: (file, date, weekday name)
WEEKDAYS = [
    ("grain_silo_explosion", "2024-03-05", "Tuesday"),
    ("grain_silo_explosion", "2024-03-08", "Friday"),
    ("conductor_orchestra_tenure", "2025-06-05", "Thursday"),
    ("hunger_strike", "2023-11-20", "Monday"),
    ("hunger_strike", "2023-11-16", "Thursday"),
    ("high_street_redevelopment", "2024-07-27", "Saturday"),
    ("high_street_redevelopment", "2024-11-22", "Friday"),
    ("high_street_redevelopment", "2024-12-27", "Friday"),
    ("scarlet_fever_outbreak", "2022-11-28", "Monday"),
    ("scarlet_fever_outbreak", "2022-12-02", "Friday"),
    ("scarlet_fever_outbreak", "2023-02-12", "Sunday"),
    ("scarlet_fever_outbreak", "2023-03-10", "Friday"),
    ("ski_jumper_career", "2025-03-24", "Monday"),
    ("ski_jumper_career", "2025-03-23", "Sunday"),
    ("pension_age_reform", "2024-10-02", "Wednesday"),
    ("live_storm_flooding", "2025-01-23", "Thursday"),
    ("live_storm_flooding", "2025-01-22", "Wednesday"),
    ("live_storm_flooding", "2025-01-21", "Tuesday"),
    ("bridge_closure_explainer", "2025-09-18", "Thursday"),
    ("bridge_closure_explainer", "2025-09-15", "Monday"),
    ("bridge_closure_explainer", "2025-09-12", "Friday"),
]
# ISO-week claims: (date, expected week value)
WEEKS = [("2023-10-31", "2023-W44"), ("2025-06-07", "2025-W23"), ("2025-09-13", "2025-W37"),
         ("2023-02-12", "2023-W06")]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collect visible text nodes (entities decoded), skipping script/style/head-only tags."""
    SKIP = {"script", "style", "title", "head", "textarea"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "input", "img", "link", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        if data.strip():
            self.nodes.append(data)


def visible_text(raw):
    p = Visible()
    p.feed(raw)
    p.close()
    return p.nodes


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-(\d{2})$", v)
    if m and not 1 <= int(m[2]) <= 12:
        err(f"{where}: bad month {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= 53:
        err(f"{where}: bad week {v}")


def sort_key(v):
    """Rough start-of-interval key for comparing value and end."""
    if v.startswith("BC"):
        return -int(v[2:])
    y = int(v[:4].replace("X", "0"))
    return y


def main():
    docs = sorted(p for p in HERE.iterdir() if p.suffix in TEXT_EXTS and p.name != "README.md")
    golds = sorted(HERE.glob("*.gold.jsonl"))
    if len(docs) != 12:
        err(f"expected 12 chronologies, found {len(docs)}: {[d.name for d in docs]}")
    total = 0
    for doc in docs:
        name = doc.stem
        gold = HERE / f"{name}.gold.jsonl"
        meta = HERE / f"{name}.meta.json"
        if not gold.exists() or not meta.exists():
            err(f"{name}: missing gold or meta")
            continue
        raw = doc.read_text(encoding="utf-8")
        is_html = doc.suffix == ".html"
        if is_html:
            nodes = visible_text(raw)
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        # meta
        try:
            m = json.loads(meta.read_text(encoding="utf-8"))
        except ValueError as e:
            err(f"{meta.name}: invalid JSON: {e}")
            continue
        if set(m) != META_KEYS:
            err(f"{meta.name}: keys {sorted(m)} != {sorted(META_KEYS)}")
        try:
            datetime.date.fromisoformat(m.get("publication_date", ""))
        except ValueError:
            err(f"{meta.name}: bad publication_date")
        if m.get("format") != doc.suffix[1:]:
            err(f"{meta.name}: format {m.get('format')!r} != {doc.suffix[1:]!r}")
        # gold
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                g = json.loads(line)
            except ValueError as e:
                err(f"{where}: invalid JSON: {e}")
                continue
            n += 1
            keys = set(g)
            if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q:
                err(f"{where}: empty quote")
                continue
            if "<" in q or ">" in q or re.search(r"&[a-z#0-9]+;", q):
                err(f"{where}: quote contains markup/entity: {q!r}")
            if "**" in q or q.lstrip().startswith(("* ", "- ", "• ")):
                err(f"{where}: quote contains markdown markup or bullet: {q!r}")
            if q != q.strip():
                err(f"{where}: quote has outer whitespace")
            words = len(q.split())
            if not 4 <= words <= 12:
                err(f"{where}: quote has {words} words (want 8-12, shorter only for a short entry)")
            cnt = text.count(q)
            if cnt != 1:
                err(f"{where}: quote found {cnt} times: {q!r}")
            else:
                pos = text.find(q)
                if pos <= last:
                    err(f"{where}: quote out of text order: {q!r}")
                last = pos
            if is_html and not any(q in node for node in nodes):
                err(f"{where}: quote not inside a single HTML element: {q!r}")
            if is_html:
                # the quote must not start with the text of a date cell / dt / bold label
                for node in nodes:
                    if q in node and not node.lstrip().startswith(q) and node.find(q) > 0:
                        pre = node[: node.find(q)]
                        if not re.search(r"[.!?]\s+$", pre):
                            err(f"{where}: quote does not start its element or a sentence: {q!r}")
            check_value(g["value"], where)
            if g["mod"] not in MODS:
                err(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                check_value(g["end"], where + " end")
                if g["value"] is None or g["end"] is None:
                    err(f"{where}: end with null value")
                elif sort_key(g["end"]) < sort_key(g["value"]):
                    err(f"{where}: end before value")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    err(f"{where}: {k} not boolean")
            if g["value"] is None and (g["mod"] is not None or g["explicit"]):
                err(f"{where}: null value with mod or explicit")
        if n == 0:
            err(f"{gold.name}: no entries")
        total += n
        print(f"{doc.name:40s} {n:3d} entries")
    for p in golds:
        if not any(d.stem == p.name[: -len(".gold.jsonl")] for d in docs):
            err(f"{p.name}: no matching text file")
    for name, d, wd in WEEKDAYS:
        y, mo, da = map(int, d.split("-"))
        if calendar.day_name[calendar.weekday(y, mo, da)] != wd:
            err(f"{name}: {d} is not a {wd}")
    for d, w in WEEKS:
        iy, iw, _ = datetime.date.fromisoformat(d).isocalendar()
        if f"{iy}-W{iw:02d}" != w:
            err(f"week of {d} is not {w}")
    print(f"total: {total} entries in {len(docs)} files")
    if total < 160:
        err(f"only {total} entries (< 160)")
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
