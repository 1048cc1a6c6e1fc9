"""Independent checker for the heldout82 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl next to this file:
- a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (plus `end` only for ranges), with the right types;
- value / end forms are TIMEX3 forms allowed by the guide; mod is one of the guide's mods;
- each quote occurs exactly once in the visible text, and quotes appear in text order;
- for HTML: visible text = text nodes outside <script>/<style>, entities decoded; each quote must
  lie inside a single text node (no tags or entities inside a quote, one element only);
- meta has title, publication_date (YYYY-MM-DD, a real date), format (matching the extension), style.
Exit status 1 on any error.
"""
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                 # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                # seasons
    r"|\d{3}X|\d{2}XX"                       # decades, centuries
    r"|BC\d{4})$")                           # BC years


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_value(v, errors, where, field):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad {field} {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3] or 1)
        try:
            datetime.date(y, mo, d)
        except ValueError:
            errors.append(f"{where}: impossible date {v!r}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= datetime.date(int(m[1]), 12, 28).isocalendar()[1]:
        errors.append(f"{where}: impossible week {v!r}")


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
WD_RE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+(\d{1,2})\s+([A-Z][a-z]+)\.?,?\s+(\d{4})\b")


def check_weekdays(name, text, errors):
    """Every 'Weekday D Month YYYY' written in a file must be a real weekday (calendar check)."""
    for m in WD_RE.finditer(text):
        wd, day, mon, year = m.group(1).lower(), int(m[2]), m[3][:3].lower(), int(m[4])
        if mon not in MONTHS:
            continue
        real = datetime.date(year, MONTHS.index(mon) + 1, day).weekday()
        if WEEKDAYS[real][:3] != wd:
            errors.append(f"{name}: weekday wrong in {m.group(0)!r} (is {WEEKDAYS[real]})")


def main():
    errors = []
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [HERE / f"{name}.{ext}" for ext in ("txt", "md", "html")
                 if (HERE / f"{name}.{ext}").exists()]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {len(texts)}")
            continue
        tpath = texts[0]
        raw = tpath.read_text(encoding="utf-8")
        ext = tpath.suffix[1:]
        nodes = None
        if ext == "html":
            p = TextNodes()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            text = "".join(nodes)
        else:
            text = raw
        check_weekdays(name, text, errors)
        meta_path = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta[k].strip():
                    errors.append(f"{name}: meta key {k} missing or empty")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                errors.append(f"{name}: publication_date not YYYY-MM-DD")
            if meta.get("format") != ext:
                errors.append(f"{name}: meta format {meta.get('format')!r} != {ext!r}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}: bad meta ({exc})")
        last = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            n += 1
            keys = set(obj)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            words = len(q.split())
            if not 4 <= words <= 14:
                errors.append(f"{where}: quote has {words} words")
            if q != q.strip() or q.lstrip()[:1] in "*-\u2022#>":
                errors.append(f"{where}: quote has surrounding space or bullet glyph")
            if re.search(r"<[^>]*>|&[#a-zA-Z0-9]+;", q):
                errors.append(f"{where}: quote contains HTML tag or entity")
            if ext == "md" and ("**" in q or "](" in q):
                errors.append(f"{where}: quote contains Markdown syntax")
            check_value(obj["value"], errors, where, "value")
            if "end" in obj:
                if obj["end"] is None or obj["value"] is None:
                    errors.append(f"{where}: end present but value/end null")
                check_value(obj["end"], errors, where, "end")
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    errors.append(f"{where}: {k} not a bool")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of text order: {q!r}")
            last = pos
            if nodes is not None and not any(q in node for node in nodes):
                errors.append(f"{where}: HTML quote spans more than one element: {q!r}")
        total += n
        print(f"{name}: {n} entries ({ext})")
    if len(golds) != 12:
        errors.append(f"expected 12 gold files, found {len(golds)}")
    print(f"total: {len(golds)} files, {total} entries")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
