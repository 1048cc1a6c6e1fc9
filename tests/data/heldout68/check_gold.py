#!/usr/bin/env python3
"""Independent checker for the heldout68 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl: a source file NAME.txt/.md/.html and NAME.meta.json exist;
JSON keys and value forms follow the annotation guide; every quote occurs exactly once in the
visible text (HTML: tags stripped, entities decoded, script/style dropped), quotes appear in text
order, and for HTML every quote lies inside a single text node (one element, no tags/entities).
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|"
    r"\d{3}X|\d{2}XX|BC\d{4}|BC\d{2}XX)$")
META_KEYS = {"title", "publication_date", "format", "style"}

# Every weekday named in the texts (label, publication date or resolved gold date), checked with
# the calendar module: (file stem, ISO date, weekday name as written).
WEEKDAY_CLAIMS = [
    ("agency_factbox_election", "2024-02-27", "Tuesday"), ("agency_factbox_election", "2024-02-24", "Saturday"),
    ("india_scam_timeline", "2025-03-15", "Saturday"), ("india_scam_timeline", "2025-03-14", "Friday"),
    ("au_bushfire_live", "2025-11-09", "Sunday"), ("au_bushfire_live", "2025-11-08", "Saturday"),
    ("uk_profile_year_labels", "2026-06-29", "Monday"), ("uk_profile_year_labels", "2026-06-26", "Friday"),
    ("year_in_pictures", "2025-02-04", "Tuesday"), ("year_in_pictures", "2025-09-21", "Sunday"),
    ("year_in_pictures", "2025-12-28", "Sunday"), ("year_in_pictures", "2025-12-27", "Saturday"),
    ("qa_explainer_bridge", "2026-11-03", "Tuesday"), ("qa_explainer_bridge", "2026-10-29", "Thursday"),
    ("qa_explainer_bridge", "2026-10-31", "Saturday"), ("qa_explainer_bridge", "2026-11-01", "Sunday"),
    ("qa_explainer_bridge", "2026-11-02", "Monday"),
    ("us_court_case_timeline", "2026-02-23", "Monday"), ("us_court_case_timeline", "2026-02-20", "Friday"),
    ("longread_water_protests", "2026-06-25", "Thursday"), ("longread_water_protests", "2026-06-26", "Friday"),
    ("longread_water_protests", "2026-06-27", "Saturday"), ("longread_water_protests", "2026-06-28", "Sunday"),
    ("longread_water_protests", "2026-06-29", "Monday"),
    ("local_year_in_review", "2025-12-30", "Tuesday"), ("local_year_in_review", "2025-02-03", "Monday"),
    ("local_year_in_review", "2025-02-01", "Saturday"), ("local_year_in_review", "2025-05-03", "Saturday"),
    ("local_year_in_review", "2025-10-14", "Tuesday"),
]


class TextNodes(HTMLParser):
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
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^\d{4}-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        import datetime
        if not 1 <= int(m.group(1)) <= 12:
            return False
        if m.group(2):
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / (name + ext) for ext in (".txt", ".md", ".html") if (HERE / (name + ext)).exists()]
        if len(srcs) != 1:
            errors.append(f"{name}: expected exactly one source file, got {srcs}")
            continue
        src = srcs[0]
        raw = src.read_text(encoding="utf-8")
        nodes = None
        if src.suffix == ".html":
            p = TextNodes()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            text = "".join(nodes)
        else:
            text = raw
        meta_path = HERE / (name + ".meta.json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{name}: meta keys {sorted(meta)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: meta unreadable: {e}")
        files += 1
        last = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{i}: bad JSON {e}")
                continue
            total += 1
            keys = set(o)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{name}:{i}: keys {sorted(keys)}")
            q = o.get("quote", "")
            if not isinstance(q, str) or not q:
                errors.append(f"{name}:{i}: empty quote")
                continue
            nw = len(q.split())
            if not 6 <= nw <= 12:
                errors.append(f"{name}:{i}: quote has {nw} words: {q!r}")
            if re.search(r"[<>]|&[#\w]+;", q):
                errors.append(f"{name}:{i}: quote contains markup: {q!r}")
            if q != q.strip() or q[0] in "*•-–—:":
                errors.append(f"{name}:{i}: quote starts/ends badly: {q!r}")
            n = text.count(q)
            if n != 1:
                errors.append(f"{name}:{i}: quote found {n} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{name}:{i}: quote out of order: {q!r}")
                last = pos
            if nodes is not None and sum(q in nd for nd in nodes) != 1:
                errors.append(f"{name}:{i}: HTML quote not inside exactly one text node: {q!r}")
            v = o.get("value")
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{name}:{i}: bad value {v!r}")
            if "end" in o and (not isinstance(o["end"], str) or not valid_value(o["end"])):
                errors.append(f"{name}:{i}: bad end {o['end']!r}")
            if "end" in o and v is None:
                errors.append(f"{name}:{i}: end without value")
            if o.get("mod") not in MODS:
                errors.append(f"{name}:{i}: bad mod {o.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(o.get(k), bool):
                    errors.append(f"{name}:{i}: {k} not bool")
            if v is None and (o.get("mod") is not None):
                errors.append(f"{name}:{i}: mod on null value")
    import calendar
    import datetime
    for stem, iso, name in WEEKDAY_CLAIMS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != name:
            errors.append(f"{stem}: {iso} is not a {name}")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
