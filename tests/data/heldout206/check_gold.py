#!/usr/bin/env python3
"""Validate the heldout206 chronology set (standard library only)."""
import calendar, datetime, glob, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
EXT = {"text": ".txt", "markdown": ".md", "html": ".html"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
DAYS = [d.lower() for d in calendar.day_name]


class Visible(HTMLParser):
    HIDDEN = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(data)


def visible(path, fmt):
    raw = open(path, encoding="utf-8").read()
    if fmt != "html":
        return raw, [raw], raw
    p = Visible()
    p.feed(raw)
    return "\n".join(p.nodes), p.nodes, raw


def check_weekdays(text, errs, name):
    pat = re.compile(r"\b(%s),?\s+(?:(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})|([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))" % "|".join(calendar.day_name), re.I)
    n = 0
    for m in pat.finditer(text):
        wd = m.group(1).lower()
        if m.group(2):
            d, mo, y = m.group(2), m.group(3), m.group(4)
        else:
            mo, d, y = m.group(5), m.group(6), m.group(7)
        mo = MONTHS.get(mo.lower())
        if not mo:
            continue
        n += 1
        real = DAYS[datetime.date(int(y), mo, int(d)).weekday()]
        if real != wd:
            errs.append(f"{name}: '{m.group(0)}' is a {real}")
    return n


def main():
    errs, total, docs = [], 0, 0
    for meta_path in sorted(glob.glob(os.path.join(HERE, "*.meta.json"))):
        name = os.path.basename(meta_path)[:-len(".meta.json")]
        docs += 1
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != {"title", "publication_date", "format", "style"}:
            errs.append(f"{name}: meta keys {sorted(meta)}")
        try:
            pub = datetime.date.fromisoformat(meta["publication_date"])
        except Exception:
            errs.append(f"{name}: bad publication_date"); continue
        fmt = meta.get("format")
        if fmt not in EXT:
            errs.append(f"{name}: bad format {fmt}"); continue
        path = os.path.join(HERE, name + EXT[fmt])
        if not os.path.exists(path):
            errs.append(f"{name}: missing {path}"); continue
        text, nodes, raw = visible(path, fmt)
        check_weekdays(text, errs, name)
        # weekday-only headings such as "Friday 14 March" (year from publication date)
        for m in re.finditer(r"\b(%s) (\d{1,2}) ([A-Z][a-z]+)\b(?! \d{4})" % "|".join(calendar.day_name), text):
            mo = MONTHS.get(m.group(3).lower())
            if mo and DAYS[datetime.date(pub.year, mo, int(m.group(2))).weekday()] != m.group(1).lower():
                errs.append(f"{name}: heading '{m.group(0)}' wrong weekday")
        pos = -1
        gold_path = os.path.join(HERE, name + ".gold.jsonl")
        for i, line in enumerate(open(gold_path, encoding="utf-8"), 1):
            g = json.loads(line)
            total += 1
            where = f"{name}:{i}"
            keys = set(g)
            if not {"quote", "value", "mod", "explicit", "hard"} <= keys or keys - {"quote", "value", "mod", "end", "explicit", "hard"}:
                errs.append(f"{where}: keys {sorted(keys)}")
            q = g["quote"]
            if not isinstance(q, str) or not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                errs.append(f"{where}: types")
            for k in ("value", "end"):
                v = g.get(k)
                if k == "end" and k not in g:
                    continue
                if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
                    errs.append(f"{where}: bad {k} {v!r}")
            if "end" in g and g["end"] is None:
                errs.append(f"{where}: end present but null")
            if g["mod"] not in MODS:
                errs.append(f"{where}: bad mod {g['mod']}")
            if re.search(r"[<>&*•|#]", q) or q.startswith(("- ", "+ ")):
                errs.append(f"{where}: markup or glyph in quote")
            nw = len(q.split())
            c = text.count(q)
            if c != 1:
                errs.append(f"{where}: quote found {c} times: {q}")
                continue
            if fmt == "html" and not any(q in n for n in nodes):
                errs.append(f"{where}: quote spans text nodes")
            if fmt == "html" and raw.count(q) != 1:
                errs.append(f"{where}: quote not literal in the source (entity or tag inside)")
            if nw > 12:
                errs.append(f"{where}: {nw} words")
            if nw < 8:
                after = text[text.index(q) + len(q):].lstrip(" ")[:1]
                if not (q.endswith(".") or after in ("", "\n", "|")):
                    errs.append(f"{where}: short quote ({nw} words) that is not a whole entry")
            p = text.index(q)
            if p <= pos:
                errs.append(f"{where}: out of text order")
            pos = p
    print(f"{docs} documents, {total} entries")
    fmts = {}
    for m in glob.glob(os.path.join(HERE, "*.meta.json")):
        f = json.load(open(m))["format"]
        fmts[f] = fmts.get(f, 0) + 1
    print("formats:", fmts)
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
