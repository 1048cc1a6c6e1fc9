"""Independent sanity check for the heldout166 chronology gold (stdlib only).

Checks: meta keys, gold JSON keys and value forms, mods, every quote found exactly
once in the visible text and in text order, 8-12 words, and for HTML files that each
quote lies inside one element's text (no tags or entities in quotes).
Run: /work/main/.venv/bin/python tests/data/heldout166/check_gold.py
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{3}X|\d{2}XX|BC\d{4})$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQ = {"quote", "value", "mod", "explicit", "hard"}
META = {"title", "publication_date", "format", "style"}


class Segs(HTMLParser):
    """Collect visible text segments (text between tags), skipping script/style."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.segs, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.segs.append(data)


def check_value(v):
    if v is None:
        return True
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^\d{4}-(\d{2})$", v)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    return True


def main():
    errors, total, files = [], 0, 0
    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        srcs = [HERE / f"{name}.{e}" for e in ("txt", "md", "html") if (HERE / f"{name}.{e}").exists()]
        if len(srcs) != 1:
            errors.append(f"{name}: expected exactly one source file, got {srcs}")
            continue
        src = srcs[0]
        files += 1
        raw = src.read_text(encoding="utf-8")
        meta_p = HERE / f"{name}.meta.json"
        if not meta_p.exists():
            errors.append(f"{name}: missing meta")
        else:
            meta = json.loads(meta_p.read_text(encoding="utf-8"))
            if not META <= set(meta):
                errors.append(f"{name}: meta keys missing {META - set(meta)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date"))):
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
        if src.suffix == ".html":
            p = Segs()
            p.feed(raw)
            segs = p.segs
            text = "".join(segs)
        else:
            segs, text = None, raw
        pos = -1
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{n}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            total += 1
            keys = set(g)
            if not REQ <= keys or keys - REQ - {"end"}:
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q:
                errors.append(f"{where}: empty quote")
                continue
            if not 8 <= len(q.split()) <= 12:
                errors.append(f"{where}: quote has {len(q.split())} words: {q!r}")
            if re.search(r"[<>]|&\w+;|&#", q):
                errors.append(f"{where}: quote contains markup: {q!r}")
            if q != q.strip() or q[0] in "•-*–—:":
                errors.append(f"{where}: quote has glyph/space at edge: {q!r}")
            if src.suffix == ".md" and ("*" in q or "](" in q or q.startswith("#")):
                errors.append(f"{where}: quote contains Markdown markup: {q!r}")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
                continue
            i = text.find(q)
            if i <= pos:
                errors.append(f"{where}: quote out of order: {q!r}")
            pos = i
            if segs is not None and sum(s.count(q) for s in segs) != 1:
                errors.append(f"{where}: quote spans elements in HTML: {q!r}")
            if not check_value(g["value"]):
                errors.append(f"{where}: bad value {g['value']!r}")
            if g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                if g["end"] is None or not check_value(g["end"]):
                    errors.append(f"{where}: bad end {g['end']!r}")
                if g["value"] is None:
                    errors.append(f"{where}: end without value")
            if not isinstance(g["explicit"], bool) or not isinstance(g["hard"], bool):
                errors.append(f"{where}: explicit/hard must be booleans")
            if g["value"] is None and (g["mod"] is not None or g["explicit"]):
                errors.append(f"{where}: null value with mod or explicit")
    for e in errors:
        print("ERROR", e)
    print(f"{files} files, {total} gold entries, {len(errors)} errors")
    if files < 12 or total < 160:
        print("ERROR: need at least 12 files and 160 entries")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
