#!/usr/bin/env python3
"""Structural check of the heldout87 chronology gold (standard library only, independent of keydates).

For every NAME.gold.jsonl: the chronology NAME.txt/.md/.html and NAME.meta.json exist; every line is a
JSON object with exactly the guide's keys; value/end/mod forms are valid; every quote occurs exactly once
in the document's visible text and quotes appear in text order. For HTML, quotes are matched against
visible text with entities decoded, must lie inside a single text node (one element, never spanning a tag),
and must contain no markup or entities. For Markdown, quotes must not contain markup characters (* _ [ ] `).
Weekday checks: every 'Monday'..'Sunday' + full date in a document is verified with calendar.
"""
import calendar, glob, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
                      r"|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
errors = []


def err(msg):
    errors.append(msg)


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        self.nodes.append(None)  # element boundary

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        self.nodes.append(None)

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def valid_value(v):
    if v is None:
        return True
    if not isinstance(v, str) or not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        y, mo, d = map(int, m.groups())
        return d <= calendar.monthrange(y, mo)[1]
    return True


def check_weekdays(name, text):
    """Verify every weekday written next to a full date (also abbreviated: 'Thu 21 Oct 2021')."""
    mon3 = {m[:3].lower(): i for i, m in enumerate(calendar.month_name) if m}
    day3 = [d[:3].lower() for d in calendar.day_name]
    pat = (r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? "
           r"(?:(\d{1,2}) ([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.? (\d{1,2}),?) (\d{4})")
    n = 0
    for m in re.finditer(pat, text):
        wd, d1, mon1, mon2, d2, y = m.groups()
        mon, d = (mon1, d1) if d1 else (mon2, d2)
        if mon[:3].lower() not in mon3:
            continue
        n += 1
        actual = calendar.weekday(int(y), mon3[mon[:3].lower()], int(d))
        if day3[actual] != wd.lower():
            err(f"{name}: weekday wrong in '{m.group(0)}' (is {calendar.day_name[actual]})")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    weekdays = 0
    for gpath in golds:
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        docs = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html")) if os.path.exists(p)]
        if len(docs) != 1:
            err(f"{name}: expected exactly one document, found {docs}")
            continue
        doc = docs[0]
        ext = os.path.splitext(doc)[1][1:]
        raw = open(doc, encoding="utf-8").read()
        # meta
        mpath = os.path.join(HERE, name + ".meta.json")
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
            if set(meta) != META_KEYS:
                err(f"{name}: meta keys {sorted(meta)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))) or not valid_value(meta["publication_date"]):
                err(f"{name}: bad publication_date")
            if meta.get("format") != ext:
                err(f"{name}: meta format {meta.get('format')} != {ext}")
        except Exception as e:  # noqa
            err(f"{name}: meta unreadable: {e}")
        # visible text
        if ext == "html":
            p = Text()
            p.feed(raw)
            nodes = [n for n in p.nodes if n is not None]
            visible = "".join(("\n" if n is None else n) for n in p.nodes)
        else:
            nodes, visible = None, raw
        nwd = check_weekdays(name, visible)
        weekdays += nwd
        last = -1
        rows = [l for l in open(gpath, encoding="utf-8").read().splitlines()]
        for i, line in enumerate(rows, 1):
            where = f"{name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                o = json.loads(line)
            except Exception as e:  # noqa
                err(f"{where}: bad JSON {e}")
                continue
            keys = set(o)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                err(f"{where}: bad quote")
                continue
            nw = len(q.split())
            if nw > 12 or nw < 4:
                err(f"{where}: quote has {nw} words")
            if not valid_value(o["value"]):
                err(f"{where}: bad value {o['value']!r}")
            if o["mod"] not in MODS:
                err(f"{where}: bad mod {o['mod']!r}")
            if "end" in o:
                if o["end"] is None or not valid_value(o["end"]) or o["value"] is None:
                    err(f"{where}: bad end {o.get('end')!r}")
                elif o["end"] <= o["value"] and not o["value"].startswith("BC"):
                    err(f"{where}: end {o['end']} not after value {o['value']}")
            if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
                err(f"{where}: explicit/hard must be booleans")
            if o["value"] is None and o["mod"] is not None:
                err(f"{where}: mod on null value")
            if ext == "html":
                if re.search(r"[<>]|&[#a-zA-Z0-9]+;", q):
                    err(f"{where}: quote contains markup/entity")
                if sum(n.count(q) for n in nodes) != 1:
                    err(f"{where}: quote not inside exactly one text node: {q!r}")
            if ext == "md" and re.search(r"[*_`\[\]]", q):
                err(f"{where}: quote contains markdown markup")
            c = visible.count(q)
            if c != 1:
                err(f"{where}: quote found {c} times: {q!r}")
                continue
            pos = visible.find(q)
            if pos <= last:
                err(f"{where}: quote out of text order: {q!r}")
            last = pos
            total += 1
    print(f"{len(golds)} files, {total} gold entries checked, {weekdays} weekday+date mentions verified, {len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    if len(golds) != 12:
        print("ERROR expected 12 chronologies")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
