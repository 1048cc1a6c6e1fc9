"""Independent gold checker for the heldout25 chronology set (standard library only)."""
import calendar, glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META = {"title", "publication_date", "format", "style"}


def strip_tags(text):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def valid_value(v):
    if not VALUE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3) and not 1 <= int(m.group(3)) <= calendar.monthrange(y, mo)[1]:
            return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m.group(1)) <= 53:
        return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        name = os.path.basename(gold)[: -len(".gold.jsonl")]
        texts = [p for p in glob.glob(os.path.join(HERE, name + ".*"))
                 if p.endswith((".txt", ".md", ".html"))]
        if len(texts) != 1:
            errors.append(f"{name}: expected one text file, found {texts}")
            continue
        files += 1
        raw = open(texts[0], encoding="utf-8").read()
        plain = strip_tags(raw) if texts[0].endswith(".html") else raw
        meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
        if set(meta) < META:
            errors.append(f"{name}: meta keys missing {META - set(meta)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("publication_date", "")):
            errors.append(f"{name}: bad publication_date")
        pos = -1
        for n, line in enumerate(open(gold, encoding="utf-8"), 1):
            if not line.strip():
                continue
            total += 1
            e = json.loads(line)
            where = f"{name}:{n}"
            keys = set(e)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
            q = e.get("quote", "")
            if not 8 <= len(q.split()) <= 12:
                errors.append(f"{where}: quote has {len(q.split())} words")
            if "<" in q or ">" in q:
                errors.append(f"{where}: quote contains markup")
            for label, t in (("raw", raw), ("plain", plain)):
                if t.count(q) != 1:
                    errors.append(f"{where}: quote found {t.count(q)}x in {label} text: {q!r}")
            p = raw.find(q)
            if p <= pos:
                errors.append(f"{where}: quote out of order")
            pos = max(pos, p)
            v = e.get("value")
            if v is not None and not valid_value(v):
                errors.append(f"{where}: bad value {v!r}")
            if "end" in e and (e["end"] is None or not valid_value(e["end"])):
                errors.append(f"{where}: bad end {e['end']!r}")
            if e.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {e.get('mod')!r}")
            if not isinstance(e.get("explicit"), bool) or not isinstance(e.get("hard"), bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if v is None and (e.get("mod") or "end" in e):
                errors.append(f"{where}: null value with mod/end")
    for err in errors:
        print("ERROR", err)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    if files < 12 or total < 160:
        print("ERROR: need 12 files and at least 160 entries")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
