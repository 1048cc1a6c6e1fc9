"""Independent consistency check for the heldout126 chronology gold (standard library only).

Checks: meta keys, gold JSON keys and value forms, mods, every quote found exactly once in the
visible text and in text order, no markup in quotes, HTML quotes inside one block element and
never starting in a date label (<dt>, <th>, <strong>/<b>), and every weekday claim listed below.
"""
import calendar
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
BLOCK = {"p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "header",
         "footer", "nav", "section", "article", "aside", "ul", "ol", "dl", "table", "tr", "thead",
         "tbody", "form", "label", "blockquote", "figcaption", "figure", "main", "body", "title",
         "time", "button", "span", "small"}
LABEL = {"dt", "th", "strong", "b"}

# (file, weekday name used in the text, ISO date it denotes)
WEEKDAYS = [
    ("hospital_waiting_list_explainer.txt", "Friday", "2025-03-14"),
    ("hospital_waiting_list_explainer.txt", "Monday", "2025-03-10"),
    ("hospital_waiting_list_explainer.txt", "Tuesday", "2025-03-11"),
    ("hospital_waiting_list_explainer.txt", "Thursday", "2025-03-13"),
    ("hospital_waiting_list_explainer.txt", "Thursday", "2025-03-06"),
    ("hospital_waiting_list_explainer.txt", "Wednesday", "2025-03-12"),
    ("prison_escape_live.html", "Tuesday", "2025-08-19"),
    ("prison_escape_live.html", "Monday", "2025-08-18"),
    ("prison_escape_live.html", "Sunday", "2025-08-17"),
    ("prison_escape_live.html", "Saturday", "2025-08-16"),
    ("canal_lock_failure.md", "Saturday", "2024-11-02"),
    ("canal_lock_failure.md", "Tuesday", "2024-11-05"),
    ("canal_lock_failure.md", "Friday", "2024-11-08"),
    ("canal_lock_failure.md", "Monday", "2024-11-11"),
    ("town_year_in_review.md", "Sat.", "2024-03-16"),
    ("town_year_in_review.md", "Saturday", "2024-12-21"),
    ("town_year_in_review.md", "Saturday", "2024-12-28"),
    ("sailing_race_history.html", "Saturday", "2025-07-12"),
]


class Visible(HTMLParser):
    """Visible text with per-character owner info: innermost block id and label flag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.block, self.label = [], [], []
        self.stack, self.skip, self.nblock = [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "template"):
            self.skip += 1
        if tag in ("br",):
            self._add("\n")
            return
        if tag in ("img", "input", "meta", "link", "hr"):
            return
        if tag in BLOCK:
            self.nblock += 1
            self._add("\n")
        self.stack.append((tag, self.nblock if tag in BLOCK else None))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "template"):
            self.skip -= 1
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.nblock += 1
            self._add("\n")

    def _add(self, s):
        blk = next((b for t, b in reversed(self.stack) if b is not None), -1)
        lab = any(t in LABEL for t, _ in self.stack)
        for ch in s:
            self.text.append(ch)
            self.block.append((blk, self.nblock))
            self.label.append(lab)

    def handle_data(self, data):
        if not self.skip:
            self._add(data)


def visible(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw, None, None
    v = Visible()
    v.feed(raw)
    return "".join(v.text), v.block, v.label


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        texts = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, found {texts}")
            continue
        files += 1
        path = texts[0]
        meta = json.loads((HERE / f"{name}.meta.json").read_text(encoding="utf-8"))
        if not META_KEYS <= set(meta):
            errors.append(f"{name}: meta missing {META_KEYS - set(meta)}")
        datetime.date.fromisoformat(meta["publication_date"])
        if meta["format"] != path.suffix[1:]:
            errors.append(f"{name}: meta format {meta['format']} != {path.suffix}")
        text, block, label = visible(path)
        last = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{n}"
            e = json.loads(line)
            total += 1
            keys = set(e)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
            q = e["quote"]
            words = len(q.split())
            if not 5 <= words <= 14:
                errors.append(f"{where}: quote has {words} words")
            if re.search(r"<[^>]+>|&[#a-zA-Z0-9]+;|\*\*|^#|^[-*•] ", q) or q != q.strip():
                errors.append(f"{where}: markup or padding in quote {q!r}")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
                continue
            pos = text.index(q)
            if pos <= last:
                errors.append(f"{where}: out of order: {q!r}")
            last = pos
            v = e["value"]
            if v is not None and not VALUE_RE.match(v):
                errors.append(f"{where}: bad value {v!r}")
            if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                datetime.date.fromisoformat(v)
            if "end" in e and (e["end"] is None or not VALUE_RE.match(e["end"])):
                errors.append(f"{where}: bad end {e.get('end')!r}")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if v is None and e["explicit"]:
                errors.append(f"{where}: null value cannot be explicit")
            if block is not None:
                span = range(pos, pos + len(q))
                if len({block[i] for i in span}) != 1:
                    errors.append(f"{where}: HTML quote spans several elements: {q!r}")
                if label[pos]:
                    errors.append(f"{where}: HTML quote starts inside a date label: {q!r}")
        if last < 0:
            errors.append(f"{name}: no entries")
    for fname, day, iso in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if not calendar.day_name[calendar.weekday(d.year, d.month, d.day)].startswith(day.rstrip(".")):
            errors.append(f"{fname}: {iso} is not a {day}")
        if not (HERE / fname).exists() or day not in (HERE / fname).read_text(encoding="utf-8"):
            errors.append(f"{fname}: weekday {day} not in text")
    for err in errors:
        print("ERROR", err)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors or files != 12 or total < 160 else 0


if __name__ == "__main__":
    sys.exit(main())
