#!/usr/bin/env python3
"""Validate the heldout167 chronology gold files (standard library only, independent of keydates)."""
import calendar
import datetime
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
SKIP_TAGS = {"script", "style", "head"}
BLOCK_TAGS = {"p", "div", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
              "tr", "table", "ul", "ol", "dl", "section", "article", "aside", "header",
              "footer", "nav", "main", "br", "time", "b", "strong", "span", "a", "em", "i",
              "caption", "figure", "figcaption", "form", "button", "label", "blockquote"}


class TextNodes(HTMLParser):
    """Collect visible text nodes (each inside exactly one element)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
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
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            errors.append(f"{where}: impossible date {v}")
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        errors.append(f"{where}: bad month {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= 53:
        errors.append(f"{where}: bad week {v}")


def visible_text(path, raw, errors):
    ext = os.path.splitext(path)[1]
    if ext == ".html":
        p = TextNodes()
        p.feed(raw)
        return p.nodes
    return [raw]


def check_pair(gold_path, errors):
    base = gold_path[: -len(".gold.jsonl")]
    name = os.path.basename(base)
    texts = [base + e for e in (".txt", ".md", ".html") if os.path.exists(base + e)]
    if len(texts) != 1:
        errors.append(f"{name}: expected exactly one text file, found {texts}")
        return 0
    tpath = texts[0]
    raw = open(tpath, encoding="utf-8").read()
    ext = os.path.splitext(tpath)[1]
    nodes = visible_text(tpath, raw, errors)
    joined = "\n".join(nodes)
    meta_path = base + ".meta.json"
    pub = None
    try:
        meta = json.load(open(meta_path, encoding="utf-8"))
        missing = META_KEYS - set(meta)
        if missing:
            errors.append(f"{name}: meta missing {sorted(missing)}")
        pub = meta.get("publication_date")
        datetime.date.fromisoformat(pub)
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub):
            raise ValueError
        if meta.get("format") != ext[1:]:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {ext[1:]}")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{name}: bad meta ({exc})")
    last_pos = -1
    n = 0
    seen = set()
    for i, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        where = f"{name}:{i}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON {exc}")
            continue
        n += 1
        keys = set(obj)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            errors.append(f"{where}: keys {sorted(keys)}")
        q = obj.get("quote")
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: empty quote")
            continue
        words = len(q.split())
        if not 3 <= words <= 12:
            errors.append(f"{where}: quote has {words} words (want 8-12, short entries allowed)")
        if q in seen:
            errors.append(f"{where}: duplicate quote")
        seen.add(q)
        if "<" in q or ">" in q or re.search(r"&[a-zA-Z#0-9]+;", q):
            errors.append(f"{where}: quote contains markup or entity")
        if ext == ".md" and re.search(r"[*_`#\[\]]", q):
            errors.append(f"{where}: quote contains Markdown markup")
        if q[:1] in "-*•–—" and q[1:2] == " ":
            errors.append(f"{where}: quote starts with a bullet glyph")
        cnt = joined.count(q)
        if cnt != 1:
            errors.append(f"{where}: quote found {cnt} times in visible text: {q!r}")
        if ext == ".html":
            inside = sum(node.count(q) for node in nodes)
            if inside != 1:
                errors.append(f"{where}: quote not inside exactly one text node: {q!r}")
        pos = joined.find(q)
        if pos <= last_pos:
            errors.append(f"{where}: quote out of text order")
        last_pos = max(pos, last_pos)
        v = obj.get("value")
        check_value(v, where, errors)
        if "end" in obj:
            check_value(obj["end"], where + " end", errors)
            if obj["end"] is None or v is None:
                errors.append(f"{where}: end with null value")
        if obj.get("mod") not in MODS:
            errors.append(f"{where}: bad mod {obj.get('mod')!r}")
        for k in ("explicit", "hard"):
            if not isinstance(obj.get(k), bool):
                errors.append(f"{where}: {k} not boolean")
        if v is None and obj.get("mod") is not None:
            errors.append(f"{where}: mod on null value")
    # weekday consistency: every "Weekday D Month YYYY"-like phrase with full date in text
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
                         r"(\d{1,2}) (January|February|March|April|May|June|July|August|"
                         r"September|October|November|December),? (\d{4})", joined):
        d = datetime.date(int(m[4]), list(calendar.month_name).index(m[3]), int(m[2]))
        if calendar.day_name[d.weekday()] != m[1]:
            errors.append(f"{name}: weekday mismatch {m[0]!r}")
    return n


# Weekday mentions whose year is not printed next to them, checked against the date the
# annotators resolved them to (file stem, weekday as written, resolved date).
WEEKDAY_MENTIONS = [
    ("storm_surge_seafront_live", "Friday", "2025-11-14"),
    ("storm_surge_seafront_live", "Thursday", "2025-11-13"),
    ("storm_surge_seafront_live", "Tuesday", "2025-11-11"),
    ("storm_surge_seafront_live", "Sunday", "2025-11-16"),
    ("crypto_wallet_hack_explainer", "Friday", "2026-02-27"),
    ("crypto_wallet_hack_explainer", "Monday", "2026-02-23"),
    ("crypto_wallet_hack_explainer", "Wednesday", "2026-02-25"),
    ("crypto_wallet_hack_explainer", "Saturday", "2026-02-21"),
    ("university_cleaners_strike", "Friday", "2025-03-21"),
    ("university_cleaners_strike", "Monday", "2024-10-14"),
    ("university_cleaners_strike", "Tuesday", "2024-12-03"),
    ("university_cleaners_strike", "Monday", "2025-01-13"),
    ("university_cleaners_strike", "Wednesday", "2025-03-19"),
    ("scabies_care_homes_factbox", "Friday", "2025-10-24"),
    ("hockey_league_season_recap", "Saturday", "2025-09-20"),
    ("hockey_league_season_recap", "Sunday", "2026-04-19"),
    ("hockey_league_season_recap", "Monday", "2026-04-20"),
    ("local_year_in_review", "Monday", "2024-04-01"),
    ("local_year_in_review", "Saturday", "2024-12-28"),
    ("university_history_page", "Saturday", "2025-10-04"),
]


def check_weekdays(errors):
    for stem, day, iso in WEEKDAY_MENTIONS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != day:
            errors.append(f"{stem}: {iso} is a {calendar.day_name[d.weekday()]}, not {day}")


def main():
    errors = []
    check_weekdays(errors)
    total = 0
    files = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    for g in files:
        n = check_pair(g, errors)
        print(f"{os.path.basename(g)}: {n} entries")
        total += n
    for t in glob.glob(os.path.join(HERE, "*")):
        b = os.path.basename(t)
        if b.endswith((".txt", ".md", ".html")) and b != "README.md":
            stem = os.path.splitext(t)[0]
            if not os.path.exists(stem + ".gold.jsonl"):
                errors.append(f"{b}: no gold file")
    print(f"{len(files)} files, {total} entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
