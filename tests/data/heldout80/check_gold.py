#!/usr/bin/env python3
"""Independent consistency check for the heldout80 chronology gold (stdlib only)."""
import html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
KEYS_REQ = {"quote", "value", "mod", "explicit", "hard"}
KEYS_OK = KEYS_REQ | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(raw):
    p = Visible(); p.feed(raw); p.close()
    return re.sub(r"[ \t\r\n]+", " ", "".join(p.parts))


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def check_weekdays(name, text, meta, errors):
    """Every 'Weekday D Month' / 'Weekday, Month D' (year from the publication date) must be right."""
    import calendar
    year = int(str(meta.get("publication_date", "0000"))[:4] or 0)
    d_alt, m_alt = "|".join(DAYS), "|".join(MONTHS)
    pats = [re.compile(rf"\b({d_alt}),? (\d{{1,2}}) ({m_alt})\b"),
            re.compile(rf"\b({d_alt}),? ({m_alt}) (\d{{1,2}})\b")]
    for k, pat in enumerate(pats):
        for m in pat.finditer(text):
            day, a, b = m.groups()
            dd, mm = (a, b) if k == 0 else (b, a)
            wd = calendar.weekday(year, MONTHS.index(mm) + 1, int(dd))
            if DAYS[wd] != day:
                errors.append(f"{name}: weekday wrong in {m.group(0)!r} for {year}")


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^\d{4}-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        mo = int(m.group(1))
        if not 1 <= mo <= 12:
            return False
        if m.group(2):
            import datetime
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        texts = [p for p in HERE.glob(name + ".*") if p.suffix in (".txt", ".md", ".html")]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, got {texts}")
            continue
        files += 1
        text_path = texts[0]
        raw = text_path.read_text(encoding="utf-8")
        is_html = text_path.suffix == ".html"
        search = visible_text(raw) if is_html else raw
        meta_p = HERE / (name + ".meta.json")
        meta = {}
        try:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if set(meta) < META_KEYS:
                errors.append(f"{name}: meta missing keys {META_KEYS - set(meta)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
                errors.append(f"{name}: bad publication_date")
        except Exception as e:  # noqa
            errors.append(f"{name}: meta unreadable: {e}")
        check_weekdays(name, search, meta if isinstance(meta, dict) else {}, errors)
        pos = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{i}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}"); continue
            total += 1
            keys = set(g)
            if not KEYS_REQ <= keys or not keys <= KEYS_OK:
                errors.append(f"{where}: keys {sorted(keys)}")
            q = g.get("quote", "")
            nw = len(q.split())
            if not 8 <= nw <= 12:
                errors.append(f"{where}: quote has {nw} words")
            if q != q.strip() or q.startswith(("-", "*", "•")):
                errors.append(f"{where}: quote has glyph/space at edges")
            cnt = search.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
            else:
                p = search.find(q)
                if p < pos:
                    errors.append(f"{where}: quote out of order or overlapping the previous quote")
                pos = p + len(q)
            if is_html:
                if "<" in q or ">" in q or re.search(r"&\w+;|&#", q):
                    errors.append(f"{where}: tag/entity in HTML quote")
                if raw.count(q) != 1:
                    errors.append(f"{where}: HTML quote not inside one element (raw count {raw.count(q)})")
            v = g.get("value")
            if v is not None and not (isinstance(v, str) and valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in g:
                e = g["end"]
                if not (isinstance(e, str) and valid_value(e)):
                    errors.append(f"{where}: bad end {e!r}")
                if v is None:
                    errors.append(f"{where}: end without value")
            if g.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {g.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(g.get(k), bool):
                    errors.append(f"{where}: {k} not bool")
            if v is None and g.get("explicit"):
                errors.append(f"{where}: null value but explicit")
    if files != 12:
        errors.append(f"expected 12 chronologies, found {files}")
    if total < 160:
        errors.append(f"expected >=160 entries, found {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
