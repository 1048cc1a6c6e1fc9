"""Independent format check for the heldout107 chronology gold (standard library only).

Checks: every NAME.gold.jsonl has exactly one text file (.txt/.md/.html) and a NAME.meta.json
with title, publication_date (YYYY-MM-DD), format, style; every gold line has exactly the
guide's keys; values/ends are TIMEX3 forms of the guide; mods are TIMEX3 mods; every quote is
found exactly once in the visible text, in text order, 1-12 words (under 8 only when the entry
itself is that short); for HTML the quote is visible text inside a single text node (no tags,
no entities). Weekday claims used in the texts are verified with the calendar module.
"""
import calendar
import datetime
import html
import html.parser
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}

# (date, weekday) pairs that appear in the texts; verified with calendar.
WEEKDAYS = [
    # attica_five_days: day headings
    ("1971-09-09", "Thursday"), ("1971-09-10", "Friday"), ("1971-09-11", "Saturday"),
    ("1971-09-12", "Sunday"), ("1971-09-13", "Monday"), ("2021-09-09", "Thursday"),
    # typhoon_tamlin_live: day headings, publication Monday
    ("2025-10-11", "Saturday"), ("2025-10-12", "Sunday"), ("2025-10-13", "Monday"),
    # france_pension_explainer: publication Monday, 'on Friday', 'on Saturday'
    ("2023-04-17", "Monday"), ("2023-04-14", "Friday"), ("2023-04-15", "Saturday"),
    # courier_closure_longread: publication Monday, 'Friday night', 'by Sunday'
    ("2024-06-10", "Monday"), ("2024-06-07", "Friday"), ("2024-06-09", "Sunday"),
    # vaccine_rollout_factbox: 'said on Monday' in the dateline lead
    ("2021-02-15", "Monday"),
    # rourke_snooker_career: publication Wednesday, 'on Sunday', 'first Monday of May 2013'
    ("2025-05-07", "Wednesday"), ("2025-05-04", "Sunday"), ("2013-05-06", "Monday"),
    # millbrook_year_review: publication Friday, 'On Sunday'
    ("2024-12-27", "Friday"), ("2024-12-22", "Sunday"),
    # shinkansen_60_years: 'opens on a Thursday'
    ("1964-10-01", "Thursday"),
]
# 'first Monday of May 2013' must fall in the first seven days
FIRST_OF_MONTH = [("2013-05-06", "Monday")]


class Visible(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(re.sub(r"\s+", " ", data))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m.group(1)) <= 12:
        return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def main():
    errors = []
    total = 0
    names = sorted(p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl"))
    for name in names:
        texts = [p for p in HERE.iterdir() if p.name in (name + ".txt", name + ".md", name + ".html")]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, found {len(texts)}")
            continue
        tpath = texts[0]
        raw = tpath.read_text(encoding="utf-8")
        is_html = tpath.suffix == ".html"
        if is_html:
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        mpath = HERE / (name + ".meta.json")
        try:
            meta = json.loads(mpath.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{name}: meta missing {sorted(missing)}")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                errors.append(f"{name}: publication_date not YYYY-MM-DD")
            if meta.get("format") not in ("txt", "md", "html") or tpath.suffix[1:] != meta.get("format"):
                errors.append(f"{name}: meta format {meta.get('format')!r} vs {tpath.suffix}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}: bad meta: {exc}")
        last = -1
        count = 0
        for i, line in enumerate((HERE / (name + ".gold.jsonl")).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}.gold.jsonl:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: {exc}")
                continue
            count += 1
            keys = set(obj)
            if not KEYS <= keys or keys - KEYS - OPT:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            nwords = len(q.split())
            if nwords > 12:
                errors.append(f"{where}: quote has {nwords} words (>12)")
            v = obj["value"]
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if obj["mod"] not in MODS:
                errors.append(f"{where}: bad mod {obj['mod']!r}")
            if "end" in obj:
                e = obj["end"]
                if not isinstance(e, str) or not valid_value(e):
                    errors.append(f"{where}: bad end {e!r}")
                if v is None:
                    errors.append(f"{where}: end without value")
            if not isinstance(obj["explicit"], bool) or not isinstance(obj["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if v is None and obj["explicit"]:
                errors.append(f"{where}: null value but explicit")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errors.append(f"{where}: quote out of order: {q!r}")
            last = pos
            if is_html:
                if "<" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                    errors.append(f"{where}: quote contains markup: {q!r}")
                if not any(q in node for node in nodes):
                    errors.append(f"{where}: quote spans several elements: {q!r}")
            # short quotes only when the entry itself is short: quote must end its line/node
            if nwords < 8:
                after = text[pos + len(q): pos + len(q) + 1]
                if after not in ("", "\n"):
                    errors.append(f"{where}: quote has {nwords} words (<8) but entry continues")
        if count == 0:
            errors.append(f"{name}: empty gold")
        total += count
        print(f"{name:32s} {tpath.suffix[1:]:5s} {count:3d} entries")
    for d, wd in WEEKDAYS:
        day = datetime.date.fromisoformat(d)
        if calendar.day_name[day.weekday()] != wd:
            errors.append(f"weekday: {d} is {calendar.day_name[day.weekday()]}, not {wd}")
    for d, wd in FIRST_OF_MONTH:
        day = datetime.date.fromisoformat(d)
        if day.day > 7 or calendar.day_name[day.weekday()] != wd:
            errors.append(f"first {wd} of month: {d} is wrong")
    print(f"{len(names)} files, {total} gold entries")
    if len(names) != 12:
        errors.append(f"expected 12 chronologies, found {len(names)}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
