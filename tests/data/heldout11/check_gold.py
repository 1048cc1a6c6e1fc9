"""Self-check for the heldout11 chronology gold (standard library only, independent of keydates).

Checks, for every NAME.gold.jsonl in this folder:
- a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has exactly: title, publication_date (YYYY-MM-DD), format (txt|md|html), style;
- every gold line is a JSON object with keys quote, value, mod, [end], explicit, hard
  (in that order), of the right types;
- every quote occurs exactly once in the text as read (HTML: tags stripped, entities
  unescaped) and the quotes occur in text order; quotes are at most 12 words and, when
  shorter than 8 words, cover a whole sentence (end with '.');
- value / end are TIMEX3 forms allowed by the guide; end only with a value, not before it;
- mod is null or one of the guide's mods;
- every weekday the texts rely on (listed below) matches Python's calendar.
Exit status 0 when all is well; prints a summary line per file.
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

VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                      # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"                                        # seasons
    r"|\d{3}X|\d{2}XX"                                               # decade, century
    r"|BC\d{4})$"                                                    # BC year
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}

# Every weekday a text in this set relies on (date, weekday name), checked with calendar.
WEEKDAYS = [
    ("2020-01-29", "Wednesday"), ("2020-01-31", "Friday"),          # agency_brexit_keydates
    ("2021-02-01", "Monday"),                                         # broadcaster_myanmar_profile
    ("2019-12-23", "Monday"),                                         # newspaper_737max_longread
    ("2023-02-06", "Monday"), ("2023-02-07", "Tuesday"),              # live_quake_turkey_syria
    ("2022-11-18", "Friday"),                                         # agency_holmes_trial_timeline
    ("2026-03-10", "Tuesday"), ("2026-03-12", "Thursday"),
    ("2026-03-13", "Friday"),                                         # online_measles_explainer
    ("2016-05-28", "Saturday"), ("2016-05-29", "Sunday"),             # last weekend of May = 2016-W21-WE
    ("2016-09-13", "Tuesday"), ("2016-11-08", "Tuesday"),             # local_year_in_review_2016
    ("2023-11-02", "Thursday"), ("2023-11-03", "Friday"),             # online_ftx_collapse
    ("2018-08-28", "Tuesday"), ("2018-08-29", "Wednesday"),           # radio_maria_table
    ("2015-07-05", "Sunday"), ("2015-07-06", "Monday"),               # newspaper_greece_debt
    ("2019-04-21", "Sunday"),                                         # Easter Sunday 2019 (Sri Lanka)
    ("2021-08-15", "Sunday"), ("2021-08-26", "Thursday"),
    ("2021-08-30", "Monday"), ("2021-08-31", "Tuesday"),              # newspaper_afghanistan_20years
]
WEEKS = [("2016-W21-WE", "2016-05-28")]  # the ISO week of the named weekend


def read_text(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith(".html"):
        body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
        return html.unescape(re.sub(r"<[^>]+>", "", body))
    return raw


def value_ok(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    return True


def main():
    errors = []
    total = 0
    for w_date, w_name in WEEKDAYS:
        d = datetime.date.fromisoformat(w_date)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != w_name:
            errors.append(f"weekday: {w_date} is not a {w_name}")
    for week, day in WEEKS:
        d = datetime.date.fromisoformat(day)
        y, w, _ = d.isocalendar()
        if week[:8] != f"{y}-W{w:02d}":
            errors.append(f"week: {day} is not in {week}")

    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    if len(golds) < 12:
        errors.append(f"expected 12 chronologies, found {len(golds)}")
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, found {texts}")
            continue
        text = read_text(texts[0])
        ext = os.path.splitext(texts[0])[1][1:]
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            with open(mpath, encoding="utf-8") as f:
                meta = json.load(f)
        except (OSError, ValueError) as e:
            errors.append(f"{name}: meta unreadable: {e}")
            meta = {}
        if set(meta) != META_KEYS:
            errors.append(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
                raise ValueError
        except ValueError:
            errors.append(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != ext:
            errors.append(f"{name}: meta format {meta.get('format')!r} != file extension {ext!r}")
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                errors.append(f"{name}: meta {k} must be a non-empty string")

        last = -1
        n = 0
        with open(gpath, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    errors.append(f"{name}:{lineno}: blank line")
                    continue
                try:
                    g = json.loads(line)
                except ValueError as e:
                    errors.append(f"{name}:{lineno}: bad JSON: {e}")
                    continue
                n += 1
                where = f"{name}:{lineno}"
                keys = list(g)
                want = ["quote", "value", "mod"] + (["end"] if "end" in g else []) + ["explicit", "hard"]
                if keys != want:
                    errors.append(f"{where}: keys {keys} != {want}")
                q = g.get("quote")
                if not isinstance(q, str) or not q.strip():
                    errors.append(f"{where}: empty quote")
                    continue
                words = len(q.split())
                if words > 12:
                    errors.append(f"{where}: quote has {words} words (> 12)")
                if words < 8 and not q.rstrip().endswith("."):
                    errors.append(f"{where}: short quote ({words} words) that is not a whole sentence")
                c = text.count(q)
                if c != 1:
                    errors.append(f"{where}: quote found {c} times: {q!r}")
                else:
                    pos = text.index(q)
                    if pos <= last:
                        errors.append(f"{where}: quote out of text order: {q!r}")
                    last = pos
                v = g.get("value")
                if v is not None and not value_ok(v):
                    errors.append(f"{where}: bad value {v!r}")
                if g.get("mod") not in MODS:
                    errors.append(f"{where}: bad mod {g.get('mod')!r}")
                if "end" in g:
                    e = g["end"]
                    if v is None or not value_ok(e):
                        errors.append(f"{where}: bad end {e!r} (value {v!r})")
                    elif e <= v:
                        errors.append(f"{where}: end {e!r} not after value {v!r}")
                if v is None and (g.get("mod") is not None or "end" in g):
                    errors.append(f"{where}: null value with mod/end")
                for k in ("explicit", "hard"):
                    if not isinstance(g.get(k), bool):
                        errors.append(f"{where}: {k} must be true/false")
                if v is None and g.get("explicit"):
                    errors.append(f"{where}: null value but explicit")
        total += n
        print(f"{name:32s} {ext:4s} {meta.get('publication_date')}  {n:3d} entries")
    print(f"total: {len(golds)} chronologies, {total} gold entries")
    if total < 160:
        errors.append(f"only {total} gold entries (< 160)")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
