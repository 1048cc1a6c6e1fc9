"""Independent sanity check for the heldout95 chronology gold (standard library only).

Checks, for every NAME.gold.jsonl: the text file exists (.txt/.md/.html), each line is a JSON
object with exactly the guide's keys, value/end/mod forms, every quote found exactly once in the
visible text and in text order, quotes of HTML files lie inside one text element (no tags, no
entities), meta keys, and every weekday written in the texts (table WEEKDAYS below) against
Python's calendar.
"""
import calendar
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALUE_RE = re.compile(
    r"^(BC\d{4}|\d{4}|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}(-WE)?|"
    r"\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX)$")
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER",
        "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
REQUIRED = {"quote", "value", "mod", "explicit", "hard"}
OPTIONAL = {"end"}
META_KEYS = {"title", "publication_date", "format", "style"}
BULLETS = "•·*-–—▪►::"

# Every weekday named together with a date in the texts: (file, ISO date, weekday).
WEEKDAYS = [
    ("bridge_toll_dispute.html", "2025-02-20", "Thursday"),
    ("fenna_ferry_strike.md", "2026-03-13", "Friday"),
    ("fenna_ferry_strike.md", "2026-03-10", "Tuesday"),
    ("fenna_ferry_strike.md", "2026-02-27", "Friday"),
    ("fenna_ferry_strike.md", "2026-01-05", "Monday"),
    ("fenna_ferry_strike.md", "2025-12-19", "Friday"),
    ("storm_ilse_outages.txt", "2025-10-23", "Thursday"),
    ("storm_ilse_outages.txt", "2025-10-24", "Friday"),
    ("storm_ilse_outages.txt", "2025-10-25", "Saturday"),
    ("storm_ilse_outages.txt", "2025-10-27", "Monday"),
    ("storm_ilse_outages.txt", "2025-10-28", "Tuesday"),
    ("storm_ilse_outages.txt", "2025-10-31", "Friday"),
    ("harlan_ridge_law.md", "2024-04-09", "Tuesday"),
    ("nyc_marathon_2012.html", "2012-11-02", "Friday"),
    ("nyc_marathon_2012.html", "2012-11-04", "Sunday"),
    ("nyc_marathon_2012.html", "2012-10-29", "Monday"),
    ("nyc_marathon_2012.html", "2012-10-31", "Wednesday"),
    ("nyc_marathon_2012.html", "2012-11-03", "Saturday"),
    ("yellowstone_fires_1988.txt", "1988-08-20", "Saturday"),
    ("bus_shutdown_explainer.txt", "2026-06-18", "Thursday"),
    ("bus_shutdown_explainer.txt", "2026-06-16", "Tuesday"),
    ("bus_shutdown_explainer.txt", "2026-06-15", "Monday"),
    ("port_ardent_fire_live.html", "2026-08-07", "Friday"),
    ("port_ardent_fire_live.html", "2026-08-05", "Wednesday"),
    ("dani_roe_court_case.txt", "2026-10-06", "Tuesday"),
    ("dani_roe_court_case.txt", "2026-10-07", "Wednesday"),
]


class Visible(HTMLParser):
    """Collects visible text nodes (whitespace collapsed), skipping script/style/head."""
    SKIP = {"script", "style", "head", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            t = re.sub(r"\s+", " ", data).strip()
            if t:
                self.nodes.append(t)


def main():
    errors, total, files = [], 0, 0

    def err(msg):
        errors.append(msg)

    for gold in sorted(HERE.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        files += 1
        texts = [p for p in (HERE / f"{name}.txt", HERE / f"{name}.md", HERE / f"{name}.html") if p.exists()]
        if len(texts) != 1:
            err(f"{name}: expected exactly one text file, found {texts}")
            continue
        tpath = texts[0]
        raw = tpath.read_text(encoding="utf-8")
        is_html = tpath.suffix == ".html"
        if is_html:
            p = Visible()
            p.feed(raw)
            nodes = p.nodes
            text = "\n".join(nodes)
        else:
            nodes, text = None, raw
        meta_path = HERE / f"{name}.meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if set(meta) != META_KEYS:
                err(f"{name}: meta keys {sorted(meta)} != {sorted(META_KEYS)}")
            datetime.date.fromisoformat(meta.get("publication_date", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("publication_date", "")):
                err(f"{name}: publication_date not YYYY-MM-DD")
            if meta.get("format") != tpath.suffix[1:]:
                err(f"{name}: meta format {meta.get('format')} != {tpath.suffix[1:]}")
        except Exception as e:  # noqa: BLE001
            err(f"{name}: bad meta: {e}")
        last = -1
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                err(f"{name}:{i}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: bad JSON: {e}")
                continue
            total += 1
            keys = set(obj)
            if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
                err(f"{name}:{i}: keys {sorted(keys)}")
                continue
            q, v, m = obj["quote"], obj["value"], obj["mod"]
            if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
                err(f"{name}:{i}: bad value {v!r}")
            if v is None and (m is not None or "end" in obj):
                err(f"{name}:{i}: null value with mod/end")
            if m not in MODS:
                err(f"{name}:{i}: bad mod {m!r}")
            if "end" in obj and not (isinstance(obj["end"], str) and VALUE_RE.match(obj["end"])):
                err(f"{name}:{i}: bad end {obj['end']!r}")
            if "end" in obj and v is not None and len(obj["end"]) == len(v) and obj["end"] <= v \
                    and not v.startswith("BC"):
                err(f"{name}:{i}: end {obj['end']} not after value {v}")
            if not isinstance(obj["explicit"], bool) or not isinstance(obj["hard"], bool):
                err(f"{name}:{i}: explicit/hard must be booleans")
            if not isinstance(q, str) or not q.strip():
                err(f"{name}:{i}: empty quote")
                continue
            if q != q.strip() or q[0] in BULLETS:
                err(f"{name}:{i}: quote has surrounding space or bullet glyph: {q!r}")
            nwords = len(q.split())
            if nwords > 12:
                err(f"{name}:{i}: quote longer than 12 words ({nwords})")
            n = text.count(q)
            if n != 1:
                err(f"{name}:{i}: quote found {n} times: {q!r}")
                continue
            pos = text.find(q)
            if pos <= last:
                err(f"{name}:{i}: quote out of text order: {q!r}")
            last = pos
            after = text[pos + len(q): pos + len(q) + 1]
            if nwords < 8 and after not in ("", "\n"):
                err(f"{name}:{i}: quote shorter than 8 words but entry continues: {q!r}")
            if is_html:
                if "<" in q or ">" in q or re.search(r"&\w+;|&#\d+;", q):
                    err(f"{name}:{i}: quote contains markup/entity: {q!r}")
                if not any(q in node for node in nodes):
                    err(f"{name}:{i}: quote spans several HTML elements: {q!r}")
                if html.escape(q, quote=False) not in raw and q not in raw:
                    pass  # entity-encoded source is fine; visible text is what counts
    for fname, iso, wd in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        if calendar.day_name[d.weekday()] != wd:
            err(f"weekday: {iso} is {calendar.day_name[d.weekday()]}, not {wd} ({fname})")
        if not (HERE / fname).exists():
            err(f"weekday table names missing file {fname}")
    if files < 12:
        err(f"only {files} chronologies (need 12)")
    if total < 160:
        err(f"only {total} gold entries (need 160)")
    for e in errors:
        print("ERROR", e)
    print(f"{files} chronologies, {total} gold entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
