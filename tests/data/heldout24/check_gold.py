"""Independent sanity check for the heldout24 chronology gold (standard library only).

Checks, per chronology: a text file (.txt/.md/.html), a .gold.jsonl and a .meta.json exist;
every gold line has exactly the guide's keys; every quote occurs exactly once in the text and
the quotes occur in text order; value/end forms are TIMEX3 forms allowed by the guide; mod is
null or an allowed TIMEX3 mod; meta has title, publication_date (valid YYYY-MM-DD), format,
style. Also re-verifies, with the calendar module, every weekday the texts rely on.
Run: /work/main/.venv/bin/python tests/data/heldout24/check_gold.py
"""
import calendar
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
EXTS = (".txt", ".md", ".html")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"      # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"                          # seasons
    r"|\d{3}X|\d{2}XX"                                 # decades, centuries
    r"|BC\d{4})$"                                      # BC years
)
REQUIRED = ["quote", "value", "mod", "explicit", "hard"]
META_KEYS = {"title", "publication_date", "format", "style"}
# (file, date, weekday) pairs the texts or gold rely on; checked with calendar.
WEEKDAYS = [
    ("voyager2_key_dates", (2023, 8, 7), "Monday"),      # publication day
    ("voyager2_key_dates", (2023, 8, 4), "Friday"),      # "On Friday"
    ("volcano_live", (2025, 3, 14), "Friday"),           # "Friday 14 March 2025"
    ("volcano_live", (2025, 3, 13), "Thursday"),         # "on Thursday"
    ("volcano_live", (2025, 3, 12), "Wednesday"),        # "since Wednesday morning"
    ("birdflu_explainer", (2024, 11, 20), "Wednesday"),  # "Wednesday 20 November 2024"
    ("birdflu_explainer", (2024, 11, 11), "Monday"),     # "Monday last week"
    ("birdflu_explainer", (2024, 11, 14), "Thursday"),   # "On Thursday"
    ("birdflu_explainer", (2024, 11, 16), "Saturday"),   # "Over the weekend" = 2024-W46-WE
    ("birdflu_explainer", (2024, 11, 18), "Monday"),     # "On Monday"
    ("mandela_profile", (2013, 12, 5), "Thursday"),      # "Dies on Thursday"
    ("mandela_profile", (2013, 12, 6), "Friday"),        # publication day
    ("club_history", (2023, 10, 7), "Saturday"),         # "Sat 7 Oct 2023"
    ("kettleby_year_review", (2023, 5, 6), "Saturday"),  # "On Saturday 6 May"
    ("kettleby_year_review", (2023, 12, 1), "Friday"),   # "on Friday 1 December"
    ("kettleby_year_review", (2023, 4, 8), "Saturday"),  # Easter weekend = 2023-W14-WE
]
ISO_WEEKS = [((2024, 11, 16), "2024-W46"), ((2023, 4, 8), "2023-W14"), ((2025, 3, 10), "2025-W11")]


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            return False
    return True


def main():
    errors = []
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / (name + e) for e in EXTS if (HERE / (name + e)).exists()]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        text = texts[0].read_text(encoding="utf-8")
        meta_p = HERE / (name + ".meta.json")
        if not meta_p.exists():
            errors.append(f"{name}: missing meta.json")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{name}: meta keys {sorted(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != texts[0].suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix}")
            for k in ("title", "style"):
                if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                    errors.append(f"{name}: meta {k} empty")
        last = -1
        n = 0
        for ln, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{ln}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            o = json.loads(line)
            n += 1
            keys = list(o)
            allowed = REQUIRED + (["end"] if "end" in o else [])
            if set(keys) != set(allowed):
                errors.append(f"{where}: keys {keys}")
            q = o.get("quote")
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            if len(q.split()) > 12:
                errors.append(f"{where}: quote longer than 12 words")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                pos = text.find(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last = pos
            if q[:1] in "-•*–":
                errors.append(f"{where}: quote starts with a bullet glyph")
            v = o.get("value")
            if v is not None and not valid_value(v):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in o:
                if v is None or not valid_value(o["end"]):
                    errors.append(f"{where}: bad end {o['end']!r}")
                elif o["end"][:2] != "BC" and v[:2] != "BC" and o["end"] < v:
                    errors.append(f"{where}: end before value")
            if o.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {o.get('mod')!r}")
            if v is None and o.get("mod") is not None:
                errors.append(f"{where}: mod on null value")
            for k in ("explicit", "hard"):
                if not isinstance(o.get(k), bool):
                    errors.append(f"{where}: {k} not boolean")
        total += n
        print(f"{name:34s} {n:3d} entries")
    for name, ymd, day in WEEKDAYS:
        got = calendar.day_name[calendar.weekday(*ymd)]
        if got != day:
            errors.append(f"{name}: {ymd} is a {got}, not {day}")
    for ymd, week in ISO_WEEKS:
        y, w, _ = datetime.date(*ymd).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"{ymd} is in {y}-W{w:02d}, not {week}")
    print(f"{'TOTAL':34s} {total:3d} entries in {len(golds)} files")
    if len(golds) != 12:
        errors.append(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
