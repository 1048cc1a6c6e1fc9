"""Independent checker for the heldout56 gold set (standard library only).

Run: /work/main/.venv/bin/python tests/data/heldout56/check_gold.py
Checks every NAME.gold.jsonl against its text (NAME.txt/.md/.html) and NAME.meta.json.
It does not import keydates.
"""
import calendar
import datetime
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RE = re.compile(
    r"^(?:BC)?(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-W(?P<w>\d{2})(?:-WE)?|-(?:SP|SU|FA|WI))?$"
    r"|^\d{3}X$|^\d{2}XX$")
INLINE = re.compile(r"</?(?:strong|b|em|i|a|span|abbr)(?:\s[^>]*)?>", re.I)

# Every weekday the texts or the gold rely on, verified with the calendar module.
WEEKDAYS = [
    ((2020, 1, 29), "Wednesday"), ((2020, 1, 31), "Friday"),       # brexit
    ((2025, 3, 8), "Saturday"), ((2025, 3, 7), "Friday"), ((2025, 3, 6), "Thursday"),  # harbour
    ((2019, 2, 14), "Thursday"),                                    # chip plant
    ((2024, 12, 28), "Saturday"), ((2024, 12, 21), "Saturday"),     # riverton
    ((2013, 12, 5), "Thursday"),                                    # mandela
    ((2022, 9, 8), "Thursday"), ((2023, 5, 20), "Saturday"),        # city fc
    ((2023, 11, 15), "Wednesday"), ((2023, 11, 9), "Thursday"),     # rail strike
    ((2023, 11, 12), "Sunday"), ((2023, 11, 13), "Monday"), ((2023, 10, 2), "Monday"),
    ((2025, 4, 3), "Thursday"),                                     # volcano
]


def read_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "\n", raw)
    raw = INLINE.sub("", raw)
    raw = re.sub(r"<[^>]+>", "\n", raw)
    return html.unescape(raw)


def check_value(v, where, errors):
    if v is None:
        return
    m = VALUE_RE.match(v) if isinstance(v, str) else None
    if not m:
        errors.append(f"{where}: bad value form {v!r}")
        return
    if m.group("m"):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            errors.append(f"{where}: bad month {v}")
        elif m.group("d"):
            y = int(m.group("y"))
            if v.startswith("BC"):
                y = 4  # day validity only; any leap year will do for a BC date check
            try:
                datetime.date(max(y, 1), mo, int(m.group("d")))
            except ValueError:
                errors.append(f"{where}: impossible day {v}")
    if m.group("w") and not 1 <= int(m.group("w")) <= 53:
        errors.append(f"{where}: bad week {v}")


def main():
    errors = []
    total = 0
    for d, name in WEEKDAYS:
        got = calendar.day_name[calendar.weekday(*d)]
        if got != name:
            errors.append(f"weekday {d}: is {got}, not {name}")
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for g in golds:
        base = g[: -len(".gold.jsonl")]
        name = os.path.basename(base)
        texts = [base + e for e in (".txt", ".md", ".html") if os.path.exists(base + e)]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        text = read_text(texts[0])
        meta_p = base + ".meta.json"
        if not os.path.exists(meta_p):
            errors.append(f"{name}: missing meta")
        else:
            meta = json.load(open(meta_p, encoding="utf-8"))
            if not META_KEYS <= set(meta):
                errors.append(f"{name}: meta lacks {META_KEYS - set(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != os.path.splitext(texts[0])[1][1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != file extension")
        pos = -1
        for i, line in enumerate(open(g, encoding="utf-8"), 1):
            where = f"{name}:{i}"
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(o)
            if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
                continue
            at = text.index(q)
            if at <= pos:
                errors.append(f"{where}: quote out of text order: {q!r}")
            pos = at
            words = len(q.split())
            after = text[at + len(q): at + len(q) + 1]
            if words > 12:
                errors.append(f"{where}: quote longer than 12 words")
            if words < 8 and after not in ("", "\n") and not q.endswith((".", "!", "?")):
                errors.append(f"{where}: short quote ({words} words) that is not a whole entry")
            before = text[max(0, at - 2): at]
            if not (at == 0 or before.endswith("\n") or re.search(r"[.!?\"] $|[-•*>] $", before)):
                errors.append(f"{where}: quote does not start an entry or clause: {before!r}")
            check_value(o["value"], where, errors)
            if o["mod"] not in MODS:
                errors.append(f"{where}: bad mod {o['mod']!r}")
            if "end" in o:
                if o["end"] is None:
                    errors.append(f"{where}: end present but null")
                check_value(o["end"], where + " end", errors)
                if o["value"] is None:
                    errors.append(f"{where}: end without value")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    errors.append(f"{where}: {k} not boolean")
            if o["value"] is None and (o["explicit"] or o["hard"] or o["mod"]):
                errors.append(f"{where}: null value with explicit/hard/mod set")
    metas = glob.glob(os.path.join(HERE, "*.meta.json"))
    if len(metas) != len(golds):
        errors.append(f"{len(metas)} meta files for {len(golds)} gold files")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} errors")
    if total < 160:
        print("ERROR fewer than 160 entries")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
