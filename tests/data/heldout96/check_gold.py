"""Independent checker for the heldout96 chronology gold (standard library only).

Checks: file triples, meta keys, gold JSON keys and value forms, mods, ends,
quotes found exactly once and in text order, HTML quotes are visible text inside
one element (no tags, no entities), weekdays named in the texts, totals.
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
VALUE_RE = re.compile(
    r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
# every weekday named next to a date in the texts, checked with calendar
WEEKDAYS = {
    "2026-02-09": "Monday", "2026-02-11": "Wednesday", "2025-07-04": "Friday",
    "2026-03-03": "Tuesday", "2026-03-05": "Thursday", "2026-01-10": "Saturday",
    "2026-01-11": "Sunday", "2026-01-12": "Monday", "2026-01-13": "Tuesday",
    "2026-01-18": "Sunday", "2026-01-20": "Tuesday", "1986-04-25": "Friday",
    "1986-04-26": "Saturday", "1986-04-27": "Sunday", "1986-04-28": "Monday",
    "2021-03-23": "Tuesday", "2021-03-29": "Monday", "2026-03-02": "Monday",
    "2025-11-14": "Friday", "2025-11-11": "Tuesday", "2025-11-10": "Monday",
    "2025-12-27": "Saturday", "2026-01-09": "Friday",
}


class Visible(HTMLParser):
    """Collect visible text nodes (outside script/style/head)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "template") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(" ".join(data.split()))


def sort_key(value):
    """Comparable form of a non-BC value: seasons in calendar order."""
    for season, month in (("SP", "03"), ("SU", "06"), ("FA", "09"), ("WI", "12")):
        value = value.replace(season, month)
    return value.replace("X", "0")


def fail(errors, msg):
    errors.append(msg)


def main():
    errors, total, files = [], 0, 0
    for d, name in WEEKDAYS.items():
        if calendar.day_name[datetime.date.fromisoformat(d).weekday()] != name:
            fail(errors, f"weekday {d} is not {name}")
    for meta_path in sorted(glob.glob(os.path.join(HERE, "*.meta.json"))):
        stem = meta_path[:-len(".meta.json")]
        base = os.path.basename(stem)
        texts = [stem + e for e in (".txt", ".md", ".html") if os.path.exists(stem + e)]
        if len(texts) != 1:
            fail(errors, f"{base}: need exactly one text file, found {texts}")
            continue
        text_path = texts[0]
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != META_KEYS:
            fail(errors, f"{base}: meta keys {sorted(meta)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            fail(errors, f"{base}: bad publication_date")
        ext = os.path.splitext(text_path)[1][1:]
        if meta.get("format") != {"txt": "text", "md": "markdown", "html": "html"}[ext]:
            fail(errors, f"{base}: format {meta.get('format')} does not match .{ext}")
        raw = open(text_path, encoding="utf-8").read()
        if ext == "html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes, text = None, raw
        gold_path = stem + ".gold.jsonl"
        if not os.path.exists(gold_path):
            fail(errors, f"{base}: no gold")
            continue
        files += 1
        last = -1
        for n, line in enumerate(open(gold_path, encoding="utf-8"), 1):
            if not line.strip():
                fail(errors, f"{base}:{n}: blank line")
                continue
            g = json.loads(line)
            total += 1
            where = f"{base}:{n}"
            keys = set(g)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                fail(errors, f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip():
                fail(errors, f"{where}: empty quote")
                continue
            if len(q.split()) > 12:
                fail(errors, f"{where}: quote longer than 12 words")
            if re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;", q):
                fail(errors, f"{where}: quote holds markup or an entity")
            if ext == "md" and re.search(r"\*|__|`|\[|\]\(", q):
                fail(errors, f"{where}: quote holds Markdown markup")
            if q[:1] in "•-*–" and q[1:2] == " ":
                fail(errors, f"{where}: quote starts with a bullet glyph")
            count = text.count(q)
            if count != 1:
                fail(errors, f"{where}: quote found {count} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    fail(errors, f"{where}: quote out of text order")
                last = pos
            if nodes is not None and not any(q in node for node in nodes):
                fail(errors, f"{where}: HTML quote not inside one text element")
            v = g["value"]
            if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
                fail(errors, f"{where}: bad value {v!r}")
            if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                try:
                    datetime.date.fromisoformat(v)
                except ValueError:
                    fail(errors, f"{where}: impossible date {v}")
            if g["mod"] not in MODS:
                fail(errors, f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                e = g["end"]
                if not (isinstance(e, str) and VALUE_RE.match(e)) or v is None:
                    fail(errors, f"{where}: bad end {e!r}")
                elif not e.startswith("BC") and not v.startswith("BC") and sort_key(e) < sort_key(v):
                    fail(errors, f"{where}: end before start")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    fail(errors, f"{where}: {k} not boolean")
            if v is None and (g["mod"] is not None or "end" in g):
                fail(errors, f"{where}: null value with mod/end")
    if files != 12:
        fail(errors, f"expected 12 chronologies, found {files}")
    if total < 160:
        fail(errors, f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
