"""Independent checker for the heldout37 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl in this folder:
- a source file NAME.txt / NAME.md / NAME.html and a NAME.meta.json exist;
- meta keys: title, publication_date (YYYY-MM-DD, a real date), format, style;
- every line is a JSON object with exactly the keys quote, value, mod, explicit, hard (+ optional end);
- value / end are valid TIMEX3 forms of the guide (or value null); mod in the allowed list;
- explicit / hard are booleans; quote has 3-12 words and no bullet glyph at its start;
- every quote occurs exactly once in the raw file and, for HTML, exactly once in the
  tag-stripped text too; quotes occur in text order.
Exit status 1 on any error.
"""
import datetime
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"quote", "value", "mod", "explicit", "hard"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(
    r"^(?:BC\d{4}|\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
    r"|-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?|-(?:SP|SU|FA|WI))?|\d{3}X|\d{2}XX)$")


class Text(html.parser.HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    if m:
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    return True


def main():
    errors, total, files = [], 0, 0
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith(".gold.jsonl"):
            continue
        name = fn[: -len(".gold.jsonl")]
        files += 1
        srcs = [name + e for e in (".txt", ".md", ".html") if os.path.exists(os.path.join(HERE, name + e))]
        if len(srcs) != 1:
            errors.append(f"{name}: expected one source file, found {srcs}")
            continue
        src = srcs[0]
        text = open(os.path.join(HERE, src), encoding="utf-8").read()
        texts = [text]
        if src.endswith(".html"):
            p = Text()
            p.feed(text)
            texts.append("".join(p.parts))
        mpath = os.path.join(HERE, name + ".meta.json")
        if not os.path.exists(mpath):
            errors.append(f"{name}: missing meta")
        else:
            meta = json.load(open(mpath, encoding="utf-8"))
            for k in ("title", "publication_date", "format", "style"):
                if not isinstance(meta.get(k), str) or not meta.get(k):
                    errors.append(f"{name}: meta key {k} missing or empty")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != src.rsplit(".", 1)[1]:
                errors.append(f"{name}: meta format {meta.get('format')} != {src}")
        last = [-1] * len(texts)
        n = 0
        for i, line in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
            if not line.strip():
                errors.append(f"{fn}:{i}: blank line")
                continue
            n += 1
            try:
                o = json.loads(line)
            except ValueError as e:
                errors.append(f"{fn}:{i}: bad JSON {e}")
                continue
            keys = set(o)
            if not (keys == KEYS or keys == KEYS | {"end"}):
                errors.append(f"{fn}:{i}: keys {sorted(keys)}")
                continue
            q, v = o["quote"], o["value"]
            if not isinstance(q, str) or not 3 <= len(q.split()) <= 12:
                errors.append(f"{fn}:{i}: quote word count {len(str(q).split())}")
            if isinstance(q, str) and q[:1] in "-*•·":
                errors.append(f"{fn}:{i}: quote starts with a bullet glyph")
            if v is not None and not (isinstance(v, str) and valid_value(v)):
                errors.append(f"{fn}:{i}: bad value {v!r}")
            if "end" in o:
                if v is None or not isinstance(o["end"], str) or not valid_value(o["end"]):
                    errors.append(f"{fn}:{i}: bad end {o['end']!r}")
            if o["mod"] not in MODS:
                errors.append(f"{fn}:{i}: bad mod {o['mod']!r}")
            if v is None and o["mod"] is not None:
                errors.append(f"{fn}:{i}: mod on a null value")
            for k in ("explicit", "hard"):
                if not isinstance(o[k], bool):
                    errors.append(f"{fn}:{i}: {k} not boolean")
            for t_i, t in enumerate(texts):
                c = t.count(q)
                if c != 1:
                    errors.append(f"{fn}:{i}: quote found {c} times in {'text' if t_i else src}: {q!r}")
                    continue
                pos = t.find(q)
                if pos <= last[t_i]:
                    errors.append(f"{fn}:{i}: quote out of text order: {q!r}")
                last[t_i] = pos
        total += n
        print(f"{name:32s} {src.rsplit('.', 1)[1]:5s} {n:3d} entries")
    print(f"{files} files, {total} gold entries")
    if files != 12 or total < 160:
        errors.append(f"expected 12 files and >= 160 entries, got {files} / {total}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
