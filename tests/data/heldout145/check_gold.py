#!/usr/bin/env python3
"""Independent sanity check for the heldout145 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys title, publication_date (YYYY-MM-DD), format (matches the file), style;
- every gold line is JSON with exactly the guide's keys (quote, value, mod, explicit, hard, optional end);
- value / end are TIMEX3 forms allowed by the guide (or null value), mod is an allowed TIMEX3 mod;
- every quote occurs exactly once in the text as a reader sees it, and quotes are in text order;
- HTML: the quote lies inside ONE text node (never spanning tags), has no tags or entities;
- Markdown / HTML: no markup characters in quotes; no bullet glyph at the start of a quote;
- every "weekday + full date" written in the texts is a real calendar weekday.
It does not import keydates.
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
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
DAYS = [d.lower() for d in calendar.day_name]


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data)


def norm_ws(s):
    return re.sub(r"\s+", " ", s)


def check_value(v, what, errs, allow_null):
    if v is None:
        if not allow_null:
            errs.append(f"{what}: null not allowed")
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{what}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        try:
            dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
        except ValueError:
            errs.append(f"{what}: impossible date {v}")


def check_weekdays(text, name, errs):
    # "Saturday 14 March 2026" / "Saturday, 14 March 2026"
    for m in re.finditer(r"\b(%s),? (\d{1,2})(?:st|nd|rd|th)? (%s),? (\d{4})\b" % (
            "|".join(calendar.day_name), "|".join(calendar.month_name[1:])), text):
        d = dt.date(int(m[4]), MONTHS[m[3].lower()], int(m[2]))
        if DAYS[d.weekday()] != m[1].lower():
            errs.append(f"{name}: weekday wrong in {m[0]!r} (is {calendar.day_name[d.weekday()]})")
    # "Saturday, March 14, 2026"
    for m in re.finditer(r"\b(%s),? (%s) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b" % (
            "|".join(calendar.day_name), "|".join(calendar.month_name[1:])), text):
        d = dt.date(int(m[4]), MONTHS[m[2].lower()], int(m[3]))
        if DAYS[d.weekday()] != m[1].lower():
            errs.append(f"{name}: weekday wrong in {m[0]!r} (is {calendar.day_name[d.weekday()]})")

# Weekday names without a year that the gold resolves: (file stem, phrase in the text, resolved date).
# Each is checked against the calendar and must appear as a gold value of that file.
WEEKDAY_CLAIMS = [
    ("warehouse_collapse_live", "On Tuesday, a union representative", "2026-03-10"),
    ("warehouse_collapse_live", "in the early hours of Friday", "2026-03-13"),
    ("damp_scandal_longread", "On Monday, the association agreed", "2024-02-05"),
    ("junior_doctors_factbox", "MONDAY - Talks between", "2025-11-03"),
    ("junior_doctors_factbox", "LONDON, Nov 4", None),
    ("scarlet_fever_explainer", "On Thursday, a second school", "2024-11-28"),
    ("scarlet_fever_explainer", "The agency said on Friday", "2024-11-29"),
    ("darts_championship_recap", "### Friday 12 December", "2025-12-12"),
    ("darts_championship_recap", "### Saturday 13 December", "2025-12-13"),
    ("darts_championship_recap", "### Sunday 14 – Monday 15 December", "2025-12-14"),
    ("darts_championship_recap", "### Sunday 14 – Monday 15 December", "2025-12-15"),
    ("darts_championship_recap", "### Saturday 27 December", "2025-12-27"),
    ("darts_championship_recap", "### Friday 2 January", "2026-01-02"),
    ("darts_championship_recap", "### Saturday 3 January", "2026-01-03"),
    ("millford_year_in_review", "on Monday, September 2,", "2024-09-02"),
    ("millford_year_in_review", "On Sunday, December 1,", "2024-12-01"),
]


def check_weekday_claims(errs):
    for stem, phrase, iso in WEEKDAY_CLAIMS:
        src = [p for p in HERE.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
        if not src:
            errs.append(f"weekday claim: no source for {stem}")
            continue
        text = src[0].read_text(encoding="utf-8")
        if phrase not in text:
            errs.append(f"weekday claim: {phrase!r} not in {stem}")
        if iso is None:
            continue
        d = dt.date.fromisoformat(iso)
        names = [w for w in calendar.day_name if w.lower() in phrase.lower()]
        if calendar.day_name[d.weekday()] not in names:
            errs.append(f"weekday claim: {iso} is a {calendar.day_name[d.weekday()]}, text says {phrase!r}")
        gold = (HERE / f"{stem}.gold.jsonl").read_text(encoding="utf-8")
        if f'"{iso}"' not in gold:
            errs.append(f"weekday claim: {iso} not used in {stem} gold")


def main():
    errs, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        files += 1
        srcs = [HERE / f"{name}.{e}" for e in ("txt", "md", "html") if (HERE / f"{name}.{e}").exists()]
        if len(srcs) != 1:
            errs.append(f"{name}: expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        fmt = src.suffix[1:]
        raw = src.read_text(encoding="utf-8")
        metap = HERE / f"{name}.meta.json"
        if not metap.exists():
            errs.append(f"{name}: missing meta")
        else:
            meta = json.loads(metap.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errs.append(f"{name}: meta keys {sorted(meta)}")
            try:
                dt.date.fromisoformat(meta.get("publication_date", ""))
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                    raise ValueError
            except (ValueError, TypeError):
                errs.append(f"{name}: bad publication_date")
            if meta.get("format") != fmt:
                errs.append(f"{name}: meta format {meta.get('format')!r} != {fmt}")
            if not meta.get("title") or not meta.get("style"):
                errs.append(f"{name}: empty title/style")
        if fmt == "html":
            p = TextNodes()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes = None
            text = raw
        check_weekdays(norm_ws(text), name, errs)
        last = -1
        lines = gold.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{name}:{i}"
            if not line.strip():
                errs.append(f"{where}: blank line")
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(g)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errs.append(f"{where}: bad quote {q!r}")
                continue
            nw = len(q.split())
            if nw > 12:
                errs.append(f"{where}: quote has {nw} words (> 12)")
            if q[0] in "•-*–—·:>#+":
                errs.append(f"{where}: quote starts with a bullet/markup glyph")
            if fmt in ("html", "md") and re.search(r"[<>*#`]|\]\(|&\w+;|&#", q):
                errs.append(f"{where}: markup in quote {q!r}")
            n = text.count(q)
            if n != 1:
                errs.append(f"{where}: quote found {n} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                errs.append(f"{where}: quote out of order: {q!r}")
            last = pos
            if nodes is not None:
                inside = sum(node.count(q) for node in nodes)
                if inside != 1:
                    errs.append(f"{where}: quote not inside one HTML text node: {q!r}")
                if html.escape(q, quote=False) not in raw and q not in raw:
                    errs.append(f"{where}: quote not in HTML source as plain text: {q!r}")
            check_value(g["value"], f"{where} value", errs, allow_null=True)
            if "end" in g:
                check_value(g["end"], f"{where} end", errs, allow_null=False)
                if g["value"] is None:
                    errs.append(f"{where}: end without value")
            if g["mod"] not in MODS:
                errs.append(f"{where}: bad mod {g['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errs.append(f"{where}: {k} must be a boolean")
            if g["value"] is None and g["mod"] is not None:
                errs.append(f"{where}: mod on null value")
    check_weekday_claims(errs)
    for e in errs:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errs)} errors")
    if files != 12 or total < 160:
        print("ERROR expected 12 files and at least 160 entries")
        return 1
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
