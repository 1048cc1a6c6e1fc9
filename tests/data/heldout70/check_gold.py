#!/usr/bin/env python3
"""Independent consistency check for the heldout70 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * a text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * meta keys: title, publication_date (YYYY-MM-DD), format (matches extension), style;
  * each gold line has exactly the keys quote, value, mod, explicit, hard (+ optional end);
  * value / end forms are TIMEX3 forms from the guide (plus BC months/days, see README);
  * mod is null or a TIMEX3 mod; explicit and hard are booleans;
  * every quote is found exactly once in the visible text, in text order, has at most 12 words;
  * HTML: the quote is visible text (no tags, no entities) and lies inside ONE text node,
    so a date in its own <td>/<dt>/<b> is never part of the quote;
  * a weekday name inside a quote agrees with the weekday of a full-date value (calendar check).
"""
import calendar
import datetime
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
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"   # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                     # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"                                          # seasons
    r"|\d{3}X|\d{2}XX"                                                 # decades, centuries
    r"|BC\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # BC years (+ month/day)
    r")$")
WEEKDAYS = [d.lower() for d in calendar.day_name]
SKIP_TAGS = {"script", "style", "head", "title"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def fail(errors, name, msg):
    errors.append(f"{name}: {msg}")


def check_value(v):
    return v is None or (isinstance(v, str) and VALUE_RE.match(v) is not None)


def main():
    errors = []
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    if len(golds) < 12:
        errors.append(f"expected 12 chronologies, found {len(golds)}")
    for gp in golds:
        name = gp.name[: -len(".gold.jsonl")]
        texts = [HERE / f"{name}.{ext}" for ext in ("txt", "md", "html") if (HERE / f"{name}.{ext}").exists()]
        if len(texts) != 1:
            fail(errors, name, f"need exactly one text file, found {texts}")
            continue
        tp = texts[0]
        ext = tp.suffix[1:]
        mp = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(mp.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            fail(errors, name, f"bad meta: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                fail(errors, name, f"meta key {k!r} missing or empty")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            fail(errors, name, "publication_date is not YYYY-MM-DD")
        if meta.get("format") != ext:
            fail(errors, name, f"meta format {meta.get('format')!r} != extension {ext!r}")

        raw = tp.read_text(encoding="utf-8")
        if ext == "html":
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            visible = "\n".join(nodes)
            starts, pos = [], 0
            for n in nodes:
                starts.append(pos)
                pos += len(n) + 1
        else:
            visible, nodes, starts = raw, None, None

        last = -1
        for i, line in enumerate(gp.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name} line {i}"
            if not line.strip():
                fail(errors, where, "blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                fail(errors, where, f"bad JSON: {e}")
                continue
            total += 1
            keys = set(o)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                fail(errors, where, f"keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                fail(errors, where, "quote empty or padded")
                continue
            if len(q.split()) > 12:
                fail(errors, where, "quote longer than 12 words")
            if q[0] in "-*•–—" and q[1:2] == " ":
                fail(errors, where, "quote starts with a bullet glyph")
            if "**" in q or "<" in q or ">" in q or re.search(r"&#?\w+;", q):
                fail(errors, where, "quote contains markup or an entity")
            n = visible.count(q)
            if n != 1:
                fail(errors, where, f"quote found {n} times: {q!r}")
                continue
            p = visible.index(q)
            if p <= last:
                fail(errors, where, "quote out of text order")
            last = p
            if nodes is not None:
                inside = [k for k, s in enumerate(starts) if s <= p and p + len(q) <= s + len(nodes[k])]
                if not inside:
                    fail(errors, where, "HTML quote spans more than one element/text node")
            if not check_value(o["value"]):
                fail(errors, where, f"bad value {o['value']!r}")
            if "end" in o:
                if o["end"] is None or not check_value(o["end"]):
                    fail(errors, where, f"bad end {o['end']!r}")
                elif o["value"] is None:
                    fail(errors, where, "end without value")
            if o["mod"] not in MODS:
                fail(errors, where, f"bad mod {o['mod']!r}")
            if o["value"] is None and o["mod"] is not None:
                fail(errors, where, "mod on a null value")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    fail(errors, where, f"{k} not boolean")
            # weekday names inside the quote must agree with a full-date value
            v = o["value"]
            for wd in WEEKDAYS:
                if re.search(rf"\b{wd}\b", q.lower()):
                    if not (isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v)):
                        fail(errors, where, f"weekday {wd} but value {v!r} is not a day")
                    else:
                        real = calendar.day_name[datetime.date.fromisoformat(v).weekday()].lower()
                        if real != wd:
                            fail(errors, where, f"{v} is a {real}, text says {wd}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} chronologies, {total} gold entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
