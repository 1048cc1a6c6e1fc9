"""Independent checker for the heldout173 gold files (standard library only).

Checks: meta keys, JSON keys and value forms, mods, every quote found exactly once and in
text order, quotes are visible text (for HTML: no tags/entities, and each quote lies inside a
single text run, so a date in its own cell/<dt>/<b> label is not part of the quote), and every
weekday named in the texts (listed in WEEKDAYS) against Python's calendar.
"""
import calendar
import datetime
import html
import html.parser
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
    r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?"
    r"|\d{4}-(SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}

# (file stem, ISO date, weekday named in the text for that date)
WEEKDAYS = [
    ("court_closures_live", "2025-03-13", "Thursday"),
    ("court_closures_live", "2025-03-12", "Wednesday"),
    ("legionnaires_hotel_longread", "2024-08-05", "Monday"),
    ("legionnaires_hotel_longread", "2024-08-09", "Friday"),
    ("legionnaires_hotel_longread", "2024-08-14", "Wednesday"),
    ("legionnaires_hotel_longread", "2024-08-19", "Monday"),
    ("insurer_price_walking_explainer", "2025-06-17", "Tuesday"),
    ("insurer_price_walking_explainer", "2025-06-10", "Tuesday"),
    ("chemical_leak_keydates", "2023-11-21", "Tuesday"),
    ("town_year_in_review", "2024-09-13", "Friday"),
    ("football_season_review", "2023-09-03", "Sunday"),
    ("football_season_review", "2024-05-12", "Sunday"),
]


class Runs(html.parser.HTMLParser):
    """Visible text of an HTML page, and its individual text runs."""

    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.runs, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            text = " ".join(data.split())
            if text:
                self.runs.append(text)


def check_file(gold, errors):
    stem = gold.name[: -len(".gold.jsonl")]
    texts = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        errors.append(f"{stem}: expected one text file, found {texts}")
        return 0
    src = texts[0]
    raw = src.read_text(encoding="utf-8")
    runs = None
    if src.suffix == ".html":
        p = Runs()
        p.feed(raw)
        runs = p.runs
        text = "\n".join(runs)
    else:
        text = raw
    meta_path = HERE / (stem + ".meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not META_KEYS <= set(meta):
            errors.append(f"{stem}: meta lacks {META_KEYS - set(meta)}")
        datetime.date.fromisoformat(meta["publication_date"])
        if meta["format"] != src.suffix[1:]:
            errors.append(f"{stem}: meta format {meta['format']} != {src.suffix[1:]}")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{stem}: bad meta: {exc}")
    last, n = -1, 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{stem}:{i}: blank line")
            continue
        n += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{stem}:{i}: bad JSON {exc}")
            continue
        keys = set(obj)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            errors.append(f"{stem}:{i}: bad keys {sorted(keys)}")
            continue
        q, v = obj["quote"], obj["value"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{stem}:{i}: empty quote")
            continue
        words = len(q.split())
        if not 3 <= words <= 12:
            errors.append(f"{stem}:{i}: quote has {words} words: {q!r}")
        if q[0] in "•-*–—#|:" or q != q.strip():
            errors.append(f"{stem}:{i}: quote has glyph or outer space: {q!r}")
        if src.suffix == ".html":
            if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
                errors.append(f"{stem}:{i}: quote contains markup: {q!r}")
            inside = [r for r in runs if q in r]
            if len(inside) != 1:
                errors.append(f"{stem}:{i}: quote not inside exactly one text run: {q!r}")
        if src.suffix == ".md" and re.search(r"\*|\]\(|^#|`", q):
            errors.append(f"{stem}:{i}: quote contains Markdown markup: {q!r}")
        count = text.count(q)
        if count != 1:
            errors.append(f"{stem}:{i}: quote found {count} times: {q!r}")
        else:
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{stem}:{i}: quote out of order: {q!r}")
            last = pos
        if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
            errors.append(f"{stem}:{i}: bad value {v!r}")
        if isinstance(v, str) and re.match(r"^\d{4}-\d\d-\d\d$", v):
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                errors.append(f"{stem}:{i}: impossible date {v}")
        if obj["mod"] not in MODS:
            errors.append(f"{stem}:{i}: bad mod {obj['mod']!r}")
        if "end" in obj:
            e = obj["end"]
            if not isinstance(e, str) or not VALUE_RE.match(e) or v is None:
                errors.append(f"{stem}:{i}: bad end {e!r}")
            elif not (e.startswith("BC") and v.startswith("BC")) and e <= v:
                errors.append(f"{stem}:{i}: end {e} not after value {v}")
        for k in ("explicit", "hard"):
            if not isinstance(obj[k], bool):
                errors.append(f"{stem}:{i}: {k} not a bool")
    return n


def main():
    errors, total = [], 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for g in golds:
        n = check_file(g, errors)
        print(f"{g.name}: {n} entries")
        total += n
    for stem, iso, day in WEEKDAYS:
        real = calendar.day_name[datetime.date.fromisoformat(iso).weekday()]
        if real != day:
            errors.append(f"{stem}: {iso} is a {real}, not {day}")
        src = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
        if src and day not in src[0].read_text(encoding="utf-8"):
            errors.append(f"{stem}: weekday {day} not in the text")
    print(f"{len(golds)} files, {total} entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
