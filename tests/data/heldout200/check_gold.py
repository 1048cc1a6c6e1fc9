"""Validate the heldout200 chronology set (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- NAME.meta.json keys (title, publication_date, format, style), a valid ISO date, a known format,
  and a matching document NAME.txt / NAME.md / NAME.html;
- gold keys and types, TIMEX3 value forms of the annotation guide, mods, `end` only with a value;
- each quote found exactly once in the visible text, inside one text node for HTML (tags stripped
  the way a browser shows text, whitespace collapsed, no entity inside a quote), in text order;
- quote length 8-12 words (shorter ones are reported so they can be checked by hand), no bullet
  glyphs or Markdown markup inside quotes;
- every "Weekday, D Month [YYYY]" / "Weekday, Month D[, YYYY]" in the visible text agrees with the
  calendar (year from the text, else from the publication date), and a gold quote naming a weekday
  with a full-date value agrees with it.

Run: /work/main/.venv/bin/python tests/data/heldout200/check_gold.py
"""
import calendar
import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}|\d{4}-W\d{2}-WE|"
    r"\d{4}-(?:SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
WEEKDAYS = list(calendar.day_name)
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "h1", "h2",
         "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "br",
         "form", "label", "button", "time", "blockquote", "main", "figure", "figcaption"}
errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    """Collect the text nodes a reader sees (no head, script, style, noscript)."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes = []  # each node: list of pieces; entities break nodes
        self.cur = []
        self.skip = 0

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if text:
            self.nodes.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        self.flush()
        if tag in ("script", "style", "head", "noscript", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        self.flush()
        if tag in ("script", "style", "head", "noscript", "template"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def handle_entityref(self, name):
        self.flush()
        if not self.skip:
            self.nodes.append("\x00")  # an entity: a quote may not span it

    handle_charref = handle_entityref


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return False
    elif re.match(r"^\d{4}-\d{2}$", v):
        return 1 <= int(v[5:]) <= 12
    elif re.match(r"^\d{4}-W\d{2}", v):
        return 1 <= int(v[6:8]) <= 53
    return True


MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()}


def implied_year(pub, month, day):
    """Year of a day-month without a year: the publication year, or the year before when the
    day-month lies more than 60 days after the publication date (lists ending near publication)."""
    try:
        cand = dt.date(pub.year, month, day)
    except ValueError:
        return pub.year
    return pub.year - 1 if (cand - pub).days > 60 else pub.year


def check_weekdays(name, text, pub):
    wd = "|".join(WEEKDAYS + [w[:3] for w in WEEKDAYS])
    mo = "|".join(list(MONTHS) + [m + r"\.?" for m in MONTH_ABBR])
    pats = [
        re.compile(rf"\b({wd})\.?,? (\d{{1,2}}) ({mo})\b(?:,? (\d{{4}}))?"),
        re.compile(rf"\b({wd})\.?,? ({mo}) (\d{{1,2}})\b(?:,? (\d{{4}}))?"),
    ]
    n = 0
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            day_name = m.group(1)
            if i == 0:
                day, mname = int(m.group(2)), m.group(3)
            else:
                day, mname = int(m.group(3)), m.group(2)
            month = MONTH_ABBR[mname.rstrip(".")[:3]]
            year = int(m.group(4)) if m.group(4) else implied_year(pub, month, day)
            real = WEEKDAYS[calendar.weekday(year, month, day)]
            n += 1
            if not real.startswith(day_name):
                err(f"{name}: '{m.group(0)}' is a {real}")
    return n


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    total = 0
    formats = {}
    for gpath in golds:
        name = gpath.name[: -len(".gold.jsonl")]
        mpath = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(mpath.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{name}: meta unreadable: {e}")
            continue
        if set(meta) != {"title", "publication_date", "format", "style"}:
            err(f"{name}: meta keys {sorted(meta)}")
        try:
            pub = dt.date.fromisoformat(meta["publication_date"])
        except Exception:  # noqa: BLE001
            err(f"{name}: bad publication_date")
            continue
        fmt = meta.get("format")
        ext = {"text": ".txt", "markdown": ".md", "html": ".html"}.get(fmt)
        if not ext:
            err(f"{name}: bad format {fmt}")
            continue
        formats[fmt] = formats.get(fmt, 0) + 1
        dpath = HERE / f"{name}{ext}"
        if not dpath.exists():
            err(f"{name}: missing {dpath.name}")
            continue
        raw = dpath.read_text(encoding="utf-8")
        if fmt == "html":
            p = Visible()
            p.feed(raw)
            p.close()
            p.flush()
            nodes = p.nodes
            text = "\n".join(n for n in nodes if n != "\x00")
        else:
            nodes = None
            text = raw
        nwd = check_weekdays(name, text, pub)
        lines = [ln for ln in gpath.read_text(encoding="utf-8").splitlines() if ln.strip()]
        last = -1
        for k, ln in enumerate(lines, 1):
            where = f"{name}:{k}"
            try:
                g = json.loads(ln)
            except Exception as e:  # noqa: BLE001
                err(f"{where}: bad JSON {e}")
                continue
            keys = set(g)
            need = {"quote", "value", "mod", "explicit", "hard"}
            if not need <= keys or keys - need - {"end"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            q, v, mod = g["quote"], g["value"], g["mod"]
            if not isinstance(q, str) or not q.strip():
                err(f"{where}: empty quote")
                continue
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                err(f"{where}: bad value {v!r}")
            if mod not in MODS:
                err(f"{where}: bad mod {mod!r}")
            if v is None and mod is not None:
                err(f"{where}: mod without value")
            if "end" in g:
                e = g["end"]
                if v is None or not isinstance(e, str) or not valid_value(e):
                    err(f"{where}: bad end {e!r}")
                elif e[:4].isdigit() and v[:4].isdigit() and e < v:
                    err(f"{where}: end {e} before value {v}")
            for b in ("explicit", "hard"):
                if not isinstance(g[b], bool):
                    err(f"{where}: {b} not a bool")
            words = q.split()
            if len(words) > 12:
                err(f"{where}: quote has {len(words)} words")
            if q != q.strip() or "  " in q:
                err(f"{where}: quote whitespace")
            if re.match(r"^[-*•–—·+>#|]\s", q) or re.search(r"\*\*|\||`|^#|\[|\]\(|<|>", q):
                err(f"{where}: quote has a glyph or markup: {q!r}")
            if "&" in q and fmt == "html":
                err(f"{where}: entity-like text in an HTML quote")
            cnt = text.count(q)
            if cnt != 1:
                err(f"{where}: quote found {cnt} times: {q!r}")
                continue
            if nodes is not None and sum(n.count(q) for n in nodes) != 1:
                err(f"{where}: quote not inside one text node: {q!r}")
            pos = text.index(q)
            if pos <= last:
                err(f"{where}: quote out of text order: {q!r}")
            last = pos
            if v and re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                for wdn in WEEKDAYS:
                    if re.search(rf"\b{wdn}\b", q):
                        real = WEEKDAYS[dt.date.fromisoformat(v).weekday()]
                        if real != wdn:
                            err(f"{where}: quote says {wdn}, value {v} is a {real}")
            if len(words) < 8:
                print(f"  note {where}: short quote ({len(words)} words): {q!r}")
        total += len(lines)
        print(f"{name}: {len(lines)} entries, {fmt}, published {pub}, {nwd} dated weekdays checked")
    print(f"{len(golds)} documents, {total} entries, formats {formats}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
