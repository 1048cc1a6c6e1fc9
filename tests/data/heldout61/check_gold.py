#!/usr/bin/env python3
"""Independent sanity check of the heldout61 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- meta keys title, publication_date (valid YYYY-MM-DD), format (matches the extension), style;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- quote: a string of 3-12 words, no bullet glyph at its start, found exactly once in the text
  (for HTML: in the raw source and in the tag-stripped text), quotes in text order, not overlapping;
- value: null or a TIMEX3 form (YYYY, YYYY-MM, YYYY-MM-DD valid date, YYYY-Www, YYYY-Www-WE,
  YYYY-SP|SU|FA|WI, decade 198X, century 19XX, BC years BC0957, BC decades/centuries);
- mod: null or a TIMEX3 mod; end: only with a value, same forms, not before the start for plain years;
- explicit, hard: booleans; a null value has null mod and no end.
Exit status 1 on any problem. Also prints entry counts per file and in total.
"""
import calendar
import datetime
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
VALUE_RE = re.compile(
    r"^(?:BC)?(?:\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX)$")
KEYS = {"quote", "value", "mod", "explicit", "hard"}
GLYPHS = ("•", "*", "-", "::", "–", "—")
problems = []


def bad(name, msg):
    problems.append(f"{name}: {msg}")


def check_value(name, i, v, what):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        bad(name, f"entry {i}: {what} {v!r} is not a TIMEX3 value form")
        return
    core = v[2:] if v.startswith("BC") else v
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", core)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            bad(name, f"entry {i}: bad month in {v}")
        elif d is not None:
            try:
                datetime.date(y, mo, int(d))
            except ValueError:
                bad(name, f"entry {i}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", core)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        if not 1 <= w <= datetime.date(y, 12, 28).isocalendar()[1]:
            bad(name, f"entry {i}: impossible week {v}")


def text_of(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        stripped = html.unescape(re.sub(r"<[^>]+>", "", body))
        return raw, stripped
    return raw, None


# Weekday claims made in the texts, checked against the calendar.
WEEKDAY_CLAIMS = [
    ("market_attack_live", "2024-03-14", "Thursday"), ("market_attack_live", "2024-03-13", "Wednesday"),
    ("market_attack_live", "2024-03-12", "Tuesday"), ("bosnia_factbox", "2024-07-11", "Thursday"),
    ("dam_inquiry_timeline", "2025-09-30", "Tuesday"), ("rwanda_anniversary", "2024-04-07", "Sunday"),
    ("profile_suu_kyi", "2021-02-01", "Monday"), ("niger_coup_explainer", "2023-08-06", "Sunday"),
    ("niger_coup_explainer", "2023-08-07", "Monday"), ("ashbridge_flood_year", "2024-12-30", "Monday"),
    ("ukraine_road_to_war", "2022-02-24", "Thursday"),
]


def main():
    for name, day, wd in WEEKDAY_CLAIMS:
        d = datetime.date.fromisoformat(day)
        if calendar.day_name[d.weekday()] != wd:
            bad(name, f"{day} is not a {wd}")
    total = 0
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    if not golds:
        bad("dataset", "no gold files")
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        srcs = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html"))
                if os.path.exists(p)]
        if len(srcs) != 1:
            bad(name, f"expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        ext = src.rsplit(".", 1)[1]
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            bad(name, f"meta unreadable: {exc}")
            meta = {}
        for k in ("title", "publication_date", "format", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                bad(name, f"meta key {k} missing or empty")
        try:
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["publication_date"]):
                raise ValueError
        except Exception:  # noqa: BLE001
            bad(name, "meta publication_date is not YYYY-MM-DD")
        if meta.get("format") != ext:
            bad(name, f"meta format {meta.get('format')!r} != extension {ext!r}")

        raw, stripped = text_of(src)
        texts = [raw] + ([stripped] if stripped is not None else [])
        last = [-1] * len(texts)
        last_end = [-1] * len(texts)
        n = 0
        for i, line in enumerate(open(gpath, encoding="utf-8"), 1):
            if not line.strip():
                bad(name, f"line {i}: blank line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as exc:
                bad(name, f"line {i}: not JSON ({exc})")
                continue
            n += 1
            keys = set(o)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                bad(name, f"entry {i}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                bad(name, f"entry {i}: quote must be a trimmed non-empty string")
                continue
            words = len(q.split())
            if not 3 <= words <= 12:
                bad(name, f"entry {i}: quote has {words} words: {q!r}")
            if q.startswith(GLYPHS) and not re.match(r"^-?\d", q):
                bad(name, f"entry {i}: quote starts with a bullet glyph: {q!r}")
            for t_i, t in enumerate(texts):
                c = t.count(q)
                if c != 1:
                    bad(name, f"entry {i}: quote found {c} times ({'stripped' if t_i else 'raw'}): {q!r}")
                    continue
                pos = t.find(q)
                if pos <= last[t_i]:
                    bad(name, f"entry {i}: quote out of text order: {q!r}")
                if pos < last_end[t_i]:
                    bad(name, f"entry {i}: quote overlaps the previous quote: {q!r}")
                last[t_i], last_end[t_i] = pos, pos + len(q)
            v, m = o["value"], o["mod"]
            if v is not None:
                check_value(name, i, v, "value")
            if m not in MODS:
                bad(name, f"entry {i}: mod {m!r}")
            if "end" in o:
                if v is None:
                    bad(name, f"entry {i}: end without value")
                else:
                    check_value(name, i, o["end"], "end")
                    if o["end"] == v:
                        bad(name, f"entry {i}: end equals value")
            if v is None and m is not None:
                bad(name, f"entry {i}: null value with a mod")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    bad(name, f"entry {i}: {k} must be a boolean")
        if n == 0:
            bad(name, "no entries")
        print(f"{name:28s} {os.path.basename(src):32s} {n:3d} entries")
        total += n
    print(f"{'TOTAL':28s} {len(golds):3d} files {total:3d} entries")
    if len(golds) < 12 or total < 160:
        bad("dataset", f"needs >= 12 files and >= 160 entries (has {len(golds)}, {total})")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
