#!/usr/bin/env python3
"""Independent checker for the heldout165 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * a matching text file NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * JSON keys (quote, value, mod, explicit, hard, optional end) and their types;
  * value / end forms (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Www-WE, YYYY-SP|SU|FA|WI,
    decades 198X, centuries 19XX, BC years BC0957) and that calendar dates exist;
  * mod is null or a TIMEX3 mod from the guide;
  * every quote (8-12 words) occurs exactly once in the visible text, and quotes appear in text order;
  * quotes carry no markup: no HTML tags or entities, no Markdown emphasis/link syntax;
  * HTML: the visible text is text nodes outside script/style; each quote lies inside ONE text
    node, and that node is not a date label (<dt>, <th>, <strong>/<b>, or the first <td> of a
    multi-cell row);
  * meta keys title, publication_date (valid date), format (matches the extension), style;
  * every "Weekday, D Month YYYY" / "Weekday D Month YYYY" / "Weekday, Month D, YYYY" written in a
    text file names the right weekday (Python calendar);
  * the set has at least 12 chronologies and 160 entries.
"""
import calendar
import datetime
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # YYYY-Www, YYYY-Www-WE
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$")                          # BC years
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
DAYS = list(calendar.day_name)

errors = []


def err(msg):
    errors.append(msg)


def check_value(v, where):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(f"{where}: bad value form {v!r}")
        return
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            err(f"{where}: no such date {v}")
    elif re.match(r"^\d{4}-\d{2}$", v):
        if not 1 <= int(v[5:]) <= 12:
            err(f"{where}: bad month {v}")
    elif re.match(r"^\d{4}-W\d{2}", v):
        y, w = int(v[:4]), int(v[6:8])
        last = datetime.date(y, 12, 28).isocalendar()[1]
        if not 1 <= w <= last:
            err(f"{where}: bad ISO week {v}")


class Visible(HTMLParser):
    """Collects visible text nodes with the stack of open elements."""
    VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "base"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # list of [tag, info]
        self.nodes = []          # (text, label_flag)
        self.row_cells = []      # per open <tr>: count of cells seen

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        info = {}
        if tag == "tr":
            self.row_cells.append(0)
        if tag in ("td", "th") and self.row_cells:
            self.row_cells[-1] += 1
            info["cell_index"] = self.row_cells[-1]
        self.stack.append([tag, info])

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "tr" and self.row_cells:
            self.row_cells.pop()

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if "script" in tags or "style" in tags or "template" in tags:
            return
        label = False
        for t, info in self.stack:
            if t in ("dt", "th", "strong", "b"):
                label = True
            if t == "td" and info.get("cell_index") == 1:
                label = True   # provisional: first cell of a row (date column)
        self.nodes.append((data, label))


def visible_text(path, fmt):
    raw = open(path, encoding="utf-8").read()
    if fmt != "html":
        return raw, None
    p = Visible()
    p.feed(raw)
    p.close()
    return "\n".join(t for t, _ in p.nodes), p.nodes


def check_weekdays(name, text):
    mon = "|".join(MONTHS)
    day = "|".join(DAYS)
    pats = [
        re.compile(rf"\b({day}),? (\d{{1,2}})(?:st|nd|rd|th)? ({mon}),? (\d{{4}})"),
        re.compile(rf"\b({day}),? ({mon}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})"),
    ]
    n = 0
    for k, pat in enumerate(pats):
        for m in pat.finditer(text):
            if k == 0:
                wd, d, mo, y = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            else:
                wd, mo, d, y = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
            real = DAYS[datetime.date(y, MONTHS[mo], d).weekday()]
            n += 1
            if real != wd:
                err(f"{name}: '{m.group(0)}' is a {real}")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl")))
    total = 0
    weekday_checks = 0
    for gpath in golds:
        stem = gpath[:-len(".gold.jsonl")]
        name = os.path.basename(stem)
        texts = [stem + ext for ext in (".txt", ".md", ".html") if os.path.exists(stem + ext)]
        if len(texts) != 1:
            err(f"{name}: expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        fmt = tpath.rsplit(".", 1)[1]
        # meta
        mpath = stem + ".meta.json"
        pub = None
        if not os.path.exists(mpath):
            err(f"{name}: missing meta")
        else:
            meta = json.load(open(mpath, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta.get(k):
                    err(f"{name}: meta key {k} missing/empty")
            try:
                pub = datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                err(f"{name}: bad publication_date")
            if meta.get("format") != fmt:
                err(f"{name}: meta format {meta.get('format')!r} != {fmt!r}")
        text, nodes = visible_text(tpath, fmt)
        weekday_checks += check_weekdays(name, text)
        last = -1
        lines = open(gpath, encoding="utf-8").read().splitlines()
        for i, line in enumerate(lines, 1):
            where = f"{name}:{i}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(obj)
            if not KEYS <= keys or keys - KEYS - OPTIONAL:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q = obj["quote"]
            if not isinstance(q, str):
                err(f"{where}: quote not a string")
                continue
            nw = len(q.split())
            if not 8 <= nw <= 12:
                err(f"{where}: quote has {nw} words")
            if q != q.strip():
                err(f"{where}: quote has outer whitespace")
            if re.search(r"[<>]|&#?\w+;", q):
                err(f"{where}: quote contains markup/entity")
            if fmt == "md" and re.search(r"\*\*|__|\]\(|^#|`", q):
                err(f"{where}: quote contains Markdown syntax")
            if re.match(r"^[*\u2022\-] ", q):
                err(f"{where}: quote starts with a bullet glyph")
            cnt = text.count(q)
            if cnt != 1:
                err(f"{where}: quote found {cnt} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    err(f"{where}: quote out of text order")
                last = pos
            if nodes is not None:
                inside = [lab for t, lab in nodes if q in t]
                if len(inside) != 1:
                    err(f"{where}: quote not inside exactly one HTML text node ({len(inside)})")
                elif inside[0]:
                    err(f"{where}: quote sits in a date-label element (dt/th/strong/b/first td)")
            v = obj["value"]
            if v is not None:
                check_value(v, where)
            if "end" in obj:
                if v is None:
                    err(f"{where}: end without value")
                check_value(obj["end"], where + " end")
                if isinstance(v, str) and isinstance(obj["end"], str) and v.startswith("BC") == obj["end"].startswith("BC"):
                    if not v.startswith("BC") and obj["end"] < v[:len(obj["end"])]:
                        err(f"{where}: end before value")
            if obj["mod"] not in MODS:
                err(f"{where}: bad mod {obj['mod']!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj[k], bool):
                    err(f"{where}: {k} not boolean")
            if v is None and obj["explicit"]:
                err(f"{where}: null value but explicit")
            if pub and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                if datetime.date.fromisoformat(v) > pub:
                    err(f"{where}: event date {v} after publication date {pub}")
    print(f"{len(golds)} chronologies, {total} gold entries, {weekday_checks} weekday+date mentions checked")
    if len(golds) < 12:
        err(f"only {len(golds)} chronologies (need 12)")
    if total < 160:
        err(f"only {total} entries (need 160)")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
