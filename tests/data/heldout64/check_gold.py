#!/usr/bin/env python3
"""Independent sanity check for the heldout64 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a matching NAME.txt / NAME.md / NAME.html and NAME.meta.json exist;
- meta keys title, publication_date (YYYY-MM-DD), format, style;
- each gold line is a JSON object with keys quote, value, mod, explicit, hard (+ optional end);
- value / end are TIMEX3 forms of the guide (or null value), mod is null or a TIMEX3 mod;
- every quote has 8-12 words, occurs exactly once in the text, and quotes appear in text order.
For HTML files the quotes are searched in the visible text (tags dropped, whitespace collapsed,
scripts/styles skipped).
"""
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"      # YYYY, YYYY-MM, YYYY-MM-DD
    r"|\d{4}-W\d{2}(?:-WE)?"                # weeks, weekends
    r"|\d{4}-(?:SP|SU|FA|WI)"               # seasons
    r"|\d{3}X|\d{2}XX"                      # decades, centuries
    r"|BC\d{4})$"                           # BC years
)
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
KEYS = {"quote", "value", "mod", "explicit", "hard"}
META_KEYS = {"title", "publication_date", "format", "style"}


class _Text(html.parser.HTMLParser):
    BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br",
             "section", "article", "header", "footer", "nav", "ul", "ol", "table", "form",
             "aside", "main", "title", "dt", "dd", "label", "button", "time", "figure"}
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw
    p = _Text()
    p.feed(raw)
    text = "".join(p.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def check_file(gold):
    errors = []
    name = gold.name[: -len(".gold.jsonl")]
    texts = [HERE / f"{name}{ext}" for ext in (".txt", ".md", ".html") if (HERE / f"{name}{ext}").exists()]
    if len(texts) != 1:
        return [f"{name}: expected exactly one text file, found {len(texts)}"], 0
    text = visible_text(texts[0])
    meta_path = HERE / f"{name}.meta.json"
    if not meta_path.exists():
        errors.append(f"{name}: missing meta.json")
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not META_KEYS <= set(meta):
            errors.append(f"{name}: meta lacks {META_KEYS - set(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("publication_date", ""))):
            errors.append(f"{name}: bad publication_date")
        if meta.get("format") != texts[0].suffix[1:]:
            errors.append(f"{name}: meta format {meta.get('format')} != {texts[0].suffix[1:]}")
    last = -1
    n = 0
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        where = f"{name}:{i}"
        try:
            e = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON {exc}")
            continue
        keys = set(e)
        if not KEYS <= keys or keys - KEYS - {"end"}:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        q = e["quote"]
        if not isinstance(q, str) or not 8 <= len(q.split()) <= 12:
            errors.append(f"{where}: quote must have 8-12 words: {q!r}")
        v = e["value"]
        if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
            errors.append(f"{where}: bad value {v!r}")
        if "end" in e and not (isinstance(e["end"], str) and VALUE_RE.match(e["end"])):
            errors.append(f"{where}: bad end {e['end']!r}")
        if "end" in e and v is None:
            errors.append(f"{where}: end without value")
        if e["mod"] not in MODS:
            errors.append(f"{where}: bad mod {e['mod']!r}")
        if not isinstance(e["explicit"], bool) or not isinstance(e["hard"], bool):
            errors.append(f"{where}: explicit/hard must be booleans")
        count = text.count(q) if isinstance(q, str) else 0
        if count != 1:
            errors.append(f"{where}: quote found {count} times: {q!r}")
            continue
        pos = text.find(q)
        if pos <= last:
            errors.append(f"{where}: quote out of text order: {q!r}")
        last = pos
    return errors, n


def main():
    golds = sorted(HERE.glob("*.gold.jsonl"))
    all_errors, total = [], 0
    for g in golds:
        errs, n = check_file(g)
        print(f"{g.name}: {n} entries{'' if not errs else f', {len(errs)} error(s)'}")
        all_errors += errs
        total += n
    print(f"{len(golds)} files, {total} entries")
    for err in all_errors:
        print("ERROR", err)
    return 1 if all_errors or not golds else 0


if __name__ == "__main__":
    sys.exit(main())
