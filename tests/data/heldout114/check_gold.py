#!/usr/bin/env python3
"""Independent checker for the heldout114 chronology gold files.

Standard library only; does not import keydates. Checks, for every NAME.gold.jsonl:
  * exactly one source file NAME.txt / NAME.md / NAME.html and a NAME.meta.json;
  * JSON keys and value forms (TIMEX3 subset of the guide), mods, `end` only when a range;
  * every quote found exactly once in the text as a reader sees it, quotes in text order;
  * HTML: quotes contain no tags or entities and each one lies inside one text node whose
    element is not a date label (<dt>, <th>, <time>, <strong>, <b>) -- the quote starts at
    the description text, not at the date cell;
  * Markdown: quotes contain no Markdown markup (*, `, [, ]); bold date labels are left out;
  * meta keys: title, publication_date (YYYY-MM-DD), format, style.
Exit status 0 when everything passes.
"""
import datetime
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$"                           # BC years
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
LABEL_TAGS = {"dt", "th", "time", "strong", "b"}
SKIP_TAGS = {"script", "style", "head", "title"}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Weekday claims whose year the text leaves to context: (file stem, phrase, ISO date).
WEEKDAY_CLAIMS = [
    ("doctors_strike_live", "Monday 28 July", "2025-07-28"),
    ("doctors_strike_live", "Saturday 2 August", "2025-08-02"),
    ("doctors_strike_live", "Tuesday 29 July 2025", "2025-07-29"),
    ("year_in_review_local", "Friday 15th March", "2024-03-15"),
    ("year_in_review_local", "Saturday 13 July", "2024-07-13"),
    ("norovirus_ships_explainer", "Thursday, January 16, 2025", "2025-01-16"),
    ("norovirus_ships_explainer", "Jan. 3", "2025-01-03"),  # Friday: 'the following Monday' = Jan 6
    ("bypass_dispute_local", "Tuesday 12 October 2021", "2021-10-12"),
    ("university_history_dl", "Saturday 4 October 2025", "2025-10-04"),
]
FULL_WEEKDAY_RE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:the )?"
    r"(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|"
    r"September|October|November|December),? (\d{4})\b")
US_WEEKDAY_RE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
    r"(January|February|March|April|May|June|July|August|September|October|November|"
    r"December) (\d{1,2})(?:st|nd|rd|th)?, (\d{4})\b")


class TextNodes(html.parser.HTMLParser):
    """Collect visible text nodes with the stack of open elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, tag stack tuple)

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "hr", "meta", "link", "input", "wbr"}:
            return
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if any(t in SKIP_TAGS for t in self.stack):
            return
        if data.strip():
            self.nodes.append((data, tuple(self.stack)))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= 53:
        return False
    return True


def check_file(gold_path, errors):
    name = gold_path.name[: -len(".gold.jsonl")]
    sources = [p for ext in ("txt", "md", "html") if (p := HERE / f"{name}.{ext}").exists()]
    if len(sources) != 1:
        errors.append(f"{name}: expected exactly one source file, found {sources}")
        return 0
    src = sources[0]
    raw = src.read_text(encoding="utf-8")
    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        errors.append(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        missing = META_KEYS - set(meta)
        if missing:
            errors.append(f"{name}: meta missing keys {sorted(missing)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") not in {"text", "markdown", "html"}:
            errors.append(f"{name}: meta format must be text|markdown|html")
        expected = {"txt": "text", "md": "markdown", "html": "html"}[src.suffix[1:]]
        if meta.get("format") != expected:
            errors.append(f"{name}: meta format {meta.get('format')!r} != {expected!r}")

    is_html = src.suffix == ".html"
    nodes = []
    if is_html:
        parser = TextNodes()
        parser.feed(raw)
        parser.close()
        nodes = parser.nodes
        text = "\n".join(t for t, _ in nodes)
    else:
        text = raw

    entries = []
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{i}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{i}: bad JSON: {exc}")
            continue
        entries.append((i, obj))

    last_pos = -1
    for i, obj in entries:
        where = f"{name}:{i}"
        keys = set(obj)
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q, v, mod = obj["quote"], obj["value"], obj["mod"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            errors.append(f"{where}: empty or untrimmed quote")
            continue
        nwords = len(q.split())
        if nwords > 12 or nwords < 3:
            errors.append(f"{where}: quote has {nwords} words (want up to 12): {q!r}")
        if q[:1] in "-*•–—#>|":
            errors.append(f"{where}: quote starts with a bullet/markup glyph: {q!r}")
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            errors.append(f"{where}: bad value {v!r}")
        if mod not in MODS:
            errors.append(f"{where}: bad mod {mod!r}")
        if v is None and (mod is not None or "end" in obj):
            errors.append(f"{where}: null value with mod/end")
        if "end" in obj:
            e = obj["end"]
            if not isinstance(e, str) or not valid_value(e):
                errors.append(f"{where}: bad end {e!r}")
            elif v is not None and e == v:
                errors.append(f"{where}: end equals value")
        if not isinstance(obj["explicit"], bool) or not isinstance(obj["hard"], bool):
            errors.append(f"{where}: explicit/hard must be booleans")
        if v is None and obj["explicit"]:
            errors.append(f"{where}: null value cannot be explicit")
        count = text.count(q)
        if count != 1:
            errors.append(f"{where}: quote found {count} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last_pos:
            errors.append(f"{where}: quote out of text order: {q!r}")
        last_pos = pos
        if src.suffix == ".md" and re.search(r"[*`\[\]]", q):
            errors.append(f"{where}: quote contains Markdown markup: {q!r}")
        if is_html:
            if re.search(r"[<>&]", q):
                errors.append(f"{where}: quote contains markup or an entity: {q!r}")
            hits = [(t, st) for t, st in nodes if q in t]
            if len(hits) != 1:
                errors.append(f"{where}: quote not inside exactly one text node: {q!r}")
            else:
                t, st = hits[0]
                if st and st[-1] in LABEL_TAGS:
                    errors.append(f"{where}: quote sits in a date label <{st[-1]}>: {q!r}")
                node = " ".join(t.split())
                k = node.find(q)
                if k > 0 and not node[:k].rstrip().endswith((".", ";", ":")):
                    errors.append(f"{where}: HTML quote does not start its text node "
                                  f"or a sentence: {q!r}")
            if raw.count(q) != 1:
                errors.append(f"{where}: quote found {raw.count(q)} times in raw HTML: {q!r}")
    # every 'Weekday D Month YYYY' in the text must be right
    for m in FULL_WEEKDAY_RE.finditer(text):
        d = datetime.date(int(m[4]), MONTHS[m[3].lower()], int(m[2]))
        if WEEKDAYS[d.weekday()] != m[1].lower():
            errors.append(f"{name}: wrong weekday in {m[0]!r} ({d} is a {d:%A})")
    for m in US_WEEKDAY_RE.finditer(text):
        d = datetime.date(int(m[4]), MONTHS[m[2].lower()], int(m[3]))
        if WEEKDAYS[d.weekday()] != m[1].lower():
            errors.append(f"{name}: wrong weekday in {m[0]!r} ({d} is a {d:%A})")
    for stem, phrase, iso in WEEKDAY_CLAIMS:
        if stem != name:
            continue
        if phrase not in text:
            errors.append(f"{name}: weekday claim phrase missing: {phrase!r}")
        d = datetime.date.fromisoformat(iso)
        word = phrase.split()[0].strip(",").lower()
        if word in WEEKDAYS and WEEKDAYS[d.weekday()] != word:
            errors.append(f"{name}: {phrase!r} but {iso} is a {d:%A}")
    return len(entries)


def main():
    errors = []
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        n = check_file(g, errors)
        print(f"{g.name[:-len('.gold.jsonl')]:32s} {n:3d} entries")
        total += n
    for p in HERE.iterdir():
        if p.suffix in {".txt", ".md", ".html"} and p.name != "README.md":
            if not (HERE / f"{p.stem}.gold.jsonl").exists():
                errors.append(f"{p.name}: no gold file")
    print(f"{len(golds)} chronologies, {total} gold entries")
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"0 passed, {len(errors)} failed")
        return 1
    print(f"{len(golds)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
