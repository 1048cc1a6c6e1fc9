#!/usr/bin/env python3
"""Independent checker for the heldout140 chronology gold set (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * every line is a JSON object with exactly the guide's keys
    (quote, value, mod, explicit, hard, optional end);
  * quotes are 8-12 words, found exactly once in the visible text, in text order;
    for HTML the visible text is the decoded text outside tags (head, script, style
    dropped) and every quote must lie inside ONE text node (no tags, no entities);
  * value / end forms (TIMEX3 subset of the guide), mod vocabulary, booleans;
  * meta keys (title, publication_date YYYY-MM-DD, format matching the extension, style);
  * every weekday named together with a date in WEEKDAY_CLAIMS is right (calendar);
  * the set has 12 chronologies and at least 160 entries.
Run: /work/main/.venv/bin/python tests/data/heldout140/check_gold.py
"""
import calendar
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekend
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$"                           # BC years
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
EXT = {".txt": "txt", ".md": "md", ".html": "html"}

# (file, phrase as written in the file, ISO date the annotators resolved it to)
WEEKDAY_CLAIMS = [
    ("dam_failure_live.html", "Tuesday 17 March", "2026-03-17"),
    ("dam_failure_live.html", "Monday 16 March", "2026-03-16"),
    ("social_network_privacy_fine.txt", "on Wednesday fined", "2026-06-10"),
    ("social_network_privacy_fine.txt", "Wednesday - Lumo says", "2026-06-10"),
    ("port_strike.txt", "Tuesday — Members", "2025-10-07"),
    ("port_strike.txt", "Wednesday — The first", "2025-10-08"),
    ("port_strike.txt", "ended Tuesday", "2025-10-07"),
    ("school_meals_explainer.txt", "confirmed on Tuesday", "2026-06-02"),
    ("school_meals_explainer.txt", "announced on Tuesday", "2026-06-02"),
    ("school_meals_explainer.txt", "on Wednesday", "2026-06-03"),
    ("school_meals_explainer.txt", "Friday 5 June 2026", "2026-06-05"),
    ("year_in_review_millbrook.txt", "first Saturday of the month", "2025-12-06"),
    ("central_bank_profile.html", "Monday, 2 November 2026", "2026-11-02"),
]
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "noscript", "template"}

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
            self.nodes.append(data)


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Visible()
        p.feed(raw)
        p.close()
        return "\n".join(p.nodes), p.nodes
    return raw, None


def check_value(v):
    return v is None or (isinstance(v, str) and VALUE_RE.match(v) is not None)


def main():
    errors = []
    total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.jsonl"))
    for gold in files:
        name = gold[: -len(".gold.jsonl")]
        texts = [name + e for e in EXT if os.path.exists(os.path.join(HERE, name + e))]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        tpath = os.path.join(HERE, texts[0])
        ext = os.path.splitext(texts[0])[1]
        text, nodes = visible(tpath)
        # meta
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta[k].strip():
                    errors.append(f"{name}.meta.json: missing/empty {k}")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
                errors.append(f"{name}.meta.json: publication_date not YYYY-MM-DD")
            if meta.get("format") != EXT[ext]:
                errors.append(f"{name}.meta.json: format {meta.get('format')!r} != {EXT[ext]!r}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}.meta.json: {exc}")
        # gold
        last = -1
        n = 0
        for ln, line in enumerate(open(os.path.join(HERE, gold), encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{gold}:{ln}: blank line")
                continue
            where = f"{gold}:{ln}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON {exc}")
                continue
            n += 1
            keys = set(e)
            if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            words = len(q.split())
            if not 8 <= words <= 12:
                errors.append(f"{where}: quote has {words} words (want 8-12): {q!r}")
            if q[0] in "*-•·" or q.startswith("#"):
                errors.append(f"{where}: quote starts with a bullet/markup glyph: {q!r}")
            if ext == ".md" and ("**" in q or "|" in q):
                errors.append(f"{where}: Markdown markup inside quote: {q!r}")
            if ext == ".html":
                if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                    errors.append(f"{where}: tag or entity in HTML quote: {q!r}")
                inside = [i for i, node in enumerate(nodes) if q in node]
                if len(inside) != 1:
                    errors.append(f"{where}: quote not inside exactly one text element ({len(inside)}): {q!r}")
            count = text.count(q)
            if count != 1:
                errors.append(f"{where}: quote found {count} times: {q!r}")
            else:
                pos = text.find(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of text order: {q!r}")
                last = pos
            if not check_value(e["value"]):
                errors.append(f"{where}: bad value {e['value']!r}")
            if e["mod"] not in MODS:
                errors.append(f"{where}: bad mod {e['mod']!r}")
            for b in ("explicit", "hard"):
                if not isinstance(e[b], bool):
                    errors.append(f"{where}: {b} must be true/false")
            if "end" in e:
                if e["value"] is None or not isinstance(e["end"], str) or not check_value(e["end"]):
                    errors.append(f"{where}: bad end {e.get('end')!r}")
                elif e["value"].startswith("BC") != e["end"].startswith("BC"):
                    errors.append(f"{where}: end era differs from value")
                elif e["value"].startswith("BC"):
                    if int(e["end"][2:]) >= int(e["value"][2:]):
                        errors.append(f"{where}: BC range does not run forward")
                elif len(e["end"]) == len(e["value"]) and e["end"] <= e["value"]:
                    errors.append(f"{where}: end not after value")
            if e["value"] is None and (e["mod"] is not None or e["explicit"] or e["hard"]):
                errors.append(f"{where}: null value with mod/explicit/hard set")
            if e["value"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["value"]):
                try:
                    datetime.date.fromisoformat(e["value"])
                except ValueError:
                    errors.append(f"{where}: impossible date {e['value']}")
        total += n
        print(f"{name:35s} {EXT[ext]:4s} {n:3d} entries")
    # weekday claims
    for fname, phrase, iso in WEEKDAY_CLAIMS:
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            errors.append(f"weekday claim: missing file {fname}")
            continue
        text, _ = visible(path)
        if phrase not in text:
            errors.append(f"weekday claim: {phrase!r} not in {fname}")
            continue
        day = [d for d in WEEKDAYS if d in phrase.lower()]
        actual = calendar.day_name[datetime.date.fromisoformat(iso).weekday()].lower()
        if day and day[0] != actual:
            errors.append(f"weekday claim: {fname}: {phrase!r} but {iso} is a {actual}")
    print(f"{len(files)} chronologies, {total} entries")
    if len(files) != 12:
        errors.append(f"expected 12 chronologies, found {len(files)}")
    if total < 160:
        errors.append(f"expected at least 160 entries, found {total}")
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
