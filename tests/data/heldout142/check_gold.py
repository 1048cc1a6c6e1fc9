#!/usr/bin/env python3
"""Validate the heldout142 chronology gold set (standard library only, independent of keydates).

Checks: every NAME.gold.jsonl has exactly one NAME.txt|.md|.html and a NAME.meta.json with
title / publication_date / format / style; JSON keys and types; every quote found exactly once
in the visible text and in text order; value / end forms; mods; weekday facts; HTML quotes are
visible text inside a single text node that is not a date label (dt, th, b, strong, time, label).
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
    r"^(?:\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}|BC\d{3}X|BC\d{2}XX)$")
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
LABEL_TAGS = {"dt", "th", "b", "strong", "time", "label"}
SKIP_TAGS = {"script", "style", "head", "template", "noscript"}
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "base", "col"}

# Weekday facts the annotation relies on (file stem, date, weekday name as used in the text).
WEEKDAYS = [
    ("motorway_landslide_live", "2025-02-11", "Tuesday"),
    ("motorway_landslide_live", "2025-02-09", "Sunday"),
    ("mobile_operator_breach_factbox", "2025-03-06", "Thursday"),
    ("mobile_operator_breach_factbox", "2025-03-05", "Wednesday"),
    ("estate_demolition_longread", "2025-06-21", "Saturday"),
    ("estate_demolition_longread", "2025-06-16", "Monday"),
    ("boxing_title_saga", "2020-10-03", "Saturday"),
    ("boxing_title_saga", "2024-12-02", "Monday"),
    ("boxing_title_saga", "2024-11-30", "Saturday"),
    ("child_benefit_explainer", "2026-03-12", "Thursday"),
    ("child_benefit_explainer", "2026-03-10", "Tuesday"),
    ("town_year_in_review", "2024-03-03", "Sunday"),
    ("town_year_in_review", "2024-04-01", "Monday"),
    ("town_year_in_review", "2024-08-24", "Saturday"),
    ("town_year_in_review", "2024-09-04", "Wednesday"),
    ("town_year_in_review", "2024-12-28", "Saturday"),
]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []  # (text, tags-open)

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if any(t in SKIP_TAGS for t in self.stack):
            return
        if data.strip():
            self.nodes.append((data, tuple(self.stack)))


def check_value(v, where, what="value"):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad {what} {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            err(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m.group(2)) <= 53:
        err(f"{where}: bad week {v}")


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    for g in golds:
        stem = g.name[: -len(".gold.jsonl")]
        texts = [p for p in (HERE / f"{stem}.txt", HERE / f"{stem}.md", HERE / f"{stem}.html") if p.exists()]
        if len(texts) != 1:
            err(f"{stem}: expected exactly one text file, found {texts}")
            continue
        tp = texts[0]
        raw = tp.read_text(encoding="utf-8")
        meta_p = HERE / f"{stem}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{stem}: meta unreadable: {e}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                err(f"{stem}: meta missing {k}")
        try:
            dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            err(f"{stem}: bad publication_date")
        if meta.get("format") != tp.suffix[1:]:
            err(f"{stem}: meta format {meta.get('format')!r} != {tp.suffix[1:]}")

        is_html = tp.suffix == ".html"
        if is_html:
            p = Visible()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            visible = "\n".join(n for n, _ in nodes)
        else:
            visible = raw
        pos = -1
        lines = g.read_text(encoding="utf-8").splitlines()
        if not lines:
            err(f"{stem}: empty gold")
        for i, line in enumerate(lines, 1):
            where = f"{g.name}:{i}"
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(o)
            if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{where}: bad quote {q!r}")
                continue
            nw = len(q.split())
            if not 4 <= nw <= 12:
                err(f"{where}: quote has {nw} words")
            if re.search(r"[<>]|&\w+;|&#\d+;|\*\*|^[-*•#]\s", q):
                err(f"{where}: quote contains markup {q!r}")
            n = visible.count(q)
            if n != 1:
                err(f"{where}: quote found {n} times: {q!r}")
            else:
                at = visible.index(q)
                if at <= pos:
                    err(f"{where}: quote out of text order: {q!r}")
                pos = at
            if is_html:
                hosts = [tags for text, tags in nodes if q in text]
                if len(hosts) != 1:
                    err(f"{where}: HTML quote not inside exactly one text node: {q!r}")
                elif set(hosts[0]) & LABEL_TAGS:
                    err(f"{where}: HTML quote sits in a date label element {hosts[0]}: {q!r}")
                else:
                    host = next(text for text, tags in nodes if q in text)
                    if len(host.split()) <= 4 and re.search(r"\d", host):
                        err(f"{where}: HTML quote sits in a short date-like cell {host!r}")
            check_value(o["value"], where)
            if o["mod"] not in MODS:
                err(f"{where}: bad mod {o['mod']!r}")
            if "end" in o:
                if o["end"] is None or o["value"] is None:
                    err(f"{where}: end needs a value and a non-null end")
                else:
                    check_value(o["end"], where, "end")
                    if o["end"] == o["value"]:
                        err(f"{where}: end equals value")
            if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
                err(f"{where}: explicit/hard must be booleans")
            if o["value"] is None and (o["mod"] is not None or "end" in o):
                err(f"{where}: null value with mod/end")
    stems = {g.name[: -len(".gold.jsonl")] for g in golds}
    for stem, day, name in WEEKDAYS:
        if stem not in stems:
            err(f"weekday check refers to unknown file {stem}")
        wd = calendar.day_name[calendar.weekday(*map(int, day.split("-")))]
        if wd != name:
            err(f"weekday: {day} is {wd}, not {name}")
    if len(golds) != 12:
        err(f"expected 12 gold files, found {len(golds)}")
    if total < 160:
        err(f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
