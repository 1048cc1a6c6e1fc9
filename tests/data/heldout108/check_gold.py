"""Independent checker for the heldout108 chronology gold files (standard library only).

Checks: meta keys, JSON keys and types, value/end forms, mods, every quote found exactly once
in the file and in text order, 8-12 words, and for HTML files that each quote is visible text
inside a single text node (no tags, no entities) and outside <script>/<style>/<head>.
"""
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?"          # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(-WE)?"                # week, weekend
    r"|\d{4}-(SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                    # decade, century
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")     # BC year / decade / century
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}


class TextNodes(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        import datetime
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def check(name, errors):
    base = os.path.join(HERE, name)
    texts = [f for f in os.listdir(HERE) if f.startswith(name + ".") and
             f.rsplit(".", 1)[1] in ("txt", "md", "html")]
    if len(texts) != 1:
        errors.append(f"{name}: expected one text file, got {texts}")
        return 0
    tpath = os.path.join(HERE, texts[0])
    text = open(tpath, encoding="utf-8").read()
    is_html = tpath.endswith(".html")
    meta = json.load(open(base + ".meta.json", encoding="utf-8"))
    if set(meta) != META_KEYS:
        errors.append(f"{name}: meta keys {sorted(meta)}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
        errors.append(f"{name}: bad publication_date")
    if meta.get("format") != tpath.rsplit(".", 1)[1]:
        errors.append(f"{name}: meta format {meta.get('format')} != file extension")
    nodes = []
    if is_html:
        p = TextNodes()
        p.feed(text)
        nodes = p.nodes
    pos = -1
    n = 0
    for i, line in enumerate(open(base + ".gold.jsonl", encoding="utf-8"), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        e = json.loads(line)
        n += 1
        where = f"{name}:{i}"
        keys = set(e)
        if not (KEYS <= keys <= KEYS | {"end"}):
            errors.append(f"{where}: keys {sorted(keys)}")
        q = e.get("quote")
        if not isinstance(q, str) or not q:
            errors.append(f"{where}: bad quote")
            continue
        if q != q.strip():
            errors.append(f"{where}: quote has outer whitespace")
        nw = len(q.split())
        if not 4 <= nw <= 12:
            errors.append(f"{where}: quote has {nw} words")
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{where}: quote found {cnt} times: {q!r}")
        else:
            at = text.index(q)
            if at <= pos:
                errors.append(f"{where}: quote out of order: {q!r}")
            pos = at
        if q.lstrip()[:1] in "-*\u2022":
            errors.append(f"{where}: quote starts with a bullet glyph")
        if is_html:
            if "<" in q or ">" in q or "&" in q:
                errors.append(f"{where}: quote has tag or entity characters")
            inside = [nd for nd in nodes if q in nd]
            if len(inside) != 1:
                errors.append(f"{where}: quote not inside exactly one visible text node ({len(inside)})")
        if not valid_value(e.get("value")):
            errors.append(f"{where}: bad value {e.get('value')!r}")
        if "end" in e and (e["end"] is None or not valid_value(e["end"])):
            errors.append(f"{where}: bad end {e.get('end')!r}")
        if "end" in e and e.get("value") is None:
            errors.append(f"{where}: end without value")
        if e.get("mod") not in MODS:
            errors.append(f"{where}: bad mod {e.get('mod')!r}")
        if e.get("value") is None and e.get("mod") is not None:
            errors.append(f"{where}: mod on null value")
        for k in ("explicit", "hard"):
            if not isinstance(e.get(k), bool):
                errors.append(f"{where}: {k} not a bool")
        if e.get("explicit") is False and e.get("hard") is False and e.get("value") is not None:
            errors.append(f"{where}: an implicit dated entry must be hard (context needed)")
    return n


# Every weekday named in the texts, with the date the annotators resolved it to.
WEEKDAYS = [
    ("tornado_outbreak_summary", "Sunday, April 9", "2023-04-09", "Sunday"),
    ("tornado_outbreak_summary", "Tuesday, April 11", "2023-04-11", "Tuesday"),
    ("tornado_outbreak_summary", "Wednesday, April 12", "2023-04-12", "Wednesday"),
    ("tornado_outbreak_summary", "at first light on Wednesday", "2023-04-12", "Wednesday"),
    ("chef_career_profile", "on Tuesday to 90 guests", "2024-09-17", "Tuesday"),
    ("chef_career_profile", "20 September 2024", "2024-09-20", "Friday"),
    ("bus_drivers_strike", "On Monday, talks collapsed", "2025-03-17", "Monday"),
    ("museum_heist_longread", "Sunday 11 February", "2024-02-11", "Sunday"),
    ("museum_heist_longread", "Monday 12 February", "2024-02-12", "Monday"),
    ("museum_heist_longread", "Friday 16 February", "2024-02-16", "Friday"),
    ("museum_heist_longread", "On Monday 21 October", "2024-10-21", "Monday"),
    ("museum_heist_longread", "On Wednesday, the court", "2024-11-27", "Wednesday"),
    ("museum_heist_longread", "Sat 30 Nov 2024", "2024-11-30", "Saturday"),
    ("measles_outbreak_update", "Posted Thursday, April 10, 2025", "2025-04-10", "Thursday"),
    ("olympic_bid_factbox", "Wednesday - The IOC", "2025-07-02", "Wednesday"),
    ("city_budget_crisis", "Thursday, December 19, 2024", "2024-12-19", "Thursday"),
    ("city_budget_crisis", "Tuesday: Council accepts", "2024-12-17", "Tuesday"),
    ("blackout_live", "Monday 23 June", "2025-06-23", "Monday"),
    ("bridge_closure_explainer", "Tuesday of last week", "2025-09-30", "Tuesday"),
    ("bridge_closure_explainer", "On Friday, a contractor", "2025-10-03", "Friday"),
    ("bridge_closure_explainer", "Published October 8, 2025", "2025-10-08", "Wednesday"),
]


def check_weekdays(errors):
    import calendar
    import datetime
    for name, phrase, iso, day in WEEKDAYS:
        files = [f for f in os.listdir(HERE) if f.startswith(name + ".") and
                 f.rsplit(".", 1)[1] in ("txt", "md", "html")]
        if not files or phrase not in open(os.path.join(HERE, files[0]), encoding="utf-8").read():
            errors.append(f"weekday phrase not found in {name}: {phrase!r}")
        real = calendar.day_name[datetime.date.fromisoformat(iso).weekday()]
        if real != day:
            errors.append(f"{name}: {iso} is a {real}, not a {day}")


def main():
    errors = []
    check_weekdays(errors)
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    for name in names:
        if not os.path.exists(os.path.join(HERE, name + ".meta.json")):
            errors.append(f"{name}: missing meta")
            continue
        c = check(name, errors)
        print(f"{name}: {c} entries")
        total += c
    print(f"{len(names)} files, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
