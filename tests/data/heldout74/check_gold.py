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
    docs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html"))
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
                pos = text.find(q)
                seg = text[pos:pos + 300] if pos >= 0 else ""
                for wd in re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", q):
                    real = calendar.day_name[dt.date.fromisoformat(v).weekday()]
                    if wd != real:
                        errs.append(f"{where}: {wd} in quote but {v} is a {real}")
        total += n
        print(f"{name:32s} {doc.suffix[1:]:5s} {n:3d} entries")
    print(f"{len(docs)} chronologies, {total} gold entries")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
