"""Independent sanity check for the heldout74 chronology gold (standard library only).

Checks per chronology NAME.{txt,md,html}:
- NAME.gold.jsonl: keys, value/end/mod forms, booleans, 8-12 word quotes;
- every quote found exactly once in the visible text, and quotes in text order;
- HTML: visible text = tags stripped (script/style/head dropped), entities unescaped; each quote
  must also occur verbatim in the raw HTML (so it lies inside one element, with no tag or entity);
- NAME.meta.json: title, publication_date (YYYY-MM-DD), format, style;
- any weekday name directly before a day-precise gold value must match the calendar.
Exit status 1 on any problem.
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
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) "
                     r"(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?")
wd_checked = []
META_KEYS = {"title", "publication_date", "format", "style"}


class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(raw):
    p = Visible()
    p.feed(raw)
    return "".join(p.parts)


def check_value(v, where, errs):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errs.append(f"{where}: bad value form {v!r}")
        return
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            errs.append(f"{where}: impossible date {v}")
    elif re.match(r"^\d{4}-\d{2}$", v) and not 1 <= int(v[5:]) <= 12:
        errs.append(f"{where}: bad month {v}")


def main():
    errs = []
    docs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html") and p.name != "README.md")
    total = 0
    for doc in docs:
        name = doc.stem
        gold = HERE / f"{name}.gold.jsonl"
        meta = HERE / f"{name}.meta.json"
        if not gold.exists() or not meta.exists():
            errs.append(f"{name}: missing gold or meta")
            continue
        raw = doc.read_text(encoding="utf-8")
        text = visible_text(raw) if doc.suffix == ".html" else raw
        m = json.loads(meta.read_text(encoding="utf-8"))
        if set(m) < META_KEYS:
            errs.append(f"{name}.meta.json: missing {META_KEYS - set(m)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(m.get("publication_date"))):
            errs.append(f"{name}.meta.json: bad publication_date")
        if m.get("format") != doc.suffix[1:]:
            errs.append(f"{name}.meta.json: format {m.get('format')!r} != {doc.suffix[1:]}")
        last = -1
        anchors = []
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}.gold.jsonl:{i}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as x:
                errs.append(f"{where}: bad JSON {x}")
                continue
            n += 1
            keys = set(e)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errs.append(f"{where}: keys {sorted(keys)}")
                continue
            q = e["quote"]
            words = len(q.split())
            if not 8 <= words <= 12:
                errs.append(f"{where}: quote has {words} words")
            cnt = text.count(q)
            if cnt != 1:
                errs.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                pos = text.find(q)
                if pos < last:
                    errs.append(f"{where}: quote out of order")
                last = pos
            if doc.suffix == ".html":
                if raw.count(q) != 1:
                    errs.append(f"{where}: quote not verbatim once inside one element of raw HTML")
                if "<" in q or "&" in q and html.unescape(q) != q:
                    errs.append(f"{where}: quote contains markup")
            if e["value"] is not None:
                check_value(e["value"], where, errs)
            elif e["mod"] is not None or "end" in e:
                errs.append(f"{where}: null value with mod/end")
            if "end" in e:
                check_value(e["end"], where + " end", errs)
                if e["value"] is not None and e["end"] <= e["value"] and not e["value"].startswith("BC"):
                    errs.append(f"{where}: end not after value")
            if e["mod"] not in MODS:
                errs.append(f"{where}: bad mod {e['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(e[k], bool):
                    errs.append(f"{where}: {k} not boolean")
            if e["value"] is None and e["explicit"]:
                errs.append(f"{where}: explicit with null value")
            v = e["value"]
            if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                # a bare weekday in the quote (not followed by a day number) dates the entry itself
                pos = text.find(q)
                for mw in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", q):
                    wd = mw.group(1)
                    if re.match(r",? \d", text[pos + mw.end():pos + mw.end() + 3]):
                        continue
                    real = calendar.day_name[dt.date.fromisoformat(v).weekday()]
                    if wd != real:
                        errs.append(f"{where}: {wd} in quote but {v} is a {real}")
            if v and re.match(r"^\d{4}", v) and text.find(q) >= 0:
                anchors.append((text.find(q), int(v[:4])))
        # every "Weekday D Month [YYYY]" anywhere in the text must be a real date: year given, else
        # the year of the nearest annotated entry (headers: the next one), else the publication year
        anchors.sort()
        for mt in WD_DATE.finditer(text):
            wd, day, mon, yr = mt.groups()
            if yr:
                year = int(yr)
            else:
                before = [y for p, y in anchors if p <= mt.start()]
                after = [y for p, y in anchors if p > mt.start()]
                year = before[-1] if before else after[0] if after else int(m["publication_date"][:4])
                if after and not before or (after and text.rfind("\n\n", 0, mt.start()) < mt.start() and text[mt.start():mt.end() + 2].endswith("\n\n")):
                    year = after[0]
            try:
                d = dt.date(year, MONTHS.index(mon[:3]) + 1, int(day))
            except ValueError:
                errs.append(f"{name}: impossible date {mt.group(0)!r} ({year})")
                continue
            if d < dt.date(1582, 10, 15):  # Julian calendar before the Gregorian reform
                d = d + dt.timedelta(days=d.year // 100 - d.year // 400 - 2)
            if calendar.day_name[d.weekday()] != wd:
                errs.append(f"{name}: {mt.group(0)!r} is a {calendar.day_name[d.weekday()]} in {year}")
            else:
                wd_checked.append(f"{name}: {mt.group(0)} ({year})")
        total += n
        print(f"{name:32s} {doc.suffix[1:]:5s} {n:3d} entries")
    print(f"{len(wd_checked)} weekday-date pairs verified: " + "; ".join(wd_checked))
    print(f"{len(docs)} chronologies, {total} gold entries")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
