"""Independent checker for the heldout134 chronology gold (standard library only)."""
import calendar, datetime, html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:(?:BC)?\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|SP|SU|FA|WI))?|\d{3}X|\d{2}XX)$")
META_KEYS = {"title", "publication_date", "format", "style"}
DAYS = {n.lower(): i for i, n in enumerate(calendar.day_name)}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^(?:BC)?\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    return True


def check(stem, errors):
    src = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(src) != 1:
        errors.append(f"{stem}: expected one source file, got {src}")
        return 0
    src = src[0]
    raw = src.read_text(encoding="utf-8")
    meta = json.loads((HERE / f"{stem}.meta.json").read_text(encoding="utf-8"))
    if set(meta) != META_KEYS:
        errors.append(f"{stem}: meta keys {sorted(meta)}")
    datetime.date.fromisoformat(meta["publication_date"])
    if meta.get("format") != src.suffix[1:]:
        errors.append(f"{stem}: meta format {meta.get('format')} != {src.suffix}")
    is_html = src.suffix == ".html"
    if is_html:
        p = Visible()
        p.feed(raw)
        nodes = p.nodes
        text = "".join(nodes)
    else:
        nodes, text = [raw], raw
    gold = [json.loads(l) for l in (HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    last = -1
    for i, g in enumerate(gold, 1):
        where = f"{stem}:{i}"
        keys = set(g)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            errors.append(f"{where}: keys {sorted(keys)}")
        q = g.get("quote", "")
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: empty quote")
            continue
        if q != q.strip() or "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
            errors.append(f"{where}: quote has markup/whitespace: {q!r}")
        nw = len(q.split())
        if not 3 <= nw <= 12:
            errors.append(f"{where}: quote has {nw} words")
        if q[0] in "•-*–—:" :
            errors.append(f"{where}: quote starts with a bullet glyph")
        if text.count(q) != 1:
            errors.append(f"{where}: quote found {text.count(q)} times in visible text: {q!r}")
            continue
        if is_html and sum(n.count(q) for n in nodes) != 1:
            errors.append(f"{where}: quote not inside a single element: {q!r}")
        pos = text.index(q)
        if pos <= last:
            errors.append(f"{where}: quote out of order")
        last = pos
        if not valid_value(g.get("value")):
            errors.append(f"{where}: bad value {g.get('value')!r}")
        if "end" in g and (g["end"] is None or not valid_value(g["end"])):
            errors.append(f"{where}: bad end {g['end']!r}")
        if g.get("mod") not in MODS:
            errors.append(f"{where}: bad mod {g.get('mod')!r}")
        for k in ("explicit", "hard"):
            if not isinstance(g.get(k), bool):
                errors.append(f"{where}: {k} not bool")
        if g.get("value") is None and (g.get("mod") or "end" in g):
            errors.append(f"{where}: null value with mod/end")
        # a weekday opening the quote (first 4 words) must agree with a full-date value
        v = g.get("value") or ""
        if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            head = " ".join(q.lower().split()[:4])
            named = [d for d in DAYS if re.search(r"\b" + d + r"\b", head)]
            if len(named) == 1:
                wd = datetime.date.fromisoformat(v).weekday()
                if DAYS[named[0]] != wd:
                    errors.append(f"{where}: {named[0]} but {v} is {calendar.day_name[wd]}")
    return len(gold)


def main():
    errors, total = [], 0
    stems = sorted(p.name[:-len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    for stem in stems:
        n = check(stem, errors)
        print(f"{stem}: {n} entries")
        total += n
    # extra weekday assertions stated in the text (date, weekday) listed by the author
    for d, name in WEEKDAYS:
        if calendar.day_name[datetime.date.fromisoformat(d).weekday()] != name:
            errors.append(f"weekday check: {d} is not a {name}")
    print(f"{len(stems)} files, {total} entries")
    for e in errors:
        print("ERROR", e)
    if len(stems) != 12 or total < 160:
        print("ERROR: need 12 files and >= 160 entries")
        errors.append("size")
    return 1 if errors else 0


# Weekdays written in the texts next to dates they name (verified with calendar).
WEEKDAYS = [
    ("2025-01-09", "Thursday"), ("2025-01-07", "Tuesday"), ("2025-01-08", "Wednesday"),  # smog
    ("2024-07-29", "Monday"), ("2024-08-02", "Friday"), ("2024-08-10", "Saturday"),
    ("2024-08-14", "Wednesday"),  # rabies labels
    ("2024-02-10", "Saturday"), ("2024-02-17", "Saturday"), ("2024-03-02", "Saturday"),
    ("2024-04-06", "Saturday"), ("2024-04-27", "Saturday"), ("2024-03-31", "Sunday"),  # netball
    ("2025-11-23", "Sunday"), ("2025-11-22", "Saturday"),  # flood live
    ("2016-11-19", "Saturday"), ("2017-12-20", "Wednesday"),  # satellite
    ("2025-03-12", "Wednesday"), ("2025-03-11", "Tuesday"), ("2025-03-10", "Monday"),
    ("2025-03-06", "Thursday"), ("2025-03-14", "Friday"), ("2025-02-14", "Friday"),  # ferry explainer
]

if __name__ == "__main__":
    sys.exit(main())
