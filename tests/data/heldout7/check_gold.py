"""Consistency check for the heldout7 chronology gold (standard library only).

Independent of the keydates code. Run:
    /work/main/.venv/bin/python tests/data/heldout7/check_gold.py

Checks, for every NAME.gold.jsonl in this folder:
- a text NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (plus end for ranges), in the guide's order;
- every quote occurs exactly once in the text (for HTML: in the raw file and in the
  tag-stripped, entity-decoded text), quotes follow text order, have at most 12 words,
  and start with no bullet glyph or surrounding white space;
- value and end are TIMEX3 forms named by the guide (and real calendar dates), an end is
  not earlier than its value, mod is null or a TIMEX3 mod;
- meta has title, publication_date (a real YYYY-MM-DD), format (matching the text's
  extension) and a style note;
- every weekday written in the texts (listed in WEEKDAYS below) agrees with the calendar;
- the set has 12 chronologies and at least 160 gold entries.
Exits non-zero and lists every problem when something is wrong.
"""
import calendar
import datetime
import html
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = ["quote", "value", "mod", "explicit", "hard"]
KEYS_RANGE = ["quote", "value", "mod", "end", "explicit", "hard"]
BULLETS = ("-", "•", "*", "::", "–", "—", "·")

# (file stem, phrase in the text, ISO date it refers to, weekday the text claims)
WEEKDAYS = [
    ("longread_microsoft_trial", "Friday 18 May 2018", "2018-05-18", "Friday"),
    ("longread_microsoft_trial", "Friday, November 5, 1999", "1999-11-05", "Friday"),
    ("profile_mandela", "on Thursday evening", "2013-12-05", "Thursday"),
    ("season_recap_ashford_rovers", "Saturday 5 August", "2023-08-05", "Saturday"),
    ("season_recap_ashford_rovers", "A week later", "2023-08-12", "Saturday"),
    ("season_recap_ashford_rovers", "Tuesday 5 March", "2024-03-05", "Tuesday"),
    ("season_recap_ashford_rovers", "Easter Monday", "2024-04-01", "Monday"),
    ("season_recap_ashford_rovers", "last Saturday", "2024-05-18", "Saturday"),
    ("live_severn_floods", "on Wednesday evening", "2025-03-12", "Wednesday"),
    ("live_severn_floods", "on Sunday", "2025-03-09", "Sunday"),
    ("live_severn_floods", "until at least Monday", "2025-03-17", "Monday"),
    ("brexit_explainer", "On Wednesday", "2020-01-29", "Wednesday"),
]
# publication dates against which weekday words are resolved
PUB_WEEKDAYS = {
    "live_severn_floods": "Friday",
    "brexit_explainer": "Friday",
    "profile_mandela": "Friday",
    "season_recap_ashford_rovers": "Monday",
}


def easter(year):
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def valid_value(v):
    """Return a sortable key for a TIMEX3 value, or None when the form is not allowed."""
    m = re.fullmatch(r"BC(\d{4})", v)
    if m:
        return (-int(m.group(1)), 0, 0)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    if m:
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else 0
        d = int(m.group(3)) if m.group(3) else 0
        if mo and not 1 <= mo <= 12:
            return None
        if d and not 1 <= d <= calendar.monthrange(max(y, 1), mo)[1]:
            return None
        return (y, mo, d)
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        if not 1 <= w <= datetime.date(y, 12, 28).isocalendar()[1]:
            return None
        day = datetime.date.fromisocalendar(y, w, 6 if m.group(3) else 1)
        return (y, day.month, day.day)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        return (int(m.group(1)), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)], 0)
    m = re.fullmatch(r"(\d{3})X", v)
    if m:
        return (int(m.group(1)) * 10, 0, 0)
    m = re.fullmatch(r"(\d{2})XX", v)
    if m:
        return (int(m.group(1)) * 100, 0, 0)
    return None


def html_text(raw):
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    body = re.sub(r"<[^>]+>", " ", body)
    return html.unescape(body)


def main():
    problems = []
    total = 0
    stems = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    for stem in stems:
        texts = [HERE / f"{stem}.{ext}" for ext in ("txt", "md", "html")]
        texts = [t for t in texts if t.exists()]
        if len(texts) != 1:
            problems.append(f"{stem}: expected exactly one text file, found {len(texts)}")
            continue
        tpath = texts[0]
        raw = tpath.read_text(encoding="utf-8")
        haystacks = [raw] + ([html_text(raw)] if tpath.suffix == ".html" else [])

        mpath = HERE / f"{stem}.meta.json"
        pub = None
        if not mpath.exists():
            problems.append(f"{stem}: missing meta.json")
        else:
            meta = json.loads(mpath.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                    problems.append(f"{stem}: meta key {k!r} missing or empty")
            try:
                pub = datetime.date.fromisoformat(meta.get("publication_date", ""))
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                    raise ValueError
            except ValueError:
                problems.append(f"{stem}: publication_date is not YYYY-MM-DD")
            if meta.get("format") != tpath.suffix[1:]:
                problems.append(f"{stem}: meta format {meta.get('format')!r} != {tpath.suffix[1:]}")
            title = meta.get("title", "")
            if title and title not in html.unescape(raw):
                problems.append(f"{stem}: meta title not found in the text")
            if stem in PUB_WEEKDAYS and pub and calendar.day_name[pub.weekday()] != PUB_WEEKDAYS[stem]:
                problems.append(f"{stem}: publication date {pub} is not a {PUB_WEEKDAYS[stem]}")

        lines = tpath.with_name(f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines()
        last = [-1] * len(haystacks)
        for n, line in enumerate(lines, 1):
            where = f"{stem}.gold.jsonl:{n}"
            if not line.strip():
                problems.append(f"{where}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: bad JSON ({e})")
                continue
            if list(o) not in (KEYS, KEYS_RANGE):
                problems.append(f"{where}: keys {list(o)} not in the guide's form/order")
                continue
            total += 1
            q = o["quote"]
            if not isinstance(q, str) or not q or q != q.strip():
                problems.append(f"{where}: quote empty or padded")
                continue
            if q.startswith(BULLETS):
                problems.append(f"{where}: quote starts with a bullet glyph")
            if len(q.split()) > 12:
                problems.append(f"{where}: quote has {len(q.split())} words (> 12)")
            for i, h in enumerate(haystacks):
                c = h.count(q)
                if c != 1:
                    problems.append(f"{where}: quote found {c} times ({'raw' if i == 0 else 'extracted'}): {q!r}")
                    continue
                pos = h.find(q)
                if pos <= last[i]:
                    problems.append(f"{where}: quote out of text order: {q!r}")
                last[i] = pos
            v = o["value"]
            if v is not None:
                if not isinstance(v, str) or valid_value(v) is None:
                    problems.append(f"{where}: bad value {v!r}")
            if o["mod"] not in MODS:
                problems.append(f"{where}: bad mod {o['mod']!r}")
            if "end" in o:
                e = o["end"]
                if v is None or not isinstance(e, str) or valid_value(e) is None:
                    problems.append(f"{where}: bad end {e!r}")
                elif valid_value(e) < valid_value(v):
                    problems.append(f"{where}: end {e} before value {v}")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    problems.append(f"{where}: {k} is not a boolean")
            if v is None and o["explicit"]:
                problems.append(f"{where}: explicit entry with a null value")

    for stem, phrase, iso, dayname in WEEKDAYS:
        paths = [p for p in HERE.glob(f"{stem}.*") if p.suffix in (".txt", ".md", ".html")]
        if not paths or phrase not in paths[0].read_text(encoding="utf-8"):
            problems.append(f"weekday check: {phrase!r} not in {stem}")
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != dayname:
            problems.append(f"weekday check: {iso} is a {calendar.day_name[d.weekday()]}, not {dayname}")
    if easter(2024) + datetime.timedelta(days=1) != datetime.date(2024, 4, 1):
        problems.append("Easter Monday 2024 is not 1 April")

    if len(stems) != 12:
        problems.append(f"expected 12 chronologies, found {len(stems)}")
    if total < 160:
        problems.append(f"expected at least 160 gold entries, found {total}")

    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(stems)} chronologies, {total} gold entries, {len(problems)} problems")
    for stem in stems:
        n = sum(1 for l in (HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip())
        print(f"  {stem}: {n}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
