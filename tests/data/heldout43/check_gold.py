"""Independent validator for the heldout43 chronology gold (standard library only).

Checks: every NAME.gold.jsonl has a text file (.txt/.md/.html) and a NAME.meta.json;
JSON keys and types; TIMEX3 value forms; mods; `end` only with a value; every quote found
exactly once in the text (for HTML: in the raw file and in a tag-stripped, unescaped rendering)
and quotes in text order; meta keys and publication_date form. Exit 1 on any error.
"""
import datetime
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4}|BC\d{3}X|BC\d{2}XX)$"        # BC years (and BC decades/centuries)
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
ALLOWED = REQUIRED | {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}


def strip_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    txt = re.sub(r"<[^>]+>", " ", raw)
    txt = html.unescape(txt)
    return re.sub(r"[ \t\r\f\v]+", " ", txt)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    m = re.match(r"^\d{4}-W(\d{2})", v)
    if m and not 1 <= int(m[1]) <= 53:
        return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
        name = os.path.basename(gold)[: -len(".gold.jsonl")]
        texts = [p for p in (os.path.join(HERE, name + e) for e in (".txt", ".md", ".html"))
                 if os.path.exists(p)]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        files += 1
        path = texts[0]
        raw = open(path, encoding="utf-8").read()
        haystacks = [raw]
        if path.endswith(".html"):
            haystacks.append(strip_html(raw))
        meta_path = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(meta_path):
            errors.append(f"{name}: missing meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{name}: meta missing {sorted(missing)}")
            pd = meta.get("publication_date")
            if pd is not None:
                try:
                    datetime.date.fromisoformat(pd)
                except (TypeError, ValueError):
                    errors.append(f"{name}: bad publication_date {pd!r}")
            fmt = meta.get("format")
            if fmt not in ("text", "markdown", "html"):
                errors.append(f"{name}: bad format {fmt!r}")
        last = [-1] * len(haystacks)
        n = 0
        for lineno, line in enumerate(open(gold, encoding="utf-8"), 1):
            if not line.strip():
                continue
            n += 1
            where = f"{name}:{lineno}"
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            keys = set(o)
            if not REQUIRED <= keys or not keys <= ALLOWED:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = o["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            nw = len(q.split())
            if nw > 12 or nw < 2:
                errors.append(f"{where}: quote has {nw} words")
            if q[0] in "•-*·–—":
                errors.append(f"{where}: quote starts with a bullet glyph")
            v = o["value"]
            if v is not None and (not isinstance(v, str) or not valid_value(v)):
                errors.append(f"{where}: bad value {v!r}")
            if o["mod"] not in MODS:
                errors.append(f"{where}: bad mod {o['mod']!r}")
            if "end" in o:
                if v is None or not isinstance(o["end"], str) or not valid_value(o["end"]):
                    errors.append(f"{where}: bad end {o.get('end')!r}")
            if v is None and o["mod"] is not None:
                errors.append(f"{where}: mod without value")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    errors.append(f"{where}: {k} not bool")
            if v is None and o["explicit"]:
                errors.append(f"{where}: explicit with null value")
            for i, hay in enumerate(haystacks):
                c = hay.count(q)
                if c != 1:
                    errors.append(f"{where}: quote found {c} times ({'raw' if i == 0 else 'stripped'}): {q!r}")
                    continue
                pos = hay.find(q)
                if pos <= last[i]:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last[i] = pos
        total += n
        print(f"{name}: {n} entries")
    print(f"{files} files, {total} entries")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
