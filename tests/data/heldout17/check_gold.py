"""Sanity checks for the heldout17 chronology gold (standard library only, independent of keydates).

Run: /work/main/.venv/bin/python tests/data/heldout17/check_gold.py
"""
import html
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
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"  # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"                       # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"                                           # seasons
    r"|\d{3}X|\d{2}XX"                                                  # decades, centuries
    r"|BC\d{4})$")                                                      # BC years
META_KEYS = {"title", "publication_date", "format", "style"}
TEXT_EXT = ("txt", "md", "html")


class _Text(html.parser.HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in {"p", "li", "tr", "h1", "h2", "h3", "h4", "div", "br", "td", "th", "time"}:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw):
    p = _Text()
    p.feed(raw)
    return re.sub(r"[ \t]+", " ", "".join(p.parts))


def check_value(v, where, errors):
    if v is None:
        return
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            errors.append(f"{where}: impossible date {v}")


# Every weekday stated in (or used to resolve) the texts, checked against the calendar.
WEEKDAYS = [
    ("berlin_wall_keydates", "2019-11-09", "Saturday"),       # dateline "on Saturday"
    ("chernobyl_longread", "1986-04-26", "Saturday"),
    ("chernobyl_longread", "1986-04-27", "Sunday"),
    ("chernobyl_longread", "1986-04-28", "Monday"),
    ("chernobyl_longread", "2024-04-26", "Friday"),           # "Fri 26 Apr 2024"
    ("wildfire_live_page", "2025-08-15", "Friday"),
    ("wildfire_live_page", "2025-08-14", "Thursday"),
    ("wildfire_live_page", "2025-08-13", "Wednesday"),
    ("university_history_table", "2025-03-15", "Saturday"),   # open-day banner
    ("leicester_season_recap", "2016-05-16", "Monday"),
    ("leicester_season_recap", "2015-08-08", "Saturday"),
    ("leicester_season_recap", "2015-12-14", "Monday"),
    ("leicester_season_recap", "2016-05-01", "Sunday"),
    ("millbrook_year_review", "2024-12-07", "Saturday"),      # first Saturday of December
    ("millbrook_year_review", "2024-07-27", "Saturday"),      # last weekend of July = 2024-W30-WE
    ("bridge_collapse_explainer", "2026-03-06", "Friday"),
    ("bridge_collapse_explainer", "2026-03-03", "Tuesday"),
    ("bridge_collapse_explainer", "2026-03-04", "Wednesday"),
    ("rosetta_blog_post", "2016-10-03", "Monday"),
    ("rosetta_blog_post", "2016-09-30", "Friday"),            # "Last Friday"
]
ISO_WEEKS = [("millbrook_year_review", "2024-01-16", "2024-W03"), ("millbrook_year_review", "2024-07-27", "2024-W30"),
             ("millbrook_year_review", "2024-12-28", "2024-W52"), ("bridge_collapse_explainer", "2026-02-13", "2026-W07"),
             ("bridge_collapse_explainer", "2026-02-27", "2026-W09")]


def check_calendar(errors):
    import calendar
    import datetime
    for name, day, wd in WEEKDAYS:
        got = calendar.day_name[datetime.date.fromisoformat(day).weekday()]
        if got != wd:
            errors.append(f"{name}: {day} is a {got}, not {wd}")
    for name, day, week in ISO_WEEKS:
        y, w, _ = datetime.date.fromisoformat(day).isocalendar()
        if f"{y}-W{w:02d}" != week:
            errors.append(f"{name}: {day} is in {y}-W{w:02d}, not {week}")


def main():
    errors, total, files = [], 0, 0
    check_calendar(errors)
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / f"{name}.{e}" for e in TEXT_EXT if (HERE / f"{name}.{e}").exists()]
        if len(srcs) != 1:
            errors.append(f"{name}: expected exactly one text file, found {srcs}")
            continue
        src = srcs[0]
        raw = src.read_text(encoding="utf-8")
        text = html_text(raw) if src.suffix == ".html" else raw
        meta_p = HERE / f"{name}.meta.json"
        if not meta_p.exists():
            errors.append(f"{name}: missing meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{name}: meta keys {sorted(meta)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix}")
        files += 1
        pos = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            d = json.loads(line)
            total += 1
            keys = set(d)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = d["quote"]
            nw = len(q.split())
            if not (5 <= nw <= 12):
                errors.append(f"{where}: quote has {nw} words")
            n = text.count(q)
            if n != 1:
                errors.append(f"{where}: quote found {n} times: {q!r}")
            else:
                at = text.index(q)
                if at <= pos:
                    errors.append(f"{where}: quote out of text order")
                pos = at
            check_value(d["value"], where, errors)
            if "end" in d:
                check_value(d["end"], where + " end", errors)
                if d["value"] is None or d["end"] is None:
                    errors.append(f"{where}: end without both values")
            if d["mod"] not in MODS:
                errors.append(f"{where}: bad mod {d['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(d[k], bool):
                    errors.append(f"{where}: {k} not boolean")
            if d["value"] is None and d["mod"] is not None:
                errors.append(f"{where}: mod on a null value")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors or files < 12 or total < 160 else 0


if __name__ == "__main__":
    sys.exit(main())
