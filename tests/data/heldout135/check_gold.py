"""Independent sanity check of the heldout135 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- every gold line is a JSON object with exactly the guide's keys
  (quote, value, mod, explicit, hard; optional end), value/end in TIMEX3 forms, mod in the list;
- every quote occurs exactly once in the visible text, and the quotes appear in text order;
- quotes are 1-12 words, short ones being the whole sentence (ending with . ! ? or a quote mark);
- for HTML: quotes contain no tags or entities and lie inside ONE text node (one element);
- every "Weekday D Month YYYY" / "Weekday, Month D, YYYY" in a text, and every weekday listed in
  WEEKDAYS below (weekday names resolved by the annotators), matches Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout135/check_gold.py
"""
import calendar
import datetime as dt
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))

VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
DAYS = list(calendar.day_name)
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}

# Weekday names in the texts that the annotators resolved (file stem -> [(weekday, date)]).
WEEKDAYS = {
    "m6_sinkhole_live": [("Friday", "2025-03-14"), ("Thursday", "2025-03-13"),
                         ("Tuesday", "2025-03-11"), ("Wednesday", "2025-03-12"),
                         ("Monday", "2025-03-17")],
    "norovirus_school_closure": [("Wednesday", "2024-11-20"), ("Monday", "2024-11-18"),
                                 ("Thursday", "2024-11-14"), ("Friday", "2024-11-15"),
                                 ("Tuesday", "2024-11-19"), ("Monday", "2024-11-25")],
    "cyclist_doping_case": [("Wednesday", "2025-06-18"), ("Monday", "2025-06-16"),
                            ("Tuesday", "2025-06-17")],
    "water_meter_explainer": [("Monday", "2025-09-22")],
    "ashby_green_year_review": [("Saturday", "2024-11-23")],
}


class TextNodes(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw, None
    p = TextNodes()
    p.feed(raw)
    p.close()
    nodes = [re.sub(r"\s+", " ", n) for n in p.nodes]
    return "\n".join(n.strip() for n in nodes), nodes


def check_weekdays(stem, text, errors):
    for day, iso in WEEKDAYS.get(stem, []):
        d = dt.date.fromisoformat(iso)
        if DAYS[d.weekday()] != day:
            errors.append(f"{stem}: {iso} is a {DAYS[d.weekday()]}, not {day}")
        if day not in text:
            errors.append(f"{stem}: weekday {day} listed but not in text")
    mon = "|".join(MONTHS)
    day = "|".join(DAYS)
    for m in re.finditer(rf"\b({day}),? (\d{{1,2}})(?:st|nd|rd|th)? ({mon}),? (\d{{4}})", text):
        d = dt.date(int(m.group(4)), MONTHS[m.group(3)], int(m.group(2)))
        if DAYS[d.weekday()] != m.group(1):
            errors.append(f"{stem}: '{m.group(0)}' is wrong ({DAYS[d.weekday()]})")
    for m in re.finditer(rf"\b({day}),? ({mon}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})", text):
        d = dt.date(int(m.group(4)), MONTHS[m.group(2)], int(m.group(3)))
        if DAYS[d.weekday()] != m.group(1):
            errors.append(f"{stem}: '{m.group(0)}' is wrong ({DAYS[d.weekday()]})")


def main():
    errors = []
    total = 0
    stems = sorted(f[: -len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    for stem in stems:
        srcs = [os.path.join(HERE, stem + e) for e in (".txt", ".md", ".html")
                if os.path.exists(os.path.join(HERE, stem + e))]
        if len(srcs) != 1:
            errors.append(f"{stem}: expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        metap = os.path.join(HERE, stem + ".meta.json")
        if not os.path.exists(metap):
            errors.append(f"{stem}: missing meta")
        else:
            meta = json.load(open(metap, encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{stem}: meta keys {sorted(meta)}")
            try:
                dt.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{stem}: bad publication_date")
        text, nodes = visible(src)
        check_weekdays(stem, text, errors)
        last = -1
        n = 0
        for i, line in enumerate(open(os.path.join(HERE, stem + ".gold.jsonl"), encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{stem}:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            n += 1
            keys = set(e)
            if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            for k in ("value", "end"):
                if k in e and e[k] is not None and not VALUE_RE.match(e[k]):
                    errors.append(f"{where}: bad {k} {e[k]!r}")
            if "end" in e and (e["end"] is None or e["value"] is None):
                errors.append(f"{where}: end needs a value and a start")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if e["value"] is None and e["mod"] is not None:
                errors.append(f"{where}: null value with a mod")
            q = e["quote"]
            words = q.split()
            if not 1 <= len(words) <= 12:
                errors.append(f"{where}: quote has {len(words)} words")
            if len(words) < 8 and not q.rstrip().endswith((".", "!", "?", '"', "\u201d")):
                errors.append(f"{where}: short quote should be a whole sentence: {q!r}")
            if q != q.strip() or q[:1] in "-•*–—:":
                errors.append(f"{where}: quote has stray whitespace/bullet: {q!r}")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of order: {q!r}")
            last = pos
            if nodes is not None:
                if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                    errors.append(f"{where}: HTML tag/entity in quote {q!r}")
                if not any(q in nd for nd in nodes):
                    errors.append(f"{where}: quote spans several elements {q!r}")
        print(f"{stem}: {n} entries ({os.path.basename(src)})")
        total += n
    print(f"total: {total} entries in {len(stems)} chronologies")
    for err in errors:
        print("ERROR", err)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
