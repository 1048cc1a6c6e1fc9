#!/usr/bin/env python3
"""Independent checker for the heldout22 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl next to this script:
- the chronology NAME.txt / .md / .html and NAME.meta.json exist;
- each line is a JSON object with exactly the keys quote, value, mod, explicit, hard
  (+ optional end), with the right types;
- every quote occurs exactly once in the text and the quotes appear in text order;
  for HTML the quote must also occur in the tag-stripped text;
- value / end match a TIMEX3 form from the annotation guide (plus YYYY-Qn, see README);
- mod is null or one of the guide's mods; end only with a non-null value;
- meta has title, publication_date (YYYY-MM-DD), format, style;
- the total number of entries is at least 160.
"""
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
VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"   # YYYY-MM-DD
    r"|\d{4}-(?:0[1-9]|1[0-2])"                           # YYYY-MM
    r"|\d{4}"                                             # YYYY
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?"          # YYYY-Www(-WE)
    r"|\d{4}-(?:SP|SU|FA|WI)"                             # seasons
    r"|\d{4}-Q[1-4]"                                      # quarters
    r"|\d{3}X"                                            # decades
    r"|\d{2}XX"                                           # centuries
    r"|BC\d{4}|BC\d{2}XX|BC\d{3}X"                        # BC years / centuries / decades
    r")$")
META_KEYS = {"title", "publication_date", "format", "style"}


class Stripper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def strip_html(text):
    p = Stripper()
    p.feed(text)
    return "".join(p.parts)


def check_value(v, where, errors):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad TIMEX3 value {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        import datetime
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            errors.append(f"{where}: impossible date {v}")


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    if len(golds) != 12:
        errors.append(f"expected 12 gold files, found {len(golds)}")
    for gp in golds:
        stem = gp.name[: -len(".gold.jsonl")]
        texts = [HERE / f"{stem}.{e}" for e in ("txt", "md", "html") if (HERE / f"{stem}.{e}").exists()]
        if len(texts) != 1:
            errors.append(f"{stem}: expected one text file, found {len(texts)}")
            continue
        tp = texts[0]
        text = tp.read_text(encoding="utf-8")
        stripped = strip_html(text) if tp.suffix == ".html" else None
        mp = HERE / f"{stem}.meta.json"
        if not mp.exists():
            errors.append(f"{stem}: missing meta")
        else:
            meta = json.loads(mp.read_text(encoding="utf-8"))
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"{stem}: meta missing {sorted(missing)}")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(meta.get("publication_date", ""))):
                errors.append(f"{stem}: bad publication_date")
            if meta.get("format") != tp.suffix[1:]:
                errors.append(f"{stem}: meta format {meta.get('format')!r} != {tp.suffix[1:]}")
        last = -1
        last_s = -1
        for n, line in enumerate(gp.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gp.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            g = json.loads(line)
            total += 1
            keys = set(g)
            if not (KEYS <= keys <= KEYS | {"end"}):
                errors.append(f"{where}: keys {sorted(keys)}")
                continue
            q = g["quote"]
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            if len(q.split()) > 12:
                errors.append(f"{where}: quote longer than 12 words")
            if re.match(r"^[•*\-–] ", q):
                errors.append(f"{where}: quote starts with a bullet glyph")
            c = text.count(q)
            if c != 1:
                errors.append(f"{where}: quote found {c} times: {q!r}")
            else:
                pos = text.index(q)
                if pos <= last:
                    errors.append(f"{where}: quote out of order: {q!r}")
                last = pos
            if stripped is not None:
                plain = html.unescape(q)
                if stripped.count(plain) != 1:
                    errors.append(f"{where}: quote not once in tag-stripped text: {q!r}")
                else:
                    sp = stripped.index(plain)
                    if sp <= last_s:
                        errors.append(f"{where}: quote out of order in stripped text")
                    last_s = sp
            if g["value"] is not None:
                check_value(g["value"], where, errors)
            if g["mod"] is not None and g["mod"] not in MODS:
                errors.append(f"{where}: bad mod {g['mod']!r}")
            if "end" in g:
                if g["value"] is None:
                    errors.append(f"{where}: end without value")
                check_value(g["end"], where + " end", errors)
            for k in ("explicit", "hard"):
                if not isinstance(g[k], bool):
                    errors.append(f"{where}: {k} not a bool")
            if g["value"] is None and (g["mod"] is not None):
                errors.append(f"{where}: mod on a null value")
    if total < 160:
        errors.append(f"only {total} entries (need >= 160)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
