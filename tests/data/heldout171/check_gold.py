#!/usr/bin/env python3
"""Independent checker for the heldout171 chronology gold (standard library only).

Checks: meta keys; JSON keys and value forms; mods; `end` only with a value; every quote found
exactly once in the visible text and in text order; for HTML, quotes are visible text (no tags or
entities), lie inside one element and do not start in (or contain) a date label held in its own
cell / <dt> / bold element; listed weekdays are verified with calendar.
"""
import calendar
import datetime
import html
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
BLOCK = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section",
         "article", "header", "footer", "nav", "aside", "tr", "table", "ul", "ol", "dl", "br",
         "form", "label", "button", "blockquote", "figure", "figcaption", "main", "title"}
LABEL = {"dt", "b", "strong", "th"}
SKIP = {"script", "style", "head"}

# weekdays named in the texts, verified here
WEEKDAYS = [
    # hailstorm_live
    ("2025-06-11", "Wednesday"), ("2025-06-12", "Thursday"), ("2025-06-13", "Friday"),
    ("2025-06-14", "Saturday"), ("2025-06-16", "Monday"),
    # ticket_resale_factbox ("on Tuesday" = publication day)
    ("2025-11-18", "Tuesday"),
    # medieval_bridge byline
    ("2025-05-04", "Sunday"),
    # lifeguards_dispute
    ("2024-07-27", "Saturday"), ("2024-07-29", "Monday"), ("2024-08-02", "Friday"),
    ("2024-08-03", "Saturday"), ("2024-08-04", "Sunday"), ("2024-08-05", "Monday"),
    # rotavirus_explainer
    ("2025-11-17", "Monday"), ("2025-11-18", "Tuesday"), ("2025-11-19", "Wednesday"),
    ("2025-11-20", "Thursday"),
    # football_season_review
    ("2024-09-15", "Sunday"), ("2024-09-22", "Sunday"), ("2025-05-11", "Sunday"),
    ("2025-05-15", "Thursday"), ("2025-07-19", "Saturday"),
]
# ISO weeks used in gold values: (day inside the week, value)
WEEKS = [("2025-09-23", "2025-W39"), ("2025-10-30", "2025-W44"), ("2025-11-20", "2025-W47"),
         ("2024-08-03", "2024-W31")]


class Visible(html.parser.HTMLParser):
    """Visible text with a newline at block boundaries; spans of date-label elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.pos = 0
        self.stack = []
        self.skip = 0
        self.labels = []      # (start, end) of label elements
        self.cells = []       # per open <tr>: cell index
        self.firstcell = []   # (start, end) of first <td> in a row

    def _nl(self):
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n")
            self.pos += 1

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCK:
            self._nl()
        if tag == "tr":
            self.cells.append(0)
        if tag == "td" and self.cells:
            self.cells[-1] += 1
        if tag in ("br", "hr", "img", "input", "meta", "link"):
            return
        self.stack.append((tag, self.pos, bool(tag == "td" and self.cells and self.cells[-1] == 1)))

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                t, start, first = self.stack.pop(i)
                del self.stack[i:]
                if t in LABEL or first:
                    self.labels.append((start, self.pos))
                break
        if tag == "tr" and self.cells:
            self.cells.pop()
        if tag in BLOCK:
            self._nl()

    def handle_data(self, data):
        if self.skip:
            return
        data = re.sub(r"\s+", " ", data)
        if data.strip() == "" and (not self.out or self.out[-1].endswith("\n")):
            return
        self.out.append(data)
        self.pos += len(data)

    def text(self):
        return "".join(self.out)


def main():
    errors = []
    total = 0
    for wd_date, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(wd_date)
        if calendar.day_name[d.weekday()] != wd:
            errors.append(f"weekday: {wd_date} is {calendar.day_name[d.weekday()]}, not {wd}")
    for day, week in WEEKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"iso week: {day} is in {y}-W{w:02d}, not {week}")
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        srcs = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
        if len(srcs) != 1:
            errors.append(f"{name}: expected exactly one source text, found {len(srcs)}")
            continue
        src = srcs[0]
        raw = src.read_text(encoding="utf-8")
        labels = []
        if src.suffix == ".html":
            v = Visible()
            v.feed(raw)
            v.close()
            text = v.text()
            labels = [(a, b) for a, b in v.labels if re.search(r"\d", text[a:b])]
        else:
            text = raw
        meta_p = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{name}: meta missing {sorted(missing)}")
            datetime.date.fromisoformat(meta["publication_date"])
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')!r} != {src.suffix[1:]}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: bad meta: {e}")
        last = -1
        quotes = set()
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{where}: bad JSON {ex}")
                continue
            total += 1
            keys = set(e)
            if not KEYS <= keys or keys - KEYS - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q, val, mod = e["quote"], e["value"], e["mod"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            nw = len(q.split())
            if not 4 <= nw <= 14:
                errors.append(f"{where}: quote has {nw} words")
            if q in quotes:
                errors.append(f"{where}: duplicate quote")
            quotes.add(q)
            if val is not None and not VALUE.match(val):
                errors.append(f"{where}: bad value {val!r}")
            if val is not None and re.match(r"^\d{4}-\d{2}-\d{2}$", val):
                try:
                    datetime.date.fromisoformat(val)
                except ValueError:
                    errors.append(f"{where}: impossible date {val}")
            if mod not in MODS:
                errors.append(f"{where}: bad mod {mod!r}")
            if val is None and (mod is not None or "end" in e):
                errors.append(f"{where}: null value with mod/end")
            if "end" in e and (e["end"] is None or not VALUE.match(e["end"])):
                errors.append(f"{where}: bad end {e.get('end')!r}")
            if "end" in e and val is not None and not val.startswith("BC") and e["end"] < val:
                errors.append(f"{where}: end before value")
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if "<" in q or ">" in q or re.search(r"&\w+;|&#\d+;", q):
                errors.append(f"{where}: quote contains markup or an entity")
            if q.lstrip()[:1] in "•-*·" or q != q.strip():
                errors.append(f"{where}: quote has a bullet glyph or outer spaces")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
                continue
            i = text.index(q)
            if i <= last:
                errors.append(f"{where}: quote out of order")
            last = i
            if src.suffix == ".html":
                if "\n" in q:
                    errors.append(f"{where}: quote crosses elements")
                for a, b in labels:
                    if a <= i < b or (i < a < i + len(q)):
                        errors.append(f"{where}: quote overlaps a date label {text[a:b]!r}")
    if len(golds) != 12:
        errors.append(f"expected 12 gold files, found {len(golds)}")
    if total < 160:
        errors.append(f"only {total} gold entries (need >= 160)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
