"""Independent checker for the heldout88 chronology gold (standard library only).

Checks, per NAME.{txt,md,html} with NAME.gold.jsonl and NAME.meta.json:
- meta keys (title, publication_date YYYY-MM-DD, format matching the extension, style);
- every gold line is a JSON object with exactly the guide's keys
  (quote, value, mod, explicit, hard, and end only for a range);
- value / end forms are TIMEX3 forms allowed by the guide, mod is an allowed mod;
- every quote is found exactly once in the visible text, quotes appear in text order,
  quotes are 3-12 words and contain no markup;
- for HTML: visible text is computed with html.parser (tags dropped, entities decoded,
  script/style/title dropped) as blocks (p, li, td, dd, ...; inline tags such as em or a
  stay in their block); each quote must lie inside ONE block (one element), never in a
  <dt>/<th>, and must not overlap a <b>/<strong> label, so a date label in its own
  <td>/<dt>/<strong>/<b> is never part of the quote;
- weekday claims listed in WEEKDAYS are true (calendar check).
Run: /work/main/.venv/bin/python tests/data/heldout88/check_gold.py
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
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                      # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                          # seasons
    r"|\d{3}X|\d{2}XX"                                                 # decades, centuries
    r"|BC\d{4})$"                                                      # BC years
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
EXTS = {".txt": "txt", ".md": "md", ".html": "html"}

# (file stem, ISO date, weekday name) for every weekday written in the texts.
WEEKDAYS = [
    ("mh370_search_timeline", "2014-03-08", "Saturday"),
    ("mh370_search_timeline", "2014-03-24", "Monday"),
    ("kelby_university_strike", "2025-04-10", "Thursday"),  # dateline, 'said on Thursday'
    ("kelby_university_strike", "2025-04-09", "Wednesday"),  # 'began ... on Wednesday'
    ("kelby_university_strike", "2025-04-08", "Tuesday"),  # 'on Tuesday evening'
    ("hillary_profile", "2008-01-11", "Friday"),  # update line and 'Dies ... on Friday'
    ("gulf_oil_spill_factbox", "2015-07-02", "Thursday"),  # 'agreed on Thursday' in the lead
    ("heat_dome_live", "2021-06-27", "Sunday"),
    ("heat_dome_live", "2021-06-28", "Monday"),
    ("heat_dome_live", "2021-06-29", "Tuesday"),
    ("heat_dome_live", "2021-06-30", "Wednesday"),
    ("bread_prices_explainer", "2025-10-21", "Tuesday"),  # byline date = publication date
    ("bread_prices_explainer", "2025-10-20", "Monday"),  # 'on Monday', 'Yesterday'
    ("bread_prices_explainer", "2025-10-19", "Sunday"),
    ("bread_prices_explainer", "2025-10-17", "Friday"),
    ("grendal_outages_status", "2024-07-19", "Friday"),  # 'Fri, Jul 19' under 2024
]


class Blocks(HTMLParser):
    """Visible text split into blocks (p, li, td, dd, dt, div, ...); inline tags
    (a, em, i, b, strong, span, ...) stay inside their block. Records the spans of
    label elements (b, strong) inside each block, and which blocks are <dt>/<th>."""
    SKIP = {"script", "style", "head", "title", "noscript"}
    INLINE = {"a", "em", "i", "b", "strong", "span", "time", "small", "abbr", "sup", "sub", "u", "cite", "q"}
    LABEL = {"b", "strong"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []  # (text, tag, label_spans)
        self.cur = []
        self.labels = []
        self.label_start = []
        self.tag = None
        self.skip = 0

    def flush(self):
        text = "".join(self.cur)
        if text.strip():
            self.blocks.append((text, self.tag, self.labels))
        self.cur, self.labels, self.label_start = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.INLINE:
            if tag in self.LABEL:
                self.label_start.append(len("".join(self.cur)))
        else:
            self.flush()
            self.tag = tag

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.INLINE:
            if tag in self.LABEL and self.label_start:
                self.labels.append((self.label_start.pop(), len("".join(self.cur))))
        else:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw, None
    p = Blocks()
    p.feed(raw)
    p.close()
    p.flush()
    return "\n".join(b[0] for b in p.blocks), p.blocks


def html_quote_problem(q, blocks):
    """None if q lies inside exactly one block, outside its bold labels, not in a dt/th."""
    hits = [(b, i) for b in blocks for i in [b[0].find(q)] if i >= 0]
    if len(hits) != 1:
        return f"quote inside {len(hits)} HTML blocks (must be inside exactly one element)"
    (text, tag, labels), i = hits[0]
    if tag in ("dt", "th"):
        return f"quote inside a <{tag}> date label"
    for a, b in labels:
        if a < i + len(q) and i < b:
            return "quote overlaps a <b>/<strong> label (must start at the description text)"
    return None


def main():
    errors = []
    total = 0
    stems = sorted({f.rsplit(".gold.jsonl", 1)[0] for f in os.listdir(HERE) if f.endswith(".gold.jsonl")})
    for stem in stems:
        docs = [stem + e for e in EXTS if os.path.exists(os.path.join(HERE, stem + e))]
        if len(docs) != 1:
            errors.append(f"{stem}: expected exactly one text file, found {docs}")
            continue
        doc = docs[0]
        ext = os.path.splitext(doc)[1]
        # meta
        try:
            meta = json.load(open(os.path.join(HERE, stem + ".meta.json"), encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{stem}: meta unreadable: {exc}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not meta.get(k):
                errors.append(f"{stem}: meta missing {k}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            errors.append(f"{stem}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != EXTS[ext]:
            errors.append(f"{stem}: meta format {meta.get('format')!r} != {EXTS[ext]}")
        text, nodes = visible(os.path.join(HERE, doc))
        last = -1
        n = 0
        for ln, line in enumerate(open(os.path.join(HERE, stem + ".gold.jsonl"), encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{stem}:{ln}: blank line")
                continue
            where = f"{stem}:{ln}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            n += 1
            keys = set(g)
            if not REQUIRED <= keys or keys - REQUIRED - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            words = len(q.split())
            if not 3 <= words <= 12:
                errors.append(f"{where}: quote has {words} words")
            if re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;", q):
                errors.append(f"{where}: quote contains markup or an entity: {q!r}")
            if "**" in q or "](" in q:
                errors.append(f"{where}: quote contains Markdown markup: {q!r}")
            if q != q.strip() or q[0] in "-•*–—":
                errors.append(f"{where}: quote has edge whitespace or bullet glyph: {q!r}")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last = pos
            if nodes is not None:
                prob = html_quote_problem(q, nodes)
                if prob:
                    errors.append(f"{where}: {prob}: {q!r}")
            v = g["value"]
            if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
                errors.append(f"{where}: bad value {v!r}")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                if not (isinstance(g["end"], str) and VALUE_RE.match(g["end"])):
                    errors.append(f"{where}: bad end {g['end']!r}")
                if v is None:
                    errors.append(f"{where}: end without value")
            if v is None and g["mod"] is not None:
                errors.append(f"{where}: mod on a null value")
            for b in ("explicit", "hard"):
                if not isinstance(g[b], bool):
                    errors.append(f"{where}: {b} not a boolean")
            if v is None and g["explicit"]:
                errors.append(f"{where}: null value but explicit")
        if n == 0:
            errors.append(f"{stem}: no gold entries")
        print(f"{stem}{ext}: {n} entries")
        total += n
    for stem, iso, name in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != name:
            errors.append(f"weekday: {iso} is {calendar.day_name[d.weekday()]}, not {name} ({stem})")
    print(f"{len(stems)} files, {total} entries")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
