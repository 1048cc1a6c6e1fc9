#!/usr/bin/env python3
"""Self-check for the heldout132 chronology gold (standard library only, independent of keydates).

Checks: file triples (text + gold + meta), meta keys, gold keys and value/mod/end forms, every quote
found exactly once in the visible text and in text order, quote length (8-12 words, fewer only when
the quote is the whole entry), HTML quotes inside one text element with no tags or entities, and
every weekday the texts name against Python's calendar.
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
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}

# Every weekday named in the texts, as (file, weekday, date) - verified with calendar below.
WEEKDAYS = [
    ("nurses_walkout.txt", "Tuesday", "2026-03-03"),
    ("nurses_walkout.txt", "Thursday", "2026-03-05"),
    ("nurses_walkout.txt", "Monday", "2026-03-09"),
    ("nurses_walkout.txt", "Tuesday", "2026-03-10"),
    ("nurses_walkout.txt", "Friday", "2026-03-20"),       # 'On Friday' = publication date
    ("nurses_walkout.txt", "Saturday", "2026-03-14"),
    ("nobel_kariko_profile.html", "Sunday", "2023-12-10"),  # lead 'On Sunday', Yesterday
    ("football_manager_sacking.txt", "Saturday", "2025-10-04"),
    ("football_manager_sacking.txt", "Saturday", "2025-10-18"),
    ("football_manager_sacking.txt", "Tuesday", "2025-10-21"),
    ("football_manager_sacking.txt", "Saturday", "2025-11-01"),
    ("football_manager_sacking.txt", "Monday", "2025-11-03"),
    ("football_manager_sacking.txt", "Saturday", "2025-11-08"),
    ("football_manager_sacking.txt", "Monday", "2025-11-10"),
    ("football_manager_sacking.txt", "Tuesday", "2025-11-11"),
    ("ferry_aground_live.html", "Sunday", "2025-09-14"),
    ("ferry_aground_live.html", "Saturday", "2025-09-13"),
    ("bank_levy_factbox.txt", "Wednesday", "2024-02-14"),  # THIS WEEK = 2024-W07 (no weekday named)
    ("escooter_ban_explainer.md", "Thursday", "2025-06-12"),  # publication date
    ("escooter_ban_explainer.md", "Thursday", "2025-06-05"),  # Last Thursday
    ("escooter_ban_explainer.md", "Monday", "2025-06-09"),    # On Monday
    ("brt_line_year_review.md", "Monday", "2025-12-29"),  # publication date (Last week = W52)
]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collect visible text nodes (outside head/script/style) with their offsets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []  # (start, text)
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in ("p", "div", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "br", "ul", "table"):
            self.text += "\n"

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if self.skip:
            return
        self.nodes.append((len(self.text), data))
        self.text += data


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        err(f"{where}: bad month {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= datetime.date(int(m.group(1)), 12, 28).isocalendar()[1]:
        err(f"{where}: bad ISO week {v}")


def sort_key(v):
    if v.startswith("BC"):
        return -int(v[2:])
    return int(v[:4].replace("X", "0"))


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        sources = [p for ext in ("txt", "md", "html") for p in [HERE / f"{name}.{ext}"] if p.exists()]
        if len(sources) != 1:
            err(f"{name}: expected exactly one source file, found {sources}")
            continue
        src = sources[0]
        ext = src.suffix[1:]
        meta_path = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{name}: meta unreadable: {e}")
            continue
        if set(meta) != META_KEYS:
            err(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                raise ValueError
        except (ValueError, KeyError):
            err(f"{name}: bad publication_date")
        if meta.get("format") != ext:
            err(f"{name}: meta format {meta.get('format')!r} != {ext}")
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(f"{name}: meta {k} empty")

        raw = src.read_text(encoding="utf-8")
        nodes = None
        if ext == "html":
            parser = Visible()
            parser.feed(raw)
            parser.close()
            text = parser.text
            nodes = parser.nodes
        else:
            text = raw

        pos = -1
        lines = gold.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                err(f"{where}: bad JSON {ex}")
                continue
            total += 1
            keys = set(e)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{where}: bad quote {q!r}")
                continue
            n = text.count(q)
            if n != 1:
                err(f"{where}: quote found {n} times: {q!r}")
                continue
            at = text.index(q)
            if at <= pos:
                err(f"{where}: quote out of text order: {q!r}")
            pos = at
            words = len(q.split())
            if words > 12:
                err(f"{where}: quote has {words} words (> 12)")
            if words < 8:
                after = text[at + len(q): at + len(q) + 1]
                if after not in ("", "\n"):
                    err(f"{where}: quote of {words} words is not the whole entry: {q!r}")
            if q[0] in "-•*·" or q.startswith(("- ", "* ")):
                err(f"{where}: quote starts with a bullet glyph")
            if ext == "html":
                if "<" in q or ">" in q or re.search(r"&(#\d+|[a-z]+);", q):
                    err(f"{where}: quote contains markup or an entity")
                inside = [t for s, t in nodes if q in t]
                if len(inside) != 1:
                    err(f"{where}: quote not inside exactly one text element: {q!r}")
            check_value(e["value"], where)
            if e["mod"] not in MODS:
                err(f"{where}: bad mod {e['mod']!r}")
            if e["value"] is None and (e["mod"] is not None or "end" in e):
                err(f"{where}: null value with mod/end")
            if "end" in e:
                check_value(e["end"], where + " end")
                if e["end"] is None or e["value"] is None:
                    err(f"{where}: end requires values")
                elif sort_key(e["end"]) < sort_key(e["value"]) or e["end"] == e["value"]:
                    err(f"{where}: end {e['end']} not after value {e['value']}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    err(f"{where}: {k} not a boolean")

    for fname, wd, d in WEEKDAYS:
        day = datetime.date.fromisoformat(d)
        if calendar.day_name[day.weekday()] != wd:
            err(f"weekday: {fname} says {wd} for {d}, calendar says {calendar.day_name[day.weekday()]}")
        if wd not in (HERE / fname).read_text(encoding="utf-8") and fname not in ("brt_line_year_review.md", "bank_levy_factbox.txt"):
            err(f"weekday: {wd} not in {fname}")

    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
