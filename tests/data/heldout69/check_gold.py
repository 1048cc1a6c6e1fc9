"""Consistency check for the heldout69 chronology gold (standard library only).

Independent of keydates: checks file layout, meta keys, gold JSON keys and value forms,
that every quote is visible text found exactly once and in text order, and that every
weekday the texts (or their annotations) rely on is right by Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout69/check_gold.py
"""
import calendar
import datetime as dt
import html
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
EXTS = {".txt": "txt", ".md": "md", ".html": "html"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?|-W\d{2}(?:-WE)?|-(?:SP|SU|FA|WI))?"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
# (file stem, ISO date, weekday name): every weekday stated in a text or used to resolve one
WEEKDAYS = [
    ("riverton_floods_live", "2024-02-08", "Thursday"),   # publication date; "on Monday" -> 02-05
    ("riverton_floods_live", "2024-02-05", "Monday"),
    ("riverton_floods_live", "2024-02-07", "Wednesday"),
    ("riverton_floods_live", "2024-02-06", "Tuesday"),
    ("ever_given_longread", "2021-03-23", "Tuesday"),
    ("ever_given_longread", "2021-03-24", "Wednesday"),
    ("ever_given_longread", "2021-03-26", "Friday"),
    ("ever_given_longread", "2021-03-27", "Saturday"),
    ("ever_given_longread", "2021-03-28", "Sunday"),
    ("ever_given_longread", "2021-03-29", "Monday"),
    ("ever_given_longread", "2021-03-30", "Tuesday"),
    ("mandela_profile", "2013-12-06", "Friday"),          # publication date
    ("mandela_profile", "2013-12-05", "Thursday"),        # "on Thursday evening"
    ("kellgate_rovers_season", "2023-04-15", "Saturday"),
    ("harwick_strike_explainer", "2025-03-14", "Friday"),  # "Published Friday 14 March 2025"
    ("harwick_strike_explainer", "2025-03-11", "Tuesday"),  # "last Tuesday"
    ("millbrook_2023_review", "2023-12-29", "Friday"),     # publication date
    ("millbrook_2023_review", "2023-12-23", "Saturday"),   # "last Saturday"
    ("brexit_timeline", "2020-01-31", "Friday"),           # dateline "on Friday"
    ("hollins_bay_history", "2022-10-08", "Saturday"),     # furniture "Sat 8 Oct 2022"
]
# ISO weeks used as gold values: (date the week is derived from, expected value)
ISO_WEEKS = [("2023-05-13", "2023-W19"),   # week after Sat 6 May 2023 (week 18)
             ("2025-02-21", "2025-W08")]   # three weeks before Fri 14 March 2025

errors = []


def err(msg):
    errors.append(msg)


def html_nodes(raw):
    """Visible text nodes of an HTML page (head/script/style dropped, entities decoded)."""
    raw = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    return [html.unescape(t) for t in re.split(r"<[^>]*>", raw)]


def check_value(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        err(f"{where}: bad week {v}")


def sort_key(v):
    """Rough chronological key for value/end ordering (BC negative)."""
    if v.startswith("BC"):
        return (-int(v[2:]), "")
    return (int(v[:4].replace("X", "0")), v[4:])


def main():
    for stem, day, name in WEEKDAYS:
        d = dt.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != name:
            err(f"{stem}: {day} is a {calendar.day_name[d.weekday()]}, not {name}")
    for day, week in ISO_WEEKS:
        y, w, _ = dt.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != week:
            err(f"ISO week of {day} is {y}-W{w:02d}, not {week}")

    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gold in golds:
        stem = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (stem + e) for e in EXTS if (HERE / (stem + e)).exists()]
        if len(texts) != 1:
            err(f"{stem}: expected exactly one text file, found {texts}")
            continue
        text_path = texts[0]
        fmt = EXTS[text_path.suffix]
        raw = text_path.read_text(encoding="utf-8")

        meta_path = HERE / (stem + ".meta.json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            err(f"{stem}: meta unreadable: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(f"{stem}: meta key {k} missing or empty")
        try:
            dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                raise ValueError
        except (ValueError, KeyError):
            err(f"{stem}: publication_date not YYYY-MM-DD")
        if meta.get("format") != fmt:
            err(f"{stem}: meta format {meta.get('format')!r} != {fmt}")

        if fmt == "html":
            nodes = html_nodes(raw)
            visible = "\n".join(nodes)
        else:
            nodes = None
            visible = raw

        last = -1
        lines = gold.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                err(f"{where}: bad JSON: {e}")
                continue
            total += 1
            keys = set(obj)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{where}: bad quote {q!r}")
                continue
            nwords = len(q.split())
            if not 4 <= nwords <= 12:
                err(f"{where}: quote has {nwords} words")
            if q[0] in "•-*–—·:" or re.search(r"<[^>]+>|&[#\w]+;", q):
                err(f"{where}: quote starts with a bullet or holds markup/entities: {q!r}")
            if fmt == "md" and ("**" in q or q.startswith("#")):
                err(f"{where}: Markdown markup in quote {q!r}")
            n = visible.count(q)
            if n != 1:
                err(f"{where}: quote found {n} times: {q!r}")
                continue
            if fmt == "html" and sum(node.count(q) for node in nodes) != 1:
                err(f"{where}: quote not inside a single HTML text node: {q!r}")
            pos = visible.find(q)
            if pos <= last:
                err(f"{where}: quote out of text order")
            last = pos
            check_value(obj["value"], where)
            if obj["mod"] not in MODS:
                err(f"{where}: bad mod {obj['mod']!r}")
            if not isinstance(obj["explicit"], bool) or not isinstance(obj["hard"], bool):
                err(f"{where}: explicit/hard must be booleans")
            if obj["value"] is None and (obj["mod"] or "end" in obj):
                err(f"{where}: null value with mod/end")
            if "end" in obj:
                check_value(obj["end"], where + " end")
                if obj["end"] is None:
                    err(f"{where}: end present but null")
                elif obj["value"] and isinstance(obj["end"], str) and VALUE_RE.match(obj["end"]):
                    if sort_key(obj["end"]) <= sort_key(obj["value"]):
                        err(f"{where}: end {obj['end']} not after value {obj['value']}")
        print(f"{stem:28s} {fmt:4s} {len(lines):3d} entries")

    for meta_path in HERE.glob("*.meta.json"):
        if not (HERE / meta_path.name.replace(".meta.json", ".gold.jsonl")).exists():
            err(f"{meta_path.name}: no gold file")
    print(f"{len(golds)} files, {total} gold entries")
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
