"""Independent checker for the heldout127 chronology gold (standard library only).

Checks, for every NAME.txt / NAME.md / NAME.html in this folder:
  * NAME.gold.jsonl and NAME.meta.json exist; meta has title, publication_date (a real
    YYYY-MM-DD day), format (text|markdown|html, matching the extension) and style;
  * every gold line is a JSON object with exactly the keys quote, value, mod, explicit, hard
    (+ optional end), with the right types;
  * value / end are TIMEX3 forms allowed by the guide; mod is null or a TIMEX3 mod;
  * every quote is 8-12 words (or a shorter complete sentence/clause), has no markup,
    occurs exactly once in the text as a reader sees it, and quotes appear in text order;
  * HTML: the quote has no tags or entities, occurs once in the raw source and lies inside a
    single text node that is not a date label (<dt>, <th>, <time>, <strong>/<b>, the first
    <td> of a row); Markdown: no emphasis/link markup and no bold label in the quote;
  * every weekday written in the files matches Python's calendar (table WEEKDAYS below).
Exit status 0 when everything passes.
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
EXT_FORMAT = {".txt": "text", ".md": "markdown", ".html": "html"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4})$")                           # BC years

# (file, text as written, the date it denotes): every weekday named in the set.
WEEKDAYS = [
    ("cliff_collapse_live.html", "Saturday 13 September 2025", "2025-09-13"),
    ("cliff_collapse_live.html", "Saturday 13 September", "2025-09-13"),
    ("cliff_collapse_live.html", "Friday 12 September", "2025-09-12"),
    ("cliff_collapse_live.html", "on Wednesday evening", "2025-09-10"),
    ("taxi_protest_explainer.md", "Friday 6 February 2026", "2026-02-06"),
    ("taxi_protest_explainer.md", "on Monday morning", "2026-02-02"),
    ("taxi_protest_explainer.md", "On Tuesday", "2026-02-03"),
    ("taxi_protest_explainer.md", "On Wednesday", "2026-02-04"),
    ("taxi_protest_explainer.md", "next Wednesday", "2026-02-11"),
    ("taxi_protest_explainer.md", "a rally for Sunday", "2026-02-08"),
    ("tram_derailment_factbox.txt", "on Thursday charged", "2025-11-20"),
    ("harbour_year_review.html", "Friday, 29 December 2023", "2023-12-29"),
    ("harbour_year_review.html", "Saturday, February 18", "2023-02-18"),
    ("harbour_year_review.html", "Saturday, October 28", "2023-10-28"),
    ("harbour_year_review.html", "on the Saturday night", "2023-07-15"),
    ("basketball_season_recap.txt", "Friday, Jan. 3", "2025-01-03"),
    ("basketball_season_recap.txt", "Saturday, March 8", "2025-03-08"),
]

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d and not 1 <= int(d) <= calendar.monthrange(y, mo)[1]:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= dt.date(int(m.group(1)), 12, 28).isocalendar()[1]:
        return False
    return True


class Visible(HTMLParser):
    """Collects visible text nodes with the tag stack and td position."""
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.nodes, self.td_index = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "input", "img", "link", "hr"):
            return
        if tag == "tr":
            self.td_index.append(0)
        if tag == "td" and self.td_index:
            self.td_index[-1] += 1
        self.stack.append((tag, self.td_index[-1] if tag == "td" and self.td_index else 0))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "tr" and self.td_index:
            self.td_index.pop()

    def handle_data(self, data):
        if any(t in self.SKIP for t, _ in self.stack):
            return
        if data.strip():
            self.nodes.append((data, list(self.stack)))


def check_quote_shape(name, q):
    words = q.split()
    if not (8 <= len(words) <= 12 or (len(words) >= 5 and q.rstrip()[-1] in ".;:!?")):
        err(f"{name}: quote should be 8-12 words (or a short complete sentence): {q!r}")
    if q != q.strip():
        err(f"{name}: quote has surrounding whitespace: {q!r}")
    if re.match(r"^[-•*·:]", q):
        err(f"{name}: quote starts with a bullet glyph: {q!r}")


def main():
    docs = sorted(f for f in os.listdir(HERE)
                  if os.path.splitext(f)[1] in EXT_FORMAT and f != "README.md")
    total = 0
    for doc in docs:
        stem, ext = os.path.splitext(doc)
        gold_p = os.path.join(HERE, stem + ".gold.jsonl")
        meta_p = os.path.join(HERE, stem + ".meta.json")
        if not os.path.exists(gold_p) or not os.path.exists(meta_p):
            err(f"{doc}: missing gold or meta")
            continue
        raw = open(os.path.join(HERE, doc), encoding="utf-8").read()
        meta = json.load(open(meta_p, encoding="utf-8"))
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(f"{stem}.meta.json: missing/empty {k}")
        try:
            dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{stem}.meta.json: bad publication_date")
        if meta.get("format") != EXT_FORMAT[ext]:
            err(f"{stem}.meta.json: format {meta.get('format')!r} != {EXT_FORMAT[ext]!r}")

        nodes = []
        if ext == ".html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(n for n, _ in nodes)
        else:
            text = raw
        pos = -1
        lines = [l for l in open(gold_p, encoding="utf-8").read().split("\n") if l.strip()]
        if not lines:
            err(f"{stem}: empty gold")
        for i, line in enumerate(lines, 1):
            name = f"{stem}.gold.jsonl:{i}"
            total += 1
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}: invalid JSON ({e})")
                continue
            if not isinstance(g, dict):
                err(f"{name}: not an object")
                continue
            keys = set(g)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                err(f"{name}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q:
                err(f"{name}: quote must be a non-empty string")
                continue
            check_quote_shape(name, q)
            if g["value"] is not None and not valid_value(g["value"]):
                err(f"{name}: bad value {g['value']!r}")
            if "end" in g and not valid_value(g["end"]):
                err(f"{name}: bad end {g['end']!r}")
            if "end" in g and g["value"] is None:
                err(f"{name}: end without value")
            if g["mod"] not in MODS:
                err(f"{name}: bad mod {g['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    err(f"{name}: {k} must be a boolean")
            if g["value"] is None and g["explicit"]:
                err(f"{name}: null value cannot be explicit")
            # location
            n = text.count(q)
            if n != 1:
                err(f"{name}: quote found {n} times in visible text: {q!r}")
                continue
            at = text.find(q)
            if at <= pos:
                err(f"{name}: quote out of text order: {q!r}")
            pos = at
            if ext == ".md" and re.search(r"\*|\[|\]\(|`|^#", q):
                err(f"{name}: markdown markup inside quote: {q!r}")
            if ext == ".md":
                line_start = raw.rfind("\n", 0, raw.find(q)) + 1
                if re.match(r"^\s*(?:[-*]\s+)?$", raw[line_start:raw.find(q)]) is None and \
                        raw[line_start:raw.find(q)].count("**") % 2 == 1:
                    err(f"{name}: quote starts inside a bold label: {q!r}")
            if ext == ".html":
                if re.search(r"[<>&]", q):
                    err(f"{name}: tag or entity characters in quote: {q!r}")
                if raw.count(q) != 1:
                    err(f"{name}: quote found {raw.count(q)} times in raw HTML: {q!r}")
                holders = [(d, st) for d, st in nodes if q in d]
                if len(holders) != 1:
                    err(f"{name}: quote not inside exactly one text node: {q!r}")
                    continue
                stack = holders[0][1]
                inner = stack[-1] if stack else ("", 0)
                if inner[0] in ("dt", "th", "time", "strong", "b", "h1", "h2", "h3", "title"):
                    err(f"{name}: quote sits in a <{inner[0]}> label/heading: {q!r}")
                if inner[0] == "td" and inner[1] == 1:
                    err(f"{name}: quote sits in the first (date) cell of a row: {q!r}")
    for fname, snippet, iso in WEEKDAYS:
        path = os.path.join(HERE, fname)
        if not os.path.exists(path) or snippet not in open(path, encoding="utf-8").read():
            err(f"weekday check: {snippet!r} not found in {fname}")
            continue
        day = dt.date.fromisoformat(iso)
        named = [d for d in calendar.day_name if d.lower() in snippet.lower()]
        if named != [calendar.day_name[day.weekday()]]:
            err(f"weekday check: {snippet!r} in {fname} but {iso} is a {calendar.day_name[day.weekday()]}")
    if len(docs) != 12:
        err(f"expected 12 chronologies, found {len(docs)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(docs)} files, {total} gold entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
