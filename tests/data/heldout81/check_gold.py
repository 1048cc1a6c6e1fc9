#!/usr/bin/env python3
"""Independent sanity check for the heldout81 chronology gold (standard library only).

Checks, per NAME.gold.jsonl: the source NAME.txt/.md/.html and NAME.meta.json exist; meta keys;
JSON keys and value/mod/end forms; every quote found exactly once, in text order, in the text as a
reader sees it (HTML: visible text, tags dropped, entities decoded, whitespace collapsed; the quote
must lie inside one block element and contain no text of a <th>/<dt>/<strong>/<b> date label);
weekdays used in the texts are verified with the calendar module.
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
# (year, month, day, weekday name) for every weekday the texts rely on
WEEKDAYS = [
    (2017, 12, 21, "Thursday"),   # tribunal: closing ceremony, publication date
    (1987, 10, 14, "Wednesday"),  # crash
    (1987, 10, 16, "Friday"),     # crash
    (1987, 10, 19, "Monday"),     # crash
    (1987, 10, 20, "Tuesday"),    # crash
    (2025, 5, 1, "Thursday"),     # election live: polling day
    (2025, 5, 2, "Friday"),       # election live: publication date
    (2024, 3, 14, "Thursday"),    # explainer publication date
    (2024, 3, 11, "Monday"),      # explainer
    (2024, 3, 12, "Tuesday"),     # explainer
    (2024, 3, 9, "Saturday"),     # explainer: last weekend
    (2023, 11, 14, "Tuesday"),    # hospital: report published on Tuesday
    (2023, 11, 18, "Saturday"),   # hospital: byline date
    (2023, 4, 29, "Saturday"),    # rugby final
    (2022, 9, 3, "Saturday"),     # rugby opening round
    (2023, 4, 15, "Saturday"),    # rugby semi-final
    (2023, 5, 19, "Friday"),      # rugby dinner notice (no entry)
    (2024, 3, 13, "Wednesday"),   # explainer: council statement
    (2023, 12, 29, "Friday"),     # year review: byline date
]
# (value, a day inside it) for week-based gold values
WEEKS = [
    ("2024-W10-WE", (2024, 3, 9)),   # explainer: last weekend before Thu 2024-03-14
    ("2023-W51", (2023, 12, 20)),    # year review: last week before Fri 2023-12-29
]
BLOCK = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div", "tr",
         "table", "ul", "ol", "dl", "section", "article", "header", "footer", "main", "aside",
         "nav", "form", "blockquote", "figcaption", "br", "time", "button", "caption", "thead",
         "tbody"}
LABEL = {"th", "dt", "strong", "b"}
SKIP = {"script", "style", "head", "title", "noscript", "template"}
VOID = {"br", "meta", "link", "input", "img", "hr"}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []      # list of list[(text, is_label)]
        self.cur = []
        self.stack = []

    def flush(self):
        if any(t.strip() for t, _ in self.cur):
            self.blocks.append(self.cur)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if any(t in SKIP for t in self.stack):
            return
        self.cur.append((data, any(t in LABEL for t in self.stack)))


def html_blocks(src):
    p = Blocks()
    p.feed(src)
    p.close()
    p.flush()
    out = []
    for segs in p.blocks:
        text, mask = "", []
        for t, lab in segs:
            for ch in t:
                if ch.isspace():
                    if text and not text.endswith(" "):
                        text += " "
                        mask.append(lab)
                else:
                    text += ch
                    mask.append(lab)
        while text.endswith(" "):
            text, mask = text[:-1], mask[:-1]
        out.append((text, mask))
    return out


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / f"{name}{e}" for e in (".txt", ".md", ".html") if (HERE / f"{name}{e}").exists()]
        if len(srcs) != 1:
            errors.append(f"{name}: need exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        files += 1
        meta_p = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{name}: meta keys {sorted(meta)}")
            dt.date.fromisoformat(meta["publication_date"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                errors.append(f"{name}: publication_date form")
            if meta["format"] != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta['format']} vs {src.suffix}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: meta unreadable: {e}")
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        if is_html:
            blocks = html_blocks(raw)
            text = "\n".join(b for b, _ in blocks)
            starts, pos = [], 0
            for b, _ in blocks:
                starts.append(pos)
                pos += len(b) + 1
        else:
            text = raw
        last = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(obj)
            if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q, v = obj["quote"], obj["value"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: quote must be a trimmed string")
                continue
            nw = len(q.split())
            if not 3 <= nw <= 14:
                errors.append(f"{where}: quote has {nw} words")
            if re.search(r"[<>]|&\w+;|\*\*|^[-•*#] ", q):
                errors.append(f"{where}: quote contains markup or a bullet glyph: {q!r}")
            if v is not None and (not isinstance(v, str) or not VALUE_RE.match(v)):
                errors.append(f"{where}: bad value {v!r}")
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                try:
                    dt.date.fromisoformat(v)
                except ValueError:
                    errors.append(f"{where}: impossible date {v}")
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
                errors.append(f"{where}: bad month {v}")
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                e = obj["end"]
                if not isinstance(e, str) or not VALUE_RE.match(e):
                    errors.append(f"{where}: bad end {e!r}")
                elif v is None:
                    errors.append(f"{where}: end without value")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} must be boolean")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            at = text.find(q)
            if at <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = at
            if is_html:
                bi = max(i for i, s in enumerate(starts) if s <= at)
                btext, mask = blocks[bi]
                off = at - starts[bi]
                if off + len(q) > len(btext):
                    errors.append(f"{where}: quote crosses HTML elements: {q!r}")
                elif any(mask[off: off + len(q)]):
                    errors.append(f"{where}: quote includes date-label element text: {q!r}")
    for y, m, d, name in WEEKDAYS:
        if calendar.day_name[calendar.weekday(y, m, d)] != name:
            errors.append(f"weekday: {y}-{m:02d}-{d:02d} is not a {name}")
    for val, (y, m, d) in WEEKS:
        iy, iw, iwd = dt.date(y, m, d).isocalendar()
        if f"{iy}-W{iw:02d}" != val[:8]:
            errors.append(f"week: {y}-{m:02d}-{d:02d} is not in {val}")
        if val.endswith("-WE") and iwd < 6:
            errors.append(f"week: {y}-{m:02d}-{d:02d} is not a weekend day")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    if files != 12 or total < 160:
        print("ERROR: expected 12 files and at least 160 entries")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
