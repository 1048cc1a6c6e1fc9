#!/usr/bin/env python3
"""Independent checker for the heldout144 chronology gold (standard library only).

Checks, per NAME.gold.jsonl: a matching NAME.txt/.md/.html and NAME.meta.json; JSON keys and
types; TIMEX3 value/end forms; mods; every quote found exactly once in the visible text and in
text order; for HTML, every quote sits inside one element (found verbatim in the raw markup, no
tags or entities) and the visible text is what a reader sees; weekday claims used in the set.
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
MIN_FILES, MIN_ENTRIES = 12, 160

# weekday claims made in the texts, verified with the calendar module
WEEKDAYS = [
    ("refinery_blast_factbox", "2024-03-12", "Tuesday"),
    ("refinery_blast_factbox", "2024-03-13", "Wednesday"),
    ("refinery_blast_factbox", "2024-03-14", "Thursday"),
    ("election_glitch_live", "2025-11-03", "Monday"),
    ("election_glitch_live", "2025-11-04", "Tuesday"),
    ("election_glitch_live", "2025-11-05", "Wednesday"),
    ("election_glitch_live", "2025-11-07", "Friday"),
    ("chandrayaan3_lander", "2024-08-23", "Friday"),
    ("bin_strike_local", "2025-04-10", "Thursday"),
    ("bin_strike_local", "2025-04-05", "Saturday"),
    ("bin_strike_local", "2025-04-09", "Wednesday"),
    ("bin_strike_local", "2025-04-15", "Tuesday"),
    ("norovirus_cruise_explainer", "2026-02-12", "Thursday"),
    ("norovirus_cruise_explainer", "2026-02-10", "Tuesday"),
    ("norovirus_cruise_explainer", "2026-02-08", "Sunday"),
    ("olympic_bid_longread", "2017-09-13", "Wednesday"),
    ("olympic_bid_longread", "2015-11-29", "Sunday"),
    ("playwright_pinter_profile", "2008-12-24", "Wednesday"),
]


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "template", "noscript"}
    BLOCK = {"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "br", "section", "article", "header", "footer", "nav", "ul", "ol", "dl", "table",
             "aside", "form", "label", "figcaption", "blockquote", "title", "main"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        return re.sub(r"[ \t]+", " ", "".join(self.parts))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            dt.date.fromisoformat(v)
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            return 1 <= int(v[5:]) <= 12
        elif re.fullmatch(r"\d{4}-W\d{2}(?:-WE)?", v):
            year, week = int(v[:4]), int(v[6:8])
            return 1 <= week <= dt.date(year, 12, 28).isocalendar()[1]
    except ValueError:
        return False
    return True


def sort_key(v):
    """Comparable start year-ish key to check end >= value."""
    if v.startswith("BC"):
        return (-int(v[2:]), "")
    return (int(v[:4].replace("X", "0")), v[4:])


def main():
    errors, total, files = [], 0, 0
    for name, day, wd in WEEKDAYS:
        y, m, d = map(int, day.split("-"))
        if calendar.day_name[calendar.weekday(y, m, d)] != wd:
            errors.append(f"{name}: {day} is not a {wd}")
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / f"{stem}{ext}" for ext in (".txt", ".md", ".html")]
        srcs = [s for s in srcs if s.exists()]
        if len(srcs) != 1:
            errors.append(f"{stem}: expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        raw = src.read_text(encoding="utf-8")
        is_html = src.suffix == ".html"
        if is_html:
            p = Visible()
            p.feed(raw)
            text = p.text()
        else:
            text = raw
        meta_p = HERE / f"{stem}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{stem}: meta missing {sorted(missing)}")
            dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                raise ValueError
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{stem}: meta format {meta.get('format')!r} != {src.suffix[1:]}")
        except (OSError, ValueError, KeyError) as e:
            errors.append(f"{stem}: bad meta ({e})")
        files += 1
        pos = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{where}: bad JSON ({ex})")
                continue
            total += 1
            keys = set(e)
            if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            if q[0] in "•*-–—:·>|#":
                errors.append(f"{where}: quote starts with a glyph {q!r}")
            nw = len(q.split())
            if nw > 14 or nw < 3:
                errors.append(f"{where}: quote has {nw} words")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                i = text.find(q)
                if i <= pos:
                    errors.append(f"{where}: quote out of order: {q!r}")
                pos = i
                # an entry starts at a line start, after a bullet/label/cell separator,
                # or after the end of a previous sentence
                line_before = text[:i].rsplit("\n", 1)[-1].rstrip()
                starts_node = is_html and raw.count(q) == 1 and \
                    raw[: raw.find(q)].rstrip().endswith(">")
                if line_before and not starts_node and not line_before.endswith(
                        (".", "!", "?", "\"", ":", "–", "-", "—", "*", "|", ";")):
                    errors.append(f"{where}: quote does not start an entry or sentence: "
                                  f"{line_before[-30:]!r} + {q!r}")
            if is_html:
                if any(ch in q for ch in "<>&"):
                    errors.append(f"{where}: quote contains markup characters")
                if raw.count(q) != 1:
                    errors.append(f"{where}: quote not inside one element in the HTML: {q!r}")
                else:
                    # the quote must begin at the start of an element's text or after a label
                    before = raw[: raw.find(q)]
                    tail = before[before.rfind(">") + 1:] if ">" in before else before
                    if re.search(r"\d", tail) and not tail.strip().endswith((".", "!", "?", "\"")):
                        errors.append(f"{where}: quote starts after a date inside its element: {tail!r}")
            v = e["value"]
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            if "end" in e:
                en = e["end"]
                if v is None or not isinstance(en, str) or not valid_value(en):
                    errors.append(f"{where}: bad end {en!r}")
                elif sort_key(en) < sort_key(v):
                    errors.append(f"{where}: end {en} before value {v}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errors.append(f"{where}: {k} not a boolean")
            if v is None and e["mod"] is not None:
                errors.append(f"{where}: mod without value")
    for meta_p in HERE.glob("*.meta.json"):
        if not (HERE / meta_p.name.replace(".meta.json", ".gold.jsonl")).exists():
            errors.append(f"{meta_p.name}: no gold file")
    if files < MIN_FILES:
        errors.append(f"only {files} annotated files (need {MIN_FILES})")
    if total < MIN_ENTRIES:
        errors.append(f"only {total} gold entries (need {MIN_ENTRIES})")
    for err in errors:
        print("ERROR", err)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
