"""Independent sanity check for the heldout138 chronology gold (stdlib only).

Checks: file triplets, meta keys, JSON keys, value/end/mod forms, quotes found exactly
once and in text order, quote length, HTML quotes inside one visible text element,
and every weekday named in the set against Python's calendar.
"""
import calendar
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
BULLETS = "-*•–—·▪►"

# (file stem, ISO date, weekday name as used or implied in the text)
WEEKDAYS = [
    ("mine_collapse_keydates", "2025-03-14", "Friday"),
    ("mine_collapse_keydates", "2025-03-12", "Wednesday"),
    ("jazz_profile_whitcombe", "2024-01-12", "Friday"),
    ("bank_outage_live", "2025-06-20", "Friday"),
    ("bank_outage_live", "2025-06-19", "Thursday"),
    ("bank_outage_live", "2025-06-18", "Wednesday"),
    ("football_club_ownership_longread", "2025-09-05", "Friday"),
    ("football_club_ownership_longread", "2025-09-04", "Thursday"),
    ("toll_road_year_in_review", "2024-11-05", "Tuesday"),
    ("toll_road_year_in_review", "2024-12-28", "Saturday"),
    ("rent_control_explainer", "2025-10-16", "Thursday"),
    ("rent_control_explainer", "2025-10-14", "Tuesday"),
    ("rent_control_explainer", "2025-10-15", "Wednesday"),
    ("rent_control_explainer", "2025-10-10", "Friday"),
    ("tb_programme_history", "2025-03-24", "Monday"),
    ("university_history_dl", "2025-06-14", "Saturday"),
]


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


def main():
    errors, total, nfiles = [], 0, 0
    for stem in sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl")):
        nfiles += 1
        texts = [stem + "." + e for e in ("txt", "md", "html") if os.path.exists(os.path.join(HERE, stem + "." + e))]
        if len(texts) != 1:
            errors.append(f"{stem}: expected exactly one text file, got {texts}")
            continue
        tpath = texts[0]
        ext = tpath.rsplit(".", 1)[1]
        raw = open(os.path.join(HERE, tpath), encoding="utf-8").read()
        mpath = os.path.join(HERE, stem + ".meta.json")
        if not os.path.exists(mpath):
            errors.append(f"{stem}: missing meta")
        else:
            meta = json.load(open(mpath, encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{stem}: meta keys {sorted(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{stem}: bad publication_date")
            if meta.get("format") != ext:
                errors.append(f"{stem}: meta format {meta.get('format')} != {ext}")
        nodes = None
        if ext == "html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            visible = "".join(nodes)
        last = -1
        for i, line in enumerate(open(os.path.join(HERE, stem + ".gold.jsonl"), encoding="utf-8"), 1):
            where = f"{stem}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            g = json.loads(line)
            total += 1
            keys = set(g)
            if not REQ <= keys or keys - REQ - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q, v = g["quote"], g["value"]
            if v is not None and not VALUE_RE.match(v):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in g and (g["end"] is None or not VALUE_RE.match(g["end"])):
                errors.append(f"{where}: bad end {g['end']!r}")
            if "end" in g and v is None:
                errors.append(f"{where}: end without value")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                errors.append(f"{where}: explicit/hard must be bool")
            if v is None and g["explicit"]:
                errors.append(f"{where}: null value but explicit")
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: empty or padded quote")
                continue
            nw = len(q.split())
            if nw > 12 or nw < 3:
                errors.append(f"{where}: quote has {nw} words")
            if q[0] in BULLETS:
                errors.append(f"{where}: quote starts with bullet glyph")
            if ext == "md" and ("**" in q or q.startswith("#")):
                errors.append(f"{where}: markdown markup in quote")
            if raw.count(q) != 1:
                errors.append(f"{where}: quote found {raw.count(q)}x in raw text: {q!r}")
                continue
            pos = raw.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of order: {q!r}")
            last = pos
            if ext == "html":
                if any(c in q for c in "<>&"):
                    errors.append(f"{where}: markup/entity in html quote")
                if visible.count(q) != 1:
                    errors.append(f"{where}: quote found {visible.count(q)}x in visible text")
                if not any(q in n for n in nodes):
                    errors.append(f"{where}: quote not inside one text element: {q!r}")
    for stem, iso, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != wd:
            errors.append(f"weekday: {stem} {iso} is {calendar.day_name[d.weekday()]}, not {wd}")
        if not os.path.exists(os.path.join(HERE, stem + ".gold.jsonl")):
            errors.append(f"weekday: unknown file {stem}")
    if nfiles != 12:
        errors.append(f"expected 12 chronologies, found {nfiles}")
    if total < 160:
        errors.append(f"expected >= 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{nfiles} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
