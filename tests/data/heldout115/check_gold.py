#!/usr/bin/env python3
"""Independent checker for the heldout115 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- exactly one text file NAME.txt / NAME.md / NAME.html and a NAME.meta.json
  (keys title, publication_date YYYY-MM-DD, format matching the extension, style);
- every line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end);
- value/end are TIMEX3 forms allowed by the guide (or null), real calendar dates,
  end not before value; mod is null or an allowed TIMEX3 mod;
- every quote (3-12 words) occurs exactly once in the visible text, quotes are in text order,
  and a quote starts at the beginning of a line/element or of a sentence;
- HTML: quotes contain no tags or entities, lie inside ONE text node, and that node is not a
  date label element (dt, th, strong, b, time, label-like spans);
- weekday claims written in the texts are true (calendar check);
- at least 12 files and 160 entries overall.
Run: /work/main/.venv/bin/python tests/data/heldout115/check_gold.py
"""
import calendar
import datetime as dt
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
                      r"|\d{3}X|\d{2}XX|BC\d{4})$")
LABEL_TAGS = {"dt", "th", "strong", "b", "time"}
LABEL_CLASSES = {"time", "date", "stamp", "label"}

# (file, ISO date, weekday) claims made in the texts (weekday headings, labels, relative weekdays)
WEEKDAYS = [
    ("hailstorm_harwick", "2025-07-15", "Tuesday"),
    ("hailstorm_harwick", "2025-07-16", "Wednesday"),
    ("hailstorm_harwick", "2025-07-17", "Thursday"),
    ("metro_line4_signalling_report", "2025-03-03", "Monday"),
    ("metro_line4_signalling_report", "2025-03-04", "Tuesday"),
    ("metro_line4_signalling_report", "2025-03-05", "Wednesday"),
    ("metro_line4_signalling_report", "2025-03-06", "Thursday"),
    ("metro_line4_signalling_report", "2025-03-12", "Wednesday"),
    ("boat_race_factbox", "2024-03-30", "Saturday"),
    ("boat_race_factbox", "2024-04-01", "Monday"),
    ("election_recount_district7", "2024-11-05", "Tuesday"),
    ("election_recount_district7", "2024-11-06", "Wednesday"),
    ("election_recount_district7", "2024-11-08", "Friday"),
    ("election_recount_district7", "2024-11-25", "Monday"),
    ("election_recount_district7", "2024-12-02", "Monday"),
    ("election_recount_district7", "2024-12-03", "Tuesday"),
    ("live_bridge_barge_strike", "2025-09-17", "Wednesday"),
    ("live_bridge_barge_strike", "2025-09-18", "Thursday"),
    ("explainer_tap_water_chlorine", "2025-10-02", "Thursday"),
    ("explainer_tap_water_chlorine", "2025-10-04", "Saturday"),
    ("explainer_tap_water_chlorine", "2025-10-06", "Monday"),
    ("explainer_tap_water_chlorine", "2025-10-07", "Tuesday"),
    ("explainer_tap_water_chlorine", "2025-10-08", "Wednesday"),
    ("choreographer_bausch_profile", "2019-06-30", "Sunday"),
    ("comet_probe_rosetta", "2016-09-30", "Friday"),
    ("swift_migration_study", "2025-06-10", "Tuesday"),
]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collect visible text nodes with their enclosing element (head/script/style skipped)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, tag, classes)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        self.stack.append((tag, dict(attrs).get("class") or ""))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if any(t in ("head", "script", "style", "title") for t in tags):
            return
        if not data.strip():
            return
        tag, cls = self.stack[-1] if self.stack else ("", "")
        self.nodes.append((data, tag, cls))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            try:
                dt.date(y, mo, int(d))
            except ValueError:
                return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def sort_key(v):
    """Rough chronological key (years, BC negative) for value <= end checks."""
    if v.startswith("BC"):
        return (-int(v[2:]), "")
    y = v[:4].replace("X", "0")
    return (int(y), v[4:])


def sentence_start(before):
    """True when the text before the quote (same line / node) is empty, markup, or a sentence end."""
    stripped = before.strip()
    if stripped == "":
        return True
    if re.fullmatch(r"[-*+•#>\d.)\s]*", stripped):
        return True
    return bool(re.search(r"[.;!?:\"”)]\s+$", before)) or bool(re.search(r"[|]\s*$", before))


def main():
    names = sorted(f[:-len(".gold.jsonl")] for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    total = 0
    for name in names:
        texts = [f for f in os.listdir(HERE) if f.split(".")[0] == name and f.rsplit(".", 1)[-1] in ("txt", "md", "html")
                 and f.count(".") == 1]
        if len(texts) != 1:
            err(f"{name}: expected one text file, found {texts}")
            continue
        tfile = texts[0]
        ext = tfile.rsplit(".", 1)[1]
        raw = open(os.path.join(HERE, tfile), encoding="utf-8").read()
        # meta
        mpath = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(mpath):
            err(f"{name}: missing meta")
        else:
            meta = json.load(open(mpath, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not meta.get(k):
                    err(f"{name}: meta lacks {k}")
            try:
                dt.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                err(f"{name}: bad publication_date")
            if meta.get("format") != ext:
                err(f"{name}: meta format {meta.get('format')} != {ext}")
        # visible text
        if ext == "html":
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            visible = "\n".join(n[0] for n in nodes)
        else:
            nodes = None
            visible = raw
        last = -1
        lines = open(os.path.join(HERE, name + ".gold.jsonl"), encoding="utf-8").read().splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{name}.gold.jsonl:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as x:
                err(f"{where}: bad JSON {x}")
                continue
            total += 1
            keys = set(e)
            need = {"quote", "value", "mod", "explicit", "hard"}
            if not need <= keys or keys - need - {"end"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not 3 <= len(q.split()) <= 12:
                err(f"{where}: quote must be 3-12 words: {q!r}")
            if q != q.strip() or q[:1] in "-*•":
                err(f"{where}: quote has surrounding space or bullet glyph")
            v = e["value"]
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                err(f"{where}: bad value {v!r}")
            if e["mod"] not in MODS:
                err(f"{where}: bad mod {e['mod']!r}")
            if "end" in e:
                if v is None or not isinstance(e["end"], str) or not valid_value(e["end"]):
                    err(f"{where}: bad end {e.get('end')!r}")
                elif sort_key(e["end"]) < sort_key(v):
                    err(f"{where}: end before value")
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                err(f"{where}: explicit/hard must be booleans")
            if v is None and e["explicit"]:
                err(f"{where}: null value cannot be explicit")
            # location
            n = visible.count(q)
            if n != 1:
                err(f"{where}: quote found {n} times: {q!r}")
                continue
            pos = visible.index(q)
            if pos <= last:
                err(f"{where}: quote out of order")
            last = pos
            if ext == "html":
                if re.search(r"[<>]|&[#\w]+;", q):
                    err(f"{where}: quote contains markup or entity")
                hits = [nd for nd in nodes if q in nd[0]]
                if len(hits) != 1:
                    err(f"{where}: quote not inside exactly one text node")
                else:
                    text, tag, cls = hits[0]
                    if tag in LABEL_TAGS or set(cls.split()) & LABEL_CLASSES:
                        err(f"{where}: quote sits in a date-label element <{tag} class={cls!r}>")
                    before = text[:text.index(q)]
                    if not sentence_start(before):
                        err(f"{where}: quote does not start its element or a sentence")
            else:
                if "**" in q or "](" in q or q.startswith("#"):
                    err(f"{where}: quote contains markdown markup")
                line_start = visible.rfind("\n", 0, pos) + 1
                before = visible[line_start:pos]
                before = re.sub(r"\*\*[^*]*\*\*", "", before)
                if not sentence_start(before):
                    err(f"{where}: quote does not start its line or a sentence")
    for name, day, wd in WEEKDAYS:
        d = dt.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != wd:
            err(f"{name}: {day} is {calendar.day_name[d.weekday()]}, not {wd}")
        if name not in names:
            err(f"weekday claim for unknown file {name}")
    if len(names) < 12:
        err(f"only {len(names)} files")
    if total < 160:
        err(f"only {total} entries")
    for m in errors:
        print("ERROR", m)
    print(f"{len(names)} files, {total} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
