"""Independent checker for the heldout150 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl: JSON keys and types, TIMEX3 value forms, mods, `end` only with
a value, every quote found exactly once in the visible text and in text order, quote length,
no markup/entities in quotes; for HTML files the quote must sit inside one block element and never
overlap a date label element (<dt>, <th>, <strong>, <b>, or a <td> holding only a date); the meta
keys; and the weekday claims listed in WEEKDAYS against Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout150/check_gold.py
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
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"   # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                    # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"                                       # seasons
    r"|\d{3}X|\d{2}XX"                                              # decades, centuries
    r"|BC\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-(?:SP|SU|FA|WI))?"  # BC
    r")$")
META_KEYS = {"title", "publication_date", "format", "style"}
BLOCK = {"p", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div",
         "section", "article", "header", "footer", "nav", "aside", "ul", "ol", "dl", "table",
         "tr", "tbody", "thead", "blockquote", "figure", "figcaption", "form", "main", "body",
         "label", "button", "caption", "br"}
LABEL = {"dt", "th", "strong", "b"}
SKIP = {"script", "style", "head", "template", "noscript"}

# (file stem, ISO date, weekday name) for every weekday written in the texts
WEEKDAYS = [
    ("avalanche_val_serre_live", "2025-02-15", "Saturday"),
    ("avalanche_val_serre_live", "2025-02-14", "Friday"),
    ("avalanche_val_serre_live", "2025-02-17", "Monday"),
    ("payments_outage_postmortem", "2025-03-12", "Wednesday"),
    ("payments_outage_postmortem", "2025-03-10", "Monday"),
    ("payments_outage_postmortem", "2025-03-14", "Friday"),
    ("rail_renationalisation_factbox", "2025-05-25", "Sunday"),
    ("rail_renationalisation_factbox", "1996-02-04", "Sunday"),
    ("diphtheria_cluster_longread", "2026-10-01", "Thursday"),
    ("diphtheria_cluster_longread", "2026-10-05", "Monday"),
    ("diphtheria_cluster_longread", "2026-10-09", "Friday"),
    ("diphtheria_cluster_longread", "2026-10-20", "Tuesday"),
    ("giro_2023_recap", "2023-05-06", "Saturday"),
    ("giro_2023_recap", "2023-05-14", "Sunday"),
    ("giro_2023_recap", "2023-05-27", "Saturday"),
    ("giro_2023_recap", "2023-05-24", "Wednesday"),
    ("giro_2023_recap", "2023-05-26", "Friday"),
    ("giro_2023_recap", "2023-05-29", "Monday"),
    ("giro_2023_recap", "2023-05-23", "Tuesday"),
    ("giro_2023_recap", "2023-05-28", "Sunday"),
    ("inheritance_tax_explainer", "2024-11-22", "Friday"),
    ("inheritance_tax_explainer", "2024-11-19", "Tuesday"),
    ("inheritance_tax_explainer", "2024-10-30", "Wednesday"),
    ("station_module_aurora", "2025-10-22", "Wednesday"),
    ("porthbray_year_review", "2024-12-28", "Saturday"),
    ("diphtheria_cluster_longread", "2026-10-23", "Friday"),
]


class Visible(HTMLParser):
    """Visible text, with a record of block-element spans and label-element spans."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.pos, self.skip = [], 0, 0
        self.stack = []          # (tag, start offset)
        self.blocks, self.labels = [], []

    def _emit(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCK:
            self._emit("\n")
        if tag not in ("br", "img", "input", "meta", "link", "hr"):
            self.stack.append((tag, self.pos))

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                _, start = self.stack[i]
                del self.stack[i:]
                if tag in BLOCK:
                    self.blocks.append((start, self.pos, tag))
                if tag in LABEL:
                    self.labels.append((start, self.pos, tag))
                if tag == "td":
                    self.blocks.append((start, self.pos, "td"))
                break
        if tag in BLOCK:
            self._emit("\n")

    def handle_data(self, data):
        if not self.skip:
            self._emit(re.sub(r"\s+", " ", data))

    def text(self):
        return "".join(self.parts)


def check_file(gold_path, errors):
    stem = gold_path.name[: -len(".gold.jsonl")]
    texts = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(texts) != 1:
        errors.append(f"{stem}: expected one text file, found {texts}")
        return 0
    tpath = texts[0]
    raw = tpath.read_text(encoding="utf-8")
    is_html = tpath.suffix == ".html"
    if is_html:
        v = Visible()
        v.feed(raw)
        v.close()
        text = v.text()
    else:
        text = raw
    meta_path = HERE / (stem + ".meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        missing = META_KEYS - set(meta)
        if missing:
            errors.append(f"{meta_path.name}: missing keys {sorted(missing)}")
        datetime.date.fromisoformat(meta.get("publication_date", ""))
        if meta.get("format") != tpath.suffix[1:]:
            errors.append(f"{meta_path.name}: format {meta.get('format')!r} != {tpath.suffix[1:]}")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{meta_path.name}: {exc}")
    last = -1
    n = 0
    for ln, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{gold_path.name}:{ln}: blank line")
            continue
        where = f"{gold_path.name}:{ln}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            errors.append(f"{where}: bad JSON {exc}")
            continue
        n += 1
        keys = set(obj)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q, val, mod = obj["quote"], obj["value"], obj["mod"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: empty quote")
            continue
        if q != q.strip():
            errors.append(f"{where}: quote has outer whitespace")
        words = len(q.split())
        if not 3 <= words <= 12:
            errors.append(f"{where}: quote has {words} words")
        if re.search(r"<[a-zA-Z/]|&[a-zA-Z#][a-zA-Z0-9]*;|\*\*|\]\(|\[edit\]", q):
            errors.append(f"{where}: quote holds markup or an entity")
        if q.lstrip()[:1] in "•*-–—:":
            errors.append(f"{where}: quote starts with a bullet glyph")
        if val is not None and (not isinstance(val, str) or not VALUE_RE.match(val)):
            errors.append(f"{where}: bad value {val!r}")
        if mod not in MODS:
            errors.append(f"{where}: bad mod {mod!r}")
        if "end" in obj:
            if val is None or not isinstance(obj["end"], str) or not VALUE_RE.match(obj["end"]):
                errors.append(f"{where}: bad end {obj['end']!r}")
        if val is None and (mod is not None or obj["explicit"]):
            errors.append(f"{where}: null value with mod/explicit")
        for k in ("explicit", "hard"):
            if not isinstance(obj[k], bool):
                errors.append(f"{where}: {k} not a bool")
        count = text.count(q)
        if count != 1:
            errors.append(f"{where}: quote found {count} times: {q!r}")
            continue
        at = text.find(q)
        if at <= last:
            errors.append(f"{where}: quote out of text order: {q!r}")
        last = at
        if is_html:
            end = at + len(q)
            inner = [b for b in v.blocks if b[0] <= at and end <= b[1]
                     and b[2] in ("p", "li", "dd", "td", "h1", "h2", "h3", "h4", "blockquote", "div")]
            if not inner:
                errors.append(f"{where}: quote not inside one block element: {q!r}")
            for s, e, tag in v.labels:
                if s < end and at < e and text[s:e].strip():
                    errors.append(f"{where}: quote overlaps a <{tag}> label: {q!r}")
            # a quote must not start inside a date-only table cell
            for s, e, tag in v.blocks:
                if tag == "td" and s <= at < e and end > e:
                    errors.append(f"{where}: quote spans table cells: {q!r}")
    return n


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    per = {}
    for g in golds:
        per[g.name] = check_file(g, errors)
        total += per[g.name]
    for stem, iso, name in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != name:
            errors.append(f"weekday: {iso} is {calendar.day_name[d.weekday()]}, not {name} ({stem})")
        if not (HERE / f"{stem}.gold.jsonl").exists():
            errors.append(f"weekday claim for unknown file {stem}")
    for name, n in per.items():
        print(f"{n:4d}  {name}")
    print(f"{total:4d}  entries in {len(golds)} files")
    if len(golds) != 12:
        errors.append(f"expected 12 gold files, found {len(golds)}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
