#!/usr/bin/env python3
"""Validate the heldout73 chronology gold set (standard library only, independent of keydates)."""
import datetime, glob, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
errors = []

# Every weekday named in the texts, with the date the annotators resolved it to.
WEEKDAYS = [
    ("channel_tunnel_factbox", "on Monday", "2024-05-06"),
    ("boeing_737max_table", "on Friday", "2024-01-05"),
    ("storm_hedda_live", "Friday 17 October 2025", "2025-10-17"),
    ("storm_hedda_live", "on Saturday", "2025-10-18"),
    ("storm_hedda_live", "on Thursday morning", "2025-10-16"),
    ("storm_hedda_live", "on Monday", "2025-10-20"),
    ("storm_hedda_live", "Tuesday, 14 October", "2025-10-14"),
    ("storm_hedda_live", "into Thursday", "2025-10-16"),
    ("harlow_college_history", "Saturday 14 June", "2025-06-14"),
    ("bridge_closure_explainer", "Thursday 12 June 2025", "2025-06-12"),
    ("bridge_closure_explainer", "on Saturday", "2025-06-07"),
    ("bridge_closure_explainer", "On Monday", "2025-06-09"),
    ("bridge_closure_explainer", "next Monday", "2025-06-16"),
    ("berlin_wall_longread", "Saturday 9 November 2019", "2019-11-09"),
    ("millbrook_year_review", "Labor Day, Sept. 4", "2023-09-04"),
]


def check_weekdays():
    import calendar
    for name, phrase, iso in WEEKDAYS:
        src = [p for p in glob.glob(os.path.join(HERE, name + ".*")) if not p.endswith((".jsonl", ".json"))]
        if not src or phrase not in open(src[0], encoding="utf-8").read():
            err(f"weekday check: {phrase!r} not in {name}")
            continue
        d = datetime.date.fromisoformat(iso)
        day = "Monday" if phrase.startswith("Labor Day") else next(w for w in calendar.day_name if w in phrase)
        if calendar.day_name[d.weekday()] != day:
            err(f"weekday check: {iso} is not a {day} ({name})")


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collect visible text segments; each segment is text between two tags."""
    SKIP = {"script", "style", "title", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.segments, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            t = " ".join(data.split())
            if t:
                self.segments.append(t)


def check_value(v, where, field):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad {field} {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(*map(int, m.groups()))
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-(\d{2})$", v)
    if m and not 1 <= int(m.group(2)) <= 12:
        err(f"{where}: bad month {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        err(f"{where}: bad week {v}")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    for gp in golds:
        name = os.path.basename(gp)[: -len(".gold.jsonl")]
        texts = [p for ext in ("txt", "md", "html") for p in [os.path.join(HERE, f"{name}.{ext}")] if os.path.exists(p)]
        if len(texts) != 1:
            err(f"{name}: expected exactly one text file, found {texts}")
            continue
        tp = texts[0]
        ext = tp.rsplit(".", 1)[1]
        raw = open(tp, encoding="utf-8").read()
        # meta
        mp = os.path.join(HERE, f"{name}.meta.json")
        try:
            meta = json.load(open(mp, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    err(f"{name}: meta missing {k}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta.get("format") != ext:
                err(f"{name}: meta format {meta.get('format')} != {ext}")
        except Exception as e:  # noqa: BLE001
            err(f"{name}: meta unreadable: {e}")
        if ext == "html":
            p = Visible()
            p.feed(raw)
            segments = p.segments
            text = "\n".join(segments)
        else:
            segments = None
            text = raw
        last = -1
        for i, line in enumerate(open(gp, encoding="utf-8"), 1):
            where = f"{name}:{i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(g)
            if not REQ <= keys or keys - REQ - {"end"}:
                err(f"{where}: bad keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{where}: empty or padded quote")
                continue
            if len(q.split()) > 12:
                err(f"{where}: quote longer than 12 words")
            if q[0] in "*-•–—#>":
                err(f"{where}: quote starts with a bullet/markup glyph")
            if ext == "md" and ("**" in q or "](" in q or q.startswith("_")):
                err(f"{where}: quote contains Markdown markup")
            if ext == "html":
                if re.search(r"<[^>]*>|&[#a-zA-Z0-9]+;", q):
                    err(f"{where}: quote contains HTML tag or entity")
                if sum(s.count(q) for s in segments) != 1:
                    err(f"{where}: quote not inside exactly one visible text element: {q!r}")
            n = text.count(q)
            if n != 1:
                err(f"{where}: quote found {n} times: {q!r}")
                continue
            pos = text.index(q)
            if pos <= last:
                err(f"{where}: quote out of order or overlapping: {q!r}")
            last = pos + len(q) - 1
            check_value(g["value"], where, "value")
            if "end" in g:
                if g["end"] is None or g["value"] is None:
                    err(f"{where}: end given without both values")
                check_value(g["end"], where, "end")
            if g["mod"] not in MODS:
                err(f"{where}: bad mod {g['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    err(f"{where}: {k} must be boolean")
            if g["value"] is None and (g["mod"] or g["explicit"] or g["hard"]):
                err(f"{where}: null value with mod/explicit/hard set")
    check_weekdays()
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
