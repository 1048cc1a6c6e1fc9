"""Independent checker for the heldout143 chronology gold files.

Standard library only; does not import keydates.  Run:
    /work/main/.venv/bin/python tests/data/heldout143/check_gold.py
"""
import calendar
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTS = (".txt", ".md", ".html")
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OPT = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")

# Every weekday named in a text, checked against the calendar: (date, weekday, file).
WEEKDAYS = [
    ("2025-03-12", "Wednesday", "train_derailment_live.html"),
    ("2025-03-11", "Tuesday", "train_derailment_live.html"),
    ("2024-06-02", "Sunday", "opera_singer_profile.md"),
    ("2024-06-03", "Monday", "opera_singer_profile.md"),
    ("2024-11-07", "Thursday", "pharmacy_chain_collapse.txt"),
    ("2016-12-17", "Saturday", "night_tube_dispute.md"),
    ("2016-08-19", "Friday", "night_tube_dispute.md"),
    ("2016-12-16", "Friday", "night_tube_dispute.md"),
    ("2025-08-14", "Thursday", "legionnaires_outbreak_explainer.txt"),
    ("2025-08-05", "Tuesday", "legionnaires_outbreak_explainer.txt"),
    ("2025-08-08", "Friday", "legionnaires_outbreak_explainer.txt"),
    ("2025-08-11", "Monday", "legionnaires_outbreak_explainer.txt"),
    ("2024-12-30", "Monday", "town_year_in_review.txt"),
    ("2024-07-04", "Thursday", "town_year_in_review.txt"),
    ("2024-05-20", "Monday", "football_season_recap.md"),
    ("2023-08-05", "Saturday", "football_season_recap.md"),
    ("2023-08-12", "Saturday", "football_season_recap.md"),
    ("2023-09-02", "Saturday", "football_season_recap.md"),
    ("2023-10-21", "Saturday", "football_season_recap.md"),
    ("2023-11-25", "Saturday", "football_season_recap.md"),
    ("2023-12-26", "Tuesday", "football_season_recap.md"),
    ("2024-01-01", "Monday", "football_season_recap.md"),
    ("2024-01-27", "Saturday", "football_season_recap.md"),
    ("2024-02-13", "Tuesday", "football_season_recap.md"),
    ("2024-04-06", "Saturday", "football_season_recap.md"),
    ("2024-05-04", "Saturday", "football_season_recap.md"),
    ("2024-05-18", "Saturday", "football_season_recap.md"),
]
# ISO weeks used in values: (value, a day inside it).
ISO_WEEKS = [
    ("2025-W32-WE", "2025-08-09"),  # legionnaires: 'since the weekend' before Thu 14 Aug
    ("2024-W34-WE", "2024-08-24"),  # year in review: last weekend of August
    ("2024-W52", "2024-12-23"),     # year in review: 'last week' before Mon 30 Dec 2024
    ("2023-W48", "2023-11-27"),     # football: the week after Sat 25 Nov 2023
]

errors = []


def err(msg):
    errors.append(msg)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        return False
    return True


class TextNodes(HTMLParser):
    """Collect visible text nodes (one per element run) of an HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_file(gold_path):
    name = gold_path.name[: -len(".gold.jsonl")]
    texts = [HERE / (name + e) for e in EXTS if (HERE / (name + e)).exists()]
    if len(texts) != 1:
        err(f"{name}: expected exactly one text file, found {texts}")
        return 0
    text_path = texts[0]
    raw = text_path.read_text(encoding="utf-8")
    is_html = text_path.suffix == ".html"
    nodes = []
    if is_html:
        p = TextNodes()
        p.feed(raw)
        nodes = p.nodes
        visible = "\n".join(nodes)
    else:
        visible = raw

    meta_path = HERE / (name + ".meta.json")
    if not meta_path.exists():
        err(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            err(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
        if meta.get("format") != text_path.suffix[1:]:
            err(f"{name}: meta format {meta.get('format')!r} != {text_path.suffix[1:]}")
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err(f"{name}: meta {k} empty")

    last_raw = last_vis = -1
    n = 0
    all_quotes = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        try:
            all_quotes.append(json.loads(line).get("quote") or "\0")
        except (json.JSONDecodeError, AttributeError):
            all_quotes.append("\0")
    for i, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        next_quotes = all_quotes[i:i + 1] or ["\0"]
        if not line.strip():
            err(f"{name}:{i}: blank line")
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{i}: bad JSON {e}")
            continue
        n += 1
        keys = set(g)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            err(f"{name}:{i}: keys {sorted(keys)}")
            continue
        q = g["quote"]
        if not isinstance(q, str) or not q.strip() or q != q.strip():
            err(f"{name}:{i}: bad quote {q!r}")
            continue
        words = len(q.split())
        if words > 12:
            err(f"{name}:{i}: quote has {words} words (at most 12): {q!r}")
        if words < 8 and raw.count(q) == 1:
            # allowed only when the quote is the whole entry (or dated clause)
            after = raw[raw.find(q) + len(q):]
            ok_end = q[-1] in ".!?\"" and (after == "" or after[0] in "\n<" or after.lstrip(" ").startswith(tuple(next_quotes)))
            if not ok_end:
                err(f"{name}:{i}: quote has {words} words but the entry goes on: {q!r}")
        if q[0] in "-*•·#>|":
            err(f"{name}:{i}: quote starts with a glyph/markup: {q!r}")
        if any(c in q for c in "<>") or re.search(r"&[#a-zA-Z0-9]+;", q):
            err(f"{name}:{i}: quote contains markup or an entity: {q!r}")
        if not text_path.suffix == ".html" and re.search(r"\*\*|\[|\]\(", q):
            err(f"{name}:{i}: quote contains Markdown markup: {q!r}")
        c_raw = raw.count(q)
        if c_raw != 1:
            err(f"{name}:{i}: quote found {c_raw}x in source: {q!r}")
        else:
            pos = raw.find(q)
            if pos <= last_raw:
                err(f"{name}:{i}: quote out of order: {q!r}")
            last_raw = pos
        if is_html:
            c_vis = visible.count(q)
            if c_vis != 1:
                err(f"{name}:{i}: quote found {c_vis}x in visible text: {q!r}")
            else:
                pos = visible.find(q)
                if pos <= last_vis:
                    err(f"{name}:{i}: quote out of order in visible text: {q!r}")
                last_vis = pos
            inside = [nd for nd in nodes if q in nd]
            if len(inside) != 1:
                err(f"{name}:{i}: quote not inside exactly one text element: {q!r}")
        v = g["value"]
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(f"{name}:{i}: bad value {v!r}")
        if g["mod"] not in MODS:
            err(f"{name}:{i}: bad mod {g['mod']!r}")
        if "end" in g:
            e = g["end"]
            if not isinstance(e, str) or not valid_value(e):
                err(f"{name}:{i}: bad end {e!r}")
            if v is None:
                err(f"{name}:{i}: end without value")
        for k in ("explicit", "hard"):
            if not isinstance(g[k], bool):
                err(f"{name}:{i}: {k} not a bool")
        if v is None and g["mod"] is not None:
            err(f"{name}:{i}: mod on a null value")
    return n


def g_has_value(gold_path, val):
    return any(json.loads(l).get("value") == val
               for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip())


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for gp in golds:
        n = check_file(gp)
        print(f"{gp.name[:-len('.gold.jsonl')]:32s} {n:4d} entries")
        total += n
    weekdays = list(WEEKDAYS)
    for d, wd, f in weekdays:
        real = calendar.day_name[datetime.date.fromisoformat(d).weekday()]
        if real != wd:
            err(f"weekday: {d} is a {real}, not a {wd} ({f})")
        if not (HERE / f).exists():
            err(f"weekday list names a missing file {f}")
    for val, day in ISO_WEEKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if not val.startswith(f"{y}-W{w:02d}"):
            err(f"iso week: {day} is in {y}-W{w:02d}, not {val}")
        if val.endswith("-WE") and datetime.date.fromisoformat(day).weekday() < 5:
            err(f"iso week: {day} is not a weekend day ({val})")
        if not any(g_has_value(gp, val) for gp in golds):
            err(f"iso week {val} is not used in any gold file")
    print(f"{len(golds)} files, {total} entries, {len(weekdays)} weekdays checked")
    if len(golds) < 12:
        err(f"only {len(golds)} gold files (12 expected)")
    if total < 160:
        err(f"only {total} entries (160 expected)")
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
