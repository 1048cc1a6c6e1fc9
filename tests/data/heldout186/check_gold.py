#!/usr/bin/env python3
"""Validate the heldout186 chronology set (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
  * a single document NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
  * meta keys (title, publication_date, format, style), a real ISO date, format matching the extension;
  * gold keys and types, TIMEX3 value forms of the annotation guide, mods, `end` only with a value;
  * every quote occurs exactly once in the visible text, in text order, has no markup or bullet
    glyphs, and has 8-12 words (shorter allowed only if the quote is a whole sentence/clause,
    i.e. the visible text after it ends the text node, line or sentence);
  * for HTML: each quote lies inside a single text node (no tags or entities inside it);
  * weekday names written next to a day and month agree with the calendar;
  * a weekday name inside an entry's line (up to the next quote) agrees with its full-date gold value.
Exit status 1 on any problem.
"""
import calendar
import datetime as dt
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
# Weekday names used as distractors (they date something other than the entry's event):
# (document, phrase) -> the calendar date the phrase refers to; checked, then ignored.
DISTRACTOR_WEEKDAYS = {
    ("rail_strike_factbox", "trains are to run again from Monday"): "1999-02-22",
}
EXT_FMT = {".txt": "text", ".md": "markdown", ".html": "html"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
MN = r"([A-Z][a-z]{2,8})\.?"
WD_DMY = re.compile(WD + r"\b,?\s*\(?\s*(\d{1,2})\s+" + MN + r"(?:,?\s+(\d{4}))?")
WD_MDY = re.compile(WD + r"\b,?\s*\(?\s*" + MN + r"\s+(\d{1,2})\b(?:,\s*(\d{4}))?")


class Visible(HTMLParser):
    """Collect text nodes the way a browser shows them (script/style/head dropped)."""
    SKIP = {"script", "style", "title", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(re.sub(r"\s+", " ", data))


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            dt.date.fromisoformat(v)
        elif re.match(r"^\d{4}-\d{2}$", v):
            return 1 <= int(v[5:]) <= 12
        elif re.match(r"^\d{4}-W\d{2}", v):
            return 1 <= int(v[6:8]) <= 53
    except ValueError:
        return False
    return True


def main():
    problems, n_docs, n_entries = [], 0, 0
    n_wd_checked = [0]
    counts = {"text": 0, "markdown": 0, "html": 0}

    def bad(name, msg):
        problems.append(f"{name}: {msg}")

    for gpath in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        name = os.path.basename(gpath)[: -len(".gold.jsonl")]
        docs = [p for p in (os.path.join(HERE, name + e) for e in EXT_FMT) if os.path.exists(p)]
        if len(docs) != 1:
            bad(name, f"expected exactly one document, found {docs}")
            continue
        dpath = docs[0]
        ext = os.path.splitext(dpath)[1]
        n_docs += 1
        # ---- meta
        try:
            meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            bad(name, f"meta unreadable: {exc}")
            continue
        if set(meta) != {"title", "publication_date", "format", "style"}:
            bad(name, f"meta keys {sorted(meta)}")
        if meta.get("format") != EXT_FMT[ext]:
            bad(name, f"meta format {meta.get('format')} does not match {ext}")
        counts[EXT_FMT[ext]] += 1
        try:
            pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        except ValueError:
            bad(name, "bad publication_date")
            pub = None
        for k in ("title", "style"):
            if not isinstance(meta.get(k), str) or not meta.get(k).strip():
                bad(name, f"meta {k} empty")
        # ---- visible text
        raw = open(dpath, encoding="utf-8").read()
        if ext == ".html":
            parser = Visible()
            parser.feed(raw)
            nodes = parser.nodes
            visible = "".join(nodes)
        else:
            nodes = None
            visible = raw
        if "[[" in raw:
            bad(name, "annotation marker left in document")
        # ---- gold
        lines = [l for l in open(gpath, encoding="utf-8").read().split("\n") if l.strip()]
        last = -1
        gold = []
        for i, line in enumerate(lines, 1):
            n_entries += 1
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                bad(name, f"line {i}: bad JSON {exc}")
                continue
            gold.append(e)
            keys = set(e)
            if not KEYS_REQ <= keys or keys - KEYS_REQ - {"end"}:
                bad(name, f"line {i}: keys {sorted(keys)}")
                continue
            q, v, mod = e["quote"], e["value"], e["mod"]
            if not isinstance(q, str) or not q:
                bad(name, f"line {i}: quote not a string")
                continue
            if not (v is None or (isinstance(v, str) and valid_value(v))):
                bad(name, f"line {i}: bad value {v!r}")
            if mod not in MODS:
                bad(name, f"line {i}: bad mod {mod!r}")
            if "end" in e:
                if v is None or not isinstance(e["end"], str) or not valid_value(e["end"]):
                    bad(name, f"line {i}: bad end {e.get('end')!r}")
            if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
                bad(name, f"line {i}: explicit/hard must be booleans")
            if v is None and (mod is not None or e["explicit"]):
                bad(name, f"line {i}: null value with mod or explicit")
            # quote form
            if q != q.strip() or "  " in q:
                bad(name, f"line {i}: quote whitespace")
            if re.search(r"[*_`|<>\[\]#]|&\w+;|^[-+•–—·]\s", q):
                bad(name, f"line {i}: markup or bullet glyph in quote: {q!r}")
            nw = len(q.split())
            cnt = visible.count(q)
            if cnt != 1:
                bad(name, f"line {i}: quote found {cnt} times in visible text: {q!r}")
                continue
            pos = visible.find(q)
            if pos <= last:
                bad(name, f"line {i}: quote out of text order: {q!r}")
            last = pos
            if nw > 12:
                bad(name, f"line {i}: quote has {nw} words")
            if nw < 8:
                after = visible[pos + len(q): pos + len(q) + 2]
                if not (q.rstrip().endswith((".", ";", "!", "?")) or after[:1] in ("\n", "") or
                        (nodes is not None and any(n.strip().endswith(q) for n in nodes))):
                    bad(name, f"line {i}: short quote ({nw} words) is not a whole clause: {q!r}")
            if nodes is not None:
                if sum(n.count(q) for n in nodes) != 1:
                    bad(name, f"line {i}: quote not inside one text node: {q!r}")
                if raw.count(q) != 1:
                    bad(name, f"line {i}: quote not verbatim once in HTML source (tag/entity inside?): {q!r}")
            # weekday inside the entry's line / text node (up to the next quote) vs full-date value
            if nodes is not None:
                seg = next(n for n in nodes if q in n)
                seg = seg[seg.find(q):]
            else:
                eol = visible.find("\n", pos)
                seg = visible[pos: eol if eol >= 0 else len(visible)]
            later = [visible.find(g2["quote"]) for g2 in map(json.loads, lines[i:]) if g2.get("quote")]
            later = [p2 - pos for p2 in later if p2 > pos]
            if later:
                seg = seg[: min(later)]
            for (dname, phrase), dval in DISTRACTOR_WEEKDAYS.items():
                if dname == name and phrase in seg:
                    dwd = re.search(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", phrase).group(0)
                    if calendar.day_name[dt.date.fromisoformat(dval).weekday()] != dwd:
                        bad(name, f"distractor weekday {phrase!r} does not fall on {dval}")
                    seg = seg.replace(phrase, "")
            wds = re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", seg)
            if len(set(wds)) == 1 and isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                if dt.date.fromisoformat(v).weekday() != WDAYS[wds[0].lower()]:
                    bad(name, f"line {i}: entry says {wds[0]} but {v} is a "
                              f"{calendar.day_name[dt.date.fromisoformat(v).weekday()]}")
        # ---- weekday + calendar date written in the text
        full = [g["value"] for g in gold if isinstance(g.get("value"), str)
                and re.match(r"^\d{4}-\d{2}-\d{2}$", g["value"])]
        for rx, order in ((WD_DMY, "dmy"), (WD_MDY, "mdy")):
            for m in rx.finditer(visible):
                wd = m.group(1)
                if order == "dmy":
                    day, mon, year = m.group(2), m.group(3), m.group(4)
                else:
                    mon, day, year = m.group(2), m.group(3), m.group(4)
                mnum = MONTHS.get(mon.lower())
                if not mnum:
                    continue
                day = int(day)
                if year:
                    years = [int(year)]
                else:
                    years = sorted({int(f[:4]) for f in full if int(f[5:7]) == mnum and int(f[8:]) == day})
                    if not years and pub:
                        years = [pub.year]
                for y in years:
                    try:
                        d = dt.date(y, mnum, day)
                    except ValueError:
                        bad(name, f"impossible date {m.group(0)!r}")
                        continue
                    n_wd_checked[0] += 1
                    if d.weekday() != WDAYS[wd.lower()]:
                        bad(name, f"weekday mismatch: {m.group(0)!r} ({d} is a {calendar.day_name[d.weekday()]})")
    if counts["html"] < 3 or counts["markdown"] < 3 or counts["text"] < 3:
        problems.append(f"format mix too small: {counts}")
    for p in problems:
        print("FAIL", p)
    print(f"{n_docs} documents, {n_entries} entries, formats {counts}, {n_wd_checked[0]} weekday+date checks: "
          f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
