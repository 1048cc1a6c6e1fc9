#!/usr/bin/env python3
"""Independent consistency check for the heldout163 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta has title, publication_date (YYYY-MM-DD, a real day), format (matches the file), style;
- every gold line is a JSON object with exactly the guide's keys (quote, value, mod, explicit,
  hard, optional end), with the right types;
- value / end are valid TIMEX3 forms from the guide; mod is null or a guide mod;
- every quote occurs exactly once in the visible text, quotes appear in text order, quotes are
  at most 12 words (shorter than 8 only when the whole entry or dated sentence is shorter);
- for HTML: the visible text is taken with html.parser (tags removed, entities decoded,
  script/style dropped), no quote contains '<', '>' or '&', and each quote lies inside a
  single text node (so it never spans a <td>/<dt>/<b> label and its description).
"""
import calendar
import datetime
import html.parser
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?"   # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"      # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                         # seasons
    r"|\d{3}X|\d{2}XX"                                 # decades, centuries
    r"|BC\d{4})$")


class Visible(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "title"}

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
        if not self.depth:
            self.nodes.append(data)


# Weekday names written in the texts, with the calendar day the annotation resolves them to.
WEEKDAYS = [
    ("wildfire_suburb", "Monday, August 11", "2025-08-11"),
    ("wildfire_suburb", "Tuesday, August 12", "2025-08-12"),
    ("wildfire_suburb", "Wednesday, August 13", "2025-08-13"),
    ("wildfire_suburb", "Thursday, August 14", "2025-08-14"),
    ("wildfire_suburb", "Friday, August 15", "2025-08-15"),
    ("wildfire_suburb", "on Saturday morning", "2025-08-16"),
    ("retail_administration", "said on Friday", "2025-06-20"),
    ("atc_strike_longread", "on Monday, about 13,000", "1981-08-03"),
    ("live_storm", "Wednesday 3 December", "2025-12-03"),
    ("live_storm", "first issued on Tuesday", "2025-12-02"),
    ("live_storm", "the storm on Monday", "2025-12-01"),
    ("riverline_explainer", "Wednesday 18 March 2026", "2026-03-18"),
    ("riverline_explainer", "Last Thursday", "2026-03-12"),
    ("riverline_explainer", "On Monday, the city", "2026-03-16"),
    ("riverline_explainer", "said on Tuesday", "2026-03-17"),
]


def valid_value(v):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        y, mo, d = map(int, m.groups())
        return 1 <= d <= calendar.monthrange(y, mo)[1]
    return True


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        docs = [p for ext in ("txt", "md", "html") for p in [HERE / f"{name}.{ext}"] if p.exists()]
        if len(docs) != 1:
            errors.append(f"{name}: expected exactly one text file, found {docs}")
            continue
        doc = docs[0]
        ext = doc.suffix[1:]
        raw = doc.read_text(encoding="utf-8")
        nodes = None
        if ext == "html":
            p = Visible()
            p.feed(raw)
            p.close()
            nodes = p.nodes
            text = "".join(nodes)
        else:
            text = raw
        meta_p = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta[k]:
                    errors.append(f"{name}: meta key {k} missing or empty")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
                errors.append(f"{name}: publication_date not YYYY-MM-DD")
            if meta.get("format") != ext:
                errors.append(f"{name}: meta format {meta.get('format')!r} != {ext}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: bad meta: {e}")
        pos = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                errors.append(f"{name}:{i}: blank line")
                continue
            where = f"{name}:{i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            n += 1
            keys = set(g)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty quote")
                continue
            if g["value"] is not None and not valid_value(g["value"]):
                errors.append(f"{where}: bad value {g['value']!r}")
            if "end" in g:
                if not valid_value(g["end"]):
                    errors.append(f"{where}: bad end {g['end']!r}")
                if g["value"] is None:
                    errors.append(f"{where}: end without value")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errors.append(f"{where}: {k} not bool")
            if g["value"] is None and (g["explicit"] or g["mod"]):
                errors.append(f"{where}: null value but explicit/mod set")
            words = len(q.split())
            if words > 12:
                errors.append(f"{where}: quote has {words} words (>12)")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            at = text.find(q)
            if at <= pos:
                errors.append(f"{where}: quote out of order: {q!r}")
            pos = at
            if words < 8:
                # allowed only when the quote is the whole entry (ends the line / node)
                after = text[at + len(q): at + len(q) + 1]
                if after not in ("", "\n") and q[-1] not in ".!?)":
                    errors.append(f"{where}: short quote ({words} words) is not a whole entry")
            if q[0] in "*-•" or q.startswith("**"):
                errors.append(f"{where}: quote starts with a bullet/markup glyph")
            if ext == "html":
                if any(c in q for c in "<>&"):
                    errors.append(f"{where}: quote contains markup characters")
                inside = [k for k, node in enumerate(nodes) if q in node]
                if len(inside) != 1:
                    errors.append(f"{where}: quote not inside a single text node")
        if n == 0:
            errors.append(f"{name}: no gold entries")
        total += n
        print(f"{name:28s} {ext:5s} {n:3d} entries")
    for name, phrase, day in WEEKDAYS:
        docs = [p for ext in ("txt", "md", "html") for p in [HERE / f"{name}.{ext}"] if p.exists()]
        if not docs or phrase not in docs[0].read_text(encoding="utf-8"):
            errors.append(f"{name}: weekday phrase {phrase!r} not found")
            continue
        d = datetime.date.fromisoformat(day)
        wd = calendar.day_name[calendar.weekday(d.year, d.month, d.day)]
        if wd.lower() not in phrase.lower():
            errors.append(f"{name}: {phrase!r} but {day} is a {wd}")
    print(f"{len(golds)} files, {total} gold entries, {len(WEEKDAYS)} weekdays verified")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
