#!/usr/bin/env python3
"""Validate the heldout129 chronology gold files (standard library only, independent of keydates).

Checks: JSON keys and types, value/end forms (TIMEX3 subset of the guide), real calendar dates,
mods, quotes found exactly once in the visible text and in text order, quote length, meta keys,
HTML quotes lying inside a single text element (never tags or entities), and every weekday that
the texts attach to a date (WEEKDAYS table below) against Python's calendar.
"""
import calendar
import datetime
import html
import html.parser
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE",
        "LESS_THAN", "MORE_THAN"}
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$")
META_KEYS = {"title", "publication_date", "format", "style"}
BULLETS = ("•", "-", "*", "–", "—", "::", "·")

# Weekday statements made in the texts: (file, weekday, ISO date it refers to).
WEEKDAYS = [
    ("town_year_in_review.md", "Saturday", "2023-12-23"),
    ("argentina_default_longread.txt", "Mon", "2021-12-20"),
    ("golfer_career.md", "Sunday", "2024-07-21"),
    ("ring_road_toll_explainer.html", "Tuesday", "2026-01-27"),
    ("ring_road_toll_explainer.html", "Friday", "2026-01-23"),
    ("ring_road_toll_explainer.html", "Monday", "2026-02-02"),  # lead: charge starts next Monday (not an entry)
    ("junior_doctors_dispute.txt", "Thursday", "2026-02-05"),
    ("junior_doctors_dispute.txt", "Friday", "2026-02-06"),
    ("levee_breach_live.html", "Saturday", "2025-04-12"),
    ("levee_breach_live.html", "Friday", "2025-04-11"),
    ("levee_breach_live.html", "Wednesday", "2025-04-09"),
]


class Visible(html.parser.HTMLParser):
    """Collect visible text nodes (skip script/style); each node = text inside one element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def check_value(v, where, errors):
    if not isinstance(v, str) or not VALUE_RE.match(v):
        errors.append(f"{where}: bad value form {v!r}")
        return
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        try:
            datetime.date(y, mo, int(d) if d else 1)
        except ValueError:
            errors.append(f"{where}: impossible date {v}")
    m = re.match(r"^(\d{4})-W(\d{2})", v)
    if m and not 1 <= int(m[2]) <= datetime.date(int(m[1]), 12, 28).isocalendar()[1]:
        errors.append(f"{where}: impossible week {v}")


def main():
    errors = []
    total = 0
    golds = sorted(HERE.glob("*.gold.jsonl"))
    for gold in golds:
        name = gold.name[: -len(".gold.jsonl")]
        texts = [p for ext in ("txt", "md", "html") for p in [HERE / f"{name}.{ext}"] if p.exists()]
        if len(texts) != 1:
            errors.append(f"{name}: expected exactly one text file, found {texts}")
            continue
        src = texts[0]
        raw = src.read_text(encoding="utf-8")
        nodes = None
        if src.suffix == ".html":
            parser = Visible()
            parser.feed(raw)
            parser.close()
            nodes = parser.nodes
            text = "".join(nodes)
        else:
            text = raw
        meta_path = HERE / f"{name}.meta.json"
        if not meta_path.exists():
            errors.append(f"{name}: missing meta")
        else:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                errors.append(f"{name}: meta keys {sorted(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("publication_date", ""))
            except ValueError:
                errors.append(f"{name}: bad publication_date")
            if meta.get("format") != src.suffix[1:]:
                errors.append(f"{name}: meta format {meta.get('format')} != {src.suffix[1:]}")
        pos = -1
        n = 0
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{i}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: JSON {e}")
                continue
            n += 1
            keys = set(obj)
            if not KEYS <= keys or keys - KEYS - OPTIONAL:
                errors.append(f"{where}: keys {sorted(keys)}")
            q = obj.get("quote")
            if not isinstance(q, str) or not q.strip() or q != q.strip():
                errors.append(f"{where}: bad quote {q!r}")
                continue
            if q.startswith(BULLETS):
                errors.append(f"{where}: quote starts with a bullet glyph")
            if "<" in q or ">" in q or re.search(r"&[#a-zA-Z0-9]+;", q):
                errors.append(f"{where}: quote contains markup or an entity")
            if src.suffix == ".md" and re.search(r"\*|\[|\]\(|`|(^|\s)_|_(\s|$)", q):
                errors.append(f"{where}: Markdown markup inside the quote")
            words = q.split()
            if len(words) > 12:
                errors.append(f"{where}: quote has {len(words)} words (> 12)")
            cnt = text.count(q)
            if cnt != 1:
                errors.append(f"{where}: quote found {cnt} times: {q!r}")
                continue
            at = text.index(q)
            if at <= pos:
                errors.append(f"{where}: quote out of text order")
            pos = at
            after = text[at + len(q): at + len(q) + 1]
            if len(words) < 8 and after not in ("", "\n", "\r") and not q.endswith((".", ";", "!", "?")):
                if not (nodes is not None and any(node.strip().endswith(q) for node in nodes)):
                    errors.append(f"{where}: quote under 8 words but the entry goes on")
            if nodes is not None and not any(q in node for node in nodes):
                errors.append(f"{where}: HTML quote spans several elements")
            if nodes is not None:
                # The quote starts its element (e.g. the <td>/<dd>/<p> description, never the
                # date cell) or a later dated clause of it, right after sentence punctuation.
                owner = next((node for node in nodes if q in node), "")
                prefix = owner[: owner.index(q)].rstrip() if q in owner else ""
                if prefix and not prefix.endswith((".", ";", ":", "!", "?")):
                    errors.append(f"{where}: quote does not start its element or a clause")
            v = obj.get("value")
            if v is not None:
                check_value(v, where, errors)
            if "end" in obj:
                if obj["end"] is None:
                    errors.append(f"{where}: end present but null")
                else:
                    check_value(obj["end"], where + " end", errors)
                    if v is None:
                        errors.append(f"{where}: end without value")
            if obj.get("mod") not in MODS:
                errors.append(f"{where}: bad mod {obj.get('mod')!r}")
            for k in ("explicit", "hard"):
                if not isinstance(obj.get(k), bool):
                    errors.append(f"{where}: {k} not boolean")
            if v is None and obj.get("mod") is not None:
                errors.append(f"{where}: mod without value")
        if n == 0:
            errors.append(f"{name}: no entries")
        total += n
        print(f"{name}: {n} entries ({src.suffix[1:]})")
    for fname, wd, iso in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if not calendar.day_name[d.weekday()].startswith(wd):
            errors.append(f"{fname}: {iso} is a {calendar.day_name[d.weekday()]}, not {wd}")
        if not (HERE / fname).exists() or wd not in (HERE / fname).read_text(encoding="utf-8"):
            errors.append(f"{fname}: weekday {wd} not in file")
    print(f"{len(golds)} files, {total} entries")
    if len(golds) != 12 or total < 160:
        errors.append("expected 12 files and at least 160 entries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
