"""Independent sanity check for the heldout123 chronology gold (stdlib only).

Checks: meta keys, JSON keys and types, value/end forms, mods, every quote found
exactly once in the visible text and in text order, 8-12 words, HTML quotes lie
inside a single text node (no tags/entities crossed), and listed weekdays agree
with Python's calendar.
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
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}

# (file stem, weekday word as written, ISO date it refers to) -- verified below.
WEEKDAYS = [
    ("ferry_grounding_live", "Saturday", "2025-06-14"),
    ("ferry_grounding_live", "Friday", "2025-06-13"),
    ("ferry_grounding_live", "Thursday", "2025-06-12"),
    ("water_bill_explainer", "Monday", "2024-03-11"),
    ("water_bill_explainer", "Thursday", "2024-03-07"),
    ("metro_strike_keydates", "Thursday", "2019-12-05"),
    ("metro_strike_keydates", "Monday", "2020-01-13"),
    ("avian_flu_cull", "Tuesday", "2023-02-14"),
    ("avian_flu_cull", "Friday", "2023-02-17"),
    ("tornado_year_review", "Thursday", "2023-05-18"),
    ("property_tax_revolt", "Tuesday", "2022-11-08"),
    ("marathon_runner_career", "Sunday", "2023-04-16"),
    ("marathon_runner_career", "Sunday", "2024-04-21"),
    ("water_bill_explainer", "Tuesday", "2024-03-12"),
    ("metro_strike_keydates", "Monday", "2020-01-20"),
    ("tornado_year_review", "Saturday", "2023-12-23"),
    ("property_tax_revolt", "Tuesday", "2023-06-13"),
    ("novelist_prizes_profile", "Thursday", "2024-10-10"),
]


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    return "".join(p.nodes), p.nodes


def main():
    errors = []
    total = 0
    files = sorted(HERE.glob("*.gold.jsonl"))
    for gold in files:
        stem = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / (stem + ext) for ext in (".txt", ".md", ".html") if (HERE / (stem + ext)).exists()]
        if len(srcs) != 1:
            errors.append(f"{stem}: expected one source file, found {srcs}")
            continue
        src = srcs[0]
        meta_path = HERE / (stem + ".meta.json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{stem}: meta missing {missing}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{stem}: meta format {meta.get('format')} != {src.suffix[1:]}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{stem}: bad meta: {e}")
        text, nodes = visible_text(src)
        if src.suffix == ".html":
            raw = src.read_text(encoding="utf-8")
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            n += 1
            where = f"{gold.name}:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{where}: bad JSON {ex}")
                continue
            keys = set(e)
            if not REQ <= keys or keys - REQ - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not (8 <= len(q.split()) <= 12):
                errors.append(f"{where}: quote must be 8-12 words: {q!r}")
            if re.search(r"[<>]|&[a-z#0-9]+;", q):
                errors.append(f"{where}: quote contains markup: {q!r}")
            if q.lstrip()[:1] in "-*\u2022\u2013":
                errors.append(f"{where}: quote starts with bullet glyph: {q!r}")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last = pos
            if nodes is not None and not any(q in node for node in nodes):
                errors.append(f"{where}: HTML quote crosses element boundary: {q!r}")
            v = e["value"]
            if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
                errors.append(f"{where}: bad value {v!r}")
            if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                try:
                    datetime.date.fromisoformat(v)
                except ValueError:
                    errors.append(f"{where}: impossible date {v}")
            if "end" in e:
                en = e["end"]
                if not (isinstance(en, str) and VALUE_RE.match(en)):
                    errors.append(f"{where}: bad end {en!r}")
                if v is None:
                    errors.append(f"{where}: end without value")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errors.append(f"{where}: {k} must be bool")
        total += n
        print(f"{stem:28s} {src.suffix[1:]:5s} {n:3d} entries")
    for stem, word, iso in WEEKDAYS:
        srcs = [HERE / (stem + ext) for ext in (".txt", ".md", ".html") if (HERE / (stem + ext)).exists()]
        if not srcs:
            errors.append(f"weekday check: no file {stem}")
            continue
        text, _ = visible_text(srcs[0])
        if word not in text:
            errors.append(f"weekday check: {word} not in {stem}")
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != word:
            errors.append(f"weekday check: {iso} is {calendar.day_name[d.weekday()]}, not {word} ({stem})")
    print(f"{len(files)} files, {total} gold entries")
    if len(files) != 12 or total < 160:
        errors.append(f"need 12 files and >=160 entries, have {len(files)} / {total}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
