"""Consistency check for the heldout139 gold files (independent of keydates code).

Checks, for every NAME.gold.jsonl in this folder:
- a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- every line is a JSON object with exactly the guide's keys (quote, value, mod, explicit,
  hard, and `end` only for ranges);
- every quote occurs exactly once in the file, quotes appear in text order, 8-12 words
  (shorter only when the whole entry/clause is shorter), no bullet glyphs at the start;
- value / end forms are TIMEX3 forms allowed by the guide, mod from the allowed set;
- HTML files: the quote is visible text inside one element (no tag, no entity inside the
  span, the span sits inside a single text node found by html.parser) and never in <head>,
  <script> or <style>;
- meta keys: title, publication_date (YYYY-MM-DD), format, style.
Run: /work/main/.venv/bin/python tests/data/heldout139/check_gold.py
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
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decade, century
    r"|BC\d{4})$")                          # BC year
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
BULLETS = ("•", "-", "*", "::", "–", "—", "·")


class TextNodes(HTMLParser):
    """Collect (start, end) offsets in the raw source of visible text nodes."""

    def __init__(self, src):
        super().__init__(convert_charrefs=False)
        self.src = src
        self.line_starts = [0]
        for m in re.finditer("\n", src):
            self.line_starts.append(m.end())
        self.skip = 0
        self.nodes = []

    def _pos(self):
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            start = self._pos()
            self.nodes.append((start, start + len(data)))


def valid_value(v):
    return v is None or (isinstance(v, str) and bool(VALUE_RE.match(v)))


def check(gold_path, errors):
    name = os.path.basename(gold_path)[: -len(".gold.jsonl")]
    texts = [p for p in (os.path.join(HERE, name + ext) for ext in (".txt", ".md", ".html"))
             if os.path.exists(p)]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, found {texts}")
        return 0
    text_path = texts[0]
    src = open(text_path, encoding="utf-8").read()
    is_html = text_path.endswith(".html")
    nodes = None
    if is_html:
        parser = TextNodes(src)
        parser.feed(src)
        parser.close()
        nodes = parser.nodes
    meta_path = os.path.join(HERE, name + ".meta.json")
    if not os.path.exists(meta_path):
        errors.append(f"{name}: missing meta.json")
    else:
        meta = json.load(open(meta_path, encoding="utf-8"))
        missing = META_KEYS - set(meta)
        if missing:
            errors.append(f"{name}: meta missing {sorted(missing)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
            errors.append(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        ext = os.path.splitext(text_path)[1][1:]
        if meta.get("format") != ext:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {ext!r}")
    last = -1
    count = 0
    with open(gold_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"{name}:{n}: blank line")
                continue
            where = f"{name}:{n}"
            try:
                obj = json.loads(line)
            except ValueError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            count += 1
            keys = set(obj)
            if not REQUIRED <= keys or keys - REQUIRED - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            if q != q.strip() or q.startswith(BULLETS):
                errors.append(f"{where}: quote has edge space or bullet glyph: {q!r}")
            words = len(q.split())
            occ = [m.start() for m in re.finditer(re.escape(q), src)]
            # 8-12 words; fewer only when the quote is the whole (short) entry
            ends_entry = len(occ) == 1 and src[occ[0] + len(q): occ[0] + len(q) + 1] in ("\n", "<", "")
            if words > 12 or (words < 8 and not ends_entry):
                errors.append(f"{where}: quote has {words} words: {q!r}")
            if len(occ) != 1:
                errors.append(f"{where}: quote found {len(occ)} times: {q!r}")
                continue
            pos = occ[0]
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            if is_html:
                if re.search(r"[<>&]", q):
                    errors.append(f"{where}: HTML quote contains tag/entity characters: {q!r}")
                if not any(s <= pos and pos + len(q) <= e for s, e in nodes):
                    errors.append(f"{where}: HTML quote not inside one visible text node: {q!r}")
            else:
                if re.search(r"[*_`\[\]<>]", q):
                    errors.append(f"{where}: quote contains markup characters: {q!r}")
            if not valid_value(obj["value"]):
                errors.append(f"{where}: bad value {obj['value']!r}")
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                if obj["end"] is None or not valid_value(obj["end"]) or obj["value"] is None:
                    errors.append(f"{where}: bad end {obj.get('end')!r}")
            for key in ("explicit", "hard"):
                if not isinstance(obj[key], bool):
                    errors.append(f"{where}: {key} not boolean")
            if obj["value"] is None and (obj["mod"] is not None or obj["explicit"]):
                errors.append(f"{where}: null value with mod/explicit set")
    if count == 0:
        errors.append(f"{name}: no gold entries")
    return count


# Every weekday written in the texts, with the date it names (verified with calendar).
WEEKDAY_CLAIMS = [
    ("council_ransomware_live.txt", "Thursday 13 March 2025", "2025-03-13"),
    ("council_ransomware_live.txt", "Wednesday 12 March", "2025-03-12"),
    ("council_ransomware_live.txt", "Tuesday 11 March", "2025-03-11"),
    ("council_ransomware_live.txt", "on Monday", "2025-03-10"),       # relative to 2025-03-13
    ("council_ransomware_live.txt", "on Tuesday", "2025-03-11"),      # relative to 2025-03-13
    ("airport_runway_longread.txt", "Saturday 7 October 2023", "2023-10-07"),
    ("airport_runway_longread.txt", "Tuesday 14 March 2023", "2023-03-14"),
    ("tennis_rivalry_recap.md", "Saturday 11 September", "2021-09-11"),
    ("tennis_rivalry_recap.md", "On Sunday", "2024-09-08"),           # relative to 2024-09-09
    ("fuel_duty_explainer.html", "Wed 19 Nov 2025", "2025-11-19"),
    ("fuel_duty_explainer.html", "On Monday", "2025-11-17"),          # relative to 2025-11-19
    ("fuel_duty_explainer.html", "next Wednesday, 26 November", "2025-11-26"),
    ("cholera_outbreak_keydates.txt", "said on Thursday", "2025-02-06"),
    ("university_history_dl.html", "Saturday 21 June", "2025-06-21"),
    ("allotment_society_blog.txt", "Easter Monday 1976", "1976-04-19"),
    ("allotment_society_blog.txt", "Seed swap this Saturday\nApril 13, 2024", "2024-04-13"),
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return datetime.date(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)


def check_weekdays(errors):
    for fname, phrase, iso in WEEKDAY_CLAIMS:
        src = open(os.path.join(HERE, fname), encoding="utf-8").read()
        if phrase not in src:
            errors.append(f"weekday claim {phrase!r} not in {fname}")
            continue
        day = datetime.date.fromisoformat(iso)
        if "Easter Monday" in phrase:
            ok = day == easter(day.year) + datetime.timedelta(days=1)
        else:
            wd = next(w for w in WEEKDAYS if w[:3] in phrase.lower())
            ok = calendar.day_name[day.weekday()].lower() == wd
        if not ok:
            errors.append(f"weekday claim {phrase!r} in {fname}: {iso} is a {calendar.day_name[day.weekday()]}")


def main():
    errors = []
    check_weekdays(errors)
    total = 0
    files = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for path in files:
        n = check(path, errors)
        print(f"{os.path.basename(path)[:-11]:40s} {n:4d} entries")
        total += n
    print(f"{len(files)} files, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
