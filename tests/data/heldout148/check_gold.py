#!/usr/bin/env python3
"""Independent checker for the heldout148 chronology gold (standard library only).

Checks, for every NAME.(txt|md|html) in this folder:
  * NAME.gold.jsonl and NAME.meta.json exist (and no orphan gold/meta files);
  * every gold line is a JSON object with exactly the guide's keys
    (quote, value, mod, explicit, hard, and optional end) and the right types;
  * value / end are TIMEX3 forms of the guide (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www,
    YYYY-Www-WE, YYYY-SP|SU|FA|WI, decade 198X, century 19XX, BCnnnn) and real dates;
  * mod is null or one of the guide's mods; an end is later than its start;
  * every quote is 6-12 words, occurs exactly once in the visible text, and the
    quotes occur in text order;
  * quotes are visible text: no HTML tags or entities, no Markdown markup;
  * a quote starts an entry: at the start of its line/element (after a bullet glyph or a
    bold Markdown label) or right after a sentence end (a split dated clause);
  * HTML: the visible text is taken with html.parser (head, script and style dropped),
    and every quote lies inside ONE element's text node (never spanning a date cell,
    <dt> or label element);
  * meta: title, publication_date (a real YYYY-MM-DD), format (= file extension), style;
  * every weekday written next to a day and month in the text matches the calendar
    (year given, else the publication year or the year before), and every quote naming
    a weekday has a gold day of that weekday within 7 days before the publication date.
Exit status 0 when everything passes.
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
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
META_KEYS = {"title", "publication_date", "format", "style"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
DAYS = [d for d in calendar.day_name]
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


class Visible(HTMLParser):
    """Collects text nodes (one per run of character data between tags)."""
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.skip:
            return
        t = " ".join(data.split())
        if t:
            self.nodes.append(t)


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = Visible()
        p.feed(raw)
        p.close()
        return "\n".join(p.nodes), p.nodes
    return raw, None


def sort_key(v):
    """Comparable (year, month, day) start of a value, for end > start checks."""
    if v.startswith("BC"):
        return (-int(v[2:]), 0, 0)
    y = v[:4].replace("X", "0")
    m = re.match(r"^\d{4}-(\d{2})", v)
    d = re.match(r"^\d{4}-\d{2}-(\d{2})", v)
    return (int(y), int(m.group(1)) if m and not v[5] == "W" else 0, int(d.group(1)) if d else 0)


def check_value(name, i, v, field):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        err(name, f"entry {i}: bad {field} {v!r}")
        return
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            dt.date.fromisoformat(v)
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            assert 1 <= int(v[5:]) <= 12
        elif "-W" in v:
            dt.date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
    except Exception:
        err(name, f"entry {i}: impossible {field} {v!r}")


def check_weekdays(name, text, pub):
    pat = re.compile(r"\b(" + "|".join(DAYS + [d[:3] for d in DAYS]) + r")\.?,?\s+"
                     r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?|([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)"
                     r"(?:,?\s+(\d{4}))?")
    for m in pat.finditer(text):
        wd = m.group(1)[:3].lower()
        day = m.group(2) or m.group(5)
        mon = (m.group(3) or m.group(4)).lower()
        if mon not in MONTHS:
            continue
        years = [int(m.group(6))] if m.group(6) else [pub.year, pub.year - 1]
        ok = False
        for y in years:
            try:
                d = dt.date(y, MONTHS[mon], int(day))
            except ValueError:
                continue
            if d.strftime("%a").lower() == wd:
                ok = True
        if not ok:
            err(name, f"weekday mismatch in text: {m.group(0)!r}")


def check_file(path):
    name = path.name
    stem = path.name[: -len(path.suffix)]
    gold_p = HERE / f"{stem}.gold.jsonl"
    meta_p = HERE / f"{stem}.meta.json"
    if not gold_p.exists() or not meta_p.exists():
        err(name, "missing gold or meta file")
        return 0
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
    except ValueError as e:
        err(name, f"meta is not JSON: {e}")
        return 0
    missing = META_KEYS - set(meta)
    if missing:
        err(name, f"meta lacks {sorted(missing)}")
    pub = None
    try:
        pub = dt.date.fromisoformat(meta.get("publication_date", ""))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["publication_date"]):
            raise ValueError
    except (ValueError, TypeError):
        err(name, f"bad publication_date {meta.get('publication_date')!r}")
    if meta.get("format") != path.suffix[1:]:
        err(name, f"meta format {meta.get('format')!r} != extension {path.suffix[1:]!r}")
    for k in ("title", "style"):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            err(name, f"meta {k} empty")

    text, nodes = visible_text(path)
    if pub:
        check_weekdays(name, text, pub)
    pos = -1
    n = 0
    for i, line in enumerate(gold_p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(name, f"blank line {i} in gold")
            continue
        try:
            o = json.loads(line)
        except ValueError as e:
            err(name, f"entry {i}: not JSON ({e})")
            continue
        n += 1
        keys = set(o)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            err(name, f"entry {i}: keys {sorted(keys)}")
            continue
        q = o["quote"]
        if not isinstance(q, str) or not q.strip():
            err(name, f"entry {i}: empty quote")
            continue
        if not isinstance(o["explicit"], bool) or not isinstance(o["hard"], bool):
            err(name, f"entry {i}: explicit/hard must be booleans")
        if o["value"] is not None:
            check_value(name, i, o["value"], "value")
        elif o["mod"] is not None or "end" in o:
            err(name, f"entry {i}: null value with mod/end")
        if o["mod"] is not None and o["mod"] not in MODS:
            err(name, f"entry {i}: bad mod {o['mod']!r}")
        if "end" in o:
            check_value(name, i, o["end"], "end")
            if isinstance(o["value"], str) and isinstance(o["end"], str) and VALUE_RE.match(o["end"]) \
                    and sort_key(o["end"]) <= sort_key(o["value"]):
                err(name, f"entry {i}: end {o['end']} not after value {o['value']}")
        words = len(q.split())
        if not 6 <= words <= 12:
            err(name, f"entry {i}: quote has {words} words (want 6-12): {q!r}")
        if re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;", q):
            err(name, f"entry {i}: quote holds HTML markup: {q!r}")
        if path.suffix == ".md" and re.search(r"\*\*|\]\(|^#|`", q):
            err(name, f"entry {i}: quote holds Markdown markup: {q!r}")
        if q.startswith(("•", "- ", "* ")):
            err(name, f"entry {i}: quote keeps a bullet glyph")
        count = text.count(q)
        if count != 1:
            err(name, f"entry {i}: quote found {count} times: {q!r}")
            continue
        at = text.find(q)
        if at <= pos:
            err(name, f"entry {i}: quote out of text order: {q!r}")
        pos = at
        # entry start
        if nodes is not None:
            hit = [t for t in nodes if q in t]
            if len(hit) != 1:
                err(name, f"entry {i}: quote not inside one element: {q!r}")
                continue
            prefix = hit[0][: hit[0].find(q)]
        else:
            prefix = text[text.rfind("\n", 0, at) + 1: at]
        if not (re.fullmatch(r"\s*(?:[-*•]\s+)?(?:\*\*[^*]+\*\*\s*)?", prefix)
                or re.search(r"[.!?][\"”’]?\s+$", prefix)):
            err(name, f"entry {i}: quote does not start an entry (prefix {prefix[-40:]!r})")
        # weekday named in the quote -> gold day of that weekday, within a week before publication
        for d in DAYS:
            if re.search(r"(?:^|\b(?:[Oo]n|[Ll]ast|[Tt]his)\s+)" + d + r"\b", q) and pub and isinstance(o["value"], str) \
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", o["value"]):
                v = dt.date.fromisoformat(o["value"])
                if v.strftime("%A") != d or not 0 < (pub - v).days <= 7:
                    err(name, f"entry {i}: {d} in quote but gold {o['value']} (published {pub})")
    if n == 0:
        err(name, "no gold entries")
    return n


def main():
    texts = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".html")
                   and p.name != "README.md")
    stems = {p.name[: -len(p.suffix)] for p in texts}
    for p in HERE.glob("*.gold.jsonl"):
        if p.name[: -len(".gold.jsonl")] not in stems:
            err(p.name, "gold without text file")
    for p in HERE.glob("*.meta.json"):
        if p.name[: -len(".meta.json")] not in stems:
            err(p.name, "meta without text file")
    total = 0
    for p in texts:
        k = check_file(p)
        total += k
        print(f"{p.name:40s} {k:3d} entries")
    print(f"{len(texts)} files, {total} gold entries")
    if len(texts) != 12:
        err("set", f"expected 12 chronologies, found {len(texts)}")
    if total < 160:
        err("set", f"expected at least 160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{total - 0} checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
