"""Self-check of the heldout34 gold files (standard library only, independent of keydates)."""
import calendar, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)"
                   r"|\d{3}X|\d{2}XX|BC\d{4})$")
META = {"title", "publication_date", "format", "style"}
# every weekday name used in the texts, checked against the calendar
WEEKDAYS = [("2024-10-18", "Friday"), ("2024-10-13", "Sunday"), ("2024-10-15", "Tuesday"),
            ("2024-10-16", "Wednesday"), ("2024-10-17", "Thursday"), ("2024-01-21", "Sunday"),
            ("2024-01-22", "Monday"), ("2023-11-09", "Thursday"), ("2025-06-06", "Friday"),
            ("2025-06-03", "Tuesday"), ("2025-04-21", "Monday"), ("2023-05-13", "Saturday")]


def check_value(v, where, errs):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE.match(v):
        errs.append(f"{where}: bad value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        y, mo, d = map(int, m.groups())
        if d < 1 or d > calendar.monthrange(y, mo)[1]:
            errs.append(f"{where}: impossible day {v}")


def main():
    errs, total, docs = [], 0, 0
    for d, name in WEEKDAYS:
        y, m, dd = map(int, d.split("-"))
        if calendar.day_name[calendar.weekday(y, m, dd)] != name:
            errs.append(f"weekday {d} is not {name}")
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / f"{stem}.{e}" for e in ("txt", "md", "html") if (HERE / f"{stem}.{e}").exists()]
        if len(srcs) != 1:
            errs.append(f"{stem}: expected exactly one source file, got {srcs}")
            continue
        text = srcs[0].read_text(encoding="utf-8")
        docs += 1
        meta_p = HERE / f"{stem}.meta.json"
        if not meta_p.exists():
            errs.append(f"{stem}: no meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) != META:
                errs.append(f"{stem}: meta keys {sorted(meta)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
                errs.append(f"{stem}: bad publication_date")
            if meta.get("format") != srcs[0].suffix[1:]:
                errs.append(f"{stem}: format {meta.get('format')} != {srcs[0].suffix}")
        pos = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{stem}:{i}"
            if not line.strip():
                errs.append(f"{where}: blank line"); continue
            r = json.loads(line)
            total += 1
            keys = set(r)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errs.append(f"{where}: keys {sorted(keys)}")
            q = r.get("quote", "")
            n = len(q.split())
            if not 8 <= n <= 12:
                errs.append(f"{where}: quote has {n} words")
            c = text.count(q)
            if c != 1:
                errs.append(f"{where}: quote found {c} times: {q!r}")
            else:
                at = text.index(q)
                if at <= pos:
                    errs.append(f"{where}: quote out of order")
                pos = at
            check_value(r.get("value"), where, errs)
            if "end" in r:
                if r["end"] is None:
                    errs.append(f"{where}: end present but null")
                check_value(r["end"], where, errs)
            if r.get("mod") not in MODS:
                errs.append(f"{where}: bad mod {r.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(r.get(k), bool):
                    errs.append(f"{where}: {k} not bool")
    if docs != 12:
        errs.append(f"expected 12 chronologies, found {docs}")
    if total < 160:
        errs.append(f"expected at least 160 entries, found {total}")
    for e in errs:
        print("ERROR", e)
    print(f"{docs} chronologies, {total} gold entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
