#!/usr/bin/env python3
"""Independent checker for the heldout106 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * exactly one source NAME.txt / NAME.md / NAME.html and a NAME.meta.json;
  * meta keys: title, publication_date (valid YYYY-MM-DD), format (= extension), style;
  * each gold line: keys quote, value, mod, explicit, hard (+ optional end), correct types;
  * value / end are TIMEX3 forms allowed by the guide, mod is a TIMEX3 mod;
  * no value lies after the publication date;
  * every quote occurs exactly once in the visible text, quotes are in text order, and each
    starts at an entry or sentence boundary;
  * HTML: quotes are visible text only (no tags/entities), each lies inside a single text node,
    never inside a <dt>, <th>, <time>, <strong>/<b> label, or the first (date) cell of a table row;
  * every weekday written in the texts (listed in WEEKDAYS) matches Python's calendar.
Run: /work/main/.venv/bin/python tests/data/heldout106/check_gold.py
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
SKIP_TAGS = {"head", "script", "style", "title", "noscript", "template"}
LABEL_TAGS = {"dt", "th", "time", "strong", "b"}
VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "col", "area", "base",
        "embed", "param", "track"}

# Every weekday written in the texts, checked against the calendar: (file, date, weekday).
WEEKDAYS = [
    ("sorra_landslide_keydates.txt", "2025-11-16", "Sunday"),     # lead: collapse "on Sunday"
    ("sorra_landslide_keydates.txt", "2025-11-18", "Tuesday"),    # "On Tuesday" = publication day
    ("marsh_point_refinery_live.html", "2025-06-05", "Thursday"),
    ("marsh_point_refinery_live.html", "2025-06-04", "Wednesday"),
    ("marsh_point_refinery_live.html", "2025-06-03", "Tuesday"),
    ("kestrel_bridge_toll_explainer.txt", "2025-03-14", "Friday"),  # dateline
    ("kestrel_bridge_toll_explainer.txt", "2025-03-10", "Monday"),
    ("kestrel_bridge_toll_explainer.txt", "2025-03-11", "Tuesday"),
    ("kestrel_bridge_toll_explainer.txt", "2025-03-12", "Wednesday"),
    ("kestrel_bridge_toll_explainer.txt", "2025-03-20", "Thursday"),  # "next Thursday" (distractor)
    ("kestrel_bridge_toll_explainer.txt", "2025-03-08", "Saturday"),  # last weekend
    ("kestrel_bridge_toll_explainer.txt", "2025-03-09", "Sunday"),
    ("valmont_avalanche_reconstruction.txt", "2025-01-16", "Thursday"),
    ("valmont_avalanche_reconstruction.txt", "2025-01-17", "Friday"),
    ("valmont_avalanche_reconstruction.txt", "2025-01-18", "Saturday"),
    ("valmont_avalanche_reconstruction.txt", "2025-01-19", "Sunday"),
    ("valmont_avalanche_reconstruction.txt", "2025-01-20", "Monday"),
    ("valmont_avalanche_reconstruction.txt", "2025-01-24", "Friday"),  # "On Friday" = publication day
    ("nwpl_season_review.md", "2023-09-09", "Saturday"),
    ("nwpl_season_review.md", "2024-05-19", "Sunday"),
]
# ISO-week values checked explicitly: (file, value, a day inside it).
WEEKS = [
    ("kestrel_bridge_toll_explainer.txt", "2025-W09", "2025-02-28"),     # two weeks before 14 March
    ("kestrel_bridge_toll_explainer.txt", "2025-W10-WE", "2025-03-08"),  # last weekend
    ("ashby_vale_year_in_review.txt", "2024-W51", "2024-12-21"),         # week before 28 Dec
]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collects visible text nodes with the stack of open tags around each."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []      # list of [tag, child_index_info]
        self.nodes = []      # (text, tuple(stack tags), td_index or None)
        self.td_index = []   # per open <tr>: number of cells seen

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if tag == "tr":
            self.td_index.append(0)
        cell = None
        if tag in ("td", "th") and self.td_index:
            cell = self.td_index[-1]
            self.td_index[-1] += 1
        self.stack.append((tag, cell))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "tr" and self.td_index:
            self.td_index.pop()

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if any(t in SKIP_TAGS for t in tags):
            return
        if not data.strip():
            return
        cell = None
        for t, c in reversed(self.stack):
            if t in ("td", "th"):
                cell = c
                break
        self.nodes.append((data, tuple(tags), cell))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return False
    if re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:7]) <= 12:
        return False
    if "-W" in v and not 1 <= int(v[6:8]) <= 53:
        return False
    return True


def earliest(v):
    """Earliest day covered by a value, as a comparable tuple (BC years negative)."""
    if v.startswith("BC"):
        return (-int(v[2:]), 1, 1)
    if v.endswith("XX"):
        return (int(v[:2]) * 100, 1, 1)
    if v.endswith("X"):
        return (int(v[:3]) * 10, 1, 1)
    y = int(v[:4])
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m:
        d = dt.date.fromisocalendar(y, int(m.group(1)), 6 if v.endswith("WE") else 1)
        return (d.year, d.month, d.day)
    m = re.match(r"^\d{4}-(SP|SU|FA|WI)$", v)
    if m:
        return (y, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(1)], 1)
    parts = v.split("-")
    return (y, int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


BOUNDARY_BEFORE = set("\n.!?;*-•>#:)|")


def check_file(gold_path):
    name = gold_path.name[: -len(".gold.jsonl")]
    sources = [p for ext in ("txt", "md", "html") for p in [HERE / f"{name}.{ext}"] if p.exists()]
    if len(sources) != 1:
        err(f"{name}: expected exactly one source file, found {len(sources)}")
        return 0
    src = sources[0]
    ext = src.suffix[1:]
    raw = src.read_text(encoding="utf-8")

    meta_path = HERE / f"{name}.meta.json"
    pub = None
    if not meta_path.exists():
        err(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if set(meta) != META_KEYS:
            err(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
        for k in META_KEYS:
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                err(f"{name}: meta {k} must be a non-empty string")
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{name}: bad publication_date {meta.get('publication_date')!r}")
            pub = None
        if meta.get("format") != ext:
            err(f"{name}: meta format {meta.get('format')!r} != extension {ext!r}")

    nodes = None
    if ext == "html":
        parser = Visible()
        parser.feed(raw)
        parser.close()
        nodes = parser.nodes
        text = "\n".join(n[0] for n in nodes)
    else:
        text = raw

    entries = []
    for ln, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{ln}: blank line in gold")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{ln}: invalid JSON ({e})")
            continue
        entries.append((ln, obj))

    last = -1
    for ln, o in entries:
        where = f"{name}:{ln}"
        keys = set(o)
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            err(f"{where}: keys {sorted(keys)}")
            continue
        q, v, mod = o["quote"], o["value"], o["mod"]
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
            err(f"{where}: explicit/hard must be booleans")
        if mod not in MODS:
            err(f"{where}: bad mod {mod!r}")
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            err(f"{where}: bad value {v!r}")
        if v is None and (mod is not None or "end" in o or o["explicit"]):
            err(f"{where}: null value must have mod null, no end, explicit false")
        if "end" in o:
            e = o["end"]
            if not isinstance(e, str) or not valid_value(e):
                err(f"{where}: bad end {e!r}")
            elif v is not None and valid_value(v) and earliest(e) < earliest(v):
                err(f"{where}: end {e} before value {v}")
        if v is not None and pub is not None and valid_value(v):
            if earliest(v) > (pub.year, pub.month, pub.day):
                err(f"{where}: value {v} after publication date {pub}")
        if not isinstance(q, str) or not q or q != q.strip():
            err(f"{where}: quote must be a non-empty stripped string")
            continue
        nwords = len(q.split())
        if nwords > 12:
            err(f"{where}: quote has {nwords} words (> 12)")
        if nwords < 8 and not q.endswith((".", "!", "?")):
            err(f"{where}: quote shorter than 8 words but not a whole entry/sentence: {q!r}")
        if re.search(r"[<>]|&[#a-zA-Z0-9]+;|\*\*", q):
            err(f"{where}: quote contains markup: {q!r}")
        for bullet in ("• ", "* ", "- ", "– "):
            if q.startswith(bullet):
                err(f"{where}: quote starts with a bullet glyph")
        n = text.count(q)
        if n != 1:
            err(f"{where}: quote found {n} times: {q!r}")
            continue
        pos = text.index(q)
        if pos <= last:
            err(f"{where}: quote out of text order: {q!r}")
        last = pos
        # boundary: the quote starts an entry or a sentence
        before = text[:pos].rstrip(" \t")
        if before and before[-1] not in BOUNDARY_BEFORE:
            err(f"{where}: quote does not start at an entry/sentence boundary: {q!r}")
        if nodes is not None:
            hits = [nd for nd in nodes if q in nd[0]]
            if len(hits) != 1:
                err(f"{where}: quote not inside exactly one HTML text node ({len(hits)}): {q!r}")
                continue
            data, tags, cell = hits[0]
            bad = [t for t in tags if t in LABEL_TAGS]
            if bad:
                err(f"{where}: quote inside a date/label element <{bad[-1]}>: {q!r}")
            if cell == 0 and "td" in tags:
                err(f"{where}: quote inside the first (date) cell of a table row: {q!r}")
            lead = data[: data.index(q)].strip()
            if lead and lead[-1] not in ".!?;-–:" :
                err(f"{where}: quote does not start the description text of its element: {q!r}")
    return len(entries)


def check_weekdays():
    names = list(calendar.day_name)
    for fname, day, wd in WEEKDAYS:
        if not (HERE / fname).exists():
            err(f"weekday table: missing file {fname}")
        d = dt.date.fromisoformat(day)
        if names[calendar.weekday(d.year, d.month, d.day)] != wd:
            err(f"{fname}: {day} is a {names[d.weekday()]}, not a {wd}")
    for fname, val, day in WEEKS:
        d = dt.date.fromisoformat(day)
        iso = d.isocalendar()
        want = f"{iso[0]}-W{iso[1]:02d}"
        if val.endswith("-WE"):
            want += "-WE"
            if d.weekday() < 5:
                err(f"{fname}: {day} is not a weekend day")
        if val != want:
            err(f"{fname}: {day} falls in {want}, not {val}")
        golds = (HERE / fname.rsplit(".", 1)[0]).with_suffix(".gold.jsonl")
        if f'"value": "{val}"' not in golds.read_text(encoding="utf-8"):
            err(f"{fname}: week value {val} not used in gold")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    per = []
    for g in golds:
        n = check_file(g)
        per.append((g.name, n))
        total += n
    check_weekdays()
    if len(golds) != 12:
        err(f"expected 12 chronologies, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 gold entries, found {total}")
    for name, n in per:
        print(f"{n:4d}  {name}")
    print(f"{total:4d}  total in {len(golds)} files")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
