"""Independent sanity checks for the heldout86 chronology gold (standard library only).

Checks: meta keys, JSON keys and types, value/end/mod forms, quotes found exactly once in the
visible text and in text order; for HTML files the quote must be visible text (no tags/entities)
and lie inside a single text node (one element).
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$"         # BC
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "template") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def check_value(v, where, errors):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        import datetime
        y, mo, d = int(m[1]), int(m[2]), int(m[3] or 1)
        try:
            datetime.date(y, mo, d)
        except ValueError:
            errors.append(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= 53:
        errors.append(f"{where}: bad week {v}")


DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
WD_DMY = re.compile(r"\b(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(DAYS), "|".join(MONTHS)))
WD_MDY = re.compile(r"\b(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(DAYS), "|".join(MONTHS)))


def check_weekdays(name, text, errors):
    """Every 'Weekday D Month YYYY' / 'Weekday, Month D, YYYY' in a text must be right."""
    import datetime
    found = [(m[1], int(m[2]), m[3], int(m[4])) for m in WD_DMY.finditer(text)]
    found += [(m[1], int(m[3]), m[2], int(m[4])) for m in WD_MDY.finditer(text)]
    for wd, d, mon, y in found:
        real = datetime.date(y, MONTHS.index(mon) + 1, d).strftime("%A")
        if real != wd:
            errors.append(f"{name}: {wd} {d} {mon} {y} is a {real}")
    return len(found)


def main():
    errors, total, files = [], 0, 0
    docs = sorted(p for p in HERE.iterdir()
                  if p.suffix in (".txt", ".md", ".html") and p.name != "README.md")
    for doc in docs:
        name = doc.stem
        gold = HERE / f"{name}.gold.jsonl"
        meta = HERE / f"{name}.meta.json"
        if not gold.exists() or not meta.exists():
            errors.append(f"{doc.name}: missing gold or meta")
            continue
        files += 1
        m = json.loads(meta.read_text(encoding="utf-8"))
        if not META_KEYS <= set(m):
            errors.append(f"{meta.name}: missing keys {META_KEYS - set(m)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(m.get("publication_date", ""))):
            errors.append(f"{meta.name}: bad publication_date")
        if m.get("format") != doc.suffix[1:]:
            errors.append(f"{meta.name}: format {m.get('format')!r} != {doc.suffix[1:]}")
        raw = doc.read_text(encoding="utf-8")
        nodes = None
        if doc.suffix == ".html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            text = raw
        check_weekdays(doc.name, text, errors)
        pos = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            e = json.loads(line)
            total += 1
            if not REQUIRED <= set(e) or not set(e) <= ALLOWED:
                errors.append(f"{where}: keys {sorted(e)}")
                continue
            q = e["quote"]
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            check_value(e["value"], where, errors)
            if "end" in e:
                if e["value"] is None or e["end"] is None:
                    errors.append(f"{where}: end needs value and end")
                check_value(e["end"], where + " end", errors)
            if e["value"] is None and (e["mod"] or e["explicit"]):
                errors.append(f"{where}: null value with mod/explicit")
            n_words = len(q.split())
            if not 3 <= n_words <= 12:
                errors.append(f"{where}: quote has {n_words} words")
            if q != q.strip() or q[:1] in "•*-–—·":
                errors.append(f"{where}: quote has glyph/space at edge")
            if doc.suffix == ".html":
                if "<" in q or ">" in q or re.search(r"&\w+;|&#\d+;", q):
                    errors.append(f"{where}: quote contains a tag or entity")
                inside = [n for n in nodes if q in n]
                if not inside:
                    errors.append(f"{where}: quote not inside one text node: {q!r}")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
                continue
            at = text.find(q)
            if at < pos:
                errors.append(f"{where}: quote out of order: {q!r}")
            pos = at
    print(f"{files} files, {total} gold entries")
    for err in errors:
        print("ERROR", err)
    if files < 12 or total < 160:
        print("NOTE: expected 12 files and at least 160 entries")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
