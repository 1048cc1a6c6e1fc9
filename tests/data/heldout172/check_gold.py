"""Self-check for the heldout172 chronology set (standard library only, independent of keydates).

Run: /work/main/.venv/bin/python tests/data/heldout172/check_gold.py
Checks, per chronology NAME.{txt,md,html}:
  * NAME.gold.jsonl and NAME.meta.json exist; meta has title, publication_date (valid YYYY-MM-DD),
    format (matching the extension) and style;
  * every gold line is a JSON object with exactly quote, value, mod, explicit, hard (+ optional end),
    of the right types; value/end are TIMEX3 forms allowed by the guide; mod is a TIMEX3 mod;
    a range end is not before its start;
  * every quote is visible text (no markup, no HTML entities), starts without a bullet glyph, has at
    most 12 words (fewer only when it runs to the end of its entry or sentence), is found exactly
    once in the text and the quotes appear in text order;
  * HTML: quotes are searched in the visible text of <body> (tags dropped, entities decoded), and
    each quote must lie inside a single text node (one element), never across a date cell/label;
  * weekdays: every "Weekday D Month [YYYY]" / "Weekday, Month D YYYY" written in a text matches
    the calendar (year = the stated one, else the publication year), and a weekday named in a
    quote whose gold value is a full day matches that day.
"""
import calendar
import datetime as dt
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXTS = {".txt": "txt", ".md": "md", ".html": "html"}
GOLD_KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RES = [
    r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}", r"\d{4}-W\d{2}", r"\d{4}-W\d{2}-WE",
    r"\d{4}-(SP|SU|FA|WI)", r"\d{3}X", r"\d{2}XX", r"BC\d{4}",
]
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
DAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
DAYS.update({"tues": 1, "thur": 3, "thurs": 3})

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def valid_value(v):
    if not isinstance(v, str) or not any(re.fullmatch(p, v) for p in VALUE_RES):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return False
    if re.fullmatch(r"\d{4}-\d{2}", v) and not 1 <= int(v[5:]) <= 12:
        return False
    if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", v) and not 1 <= int(v[6:8]) <= 53:
        return False
    return True


def sort_key(v):
    """Comparable (start) position of a value on a time line, BC negative."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    v = v.replace("X", "0")
    year = int(v[:4])
    m = re.match(r"\d{4}-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        return (year, int(m.group(1)), int(m.group(2) or 0))
    m = re.match(r"\d{4}-W(\d{2})", v)
    if m:
        d = dt.date.fromisocalendar(year, int(m.group(1)), 1)
        return (year, d.month, d.day)
    season = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    m = re.match(r"\d{4}-(SP|SU|FA|WI)$", v)
    if m:
        return (year, season[m.group(1)], 0)
    return (year, 0, 0)


class Visible(html.parser.HTMLParser):
    """Collect visible text nodes of <body> (script/style/head skipped)."""

    SKIP = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.chunks.append(data)


def check_weekdays(name, text, pub):
    wd = r"(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
    mon = r"([A-Z][a-z]{2,8})\.?"
    pats = [
        (re.compile(wd + r",?\s+(\d{1,2})(?:st|nd|rd|th)?\s+" + mon + r"(?:,?\s+(\d{4}))?"), "dm"),
        (re.compile(wd + r",?\s+" + mon + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?"), "md"),
    ]
    n = 0
    for pat, order in pats:
        for m in pat.finditer(text):
            day_name, a, b, year = m.groups()
            day, month = (a, b) if order == "dm" else (b, a)
            if month.lower() not in MONTHS:
                continue
            y = int(year) if year else pub.year
            try:
                d = dt.date(y, MONTHS[month.lower()], int(day))
            except ValueError:
                err(name, f"impossible date in text: {m.group(0)!r}")
                continue
            n += 1
            if d.weekday() != DAYS[day_name.lower()]:
                err(name, f"weekday mismatch in text: {m.group(0)!r} is a {calendar.day_name[d.weekday()]}")
    return n


def main():
    names = sorted({os.path.splitext(f)[0] for f in os.listdir(HERE)
                    if os.path.splitext(f)[1] in EXTS and f != "README.md"})
    total = 0
    weekday_checks = 0
    for name in names:
        srcs = [name + e for e in EXTS if os.path.exists(os.path.join(HERE, name + e))]
        if len(srcs) != 1:
            err(name, f"expected one source file, found {srcs}")
            continue
        src = srcs[0]
        ext = os.path.splitext(src)[1]
        raw = open(os.path.join(HERE, src), encoding="utf-8").read()
        # meta
        meta_path = os.path.join(HERE, name + ".meta.json")
        pub = None
        if not os.path.exists(meta_path):
            err(name, "missing meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta.get(k):
                    err(name, f"meta key {k} missing or empty")
            try:
                pub = dt.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                err(name, "meta publication_date is not YYYY-MM-DD")
            if meta.get("format") != EXTS[ext]:
                err(name, f"meta format {meta.get('format')!r} does not match {ext}")
        # visible text
        if ext == ".html":
            p = Visible()
            p.feed(raw)
            chunks = p.chunks
            text = "\n".join(chunks)
        else:
            chunks = None
            text = raw
        if pub:
            weekday_checks += check_weekdays(name, text, pub)
        gold_path = os.path.join(HERE, name + ".gold.jsonl")
        if not os.path.exists(gold_path):
            err(name, "missing gold.jsonl")
            continue
        last = -1
        for i, line in enumerate(open(gold_path, encoding="utf-8"), 1):
            if not line.strip():
                err(name, f"line {i}: blank line")
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                err(name, f"line {i}: bad JSON ({e})")
                continue
            total += 1
            keys = set(g)
            if not (keys == GOLD_KEYS or keys == GOLD_KEYS | {"end"}):
                err(name, f"line {i}: keys {sorted(keys)}")
                continue
            q, v, mod = g["quote"], g["value"], g["mod"]
            if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                err(name, f"line {i}: explicit/hard must be booleans")
            if v is not None and not valid_value(v):
                err(name, f"line {i}: bad value {v!r}")
            if mod not in MODS:
                err(name, f"line {i}: bad mod {mod!r}")
            if v is None and (mod is not None or "end" in g or g["explicit"]):
                err(name, f"line {i}: null value with mod/end/explicit")
            if "end" in g:
                e = g["end"]
                if v is None or not valid_value(e):
                    err(name, f"line {i}: bad end {e!r}")
                elif sort_key(e) < sort_key(v):
                    err(name, f"line {i}: end {e} before value {v}")
            # quote form
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(name, f"line {i}: empty or padded quote")
                continue
            if re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;", q):
                err(name, f"line {i}: markup or entity in quote {q!r}")
            if ext == ".md" and ("**" in q or "](" in q or q.startswith(("#", ">"))):
                err(name, f"line {i}: markdown syntax in quote {q!r}")
            if re.match(r"[*•\-–—·]\s", q):
                err(name, f"line {i}: quote starts with a bullet glyph {q!r}")
            words = len(q.split())
            if words > 12:
                err(name, f"line {i}: quote has {words} words (max 12)")
            # location
            count = text.count(q)
            if count != 1:
                err(name, f"line {i}: quote found {count} times: {q!r}")
                continue
            pos = text.index(q)
            if pos <= last:
                err(name, f"line {i}: quote out of text order: {q!r}")
            last = pos
            if words < 8:
                after = text[pos + len(q):pos + len(q) + 1]
                if not (after in ("", "\n") or q[-1] in ".!?\"'”"):
                    err(name, f"line {i}: short quote that is not a whole entry/sentence: {q!r}")
            if chunks is not None and sum(c.count(q) for c in chunks) != 1:
                err(name, f"line {i}: HTML quote not inside a single text node: {q!r}")
            # weekday named in the quote must match a full-day value
            if v and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                for w in re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", q):
                    weekday_checks += 1
                    if dt.date.fromisoformat(v).weekday() != DAYS[w.lower()]:
                        err(name, f"line {i}: {w} in quote but {v} is a "
                                  f"{calendar.day_name[dt.date.fromisoformat(v).weekday()]}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(names)} chronologies, {total} gold entries, {weekday_checks} weekday checks, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
