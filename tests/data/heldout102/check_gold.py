#!/usr/bin/env python3
"""Independent validator for the heldout102 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD), format (matches extension), style;
- each gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), with valid TIMEX3 value forms and mods;
- each quote is found exactly once in the visible text, and quotes occur in text order;
- for HTML: the visible text is the page with tags removed and entities unescaped, the quote
  holds no tag or entity, and it sits inside one text node (so it starts at the description,
  never inside a date cell, <dt> or bold label);
- for Markdown: the quote holds no markup characters (* _ # [ ] `).
Exit status 0 when everything passes.
"""
import html
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}(?:-\d{2}(?:-\d{2})?)?"        # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"              # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"             # seasons
    r"|\d{3}X|\d{2}XX"                    # decades, centuries
    r"|BC\d{4}"                           # BC years
    r")$"
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}

# Every weekday the texts (or their gold resolution) rely on, verified with the calendar:
# (file, weekday as written, ISO date it names or resolves to, text that must be present)
WEEKDAYS = [
    ("dam_failure_factbox", "Friday", "2025-03-14", "opened on Friday"),
    ("teachers_strike_longread", "Monday", "2025-09-08", "## Monday, Sept. 8"),
    ("teachers_strike_longread", "Thursday", "2025-09-18", "## Thursday, Sept. 18"),
    ("teachers_strike_longread", "Friday", "2025-10-03", "## Friday, Oct. 3"),
    ("teachers_strike_longread", "Monday", "2025-10-06", "on Monday, Oct. 6"),
    ("teachers_strike_longread", "Tuesday", "2025-10-14", "On Tuesday, the school board"),
    ("teachers_strike_longread", "Saturday", "2025-09-20", "The weekend that followed"),
    ("food_recall", "Monday", "2025-08-04", "Monday, Aug. 4:"),
    ("food_recall", "Tuesday", "2025-09-02", "As of Tuesday"),
    ("food_recall", "Monday", "2025-08-18", "The next week:"),
    ("trade_talks_chronology", "Thursday", "2025-09-04", "Thursday - Farm unions"),
    ("ice_storm_live", "Thursday", "2025-01-02", "Thursday 2 January"),
    ("ice_storm_live", "Wednesday", "2025-01-01", "Wednesday 1 January"),
    ("ice_storm_live", "Tuesday", "2024-12-31", "Tuesday 31 December"),
    ("ice_storm_live", "Friday", "2025-01-03", "closed on Friday"),
    ("bridge_explainer", "Wednesday", "2025-06-18", "Wednesday 18 June 2025"),
    ("bridge_explainer", "Thursday", "2025-06-12", "last Thursday"),
    ("bridge_explainer", "Saturday", "2025-06-14", "Over the weekend"),
    ("bridge_explainer", "Monday", "2025-06-16", "On Monday, the county council"),
]


def check_weekdays(errors):
    import calendar
    import datetime
    for name, day, iso, needle in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[calendar.weekday(d.year, d.month, d.day)] != day:
            errors.append(f"{name}: {iso} is not a {day}")
        src = [p for p in (HERE / f"{name}.{e}" for e in ("txt", "md", "html")) if p.exists()]
        if not src or needle not in src[0].read_text(encoding="utf-8"):
            errors.append(f"{name}: weekday text {needle!r} not found")


class TextNodes(html.parser.HTMLParser):
    """Collect visible text nodes (skipping script/style/head content)."""

    SKIP = {"script", "style", "head", "title", "noscript"}

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
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3):
            try:
                datetime.date(y, mo, int(m.group(3)))
            except ValueError:
                return False
    w = re.match(r"^\d{4}-W(\d{2})", v)
    if w and not 1 <= int(w.group(1)) <= 53:
        return False
    return True


def check(name, errors):
    gold = HERE / f"{name}.gold.jsonl"
    texts = [HERE / f"{name}.{e}" for e in ("txt", "md", "html")]
    texts = [t for t in texts if t.exists()]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, found {len(texts)}")
        return 0
    src = texts[0]
    raw = src.read_text(encoding="utf-8")
    ext = src.suffix[1:]
    nodes = None
    if ext == "html":
        p = TextNodes()
        p.feed(raw)
        p.close()
        nodes = p.nodes
        visible = "".join(nodes)
    else:
        visible = raw

    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        errors.append(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            errors.append(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != ext:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {ext!r}")
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                errors.append(f"{name}: meta {k} empty")

    pos = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        n += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{i}: bad JSON {exc}")
            continue
        keys = set(obj)
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            errors.append(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = obj["quote"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{name}:{i}: empty quote")
            continue
        words = len(q.split())
        if words > 14:
            errors.append(f"{name}:{i}: quote too long ({words} words)")
        if not valid_value(obj["value"]):
            errors.append(f"{name}:{i}: bad value {obj['value']!r}")
        if "end" in obj and (obj["end"] is None or not valid_value(obj["end"])):
            errors.append(f"{name}:{i}: bad end {obj['end']!r}")
        if "end" in obj and obj["value"] is None:
            errors.append(f"{name}:{i}: end without value")
        if obj["mod"] not in MODS:
            errors.append(f"{name}:{i}: bad mod {obj['mod']!r}")
        if obj["value"] is None and obj["mod"] is not None:
            errors.append(f"{name}:{i}: mod on null value")
        for k in ("explicit", "hard"):
            if not isinstance(obj[k], bool):
                errors.append(f"{name}:{i}: {k} not bool")
        if q.lstrip()[:1] in "•*-–—" and q.lstrip()[:2] != "--":
            errors.append(f"{name}:{i}: quote starts with a bullet glyph")
        if ext == "html":
            if re.search(r"<[^>]*>|&[#\w]+;", q):
                errors.append(f"{name}:{i}: quote holds a tag or entity")
            if not any(q in node for node in nodes):
                errors.append(f"{name}:{i}: quote not inside one text node: {q!r}")
        if ext == "md" and re.search(r"[*_#\[\]`]", q):
            errors.append(f"{name}:{i}: quote holds Markdown markup")
        count = visible.count(q)
        if count != 1:
            errors.append(f"{name}:{i}: quote found {count} times: {q!r}")
            continue
        at = visible.find(q)
        if at <= pos:
            errors.append(f"{name}:{i}: quote out of order: {q!r}")
        pos = at
    return n


def main():
    errors = []
    total = 0
    names = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    for name in names:
        n = check(name, errors)
        total += n
        print(f"{name}: {n} entries")
    check_weekdays(errors)
    print(f"{len(names)} files, {total} entries; {len(WEEKDAYS)} weekdays verified")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
