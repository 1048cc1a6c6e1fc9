"""Independent checker for the heldout89 chronology gold (standard library only).

Checks: every NAME.(txt|md|html) has NAME.gold.jsonl and NAME.meta.json; JSON keys; value,
mod and end forms; every quote found exactly once in the text as a reader sees it (for HTML:
the visible text, no tags or entities, and inside a single text node) and in text order.
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(BC\d{4}|\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}

# Every weekday named in the texts (or used to resolve one), checked with calendar:
# (file, phrase in the text, the date it names).
WEEKDAYS = [
    ("election_recount_live.txt", "Wednesday 19 November", "2025-11-19"),
    ("election_recount_live.txt", "Tuesday 18 November", "2025-11-18"),
    ("election_recount_live.txt", "In the small hours of Tuesday", "2025-11-18"),
    ("election_recount_live.txt", "Tuesday 4 November", "2025-11-04"),
    ("election_recount_live.txt", "Sunday night", "2025-11-16"),
    ("shipping_bankruptcy_factbox.txt", "Thursday - Rival", "2025-03-06"),
    ("shipping_bankruptcy_factbox.txt", "BERGEN, March 7", "2025-03-07"),
    ("ash_cloud_europe.html", "Wednesday 14 April", "2010-04-14"),
    ("ash_cloud_europe.html", "Thursday 15 April", "2010-04-15"),
    ("ash_cloud_europe.html", "Sunday 18 April", "2010-04-18"),
    ("ash_cloud_europe.html", "Tuesday 20 April", "2010-04-20"),
    ("ash_cloud_europe.html", "Sunday 9 May", "2010-05-09"),
    ("protest_marches_explainer.md", "Last Saturday", "2026-03-07"),
    ("protest_marches_explainer.md", "On Monday", "2026-03-09"),
    ("protest_marches_explainer.md", "on Wednesday", "2026-03-11"),
    ("protest_marches_explainer.md", "Three weeks ago", "2026-02-21"),
    ("royal_wedding_longread.txt", "TUESDAY, NOVEMBER 16, 2010", "2010-11-16"),
    ("royal_wedding_longread.txt", "Friday 29 April 2011", "2011-04-29"),
    ("royal_wedding_longread.txt", "FRIDAY, APRIL 29, 2011", "2011-04-29"),
    ("royal_wedding_longread.txt", "Sat 24 Apr 2021", "2021-04-24"),
    ("river_bridge_collapses.html", "Friday, 6 September 2024", "2024-09-06"),
    ("river_bridge_collapses.html", "On Monday", "2024-09-02"),
]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_value(v, where, errs):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            errs.append(f"{where}: bad month {v}")
        if m.group(3):
            import datetime
            try:
                datetime.date(int(m.group(1)), mo, int(m.group(3)))
            except ValueError:
                errs.append(f"{where}: impossible day {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        errs.append(f"{where}: bad week {v}")


def meta_pub(fname):
    stem = fname.rsplit(".", 1)[0]
    return json.loads((HERE / f"{stem}.meta.json").read_text(encoding="utf-8"))["publication_date"]


def main():
    errs, total, files = [], 0, 0
    sources = sorted(p for p in HERE.iterdir() if p.suffix in {".txt", ".md", ".html"}
                     and p.name != "README.md")
    for src in sources:
        files += 1
        name = src.stem
        gold, meta = HERE / f"{name}.gold.jsonl", HERE / f"{name}.meta.json"
        if not gold.exists() or not meta.exists():
            errs.append(f"{name}: missing gold or meta")
            continue
        md = json.loads(meta.read_text(encoding="utf-8"))
        if set(md) != META_KEYS:
            errs.append(f"{name}: meta keys {sorted(md)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(md.get("publication_date"))):
            errs.append(f"{name}: bad publication_date")
        if md.get("format") != src.suffix[1:]:
            errs.append(f"{name}: meta format {md.get('format')} != {src.suffix[1:]}")
        raw = src.read_text(encoding="utf-8")
        nodes = None
        if src.suffix == ".html":
            p = Visible()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            text = "".join(nodes)
        else:
            text = raw
        pos = -1
        lines = [l for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
        if not lines:
            errs.append(f"{name}: empty gold")
        for i, line in enumerate(lines, 1):
            where = f"{name}.gold.jsonl:{i}"
            total += 1
            try:
                e = json.loads(line)
            except ValueError as exc:
                errs.append(f"{where}: bad JSON {exc}")
                continue
            keys = set(e)
            if not REQUIRED <= keys or not keys <= ALLOWED:
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not q.strip():
                errs.append(f"{where}: empty quote")
                continue
            nwords = len(q.split())
            if not 4 <= nwords <= 12:
                errs.append(f"{where}: quote has {nwords} words")
            if q != q.strip() or "\n" in q:
                errs.append(f"{where}: quote has outer whitespace or a line break")
            if q[:1] in "•*-" and q[1:2] == " ":
                errs.append(f"{where}: quote starts with a bullet glyph")
            if src.suffix == ".html":
                if re.search(r"<[^>]*>", q) or re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", q, re.I):
                    errs.append(f"{where}: quote contains a tag or entity")
                if not any(q in n for n in nodes):
                    errs.append(f"{where}: quote not inside one text node")
            n = text.count(q)
            if n != 1:
                errs.append(f"{where}: quote found {n} times: {q!r}")
            else:
                at = text.index(q)
                if at <= pos:
                    errs.append(f"{where}: quote out of order")
                pos = at
            check_value(e["value"], where, errs)
            if e["mod"] not in MODS:
                errs.append(f"{where}: bad mod {e['mod']!r}")
            if "end" in e:
                check_value(e["end"], where + " end", errs)
                if e["end"] is None or e["value"] is None:
                    errs.append(f"{where}: end needs value and end")
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                errs.append(f"{where}: explicit/hard must be booleans")
            if e["value"] is None and e["mod"] is not None:
                errs.append(f"{where}: null value with a mod")
    for g in HERE.glob("*.gold.jsonl"):
        stem = g.name[:-len(".gold.jsonl")]
        if not any((HERE / f"{stem}{s}").exists() for s in (".txt", ".md", ".html")):
            errs.append(f"{g.name}: no source text")
    import calendar
    for fname, phrase, iso in WEEKDAYS:
        src = HERE / fname
        if phrase not in src.read_text(encoding="utf-8"):
            errs.append(f"{fname}: weekday phrase not found: {phrase!r}")
        y, m, d = map(int, iso.split("-"))
        named = [i for i, w in enumerate(DAYS) if w in phrase.lower() or w[:3] == phrase.lower()[:3]]
        if phrase.startswith(("Three weeks", "BERGEN")):
            named = [calendar.weekday(*map(int, meta_pub(fname).split("-")))]
        if calendar.weekday(y, m, d) not in named:
            errs.append(f"{fname}: {phrase!r} is not {iso} ({calendar.day_name[calendar.weekday(y, m, d)]})")
    for e in errs:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
