"""Independent checker for the heldout84 chronology gold (standard library only)."""
import calendar, datetime, glob, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
LABEL_TAGS = {"dt", "th", "b", "strong", "time"}
# (file, ISO date, weekday written in the text): checked against the calendar
WEEKDAYS = [
    ("union_strikes_2023.md", "2023-02-02", "Thursday"),
    ("titanic_search.md", "1912-04-10", "Wednesday"),
    ("titanic_search.md", "1912-04-14", "Sunday"),
    ("titanic_search.md", "1912-04-15", "Monday"),
    ("titanic_search.md", "2023-06-18", "Sunday"),
    ("veltrazine_recall.txt", "2024-06-11", "Tuesday"),
    ("veltrazine_recall.txt", "2024-06-14", "Friday"),
    ("pm_ferreira_profile.html", "2025-07-07", "Monday"),
    ("pm_ferreira_profile.html", "2025-07-16", "Wednesday"),
    ("pm_ferreira_profile.html", "2025-10-14", "Tuesday"),
    ("pm_ferreira_profile.html", "2025-10-16", "Thursday"),
    ("pm_ferreira_profile.html", "2025-10-17", "Friday"),
    ("arctic_dispatch.txt", "2026-04-06", "Monday"),
    ("arctic_dispatch.txt", "2026-04-07", "Tuesday"),
    ("arctic_dispatch.txt", "2026-04-08", "Wednesday"),
    ("arctic_dispatch.txt", "2026-04-10", "Friday"),
    ("arctic_dispatch.txt", "2026-04-11", "Saturday"),
    ("arctic_dispatch.txt", "2026-04-12", "Sunday"),
    ("storm_bram_live.txt", "2025-11-02", "Sunday"),
    ("storm_bram_live.txt", "2025-11-03", "Monday"),
    ("storm_bram_live.txt", "2025-11-04", "Tuesday"),
    ("bridge_explainer.md", "2025-03-10", "Monday"),
    ("bridge_explainer.md", "2025-03-11", "Tuesday"),
    ("bridge_explainer.md", "2025-03-13", "Thursday"),
    ("hubble_this_week.txt", "2025-04-21", "Monday"),
]


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def valid_value(v):
    if not VALUE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3] or 1)
        try:
            datetime.date(y, mo, d)
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= datetime.date(int(m[1]), 12, 28).isocalendar()[1]:
        return False
    return True


def main():
    errors, total = [], 0
    names = sorted(p[:-len(".gold.jsonl")] for p in glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for base in names:
        name = os.path.basename(base)
        srcs = [base + e for e in (".txt", ".md", ".html") if os.path.exists(base + e)]
        if len(srcs) != 1:
            errors.append(f"{name}: expected exactly one source file, got {srcs}")
            continue
        src = srcs[0]
        raw = open(src, encoding="utf-8").read()
        is_html = src.endswith(".html")
        if is_html:
            p = Visible()
            p.feed(raw)
            text = "".join(p.parts)
        else:
            text = raw
        try:
            meta = json.load(open(base + ".meta.json", encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if k not in meta:
                    errors.append(f"{name}: meta lacks {k}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta["format"] != os.path.splitext(src)[1][1:]:
                errors.append(f"{name}: meta format {meta['format']} != file extension")
        except Exception as e:  # noqa
            errors.append(f"{name}: bad meta: {e}")
        last = -1
        for i, line in enumerate(open(base + ".gold.jsonl", encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            total += 1
            g = json.loads(line)
            where = f"{name}:{i}"
            keys = set(g)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            nw = len(q.split())
            if not 3 <= nw <= 12:
                errors.append(f"{where}: quote has {nw} words")
            if q != q.strip() or q[:1] in "•-*–—:":
                errors.append(f"{where}: quote has leading/trailing glyph or space")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
            else:
                pos = text.find(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of text order")
                last = pos
            if is_html:
                if raw.count(q) != 1:
                    errors.append(f"{where}: quote not verbatim inside one HTML element (tags/entities?)")
                else:
                    k = raw.find(q)
                    opening = re.findall(r"<(/?)([a-zA-Z0-9]+)[^>]*>", raw[:k])
                    if opening and opening[-1][0] == "" and opening[-1][1].lower() in LABEL_TAGS:
                        errors.append(f"{where}: quote starts inside a date label element <{opening[-1][1]}>")
                if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                    errors.append(f"{where}: quote has markup")
            v = g["value"]
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                if not isinstance(g["end"], str) or not valid_value(g["end"]) or v is None:
                    errors.append(f"{where}: bad end {g.get('end')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errors.append(f"{where}: {k} not boolean")
            if v is None and g["explicit"]:
                errors.append(f"{where}: null value but explicit")
    for fname, iso, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != wd:
            errors.append(f"weekday: {iso} is {calendar.day_name[d.weekday()]}, not {wd} ({fname})")
        if not os.path.exists(os.path.join(HERE, fname)):
            errors.append(f"weekday table names missing file {fname}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(names)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
