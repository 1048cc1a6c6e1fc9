"""Structural check of the heldout32 chronology gold (standard library only, independent of keydates).

Run: /work/main/.venv/bin/python tests/data/heldout32/check_gold.py
"""
import calendar
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
                   r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?"
                   r"|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
EXTS = (".txt", ".md", ".html")

# Every weekday named next to a date in the set, checked with the calendar module.
WEEKDAYS = [
    ((1986, 4, 25), "Friday"), ((1986, 4, 26), "Saturday"), ((1986, 4, 27), "Sunday"),
    ((1986, 4, 28), "Monday"),            # chernobyl_longread headings
    ((2022, 9, 6), "Tuesday"),            # elizabeth_ii_profile "On Tuesday" (published Thu 2022-09-08)
    ((2022, 9, 8), "Thursday"),
    ((2025, 3, 14), "Friday"), ((2025, 3, 13), "Thursday"),  # quake_live day headings
    ((2024, 6, 5), "Wednesday"), ((2024, 6, 3), "Monday"),   # referendum_explainer
    ((2024, 6, 9), "Sunday"),             # referendum day "Sunday"
    ((2019, 4, 6), "Saturday"), ((2019, 6, 21), "Friday"),   # millbrook_2019_review
    ((2024, 1, 2), "Tuesday"), ((2024, 1, 5), "Friday"),     # air_disasters_table
    ((1954, 4, 26), "Monday"), ((1955, 4, 12), "Tuesday"),   # polio_vaccine_timeline
]
# ISO weeks used in gold values: (date inside the week, expected value)
WEEKS = [((2024, 5, 29), "2024-W22"), ((2019, 6, 22), "2019-W25-WE")]


def main() -> int:
    errors = []
    total = 0
    for (y, m, d), name in WEEKDAYS:
        if calendar.day_name[calendar.weekday(y, m, d)] != name:
            errors.append(f"weekday: {y}-{m:02}-{d:02} is not a {name}")
    for (y, m, d), val in WEEKS:
        iy, iw, _ = datetime.date(y, m, d).isocalendar()
        if not val.startswith(f"{iy}-W{iw:02}"):
            errors.append(f"iso week: {y}-{m}-{d} is not in {val}")
    golds = sorted(HERE.glob("*.gold.jsonl"))
    if len(golds) != 12:
        errors.append(f"expected 12 chronologies, found {len(golds)}")
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (name + e) for e in EXTS if (HERE / (name + e)).exists()]
        if len(texts) != 1:
            errors.append(f"{name}: need exactly one text file, found {texts}")
            continue
        text = texts[0].read_text(encoding="utf-8")
        meta_p = HERE / f"{name}.meta.json"
        if not meta_p.exists():
            errors.append(f"{name}: missing meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if not META_KEYS <= set(meta):
                errors.append(f"{name}: meta keys {sorted(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            n += 1
            where = f"{name}:{i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            keys = set(g)
            if not KEYS <= keys or keys - KEYS - OPTIONAL:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            if len(q.split()) > 12:
                errors.append(f"{where}: quote longer than 12 words")
            if q.lstrip()[:1] in "•-*·:" and not q[:1].isdigit():
                errors.append(f"{where}: quote starts with a bullet glyph {q!r}")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
                continue
            pos = text.index(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            v = g["value"]
            if v is not None and not (isinstance(v, str) and VALUE.match(v)):
                errors.append(f"{where}: bad value {v!r}")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                e = g["end"]
                if not (isinstance(e, str) and VALUE.match(e)):
                    errors.append(f"{where}: bad end {e!r}")
                elif v is None:
                    errors.append(f"{where}: end without value")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errors.append(f"{where}: {k} not a bool")
            if v is not None and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                try:
                    datetime.date.fromisoformat(v)
                except ValueError:
                    errors.append(f"{where}: impossible date {v}")
        if n == 0:
            errors.append(f"{name}: empty gold")
        total += n
    if total < 160:
        errors.append(f"only {total} gold entries (need >= 160)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
